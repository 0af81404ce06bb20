/**
 * oxfmt formats small files in batches (generator/format/oxfmt-batches.ts): every file must come out as it does
 * when formatted alone, files whose ends could run into a neighbour's are formatted alone, and an error still
 * names its file.
 */
import { describe, expect, it } from 'vitest';
import { FormatError, formatFiles, PRETTIER_OPTIONS, type OxfmtModule } from '../../generator/format/format';
import { batchable, joinBatch, splitBatch } from '../../generator/format/oxfmt-batches';

/** oxfmt on one file, with the options the format stage gives it. */
async function alone(file: { path: string; contents: string }): Promise<string> {
  const oxfmt = (await import('oxfmt' as string)) as OxfmtModule;
  const { experimentalTernaries: _prettierOnly, ...options } = PRETTIER_OPTIONS;
  const result = await oxfmt.format(file.path.endsWith('.md') ? 'file.md' : 'file.ts', file.contents, {
    ...options,
    sortPackageJson: false,
  });
  expect(result.errors).toEqual([]);
  return result.code;
}

const TYPESCRIPT = [
  // Leading blank lines, a header comment, trailing blank lines.
  `\n\n// header\nimport {A} from "./a.js"\nexport const a = {x:1,\n\n\n y:2}\n\n\n`,
  // A comment after the last statement, and no newline at the end.
  `export function f( x:number ) { return x }\n\n// the end`,
  // A statement without a semicolon before the next file.
  `/* block */ let n = 1\nn++`,
  `export class C { m() { return  \`t \${ 1 }\` } }\n/** trailing doc */\n`,
  `type T = 'a'|'b'|'c'|'${'d'.repeat(90)}'|'e'\nexport default {}`,
];

const MARKDOWN = [
  `# Title\n\n* one\n* two\n\n| a | b |\n| --- | --- |\n| *x* | y |\n`,
  // Indented code at both ends.
  `    indented code\n\nText\n\n    more code   \n`,
  `1. one\n1. two\n   - nested\n\n> quote\ncontinued`,
  'Some `code` and a fence:\n\n```ts\nconst a   =  1\n```\n\n<!-- a comment -->\n\nEnd.  \n',
  `Title\n===\n\nA paragraph\nover two lines.\n\n---\n`,
];

describe('oxfmt batches', () => {
  it('give every file the bytes it gets when formatted alone', async () => {
    const files = [
      ...TYPESCRIPT.map((contents, i) => ({ path: `src/f${i}.ts`, contents })),
      ...MARKDOWN.map((contents, i) => ({ path: `docs/d${i}.md`, contents })),
    ];
    for (const file of files)
      expect(batchable(file.path.endsWith('.md') ? 'markdown' : 'typescript', file.contents)).toBe(true);
    const batched = await formatFiles(files, { formatter: 'oxfmt' });
    expect(batched.map((f) => f.path)).toEqual(files.map((f) => f.path));
    const expected = await Promise.all(files.map(alone));
    expect(batched.map((f) => f.contents)).toEqual(expected);
    // They were batched: one call's source holds them all, and splits back into them.
    const joined = joinBatch('typescript', TYPESCRIPT);
    expect(splitBatch('typescript', await alone({ path: 'x.ts', contents: joined }), TYPESCRIPT.length)).toEqual(
      expected.slice(0, TYPESCRIPT.length),
    );
  });

  it('leave out files whose start or end could reach a neighbour', () => {
    const typescript = [
      `(function () {})()\n`, // starts with a parenthesis: joins the previous file's last expression
      `// c\n[1, 2].forEach(f)\n`,
      `\`template\`\n`,
      `in x\n`,
      `#!/usr/bin/env node\nrun()\n`,
      `// prettier-ignore\nconst  a = 1\n`,
      `/* never closed\nconst a = 1\n`,
      `// only a comment\n`,
      `   \n`,
      `const a = 1; // sdkgen:format-batch-boundary\n`,
    ];
    expect(typescript.filter((text) => batchable('typescript', text))).toEqual([]);
    const markdown = [
      '```js\nnever closed\n',
      '~~~~\n~~~\nstill open\n',
      `---\ntitle: front matter\n---\n\nText\n`,
      `[ref]: https://example.com\n\nSee [ref].\n`,
      `[^1]: a footnote\n`,
      `<pre>\nraw\n`,
      `<!-- open comment\n\ntext\n`,
      `<!-- prettier-ignore-start -->\n| a |\n`,
    ];
    expect(markdown.filter((text) => batchable('markdown', text))).toEqual([]);
    // A fence closed by a longer one, and a line of backticks with a backtick after it (not a fence), are fine.
    expect(batchable('markdown', '```\ncode\n`````\n\n``` not `a fence`\n')).toBe(true);
  });

  it('format those files alone, next to batched ones, with the same bytes', async () => {
    const files = [
      { path: 'src/a.ts', contents: TYPESCRIPT[0] },
      { path: 'src/iife.ts', contents: `(function () { return  1 })()\n` },
      { path: 'src/b.ts', contents: TYPESCRIPT[1] },
      { path: 'docs/open.md', contents: 'Text\n\n```\nnever closed\n' },
      { path: 'docs/a.md', contents: MARKDOWN[0] },
    ];
    const out = await formatFiles(files, { formatter: 'oxfmt' });
    expect(out.map((f) => f.contents)).toEqual(await Promise.all(files.map(alone)));
  });

  it('name the file that cannot be formatted, among batched files that can', async () => {
    const files = [
      { path: 'src/a.ts', contents: TYPESCRIPT[0] },
      { path: 'src/broken.ts', contents: `export const = ;\n` },
      { path: 'src/b.ts', contents: TYPESCRIPT[1] },
    ];
    expect(batchable('typescript', files[1].contents)).toBe(true);
    const error = await formatFiles(files, { formatter: 'oxfmt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as Error).message).toContain('src/broken.ts');
  });

  it('are refused when their boundaries do not come back one per file', () => {
    const joined = joinBatch('markdown', ['# A\n', '# B\n', '# C\n']);
    expect(splitBatch('markdown', joined, 3)).toEqual(['# A\n', '# B\n', '# C\n']);
    expect(splitBatch('markdown', joined, 2)).toBeNull();
    expect(splitBatch('markdown', joined.replace(/<!-- sdkgen:format-batch-boundary -->\n\n# C/, '# C'), 3)).toBeNull();
  });
});
