/**
 * The owners' test settings in sdkgen's vitest.config.mjs: what their own Vitest config set, carried into the project
 * that runs their tests (generator/migrate/vitest-settings.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inVitestConfig, noOwnersTestSettings, OWNERS_TEST_GLOB } from '../../generator/migrate/vitest-settings';
import { ROOT } from '../helpers/paths';

/** inVitestConfig's settings with nothing to carry. */
const NONE = noOwnersTestSettings();

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
