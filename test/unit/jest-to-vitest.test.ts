/**
 * The owners' Jest tests, rewritten for Vitest by `sdkgen migrate` (generator/migrate/jest-to-vitest.ts): an import
 * of what each uses, `jest.*` calls Vitest's `vi` makes the same way, Jest's mock types; only in code, never in
 * comments, strings or regular expressions; what has no counterpart is left and reported.
 */
import { describe, expect, it } from 'vitest';
import { vitestFromJest } from '../../generator/migrate/jest-to-vitest';

describe('vitestFromJest', () => {
  it('imports the globals a test uses, after its imports, and moves jest.* calls to vi', () => {
    const jest = [
      "import Acme from 'acme';",
      'import {',
      '  type Thing,',
      "} from './thing';",
      '',
      'jest.setTimeout(15_000);',
      "jest.mock('./net');",
      'const send = jest.fn<Promise<void>, []>();',
      '',
      "describe.each([1, 2])('acme %i', (n) => {",
      '  beforeEach(() => jest.useFakeTimers());',
      "  it('sends', async () => {",
      '    const spy = jest.spyOn(console, "log") as jest.SpyInstance;',
      '    expect(send).not.toHaveBeenCalled();',
      '    expect(spy).toBeDefined();',
      '  });',
      '});',
      '',
    ].join('\n');
    const { text, changes, leftOver } = vitestFromJest(jest);
    expect(text).toBe(
      [
        "import Acme from 'acme';",
        'import {',
        '  type Thing,',
        "} from './thing';",
        "import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';",
        '',
        'vi.setConfig({ testTimeout: 15_000 });',
        "vi.mock('./net');",
        'const send = vi.fn<Promise<void>, []>();',
        '',
        "describe.each([1, 2])('acme %i', (n) => {",
        '  beforeEach(() => vi.useFakeTimers());',
        "  it('sends', async () => {",
        '    const spy = vi.spyOn(console, "log") as MockInstance;',
        '    expect(send).not.toHaveBeenCalled();',
        '    expect(spy).toBeDefined();',
        '  });',
        '});',
        '',
      ].join('\n'),
    );
    expect(changes).toEqual([
      "imports beforeEach, describe, expect, it, vi, MockInstance from 'vitest'",
      'jest.setTimeout(ms) → vi.setConfig({ testTimeout: ms })',
      'jest.mock → vi.mock',
      'jest.fn → vi.fn',
      'jest.useFakeTimers → vi.useFakeTimers',
      'jest.spyOn → vi.spyOn',
      'jest.SpyInstance → MockInstance',
    ]);
    expect(leftOver).toEqual([]);
  });

  it('leaves comments, strings, template text and regular expressions alone', () => {
    const jest = [
      '// it(tests) with jest.fn() in a comment',
      '/* describe(x) and jest.mock() */',
      "const a = 'jest.fn() in it(a string)';",
      'const b = `expect(x) and jest.fn() ${String(1)}`;',
      "const c = /jest.fn\\(\\)|it\\('/;",
      "test('x', () => {});",
      '',
    ].join('\n');
    const { text, changes } = vitestFromJest(jest);
    expect(text).toBe(
      `${jest.split('\n').slice(0, 2).join('\n')}\nimport { test } from 'vitest';\n${jest.split('\n').slice(2).join('\n')}`,
    );
    expect(changes).toEqual(["imports test from 'vitest'"]);
  });

  it("takes @jest/globals as Vitest's, and knows a test's own declarations and imports", () => {
    const { text, changes } = vitestFromJest(
      "import { describe, expect, jest } from '@jest/globals';\nimport { it } from './helpers';\nfunction test() {}\n" +
        "describe('x', () => { it('y', () => expect(jest.fn()).toBeDefined()); test(); });\n",
    );
    expect(text).toBe(
      "import { describe, expect, vi } from 'vitest';\nimport { it } from './helpers';\nfunction test() {}\n" +
        "describe('x', () => { it('y', () => expect(vi.fn()).toBeDefined()); test(); });\n",
    );
    expect(changes).toEqual(["imports from 'vitest' what it imported from '@jest/globals'", 'jest.fn → vi.fn']);
  });

  it('reports what Vitest does otherwise: mock factories, jest.requireActual', () => {
    const { text, leftOver } = vitestFromJest(
      "jest.mock('./net', () => ({ send: jest.fn() }));\nconst real = jest.requireActual('./net');\n",
    );
    expect(text).toContain("vi.mock('./net', () => ({ send: vi.fn() }));\nconst real = jest.requireActual('./net');");
    expect(leftOver).toEqual([
      "vi.mock's factory returns the module's exports: a default export is its `default` key (Jest's returned the " +
        'module itself); check each factory',
      '`jest.requireActual` has no Vitest counterpart sdkgen rewrites (`await vi.importActual(…)` is asynchronous)',
    ]);
  });

  it('makes a test or hook that takes a done callback return a promise done settles, done(error) rejecting it', async () => {
    const jest = [
      "beforeEach((done: jest.DoneCallback) => { setTimeout(() => { log.push('before'); done(); }, 1); });",
      'afterEach((done) => close(done));',
      "test('fails', function (done) { done(new Error('boom')); });",
      "test('braces in text', (done) => { log.push('}'); done(); });",
      '',
    ].join('\n');
    const { text, changes, leftOver } = vitestFromJest(jest);
    expect(leftOver).toEqual([]);
    expect(changes).toContain('a `done` callback → a returned promise that `done()` resolves (4)');
    expect(text).not.toMatch(/\(\s*done\s*(?::[^)]*)?\)\s*=>|function\s*\(\s*done/);
    // Run as JavaScript: the hooks and tests are the functions handed to these stand-ins.
    const body = text
      .replace(/^import .*\n/m, '')
      .replace(/<void>/g, '')
      .replace(/\(error\?: unknown\)/g, '(error)');
    const log: string[] = [];
    const hooks: Array<() => Promise<void>> = [];
    const tests: Array<() => Promise<void>> = [];
    const close = (callback: (error?: unknown) => void) => setTimeout(() => (log.push('closed'), callback()), 1);
    new Function('beforeEach', 'afterEach', 'test', 'log', 'close', body)(
      (f: () => Promise<void>) => hooks.push(f),
      (f: () => Promise<void>) => hooks.push(f),
      (_name: string, f: () => Promise<void>) => tests.push(f),
      log,
      close,
    );
    for (const hook of hooks) await hook();
    expect(log).toEqual(['before', 'closed']);
    await expect(tests[0]()).rejects.toThrow('boom');
    await expect(tests[1]()).resolves.toBeUndefined();
    expect(log).toEqual(['before', 'closed', '}']);
  });

  it('changes nothing in a test that already runs on Vitest', () => {
    const vitest = "import { expect, test } from 'vitest';\ntest('x', () => expect(1).toBe(1));\n";
    expect(vitestFromJest(vitest)).toEqual({ text: vitest, changes: [], leftOver: [] });
  });
});
