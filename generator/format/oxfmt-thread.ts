/**
 * oxfmt's calls for a thread that writes the files it formats (write/output-worker.ts): the text of a large new
 * output is then formatted, wrapped and written there, and never crosses back to the main thread. Built into
 * dist/oxfmt-thread.cjs, which the output worker loads; format.ts formats on the main thread where it is not built.
 *
 * Each group comes out as format.ts's session makes it: joined and split again when batched (oxfmt-batches.ts), each
 * file alone when the batch is refused or fails, then its JSDoc wrapped.
 */
import { type BatchParser, joinBatch, splitBatch } from './oxfmt-batches';
import { wrapDocComments } from './wrap-comments';

export type OxfmtParser = BatchParser | 'json';

interface Oxfmt {
  format(
    fileName: string,
    sourceText: string,
    options?: Record<string, unknown>,
  ): Promise<{ code: string; errors: Array<{ message: string }> }>;
}

/** What the main thread sends: files rendered, to be formatted together (`batched`) or one by one. */
export interface OxfmtGroup {
  parser: OxfmtParser;
  batched: boolean;
  files: Array<{ path: string; contents: string; wrap: WrapOptions }>;
}

/** How a file's JSDoc is wrapped after formatting (format.ts's `wrapComments`, with the width), or null: not. */
export type WrapOptions = { width: number; textWidth: number | null } | null;

/** A neutral name per parser: oxfmt picks its parser by file name, and sorts the keys of a file called package.json. */
const NAMES: Record<OxfmtParser, string> = { typescript: 'file.ts', json: 'file.json', markdown: 'file.md' };

const oxfmt = import('oxfmt') as Promise<Oxfmt>;

/** Each file's final text, or why it could not be formatted. */
export async function formatGroup(
  { parser, batched, files }: OxfmtGroup,
  options: Record<string, unknown>,
): Promise<Array<string | Error>> {
  const { format } = await oxfmt;
  const call = (source: string): Promise<string | Error> =>
    format(NAMES[parser], source, options).then(
      (result) => (result.errors.length > 0 ? new Error(result.errors[0].message) : result.code),
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
  let texts: Array<string | Error> | null = null;
  if (batched && parser !== 'json') {
    const joined = await call(
      joinBatch(
        parser,
        files.map((file) => file.contents),
      ),
    );
    texts = typeof joined === 'string' ? splitBatch(parser, joined, files.length) : null;
  }
  if (texts === null) {
    texts = [];
    for (const file of files) texts.push(await call(file.contents));
  }
  return texts.map((text, i) => {
    const { wrap } = files[i];
    if (typeof text !== 'string' || wrap === null) return text;
    try {
      return wrapDocComments(text, wrap.width, wrap.textWidth);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });
}
