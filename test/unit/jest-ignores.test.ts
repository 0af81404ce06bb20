/**
 * The tests the owners had Stainless's Jest skip, carried to the Vitest exclude (generator/migrate/jest-ignores.ts).
 */
import { describe, expect, it } from 'vitest';
import { addedJestIgnores, excludeInVitestConfig } from '../../generator/migrate/jest-ignores';

const stainless = `const config = {
  preset: 'ts-jest/presets/default-esm',
  modulePathIgnorePatterns: ['<rootDir>/ecosystem-tests/', '<rootDir>/dist/'],
  testPathIgnorePatterns: ['scripts'],
};
export default config;
`;

describe('addedJestIgnores', () => {
  it('turns the patterns the owners added into globs, and says when those were their only edits', () => {
    const edited = stainless
      .replace("['scripts']", "['scripts', 'schema-validation', \"\\\\.e2e\\\\.\"]")
      .replace("'<rootDir>/dist/'", "'<rootDir>/dist/', '<rootDir>/fixtures/', '<rootDir>/legacy'");
    expect(addedJestIgnores(stainless, edited)).toEqual({
      globs: ['fixtures/**', 'legacy*', 'legacy*/**', '**/*schema-validation*', '**/*schema-validation*/**'],
      unconverted: ['\\.e2e\\.'],
      onlyIgnores: true,
    });
    const more = addedJestIgnores(stainless, edited.replace("preset: 'ts-jest/presets/default-esm'", "preset: 'x'"));
    expect(more.onlyIgnores).toBe(false);
    expect(addedJestIgnores(stainless, stainless)).toEqual({ globs: [], unconverted: [], onlyIgnores: true });
  });

  it("sets aside Jest's transform settings, which Vitest needs none of", () => {
    const transform = "  transform: {\n    '^.+\\\\.(t|j)sx?$': ['@swc/jest', { sourceMaps: 'inline' }],\n  },\n";
    const withTransform = stainless.replace("  preset: 'ts-jest/presets/default-esm',\n", (line) => line + transform);
    const edited = withTransform.replace(
      transform,
      () =>
        transform +
        "  transformIgnorePatterns: [\n    // jose needs it: it's only ESM\n    '/node_modules/(?!jose)',\n  ],\n",
    );
    expect(edited).toContain("it's only ESM");
    expect(addedJestIgnores(withTransform, edited)).toEqual({ globs: [], unconverted: [], onlyIgnores: true });
    const alsoMapped = edited.replace('export default', "config.testEnvironment = 'jsdom';\nexport default");
    expect(addedJestIgnores(withTransform, alsoMapped).onlyIgnores).toBe(false);
  });
});

describe('excludeInVitestConfig', () => {
  const config = `      test: {
        name: 'custom',
        exclude: [
          '**/node_modules/**',
          'tests/api-resources/**',
        ],
      },
`;
  it("adds the globs to the exclude of the owners' tests", () => {
    expect(excludeInVitestConfig(config, ['**/*x*', "it's/**"])).toBe(
      config.replace(
        "'tests/api-resources/**',\n",
        "'tests/api-resources/**',\n          '**/*x*',\n          'it\\'s/**',\n",
      ),
    );
    expect(excludeInVitestConfig('export default {};\n', ['x/**'])).toBeNull();
  });
});
