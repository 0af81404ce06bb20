/**
 * What a migrated repository keeps running as its owners set it up (package/test-runner.ts): Stainless's Jest config with
 * what sdkgen's tests need, the packages a kept config names; and package.json's versions, never lowered
 * (package/package-json.ts).
 */
import { describe, expect, it } from 'vitest';
import { isLower, mergePackageJson } from '../../generator/migrate/package/package-json';
import { jestConfigForSdkgen, packagesOfConfig } from '../../generator/migrate/package/test-runner';

describe('jestConfigForSdkgen', () => {
  it('adds a moduleNameMapper, an ignore list and the global setup, each a line of its own, to a CommonJS config', () => {
    const config = "module.exports = {\n  preset: 'ts-jest',\n  testEnvironment: 'node',\n};\n";
    const result = jestConfigForSdkgen(config);
    expect(result.text).toBe(
      'module.exports = {\n' +
        "  moduleNameMapper: { '^(\\\\.{1,2}/.*)\\\\.js$': '$1' },\n" +
        "  modulePathIgnorePatterns: ['<rootDir>/.sdkgen/'],\n" +
        "  globalSetup: '<rootDir>/scripts/mock-server.mjs',\n" +
        "  preset: 'ts-jest',\n  testEnvironment: 'node',\n};\n",
    );
    expect(result.missing).toEqual([]);
    // Once there, nothing is added again.
    expect(jestConfigForSdkgen(result.text)).toEqual({ text: result.text, added: [], missing: [] });
  });

  it('never rewrites a line of theirs: an ignore list on one line is left, and what to add is said', () => {
    const config = "export default {\n  testPathIgnorePatterns: ['scripts'],\n  // globalSetup: 'x',\n};\n";
    const result = jestConfigForSdkgen(config);
    expect(result.text).toContain("  testPathIgnorePatterns: ['scripts'],\n");
    // (A setting in a comment is none.)
    expect(result.text).toContain("globalSetup: '<rootDir>/scripts/mock-server.mjs'");
    expect(result.missing).toEqual([expect.stringContaining("'<rootDir>/.sdkgen/' in its modulePathIgnorePatterns")]);
  });

  it("maps node-fetch to the SDK's tests/node-fetch.ts where its endpoint tests import it (targets.node), once", () => {
    const config =
      "module.exports = {\n  moduleNameMapper: {\n    '^acme$': '<rootDir>/src/index.ts',\n  },\n  preset: 'ts-jest',\n};\n";
    const result = jestConfigForSdkgen(config, { nodeFetchTests: true });
    expect(result.text).toContain(
      "  moduleNameMapper: {\n    '^(\\\\.{1,2}/.*)\\\\.js$': '$1',\n    '^node-fetch$': '<rootDir>/tests/node-fetch.ts',\n    '^acme$'",
    );
    expect(result.added).toContain("moduleNameMapper '^node-fetch$': '<rootDir>/tests/node-fetch.ts'");
    expect(jestConfigForSdkgen(result.text, { nodeFetchTests: true }).added).toEqual([]);
    // Without such tests, no mapping.
    expect(jestConfigForSdkgen(config).text).not.toContain('node-fetch');
  });

  it('says what to add where it finds no config object', () => {
    const result = jestConfigForSdkgen("module.exports = require('./jest.base');\n");
    expect(result.text).toBe("module.exports = require('./jest.base');\n");
    expect(result.missing).toHaveLength(1);
  });
});

describe('packagesOfConfig', () => {
  const listed = new Set([
    '@swc/core',
    '@swc/jest',
    '@types/jest',
    '@types/node',
    '@typescript-eslint/eslint-plugin',
    '@typescript-eslint/parser',
    'eslint',
    'eslint-plugin-prettier',
    'eslint-plugin-unused-imports',
    'jest',
    'jest-environment-jsdom',
    'prettier',
    'ts-jest',
    'ts-node',
  ]);

  it("names Jest's, those the config names and the rest of their scopes, and ts-node for a config in TypeScript", () => {
    const jest = "import type { X } from 'ts-jest';\nexport default { transform: { x: ['@swc/jest', {}] } };\n";
    expect(packagesOfConfig('jest.config.ts', jest, listed)).toEqual([
      '@swc/core',
      '@swc/jest',
      '@types/jest',
      'jest',
      'ts-jest',
      'ts-node',
    ]);
    expect(packagesOfConfig('jest.config.js', "module.exports = { testEnvironment: 'jsdom' };\n", listed)).toEqual([
      '@types/jest',
      'jest',
      'jest-environment-jsdom',
    ]);
  });

  it("reads ESLint's older config's plugin names", () => {
    const eslintrc =
      "module.exports = {\n  parser: '@typescript-eslint/parser',\n  plugins: ['@typescript-eslint', 'unused-imports', 'prettier'],\n" +
      "  extends: ['plugin:prettier/recommended'],\n};\n";
    expect(packagesOfConfig('.eslintrc.js', eslintrc, listed)).toEqual([
      '@typescript-eslint/eslint-plugin',
      '@typescript-eslint/parser',
      'eslint',
      'eslint-plugin-prettier',
      'eslint-plugin-unused-imports',
      'prettier',
    ]);
    expect(packagesOfConfig('.prettierrc.json', '{ "printWidth": 110 }\n', listed)).toEqual(['prettier']);
  });
});

