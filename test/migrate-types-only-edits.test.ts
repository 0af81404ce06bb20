/**
 * Hand edits to Stainless's TypeScript that change only types (supermemory's tests of uploads: `toFile(input as any)`,
 * `(content || new Blob([])) as any`, `} as any);`): nothing that runs to carry into sdkgen's file, so migrate lists
 * them apart from the edits a person must carry; and the trials' harness, reading the owners' hunk by itself, counts
 * such a hunk as carried where migrate's report lists it.
 */
import { describe, expect, it } from 'vitest';
import { changesOnlyTypes, withoutCasts } from '../generator/migrate/owners/types-only';
import { planMigration } from '../generator/migrate/plan';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';
// @ts-expect-error: the harness is plain JavaScript
import { onlyTypes, typesOnlyByReport } from '../bench/migrate-trials/lib/types-only.mjs';

const hunk = (removed: string[], added: string[]) =>
  ['@@ -1,1 +1,1 @@', ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`)].join('\n');

describe('a hand edit that changes only types', () => {
  it('is a cast added, with or without the parentheses it needs, or a non-null assertion', () => {
    expect(withoutCasts('const file = await toFile(input as any);')).toBe('const file = await toFile(input);');
    expect(withoutCasts('blob: async () => (content || new Blob([])) as any,')).toBe(
      'blob: async () => content || new Blob([]),',
    );
    expect(withoutCasts('  } as unknown as Array<string>);')).toBe('  });');
    expect(withoutCasts('return f(a) as T;')).toBe('return f(a);');
    expect(withoutCasts('value!.name')).toBe('value.name');
    expect(
      changesOnlyTypes(
        hunk(['    const file = await toFile(input);'], ['    const file = await toFile(input as any);']),
      ),
    ).toBe(true);
    expect(changesOnlyTypes(hunk(['  });'], ['  } as any);']))).toBe(true);
    // A cast followed by a comma (an object's property, an argument of several) is a cast too.
    expect(
      changesOnlyTypes(
        hunk(
          ['    blob: async () => content || new Blob([]),'],
          ['    blob: async () => (content || new Blob([])) as any,'],
        ),
      ),
    ).toBe(true);
    expect(changesOnlyTypes(hunk(['  go(input, 2);'], ['  go(input as Input, 2);']))).toBe(true);
  });

  it('is not one that changes what runs, or renames an import', () => {
    expect(changesOnlyTypes(hunk(['const n = (a + b) * c;'], ['const n = a + b * c;']))).toBe(false);
    expect(changesOnlyTypes(hunk(['return toFile(input);'], ['return toFile(input, name);']))).toBe(false);
    expect(changesOnlyTypes(hunk(["import { File } from 'node:buffer';"], []))).toBe(false);
    expect(changesOnlyTypes(hunk(["import { A as B } from './a';"], ["import { A as C } from './a';"]))).toBe(false);
    // A line of an import's list of names, renamed.
    expect(changesOnlyTypes(hunk(['  Alpha,'], ['  Alpha as Beta,']))).toBe(false);
    expect(changesOnlyTypes(hunk(['  type Alpha }'], ['  type Alpha as Beta }']))).toBe(false);
    expect(changesOnlyTypes(hunk(['if (a !== b) go();'], ['if (a! !== b) go();']))).toBe(true);
  });

  it('is listed apart by migrate, not as an edit for a person, in a file sdkgen writes its own of', () => {
    // (Not a test of Stainless's runtime: sdkgen replaces those whole, an edit in them reported with the tests that go.)
    const path = 'src/lib/read-file.ts';
    const stainless =
      'export async function readFile(input: Input) {\n  const file = await toFile(input);\n  return file.name;\n}\n';
    const owners = stainless.replace('toFile(input)', 'toFile(input as any)');
    const result = planMigration({
      current: [{ path, blob: 'edited', text: owners }],
      base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless]]) },
      rendered: [{ path, contents: "export function readFile(): string {\n  return 'a';\n}\n" }],
    });
    expect(result.typesOnly).toEqual([{ path, hunks: 1 }]);
    expect(result.rejected.map((r) => r.path)).not.toContain(path);
  });
});

describe("the trials' harness", () => {
  it('reads the report and the owners’ hunk itself', () => {
    const report =
      "Hand edits that change only types in Stainless's code (a cast, a non-null assertion), which …:\n" +
      '  tests/uploads.test.ts (4 hunks)\n  src/internal/shims.ts (1 hunk)\nNext list:\n';
    expect(typesOnlyByReport(report)).toEqual([
      { path: 'tests/uploads.test.ts', hunks: 4 },
      { path: 'src/internal/shims.ts', hunks: 1 },
    ]);
    const owned = (removed: string[], added: string[]) => ({ removed, added: added.map((text) => ({ text })) });
    expect(
      onlyTypes(
        'tests/uploads.test.ts',
        owned(['    const file = await toFile(input);'], ['    const file = await toFile(input as any);']),
      ),
    ).toBe(true);
    expect(
      onlyTypes(
        'tests/uploads.test.ts',
        owned(['    const file = await toFile(input);'], ['    const file = await toFile(other);']),
      ),
    ).toBe(false);
    expect(onlyTypes('README.md', owned(['toFile(input)'], ['toFile(input as any)']))).toBe(false);
    expect(
      onlyTypes(
        'tests/uploads.test.ts',
        owned(
          ['    blob: async () => content || new Blob([]),'],
          ['    blob: async () => (content || new Blob([])) as any,'],
        ),
      ),
    ).toBe(true);
    expect(onlyTypes('src/index.ts', owned(['  Alpha,'], ['  Alpha as Beta,']))).toBe(false);
  });
});

describe('a cast the owners added to a function of Stainless’s that sdkgen’s module has not', () => {
  it('brings none of Stainless’s declarations into sdkgen’s module', () => {
    const stainless =
      "import type { Stream } from './shim-types';\n\nexport function getDefaultFetch() {\n  return fetch;\n}\n\n" +
      'export function makeStream(source: unknown): Stream {\n  return new ReadableStream({\n    start() {},\n  });\n}\n';
    const owners = stainless.replace('    start() {},\n  });', '    start() {},\n  } as any);');
    const sdkgen = "export { getDefaultFetch } from './stainless-utils.js';\n";
    const carried = reapplyEdits(stainless, owners, sdkgen, { code: true, declarations: true });
    expect(carried.text).toBe(sdkgen);
    expect(carried.rejected.length).toBe(1);
    expect(changesOnlyTypes(carried.rejected[0])).toBe(true);
  });
});
