/**
 * `sdkgen migrate` on a Stainless repository whose owners run their own tests on Vitest, with a vitest.config.mjs of
 * theirs (their include pattern and exclude list, a setup file, a module alias, an environment) at the path sdkgen
 * writes its own config to: in a real git repository, as in migrate-jest.test.ts. After the move the config is theirs
 * byte for byte and in effect; sdkgen's config for its generated tests is vitest.sdkgen.config.mjs; `npm test` runs
 * their tests with theirs and sdkgen's with sdkgen's (once each) and passes, and a failing test of theirs fails it;
 * `sdkgen check` passes, and a regeneration leaves their config alone. `npm test` itself (sdkgen's generated tests
 * against the mock server among it), passing, then failing with a failing test of theirs, is SDKGEN_SLOW_TESTS=full's
 * (`npm run test:slow`, CI's): without it, the script's first run (theirs) runs, and its second one's files are
 * listed.
 *
 * Offline: the repository's node_modules is this checkout's (Vitest, Prism, TypeScript).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-jest.test.ts samples the owners' test runner kept by migrate (docs/contributing.md, "What `npm
// test` samples").
import { appendFileSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { git, sdkgen } from './helpers/git-repo';
import { commitAll, commitGenerationThenMain, runInRepository } from './helpers/git-history';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { PROJECT, read, write, writeGenerationStubs } from './helpers/stainless-repository';

const STAINLESS_PACKAGE = {
  name: 'onebusaway-sdk',
  version: '1.19.0',
  repository: 'github:OneBusAway/js-sdk',
  scripts: { test: './scripts/test', build: './scripts/build', lint: './scripts/lint' },
  dependencies: {},
  devDependencies: { '@types/jest': '^29.4.0', jest: '^29.4.0', typescript: '5.8.3' },
};

/** The owners' Vitest config: what it sets is in effect only if Vitest runs their tests with it. */
const OWNERS_CONFIG = `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Ours: specs beside the code, the live ones by hand.
export default defineConfig({
  resolve: {
    alias: { '@fixtures': fileURLToPath(new URL('./tests/fixtures/index.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/lib/**/*.spec.ts'],
    exclude: ['tests/lib/live/**'],
    setupFiles: ['./tests/setup.ts'],
    environment: 'node',
  },
});
`;

/** Their test: the alias and the setup file must be in effect, and it builds a client from the package's source. */
const OWNERS_SPEC = `import { describe, expect, it } from 'vitest';
import OnebusawaySDK from '../../src/index';
import { greeting } from '@fixtures';

describe('their setup', () => {
  it('has what the setup file and the alias give', () => {
    expect((globalThis as { configuredBy?: string }).configuredBy).toBe('tests/setup.ts');
    expect(greeting).toBe('hello');
  });

  it('builds a client', () => {
    expect(new OnebusawaySDK({ apiKey: 'key' }).apiKey).toBe('key');
  });
});
`;

/** The repository as Stainless generated it (Jest), then as its owners made it (their tests on Vitest). */
function stainlessRepository(repo: string): void {
  git(repo, 'init', '-q', '-b', 'generated');
  writeGenerationStubs(repo);
  write(repo, 'README.md', '# Onebusaway SDK TypeScript API Library\n');
  write(repo, 'package.json', `${JSON.stringify(STAINLESS_PACKAGE, null, 2)}\n`);
  write(repo, 'jest.config.ts', "export default { testEnvironment: 'node' };\n");
  write(repo, 'scripts/test', '#!/usr/bin/env bash\n./node_modules/.bin/jest "$@"\n');
  commitGenerationThenMain(repo, 'Stainless: generate');
  write(repo, 'vitest.config.mjs', OWNERS_CONFIG);
  write(repo, 'tests/setup.ts', "(globalThis as { configuredBy?: string }).configuredBy = 'tests/setup.ts';\n");
  write(repo, 'tests/fixtures/index.ts', "export const greeting = 'hello';\n");
  write(repo, 'tests/lib/client.spec.ts', OWNERS_SPEC);
  // Outside their include pattern, and in their exclude list: Vitest runs neither with their config.
  const never = "import { it } from 'vitest';\n\nit('is never run', () => {\n  throw new Error('ran');\n});\n";
  write(repo, 'tests/lib/not-a-spec.test.ts', never);
  write(repo, 'tests/lib/live/server.spec.ts', never);
  const pkg = { ...STAINLESS_PACKAGE, version: '1.20.0' };
  write(
    repo,
    'package.json',
    `${JSON.stringify({ ...pkg, devDependencies: { ...pkg.devDependencies, vitest: '^4.0.16' } }, null, 2)}\n`,
  );
  write(repo, 'openapi.yml', read(PROJECT, 'openapi.yml'));
  write(repo, 'stainless.yml', read(PROJECT, 'stainless.yml'));
  commitAll(repo, 'our Vitest tests, config and spec');
}

