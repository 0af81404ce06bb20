/**
 * What the owners added to Stainless's Jest config, carried to the Vitest project that runs their tests: the tests
 * Jest skipped, their setup files and test timeout (generator/migrate/jest-settings.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  addedJestSettings,
  inVitestConfig,
  noOwnersTestSettings,
  OWNERS_TEST_GLOB,
} from '../../generator/migrate/jest-settings';
import { ROOT } from '../helpers/paths';

const stainless = `const config = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/ecosystem-tests/', '<rootDir>/dist/'],
  testPathIgnorePatterns: ['scripts'],
};
export default config;
`;
/** What addedJestSettings says of a config whose tests are where Stainless's looked, run as Stainless's ran them. */
const NOTHING_LOCATED = { include: null, environment: null, globalSetup: [], notCarried: [] };
/** inVitestConfig's settings with nothing to carry. */
const NONE = noOwnersTestSettings();

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
      ...NOTHING_LOCATED,
      onlyCarried: true,
    });
    // A pattern's own brackets, and a comment, inside the list: every pattern after them is still read.
    const bracketed = stainless.replace(
      "['scripts']",
      "[\n    'scripts',\n    // generated fixtures\n    '<rootDir>/[a-z]+-fixtures/',\n    'legacy',\n  ]",
    );
    expect(addedJestSettings(stainless, bracketed)).toMatchObject({
      globs: ['**/*legacy*', '**/*legacy*/**'],
      unconverted: ['<rootDir>/[a-z]+-fixtures/'],
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
      ...NOTHING_LOCATED,
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
      ...NOTHING_LOCATED,
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

describe('where the tests are, where they run, and what runs before them', () => {
  it('turns testMatch and roots into include globs (a ! glob into an exclude), looked for under each root', () => {
    const edited = stainless.replace(
      "  testPathIgnorePatterns: ['scripts'],\n",
      (line) =>
        line +
        "  roots: ['<rootDir>/tests', '<rootDir>/src/'],\n" +
        "  testMatch: ['**/*.spec.ts', '<rootDir>/e2e/**/*.test.ts', 'smoke.test.ts', '!**/fixtures/**'],\n",
    );
    expect(addedJestSettings(stainless, edited)).toEqual({
      globs: ['tests/**/fixtures/**', 'src/**/fixtures/**'],
      unconverted: [],
      setupFiles: [],
      testTimeout: null,
      moduleMap: [],
      unmapped: [],
      include: [
        'tests/**/*.spec.ts',
        'src/**/*.spec.ts',
        'e2e/**/*.test.ts',
        'tests/**/smoke.test.ts',
        'src/**/smoke.test.ts',
      ],
      environment: null,
      globalSetup: [],
      notCarried: [],
      onlyCarried: true,
    });
    // Only roots: the owners' tests (sdkgen's glob for them) under those folders.
    const rootsOnly = stainless.replace('};', "  roots: ['<rootDir>/test'],\n};");
    expect(addedJestSettings(stainless, rootsOnly).include).toEqual([`test/${OWNERS_TEST_GLOB}`]);
    // A glob's own brackets are not the list's.
    const classes = stainless.replace('};', "  testMatch: ['**/?(*.)+(spec|test).[jt]s?(x)'],\n};");
    expect(addedJestSettings(stainless, classes).include).toEqual(['**/?(*.)+(spec|test).[jt]s?(x)']);
    // testMatch Stainless's config had already is not the owners'.
    const matched = stainless.replace('};', "  testMatch: ['<rootDir>/tests/**/*.test.ts'],\n};");
    expect(addedJestSettings(matched, matched)).toMatchObject({ include: null, globs: [], onlyCarried: true });
  });

  it('carries jsdom and a global setup module; says what has no counterpart', () => {
    const edited = stainless
      .replace("testEnvironment: 'node'", "testEnvironment: 'jsdom'")
      .replace('};', "  globalSetup: '<rootDir>/tests/global-setup.ts',\n};");
    expect(addedJestSettings(stainless, edited)).toMatchObject({
      environment: 'jsdom',
      globalSetup: ['./tests/global-setup.ts'],
      notCarried: [expect.stringMatching(/^Vitest's 'jsdom' environment loads the jsdom package/)],
      onlyCarried: true,
    });
    const custom = edited
      .replace("testEnvironment: 'jsdom'", "testEnvironment: './tests/my-env.js'")
      .replace('};', "  globalTeardown: './tests/teardown.js',\n  testRegex: '(/__tests__/.*|\\\\.test)\\\\.ts$',\n};");
    const settings = addedJestSettings(stainless, custom);
    expect(settings.environment).toBeNull();
    expect(settings.notCarried).toEqual([
      expect.stringContaining("Jest ran your tests in the environment './tests/my-env.js'"),
      expect.stringContaining('Jest found your tests by testRegex'),
      expect.stringContaining('Jest ran ./tests/teardown.js once after all tests (globalTeardown)'),
    ]);
    // What has no counterpart stays an edit to show.
    expect(settings.onlyCarried).toBe(false);
    // Stainless's own environment, as it was: nothing to carry.
    expect(addedJestSettings(stainless, stainless)).toMatchObject({ environment: null, notCarried: [] });
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
    expect(inVitestConfig(config, { ...NONE, moduleMap })).toBe(
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
    const none = NONE;
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

  it("puts the owners' include globs in place of the project's, then their environment and global setup", () => {
    const withInclude = config.replace(
      '        exclude: [\n',
      (line) => `        include: ['${OWNERS_TEST_GLOB}'],\n${line}`,
    );
    expect(
      inVitestConfig(withInclude, {
        ...NONE,
        include: ['tests/**/*.spec.ts', "it's/**"],
        environment: 'jsdom',
        globalSetup: ['./tests/global-setup.ts'],
      }),
    ).toBe(
      withInclude
        .replace(`include: ['${OWNERS_TEST_GLOB}']`, "include: ['tests/**/*.spec.ts', 'it\\'s/**']")
        .replace(
          '        ],\n',
          "        ],\n        environment: 'jsdom',\n        globalSetup: ['./tests/global-setup.ts'],\n",
        ),
    );
    // No include list to replace: nothing is written, and migrate says what to do instead.
    expect(inVitestConfig(config, { ...NONE, include: ['x/**'] })).toBeNull();
  });

  it("knows the include list sdkgen's template gives the owners' tests", () => {
    const template = readFileSync(path.join(ROOT, 'templates/base/vitest.config.mjs.hbs'), 'utf8');
    expect(template).toContain(`include: ['${OWNERS_TEST_GLOB}'],`);
  });
});
