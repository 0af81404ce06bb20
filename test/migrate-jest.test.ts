/**
 * `sdkgen migrate` on a Stainless repository whose owners wrote tests for Jest (a `done` callback, `jest.fn()`),
 * edited Stainless's jest.config.ts (a folder of tests Jest skips) and eslint.config.mjs (a rule of theirs), and
 * asked for a newer Vitest than sdkgen's: in a real git repository, as in migrate.test.ts. After the move, their
 * files are theirs byte for byte, their config edits in effect, and `npm run lint` type-checks everything and runs
 * ESLint with their rule. That `./scripts/test` runs their Jest tests and sdkgen's (Stainless's client tests too)
 * against the mock server, passing, and failing with a failing `done` test of theirs, is checked once, by
 * migrate-real-repository.test.ts, on the same owners' test and the same generated Jest config.
 *
 * Offline where it can be: the repository's node_modules links this checkout's packages (TypeScript, ESLint, Prism,
 * Vitest) and Jest's, which are installed once into test/.tmp/jest-runner (test/helpers/jest-runner.ts).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { git, sdkgen } from './helpers/git-repo';
import { commitAll, commitGenerationThenMain, runInRepository as run } from './helpers/git-history';
import { JEST_PACKAGES, jestPackages, linkNodeModules } from './helpers/jest-runner';
import { ROOT } from './helpers/paths';
import { runTsc, tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import {
  OWNERS_FILES,
  PROJECT,
  read,
  STAINLESS_ESLINT,
  STAINLESS_JEST,
  write,
  writeGenerationStubs,
} from './helpers/stainless-repository';

const STAINLESS_PACKAGE = {
  name: 'onebusaway-sdk',
  version: '1.19.0',
  description: 'The official TypeScript library for the Onebusaway SDK API',
  repository: 'github:OneBusAway/js-sdk',
  scripts: { test: './scripts/test', build: './scripts/build', lint: './scripts/lint' },
  dependencies: {},
  devDependencies: {
    ...JEST_PACKAGES,
    '@types/node': '^20.17.6',
    eslint: '^9.39.1',
    prettier: '^3.0.0',
    typescript: '5.8.3',
    'typescript-eslint': '^8.31.1',
  },
};

/** The owners' tests, written for Jest: callbacks, a mock function, a request to the mock server. */
const OWNERS_TEST = OWNERS_FILES['tests/lib/callbacks.test.ts'];

/** The repository as Stainless generated it, then as its owners made it. */
function stainlessRepository(repo: string): void {
  git(repo, 'init', '-q', '-b', 'generated');
  writeGenerationStubs(repo);
  write(repo, 'README.md', '# Onebusaway SDK TypeScript API Library\n');
  write(repo, 'package.json', `${JSON.stringify(STAINLESS_PACKAGE, null, 2)}\n`);
  write(repo, 'jest.config.ts', STAINLESS_JEST);
  write(repo, 'eslint.config.mjs', STAINLESS_ESLINT);
  write(repo, 'scripts/test', '#!/usr/bin/env bash\n./node_modules/.bin/jest "$@"\n');
  commitGenerationThenMain(repo, 'Stainless: generate');
  write(repo, 'tests/lib/callbacks.test.ts', OWNERS_TEST);
  // Tests they run by hand, against the real API: Jest skips them, by their pattern.
  write(repo, 'tests/live/server.test.ts', "it('needs the real API', () => {\n  throw new Error('not here');\n});\n");
  write(repo, 'jest.config.ts', STAINLESS_JEST.replace("['scripts']", "['scripts', '<rootDir>/tests/live/']"));
  write(repo, 'eslint.config.mjs', STAINLESS_ESLINT.replace("'off',\n", "'off',\n      'no-debugger': 'error',\n"));
  const pkg = { ...STAINLESS_PACKAGE, version: '1.20.0' };
  write(
    repo,
    'package.json',
    `${JSON.stringify({ ...pkg, devDependencies: { ...pkg.devDependencies, vitest: '^4.1.0' } }, null, 2)}\n`,
  );
  write(repo, 'openapi.yml', read(PROJECT, 'openapi.yml'));
  write(repo, 'stainless.yml', read(PROJECT, 'stainless.yml'));
  commitAll(repo, 'our tests, config and spec');
}