/** `command` run as `npm run` would run it in the repository (test/helpers/git-history.ts). */
const run = (command: string[], cwd: string) => runInRepository(command, cwd, { asNpmRun: true });

describe.runIf(SLOW_FULL)("sdkgen migrate: the owners' Vitest config and tests", () => {
  let repo: string;
  let report: MigrateResult;
  const theirs = ['vitest.config.mjs', 'tests/setup.ts', 'tests/fixtures/index.ts', 'tests/lib/client.spec.ts'];
  const before = new Map<string, string>();

  beforeAll(() => {
    repo = path.join(tempDir('migrate-vitest'), 'onebusaway-sdk');
    mkdirSync(repo, { recursive: true });
    stainlessRepository(repo);
    for (const file of theirs) before.set(file, read(repo, file));
    const migrated = sdkgen(repo, 'migrate', '--format', 'json');
    expect(migrated.stderr).toBe('');
    report = JSON.parse(migrated.stdout) as MigrateResult;
  });

  it("keeps their config byte for byte and writes sdkgen's beside it; npm test runs both", () => {
    for (const file of theirs) expect(read(repo, file)).toBe(before.get(file));
    expect(report.keptVitestConfig).toBe('vitest.config.mjs');
    expect(report.needsHand.filter((n) => n.path.startsWith('vitest'))).toEqual([]);
    const ours = read(repo, 'vitest.sdkgen.config.mjs');
    // (With sdkgen's tests of its runtime, which its config runs too.)
    expect(ours).toContain(
      "include: ['tests/api-resources/**/*.test.ts', 'tests/{index,client,path,stringifyQuery,buildHeaders,uploads,form,responses,streaming}.test.ts']",
    );
    expect(ours).not.toContain('projects');
    const pkg = JSON.parse(read(repo, 'package.json')) as Record<string, Record<string, string>>;
    expect(pkg.scripts.test).toBe(
      "vitest run --exclude 'tests/api-resources/**' --exclude 'tests/{index,client,path,stringifyQuery,buildHeaders,uploads,form,responses,streaming}.test.ts' --exclude '.sdkgen/**' && vitest run -c vitest.sdkgen.config.mjs",
    );
    expect(pkg.devDependencies.vitest).toBe('^4.0.16');
  });

  it("runs their tests with their config and sdkgen's with sdkgen's, once each; a failing test of theirs fails it (with SDKGEN_SLOW_TESTS=full)", async () => {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(repo, 'node_modules'));
    // (a link, which the .gitignore's `node_modules/` does not match)
    appendFileSync(path.join(repo, '.git/info/exclude'), 'node_modules\n');
    /** The test files a Vitest run's output names, in order. */
    const ran = (output: string) => [...output.matchAll(/^ [✓❯×] (\S+\.(?:test|spec)\.ts)/gm)].map((m) => m[1]);
    const script = (JSON.parse(read(repo, 'package.json')) as { scripts: { test: string } }).scripts.test;
    const [theirRun, sdkgenRun] = script.split(' && ');
    if (!SLOW_FULL) {
      // `npm test`'s first run as the script has it, and the files its second run takes (listed, not run: sdkgen's
      // generated tests against Prism are fixture-sdks' and stainless-resource-tests', and `npm test` itself,
      // with a failing test of theirs, SDKGEN_SLOW_TESTS=full's: CI's).
      console.log(
        'migrate-vitest: `npm test` in the migrated repository is left out of `npm test`; SDKGEN_SLOW_TESTS=full runs it (CI does)',
      );
      const passed = await run(['sh', '-c', theirRun], repo);
      expect(passed.code, passed.output).toBe(0);
      const listed = await run(['sh', '-c', sdkgenRun.replace(/^vitest run /, 'vitest list --filesOnly ')], repo);
      expect(listed.code, listed.output).toBe(0);
      const theirFiles = ran(passed.output);
      const sdkgenFiles = listed.output.split('\n').filter((line) => /\.(?:test|spec)\.ts$/.test(line));
      expect(theirFiles).toEqual(['tests/lib/client.spec.ts']);
      expect(sdkgenFiles.filter((file) => file.startsWith('tests/api-resources/')).length).toBeGreaterThan(0);
      // Stainless's tests of the client, generated: with sdkgen's config (Vitest's globals), never with theirs.
      expect(sdkgenFiles).toContain('tests/index.test.ts');
      // (And sdkgen's tests of its runtime, tests/path.test.ts….)
      expect(sdkgenFiles).toContain('tests/path.test.ts');
      expect(sdkgenFiles.filter((file) => !/^tests\/(api-resources\/|[A-Za-z]+\.test\.ts$)/.test(file))).toEqual([]);
      return;
    }
    const passed = await run(['npm', 'test'], repo);
    expect(passed.code, passed.output).toBe(0);
    const files = ran(passed.output);
    expect(files).toContain('tests/lib/client.spec.ts');
    expect(files.filter((file) => file.startsWith('tests/api-resources/')).length).toBeGreaterThan(0);
    expect(files).toContain('tests/index.test.ts');
    // Each file once; their include and exclude in effect.
    expect(new Set(files).size).toBe(files.length);
    expect(files).not.toContain('tests/lib/not-a-spec.test.ts');
    expect(files).not.toContain('tests/lib/live/server.spec.ts');
    // The script's `&&` between the two runs stops it at a failing run of theirs.
    write(repo, 'tests/lib/client.spec.ts', OWNERS_SPEC.replace("toBe('hello')", "toBe('goodbye')"));
    const failed = await run(['npm', 'test'], repo);
    expect(failed.output).toMatch(/FAIL +tests\/lib\/client\.spec\.ts/);
    expect(failed.code).not.toBe(0);
    write(repo, 'tests/lib/client.spec.ts', before.get('tests/lib/client.spec.ts')!);
  }, 600_000);

  it('is an sdkgen SDK afterwards: check and generate answer from the inputs key migrate recorded; a regeneration leaves their config alone', () => {
    commitAll(repo, 'move to sdkgen');
    const manifest = JSON.parse(read(repo, '.sdkgen/manifest.json')) as { inputsKey?: string; sources?: string[] };
    expect(manifest.inputsKey).toMatch(/^[0-9a-f]{32}$/);
    expect(manifest.sources).toEqual(['stainless.yml', 'openapi.yml']);
    const checked = sdkgen(repo, 'check');
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/ is up to date with openapi\.yml \(inputs unchanged: \d+ files verified\)\n/);
    // The version release-please keeps: their edit, which regenerating keeps.
    expect(checked.stdout).toMatch(/carry custom edits, kept on regeneration: package\.json, src\/version\.ts\n$/);
    const unchanged = sdkgen(repo, 'generate', 'openapi.yml', '-o', '.', '--config', 'stainless.yml');
    expect(unchanged.code, unchanged.stderr).toBe(0);
    expect(unchanged.stdout).toMatch(
      /: 0 files written, .*\(inputs unchanged: \d+ files verified\)\n {2}kept {5}package\.json /,
    );
    expect(git(repo, 'status', '--porcelain')).toBe('');
    // The spec changed where it does not change the SDK: generated, and nothing but the key is new.
    appendFileSync(path.join(repo, 'openapi.yml'), '# reviewed\n');
    const regenerated = sdkgen(repo, 'generate', 'openapi.yml', '-o', '.', '--config', 'stainless.yml');
    expect(regenerated.code, regenerated.stderr).toBe(0);
    expect(regenerated.stdout).toMatch(/^Generated /);
    for (const file of theirs) expect(read(repo, file)).toBe(before.get(file));
    expect(git(repo, 'status', '--porcelain')).toBe(' M .sdkgen/manifest.json\n M openapi.yml\n');
    const manifestBefore = JSON.parse(git(repo, 'show', 'HEAD:.sdkgen/manifest.json')) as Record<string, unknown>;
    const { inputsKey, ...rest } = JSON.parse(read(repo, '.sdkgen/manifest.json')) as Record<string, unknown>;
    const { inputsKey: keyBefore, ...restBefore } = manifestBefore;
    expect(rest).toEqual(restBefore);
    expect(inputsKey).not.toBe(keyBefore);
  });
});
