/**
 * Several small files in one oxfmt call. Each call costs about 0.1 ms besides the formatting itself (the options
 * and the source cross into native code, a task is spawned, three callbacks are created): on GitHub's SDK, with
 * 4,500 files, more than the formatting of the TypeScript files themselves. So files are joined with a boundary
 * between them, formatted together and split again.
 *
 * The boundary is written the way the formatter would not write it (a statement with a space before its `;`, a
 * heading with three spaces after its `#`), and the batch is split where it comes back rewritten: only where it was
 * read as a statement or a heading of its own, so a file that would have carried on past its end (an open string,
 * comment, code fence or HTML block, an unfinished expression, an ignore comment) leaves its boundary as written,
 * and the batch is refused. A refused batch, and one that fails, is formatted file by file, so each file comes out
 * as it would have, and an error names its file. What a boundary cannot show is checked before: a file that reads
 * differently at the start of a document (a directive or hashbang; Markdown front matter) or whose definitions
 * reach the whole document (Markdown link and footnote definitions) is formatted alone.
 */

export type BatchParser = 'typescript' | 'markdown';

const TS_MARK = 'sdkgenFormatBatchBoundary';
const MD_MARK = 'sdkgen-format-batch-boundary';
const TS_WRITTEN = `${TS_MARK}   ;\n`;
const MD_WRITTEN = `\n#   ${MD_MARK}\n\n`;
// As the formatter writes a boundary: on a line of its own, after one or more line breaks (a heading also before
// one or more). Found by the line break and text, not a regular expression: one starting with `\n+` is tried at
// every line break of the batch.
const TS_FORMATTED = `\n${TS_MARK};\n`;
const MD_FORMATTED = `\n# ${MD_MARK}\n`;

/** A batch is sent once it holds this much text or this many files: past that, larger calls save nothing. */
export const BATCH_BYTES = 48 * 1024;
export const BATCH_FILES = 24;

export function batchable(parser: BatchParser, contents: string): boolean {
  if (contents.length > BATCH_BYTES || !/\S/.test(contents)) return false;
  return parser === 'typescript' ? typescriptBatchable(contents) : markdownBatchable(contents);
}

/** The files' contents as one source, a boundary between each two. */
export function joinBatch(parser: BatchParser, contents: readonly string[]): string {
  const separator = parser === 'typescript' ? TS_WRITTEN : MD_WRITTEN;
  return contents.map((text) => `${withoutBlankEnds(text)}\n`).join(separator);
}

/**
 * The formatted files of a joined batch, or null when its boundaries did not come back one per file. Each file is
 * a slice of the batch that takes in the line break the formatter wrote after it: no file's text is copied here,
 * nor later to be flattened when it is written or sent to another thread.
 */
export function splitBatch(parser: BatchParser, formatted: string, count: number): string[] | null {
  const boundary = parser === 'typescript' ? TS_FORMATTED : MD_FORMATTED;
  const files: string[] = [];
  let start = 0;
  for (let found = formatted.indexOf(boundary); found !== -1; found = formatted.indexOf(boundary, start)) {
    // The boundary starts at the first of the line breaks before it: the file's text ends just before.
    let first = found;
    while (first > start && formatted.charCodeAt(first - 1) === NEWLINE) first--;
    files.push(formatted.slice(start, first + 1));
    start = found + boundary.length;
    if (parser === 'markdown') while (formatted.charCodeAt(start) === NEWLINE) start++;
  }
  const end = endWithoutNewlines(formatted);
  files.push(
    end < formatted.length && end >= start ? formatted.slice(start, end + 1) : `${formatted.slice(start, end)}\n`,
  );
  return files.length === count ? files : null;
}

/**
 * The text without the blank lines at either end (formatting a file alone drops them) and without its last line
 * break. Only whole blank lines go: a Markdown file's first or last line may be indented code.
 */
function withoutBlankEnds(text: string): string {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) start = i + 1;
    else if (c !== SPACE && c !== TAB) break;
  }
  let end = text.length;
  for (let i = text.length - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) end = i;
    else if (c !== SPACE && c !== TAB) break;
  }
  return text.slice(start, end);
}

const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;

/** Where the text ends once its trailing line breaks are left out. */
function endWithoutNewlines(text: string): number {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === NEWLINE) end--;
  return end;
}

/** A file's first statement is a directive (`'use strict'`) only at the start of a program; `#!` only there too. */
function typescriptBatchable(contents: string): boolean {
  if (contents.includes(TS_MARK)) return false;
  const code = withoutLeadingComments(contents);
  return code !== null && !/^['"#]/.test(code);
}

/** The text from the first token after the leading comments, or null when a comment is not closed. */
function withoutLeadingComments(text: string): string | null {
  let rest = text.trimStart();
  for (;;) {
    if (rest.startsWith('//')) {
      const end = rest.indexOf('\n');
      if (end === -1) return '';
      rest = rest.slice(end + 1).trimStart();
    } else if (rest.startsWith('/*')) {
      const end = rest.indexOf('*/');
      if (end === -1) return null;
      rest = rest.slice(end + 2).trimStart();
    } else {
      return rest;
    }
  }
}

const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const FRONT_MATTER = /^(?:---|\+\+\+)/;

function markdownBatchable(contents: string): boolean {
  if (contents.includes(MD_MARK) || FRONT_MATTER.test(contents.trimStart())) return false;
  return !(contents.includes(']:') && DEFINITION.test(contents));
}
