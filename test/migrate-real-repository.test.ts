/**
 * `sdkgen migrate` on a Stainless SDK repository built as real ones are, end to end (issue 76's "Done when"): the
 * OneBusAway project of ../shared/stainless-compat, with an upload endpoint and a client option that has a default.
 *
 * History: Stainless's bot generates on `generated`, a line of its own, merged into `main` as its pull requests
 * were; people commit on `main` between generations (their tests, written for Jest with `done` callbacks and
 * `jest.fn()`; their rule in eslint.config.mjs; a folder jest.config.ts ignores; a serializer call in an upload
 * method; a module of theirs at src/streaming.ts, a path sdkgen also knows; a hand-written resource reading
 * `this._client.apiKey`; code importing Stainless's `internal/utils/uuid`); the bot's release commits bump the
 * version; a later generation adds the upload. The spec and config come from outside the repository, as owners keep
 * them in a config repository (`--spec`/`--config`), or, for Stainless's local CLI (stlc), from its workspace
 * (`--workspace`: workspace.json, openapi.stainless.yml, a custom-code record whose `base` is the generation).
 *
 * After the move: exit 0; every byte of the owners' files as it was; package.json keeps their items at their
 * versions; then in the migrated repository, `tsc --noEmit -p .`, `npm test` (their Jest tests and sdkgen's, against
 * the mock server; a failing test of theirs fails it), `sdkgen check` (there and in a fresh clone); and a spec change
 * regenerates with every edit kept.
 *
 * Installs: the migration brings package-lock.json up to date with npm, from the npm cache where it can; the
 * repository's node_modules then links this checkout's packages and Jest's (test/helpers/jest-runner.ts) instead of
 * `npm install`ing a fifth of a gigabyte again, after checking that each package package.json names is there at a
 * version its range accepts, so the tools that run are those an install would bring.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { git, sdkgen } from './helpers/git-repo';
import { installedVersion, jestPackages, linkNodeModules, satisfies } from './helpers/jest-runner';
import { ROOT, SHARED } from './helpers/paths';
import { removeWhenAllPass, tempDir } from './helpers/sdk';

const PROJECT = path.join(SHARED, 'stainless-compat/onebusaway');
const HEADER = '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';

const write = (dir: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

function copyTree(from: string, to: string, dir: string): void {
  for (const entry of readdirSync(path.join(from, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) copyTree(from, to, rel);
    else write(to, rel, read(from, rel));
  }
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

function spec(): string {
  const text = read(PROJECT, 'openapi.yml');
  const at = text.indexOf('  /api/where/stops-for-location.json:');
  return `${text.slice(0, at)}${UPLOAD_PATH}${text.slice(at)}`;
}

function config(): string {
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
  expect(new Set([text, withUpload, withDefault, newer]).size).toBe(4);
  return newer;
}

/** A spec change after the move: a second clock endpoint, and its resource in the config. */
function specChange(repo: string, specFile: string, configFile: string): void {
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

const STAINLESS_PACKAGE = {
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

const STAINLESS_JEST = `import type { JestConfigWithTsJest } from 'ts-jest';

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

const STAINLESS_ESLINT = `// @ts-check
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

const STAINLESS_UPLOAD = `${HEADER}import { APIResource } from '../core/resource';
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
const OWNERS_FILES: Record<string, string> = {
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
const edits = {
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

const STAINLESS_BOT = 'stainless-app[bot] <142633134+stainless-app[bot]@users.noreply.github.com>';
const ALICE = 'Alice Ng <alice@onebusaway.org>';
const BOB = 'Bob Osei <bob@onebusaway.org>';

function commit(repo: string, author: string, message: string): string {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', message, '--author', author);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

function merge(repo: string, author: string, branch: string, message: string): void {
  const [name, email] = author.split(/ <|>/);
  git(repo, '-c', `user.name=${name}`, '-c', `user.email=${email}`, 'merge', '-q', '--no-ff', branch, '-m', message);
}

/**
 * The repository: Stainless's generations on `generated`, merged into `main`, the owners' and the release bot's
 * commits on `main` between them. Returns the later generation's commit.
 */
function buildRepository(repo: string, layout: Layout): string {
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

// ---------------------------------------------------------------------------------------------------------------
// Running things in the migrated repository.

function run(command: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: '1' };
  // The repository's tests start their own mock server.
  delete env.TEST_API_BASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The packages package.json names, each with what node_modules holds of it where that is not what its range accepts. */
function unmetDependencies(repo: string): string[] {
  const pkg = JSON.parse(read(repo, 'package.json')) as Record<string, Record<string, string> | undefined>;
  const wanted = { ...pkg.dependencies, ...pkg.devDependencies };
  return Object.entries(wanted)
    .map(([name, range]) => ({ name, range, installed: installedVersion(repo, name) }))
    .filter(({ range, installed }) => installed === null || !satisfies(installed, range))
    .map(({ name, range, installed }) => `${name}@${range}: ${installed ?? 'missing'}`);
}

/** The migrated repository of a layout, and its migration's report. */
interface Moved {
  repo: string;
  report: MigrateResult;
}

/** The spec and config the migrated repository's manifest names (where `sdkgen generate` and `check` read them). */
function inputsOf(repo: string): { spec: string; config: string } {
  return (JSON.parse(read(repo, '.sdkgen/manifest.json')) as { inputs: { spec: string; config: string } }).inputs;
}

/** What every layout's move must give: `moved()` is the migrated repository, `owners` its owners' files before. */
function movedRepositoryChecks(moved: () => Moved, owners: Map<string, string>): void {
  it("keeps every byte of the owners' files, and their edits to Stainless's files", () => {
    const { repo, report } = moved();
    for (const [file, text] of owners) expect({ file, text: read(repo, file) }).toEqual({ file, text });
    expect(report.kept).toEqual(expect.arrayContaining(Object.keys(OWNERS_FILES)));
    // Their Jest config with their ignore pattern, their ESLint config with their rule.
    expect(read(repo, 'jest.config.ts')).toContain("testPathIgnorePatterns: ['scripts', '<rootDir>/tests/live/'],");
    // Every line of their Jest config is there, in their order (sdkgen's additions on lines of their own).
    const theirs = edits.jestConfig(STAINLESS_JEST).split('\n');
    const jestLines = read(repo, 'jest.config.ts').split('\n');
    let found = 0;
    for (const line of jestLines) if (line === theirs[found]) found++;
    expect(theirs.slice(found)).toEqual([]);
    expect(read(repo, 'eslint.config.mjs')).toBe(edits.eslintConfig(STAINLESS_ESLINT));
    // Their exclude in sdkgen's tsconfig.json (without it, tsc fails on their live tests, below), their ignored file
    // in sdkgen's .gitignore.
    expect((JSON.parse(read(repo, 'tsconfig.json')) as { exclude?: string[] }).exclude).toEqual(['tests/live']);
    expect(read(repo, '.gitignore').split('\n')).toContain('.env.live');
    // The serializer call, before the upload's request, in sdkgen's upload method.
    const upload = read(repo, 'src/resources/report-photo.ts');
    expect(upload).toMatch(/\n {4}body = withPhotoMetadata\(body\);\n {4}return [^\n]*\n/);
    expect(upload).toContain("import { withPhotoMetadata } from '../lib/photo';\n");
    expect(upload).not.toContain('Stainless');
    expect(report.rejected).toEqual([]);
  });

  it("keeps the owners' package.json items at their versions, and the release's version", () => {
    const { repo } = moved();
    const pkg = JSON.parse(read(repo, 'package.json')) as {
      version: string;
      homepage: string;
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.version).toBe('1.20.0');
    expect(read(repo, 'src/version.ts')).toContain("'1.20.0'");
    expect(pkg.homepage).toBe('https://onebusaway.org');
    expect(pkg.scripts['test:live']).toBe('jest tests/live');
    expect(pkg.devDependencies.typescript).toBe('5.9.3');
    // What their Jest tests and configs run with.
    for (const name of ['jest', '@swc/jest', '@swc/core', '@types/jest', 'ts-jest', 'eslint-plugin-unused-imports'])
      expect({ name, version: pkg.devDependencies[name] }).toEqual({
        name,
        version: (STAINLESS_PACKAGE.devDependencies as Record<string, string>)[name],
      });
  });

  it("removes Stainless's files: none is left with its header, nor its .stats.yml", () => {
    const { repo, report } = moved();
    const files = git(repo, 'ls-files', '--cached', '--others', '--exclude-standard').split('\n').filter(Boolean);
    const stainless = files.filter(
      (file) => existsSync(path.join(repo, file)) && read(repo, file).includes(HEADER.split('. ')[0]),
    );
    expect(stainless).toEqual([]);
    expect(existsSync(path.join(repo, '.stats.yml'))).toBe(false);
    expect(report.removed).toContain('.stats.yml');
    // Their import of internal/utils/uuid finds sdkgen's module there: no module of Stainless's is kept for it.
    expect(report.keptImported).toEqual([]);
  });

  it('type-checks with tsc --noEmit -p . (their code, their tests and the SDK)', async () => {
    const { repo } = moved();
    linkNodeModules(repo, [path.join(ROOT, 'node_modules'), jestPackages()]);
    expect(unmetDependencies(repo)).toEqual([]);
    const tsc = await run(['./node_modules/.bin/tsc', '--noEmit', '-p', '.'], repo);
    expect(tsc.output).toBe('');
    expect(tsc.code).toBe(0);
  }, 120_000);

  it("passes npm test: their Jest tests as they are and sdkgen's tests; a failing test of theirs fails it", async () => {
    const { repo } = moved();
    const passed = await run(['npm', 'test'], repo);
    expect(passed.output).toMatch(/PASS tests\/lib\/callbacks\.test\.ts/);
    expect(passed.output).toMatch(/PASS tests\/lib\/modules\.test\.ts/);
    expect(passed.output).toMatch(/PASS tests\/api-resources\/report-photo\.test\.ts/);
    expect(passed.output).toMatch(/PASS tests\/api-resources\/current-time\.test\.ts/);
    expect(passed.output).not.toContain('tests/live');
    expect(passed.code, passed.output).toBe(0);

    const file = 'tests/lib/callbacks.test.ts';
    write(
      repo,
      file,
      OWNERS_FILES[file].replace('      done();\n    }, 5);', "      done(new Error('too late'));\n    }, 5);"),
    );
    try {
      const failed = await run(['npm', 'test', '--', 'tests/lib/'], repo);
      expect(failed.output).toMatch(/FAIL tests\/lib\/callbacks\.test\.ts/);
      expect(failed.output).toContain('too late');
      expect(failed.code).not.toBe(0);
    } finally {
      write(repo, file, OWNERS_FILES[file]);
    }
  }, 300_000);

  it('passes sdkgen check, and so does a fresh clone of the migrated repository', () => {
    const { repo } = moved();
    const checked = sdkgen(repo, 'check');
    expect(checked.stdout, checked.stderr).toContain('is up to date');
    expect(checked.code).toBe(0);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'Move to sdkgen', '--author', ALICE);
    const clone = path.join(path.dirname(repo), 'clone/js-sdk');
    mkdirSync(path.dirname(clone));
    git(path.dirname(clone), 'clone', '-q', repo, clone);
    const fresh = sdkgen(clone, 'check');
    expect(fresh.stderr).toBe('');
    expect(fresh.stdout).toContain('is up to date');
    expect(fresh.code).toBe(0);
  });

  it("regenerates after a spec change with every edit of the owners' kept", async () => {
    const { repo } = moved();
    // The inputs are in the repository, where its manifest says.
    const inputs = inputsOf(repo);
    for (const file of [inputs.spec, inputs.config]) expect(path.isAbsolute(file) || file.startsWith('..')).toBe(false);
    specChange(repo, inputs.spec, inputs.config);
    const regenerated = sdkgen(repo, 'generate', inputs.spec, '-o', '.', '--config', inputs.config);
    expect(regenerated.stderr).toBe('');
    expect(regenerated.code).toBe(0);
    expect(read(repo, 'src/client.ts')).toContain('serverTime');
    for (const [file, text] of owners) expect({ file, text: read(repo, file) }).toEqual({ file, text });
    expect(read(repo, 'src/resources/report-photo.ts')).toContain('    body = withPhotoMetadata(body);\n');
    expect(read(repo, 'jest.config.ts')).toContain("'<rootDir>/tests/live/'");
    expect((JSON.parse(read(repo, 'package.json')) as { version: string }).version).toBe('1.20.0');
    const tsc = await run(['./node_modules/.bin/tsc', '--noEmit', '-p', '.'], repo);
    expect(tsc.output).toBe('');
    const checked = sdkgen(repo, 'check');
    expect(checked.stdout).toContain('is up to date');
  }, 120_000);
}

/** The owners' files, and Stainless's they edited whole (eslint.config.mjs), as the repository has them. */
function ownersBytes(repo: string): Map<string, string> {
  return new Map([...Object.keys(OWNERS_FILES), 'eslint.config.mjs'].map((file) => [file, read(repo, file)]));
}

// The repositories (a few megabytes each): kept for a look only when a test failed.
const folders: string[] = [];
for (const index of [0, 1]) removeWhenAllPass(() => folders[index] ?? '');

// The migration's lockfile update reads npm's cache first.
const preferOfflineBefore = process.env.npm_config_prefer_offline;
beforeAll(() => {
  process.env.npm_config_prefer_offline = 'true';
});
afterAll(() => {
  if (preferOfflineBefore === undefined) delete process.env.npm_config_prefer_offline;
  else process.env.npm_config_prefer_offline = preferOfflineBefore;
});

describe("sdkgen migrate: a Stainless repository with its generated branch, spec and config from the owners' config repository", () => {
  let repo = '';
  let configRepo = '';
  let later = '';
  let migrated: ReturnType<typeof sdkgen>;
  let report: MigrateResult;
  const owners = new Map<string, string>();

  beforeAll(() => {
    const dir = tempDir('migrate-real');
    folders.push(dir);
    repo = path.join(dir, 'js-sdk');
    later = buildRepository(repo, { generator: STAINLESS_BOT, releaser: STAINLESS_BOT });
    for (const [file, text] of ownersBytes(repo)) owners.set(file, text);
    configRepo = path.join(dir, 'sdk-config');
    write(configRepo, 'openapi.yml', spec());
    write(configRepo, 'stainless-config.yml', config());
    migrated = sdkgen(
      repo,
      'migrate',
      '--spec',
      path.join(configRepo, 'openapi.yml'),
      '--config',
      path.join(configRepo, 'stainless-config.yml'),
      '--format',
      'json',
    );
    report = JSON.parse(migrated.stdout) as MigrateResult;
    // Nothing outside the repository is needed from now on.
    rmSync(configRepo, { recursive: true, force: true });
  }, 180_000);

  it('moves with exit 0: the generation is the generated branch, the inputs copied in, the lockfile brought up to date', () => {
    expect(report.base).toEqual({ ref: 'generated', commit: later });
    expect(report.needsHand).toEqual([]);
    expect(report.rejected).toEqual([]);
    // Nothing the SDK's users would notice, against Stainless's api.md.
    expect(report.surface?.breaking).toEqual([]);
    expect(migrated.stderr).toBe('');
    expect(migrated.code).toBe(0);
    expect(report.copiedInputs).toEqual([
      { from: path.join(configRepo, 'openapi.yml'), to: 'openapi.yml' },
      { from: path.join(configRepo, 'stainless-config.yml'), to: expect.any(String) },
    ]);
    expect(report.lockfileUpdates).toEqual([
      expect.objectContaining({ lockfile: 'package-lock.json', status: 'updated' }),
    ]);
    expect(read(repo, 'package-lock.json')).toContain('"node_modules/jest"');
  });

  movedRepositoryChecks(() => ({ repo, report }), owners);
});

/** stlc's name for a custom-code record of the TypeScript target. */
const CUSTOM_CODE = 'custom-code/typescript/1780592816577-custom-code.json';

describe("sdkgen migrate: the same repository kept with Stainless's local CLI (stlc), its workspace in the API's repository", () => {
  let repo = '';
  let workspace = '';
  let later = '';
  let migrated: ReturnType<typeof sdkgen>;
  let report: MigrateResult;
  const owners = new Map<string, string>();

  beforeAll(() => {
    const dir = tempDir('migrate-real-stlc');
    folders.push(dir);
    repo = path.join(dir, 'js-sdk');
    // stlc's generations are committed by the team's automation; no `generated` branch is left.
    later = buildRepository(repo, {
      generator: 'onebusaway-automations[bot] <automations@onebusaway.org>',
      releaser: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    });
    git(repo, 'branch', '-D', 'generated');
    for (const [file, text] of ownersBytes(repo)) owners.set(file, text);
    // The API's repository keeps stlc's workspace: its spec, its config, and where the custom code was integrated.
    workspace = path.join(dir, 'onebusaway-api/stainless');
    write(
      workspace,
      'workspace.json',
      `${JSON.stringify({ openapi_spec: '../openapi.yml', stainless_config: 'openapi.stainless.yml', output_path: '../sdks' }, null, 2)}\n`,
    );
    write(workspace, '../openapi.yml', spec());
    write(workspace, 'openapi.stainless.yml', config());
    const integrated = git(repo, 'rev-parse', 'HEAD').trim();
    write(
      workspace,
      CUSTOM_CODE,
      `${JSON.stringify({ base: later, integrated, branch: 'main', filename: path.basename(CUSTOM_CODE) }, null, 2)}\n`,
    );
    migrated = sdkgen(repo, 'migrate', '--workspace', workspace, '--format', 'json');
    report = JSON.parse(migrated.stdout) as MigrateResult;
  }, 180_000);

  it("moves with exit 0: the generation is the custom-code record's base, the workspace's inputs copied in", () => {
    expect(report.base).toEqual({ ref: `${path.join(workspace, CUSTOM_CODE)} (base)`, commit: later });
    expect(report.needsHand).toEqual([]);
    expect(report.rejected).toEqual([]);
    // Nothing the SDK's users would notice, against Stainless's api.md.
    expect(report.surface?.breaking).toEqual([]);
    expect(migrated.stderr).toBe('');
    expect(migrated.code).toBe(0);
    expect(report.copiedInputs).toEqual([
      { from: path.join(workspace, '../openapi.yml'), to: 'openapi.yml' },
      { from: path.join(workspace, 'openapi.stainless.yml'), to: 'openapi.stainless.yml' },
    ]);
    expect(report.lockfileUpdates).toEqual([
      expect.objectContaining({ lockfile: 'package-lock.json', status: 'updated' }),
    ]);
    expect(read(repo, 'package-lock.json')).toContain('"node_modules/jest"');
  });

  movedRepositoryChecks(() => ({ repo, report }), owners);
});
