/**
 * A test the owners added to Stainless's client tests (`tests/index.test.ts`, Jest's `test(…)`) keeps their spelling in
 * sdkgen's file of the same tests, which calls them `it(…)` from its harness: where that harness gives `test` too,
 * `test` is imported beside `it` and the owners' lines are carried as they wrote them (supermemory's
 * `describe('local', …)`); where it gives only `it`, the calls are renamed, as before.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const path = 'tests/index.test.ts';
const stainless =
  "import Acme from 'acme';\n\ndescribe('instantiate client', () => {\n  test('defaultQuery', () => {\n" +
  '    expect(1).toBe(1);\n  });\n});\n';
const ownersBlock =
  "  describe('local', () => {\n    test('points at the local server', async () => {\n" +
  "      expect(Acme.local().baseURL).toEqual('http://localhost:8787');\n    });\n  });\n\n";
const owners = stainless.replace("describe('instantiate client', () => {\n", (m) => m + ownersBlock);
const sdkgenTests =
  "import Acme from '../src/index.js';\nimport { describe, expect, it } from './harness.js';\n\n" +
  "describe('instantiate client', () => {\n  it('with a default query', () => {\n    expect(2).toBe(2);\n  });\n});\n";
const harness = (withTest: boolean) =>
  `export function it(name: string, body: () => void): void {}\n${withTest ? 'export const test: typeof it = it;\n' : ''}`;

function migrated(withTest: boolean): string {
  const result = planMigration({
    current: [{ path, blob: 'edited', text: owners }],
    base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless]]) },
    rendered: [
      { path, contents: sdkgenTests },
      { path: 'tests/harness.ts', contents: harness(withTest) },
    ],
  });
  expect(result.rejected).toEqual([]);
  return result.writes.find((w) => w.path === path)!.contents;
}

describe('migrate: the owners’ test(…) calls in Stainless’s client tests', () => {
  it('are carried as written, with test imported from the harness that gives it', () => {
    const text = migrated(true);
    expect(text).toContain("    test('points at the local server', async () => {\n");
    expect(text).not.toContain("it('points at the local server'");
    expect(text).toContain("import { describe, expect, it, test } from './harness.js';\n");
    // sdkgen's own tests keep their spelling.
    expect(text).toContain("  it('with a default query', () => {\n");
  });

  it('are renamed it(…) where the harness gives only it', () => {
    const text = migrated(false);
    expect(text).toContain("    it('points at the local server', async () => {\n");
    expect(text).toContain("import { describe, expect, it } from './harness.js';\n");
  });
});
