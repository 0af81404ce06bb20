/**
 * An owners' edit is "already there" (reapply/already-there.ts) only where what it adds says something wherever it
 * stands: a hunk of only keywords, literals and braces (`return null;`, `}`, `break;`) means what it does where the
 * owners put it, and sdkgen's file having such lines elsewhere is no evidence. Such a hunk that finds no place is left
 * for a person, never listed as done.
 */
import { describe, expect, it } from 'vitest';
import { reapplyEdits } from '../../generator/migrate/reapply/hunks';

const STAINLESS = `export function nextCursor(page: Page): string | null {
  const cursor = page.next_cursor;
  return cursor;
}
`;
/** sdkgen's module: another text, with `return null;` and braces of its own. */
const SDKGEN = `export function nextPageCursor(body: Body): string | null {
  if (!body.cursor) {
    return null;
  }
  return body.cursor;
}
`;

describe('already there: a hunk of keywords and braces only is no evidence', () => {
  for (const tokens of [undefined, 'typescript' as const]) {
    it(`leaves a bare \`return null;\` the owners added for a person (${tokens ?? 'lines'})`, () => {
      const edited = STAINLESS.replace('  const cursor', '    return null;\n  }\n  const cursor');
      const result = reapplyEdits(
        STAINLESS,
        edited.replace('{\n    return', '{\n  if (page.done) {\n    return'),
        SDKGEN,
        {
          code: true,
          ...(tokens ? { tokens } : {}),
        },
      );
      expect(result.alreadyThere ?? 0).toBe(0);
      const bare = reapplyEdits(
        STAINLESS,
        STAINLESS.replace('  const cursor', '  return null;\n  const cursor'),
        SDKGEN,
        {
          code: true,
          ...(tokens ? { tokens } : {}),
        },
      );
      expect(bare.alreadyThere ?? 0).toBe(0);
      expect(bare.rejected.length + bare.applied).toBeGreaterThan(0);
    });
  }

  it('still finds a hunk with words of its own that sdkgen’s file has', () => {
    const edited = STAINLESS.replace(
      '  return cursor;\n',
      '  return cursor;\n  if (!body.cursor) {\n    return null;\n  }\n',
    );
    const result = reapplyEdits(STAINLESS, edited, SDKGEN.replace('nextPageCursor', 'other'), { code: true });
    expect((result.alreadyThere ?? 0) + result.applied).toBeGreaterThan(0);
  });
});