describe("sdkgen migrate: the owners' Jest tests and configs", () => {
  let repo: string;
  let report: MigrateResult;
  const before = new Map<string, string>();
  const theirs = ['tests/lib/callbacks.test.ts', 'tests/live/server.test.ts', 'eslint.config.mjs'];

  beforeAll(() => {
    repo = path.join(tempDir('migrate-jest'), 'onebusaway-sdk');
    mkdirSync(repo, { recursive: true });
    stainlessRepository(repo);
    for (const file of [...theirs, 'jest.config.ts']) before.set(file, read(repo, file));
    const run = sdkgen(repo, 'migrate', '--format', 'json');
    expect(run.stderr).toBe('');
    report = JSON.parse(run.stdout) as MigrateResult;
  });

  it('keeps their tests and their ESLint config byte for byte, and their Jest config with their edit', () => {
    for (const file of theirs) expect(read(repo, file)).toBe(before.get(file));
    expect(report.keptConfigs.sort()).toEqual(['eslint.config.mjs', 'jest.config.ts']);
    expect(report.removed).not.toContain('jest.config.ts');
    // Every line of theirs is there, as they wrote it; sdkgen's lines are added on lines of their own.
    const config = read(repo, 'jest.config.ts');
    const added = config.split('\n').filter((line) => !before.get('jest.config.ts')!.split('\n').includes(line));
    expect(added).toEqual([
      "  globalSetup: '<rootDir>/scripts/mock-server.mjs',",
      "    '^(\\\\.{1,2}/.*)\\\\.js$': '$1',",
      // (A `targets.node` SDK's endpoint tests import `Response` from node-fetch: tests/node-fetch.ts.)
      "    '^node-fetch$': '<rootDir>/tests/node-fetch.ts',",
      "    '<rootDir>/.sdkgen/',",
    ]);
    expect(config).toContain("testPathIgnorePatterns: ['scripts', '<rootDir>/tests/live/'],");
    expect(report.testRunner).toMatchObject({ runner: 'jest', config: 'jest.config.ts' });
  });

  it('keeps their newer Vitest, and the packages Jest and their ESLint config need', () => {
    const pkg = JSON.parse(read(repo, 'package.json')) as Record<string, Record<string, string>>;
    expect(pkg.devDependencies.vitest).toBe('^4.1.0');
    for (const [name, version] of Object.entries(JEST_PACKAGES)) expect(pkg.devDependencies[name]).toBe(version);
    expect(pkg.devDependencies['typescript-eslint']).toBe('^8.31.1');
    expect(pkg.scripts.test).toBe('jest');
    expect(pkg.scripts.lint).toBe('tsc -p tsconfig.json --noEmit && eslint .');
  });

  // Jest's packages installed, tsc and ESLint (typescript-eslint loaded) cost most of this file's time: with
  // SDKGEN_SLOW_TESTS=full (`npm run test:slow`, CI's) only; migrate-real-repository.test.ts type-checks such a
  // repository whole, and its Jest run, in CI's end-to-end step.
  it.runIf(SLOW_FULL)(
    'type-checks their tests with the SDK, and lints with their rule',
    async () => {
      linkNodeModules(repo, [path.join(ROOT, 'node_modules'), jestPackages()]);
      // `npm run lint` is `tsc -p tsconfig.json --noEmit && eslint .` (asserted above): its two halves, the tsc in
      // this process's type-checking thread (lib files parsed once per process, not once per tsc), and one ESLint run
      // with a file breaking their rule added, in which that one problem is the only one.
      const own = ['tests/lib/callbacks.test.ts', 'tests/live/server.test.ts'];
      for (const file of own) expect(existsSync(path.join(repo, file)), file).toBe(true);
      const tsc = runTsc(path.join(repo, 'tsconfig.json'), { noEmit: true });
      expect(tsc.output).toBe('');
      expect(tsc.status).toBe(0);
      write(repo, 'src/lib/debugging.ts', 'export function pause() {\n  debugger;\n}\n');
      const lint = await run(['./node_modules/.bin/eslint', '.'], repo);
      expect(lint.output).toMatch(
        /src\/lib\/debugging\.ts\n\s+2:3\s+error\s+Unexpected 'debugger' statement\s+no-debugger\n/,
      );
      expect(lint.output).toMatch(/\b1 problem \(1 error, 0 warnings\)/);
      expect(lint.code).not.toBe(0);
      rmSync(path.join(repo, 'src/lib/debugging.ts'));
    },
    // A bound for a hang, not a speed check: tsc and ESLint over the whole repository took 316 s on a loaded
    // 2-core machine.
    600_000,
  );

  it('is an sdkgen SDK afterwards: check passes, and a regeneration keeps the Jest config and scripts', () => {
    const configured = read(repo, 'jest.config.ts');
    commitAll(repo, 'move to sdkgen');
    const checked = sdkgen(repo, 'check');
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    const regenerated = sdkgen(repo, 'generate', 'openapi.yml', '-o', '.', '--config', 'stainless.yml');
    expect(regenerated.code, regenerated.stderr).toBe(0);
    expect(read(repo, 'jest.config.ts')).toBe(configured);
    for (const file of theirs) expect(read(repo, file)).toBe(before.get(file));
    const pkg = JSON.parse(read(repo, 'package.json')) as Record<string, Record<string, string>>;
    expect(pkg.scripts.test).toBe('jest');
    expect(pkg.devDependencies.jest).toBe(JEST_PACKAGES.jest);
  });
});
