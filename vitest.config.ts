import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** The tests that call the Prism server test/setup/prism.ts starts (they read TEST_API_BASE_URL). */
const NEEDS_PRISM = [
  // The per-endpoint tests generated into each SDK.
  'generated/*/tests/**/*.test.ts',
  // The flagship's generated tests run under Bun, Deno, workerd and a Node bundle.
  'test/runtimes/**/*.test.ts',
  'test/templates/deno-target.test.ts',
  // The flagship's MCP server answers from the same mock.
  'test/mcp.test.ts',
];

/**
 * Three projects, one run: `npm test` runs them all; `npm run test:unit` only `unit` (no server, no corpus). A
 * project's global setup runs only when one of its tests is queued, so Prism starts only for the tests that need it
 * (`vitest run test/unit/load.test.ts` starts nothing).
 */
export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', 'test/**/__snapshots__/**', 'test/.tmp/**'],
    // The generated tests import describe/it/expect from their own harness (tests/harness.ts), which hands them to
    // vitest through these globals; our own tests import from 'vitest' as usual.
    globals: true,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker per core but one, which is a single worker on a 2-core machine; most files
    // here wait on child processes (tsc, Prism, esbuild), so two files at a time keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Every IR pass's result and the Api are frozen (generator/ir/freeze.ts): a pass that changes its input throws.
    env: { SDKGEN_FREEZE_IR: '1' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'prism', include: NEEDS_PRISM, globalSetup: ['test/setup/prism.ts'] } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: ['test/unit/**', ...NEEDS_PRISM] },
      },
    ],
  },
});
