import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Our tests, and the per-endpoint tests generated into each SDK (run against Prism, see test/setup/prism.ts).
    include: ['test/**/*.test.ts', 'generated/*/tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/**/__snapshots__/**', 'test/.tmp/**'],
    globalSetup: ['test/setup/prism.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
