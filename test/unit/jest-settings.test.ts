/**
 * What the owners added to Stainless's Jest config, carried to the Vitest project that runs their tests: the tests
 * Jest skipped, their setup files and test timeout (generator/migrate/jest-settings.ts).
 */
import { describe, expect, it } from 'vitest';
import { addedJestSettings, inVitestConfig } from '../../generator/migrate/jest-settings';

const stainless = `const config = {
  preset: 'ts-jest/presets/default-esm',
  modulePathIgnorePatterns: ['<rootDir>/ecosystem-tests/', '<rootDir>/dist/'],
  testPathIgnorePatterns: ['scripts'],
};
export default config;
`;

describe('addedJestSettings', () => {
  it('turns the patterns the owners added into globs, and says when those were their only edits', () => {
    const edited = stainless
      .replace("['scripts']", "['scripts', 'schema-validation', \"\\\\.e2e\\\\.\"]")
      .replace("'<rootDir>/dist/'", "'<rootDir>/dist/', '<rootDir>/fixtures/', '<rootDir>/legacy'");
    expect(addedJestSettings(stainless, edited)).toEqual({
      globs: ['fixtures/**', 'legacy*', 'legacy*/**', '**/*schema-validation*', '**/*schema-validation*/**'],
      unconverted: ['\\.e2e\\.'],
      setupFiles: [],
      testTimeout: null,
      moduleMap: [],
      unmapped: [],
      onlyCarried: true,
    });
    const more = addedJestSettings(stainless, edited.replace("preset: 'ts-jest/presets/default-esm'", "preset: 'x'"));
    expect(more.onlyCarried).toBe(false);
    expect(addedJestSettings(stainless, stainless)).toEqual({
      globs: [],
      unconverted: [],
      setupFiles: [],
      testTimeout: null,
      moduleMap: [],
      unmapped: [],
      onlyCarried: true,
    });
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
    expect(addedJestSettings(withTransform, edited)).toMatchObject({ globs: [], unconverted: [], onlyCarried: true });
    const alsoMapped = edited.replace('export default', "config.testEnvironment = 'jsdom';\nexport default");
    expect(addedJestSettings(withTransform, alsoMapped).onlyCarried).toBe(false);
  });

  it('carries the setup files the owners added (setupFiles first, as Jest runs them) and their test timeout', () => {
    const edited = stainless.replace(
      "  testPathIgnorePatterns: ['scripts'],\n",
      (line) =>
        line +
        "  setupFilesAfterEnv: ['<rootDir>/tests/setup-env.ts'],\n" +
        "  // setupFiles: ['<rootDir>/commented-out.ts'],\n" +
        '  testTimeout: 30_000,\n' +
        "  setupFiles: ['<rootDir>/jest.setup.ts', './polyfills.js', 'jest-extended/all'],\n",
    );
    expect(addedJestSettings(stainless, edited)).toEqual({
      globs: [],
      unconverted: [],
      setupFiles: ['./jest.setup.ts', './polyfills.js', 'jest-extended/all', './tests/setup-env.ts'],
      testTimeout: 30000,
      moduleMap: [],
      unmapped: [],
      // The comment left behind is an edit of its own.
      onlyCarried: false,
    });
    const clean = edited.replace("  // setupFiles: ['<rootDir>/commented-out.ts'],\n", '');
    expect(addedJestSettings(stainless, clean).onlyCarried).toBe(true);
    // Only what the owners added: a setting Stainless's config had already is not carried again.
    const theirs = stainless.replace('};', "  setupFiles: ['<rootDir>/jest.setup.ts'],\n  testTimeout: 30_000,\n};");
    expect(addedJestSettings(theirs, clean)).toMatchObject({
      setupFiles: ['./polyfills.js', 'jest-extended/all', './tests/setup-env.ts'],
      testTimeout: null,
    });
  });
});

describe('moduleNameMapper', () => {
  const mapped = stainless.replace(
    '};',
    () =>
      "  moduleNameMapper: {\n    '^pets$': '<rootDir>/src/index.ts',\n    '^pets/(.*)$': '<rootDir>/src/$1',\n  },\n};",
  );

  it("carries the mappings the owners added, not Stainless's own", () => {
    // (Replaced by a function: `$'` in a replacement string means the text after the match.)
    const edited = mapped.replace(
      "'<rootDir>/src/$1',\n",
      () =>
        "'<rootDir>/src/$1',\n    '^pino(-http)?$': '<rootDir>/tests/stubs/pino$1.js',\n    \"\\\\.css$\": 'identity-obj-proxy',\n" +
        "    '^gone$': ['<rootDir>/a.js', '<rootDir>/b.js'],\n",
    );
    expect(addedJestSettings(mapped, edited)).toMatchObject({
      moduleMap: [
        { pattern: '^pino(-http)?$', replacement: '<rootDir>/tests/stubs/pino$1.js' },
        { pattern: '\\.css$', replacement: 'identity-obj-proxy' },
      ],
      unmapped: ['^gone$'],
      onlyCarried: true,
    });
    // A mapping Stainless had, pointed elsewhere, is the owners' too.
    const moved = mapped.replace("'<rootDir>/src/$1'", () => "'<rootDir>/lib/$1'");
    expect(addedJestSettings(mapped, moved).moduleMap).toEqual([
      { pattern: '^pets/(.*)$', replacement: '<rootDir>/lib/$1' },
    ]);
    expect(addedJestSettings(mapped, mapped)).toMatchObject({ moduleMap: [], unmapped: [], onlyCarried: true });
  });

  it('puts them first in the alias list, a path under the root made absolute', () => {
    const config = `export default {
  resolve: {
    alias: [
      { find: new RegExp(\`^\${name}$\`), replacement: \`\${src}index.ts\` },
    ],
  },
  test: {
    exclude: [
      'tests/api-resources/**',
    ],
  },
};
`;
    const moduleMap = [
      { pattern: '^pino(-http)?$', replacement: '<rootDir>/tests/stubs/pino$1.js' },
      { pattern: '\\.css$', replacement: "it's" },
    ];
    expect(inVitestConfig(config, { excludes: [], setupFiles: [], testTimeout: null, moduleMap })).toBe(
      config.replace(
        '    alias: [\n',
        () =>
          '    alias: [\n' +
          "      { find: new RegExp('^pino(-http)?$'), replacement: fileURLToPath(new URL('./tests/stubs/pino$1.js', import.meta.url)) },\n" +
          "      { find: new RegExp('\\\\.css$'), replacement: 'it\\'s' },\n",
      ),
    );
  });
});

describe('inVitestConfig', () => {
  const config = `      test: {
        name: 'custom',
        exclude: [
          '**/node_modules/**',
          'tests/api-resources/**',
        ],
      },
`;
  it("adds the globs to the exclude of the owners' tests, and their setup files and timeout after it", () => {
    const none = { excludes: [], setupFiles: [], testTimeout: null, moduleMap: [] };
    expect(inVitestConfig(config, { ...none, excludes: ['**/*x*', "it's/**"] })).toBe(
      config.replace(
        "'tests/api-resources/**',\n",
        "'tests/api-resources/**',\n          '**/*x*',\n          'it\\'s/**',\n",
      ),
    );
    expect(inVitestConfig(config, { ...none, setupFiles: ['./a.ts', 'pkg/setup'], testTimeout: 30000 })).toBe(
      config.replace(
        '        ],\n',
        "        ],\n        setupFiles: ['./a.ts', 'pkg/setup'],\n        testTimeout: 30000,\n",
      ),
    );
    expect(inVitestConfig('export default {};\n', { ...none, excludes: ['x/**'] })).toBeNull();
  });
});
