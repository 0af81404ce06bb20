/**
 * Owners' Jest tests carried into a test file sdkgen writes keep Jest's `expect` where they use a matcher sdkgen's
 * harness lacks. anthropic-sdk-typescript's owners added to Stainless's `tests/api-resources/messages/messages.test.ts`
 * tests spying on `console.warn` (`jest.spyOn(…)`, `expect(consoleSpy).toHaveBeenCalledWith(…)`); sdkgen's file of
 * those tests imports `expect` from its harness (tests/harness.ts), which has no such matcher: the carried tests
 * failed with "toHaveBeenCalledWith is not a function". The file now leaves `expect` out of its harness import, so
 * the runner's (Jest's) global is every test's `expect` there; where the owners' lines use only the harness's
 * matchers, the file is left as sdkgen wrote it.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';
import { harnessMatchers, needsHostExpect } from '../generator/migrate/reapply/host-expect';
import { generateFrom, tempDir } from './helpers/sdk';
import { ACME_HEALTH_CONFIG, ACME_HEALTH_SPEC } from './helpers/acme-health';

const [SPEC, CONFIG] = [ACME_HEALTH_SPEC, ACME_HEALTH_CONFIG];

const root = tempDir('owners-jest-expect');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** sdkgen's harness, as an SDK from a Stainless config has it. */
let harness = '';
beforeAll(async () => {
  const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
  harness = files.find((f) => f.path === 'tests/harness.ts')!.contents;
});

const path = 'tests/api-resources/health.test.ts';
const stainless =
  "import Acme from 'acme';\n\nconst client = new Acme({ apiKey: 'k' });\n\ndescribe('resource health', () => {\n" +
  "  test('check', async () => {\n    const response = await client.health.check();\n    expect(response).toBeUndefined();\n  });\n});\n";
const sdkgenTests =
  "import Acme from '../../src/index.js';\nimport { describe, expect, it } from '../harness.js';\n\n" +
  "const client = new Acme({ apiKey: 'k' });\n\ndescribe('resource health', () => {\n" +
  "  it('check', async () => {\n    const response = await client.health.check();\n    expect(response).toBeUndefined();\n  });\n});\n";

/** Stainless's file with an owners' test (`body`) added at its end. */
const withOwnersTest = (body: string) => `${stainless}\n${body}`;

function migrated(owners: string): string {
  const result = planMigration({
    current: [{ path, blob: 'edited', text: owners }],
    base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless]]) },
    rendered: [
      { path, contents: sdkgenTests },
      { path: 'tests/harness.ts', contents: harness },
    ],
  });
  expect(result.rejected).toEqual([]);
  return result.writes.find((w) => w.path === path)!.contents;
}

const SPY_TEST = `test('warns on a deprecated call', () => {
  const consoleSpy = jest.spyOn(console, 'warn').mockImplementation();
  console.warn('deprecated');
  expect(consoleSpy).toHaveBeenCalledWith(
    'deprecated',
  );
  consoleSpy.mockRestore();
});
`;

describe("migrate: owners' Jest expectations in a test file sdkgen writes", () => {
  it("keep Jest's global `expect` where they use a matcher the harness lacks", () => {
    const text = migrated(withOwnersTest(SPY_TEST));
    expect(text).toContain("expect(consoleSpy).toHaveBeenCalledWith(\n    'deprecated',\n  );");
    // (`test` beside `it`, as the owners call their test: migrate-owners-test-calls.test.ts.)
    expect(text).toContain("import { describe, it, test } from '../harness.js';\n");
  });

  it('keep it in a file whose harness import gives `test` alone (Stainless-era test names)', () => {
    const sdkgens = sdkgenTests
      .replace('{ describe, expect, it }', '{ describe, expect, test }')
      .replace("  it('check'", "  test('check'");
    const result = planMigration({
      current: [{ path, blob: 'edited', text: withOwnersTest(SPY_TEST) }],
      base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless]]) },
      rendered: [
        { path, contents: sdkgens },
        { path: 'tests/harness.ts', contents: harness },
      ],
    });
    const text = result.writes.find((w) => w.path === path)!.contents;
    expect(text).toContain("import { describe, test } from '../harness.js';\n");
  });

  it("leave the harness's `expect` where the harness has every matcher they use", () => {
    const plain =
      "test('is undefined', () => {\n  expect(undefined).toBeUndefined();\n  expect([1]).toHaveLength(1);\n});\n";
    const text = migrated(withOwnersTest(plain));
    expect(text).toContain('expect([1]).toHaveLength(1);');
    expect(text).toContain("import { describe, expect, it, test } from '../harness.js';\n");
  });

  it("tell Jest's forms from the harness's by its declared matchers and their arguments", () => {
    const matchers = harnessMatchers(harness);
    const needs = (code: string) => needsHostExpect(code, matchers);
    // The harness's forms.
    expect(needs("expect(x).toBe(1); expect(x).not.toEqual({ a: 1 }); expect(f).toThrow('bad');")).toBe(false);
    expect(needs('expect(f).toThrow(); await expect(p).rejects.toThrow(Acme.APIError);')).toBe(false);
    // Jest's alone: other matchers, other arguments, `expect.…`, `resolves`.
    expect(needs('expect(x).toMatchObject({ a: 1 });')).toBe(true);
    expect(needs('expect(f).toThrow(/bad/);')).toBe(true);
    expect(needs('expect(f).toThrow(TypeError);')).toBe(true);
    expect(needs("await expect(p).rejects.toThrow('bad');")).toBe(true);
    expect(needs('expect(x).toEqual(expect.any(String));')).toBe(true);
    expect(needs('await expect(p).resolves.toBe(1);')).toBe(true);
    expect(needs('expect(spy).not.toHaveBeenCalled();')).toBe(true);
    // Lines with no expectation need nothing.
    expect(needs('const spy = jest.fn();')).toBe(false);
  });
});
