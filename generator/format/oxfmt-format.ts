/**
 * One oxfmt call for a batch of files (oxfmt-batches.ts) or a file alone, and each file's JSDoc wrapped after: the
 * same code in this thread and in the format thread (format-thread.ts), so a file comes out the same from either.
 */
import { type BatchParser, joinBatch, splitBatch } from './oxfmt-batches';
import prettierOptions from './prettier-options.json';
import { wrapDocComments } from './wrap-comments';

export interface OxfmtModule {
  format(
    fileName: string,
    sourceText: string,
    options?: Record<string, unknown>,
  ): Promise<{ code: string; errors: Array<{ message: string }> }>;
}

export type Parser = 'typescript' | 'json' | 'markdown';

/** How a file's JSDoc is wrapped once formatted (wrap-comments.ts): at `width` columns, or its text at `textWidth`. */
export interface CommentWrap {
  width: number;
  textWidth: number | null;
}

export interface BatchFile {
  contents: string;
  wrap: CommentWrap | null;
}

/** A neutral name per parser: oxfmt picks its parser by file name, and sorts the keys of a file called package.json. */
const OXFMT_NAMES: Record<Parser, string> = { typescript: 'file.ts', json: 'file.json', markdown: 'file.md' };

const { experimentalTernaries: _prettierOnly, ...oxfmtOptions } = prettierOptions as Record<string, unknown>;
const OPTIONS = { ...oxfmtOptions, sortPackageJson: false };

/** The two kinds of oxfmt call, each file's JSDoc wrapped after: made in this thread, or in the format thread. */
export interface OxfmtCalls {
  /** A batch's files joined into `source` (joinBatch), one final text each; null when the batch was refused. */
  joined(parser: BatchParser, source: string, wraps: Array<CommentWrap | null>): Promise<Array<string | Error> | null>;
  /** One file alone: its final text, or why it could not be formatted. */
  alone(parser: Parser, source: string, wrap: CommentWrap | null): Promise<string | Error>;
}

/**
 * `files` formatted (joined into one call when `joined`, else the one file alone), each final: its JSDoc wrapped,
 * or the Error that kept it from being formatted. A joined batch whose boundaries do not come back one per file,
 * or that fails, is formatted file by file, so that each file comes out as it would have and an error is its own.
 */
export async function formatBatch(
  calls: OxfmtCalls,
  parser: Parser,
  files: readonly BatchFile[],
  joined: boolean,
): Promise<Array<string | Error>> {
  if (joined && parser !== 'json') {
    const source = joinBatch(
      parser,
      files.map((file) => file.contents),
    );
    const results = await calls.joined(
      parser,
      source,
      files.map((file) => file.wrap),
    );
    if (results) return results;
  }
  return Promise.all(files.map((file) => calls.alone(parser, file.contents, file.wrap)));
}

/** The calls made with `oxfmt` in this thread. */
export function oxfmtCalls(oxfmt: OxfmtModule): OxfmtCalls {
  return {
    async joined(parser, source, wraps) {
      const batch = await formatSource(oxfmt, parser, source);
      const parts = typeof batch === 'string' ? splitBatch(parser, batch, wraps.length) : null;
      return parts && parts.map((part, i) => wrapFormatted(part, wraps[i]));
    },
    async alone(parser, source, wrap) {
      const formatted = await formatSource(oxfmt, parser, source);
      return formatted instanceof Error ? formatted : wrapFormatted(formatted, wrap);
    },
  };
}

/** The formatted source, or why it could not be formatted. */
function formatSource(oxfmt: OxfmtModule, parser: Parser, source: string): Promise<string | Error> {
  return oxfmt.format(OXFMT_NAMES[parser], source, OPTIONS).then(
    (result) => (result.errors.length > 0 ? new Error(result.errors[0].message) : result.code),
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
}

/** The formatted text with its JSDoc wrapped, or why it could not be wrapped. */
export function wrapFormatted(formatted: string, wrap: CommentWrap | null): string | Error {
  if (!wrap) return formatted;
  try {
    return wrapDocComments(formatted, wrap.width, wrap.textWidth);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
