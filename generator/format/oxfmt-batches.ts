/**
 * Several small files in one oxfmt call. Each call costs about 0.1 ms besides the formatting itself (the options
 * and the source cross into native code, a task is spawned, three callbacks are created): on GitHub's SDK, with
 * 4,500 files, more than the formatting of the TypeScript files themselves. So files are joined with a boundary
 * comment, formatted together and split again.
 *
 * A file goes into a batch only when formatting it next to others cannot change its bytes: its first and last
 * constructs cannot run into its neighbours'. Everything else (and every batch that fails to format, or whose
 * boundaries do not come back one per file) is formatted alone, so errors still name their file.
 */

export type BatchParser = 'typescript' | 'markdown';

const TS_BOUNDARY = '// sdkgen:format-batch-boundary';
const MD_BOUNDARY = '<!-- sdkgen:format-batch-boundary -->';

/** A batch is sent once it holds this much text or this many files: past that, larger calls save nothing. */
export const BATCH_BYTES = 48 * 1024;
export const BATCH_FILES = 24;

/** Comments that change how the next construct is formatted: one at a file's end would reach the next file. */
const IGNORE_COMMENT = /(?:prettier|oxfmt)-ignore/;

export function batchable(parser: BatchParser, contents: string): boolean {
  if (contents.length > BATCH_BYTES || !/\S/.test(contents)) return false;
  if (contents.includes('-ignore') && IGNORE_COMMENT.test(contents)) return false;
  return parser === 'typescript' ? typescriptBatchable(contents) : markdownBatchable(contents);
}

/** The files' contents as one source, each after a boundary line. */
export function joinBatch(parser: BatchParser, contents: readonly string[]): string {
  const separator = parser === 'typescript' ? `${TS_BOUNDARY}\n` : `\n${MD_BOUNDARY}\n\n`;
  return contents.map((text) => `${withoutBlankEnds(text)}\n`).join(separator);
}

/** The formatted files of a joined batch, or null when its boundaries did not come back one per file. */
export function splitBatch(parser: BatchParser, formatted: string, count: number): string[] | null {
  const boundary =
    parser === 'typescript' ? /\n+\/\/ sdkgen:format-batch-boundary\n/ : /\n+<!-- sdkgen:format-batch-boundary -->\n+/;
  const parts = formatted.split(boundary);
  if (parts.length !== count) return null;
  return parts.map((part) => `${part.slice(0, endWithoutNewlines(part))}\n`);
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

// ---------------------------------------------------------------------------------------------------------
// TypeScript: every top-level statement is formatted on its own, so only the seams matter. A boundary comment
// between two files becomes a leading comment of the second file's first statement, and does not stop automatic
// semicolon insertion: the second file must start with a word (a keyword or a name), never with `(`, `[`, a
// template, an operator, or a word that continues an expression.

const CONTINUING_WORDS = /^(?:in|instanceof|as|satisfies)\b/;

function typescriptBatchable(contents: string): boolean {
  if (contents.includes(TS_BOUNDARY) || contents.startsWith('#!')) return false;
  const code = withoutLeadingComments(contents);
  return code !== null && /^[A-Za-z_$]/.test(code) && !CONTINUING_WORDS.test(code);
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

// ---------------------------------------------------------------------------------------------------------
// Markdown: the boundary is an HTML comment between blank lines, which ends any paragraph, list, quote or table
// before it. What a file could still carry past its end is refused: an open code fence or HTML comment, raw HTML
// that runs to its closing tag, front matter (read only at a document's start), and link or footnote definitions
// (which apply to the whole document).

const HTML_TO_CLOSING_TAG = /^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/im;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const FRONT_MATTER = /^(?:---|\+\+\+)/;

function markdownBatchable(contents: string): boolean {
  if (contents.includes(MD_BOUNDARY) || FRONT_MATTER.test(contents.trimStart())) return false;
  if (contents.includes('<') && HTML_TO_CLOSING_TAG.test(contents)) return false;
  if (contents.includes(']:') && DEFINITION.test(contents)) return false;
  const lastComment = contents.lastIndexOf('<!--');
  if (lastComment !== -1 && contents.indexOf('-->', lastComment + 4) === -1) return false;
  return fencesClosed(contents);
}

/** Whether every fenced code block (``` or ~~~) is closed by the end of the text. */
function fencesClosed(contents: string): boolean {
  if (!contents.includes('```') && !contents.includes('~~~')) return true;
  let open: { char: string; length: number } | null = null;
  for (const line of contents.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence) continue;
    const [, marks, after] = fence;
    if (open === null) {
      // A backtick fence's info string cannot hold a backtick: such a line is not a fence.
      if (marks[0] === '`' && after.includes('`')) continue;
      open = { char: marks[0], length: marks.length };
    } else if (marks[0] === open.char && marks.length >= open.length && after.trim() === '') {
      open = null;
    }
  }
  return open === null;
}
