/**
 * Comments in a module's lines, as placing an owners' hunk reads them (reapply/hunks.ts): whole comments, a line inside
 * a block comment, and a header comment (a licence) that opens a file.
 */

/** Lines that must open a file, before anything else: a shebang, Python's source encoding. */
const FILE_OPENING = /^(?:#!|#.*coding[:=])/;

/** Where a file's content begins: after the lines that must open it. */
export function fileStart(lines: string[]): number {
  let at = 0;
  while (at < lines.length && at < 2 && FILE_OPENING.test(lines[at]!)) at++;
  return at;
}

/** Whether `lines` are a header comment: line comments (`#`, `//`) or one block comment, and blank lines. */
export function headerComment(lines: string[]): boolean {
  const text = lines.filter((line) => line.trim() !== '');
  if (text.length === 0) return false;
  if (text.every((line) => /^\s*(?:#(?!!)|\/\/)/.test(line))) return true;
  return /^\s*\/\*/.test(text[0]!) && /\*\/\s*$/.test(text.at(-1)!) && wholeComments(lines);
}

/** Whether `lines` hold whole comments only: none begun before them, none left open after them. */
export function wholeComments(lines: string[]): boolean {
  const first = lines.find((line) => line.trim() !== '');
  if (first === undefined || /^\s*\*/.test(first)) return false;
  let open = false;
  for (const line of lines) {
    for (const mark of line.match(/\/\*|\*\//g) ?? []) {
      if ((mark === '/*') === open) return false;
      open = !open;
    }
  }
  return !open;
}

/** Whether line `at` of `lines` stands inside a block comment (a JSDoc) begun above it. */
export function insideComment(lines: string[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const marks = lines[i].match(/\/\*|\*\//g);
    if (marks) return marks[marks.length - 1] === '/*';
  }
  return false;
}
