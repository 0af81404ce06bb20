import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { gatesOff, wholeGatedFiles } from './test/helpers/gated-files';
import { CLI_NODE_FLAGS, ROOT } from './test/helpers/paths';

/**
 * The slowest files (repositories migrated and their own test runs, tsc over many SDKs, servers, package installs),
 * slowest first, by their durations in a whole run. They start first, so that none is left to finish alone while the
 * other workers are idle: without a cache (a fresh checkout) Vitest cannot know which files are slow, and orders the
 * others by size. The three that call Prism lead (their builds run while it loads).
 */
const SLOW_FIRST = [
  'test/mcp.test.ts',
  'test/runtimes/runtimes.test.ts',
  'test/templates/deno-target.test.ts',
  // The flagship's workflows run for real (two npm installs, its builds and tests): the longest file when
  // SDKGEN_WORKFLOW_TESTS=full runs it (CI); `npm test` skips it.
  'test/maintainer-flow.test.ts',
  // The longest of SDKGEN_E2E_TESTS=full's run (CI's: a repository's move, its tsc and Jest runs); `npm test` skips it.
  'test/migrate-real-repository.test.ts',
  // The first three are the slowest of `npm run test:python`; in `npm test`, the corpora are skipped and the other two
  // (and runtime.test.ts below) are generations and cheap checks: docs/contributing.md lists what runs where.
  'test/python/corpus-large-python.test.ts',
  'test/python/corpus-python.test.ts',
  'test/python/stainless-compat-python.test.ts',
  'test/python/smithery-python.test.ts',
  'test/migrate-jest.test.ts',
  'test/fixture-sdks.test.ts',
  'test/corpus/corpus.test.ts',
  'test/migrate-build-paths.test.ts',
  'test/stainless-compat.test.ts',
  'test/install/pack-install.test.ts',
  'test/stainless-config-forms.test.ts',
  'test/python/runtime.test.ts',
  'test/doc-examples.test.ts',
  'test/migrate-vitest.test.ts',
  'test/migrate.test.ts',
  'test/bench/smoke.test.ts',
  'test/stainless-resource-tests.test.ts',
  'test/package-consumers.test.ts',
  'test/bad-input/bad-input.test.ts',
  'test/hostile/hostile.test.ts',
  'test/package-npm-test.test.ts',
  'test/funcs.test.ts',
  // Slow for what they wait on more than for their CPU (Prism starts, tsc processes, package builds, pyright): left
  // to Vitest's order, they started in the second half of the run and the last of them finished near its end.
  'test/api/output-worker.test.ts',
  'test/prism-process.test.ts',
  'test/build/build.test.ts',
  'test/tsc-thread.test.ts',
  'test/tanstack-query.test.ts',
  'test/mock-server-setup.test.ts',
  'test/python/types-forms.test.ts',
  'test/stainless-client-tests.test.ts',
  'test/regeneration-units.test.ts',
  'test/python/untyped-whole-body.test.ts',
  'test/stainless-runtime-paths.test.ts',
  'test/regeneration.test.ts',
  'test/runtime/typecheck.test.ts',
  'test/python/array-param-annotations.test.ts',
  'test/migrate-stale-base.test.ts',
  'test/query-settings-every-form.test.ts',
  // Unit files that wait, on purpose, more than they work (a stand-in yarn's turns of 3 s, a stalled download retried):
  // last of the run as unit files, they ended it alone (lockfile-yarn-turns: its last 7 s of 163 in session 21's run).
  'test/unit/lockfile-yarn-turns.test.ts',
  'test/unit/migrate-lockfile-retry.test.ts',
];

/** The unit files (given/want tables, quick): last, to even out the end of the run. */
const isUnit = (file: string) => file.startsWith('test/unit/');

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const relative = path.relative(this.ctx.config.root, file.moduleId).split(path.sep).join('/');
      const slow = SLOW_FIRST.indexOf(relative);
      return slow >= 0 ? slow : SLOW_FIRST.length + (isUnit(relative) ? 1 : 0);
    };
    // Array sort is stable: the other files keep Vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * One project: its workers go from file to file, the generator's modules transformed once and loaded once a worker
 * (two projects, one for the files that call Prism, transformed them twice and started three more workers: a quarter
 * of a run's summed import and transform time, docs/contributing.md). Prism (test/setup/prism.ts) starts only when a
 * file that needs it runs (`vitest run test/unit/load.test.ts` starts nothing): test/setup/test-file.ts.
 */
export default defineConfig({
  test: {
    exclude: [
      '**/node_modules/**',
      'test/**/__snapshots__/**',
      'test/.tmp/**',
      // `npm test` (SDKGEN_SKIP_GATED=1) leaves out the files whose every test its gates would skip: Vitest would
      // transform and import each to report it skipped. A file run by name (`npx vitest run <file>`) still is.
      ...(process.env.SDKGEN_SKIP_GATED === '1' ? wholeGatedFiles(ROOT, gatesOff(process.env)) : []),
    ],
    // The generated tests import describe/it/expect from their own harness (tests/harness.ts), which hands them to
    // vitest through these globals; our own tests import from 'vitest' as usual.
    globals: true,
    // Generous: on a 2-core machine under a load of forty (other suites beside this one), a migration's setup that
    // takes seconds idle took five and a half minutes (migrate-owners-patches, which gives its setup ten). A file
    // that needs more says so.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // A worker runs one test file after another in the same process, its modules (the generator, Vitest's own)
    // loaded once, instead of a fresh process and a fresh import of everything per file: that start-up was a third
    // of the unit project's CPU time. Test files still run from the top each time; none relies on a module state of
    // its own being new (each writes under its own temporary folder and restores the environment it changes).
    isolate: false,
    // Vitest's default is one worker per core but one, which is a single worker on a 2-core machine. Most files
    // here wait on child processes (tsc, Prism, esbuild, npm installs), and with one file per core the cores still
    // sat idle an eighth of the time, while a file waited on the disk or the registry cache: one file more than
    // there are cores keeps them busy.
    maxWorkers: availableParallelism() + 1,
    // A young generation four times V8's default: the generator and the in-process tsc allocate short-lived objects
    // by the gigabyte, and fewer scavenges cost less CPU (stainless-config-forms: 3–4% less, two runs each way). Then
    // bin/sdkgen.js's V8 tuning (CLI_NODE_FLAGS): most code a test file runs is warm for a moment, and TurboFan
    // compiling it on background threads cost more CPU than the optimized code saved (eight of the costliest
    // integration files: a fifth less CPU, the in-process tsc's included).
    execArgv: ['--max-semi-space-size=64', ...CLI_NODE_FLAGS],
    sequence: { sequencer: SlowFirst },
    // Every IR pass's result and the Api are frozen (generator/ir/freeze.ts): a pass that changes its input throws.
    env: { SDKGEN_FREEZE_IR: '1' },
    include: ['test/**/*.test.ts', 'generated/*/tests/**/*.test.ts'],
    // Prism's relay, bound at once; Prism itself starts on its first connection.
    globalSetup: ['test/setup/prism.ts'],
    // One setup file, loaded again for every test file: a file's folders from tempDir are removed once it passes
    // (kept when it fails); with SDKGEN_TEST_CPU_LOG, its CPU seconds are logged; a file that needs Prism starts it
    // and, unless it calls prismReady itself, waits for it.
    setupFiles: ['test/setup/test-file.ts'],
  },
});
