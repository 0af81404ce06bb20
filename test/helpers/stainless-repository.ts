/**
 * A Stainless SDK repository built as real ones are, for test/migrate-real-repository.test.ts: the OneBusAway project
 * of ../shared/stainless-compat in the layout of Stainless's newer generator, its generations by Stainless's bot on
 * `generated` merged into `main`, the owners' commits between them (their files in OWNERS_FILES, their edits to
 * Stainless's in `edits`), the release bot's commits; and the spec and config as the owners' config repository holds
 * them.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeFile } from './files';
import { headCommit } from './git-history';
import { git } from './git-repo';
import { sharedPath } from './paths';

export const PROJECT = sharedPath('stainless-compat/onebusaway');
export const HEADER = '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';

/** A file written under `dir`, its folders made first (files.ts). */
export const write = writeFile;
export const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

/** The files under `from`/`dir`, copied to `to`/`dir`. */
export function copyTree(from: string, to: string, dir: string): void {
  for (const entry of readdirSync(path.join(from, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) copyTree(from, to, rel);
    else write(to, rel, read(from, rel));
  }
}

/**
 * What each OneBusAway repository of the migrate tests holds of Stainless's generation at the least: the project's
 * `.stats.yml` and api.md, and the SDK's entry and client modules (stubs, with Stainless's header).
 */
export function writeGenerationStubs(repo: string): void {
  write(repo, '.stats.yml', read(PROJECT, 'expected/.stats.yml'));
  write(repo, 'api.md', read(PROJECT, 'expected/api.md'));
  write(repo, 'src/index.ts', `${HEADER}export { OnebusawaySDK as default } from './client';\n`);
  write(repo, 'src/client.ts', `${HEADER}export class OnebusawaySDK {\n  baseURL = '';\n}\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// The inputs, as the owners' config repository holds them: the project's spec with a multipart upload, and its
// config with that resource and a default for the API key (OneBusAway's public test key).

const UPLOAD_PATH = `  /api/where/report-photo.json:
    post:
      summary: Upload a photo of a stop
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file, stopId]
              properties:
                file:
                  type: string
                  format: binary
                stopId:
                  type: string
      responses:
        '200':
          description: Successful response
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ResponseWrapper'

`;

export function spec(): string {
  const text = read(PROJECT, 'openapi.yml');
  const at = text.indexOf('  /api/where/stops-for-location.json:');
  return `${text.slice(0, at)}${UPLOAD_PATH}${text.slice(at)}`;
}

export function config(): string {
  const text = read(PROJECT, 'stainless.yml');
  const withUpload = text.replace(
    '  stops_for_location:',
    '  report_photo:\n    methods:\n      create: post /api/where/report-photo.json\n\n  stops_for_location:',
  );
  const withDefault = withUpload.replace(
    '      read_env: ONEBUSAWAY_API_KEY\n',
    '      read_env: ONEBUSAWAY_API_KEY\n      default: TEST\n',
  );
  // The target of Stainless's newer generator, whose SDKs have the layout built below (src/core/, src/internal/).
  const newer = withDefault.replace(
    '  node:\n    package_name: onebusaway-sdk\n',
    '  typescript:\n    package_name: onebusaway-sdk\n',
  );
  if (new Set([text, withUpload, withDefault, newer]).size !== 4) throw new Error("the project's config changed shape");
  return newer;
}

/** A spec change after the move: a second clock endpoint, and its resource in the config. */
export function specChange(repo: string, specFile: string, configFile: string): void {
  const text = read(repo, specFile);
  const block = text.slice(
    text.indexOf('  /api/where/current-time.json:'),
    text.indexOf('  /api/where/report-photo.json:'),
  );
  write(repo, specFile, text.replace(block, `${block}${block.replaceAll('current-time', 'server-time')}`));
  write(
    repo,
    configFile,
    read(repo, configFile).replace(
      '  report_photo:',
      '  server_time:\n    methods:\n      retrieve: get /api/where/server-time.json\n\n  report_photo:',
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Stainless's files, in the shape of its newer TypeScript SDKs.

export const STAINLESS_PACKAGE = {
  name: 'onebusaway-sdk',
  version: '1.18.0',
  description: 'The official TypeScript library for the Onebusaway SDK API',
  author: 'Onebusaway SDK <info@onebusaway.org>',
  types: 'dist/index.d.ts',
  main: 'dist/index.js',
  type: 'commonjs',
  repository: 'github:OneBusAway/js-sdk',
  license: 'Apache-2.0',
  files: ['**/*'],
  private: false,
  scripts: {
    test: './scripts/test',
    build: './scripts/build',
    format: './scripts/format',
    tsn: 'ts-node -r tsconfig-paths/register',
    lint: './scripts/lint',
    fix: './scripts/format',
  },
  dependencies: {},
  devDependencies: {
    '@swc/core': '^1.3.102',
    '@swc/jest': '^0.2.29',
    '@types/jest': '^29.4.0',
    '@types/node': '^20.17.6',
    eslint: '^9.39.1',
    'eslint-plugin-unused-imports': '^4.1.4',
    jest: '^29.4.0',
    prettier: '^3.0.0',
    'ts-jest': '^29.1.0',
    'ts-node': '^10.5.0',
    typescript: '5.8.3',
    'typescript-eslint': '^8.31.1',
  },
  exports: {
    '.': { import: './dist/index.mjs', require: './dist/index.js' },
    './*.mjs': { default: './dist/*.mjs' },
    './*.js': { default: './dist/*.js' },
    './*': { import: './dist/*.mjs', require: './dist/*.js' },
  },
};

const STAINLESS_TSCONFIG = `{
  "include": ["src", "tests", "examples"],
  "exclude": [],
  "compilerOptions": {
    "target": "es2020",
    "lib": ["es2020"],
    "module": "commonjs",
    "moduleResolution": "node",
    "esModuleInterop": true,
    "baseUrl": "./",
    "paths": {
      "onebusaway-sdk/*": ["src/*"],
      "onebusaway-sdk": ["src/index.ts"]
    },
    "noEmit": true,
    "resolveJsonModule": true,
    "forceConsistentCasingInFileNames": true,
    "strict": true,
    "noImplicitReturns": true,
    "noUncheckedIndexedAccess": true,
    "isolatedModules": false,
    "skipLibCheck": true
  }
}
`;

export const STAINLESS_JEST = `import type { JestConfigWithTsJest } from 'ts-jest';

const config: JestConfigWithTsJest = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  transform: {
    '^.+\\\\.(t|j)sx?$': ['@swc/jest', { sourceMaps: 'inline' }],
  },
  moduleNameMapper: {
    '^onebusaway-sdk$': '<rootDir>/src/index.ts',
    '^onebusaway-sdk/(.*)$': '<rootDir>/src/$1',
  },
  modulePathIgnorePatterns: [
    '<rootDir>/ecosystem-tests/',
    '<rootDir>/dist/',
    '<rootDir>/deno/',
    '<rootDir>/deno_tests/',
  ],
  testPathIgnorePatterns: ['scripts'],
};

export default config;
`;

export const STAINLESS_ESLINT = `// @ts-check
import tseslint from 'typescript-eslint';
import unusedImports from 'eslint-plugin-unused-imports';

export default tseslint.config(
  {
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { sourceType: 'module' },
    },
    files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    ignores: ['dist/'],
    plugins: {
      '@typescript-eslint': tseslint.plugin,
      'unused-imports': unusedImports,
    },
    rules: {
      'no-unused-vars': 'off',
      'unused-imports/no-unused-imports': 'error',
    },
  },
);
`;

const STAINLESS_README = `# Onebusaway SDK TypeScript API Library

