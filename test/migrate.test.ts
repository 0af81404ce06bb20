/**
 * `sdkgen migrate`, on a Stainless SDK repository made the way Stainless kept one, in a real git repository: a
 * `generated` branch holding Stainless's output (its `.stats.yml`, `api.md`, `package.json`, its own tests from
 * the OneBusAway project in ../shared/stainless-compat, and runtime files with Stainless's header), merged into
 * `main`, where the owners added code of their own and patched generated files. After the move: their files are
 * untouched, their patches are re-applied to sdkgen's files or listed with their diff, package.json keeps what
 * they added, the repository type-checks with their code, `sdkgen check` passes, and a spec change regenerates
 * with every patch kept.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { generationsSince } from '../generator/migrate/repository/generations';
import { coAuthoredByAPerson } from '../generator/migrate/repository/stainless-repo';
import { writeFile as write } from './helpers/files';
import { git, sdkgen } from './helpers/git-repo';
import { commitAll, commitGeneration, commitGenerationThenMain } from './helpers/git-history';
import { SLOW_FULL } from './helpers/slow-tests';
import { typeCheckStrictOnly } from './helpers/strict-only';
import { tempDir } from './helpers/sdk';
import { copyTree, HEADER, PROJECT, read, writeGenerationStubs } from './helpers/stainless-repository';

/**
 * A variant of a move (another way to find the generation, the inputs or the config; another flag): each one a
 * migration of its own, the generation and comparisons of the whole SDK. `npm test` moves the repository in its main
 * layouts (a generated branch, a complete move, stlc's monorepo, no config) and leaves these to SDKGEN_SLOW_TESTS=full
 * (`npm run test:slow`, CI's): among them, stlc's workspace kept in another repository, --from-repo, and the spec
 * .stats.yml names that cannot be fetched.
 */
const slowIt = it.skipIf(!SLOW_FULL);

/** A git repository of `files` (path → text), committed once, in a temporary folder named after `prefix`. */
function committedRepository(prefix: string, files: Record<string, string>): string {
  const dir = path.join(tempDir(prefix), 'repo');
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) write(dir, file, text);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
  return dir;
}

const STAINLESS_README = `# Onebusaway SDK TypeScript API Library

Stainless's intro, which says what the library is for the Onebusaway SDK REST API.

It is generated with [Stainless](https://www.stainless.com/).
`;

const STAINLESS_PACKAGE = {
  ...(JSON.parse(readFileSync(path.join(PROJECT, 'expected/package.json'), 'utf8')) as Record<string, unknown>),
  description: 'The official TypeScript library for the Onebusaway SDK API',
  repository: 'github:OneBusAway/js-sdk',
  scripts: { test: './scripts/test', build: './scripts/build', lint: './scripts/lint' },
  dependencies: { 'node-fetch': '^2.6.7', 'form-data-encoder': '1.7.2' },
  devDependencies: { jest: '^29.4.0', typescript: '5.8.3' },
};

/**
 * The repository as Stainless left it (with `generatedFiles` too), then as its owners made it; returns the
 * `generated` commit.
 */
function stainlessRepository(
  repo: string,
  generatedFiles: Record<string, string> = {},
  edits: { runtimePatch?: boolean } = {},
): string {
  git(repo, 'init', '-q', '-b', 'generated');
  writeGeneration(repo, generatedFiles);
  const generated = commitGenerationThenMain(repo, 'Stainless: generate');
  writeOwnersEdits(repo, edits);
  commitAll(repo, 'our code');
  return generated;
}

/** Stainless's publish workflow, its build script, and a release-please workflow of the owners'. */
const PUBLISH_NPM =
  'name: Publish NPM\non:\n  workflow_dispatch:\n  release:\n    types: [published]\njobs:\n  publish:\n' +
  '    runs-on: ubuntu-latest\n    steps:\n      - run: bash ./bin/publish-npm\n';
const STAINLESS_BUILD =
  '#!/usr/bin/env bash\nset -exuo pipefail\nrm -rf dist; mkdir dist\n' +
  '# we need to add exports = module.exports = OnebusawaySDK to index.js;\nnode scripts/utils/fix-index-exports.cjs\n';
const RELEASE_PLEASE =
  'name: Release Please\non:\n  push:\n    branches: [main]\njobs:\n  release-please:\n    runs-on: ubuntu-latest\n' +
  '    steps:\n      - uses: googleapis/release-please-action@v4\n        with:\n          token: ${{ secrets.RP }}\n';

/** Stainless's output of the SDK, in `dir`. */
function writeGeneration(dir: string, generatedFiles: Record<string, string> = {}): void {
  const repo = dir;
  for (const [file, text] of Object.entries(generatedFiles)) write(repo, file, text);
  writeGenerationStubs(repo);
  write(repo, 'README.md', STAINLESS_README);
  write(repo, 'package.json', `${JSON.stringify(STAINLESS_PACKAGE, null, 2)}\n`);
  copyTree(path.join(PROJECT, 'expected'), repo, 'tests');
  write(repo, 'src/core.ts', `${HEADER}export const VERSION = '1.0.0';\n`);
  write(repo, 'src/_shims/registry.ts', `${HEADER}export function sleep(ms: number) {\n  return ms;\n}\n`);
  write(repo, 'scripts/bootstrap', '#!/usr/bin/env bash\nyarn install\n');
  write(repo, 'yarn.lock', '# yarn lockfile v1\n');
  write(repo, '.github/workflows/ci.yml', 'name: CI\non: [push]\njobs: {}\n');
}

/**
 * The owners' code and their patches to Stainless's files, in `dir`: with `runtimePatch` (the default), one to a
 * runtime module sdkgen has no counterpart of, which a person must carry.
 */
