/**
 * oxfmt called from the format thread (generator/format/format-thread.ts, built into dist/format-worker.cjs) must
 * give every file the bytes it gets in this thread: batched or alone, its JSDoc wrapped, and an error naming its file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FormatError, formatFiles, type FormatInput } from '../../generator/format/format';
import { FormatThread, formatThreadScript } from '../../generator/format/format-thread';
import { oxfmtCalls, type OxfmtModule } from '../../generator/format/oxfmt-format';
import { buildSdkgen } from '../helpers/build';

const LONG_DOC = `/** ${'A sentence that runs on past the width of the line. '.repeat(4)}*/`;

const FILES: FormatInput[] = [
  { path: 'src/a.ts', contents: `export const a = {x:1,\n\n\n y:2}\n`, wrapComments: true },
  { path: 'src/doc.ts', contents: `${LONG_DOC}\nexport interface   Doc { a: string }\n`, wrapComments: true },
  {
    path: 'src/stainless.ts',
    contents: `export class C {\n  ${LONG_DOC}\n  m() { return 1 }\n}\n`,
    wrapComments: { textWidth: 80 },
  },
  { path: 'src/unwrapped.ts', contents: `${LONG_DOC}\nexport const  b = 2\n` },
  // Past Latin-1, and Latin-1 past ASCII, in one batch.
  { path: 'src/quote.ts', contents: `export const q = 'it\u2019s'\n` },
  { path: 'src/accent.ts', contents: `export const e = 'caf\u00e9'\n` },
  // Refused in a batch (its ignore comment takes the boundary after it), so formatted alone.
  { path: 'src/ignore.ts', contents: 'const a = 1;\n// prettier-ignore\n' },
  { path: 'src/next.ts', contents: 'const  b = 2;\n' },
  // Not batched: a directive first, and JSON.
  { path: 'src/strict.ts', contents: `'use strict';\nrun( )\n`, wrapComments: true },
  { path: 'package.json', contents: '{"name":"x","version":"1.0.0"}' },
  { path: 'README.md', contents: '# Title\n\n* one\n* two\n' },
  { path: 'LICENSE', contents: 'not formatted\n' },
];

describe('the format thread', () => {
  beforeAll(() => buildSdkgen(), 120_000);

  it('is built, and gives each file the bytes this thread gives it', async () => {
    expect(formatThreadScript()).not.toBeNull();
    const here = await formatFiles(FILES, { formatter: 'oxfmt' });
    const there = await formatFiles(FILES, { formatter: 'oxfmt', formatThread: true, formatThreadFrom: 0 });
    expect(there).toEqual(here);
    // The wrapped comment is wrapped, so the comparison above covers wrapping.
    expect(here.find((f) => f.path === 'src/doc.ts')!.contents.split('\n').length).toBeGreaterThan(4);
  });

  it('makes the calls this thread makes, and fails them once stopped', async () => {
    const module = (await import('oxfmt' as string)) as OxfmtModule;
    const here = oxfmtCalls(module);
    const thread = new FormatThread(formatThreadScript()!);
    const wrap = { width: 80, textWidth: null };
    const joined = 'a;\nsdkgenFormatBatchBoundary   ;\nb\n';
    expect(await thread.joined('typescript', joined, [wrap, null])).toEqual(
      await here.joined('typescript', joined, [wrap, null]),
    );
    expect(await thread.joined('typescript', 'const a = `open\n', [null])).toBeNull();
    expect(await thread.alone('json', '{"a":1}', null)).toBe('{ "a": 1 }\n');
    const broken = await thread.alone('typescript', 'export const = ;\n', null);
    expect(broken).toBeInstanceOf(Error);
    expect((broken as Error).message).toBe(
      ((await here.alone('typescript', 'export const = ;\n', null)) as Error).message,
    );
    await thread.stop();
    expect(await thread.joined('typescript', joined, [null, null])).toBeNull();
    expect(await thread.alone('typescript', 'a;\n', null)).toBeInstanceOf(Error);
  });

  it('names the file that cannot be formatted', async () => {
    const files = [...FILES, { path: 'src/broken.ts', contents: 'export const = ;\n' }];
    const error = await formatFiles(files, { formatter: 'oxfmt', formatThread: true, formatThreadFrom: 0 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FormatError);
    expect((error as Error).message).toContain('src/broken.ts');
  });
});
