/**
 * An owners' test whose import their Jest config maps to a module of Stainless's that the migration removes cannot
 * run (browserbase's test of Stainless's Node runtime shim, mapped to `src/_shims/auto/runtime-node.ts`): the
 * migration keeps the test and the config as they are and lists the import for a person, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';
import {
  brokenJestMappingReason,
  brokenJestMappings,
  jestMappings,
} from '../../generator/migrate/package/jest-mappings';

const header = '// File generated from our OpenAPI spec by Stainless.\n';
const file = (path: string, text: string) => ({ path, blob: `blob-${path}`, text });

const JEST_CONFIG = `import type { JestConfigWithTsJest } from 'ts-jest';

const config: JestConfigWithTsJest = {
  preset: 'ts-jest/presets/default-esm',
  moduleNameMapper: {
    '^@acme/sdk$': '<rootDir>/src/index.ts',
    '^@acme/sdk/_shims/auto/(.*)$': '<rootDir>/src/_shims/auto/$1-node',
    '^@acme/sdk/(.*)$': ['<rootDir>/src/$1'],
  },
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

export default config;
`;

const RUNTIME_TEST = `import { getRuntime } from '@acme/sdk/_shims/auto/runtime';
import { Acme } from '@acme/sdk';

test('node runtime', () => {
  expect(getRuntime()).toBeDefined();
  expect(Acme).toBeDefined();
});
`;

describe('migrate: Jest mappings of the owners’ tests', () => {
  it('reads moduleNameMapper in order, a list of paths too, escapes read', () => {
    expect(jestMappings(JEST_CONFIG)).toEqual([
      { pattern: '^@acme/sdk$', targets: ['<rootDir>/src/index.ts'] },
      { pattern: '^@acme/sdk/_shims/auto/(.*)$', targets: ['<rootDir>/src/_shims/auto/$1-node'] },
      { pattern: '^@acme/sdk/(.*)$', targets: ['<rootDir>/src/$1'] },
    ]);
    expect(jestMappings(`module.exports = { moduleNameMapper: { "^(\\\\.{1,2}/.*)\\\\.js$": "$1" } };\n`)).toEqual([
      { pattern: '^(\\.{1,2}/.*)\\.js$', targets: ['$1'] },
    ]);
    expect(jestMappings('module.exports = { testEnvironment: "node" };\n')).toEqual([]);
  });

  it('finds an import mapped to a module there before and gone after; not one that stays or never was', () => {
    const before = new Set(['src/_shims/auto/runtime-node.ts', 'src/index.ts']);
    const tests = [{ path: 'tests/runtime.test.ts', text: RUNTIME_TEST }];
    expect(brokenJestMappings(JEST_CONFIG, tests, before, new Set(['src/index.ts']))).toEqual([
      {
        test: 'tests/runtime.test.ts',
        specifier: '@acme/sdk/_shims/auto/runtime',
        pattern: '^@acme/sdk/_shims/auto/(.*)$',
        module: 'src/_shims/auto/runtime-node.ts',
      },
    ]);
    // Still there after: nothing to say; not there before either: none of the migration's doing.
    expect(brokenJestMappings(JEST_CONFIG, tests, before, before)).toEqual([]);
    expect(brokenJestMappings(JEST_CONFIG, tests, new Set(['src/index.ts']), new Set(['src/index.ts']))).toEqual([]);
  });

  it('lists the test for a person, kept as it is, where the module it is mapped to goes', () => {
    const plan = planMigration({
      current: [
        file('jest.config.ts', JEST_CONFIG),
        file('tests/runtime.test.ts', RUNTIME_TEST),
        file('src/_shims/auto/runtime-node.ts', `${header}export function getRuntime() { return {}; }\n`),
        file('src/core.ts', `${header}export {};\n`),
      ],
      base: null,
      rendered: [{ path: 'src/index.ts', contents: 'export class Acme {}\n' }],
    });
    expect(plan.removed).toContain('src/_shims/auto/runtime-node.ts');
    expect(plan.kept).toEqual(expect.arrayContaining(['jest.config.ts', 'tests/runtime.test.ts']));
    const items = plan.needsHand.filter((n) => n.path === 'tests/runtime.test.ts');
    expect(items).toEqual([
      {
        path: 'tests/runtime.test.ts',
        reason: expect.stringContaining(
          "imports '@acme/sdk/_shims/auto/runtime', which jest.config.ts's moduleNameMapper " +
            "('^@acme/sdk/_shims/auto/(.*)$') maps to src/_shims/auto/runtime-node.ts, a module of Stainless's fetch " +
            "runtime (its `_shims`), which sdkgen's SDK has none of: the migration removes it",
        ),
      },
    ]);
  });

  it("tells, for a test of Stainless's fetch runtime (`_shims`), what sdkgen's client does in its place", () => {
    const broken = {
      test: 'tests/runtime.test.ts',
      specifier: '@acme/sdk/_shims/auto/runtime',
      pattern: '^@acme/sdk/_shims/auto/(.*)$',
      module: 'src/_shims/auto/runtime-node.ts',
    };
    const reason = brokenJestMappingReason('jest.config.ts', broken);
    // What the module was, and what stands in for it now: no `getRuntime`, no node-fetch, no agent.
    expect(reason).toContain("Stainless's fetch runtime (its `_shims`), which sdkgen's SDK has none of");
    expect(reason).toContain('the global `fetch` as it was when the client was made, or its `fetch` option');
    expect(reason).toContain('`fetchOptions`');
    expect(reason).toContain("`duplex: 'half'`");
    expect(reason).toContain('no `getRuntime`, no node-fetch fallback and no `httpAgent`');
    // What to do, in the owners' files: the test and the config's entry.
    expect(reason).toContain(
      "remove tests/runtime.test.ts and the entry '^@acme/sdk/_shims/auto/(.*)$' of jest.config.ts's moduleNameMapper",
    );
    // Another module of Stainless's: the reason as before.
    const other = brokenJestMappingReason('jest.config.ts', { ...broken, module: 'src/internal/decoders/line.ts' });
    expect(other).not.toContain('fetch runtime');
    expect(other).toContain('remove it (and the mapping), or rewrite it against sdkgen');
  });

  it("names the modules of Stainless's kept only because the test imports them: unused once it is removed", () => {
    const plan = planMigration({
      current: [
        file('package.json', JSON.stringify({ name: '@acme/sdk', version: '1.0.0' })),
        file('jest.config.ts', JEST_CONFIG),
        file('tests/runtime.test.ts', RUNTIME_TEST),
        file('src/_shims/auto/runtime-node.ts', `${header}export function getRuntime() { return {}; }\n`),
        file('src/_shims/auto/runtime.ts', `${header}export * from '../web-runtime';\n`),
        file('src/_shims/web-runtime.ts', `${header}export function getRuntime() { return {}; }\n`),
        file('src/core.ts', `${header}export {};\n`),
      ],
      base: null,
      rendered: [{ path: 'src/index.ts', contents: 'export class Acme {}\n' }],
    });
    expect(plan.keptImported).toEqual(
      expect.arrayContaining(['src/_shims/auto/runtime.ts', 'src/_shims/web-runtime.ts']),
    );
    const [item] = plan.needsHand.filter((n) => n.path === 'tests/runtime.test.ts');
    expect(item.reason).toContain(
      "; src/_shims/auto/runtime.ts, src/_shims/web-runtime.ts, Stainless's, kept because yours imports them, are " +
        'then unused: delete them too',
    );
  });
});
