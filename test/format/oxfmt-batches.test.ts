/**
 * oxfmt formats small files in batches (generator/format/oxfmt-batches.ts): every file must come out as it does
 * when formatted alone, a batch whose boundary a file swallowed must be refused (and its files formatted alone), and
 * an error must still name its file.
 */
import { describe, expect, it } from 'vitest';
import { FormatError, formatFiles, PRETTIER_OPTIONS, type OxfmtModule } from '../../generator/format/format';
import { batchable, joinBatch, splitBatch, type BatchParser } from '../../generator/format/oxfmt-batches';

/** oxfmt on one source, with the options the format stage gives it. */
async function oxfmt(parser: BatchParser, source: string): Promise<{ code: string; errors: unknown[] }> {
  const module = (await import('oxfmt' as string)) as OxfmtModule;
  const { experimentalTernaries: _prettierOnly, ...options } = PRETTIER_OPTIONS;
  return module.format(parser === 'markdown' ? 'file.md' : 'file.ts', source, { ...options, sortPackageJson: false });
}

const parserOf = (file: string): BatchParser => (file.endsWith('.md') ? 'markdown' : 'typescript');

async function alone(file: { path: string; contents: string }): Promise<string> {
  const result = await oxfmt(parserOf(file.path), file.contents);
  expect(result.errors).toEqual([]);
  return result.code;
}

/** Formats the files as one batch: their formatted contents, or null when the batch is refused. */
async function asBatch(parser: BatchParser, contents: string[]): Promise<string[] | null> {
  const result = await oxfmt(parser, joinBatch(parser, contents));
  return result.errors.length > 0 ? null : splitBatch(parser, result.code, contents.length);
}

const TYPESCRIPT = [
  // Leading blank lines, a header comment, trailing blank lines.
  `\n\n// header\nimport {A} from "./a.js"\nexport const a = {x:1,\n\n\n y:2}\n\n\n`,
  // A comment after the last statement, and no newline at the end.
  `export function f( x:number ) { return x }\n\n// the end`,
  // A statement without a semicolon, then a file starting with a parenthesis.
  `/* block */ let n = 1\nn++`,
  `(function () { return  1 })()\n`,
  `export class C { m() { return  \`t \${ 1 }\` } }\n/** trailing doc */\n`,
  `// only a comment\n`,
  `[1, 2].forEach((x)=>x)\ntype T = 'a'|'b'|'c'|'${'d'.repeat(90)}'|'e'\nexport default {}`,
];

const MARKDOWN = [
  `# Title\n\n* one\n* two\n\n| a | b |\n| --- | --- |\n| *x* | y |\n`,
  // Indented code at both ends.
  `    indented code\n\nText\n\n    more code   \n`,
  `1. one\n1. two\n   - nested\n\n> quote\ncontinued`,
  'Some `code` and a fence:\n\n```ts\nconst a   =  1\n```\n\n<!-- a comment -->\n\nEnd.  \n',
  `Title\n===\n\nA paragraph\nover two lines.\n\n---\n`,
  `- a list at the end\n- of a file\n`,
  `- a list at the start of the next\n`,
];