function writeOwnersEdits(dir: string, { runtimePatch = true }: { runtimePatch?: boolean } = {}): void {
  const repo = dir;
  // The owners' own code, importing the SDK's modules by path.
  write(
    repo,
    'src/lib/time.ts',
    `import type { OnebusawaySDK } from '../client';
import { APIError } from '../core/error';

/** The server's clock, or null when the server says no. */
export async function serverTime(client: OnebusawaySDK) {
  try {
    return (await client.currentTime.retrieve()).data;
  } catch (error) {
    if (error instanceof APIError) return null;
    throw error;
  }
}
`,
  );
  write(
    repo,
    'examples/time.ts',
    `import { OnebusawaySDK } from '../src/client';
import { serverTime } from '../src/lib/time';

console.log(await serverTime(new OnebusawaySDK({ apiKey: 'test' })));
`,
  );
  // A module of theirs at a path Stainless left free (the SDK does not stream), where Stainless's SDKs that stream
  // have their streaming module: sdkgen writes none there either.
  write(
    repo,
    'src/streaming.ts',
    "import { serverTime } from './lib/time';\n\n/** Polls the server's clock. */\nexport const poll = serverTime;\n",
  );
  // Patches to generated files.
  write(repo, 'README.md', `${STAINLESS_README}\n## Support\n\nAsk on the OneBusAway forum.\n`);
  write(repo, 'src/index.ts', `${read(repo, 'src/index.ts')}export * from './lib/time';\n`);
  // A method of theirs on the client, whose neighbours sdkgen's client does not have.
  const method =
    '\n  /** The host the client talks to. */\n  host(): string {\n    return new URL(this.baseURL).host;\n  }\n';
  write(repo, 'src/client.ts', read(repo, 'src/client.ts').replace("baseURL = '';\n", `baseURL = '';\n${method}`));
  if (runtimePatch)
    write(
      repo,
      'src/_shims/registry.ts',
      read(repo, 'src/_shims/registry.ts').replace('return ms;', 'return ms * 2; // patched'),
    );
  // Their module, exported by the package under a subpath of its own, and a test importing it by that name.
  write(
    repo,
    'tests/lib/time.test.ts',
    `import { expect, it } from 'vitest';
import { serverTime } from 'onebusaway-sdk/time';

it('is exported', () => expect(typeof serverTime).toBe('function'));
`,
  );
  const exports = {
    ...(STAINLESS_PACKAGE as { exports?: Record<string, unknown> }).exports,
    './time': { types: './dist/lib/time.d.ts', import: './dist/lib/time.mjs', require: './dist/lib/time.js' },
  };
  const pkg = { ...STAINLESS_PACKAGE, version: '1.20.0', exports } as unknown as Record<
    string,
    Record<string, string> | string
  >;
  pkg.dependencies = { ...(pkg.dependencies as Record<string, string>), 'left-pad': '^1.3.0' };
  pkg.scripts = { ...(pkg.scripts as Record<string, string>), examples: 'tsx examples/time.ts' };
  write(repo, 'package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  write(repo, 'package-lock.json', '{ "lockfileVersion": 3 }\n');
}

/**
 * Package managers on PATH for these tests, with no network: each records how it was called and writes its lockfile
 * (sdkgen migrate brings the repository's lockfile up to date with the one the lockfile belongs to).
 */
const PACKAGE_MANAGERS = { npm: 'package-lock.json', yarn: 'yarn.lock', pnpm: 'pnpm-lock.yaml', bun: 'bun.lock' };
let packageManagerCalls = '';
const pathBefore = process.env.PATH;
beforeAll(() => {
  const bin = tempDir('migrate-package-managers');
  packageManagerCalls = path.join(bin, 'calls.log');
  writeFileSync(packageManagerCalls, '');
  for (const [name, lockfile] of Object.entries(PACKAGE_MANAGERS)) {
    write(
      bin,
      name,
      `#!/bin/sh\necho "$(pwd): ${name} $*" >> '${packageManagerCalls}'\necho "resolved by ${name}" > ${lockfile}\n`,
    );
    chmodSync(path.join(bin, name), 0o755);
  }
  process.env.PATH = `${bin}${path.delimiter}${pathBefore}`;
});
afterAll(() => {
  process.env.PATH = pathBefore;
});

describe('sdkgen migrate: a Stainless repository moves with its custom code', () => {
  let repo: string;
  let generatedCommit: string;
  let run: ReturnType<typeof sdkgen>;
  let report: MigrateResult;
  const ownFiles = ['src/lib/time.ts', 'examples/time.ts', 'tests/lib/time.test.ts', 'src/streaming.ts'];
  const before = new Map<string, string>();

  /**
   * What the type-checks below check: the owners' modules, and those their patches were applied to or that keep the
   * older generator's paths. sdkgen's own files for this project and config are checked in full, under stricter
   * options, by stainless-resource-tests.test.ts, and so is a migrated repository by migrate-real-repository's tsc.
   */
  const ownersCode = () =>
    [...ownFiles, ...report.reapplied.map((r) => r.path), 'src/core.ts'].filter(
      (file) => /^(src|examples)\//.test(file) && file.endsWith('.ts'),
    );

  beforeAll(() => {
    repo = path.join(tempDir('migrate'), 'onebusaway-sdk');
    mkdirSync(repo, { recursive: true });
    generatedCommit = stainlessRepository(repo);
    for (const file of ownFiles) before.set(file, read(repo, file));
    write(repo, 'openapi.yml', read(PROJECT, 'openapi.yml'));
    write(repo, 'stainless.yml', read(PROJECT, 'stainless.yml'));
    commitAll(repo, 'spec and config');
    run = sdkgen(repo, 'migrate', '--format', 'json');
    report = JSON.parse(run.stdout) as MigrateResult;
  });

  it('finds the generation the checkout carries and the spec and config in it', () => {
    expect(run.stderr).toBe('');
    expect(report.base).toEqual({ ref: 'generated', commit: generatedCommit });
  });

  slowIt("without a generated branch, finds the generation among the bot's commits of the checkout's history", () => {
    const other = path.join(tempDir('migrate-no-branch'), 'onebusaway-sdk');
    mkdirSync(other, { recursive: true });
    const generation = stainlessRepository(other);
    // The generation came as a pull request: merged into main, its branch deleted. A dependency bot's commit after
    // it is no generation.
    git(other, 'merge', '-q', '--no-edit', generation);
    git(other, 'branch', '-D', 'generated');
    write(other, 'package-lock.json', '{ "lockfileVersion": 3, "packages": {} }\n');
    git(other, 'add', '-A');
    git(other, 'commit', '-qm', 'chore(deps): bump', '--author', 'dependabot[bot] <bot@github.com>');
    write(other, 'openapi.yml', read(PROJECT, 'openapi.yml'));
    write(other, 'stainless.yml', read(PROJECT, 'stainless.yml'));
    commitAll(other, 'spec and config');
    const moved = JSON.parse(sdkgen(other, 'migrate', '--format', 'json').stdout) as MigrateResult;
    expect(moved.base).toEqual({ ref: expect.stringContaining("(Stainless's generation)"), commit: generation });
    // Measured against it, the owners' patch to the README is theirs, carried over.
    expect(read(other, 'README.md')).toContain('Ask on the OneBusAway forum.');
  });

  slowIt(
    "with stlc's commits on main, measures against the output their Stainless-Generated-From trailer names, fetched from origin",
    () => {
      const origin = path.join(tempDir('migrate-stlc-trailer'), 'onebusaway-sdk');
      mkdirSync(origin, { recursive: true });
      stainlessRepository(origin);
      // stlc seals its newer output apart from main (kept under refs/stainless/), then commits it with the owners' code
      // onto main under a person's name, naming the sealed output in a trailer.
      git(origin, 'checkout', '-q', '-b', 'seal', 'generated');
      write(origin, 'SECURITY.md', '# Security\n\nReport security issues to Stainless.\n');
      const sealed = commitAll(origin, 'seal');
      git(origin, 'update-ref', 'refs/stainless/custom-code/typescript/1/base', sealed);
      git(origin, 'checkout', '-q', 'main');
      git(origin, 'checkout', '-q', sealed, '--', 'SECURITY.md');
      write(
        origin,
        'README.md',
        read(origin, 'README.md').replace(
          'TypeScript API Library\n',
          'TypeScript API Library\n\nStatus: status.example.com.\n',
        ),
      );
      git(origin, 'add', '-A');
      git(origin, 'commit', '-qm', `chore: regenerate\n\nStainless-Generated-From: ${sealed}`);
      git(origin, 'branch', '-q', '-D', 'seal', 'generated');
      const clone = path.join(tempDir('migrate-stlc-trailer-clone'), 'onebusaway-sdk');
      git(path.dirname(clone), 'clone', '-q', pathToFileURL(origin).href, clone);
      expect(() => git(clone, 'cat-file', '-e', sealed)).toThrow();
      write(clone, 'openapi.yml', read(PROJECT, 'openapi.yml'));
      write(clone, 'stainless.yml', read(PROJECT, 'stainless.yml'));
      commitAll(clone, 'spec and config');
      const moved = JSON.parse(sdkgen(clone, 'migrate', '--format', 'json').stdout) as MigrateResult;
      expect(moved.base?.commit).toBe(sealed);
      // The owners' edit the same commit carries is theirs, not the generation's.
      expect(read(clone, 'README.md')).toContain('Status: status.example.com.');
    },
  );

  slowIt(
    "keeps the forms of an older Stainless SDK's era (no @example before 2025-05-07), recorded for regenerations",
    () => {
      const older = path.join(tempDir('migrate-era'), 'onebusaway-sdk');
      mkdirSync(older, { recursive: true });
      // Stainless generated it (and everything after was committed) in March 2025.
      const day = '2025-03-01T12:00:00Z';
      Object.assign(process.env, { GIT_COMMITTER_DATE: day, GIT_AUTHOR_DATE: day });
      try {
        stainlessRepository(older);
        write(older, 'openapi.yml', read(PROJECT, 'openapi.yml'));
        write(older, 'stainless.yml', read(PROJECT, 'stainless.yml'));
        commitAll(older, 'spec and config');
      } finally {
        delete process.env.GIT_COMMITTER_DATE;
        delete process.env.GIT_AUTHOR_DATE;
      }
      sdkgen(older, 'migrate', '--format', 'json');
      const manifest = JSON.parse(read(older, '.sdkgen/manifest.json')) as { inputs: { stainlessEra?: string } };
      expect(manifest.inputs.stainlessEra).toBe('2025-03-01');
      // The newest SDK shows a call where a path param gives its own example (as Stainless's does); this era's none.
      expect(read(repo, 'src/resources/schedule-for-route.ts')).toContain('@example');
      expect(read(older, 'src/resources/schedule-for-route.ts')).not.toContain('@example');
      expect(JSON.parse(read(repo, '.sdkgen/manifest.json')).inputs.stainlessEra).toBeUndefined();
    },
  );

  it("keeps the owners' files byte for byte, and Stainless's repository files", () => {
    for (const [file, text] of before) expect(read(repo, file)).toBe(text);
    expect(report.kept).toEqual(expect.arrayContaining([...ownFiles, 'openapi.yml', 'stainless.yml']));
    expect(report.keptRepositoryFiles).toEqual(['.github/workflows/ci.yml']);
    // Theirs, and nothing to move: sdkgen writes no module there.
    expect(report.needsHand.map((n) => n.path)).not.toContain('src/streaming.ts');
    expect(existsSync(path.join(repo, '.github/workflows/ci.yml'))).toBe(true);
  });

  it("compares Stainless's api.md with sdkgen's: the same methods, nothing a user would notice", () => {
    expect(report.surface?.methods.sdkgen).toBe(report.surface?.methods.stainless);
    expect(report.surface?.methods.stainless).toBeGreaterThan(20);
    expect(report.surface?.breaking).toEqual([]);
    expect(report.needsHand.map((n) => n.path)).not.toContain('api.md');
  });

  it("re-applies patches to generated files onto sdkgen's", () => {
    expect(report.reapplied.map((r) => r.path).sort()).toEqual(['README.md', 'src/client.ts', 'src/index.ts']);
    expect(read(repo, 'src/client.ts')).toMatch(
      /\n {2}host\(\): string \{\n {4}return new URL\(this\.baseURL\)\.host;\n {2}\}\n\}\n/,
    );
    expect(read(repo, 'README.md')).toMatch(/## Support\n\nAsk on the OneBusAway forum\.\n$/);
    expect(read(repo, 'README.md')).not.toContain('It is generated with [Stainless]');
    expect(read(repo, 'src/index.ts')).toMatch(/export \* from '\.\/lib\/time';\n$/);
    // Their CI workflow, where sdkgen writes one too, stays theirs across regenerations (sdkgen's is the merge base).
    expect(read(repo, '.github/workflows/ci.yml')).toBe('name: CI\non: [push]\njobs: {}\n');
    expect(existsSync(path.join(repo, '.github/workflows/sdkgen-update.yml'))).toBe(true);
    expect(read(repo, 'src/index.ts')).toContain("from './core/error.js'");
  });

  it("removes Stainless's code, keeps the lockfiles; a removed file's patch is listed with its diff", () => {
    for (const file of ['src/_shims/registry.ts', '.stats.yml']) expect(report.removed).toContain(file);
    for (const file of report.removed) expect(existsSync(path.join(repo, file))).toBe(false);
    // They pin the owners' dependencies too: kept, and brought up to date by their package managers.
    for (const file of ['yarn.lock', 'package-lock.json']) {
      expect(report.removed).not.toContain(file);
      expect(report.needsHand.map((n) => n.path)).not.toContain(file);
    }
    expect(report.lockfileUpdates).toEqual([
      {
        lockfile: 'package-lock.json',
        command: 'npm install --package-lock-only --ignore-scripts --no-audit --no-fund',
        status: 'updated',
      },
      { lockfile: 'yarn.lock', command: 'yarn install --ignore-scripts --non-interactive', status: 'updated' },
    ]);
    expect(read(repo, 'yarn.lock')).toBe('resolved by yarn\n');
    expect(readFileSync(packageManagerCalls, 'utf8')).toContain(
      `${repo}: npm install --package-lock-only --ignore-scripts --no-audit --no-fund\n`,
    );
    expect(report.rejected).toEqual([
      {
        path: 'src/_shims/registry.ts',
        hunks: [expect.stringContaining('-  return ms;\n+  return ms * 2; // patched\n')],
      },
    ]);
    // The older generator's module path its users import stays, as the runtime's part of it that sdkgen's has.
    expect(read(repo, 'src/core.ts')).toContain("export { APIPromise } from './core/api-promise.js';");
    expect(run.code).toBe(1); // something needs a hand
    // Stainless's files at paths sdkgen writes are sdkgen's now: its tests, and the scripts its workflows run.
    expect(read(repo, 'tests/api-resources/current-time.test.ts')).not.toContain('Stainless');
    expect(read(repo, 'scripts/bootstrap')).toContain('File generated by sdkgen');
    expect(statSync(path.join(repo, 'scripts/bootstrap')).mode & 0o111).not.toBe(0);
  });

  it("keeps the package's name, version, added dependency and script; drops Stainless's build", () => {
    const pkg = JSON.parse(read(repo, 'package.json')) as Record<string, Record<string, string>>;
    expect(pkg.name).toBe('onebusaway-sdk');
    expect(pkg.version).toBe('1.20.0');
    // The version the client reports is the one the package keeps (release-please bumps both from now on).
    expect(read(repo, 'src/version.ts')).toContain("export const VERSION = '1.20.0';");
    expect(pkg.dependencies).toEqual({ 'left-pad': '^1.3.0' });
    expect(pkg.scripts.examples).toBe('tsx examples/time.ts');
    expect(pkg.scripts.test).toBe('vitest run');
    // The compiler the owners' code was checked with stays (5.9's DOM types reject some code 5.8 took).
    expect(pkg.devDependencies.typescript).toBe('5.8.3');
    expect(report.packageJson?.kept).toContain('devDependencies.typescript');
    expect(report.packageJson?.dropped).toEqual(
      expect.arrayContaining(['dependencies.node-fetch', 'devDependencies.jest', 'scripts.build']),
    );
    // Printed as sdkgen prints it: only the changed entries differ from its own text (`exports`, with the owners'
    // subpath, printed in full).
    const own = read(repo, '.sdkgen/pristine/package.json');
    expect(own).toContain('"version": "0.1.0"');
    const unchanged = (text: string) => text.slice(0, text.indexOf('  "exports"'));
    expect(unchanged(read(repo, 'package.json')).split('\n').length).toBeLessThan(
      unchanged(own).split('\n').length + 12,
    );
  });

  it("resolves a subpath the owners exported to its source, for tsc and for Vitest, as sdkgen's own", async () => {
    const tsconfig = JSON.parse(read(repo, 'tsconfig.json')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    expect(tsconfig.compilerOptions.paths['onebusaway-sdk/time']).toEqual(['./src/lib/time.ts']);
    const parsed = ts.parseJsonConfigFileContent(tsconfig, ts.sys, repo);
    const importer = path.join(repo, 'tests/lib/time.test.ts');
    const resolve = (name: string) => ts.resolveModuleName(name, importer, parsed.options, ts.sys).resolvedModule;
    expect(resolve('onebusaway-sdk/time')?.resolvedFileName).toBe(path.join(repo, 'src/lib/time.ts'));
    expect(resolve('onebusaway-sdk/client')?.resolvedFileName).toBe(path.join(repo, 'src/client.ts'));
    // Vite takes the first alias that matches.
    const { default: vitest } = (await import(pathToFileURL(path.join(repo, 'vitest.config.mjs')).href)) as {
      default: { resolve: { alias: Array<{ find: RegExp; replacement: string }> } };
    };
    const alias = (name: string) => {
      const entry = vitest.resolve.alias.find((a) => a.find.test(name));
      return entry && name.replace(entry.find, entry.replacement);
    };
    expect(alias('onebusaway-sdk/time')).toBe(path.join(repo, 'src/lib/time.ts'));
    expect(alias('onebusaway-sdk/client')).toBe(path.join(repo, 'src/client'));
    expect(report.needsHand.map((n) => n.reason).join('\n')).not.toContain('onebusaway-sdk/time');
    // In the owners' shape, each target sdkgen's build of the module.
    expect((JSON.parse(read(repo, 'package.json')) as { exports: Record<string, unknown> }).exports['./time']).toEqual({
      types: './dist/lib/time.d.ts',
      import: './dist/lib/time.js',
      require: './dist/cjs/lib/time.js',
    });
  });

  it('type-checks under --strict with the custom code', () => {
    const check = typeCheckStrictOnly(repo, ['src', 'examples'], ownersCode());
    expect(check.output).toBe('');
    expect(check.status).toBe(0);
  });

  it('is an sdkgen SDK afterwards: check passes and names the edited files; a spec change keeps every edit', () => {
    commitAll(repo, 'move to sdkgen');
    const checked = sdkgen(repo, 'check');
    expect(checked.stdout).toContain('is up to date');
    expect(checked.stdout).toMatch(/carry custom edits.*README\.md/);
    expect(checked.code).toBe(0);

    const spec = read(repo, 'openapi.yml');
    const block = spec.slice(
      spec.indexOf('  /api/where/current-time.json:'),
      spec.indexOf('  /api/where/stops-for-location.json:'),
    );
    write(repo, 'openapi.yml', spec.replace(block, `${block}${block.replaceAll('current-time', 'server-time')}`));
    write(
      repo,
      'stainless.yml',
      read(repo, 'stainless.yml').replace(
        '  stops_for_location:',
        '  server_time:\n    methods:\n      retrieve: get /api/where/server-time.json\n\n  stops_for_location:',
      ),
    );
    expect(sdkgen(repo, 'check').code).toBe(1);
    const regenerated = sdkgen(repo, 'generate', 'openapi.yml', '-o', '.', '--config', 'stainless.yml');
    expect(regenerated.stderr).toBe('');
    expect(regenerated.code).toBe(0);
    expect(read(repo, 'src/client.ts')).toContain('serverTime');
    expect(read(repo, 'README.md')).toContain('Ask on the OneBusAway forum.');
    expect(read(repo, 'src/index.ts')).toMatch(/export \* from '\.\/lib\/time';\n$/);
    expect((JSON.parse(read(repo, 'package.json')) as { version: string }).version).toBe('1.20.0');
    for (const [file, text] of before) expect(read(repo, file)).toBe(text);
    expect(
      typeCheckStrictOnly(repo, ['src', 'examples'], [...ownersCode(), 'src/resources/server-time.ts']).output,
    ).toBe('');
  });

  it('refuses what it cannot move safely: no git, uncommitted changes, an sdkgen SDK', () => {
    // Outside this checkout, so that no git work tree holds it.
    const plain = mkdtempSync(path.join(tmpdir(), 'sdkgen-migrate-'));
    write(plain, '.stats.yml', 'configured_endpoints: 1\n');
    expect(sdkgen(plain, 'migrate').stderr).toMatch(/not a git work tree/);
    rmSync(plain, { recursive: true, force: true });

    const dirty = path.join(tempDir('migrate-dirty'), 'repo');
    mkdirSync(dirty, { recursive: true });
    stainlessRepository(dirty);
    write(dirty, 'README.md', 'changed\n');
    const refused = sdkgen(dirty, 'migrate', '--spec', path.join(PROJECT, 'openapi.yml'));
    expect(refused.stderr).toMatch(/uncommitted changes \(README\.md\)/);
    expect(refused.code).toBe(2);
    expect(read(dirty, 'README.md')).toBe('changed\n');
    expect(existsSync(path.join(dirty, 'src/core.ts'))).toBe(true);

    expect(sdkgen(repo, 'migrate').stderr).toMatch(/is an sdkgen SDK already/);

    // Stainless's Go SDK beside a TypeScript package of another generator's is not a Stainless TypeScript SDK.
    const other = committedRepository('migrate-go', {
      'go/go.mod': 'module example.com/sdk\n',
      'go/client.go': '// File generated from our OpenAPI spec by Stainless.\n\npackage sdk\n',
      'src/index.ts': 'export {};\n',
    });
    const notOurs = sdkgen(other, 'migrate', '--spec', path.join(PROJECT, 'openapi.yml'));
    expect(notOurs.stderr).toMatch(/does not look like a Stainless SDK repository/);
    expect(notOurs.code).toBe(2);
    expect(existsSync(path.join(other, 'go/client.go'))).toBe(true);

    // A Python package (its .stats.yml, its pyproject.toml, no package.json) without the client module Stainless
    // writes: not one migrate can move (a Stainless Python SDK moves: test/migrate-python.test.ts).
    const python = committedRepository('migrate-python', {
      '.stats.yml': 'configured_endpoints: 1\n',
      'pyproject.toml': '[project]\nname = "acme"\n',
      'src/acme/client.py': '# File generated from our OpenAPI spec by Stainless.\n',
    });
    const pythonSdk = sdkgen(python, 'migrate', '--spec', path.join(PROJECT, 'openapi.yml'));
    expect(pythonSdk.stderr).toMatch(
      /is a Stainless SDK, but not a TypeScript or Python one: .* has pyproject\.toml \(Python\), and no src\/<package>\/_client\.py/,
    );
    expect(pythonSdk.code).toBe(2);
    expect(readdirSync(python).sort()).toEqual(['.git', '.stats.yml', 'pyproject.toml', 'src']);
  });

  slowIt("says to pass --spec when the spec .stats.yml names (Stainless's storage) cannot be fetched", () => {
    const gone = path.join(tempDir('migrate-gone'), 'repo');
    mkdirSync(gone, { recursive: true });
    stainlessRepository(gone);
    write(gone, '.stats.yml', 'configured_endpoints: 1\nopenapi_spec_url: http://127.0.0.1:9/gone/openapi.yml\n');
    git(gone, 'commit', '-qam', 'stats');
    const run = sdkgen(gone, 'migrate', '--dry-run');
    expect(run.stderr).toMatch(
      // (after the notice that the base found has another .stats.yml)
      /^(?:sdkgen migrate: .*\n)*error: http:\/\/127\.0\.0\.1:9\/gone\/openapi\.yml: .*\(the spec \.stats\.yml names, in Stainless's storage\)\n {2}hint: pass --spec /,
    );
    expect(run.code).toBe(1);
  });
});

describe('sdkgen migrate: a complete move exits 0, and a fresh clone finds its inputs', () => {
  let repo: string;
  let run: ReturnType<typeof sdkgen>;
  // The owners' config repository, checked out beside the SDK's: gone where a fresh clone runs (in CI).
  let configRepo: string;
  const before = new Map<string, string>();

  beforeAll(() => {
    const dir = tempDir('migrate-complete');
    repo = path.join(dir, 'onebusaway-sdk');
    configRepo = path.join(dir, 'config-repo');
    mkdirSync(repo, { recursive: true });
    write(configRepo, 'openapi.yml', read(PROJECT, 'openapi.yml'));
    write(configRepo, 'stainless.yml', read(PROJECT, 'stainless.yml'));
    // Every patch of the owners' is one sdkgen carries; the spec and config are the config repository's, outside.
    // Stainless published each release with its workflow; the owners' own makes the releases (as knock's do).
    stainlessRepository(
      repo,
      { '.github/workflows/publish-npm.yml': PUBLISH_NPM, 'scripts/build': STAINLESS_BUILD },
      { runtimePatch: false },
    );
    git(repo, 'rm', '-q', 'yarn.lock');
    write(repo, '.github/workflows/release-please.yml', RELEASE_PLEASE);
    // A search-and-replace that renamed the SDK in a comment of Stainless's build script, which sdkgen replaces.
    write(repo, 'scripts/build', STAINLESS_BUILD.replace('= OnebusawaySDK to', '= Onebusaway SDK Node to'));
    commitAll(repo, 'npm only; release-please');
    for (const file of ['src/lib/time.ts', 'examples/time.ts', 'package-lock.json']) before.set(file, read(repo, file));
    run = sdkgen(
      repo,
      'migrate',
      '--spec',
      path.join(configRepo, 'openapi.yml'),
      '--config',
      path.join(configRepo, 'stainless.yml'),
    );
  });

  it('exits 0 with a short report: counts, the inputs copied, the lockfile brought up to date', () => {
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`  spec:     openapi.yml (copied from ${path.join(configRepo, 'openapi.yml')})\n`);
    expect(run.stdout).toContain(`  config:   stainless.yml (copied from ${path.join(configRepo, 'stainless.yml')})\n`);
    expect(run.stdout).toContain(
      '  lockfile: package-lock.json brought up to date (npm install --package-lock-only --ignore-scripts --no-audit --no-fund)\n',
    );
    expect(run.stdout).toMatch(
      / {2}files: {4}\d+ written by sdkgen, \d+ of Stainless's removed .*3 hand edit\(s\) carried over in 3 file\(s\)\n/,
    );
    expect(run.stdout).toContain(
      "  release:  .github/workflows/release-please.yml (yours) makes the releases; sdkgen's .github/workflows/release.yml publishes each one",
    );
    expect(run.stdout).toContain('The migration is complete.');
    expect(run.stdout).not.toContain('Needs a hand');
    // The per-file lists only with --verbose.
    expect(run.stdout).not.toContain('Written by sdkgen (');
    expect(run.stdout.split('\n').length).toBeLessThan(16);
    expect(run.code).toBe(0);
  });

  it("copies the spec and config in, the manifest names the copies, and the lockfile is npm's", () => {
    expect(read(repo, 'openapi.yml')).toBe(read(PROJECT, 'openapi.yml'));
    expect(read(repo, 'stainless.yml')).toBe(read(PROJECT, 'stainless.yml'));
    expect(JSON.parse(read(repo, '.sdkgen/manifest.json')).inputs).toEqual({
      spec: 'openapi.yml',
      config: 'stainless.yml',
    });
    expect(read(repo, 'package-lock.json')).toBe('resolved by npm\n');
    expect(read(repo, 'package-lock.json')).not.toBe(before.get('package-lock.json'));
    for (const file of ['src/lib/time.ts', 'examples/time.ts']) expect(read(repo, file)).toBe(before.get(file));
  });

  it("leaves the releases to the owners' workflow and publishes them once, as regenerating keeps it", () => {
    expect(read(repo, '.github/workflows/release-please.yml')).toBe(RELEASE_PLEASE);
    expect(existsSync(path.join(repo, '.github/workflows/publish-npm.yml'))).toBe(false);
    const release = read(repo, '.github/workflows/release.yml');
    expect(release).not.toContain('release-please-action');
    expect(release).toMatch(/^on:\n {2}release:\n {4}types: \[published\]\n/m);
    expect(release).toContain('npm publish --provenance');
    expect(read(repo, 'scripts/build')).not.toContain('OnebusawaySDK');
    const regenerated = sdkgen(repo, 'generate');
    expect(regenerated.code).toBe(0);
    expect(read(repo, '.github/workflows/release.yml')).toBe(release);
  });

  it('a fresh clone of the migrated repository passes sdkgen check, without the config repository', () => {
    commitAll(repo, 'move to sdkgen');
    rmSync(configRepo, { recursive: true, force: true });
    const clone = path.join(tempDir('migrate-complete-clone'), 'sdk');
    git(path.dirname(clone), 'clone', '-q', repo, clone);
    const checked = sdkgen(clone, 'check');
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toContain('is up to date');
    expect(checked.code).toBe(0);
  });

  slowIt('with --no-lockfile, leaves the lockfile and prints the command: still complete', () => {
    const other = path.join(tempDir('migrate-no-lockfile'), 'onebusaway-sdk');
    mkdirSync(other, { recursive: true });
    stainlessRepository(other, {}, { runtimePatch: false });
    git(other, 'rm', '-q', 'yarn.lock');
    git(other, 'commit', '-qm', 'npm only');
    const lock = read(other, 'package-lock.json');
    const left = sdkgen(
      other,
      'migrate',
      '--no-lockfile',
      '--spec',
      path.join(PROJECT, 'openapi.yml'),
      '--config',
      path.join(PROJECT, 'stainless.yml'),
    );
    expect(left.stdout).toContain(
      '  lockfile: package-lock.json left as it was (--no-lockfile): run `npm install --package-lock-only --ignore-scripts --no-audit --no-fund` and commit it\n',
    );
    expect(read(other, 'package-lock.json')).toBe(lock);
    expect(left.code).toBe(0);
  });
});

/** A file of stlc's custom-code records, named as stlc names them. */
const CUSTOM_CODE = 'custom-code/typescript/1780592816577-custom-code.json';

/** stlc's workspace, as tambo-ai/tambo keeps it: the spec and config beside workspace.json, and a custom-code record. */
function writeStlcWorkspace(dir: string, outputPath: string, base: string, integrated: string): void {
  write(
    dir,
    'workspace.json',
    `${JSON.stringify({ openapi_spec: 'openapi.yml', stainless_config: 'openapi.stainless.yml', output_path: outputPath }, null, 2)}\n`,
  );
  write(dir, 'openapi.yml', read(PROJECT, 'openapi.yml'));
  write(dir, 'openapi.stainless.yml', read(PROJECT, 'stainless.yml'));
  write(dir, '.gitignore', 'builds/\n');
  write(
    dir,
    CUSTOM_CODE,
    `${JSON.stringify({ base, integrated, branch: 'main', filename: path.basename(CUSTOM_CODE) }, null, 2)}\n`,
  );
}

describe("sdkgen migrate: Stainless's local CLI (stlc) layout, the SDK at output_path in a monorepo", () => {
  let root: string;
  let sdk: string;
  let base: string;
  let run: ReturnType<typeof sdkgen>;
  let report: MigrateResult;
  const workspaceFiles = new Map<string, string>();

  beforeAll(() => {
    root = path.join(tempDir('migrate-stlc'), 'monorepo');
    sdk = path.join(root, 'packages/typescript');
    mkdirSync(sdk, { recursive: true });
    git(root, 'init', '-q', '-b', 'main');
    write(root, 'apps/api/README.md', '# The API\n');
    // An npm workspace: its lockfile at the root pins the packages' dependencies.
    write(root, 'package.json', '{ "private": true, "workspaces": ["apps/*", "packages/*"] }\n');
    write(root, 'package-lock.json', '{ "lockfileVersion": 3 }\n');
    // stlc's generation, committed by the team's own automation (no Stainless bot, no generated branch).
    writeGeneration(sdk);
    git(root, 'add', '-A');
    git(
      root,
      'commit',
      '-qm',
      'fix: regenerate SDK from deployed API',
      '--author',
      'acme-automations[bot] <b@acme.dev>',
    );
    base = git(root, 'rev-parse', 'HEAD').trim();
    writeOwnersEdits(sdk, { runtimePatch: false });
    // The workspace's lockfile pins its dependencies: the package has none of its own.
    for (const lockfile of ['package-lock.json', 'yarn.lock']) rmSync(path.join(sdk, lockfile));
    const integrated = commitAll(root, 'custom code');
    writeStlcWorkspace(path.join(root, 'stainless'), '../packages', base, integrated);
    write(root, 'apps/api/README.md', '# The API\n\nDeployed from main.\n');
    commitAll(root, 'feat(ci): migrate SDK generation to stlc');
    for (const file of git(root, 'ls-files', 'stainless').split('\n').filter(Boolean))
      workspaceFiles.set(file, read(root, file));
    run = sdkgen(root, 'migrate', '--format', 'json');
    report = JSON.parse(run.stdout) as MigrateResult;
  });

  it("finds the SDK at output_path, and its edits measured against the custom-code record's base", () => {
    expect(run.stderr).toBe('sdkgen migrate: stainless/workspace.json: the SDK is at packages/typescript\n');
    expect(report.repo).toBe(sdk);
    expect(report.base).toEqual({ ref: `stainless/${CUSTOM_CODE} (base)`, commit: base });
    expect(report.reapplied.map((r) => r.path).sort()).toEqual(['README.md', 'src/client.ts', 'src/index.ts']);
    expect(read(sdk, 'README.md')).toMatch(/## Support\n\nAsk on the OneBusAway forum\.\n$/);
    // The workspace's lockfile, brought up to date where it is.
    expect(report.lockfileUpdates).toEqual([
      {
        lockfile: '../../package-lock.json',
        command: 'npm install --package-lock-only --ignore-scripts --no-audit --no-fund',
        status: 'updated',
      },
    ]);
    expect(readFileSync(packageManagerCalls, 'utf8')).toContain(`${root}: npm install --package-lock-only`);
    expect(report.stlc).toEqual({
      workspace: path.join(root, 'stainless'),
      customCode: path.join(root, 'stainless', CUSTOM_CODE),
    });
    expect(run.code).toBe(0);
  });

  it('reads the spec and config where workspace.json names them, and leaves the stainless/ folder as it is', () => {
    expect(report.spec).toBe(path.join(root, 'stainless/openapi.yml'));
    expect(report.config).toBe(path.join(root, 'stainless/openapi.stainless.yml'));
    expect(report.copiedInputs).toEqual([]);
    expect(JSON.parse(read(sdk, '.sdkgen/manifest.json')).inputs).toEqual({
      spec: '../../stainless/openapi.yml',
      config: '../../stainless/openapi.stainless.yml',
    });
    for (const [file, text] of workspaceFiles) expect(read(root, file)).toBe(text);
    expect(git(root, 'status', '--porcelain', '--', 'stainless', 'apps', 'package.json')).toBe('');
  });

  it('a fresh clone of the monorepo passes sdkgen check in the SDK folder', () => {
    commitAll(root, 'move the SDK to sdkgen');
    const clone = path.join(tempDir('migrate-stlc-clone'), 'monorepo');
    git(path.dirname(clone), 'clone', '-q', root, clone);
    const checked = sdkgen(path.join(clone, 'packages/typescript'), 'check');
    expect(checked.stdout).toContain('is up to date');
    expect(checked.code).toBe(0);
  });

  slowIt(
    "reads a workspace kept in another repository (--workspace): the base is a commit of the SDK's repository",
    () => {
      const dir = tempDir('migrate-stlc-apart');
      const own = path.join(dir, 'typescript-sdk');
      mkdirSync(own, { recursive: true });
      git(own, 'init', '-q', '-b', 'main');
      writeGeneration(own);
      const sdkBase = commitAll(own, 'fix: regenerate SDK from deployed API');
      writeOwnersEdits(own, { runtimePatch: false });
      commitAll(own, 'custom code');
      const workspace = path.join(dir, 'config-repo/stainless');
      writeStlcWorkspace(workspace, './sdks', sdkBase, git(own, 'rev-parse', 'HEAD').trim());
      const dry = sdkgen(own, 'migrate', '--workspace', workspace, '--dry-run', '--format', 'json');
      const planned = JSON.parse(dry.stdout) as MigrateResult;
      expect(planned.base).toEqual({ ref: `${path.join(workspace, CUSTOM_CODE)} (base)`, commit: sdkBase });
      // Outside the SDK's repository: copied into it.
      expect(planned.copiedInputs).toEqual([
        { from: path.join(workspace, 'openapi.yml'), to: 'openapi.yml' },
        { from: path.join(workspace, 'openapi.stainless.yml'), to: 'openapi.stainless.yml' },
      ]);
      expect(planned.spec).toBe(path.join(own, 'openapi.yml'));
      expect(planned.needsHand).toEqual([]);
      // A dry run runs no package manager: it says which would run.
      expect(planned.lockfileUpdates.map((u) => `${u.lockfile} ${u.status}`)).toEqual([
        'package-lock.json dry-run',
        'yarn.lock dry-run',
      ]);
      expect(readFileSync(packageManagerCalls, 'utf8')).not.toContain(`${own}:`);
      // A clone without the record's base commit (custom code not fetched): the owners' edits could not be told from
      // stlc's code, so nothing is moved.
      write(workspace, CUSTOM_CODE.replace('1780592816577', '1790000000000'), JSON.stringify({ base: 'e'.repeat(40) }));
      const unsealed = sdkgen(own, 'migrate', '--workspace', workspace, '--dry-run');
      expect(unsealed.stderr).toContain(
        `commit ${'e'.repeat(40)} is not in this clone (stlc keeps the custom code as commits of the SDK's repository: ` +
          "git fetch origin 'refs/stainless/*:refs/stainless/*', or pass --base)",
      );
      expect(unsealed.code).toBe(2);
      // Run where the workspace is, whose output_path holds no SDK (stlc's clone, ignored): the error says where to run.
      git(path.dirname(workspace), 'init', '-q');
      const there = sdkgen(path.dirname(workspace), 'migrate', '--dry-run');
      expect(there.stderr).toContain(`run sdkgen migrate in the SDK's repository with --workspace ${workspace}`);
      expect(there.code).toBe(2);
    },
  );
});

/** Stainless's declaration of its shared model `References` (from the spec's `Reference`), as the SDK has it. */
function sharedModule(): Record<string, string> {
  const spec = yaml.load(read(PROJECT, 'openapi.yml')) as {
    components: { schemas: Record<string, { properties: Record<string, unknown> }> };
  };
  const fields = Object.keys(spec.components.schemas.Reference.properties).map((key) => `  ${key}: unknown;\n`);
  return { 'src/resources/shared.ts': `${HEADER}export interface References {\n${fields.join('\n')}}\n` };
}

describe('sdkgen migrate without a Stainless config: the one the repository records is written', () => {
  let repo: string;
  let report: MigrateResult;
  let run: ReturnType<typeof sdkgen>;

  beforeAll(() => {
    repo = path.join(tempDir('migrate-derived'), 'onebusaway-sdk');
    mkdirSync(repo, { recursive: true });
    stainlessRepository(repo, sharedModule());
    // The spec, and no stainless.yml: it lived in Stainless's dashboard.
    write(repo, 'openapi.yml', read(PROJECT, 'openapi.yml'));
    commitAll(repo, 'spec');
    run = sdkgen(repo, 'migrate', '--format', 'json');
    report = JSON.parse(run.stdout) as MigrateResult;
  });

  it("writes stainless.yml from api.md: the same SDK surface as from the project's own config", () => {
    // Exit code 1: the owners' patches need a hand, as with the config (see above).
    expect(run.stderr).toContain('writing stainless.yml from api.md and the page classes (29 resources');
    expect(report.needsHand.map((n) => n.path)).not.toContain('api.md');
    expect(report.derivedConfig).toEqual({
      path: 'stainless.yml',
      counts: { resources: 29, methods: 30, models: 2, schemes: 0 },
      notes: [],
      text: read(repo, 'stainless.yml'),
      // Every type api.md lists got a model.
      unmodelled: [],
    });
    expect(report.config).toBe(path.join(repo, 'stainless.yml'));
    expect(report.surface?.methods.sdkgen).toBe(report.surface?.methods.stainless);
    expect(report.surface?.breaking).toEqual([]);
    // The older generator's SDK (src/core.ts): its `targets.node`, whose names the config's keys give back.
    const written = read(repo, 'stainless.yml');
    expect(written).toMatch(/^targets:\n {2}node:\n {4}package_name: onebusaway-sdk$/m);
    // The repository package.json names, where Stainless's production_repo named it (the README links its issues).
    expect(written).toMatch(/^ {4}production_repo: OneBusAway\/js-sdk$/m);
    expect(read(repo, 'README.md')).toContain('(https://github.com/OneBusAway/js-sdk/issues)');
    expect(written).toMatch(
      /^ {2}stop_ids_for_agency:\n {4}methods:\n {6}list: get \/api\/where\/stop-ids-for-agency/m,
    );
  });

  it('regenerates from it afterwards: the manifest names it, and check passes', () => {
    expect(JSON.parse(read(repo, '.sdkgen/manifest.json')).inputs).toEqual({
      spec: 'openapi.yml',
      config: 'stainless.yml',
    });
    commitAll(repo, 'move to sdkgen');
    const checked = sdkgen(repo, 'check');
    expect(checked.stdout).toContain('is up to date');
    expect(checked.code).toBe(0);
  });

  slowIt('keeps, with a warning, a method whose path variable the spec does not declare, as Stainless made it', () => {
    const broken = path.join(tempDir('migrate-derived-broken'), 'onebusaway-sdk');
    mkdirSync(broken, { recursive: true });
    stainlessRepository(broken, sharedModule());
    // The agency's path parameter is declared nowhere: Stainless's generator takes it as a string argument
    // (a1ndreay/bookingcom-typescript-sdk's favourite.add(hotelID: string)), and so does the written config's SDK.
    const spec = read(PROJECT, 'openapi.yml');
    const start = spec.indexOf('  /api/where/agency/{agencyID}.json:');
    const block = spec.slice(start, spec.indexOf('      responses:', start));
    write(broken, 'openapi.yml', spec.replace(block, block.replace(/ {6}parameters:[\s\S]*$/, '')));
    commitAll(broken, 'spec');
    const result = sdkgen(broken, 'migrate', '--dry-run', '--format', 'json');
    const dry = JSON.parse(result.stdout) as MigrateResult;
    expect(dry.derivedConfig?.notes).toEqual([]);
    expect(dry.diagnostics.map((d) => `${d.code}: ${d.message}`)).toContainEqual(
      expect.stringMatching(
        /^undeclared-path-parameter: path \/api\/where\/agency\/\{agencyID\}\.json uses \{agencyID\}/,
      ),
    );
    expect(dry.surface?.breaking).toEqual([]);
  });

  slowIt('generates from the spec alone where api.md lists no method it can read', () => {
    const other = path.join(tempDir('migrate-derived-none'), 'onebusaway-sdk');
    mkdirSync(other, { recursive: true });
    stainlessRepository(other);
    // Stainless's own api.md, a later generation's, lists none (the owners' edits to api.md are not read for a config).
    write(other, 'api.md', '# Onebusaway SDK\n\nSee the reference.\n');
    commitGeneration(other, 'Stainless: generate');
    write(other, 'openapi.yml', read(PROJECT, 'openapi.yml'));
    commitAll(other, 'spec');
    const result = sdkgen(other, 'migrate', '--dry-run');
    expect(result.stderr).toContain('no Stainless config given or found: generating from the spec alone');
    expect(result.stderr).not.toContain('stainless.yml from api.md');
  });

  slowIt('with --dry-run, writes nothing, and says so', () => {
    const dry = path.join(tempDir('migrate-derived-dry'), 'onebusaway-sdk');
    mkdirSync(dry, { recursive: true });
    stainlessRepository(dry);
    write(dry, 'openapi.yml', read(PROJECT, 'openapi.yml'));
    commitAll(dry, 'spec');
    const result = sdkgen(dry, 'migrate', '--dry-run');
    expect(result.stderr).toContain('would write stainless.yml from api.md and the page classes (29 resources');
    expect(existsSync(path.join(dry, 'stainless.yml'))).toBe(false);
    expect(git(dry, 'status', '--porcelain')).toBe('');
  });
});

describe.skipIf(!SLOW_FULL)('sdkgen migrate with a config older than the repository: --from-repo', () => {
  let repo: string;

  beforeAll(() => {
    repo = path.join(tempDir('migrate-from-repo'), 'onebusaway-sdk');
    mkdirSync(repo, { recursive: true });
    stainlessRepository(repo, sharedModule());
    write(repo, 'openapi.yml', read(PROJECT, 'openapi.yml'));
    // The config as it was before `current_time` was added: the SDK it gives lacks a method api.md lists.
    const config = read(PROJECT, 'stainless.yml').replace(
      '  current_time:\n    methods:\n      retrieve: get /api/where/current-time.json\n\n',
      '',
    );
    write(repo, '.stainless/stainless.yml', config);
    commitAll(repo, 'spec and an old config');
  });

  slowIt('says when a config written from the repository gives fewer changes users would notice', () => {
    const report = JSON.parse(sdkgen(repo, 'migrate', '--dry-run', '--format', 'json').stdout) as MigrateResult;
    expect(report.derivedConfig).toBeNull();
    expect(report.surface?.breaking.map((c) => `${c.kind} ${c.chain ?? c.type}`)).toContain(
      'method-removed client.currentTime.retrieve',
    );
    expect(report.needsHand.map((n) => n.path)).not.toContain('api.md');
    expect(report.apiChanges.find((n) => n.path === 'api.md')?.reason).toMatch(
      /A config written from what the repository records \(api\.md, page classes, client\) gives 0: `sdkgen migrate --from-repo` writes and uses it$/,
    );
  });

  it('--from-repo writes stainless.yml over the config found and uses it; never over a stainless.yml', () => {
    const run = sdkgen(repo, 'migrate', '--from-repo', '--format', 'json');
    const report = JSON.parse(run.stdout) as MigrateResult;
    expect(run.stderr).toContain('--from-repo (over .stainless/stainless.yml): writing stainless.yml from api.md');
    expect(report.config).toBe(path.join(repo, 'stainless.yml'));
    expect(report.surface?.breaking).toEqual([]);
    expect(JSON.parse(read(repo, '.sdkgen/manifest.json')).inputs.config).toBe('stainless.yml');
    // A stainless.yml of the repository's own is never overwritten.
    const other = path.join(tempDir('migrate-from-repo-refused'), 'onebusaway-sdk');
    mkdirSync(other, { recursive: true });
    stainlessRepository(other);
    write(other, 'openapi.yml', read(PROJECT, 'openapi.yml'));
    write(other, 'stainless.yml', read(PROJECT, 'stainless.yml'));
    commitAll(other, 'spec and config');
    const refused = sdkgen(other, 'migrate', '--from-repo');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--from-repo writes stainless.yml, which the repository has: move it');
    expect(git(other, 'status', '--porcelain')).toBe('');
  });
});

describe("Stainless's generations committed to main after the base", () => {
  it("are its bot's commits and those with a Stainless-Generated-From trailer; others are hand edits", () => {
    const repo = path.join(tempDir('migrate-generations'), 'repo');
    mkdirSync(repo, { recursive: true });
    const commit = (author: string, message: string) =>
      git(repo, 'commit', '-qam', message, `--author=${author} <bot@example.com>`);
    write(repo, 'src/a.ts', 'export const a = 1;\n');
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    commit('stainless-app[bot]', 'codegen');
    const base = git(repo, 'rev-parse', 'HEAD').trim();
    write(repo, 'src/a.ts', 'export const a = 1;\nexport const b = 2;\n');
    commit('our-bot', 'feat: update api spec\n\nStainless-Generated-From: 0123abc');
    write(repo, 'src/a.ts', 'export const a = 1;\nexport const b = 2;\nexport const mine = 3;\n');
    commit('A Person', 'add mine');
    write(repo, 'src/a.ts', 'export const a = 10;\nexport const b = 2;\nexport const mine = 3;\n');
    commit('stainless-app[bot]', 'feat(api): update');
    // The bot's squash merge of a release pull request a person committed to: their edits, not a generation.
    write(
      repo,
      'src/a.ts',
      'export const a = 10;\nexport const b = 2;\nexport const mine = 3;\nexport * from "./lib";\n',
    );
    commit(
      'stainless-app[bot]',
      'release: 1.11.1 (#110)\n\n* fix: export from package root\n\n---------\n\n' +
        'Co-authored-by: stainless-app[bot] <142633134+stainless-app[bot]@users.noreply.github.com>\n' +
        'Co-authored-by: A Person <a@example.com>',
    );
    const changes = generationsSince(repo, base);
    expect([...changes.keys()]).toEqual(['src/a.ts']);
    expect([...changes.get('src/a.ts')!.added].sort()).toEqual(['export const a = 10;', 'export const b = 2;']);
    expect([...changes.get('src/a.ts')!.removed]).toEqual(['export const a = 1;']);
  });

  it('count a co-author only when it is a person', () => {
    const bot = 'Co-authored-by: stainless-app[bot] <142633134+stainless-app[bot]@users.noreply.github.com>';
    expect(coAuthoredByAPerson(`release: 1.0.0\n\n${bot}`)).toBe(false);
    expect(coAuthoredByAPerson('feat(api): update\n\nco-authored-by: stlc-bot <bot@example.com>')).toBe(false);
    expect(coAuthoredByAPerson(`release: 1.0.0\n\n${bot}\nCo-authored-by: Kyle <k@example.com>`)).toBe(true);
    // Not a trailer: the words inside a line.
    expect(coAuthoredByAPerson('docs: explain Co-authored-by: trailers')).toBe(false);
  });
});