describe('versions', () => {
  it.each([
    ['4.0.3', '^4.0.5', true],
    ['^4.0.5', '4.0.3', false],
    ['^4.1.0', '^4.0.16', false],
    ['^3.2.0', '^4.0.16', true],
    ['~4.0.16', '^4.0.16', false],
    ['4.0.16-beta.1', '4.0.16', true],
    ['^3.0.0 || ^5.0.0', '^4.0.0', true],
    ['>=4.0.0 <5', '^4.0.16', true],
    ['4.x', '^4.0.0', false],
    ['latest', '^4.0.16', false],
    ['workspace:*', '^1.0.0', false],
    ['file:../vitest', '^1.0.0', false],
    ['*', '^4.0.0', false],
  ])('%s is lower than %s: %s', (theirs, ours, lower) => {
    expect(isLower(theirs, ours)).toBe(lower);
  });

  it("keeps a package of Stainless's at the version the owners set; one they left goes with Stainless's tools", () => {
    const base = JSON.stringify({ devDependencies: { jest: '^29.4.0', prettier: '^3.0.0' } });
    const current = JSON.stringify({ devDependencies: { jest: '^30.0.0', prettier: '^3.0.0' } });
    const merged = mergePackageJson(JSON.stringify({ devDependencies: {} }), current, base, new Set());
    expect(merged.json.devDependencies).toEqual({ jest: '^30.0.0' });
    expect(merged.kept).toEqual(['devDependencies.jest']);
    expect(merged.dropped).toEqual(['devDependencies.prettier']);
  });

  it('keeps the Node versions the owners support where sdkgen asks for no more', () => {
    const generated = JSON.stringify({ engines: { node: '>=18' } });
    const base = JSON.stringify({ engines: { node: '>= 18' } });
    const merged = mergePackageJson(
      generated,
      JSON.stringify({ engines: { node: '>=20', bun: '>=1' } }),
      base,
      new Set(),
    );
    expect(merged.json.engines).toEqual({ node: '>=20', bun: '>=1' });
    expect(merged.kept).toEqual(['engines.node', 'engines.bun']);
    const older = mergePackageJson(generated, JSON.stringify({ engines: { node: '>=16' } }), base, new Set());
    expect(older.json.engines).toEqual({ node: '>=18' });
    expect(older.dropped).toEqual(['engines.node (>=16)']);
  });

  it("keeps the owners' version of a package sdkgen names unless it is lower; Stainless's own is sdkgen's", () => {
    const generated = JSON.stringify({ devDependencies: { typescript: '^5.9.3', vitest: '^4.0.16', prism: '5.1.0' } });
    const base = JSON.stringify({ devDependencies: { prism: '4.0.0' } });
    const current = JSON.stringify({ devDependencies: { vitest: 'beta', prism: '4.0.0', typescript: '5.0.0' } });
    const newer = mergePackageJson(generated, current.replace('"beta"', '"^4.1.0"'), base, new Set());
    expect(newer.json.devDependencies).toEqual({ prism: '5.1.0', typescript: '^5.9.3', vitest: '^4.1.0' });
    expect(newer.kept).toEqual(['devDependencies.vitest']);
    expect(newer.dropped).toEqual(['devDependencies.typescript (5.0.0: sdkgen needs ^5.9.3)']);
    const tag = mergePackageJson(generated, current, base, new Set());
    expect((tag.json.devDependencies as Record<string, string>).vitest).toBe('beta');
  });
});
