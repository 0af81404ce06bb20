/**
 * A module read as its top-level statements (generator/migrate/top-level.ts), as the declaration placer and the
 * reader of the owners' tests in Stainless's test modules use it; and a declaration the owners added after the last
 * of a module lands there without a blank line left at the module's end.
 */
import { describe, expect, test } from 'vitest';
import { declarationEdits, declarationsOf } from '../generator/migrate/reapply/declarations';
import { topLevelStatements } from '../generator/migrate/repository/top-level';
import { lines } from '../generator/write/merge';

const MODULE = `import { Foo } from './foo';

/**
 * A message.
 */
export interface Message {
  id: string;

  text: string;
}

// The roles.
export type Role = 'user' | 'assistant';
export namespace Message {
  export type Part = string;
}
`;

describe('topLevelStatements', () => {
  test('each statement with the comments above it, blank lines inside kept, those after it left out', () => {
    const text = lines(MODULE);
    const found = topLevelStatements(text).map(({ start, code, end }) => ({
      comments: text.slice(start, code).join(''),
      first: text[code].trim(),
      last: text[end - 1].trim(),
    }));
    expect(found).toEqual([
      { comments: '', first: "import { Foo } from './foo';", last: "import { Foo } from './foo';" },
      { comments: '/**\n * A message.\n */\n', first: 'export interface Message {', last: '}' },
      {
        comments: '// The roles.\n',
        first: "export type Role = 'user' | 'assistant';",
        last: "export type Role = 'user' | 'assistant';",
      },
      { comments: '', first: 'export namespace Message {', last: '}' },
    ]);
  });

  test('declarationsOf keys the declarations among them, each from its doc comment', () => {
    const text = lines(MODULE);
    const declarations = declarationsOf(text);
    expect(declarations.map((d) => d.key)).toEqual(['value:Message', 'value:Role', 'namespace:Message']);
    expect(text[declarations[0].start]).toBe('/**\n');
    expect(text[declarations[0].end - 1]).toBe('}\n');
  });
});

describe("a declaration the owners added after a module's last", () => {
  const stainless = 'export interface Message {\n  id: string;\n}\n\nexport type Role = string;\n';
  const owners = `${stainless}\n/** Theirs. */\nexport interface Extra {\n  note: string;\n}\n`;

  test("goes at the end of sdkgen's module, which ends with its closing line", () => {
    const edits = declarationEdits(stainless, owners);
    expect(edits?.hunks).toBe(1);
    const sdkgen =
      'export interface Message {\n  id: string;\n  /** sdkgen words it. */\n}\n\nexport type Role = string;\n';
    expect(edits!.apply(sdkgen)).toBe(`${sdkgen}\n/** Theirs. */\nexport interface Extra {\n  note: string;\n}\n`);
  });
});
