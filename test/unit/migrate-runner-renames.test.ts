/**
 * The owners' upgrade of their test runner, made to Stainless's test of its runtime that sdkgen writes its own of
 * (tests/index.test.ts): Jest 30 took out the matchers' old names (`toThrowError`, `toBeCalledWith` …), and xquik's
 * owners renamed them in Stainless's tests. Their change tests nothing new: Stainless's test goes with the runtime it
 * tests, listed as such, nothing for a person; where sdkgen's own module still calls an old name, it stays for one.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';
import { renamesMatchersOnly } from '../../generator/migrate/owners/runner-renames';

const STAINLESS_TEST = `// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import Acme from 'acme';
import { APIUserAbortError } from 'acme';

describe('instantiate client', () => {
  test('custom signal', async () => {
    const client = new Acme({ baseURL: 'http://localhost:5000/', apiKey: 'My API Key' });
    const controller = new AbortController();
    controller.abort();
    const spy = jest.spyOn(client, 'request');
    await expect(client.get('/foo', { signal: controller.signal })).rejects.toThrowError(APIUserAbortError);
    expect(spy).toBeCalledTimes(1);
  });
});
`;

const SDKGEN_TEST = (matcher: string) => `import { describe, expect, it } from './harness';
import { Acme } from '../src/index';

describe('instantiate client', () => {
  it('takes an API key', async () => {
    await expect(Promise.reject(new Error('x'))).rejects.${matcher}('x');
  });
});
`;

function planWith(current: string, sdkgens = SDKGEN_TEST('toThrow')) {
  return planMigration({
    current: [
      { path: 'tests/index.test.ts', blob: 'owners', text: current },
      { path: 'src/index.ts', blob: 'stainless-index', text: 'export { Acme as default } from "./client";\n' },
    ],
    base: {
      blobs: new Map([
        ['tests/index.test.ts', 'stainless'],
        ['src/index.ts', 'stainless-index'],
      ]),
      texts: new Map([
        ['tests/index.test.ts', STAINLESS_TEST],
        ['src/index.ts', 'export { Acme as default } from "./client";\n'],
      ]),
    },
    rendered: [
      { path: 'tests/index.test.ts', contents: sdkgens },
      { path: 'tests/harness.ts', contents: 'export function it() {}\n' },
      { path: 'src/index.ts', contents: 'export { Acme } from "./client";\n' },
    ],
  });
}

const UPGRADED = STAINLESS_TEST.replace('.toThrowError(', '.toThrow(').replace(
  'toBeCalledTimes(',
  'toHaveBeenCalledTimes(',
);

describe('migrate: the owners renamed Jest’s old matchers in Stainless’s runtime test sdkgen rewrites', () => {
  it('goes with Stainless’s runtime, listed as such, nothing for a person', () => {
    const plan = planWith(UPGRADED);
    expect(plan.rejected).toEqual([]);
    expect(plan.changedStainlessTests).toEqual(['tests/index.test.ts']);
  });

  it('stays for a person where sdkgen’s module calls an old name still, or where they changed more', () => {
    expect(planWith(UPGRADED, SDKGEN_TEST('toThrowError')).rejected.map((r) => r.path)).toEqual([
      'tests/index.test.ts',
    ]);
    const more = UPGRADED.replace('controller.abort();', 'controller.abort("theirs");');
    expect(planWith(more).rejected.map((r) => r.path)).toEqual(['tests/index.test.ts']);
  });

  it('reads a hunk as renames only when each line it takes out comes back with a new matcher name alone', () => {
    const hunk = (from: string, to: string) => `@@ -1,3 +1,3 @@\n a\n-${from}\n+${to}\n b\n`;
    expect(renamesMatchersOnly(hunk('expect(f).toThrowError(E);', 'expect(f).toThrow(E);'))).toBe(true);
    expect(renamesMatchersOnly(hunk('expect(s).lastCalledWith(1);', 'expect(s).toHaveBeenLastCalledWith(1);'))).toBe(
      true,
    );
    expect(renamesMatchersOnly(hunk('expect(f).toThrowError(E);', 'expect(f).toThrow(F);'))).toBe(false);
    expect(renamesMatchersOnly(hunk('expect(f).toThrow(E);', 'expect(f).toThrow(E);'))).toBe(false);
    expect(renamesMatchersOnly('@@ -1,0 +1,1 @@\n+expect(f).toThrow(E);\n')).toBe(false);
  });
});
