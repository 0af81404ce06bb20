/**
 * notdiamond's owners patched Stainless's `internal/utils/env.ts` so that an environment variable set to an empty
 * value counts as unset (`return value === '' ? undefined : value;`, for Node's and Deno's reads). sdkgen's `readEnv`
 * does so already (templates/base/src/internal/env.ts): the patch, which has no text to land on in sdkgen's runtime,
 * is listed as done with this test rather than left for a person (owners/runtime-behaviours.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dropDoneBySdkgen } from '../../generator/migrate/owners/runtime-behaviours';
import { readEnv } from '../../templates/base/src/internal/env';

const NODE = [
  '@@ -9,7 +9,8 @@',
  '  */',
  ' export const readEnv = (env: string): string | undefined => {',
  "   if (typeof (globalThis as any).process !== 'undefined') {",
  '-    return (globalThis as any).process.env?.[env]?.trim() ?? undefined;',
  '+    const value = (globalThis as any).process.env?.[env]?.trim() ?? undefined;',
  "+    return value === '' ? undefined : value;",
  '   }',
  "   if (typeof (globalThis as any).Deno !== 'undefined') {",
  '     return (globalThis as any).Deno.env?.get?.(env)?.trim();',
  '',
].join('\n');
const DENO = [
  '@@ -12,7 +13,8 @@',
  '     return (globalThis as any).process.env?.[env]?.trim() ?? undefined;',
  '   }',
  "   if (typeof (globalThis as any).Deno !== 'undefined') {",
  '-    return (globalThis as any).Deno.env?.get?.(env)?.trim();',
  '+    const value = (globalThis as any).Deno.env?.get?.(env)?.trim();',
  "+    return value === '' ? undefined : value;",
  '   }',
  '   return undefined;',
  ' };',
  '',
].join('\n');
// Another edit of the module, about something else: still theirs to place.
const OTHER = ['@@ -20,2 +21,3 @@', ' };', '+export const DEBUG = false;', ''].join('\n');

describe("sdkgen's readEnv", () => {
  afterEach(() => {
    delete process.env.SDKGEN_TEST_EMPTY;
  });

  it('an environment variable set to an empty value counts as unset', () => {
    process.env.SDKGEN_TEST_EMPTY = '';
    expect(readEnv('SDKGEN_TEST_EMPTY')).toBeUndefined();
    process.env.SDKGEN_TEST_EMPTY = '   ';
    expect(readEnv('SDKGEN_TEST_EMPTY')).toBeUndefined();
    process.env.SDKGEN_TEST_EMPTY = ' key ';
    expect(readEnv('SDKGEN_TEST_EMPTY')).toBe('key');
  });
});

describe("an owners' patch making Stainless's readEnv take an empty value as unset", () => {
  it("is done by sdkgen's runtime: listed with the test, nothing for a person", () => {
    const done: Array<{ path: string; does: string; test: string }> = [];
    const left = dropDoneBySdkgen([{ path: 'src/internal/utils/env.ts', hunks: [NODE, DENO, OTHER] }], done);
    expect(left).toEqual([{ path: 'src/internal/utils/env.ts', hunks: [OTHER] }]);
    expect(done.map((d) => d.test)).toEqual([
      'test/unit/migrate-empty-env-done.test.ts › an environment variable set to an empty value counts as unset',
      'test/unit/migrate-empty-env-done.test.ts › an environment variable set to an empty value counts as unset',
    ]);
  });
});
