/**
 * An owners' Jest config (theirs: xquik's jest.config.mjs, Stainless's jest.config.ts renamed and edited) stays byte
 * for byte; sdkgen's config beside it imports it and adds what sdkgen's modules and tests need, and `npm test` runs
 * Jest with it (package/jest-wrapper.ts). Checked by hand with Jest 30 on such a repository: with theirs alone, "Cannot
 * find module '../src/index.js'" and the `.sdkgen/pristine/package.json` haste collision; with sdkgen's, the test passes.
 */
import { describe, expect, it } from 'vitest';
import { SDKGEN_JEST_CONFIG, sdkgenJestConfig } from '../../generator/migrate/package/jest-wrapper';
import { withToolScripts } from '../../generator/migrate/package/test-runner';

describe("sdkgen's Jest config over the owners' own", () => {
  it('imports theirs and adds the `.js` mapping first, `.sdkgen/` left out and the mock server as setup', () => {
    const config = sdkgenJestConfig('jest.config.mjs')!;
    expect(config.path).toBe(SDKGEN_JEST_CONFIG);
    expect(config.testScript).toBe(`jest -c ${SDKGEN_JEST_CONFIG}`);
    expect(config.contents).toContain("import owners from './jest.config.mjs';");
    expect(config.contents).toContain(
      "moduleNameMapper: { '^(\\\\.{1,2}/.*)\\\\.js$': '$1', ...config.moduleNameMapper },",
    );
    expect(config.contents).toContain(
      "modulePathIgnorePatterns: [...(config.modulePathIgnorePatterns ?? []), '<rootDir>/.sdkgen/'],",
    );
    expect(config.contents).toContain("globalSetup: config.globalSetup ?? '<rootDir>/scripts/mock-server.mjs',");
    // Not a name Jest looks for by itself: `npx jest` still finds theirs alone.
    expect(/^jest\.config\.[cm]?[jt]s$/.test(config.path)).toBe(false);
  });

  it("maps 'node-fetch' for an older SDK's tests, and writes one in TypeScript over theirs in TypeScript", () => {
    expect(sdkgenJestConfig('jest.config.cjs', { nodeFetchTests: true })!.contents).toContain(
      "'^node-fetch$': '<rootDir>/tests/node-fetch.ts'",
    );
    // (migrate-jest-owners-ts-config.test.ts runs it with real Jest.)
    expect(sdkgenJestConfig('jest.config.ts')!.path).toBe('jest.sdkgen.config.ts');
    expect(sdkgenJestConfig('jest.config.mts')).toBeNull();
  });

  // Run by hand with real Jest 30.5.2 (and the `export =` one with Jest 29.7.0), ts-node 10.9, on a repository of
  // sdkgen's modules (`.js` specifiers) and the mock server's setup: with theirs alone "Cannot find module
  // '../src/index.js'"; with sdkgen's, 1 passed. Before: `import owners from './jest.config'` of an `export =` config
  // failed ts-node's check without esModuleInterop (TS1259), and a `.cts` was a person's.
  it('imports theirs as CommonJS where it is `export =` or a `.cts` (Jest 30 loads it as it loads `.ts`)', () => {
    const exportEquals = 'const config = { testEnvironment: "node" };\nexport = config;\n';
    const ts = sdkgenJestConfig('jest.config.ts', { text: exportEquals })!;
    expect(ts.path).toBe('jest.sdkgen.config.ts');
    expect(ts.contents).toContain("import loaded = require('./jest.config');");
    expect(ts.contents).not.toContain('import owners from');
    expect(ts.contents).not.toContain('@ts-ignore');
    for (const text of [exportEquals, 'const config = {};\nexport default config;\n']) {
      const cts = sdkgenJestConfig('jest.config.cts', { text })!;
      expect(cts.path).toBe('jest.sdkgen.config.cts');
      expect(cts.testScript).toBe('jest -c jest.sdkgen.config.cts');
      expect(cts.contents).toContain("import loaded = require('./jest.config.cts');");
      // (`export default` read as Jest reads it: the module's `default`.)
      expect(cts.contents).toContain('__esModule === true ? (loaded as { default: unknown }).default : loaded');
    }
    // `export default` in a `.ts` keeps the default import (the form run with real Jest in CI).
    const plain = sdkgenJestConfig('jest.config.ts', { text: 'export default {};\n' })!;
    expect(plain.contents).toContain("import owners from './jest.config';");
  });
});

describe("package.json's test script with sdkgen's config", () => {
  it('runs Jest with it where sdkgen writes one, else Jest as it is', () => {
    const generated = JSON.stringify({ scripts: { test: 'vitest run', lint: 'tsc --noEmit' } });
    const withConfig = { scripts: { test: 'vitest run', lint: 'tsc --noEmit' } };
    withToolScripts(withConfig, generated, {
      jest: true,
      eslint: false,
      jestScript: sdkgenJestConfig('jest.config.mjs')!.testScript,
    });
    expect(withConfig.scripts.test).toBe('jest -c jest.sdkgen.config.mjs');
    const plain = { scripts: { test: 'vitest run', lint: 'tsc --noEmit' } };
    withToolScripts(plain, generated, { jest: true, eslint: false });
    expect(plain.scripts.test).toBe('jest');
  });
});