describe('oxfmt batches', () => {
  it('give every file the bytes it gets when formatted alone', async () => {
    const files = [
      ...TYPESCRIPT.map((contents, i) => ({ path: `src/f${i}.ts`, contents })),
      ...MARKDOWN.map((contents, i) => ({ path: `docs/d${i}.md`, contents })),
    ];
    for (const file of files) expect(batchable(parserOf(file.path), file.contents)).toBe(true);
    const expected = await Promise.all(files.map(alone));
    // Formatted as one batch per language, split back into the files...
    expect(await asBatch('typescript', TYPESCRIPT)).toEqual(expected.slice(0, TYPESCRIPT.length));
    expect(await asBatch('markdown', MARKDOWN)).toEqual(expected.slice(TYPESCRIPT.length));
    // ...and so by the format stage.
    const formatted = await formatFiles(files, { formatter: 'oxfmt' });
    expect(formatted.map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(formatted.map((f) => f.contents)).toEqual(expected);
  });

  it('are refused when a file carries on past its end, and those files come out as they do alone', async () => {
    const swallowing: Array<[BatchParser, string[]]> = [
      ['typescript', ['export const a = `an open template\n', 'and its end`;\n']],
      ['typescript', ['export const sum = 1 +\n', '2;\n']],
      ['typescript', ['const a = 1;\n/* an open comment\n', 'const b = 1; /** closed here */\n']],
      ['markdown', ['Text\n\n```\nan open fence\n', '# Next\n']],
      ['markdown', ['<pre>\nopen raw HTML\n', '# Next\n']],
      ['markdown', ['Text\n\n<!-- prettier-ignore -->\n', '# Next\n']],
    ];
    for (const [parser, contents] of swallowing) {
      for (const text of contents) expect(batchable(parser, text)).toBe(true);
      expect(await asBatch(parser, contents)).toBeNull();
    }
    // The files that format alone come out as they do alone, next to batched ones.
    const files = [
      { path: 'src/a.ts', contents: TYPESCRIPT[0] },
      { path: 'src/ignore.ts', contents: 'const a = 1;\n// prettier-ignore\n' },
      { path: 'src/b.ts', contents: 'const  b = 2;\n' },
      { path: 'docs/open.md', contents: 'Text\n\n```\nan open fence\n' },
      { path: 'docs/next.md', contents: '# Next\n' },
    ];
    const out = await formatFiles(files, { formatter: 'oxfmt' });
    expect(out.map((f) => f.contents)).toEqual(await Promise.all(files.map(alone)));
  });

  it('name the file that cannot be formatted alone, even where its neighbour would have completed it', async () => {
    for (const [broken, next] of [
      ['export const = ;\n', TYPESCRIPT[1]],
      ['export const sum = 1 +\n', '2;\n'],
    ]) {
      const files = [
        { path: 'src/a.ts', contents: TYPESCRIPT[0] },
        { path: 'src/broken.ts', contents: broken },
        { path: 'src/next.ts', contents: next },
      ];
      const error = await formatFiles(files, { formatter: 'oxfmt' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FormatError);
      expect((error as Error).message).toContain('src/broken.ts');
    }
  });

  it('leave out files that read differently at the start of a document, or define things for all of it', () => {
    const typescript = [
      `'use strict';\nrun()\n`,
      `// a comment first\n"use client";\nexport const a = 1;\n`,
      `#!/usr/bin/env node\nrun()\n`,
      `/* never closed\nconst a = 1\n`,
      `const sdkgenFormatBatchBoundary = 1;\n`,
      `   \n`,
    ];
    expect(typescript.filter((text) => batchable('typescript', text))).toEqual([]);
    const markdown = [
      `---\ntitle: front matter\n---\n\nText\n`,
      `[ref]: https://example.com\n\nSee [ref].\n`,
      `Text[^1].\n\n[^1]: a footnote\n`,
      `# sdkgen-format-batch-boundary\n`,
    ];
    expect(markdown.filter((text) => batchable('markdown', text))).toEqual([]);
  });

  it('split only where every boundary came back', () => {
    const formatted = '# A\n\n# sdkgen-format-batch-boundary\n\n# B\n\n# sdkgen-format-batch-boundary\n\n# C\n';
    expect(splitBatch('markdown', formatted, 3)).toEqual(['# A\n', '# B\n', '# C\n']);
    expect(splitBatch('markdown', formatted, 2)).toBeNull();
    expect(splitBatch('markdown', formatted.replace('# sdkgen', '#   sdkgen'), 3)).toBeNull();
    expect(splitBatch('typescript', 'a;\nsdkgenFormatBatchBoundary;\nb;\n', 2)).toEqual(['a;\n', 'b;\n']);
    expect(splitBatch('typescript', 'a;\n  sdkgenFormatBatchBoundary;\nb;\n', 2)).toBeNull();
  });

  it('take the line breaks around a boundary with it, and leave an empty file as a file', () => {
    const boundary = '# sdkgen-format-batch-boundary';
    const md = ['\n# A\n\n\n', boundary, '\n\n\n# C\n\n', boundary, '\n\n# D\n\n'].join('');
    expect(splitBatch('markdown', md, 3)).toEqual(['\n# A\n', '# C\n', '# D\n']);
    // A heading's boundary takes every line break after it: one right after it is no boundary.
    expect(splitBatch('markdown', `# A\n\n${boundary}\n${boundary}\n\n# C\n`, 3)).toBeNull();
    // A file ending in blank lines, and one that is empty.
    const ts = 'a;\n\n\nsdkgenFormatBatchBoundary;\n\nsdkgenFormatBatchBoundary;\nb;\n';
    expect(splitBatch('typescript', ts, 3)).toEqual(['a;\n', '\n', 'b;\n']);
    // Not a boundary: the mark inside a line, or not followed by its line break.
    expect(splitBatch('typescript', 'a; // sdkgenFormatBatchBoundary;\nb;\n', 1)).toEqual([
      'a; // sdkgenFormatBatchBoundary;\nb;\n',
    ]);
    expect(splitBatch('typescript', 'a;\nsdkgenFormatBatchBoundary;', 1)).toEqual(['a;\nsdkgenFormatBatchBoundary;\n']);
  });
});