[![NPM version](https://img.shields.io/npm/v/onebusaway-sdk.svg)](https://npmjs.org/package/onebusaway-sdk)

This library provides convenient access to the Onebusaway SDK REST API from server-side TypeScript or JavaScript.

The REST API documentation can be found on [developer.onebusaway.org](https://developer.onebusaway.org). The full API of this library can be found in [api.md](api.md).

It is generated with [Stainless](https://www.stainless.com/).

## Installation

\`\`\`sh
npm install onebusaway-sdk
\`\`\`
`;

const STAINLESS_CLIENT = `${HEADER}import type { RequestOptions } from './internal/request-options';

export interface ClientOptions {
  apiKey?: string | undefined;
  baseURL?: string | null | undefined;
}

export class OnebusawaySDK {
  apiKey: string;
  baseURL: string;

  constructor({ apiKey = process.env['ONEBUSAWAY_API_KEY'] ?? 'TEST', baseURL }: ClientOptions = {}) {
    this.apiKey = apiKey;
    this.baseURL = baseURL ?? 'https://api.pugetsound.onebusaway.org';
  }

  protected defaultQuery(options: RequestOptions): Record<string, string> {
    return { key: this.apiKey, ...options.query };
  }
}
`;

const STAINLESS_UUID = `${HEADER}/**
 * A random version 4 UUID.
 */
export let uuid4 = function (): string {
  return globalThis.crypto.randomUUID();
};
`;

export const STAINLESS_UPLOAD = `${HEADER}import { APIResource } from '../core/resource';
import * as Shared from './shared';
import { APIPromise } from '../core/api-promise';
import { type Uploadable } from '../core/uploads';
import { RequestOptions } from '../internal/request-options';
import { multipartFormRequestOptions } from '../internal/uploads';

export class ReportPhoto extends APIResource {
  /**
   * Upload a photo of a stop
   *
   * @example
   * \`\`\`ts
   * const reportPhoto = await client.reportPhoto.create({
   *   file: fs.createReadStream('path/to/file'),
   *   stopId: 'stopId',
   * });
   * \`\`\`
   */
  create(body: ReportPhotoCreateParams, options?: RequestOptions): APIPromise<Shared.ResponseWrapper> {
    return this._client.post(
      '/api/where/report-photo.json',
      multipartFormRequestOptions({ body, ...options }, this._client),
    );
  }
}

export interface ReportPhotoCreateParams {
  file: Uploadable;

  stopId: string;
}

export declare namespace ReportPhoto {
  export { type ReportPhotoCreateParams as ReportPhotoCreateParams };
}
`;

const STAINLESS_UPLOAD_API_MD = `
# ReportPhoto

Methods:

- <code title="post /api/where/report-photo.json">client.reportPhoto.<a href="./src/resources/report-photo.ts">create</a>({ ...params }) -> ResponseWrapper</code>
`;

/** Stainless's first generation: the SDK without the upload. */
function firstGeneration(repo: string): void {
  write(
    repo,
    '.stats.yml',
    read(PROJECT, 'expected/.stats.yml').replace('configured_endpoints: 30', 'configured_endpoints: 29'),
  );
  // The project's api.md, with the resource names of the newer generator (acronyms cased, as in its method names).
  write(
    repo,
    'api.md',
    read(PROJECT, 'expected/api.md').replace(/client\.(stop|route)IdsForAgency/g, 'client.$1IDsForAgency'),
  );
  write(repo, 'README.md', STAINLESS_README);
  write(repo, 'CHANGELOG.md', '# Changelog\n');
  write(repo, '.release-please-manifest.json', '{\n  ".": "1.18.0"\n}\n');
  write(repo, 'package.json', `${JSON.stringify(STAINLESS_PACKAGE, null, 2)}\n`);
  write(repo, 'tsconfig.json', STAINLESS_TSCONFIG);
  write(repo, 'jest.config.ts', STAINLESS_JEST);
  write(repo, 'eslint.config.mjs', STAINLESS_ESLINT);
  write(repo, '.gitignore', 'node_modules\ndist\n');
  write(repo, 'yarn.lock', '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n');
  write(repo, '.github/workflows/ci.yml', 'name: CI\non: [push]\njobs: {}\n');
  for (const [script, text] of Object.entries({
    bootstrap: 'yarn install',
    test: './node_modules/.bin/jest "$@"',
    lint: './node_modules/.bin/eslint .',
    build: 'tsc -p tsconfig.build.json',
    format: './node_modules/.bin/prettier --write .',
  })) {
    write(repo, `scripts/${script}`, `#!/usr/bin/env bash\n\nset -e\n\ncd "$(dirname "$0")/.."\n\n${text}\n`);
    chmodSync(path.join(repo, `scripts/${script}`), 0o755);
  }
  // Stainless's own tests of every method, as the project's SDK has them.
  copyTree(path.join(PROJECT, 'expected'), repo, 'tests');
  write(
    repo,
    'src/index.ts',
    `${HEADER}export { OnebusawaySDK as default } from './client';\nexport { APIError } from './core/error';\n`,
  );
  write(repo, 'src/client.ts', STAINLESS_CLIENT);
  write(repo, 'src/version.ts', "export const VERSION = '1.18.0'; // x-release-please-version\n");
  write(
    repo,
    'src/core/resource.ts',
    `${HEADER}import type { OnebusawaySDK } from '../client';\n\nexport abstract class APIResource {\n  protected _client: OnebusawaySDK;\n\n  constructor(client: OnebusawaySDK) {\n    this._client = client;\n  }\n}\n`,
  );
  write(repo, 'src/core/error.ts', `${HEADER}export class APIError extends Error {}\n`);
  write(repo, 'src/internal/utils/uuid.ts', STAINLESS_UUID);
  write(
    repo,
    'src/resources/current-time.ts',
    `${HEADER}import { APIResource } from '../core/resource';\n\nexport class CurrentTime extends APIResource {}\n`,
  );
}

/** Stainless's later generation: the upload, in api.md, .stats.yml and its resource module. */
function secondGeneration(repo: string): void {
  write(repo, '.stats.yml', read(PROJECT, 'expected/.stats.yml'));
  write(repo, 'api.md', `${read(repo, 'api.md')}${STAINLESS_UPLOAD_API_MD}`);
  write(repo, 'src/resources/report-photo.ts', STAINLESS_UPLOAD);
}

/** The release bot's commit on main: the version, where release-please keeps it. */
function release(repo: string, from: string, to: string): void {
  for (const file of ['package.json', 'src/version.ts', '.release-please-manifest.json'])
    write(repo, file, read(repo, file).replace(from, to));
  write(
    repo,
    'CHANGELOG.md',
    read(repo, 'CHANGELOG.md').replace('# Changelog\n', `# Changelog\n\n## ${to}\n\n- chore: release\n`),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The owners' files.

/** Files that are the owners' own, each written in one of their commits below. */
export const OWNERS_FILES: Record<string, string> = {
  'tests/lib/callbacks.test.ts': `import OnebusawaySDK from 'onebusaway-sdk';

describe('their callbacks', () => {
  it('calls back', (done) => {
    const spy = jest.fn();
    setTimeout(() => {
      spy('late');
      expect(spy).toHaveBeenCalledWith('late');
      done();
    }, 5);
  });

  it('asks the server for its time', (done) => {
    const client = new OnebusawaySDK({ apiKey: 'key', baseURL: process.env['TEST_API_BASE_URL'] });
    client.currentTime
      .retrieve()
      .then((time) => {
        expect(typeof time.code).toBe('number');
        done();
      })
      .catch(done);
  });
});
`,
  // Tests they run by hand against the real API, with its key in their environment: their pattern in jest.config.ts
  // keeps Jest off them, their exclude in tsconfig.json keeps tsc off them (the key may be undefined, for tsc).
  'tests/live/server.test.ts': `const key: string = process.env['ONEBUSAWAY_LIVE_KEY'];

it('needs the real API', () => {
  throw new Error(\`not here without \${key}\`);
});
`,
  'src/lib/photo.ts': `import type { ReportPhotoCreateParams } from '../resources/report-photo';

/** The photo's params as the server reads them: the stop's id without the spaces a form may leave. */
export function withPhotoMetadata(body: ReportPhotoCreateParams): ReportPhotoCreateParams {
  return { ...body, stopId: body.stopId.trim() };
}
`,
  // Their module at a path sdkgen also writes in SDKs that stream (this one does not).
  'src/streaming.ts': `import type { OnebusawaySDK } from './client';

/** The server's clock, read every \`everyMs\` until stopped: a feed for a departures board. */
export class ClockFeed {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly client: OnebusawaySDK,
    private readonly everyMs = 1000,
  ) {}

  start(onTime: (time: number) => void, onError: (error: unknown) => void): void {
    const tick = () =>
      this.client.currentTime.retrieve().then((response) => onTime(response.currentTime), onError);
    tick();
    this.timer = setInterval(tick, this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
`,
  'src/lib/request-id.ts': `import { uuid4 } from '../internal/utils/uuid';

/** An id for a request, to find it in the server's logs. */
export function requestID(prefix = 'oba'): string {
  return \`\${prefix}-\${uuid4()}\`;
}
`,
  // A resource of theirs, reading the client's options as Stainless's client declared them.
  'src/lib/stop-links.ts': `import { APIResource } from '../core/resource';

/** Links to OneBusAway's pages for a stop, with the client's key. */
export class StopLinks extends APIResource {
  schedule(stopID: string): string {
    return \`\${this._client.baseURL}/where/standard/stop.action?id=\${encodeURIComponent(stopID)}&key=\${this._client.apiKey}\`;
  }
}
`,
  'tests/lib/modules.test.ts': `import OnebusawaySDK from 'onebusaway-sdk';
import { StopLinks } from '../../src/lib/stop-links';
import { requestID } from '../../src/lib/request-id';
import { ClockFeed } from '../../src/streaming';

describe('their modules', () => {
  it('reads the key the client defaults to', () => {
    const client = new OnebusawaySDK({ baseURL: 'http://127.0.0.1:1' });
    expect(client.apiKey).toBe('TEST');
    expect(new StopLinks(client).schedule('1_75403')).toBe(
      'http://127.0.0.1:1/where/standard/stop.action?id=1_75403&key=TEST',
    );
  });

  it('makes request ids', () => {
    expect(requestID()).toMatch(/^oba-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('feeds the clock', (done) => {
    const feed = new ClockFeed(new OnebusawaySDK({ baseURL: process.env['TEST_API_BASE_URL'] }), 10);
    const seen = jest.fn();
    feed.start((time) => {
      seen(time);
      if (seen.mock.calls.length === 2) {
        feed.stop();
        expect(typeof seen.mock.calls[0]?.[0]).toBe('number');
        done();
      }
    }, done);
  });
});
`,
};

/** The owners' edits to Stainless's files. */
export const edits = {
  jestConfig: (text: string) => text.replace("['scripts']", "['scripts', '<rootDir>/tests/live/']"),
  tsconfig: (text: string) => text.replace('"exclude": [],', '"exclude": ["tests/live"],'),
  gitignore: (text: string) => `${text}.env.live\n`,
  eslintConfig: (text: string) => text.replace("'off',\n", "'off',\n      'no-debugger': 'error',\n"),
  upload: (text: string) =>
    text
      .replace(
        "import { multipartFormRequestOptions } from '../internal/uploads';\n",
        "import { multipartFormRequestOptions } from '../internal/uploads';\nimport { withPhotoMetadata } from '../lib/photo';\n",
      )
      .replace(
        '    return this._client.post(\n',
        '    body = withPhotoMetadata(body);\n    return this._client.post(\n',
      ),
  packageJson: (text: string) => {
    const pkg = JSON.parse(text) as Record<string, Record<string, string>>;
    pkg.homepage = 'https://onebusaway.org' as never;
    pkg.scripts['test:live'] = 'jest tests/live';
    // Their compiler, newer than the one Stainless pinned.
    pkg.devDependencies.typescript = '5.9.3';
    return `${JSON.stringify(pkg, null, 2)}\n`;
  },
};

interface Layout {
  /** Who commits Stainless's generations. */
  generator: string;
  /** Who commits the releases on main. */
  releaser: string;
}

export const STAINLESS_BOT = 'stainless-app[bot] <142633134+stainless-app[bot]@users.noreply.github.com>';
export const ALICE = 'Alice Ng <alice@onebusaway.org>';
const BOB = 'Bob Osei <bob@onebusaway.org>';

function commit(repo: string, author: string, message: string): string {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', message, '--author', author);
  return headCommit(repo);
}

function merge(repo: string, author: string, branch: string, message: string): void {
  const [name, email] = author.split(/ <|>/);
  git(repo, '-c', `user.name=${name}`, '-c', `user.email=${email}`, 'merge', '-q', '--no-ff', branch, '-m', message);
}

/**
 * The repository: Stainless's generations on `generated`, merged into `main`, the owners' and the release bot's
 * commits on `main` between them. Returns the later generation's commit.
 */
export function buildRepository(repo: string, layout: Layout): string {
  mkdirSync(repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'generated');
  firstGeneration(repo);
  commit(repo, layout.generator, 'feat(api): initial generation');
  git(repo, 'checkout', '-qb', 'main');

  // Their package manager is npm.
  rmSync(path.join(repo, 'yarn.lock'));
  write(
    repo,
    'package-lock.json',
    '{\n  "name": "onebusaway-sdk",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {}\n}\n',
  );
  commit(repo, ALICE, 'build: npm instead of Yarn');
  for (const file of ['tests/lib/callbacks.test.ts', 'tests/live/server.test.ts'])
    write(repo, file, OWNERS_FILES[file]);
  write(repo, 'jest.config.ts', edits.jestConfig(read(repo, 'jest.config.ts')));
  write(repo, 'tsconfig.json', edits.tsconfig(read(repo, 'tsconfig.json')));
  write(repo, '.gitignore', edits.gitignore(read(repo, '.gitignore')));
  commit(repo, ALICE, 'test: callbacks, and live tests Jest skips');
  write(repo, 'eslint.config.mjs', edits.eslintConfig(read(repo, 'eslint.config.mjs')));
  write(repo, 'package.json', edits.packageJson(read(repo, 'package.json')));
  commit(repo, BOB, 'chore: no debugger statements; TypeScript 5.9; live tests script');
  release(repo, '1.18.0', '1.19.0');
  commit(repo, layout.releaser, 'release: 1.19.0');

  git(repo, 'checkout', '-q', 'generated');
  secondGeneration(repo);
  const later = commit(repo, layout.generator, 'feat(api): report a photo of a stop');
  git(repo, 'checkout', '-q', 'main');
  merge(
    repo,
    BOB,
    'generated',
    'Merge pull request #21 from OneBusAway/generated\n\nfeat(api): report a photo of a stop',
  );

  write(repo, 'src/lib/photo.ts', OWNERS_FILES['src/lib/photo.ts']);
  write(repo, 'src/resources/report-photo.ts', edits.upload(read(repo, 'src/resources/report-photo.ts')));
  commit(repo, BOB, 'fix: trim the stop id of a photo before it is sent');
  for (const file of [
    'src/streaming.ts',
    'src/lib/request-id.ts',
    'src/lib/stop-links.ts',
    'tests/lib/modules.test.ts',
  ])
    write(repo, file, OWNERS_FILES[file]);
  commit(repo, ALICE, 'feat: a clock feed, request ids, links to stop pages');
  release(repo, '1.19.0', '1.20.0');
  commit(repo, layout.releaser, 'release: 1.20.0');
  return later;
}

/** The owners' files, and Stainless's they edited whole (eslint.config.mjs), as the repository has them. */
export function ownersBytes(repo: string): Map<string, string> {
  return new Map([...Object.keys(OWNERS_FILES), 'eslint.config.mjs'].map((file) => [file, read(repo, file)]));
}
