/**
 * The owners' tests were written for Jest (its globals `test`, `expect`, no import) and a Jest config of theirs
 * extends Stainless's (`import config from './jest.config'`, as turbopuffer's jest.config.jsdom.ts does): Jest stays
 * the runner, as it does where their tests run on Stainless's config alone. Before, Stainless's config was only kept
 * as "a module their code imports", Jest's packages went (its types among them) and their tests no longer
 * type-checked (`Cannot find name 'expect'`).
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const STAINLESS_JEST = [
  "import type { JestConfigWithTsJest } from 'ts-jest';",
  '',
  'const config: JestConfigWithTsJest = {',
  "  preset: 'ts-jest/presets/default-esm',",
  "  testEnvironment: 'node',",
  '  transform: {',
  "    '^.+\\\\.(t|j)sx?$': ['@swc/jest', { sourceMaps: 'inline' }],",
  '  },',
  '  moduleNameMapper: {',
  "    '^acme$': '<rootDir>/src/index.ts',",
  '  },',
  "  testPathIgnorePatterns: ['scripts'],",
  '};',
  '',
  'export default config;',
  '',
].join('\n');

/** Theirs: Stainless's config in another test environment. */
const OWNERS_JEST = "import config from './jest.config';\n\nexport default { ...config, testEnvironment: 'jsdom' };\n";

const OWNERS_TEST = "test('adds', () => {\n  expect(1 + 1).toBe(2);\n});\n";

const PACKAGE = {
  name: 'acme',
  version: '1.0.0',
  scripts: { test: './scripts/test' },
  devDependencies: {
    '@swc/core': '^1.3.102',
    '@swc/jest': '^0.2.29',
    '@types/jest': '^29.4.0',
    jest: '^29.7.0',
    'jest-environment-jsdom': '^30.0.0',
    'ts-jest': '^29.1.0',
    typescript: '5.8.3',
  },
};

function migrate(ownersConfig: boolean) {
  const packageJson = `${JSON.stringify(PACKAGE, null, 2)}\n`;
  const current = [
    { path: 'jest.config.ts', blob: 'j1', text: STAINLESS_JEST },
    { path: 'package.json', blob: 'p1', text: packageJson },
    { path: 'tests/custom.test.ts', blob: 't1', text: OWNERS_TEST },
    ...(ownersConfig ? [{ path: 'jest.config.jsdom.ts', blob: 'o1', text: OWNERS_JEST }] : []),
  ];
  return planMigration({
    current,
    base: {
      blobs: new Map([
        ['jest.config.ts', 'j1'],
        ['package.json', 'p1'],
      ]),
      texts: new Map([
        ['jest.config.ts', STAINLESS_JEST],
        ['package.json', packageJson],
      ]),
    },
    rendered: [{ path: 'package.json', contents: `${JSON.stringify({ name: 'acme', version: '0.0.1' }, null, 2)}\n` }],
  });
}

describe("the owners' Jest tests, with a config of theirs that extends Stainless's", () => {
  it('keep Jest as the runner, with its config and the packages it names (its types too)', () => {
    const plan = migrate(true);
    expect(plan.testRunner).toMatchObject({ runner: 'jest', config: 'jest.config.ts' });
    expect(plan.removed).not.toContain('jest.config.ts');
    expect(plan.kept).toContain('jest.config.jsdom.ts');
    const pkg = JSON.parse(plan.writes.find((f) => f.path === 'package.json')!.contents) as {
      devDependencies?: Record<string, string>;
    };
    expect(pkg.devDependencies).toMatchObject({ '@types/jest': '^29.4.0', jest: '^29.7.0', 'ts-jest': '^29.1.0' });
  });

  it('as without it (the same decision)', () => {
    expect(migrate(false).testRunner).toMatchObject({ runner: 'jest', config: 'jest.config.ts' });
  });
});
