import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Our tests, and the per-endpoint tests generated into each SDK (run against Prism, see test/setup/prism.ts).
    include: ['test/**/*.test.ts', 'generated/*/tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/**/__snapshots__/**', 'test/.tmp/**'],
    globalSetup: ['test/setup/prism.ts'],
    // The generated tests import describe/it/expect from their own harness (tests/harness.ts), which hands them to
    // vitest through these globals; our own tests import from 'vitest' as usual.
    globals: true,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
