/**
 * Two whole pieces of code inserted at one point of the base, one by each side (write/merge-insertions.ts asks this
 * rule last, when neither of its own answers): either order would parse, so git makes it a conflict. `blockOrder`
 * answers where the result is unambiguous, and only then:
 *
 * - Each insertion is whole: its brackets and strings close within it, its first line of code is at its outermost
 *   indent, it does not end on a comment (which may be about the line after) or on a line that goes on (`,`, `=`,
 *   `(`, `{`, `:`, `\`, an operator). Both are at the same indent.
 * - The point is between two statements at that indent: no bracket of the base is open there but a block's `{` (an
 *   object literal's or a list's is not: inserted items are not statements), the base line before it does not go
 *   on, and the one after it is not deeper (a body).
 * - The order: a statement that holds on to the base line after the point (no blank line between, the same indent:
 *   it continues that run of lines, as a new import does the imports) goes last, one that holds on to the line before
 *   goes first. When that leaves the order open, one simple statement (one unit of code, with no body) goes first and a group of statements or a
 *   block with a body (a function, a method, a class) after it: the generator's new line, then the owners' function.
 *   Two statements, or two groups, stay a conflict: which goes first is a guess.
 *
 * The answer does not depend on which side is which (a merge is the same both ways round). The lines are read as
 * TypeScript or Python: `//`, `/* *\/` and `#` comments, '…', "…", `…`, and Python's triple-quoted strings.
 */
import type { InsertionOrder, Side } from './merge-hunks';

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** The state of a scan of code: open brackets (with the line each opened on), and an open string or comment. */
interface Scan {
  stack: Array<{ bracket: string; line: number }>;
  /** The quote of a string still open at a line's end (a template literal, a triple-quoted string), or a comment. */
  open: string | null;
  /** A closer with no opener, or a one-line string left open: not code this rule reads. */
  broken: boolean;
}

/** Scans `line` (number `n`) on from `scan`; gives the line's code, its strings' and comments' text left out. */
function scanLine(scan: Scan, line: string, n: number): string {
  let code = '';
  let k = 0;
  const text = line.replace(/\r?\n$/, '');
  while (k < text.length) {
    if (scan.open !== null) {
      const end = scan.open === '/*' ? text.indexOf('*/', k) : closingQuote(text, k, scan.open);
      if (end < 0) return code;
      k = end + (scan.open === '/*' ? 2 : scan.open.length);
      scan.open = null;
      continue;
    }
    const c = text[k];
    const rest = text.slice(k);
    if (rest.startsWith('//') || (c === '#' && /^#(?:$|[\s#!:])/.test(rest) && /(^|\s)$/.test(text.slice(0, k))))
      return code;
    if (rest.startsWith('/*')) {
      scan.open = '/*';
      k += 2;
      continue;
    }
    const quote = /^('''|"""|['"`])/.exec(rest)?.[1];
    if (quote !== undefined) {
      const end = closingQuote(text, k + quote.length, quote);
      if (end < 0) {
        if (quote.length === 1 && quote !== '`') scan.broken = true;
        scan.open = quote;
        return `${code}""`;
      }
      code += '""';
      k = end + quote.length;
      continue;
    }
    if ('([{'.includes(c)) scan.stack.push({ bracket: c, line: n });
    else if (c in CLOSERS) {
      if (scan.stack.at(-1)?.bracket !== CLOSERS[c]) scan.broken = true;
      else scan.stack.pop();
    }
    code += c;
    k++;
  }
  return code;
}

/** Where `quote` closes in `text` from `from` (a backslash escapes), or -1. */
function closingQuote(text: string, from: number, quote: string): number {
  for (let k = from; k < text.length; k++) {
    if (text[k] === '\\') k++;
    else if (text.startsWith(quote, k)) return k;
  }
  return -1;
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0];
const blank = (line: string) => line.trim() === '';

/** A line of code that goes on to the next: ends with a comma, an opening bracket, `:`, `=`, `\\`, `=>` or an operator. */
function goesOn(code: string): boolean {
  return /(?:[,([{:=\\+\-%&|^?<]|=>)\s*$/.test(code);
}

/** Lines that carry on a statement before them at its indent (its `else`, its `except`) rather than start one. */
const CONTINUES = /^\s*(?:else\b|elif\b|except\b|finally\b|catch\b|\}|\]|\))/;

interface Whole {
  indent: string;
  /** One unit of code with no body: a statement (which may span lines inside its brackets). */
  statement: boolean;
}

/** The insertion `rows` read as whole code (see the module's comment), or null. */
function whole(rows: string[]): Whole | null {
  const filled = rows.filter((r) => !blank(r));
  if (filled.length === 0) return null;
  const scan: Scan = { stack: [], open: null, broken: false };
  const codes = filled.map((row, n) => {
    const depth = scan.stack.length;
    const inside = scan.open !== null;
    return { row, depth, inside, code: scanLine(scan, row, n).trim() };
  });
  if (scan.broken || scan.open !== null || scan.stack.length > 0) return null;
  const coded = codes.filter((c) => c.code !== '' || c.inside);
  if (coded.length === 0) return null;
  const indent = indentOf(coded[0].row);
  if (coded.some((c) => !c.inside && c.depth === 0 && indentOf(c.row).length < indent.length)) return null;
  const last = codes.at(-1)!;
  // (A last line that is only a comment, or that goes on.)
  if (last.code === '' || goesOn(last.code)) return null;
  // Units: lines of code at the outer indent, outside brackets, that start a statement.
  let units = 0;
  let body = false;
  let previous = '';
  for (const c of codes) {
    if (c.inside || c.code === '') continue;
    if (c.depth > 0) {
      if (/[{:]$/.test(c.code)) body = true;
      continue;
    }
    if (indentOf(c.row).length > indent.length) {
      body = true;
      continue;
    }
    if (!CONTINUES.test(c.code) && !previous.startsWith('@')) units++;
    if (/^@|[{:]$/.test(c.code)) body = true;
    previous = c.code;
  }
  return { indent, statement: units === 1 && !body };
}

/**
 * Whether base line `point` is between two statements at `indent`: no bracket of the base open there but a block's
 * `{`, the line before it not going on, and the line after it not deeper.
 */
function between(base: string[], point: number, indent: string): boolean {
  const scan: Scan = { stack: [], open: null, broken: false };
  let before = '';
  let beforeIndent = '';
  for (let n = 0; n < point; n++) {
    const code = scanLine(scan, base[n], n).trim();
    if (code !== '') [before, beforeIndent] = [code, indentOf(base[n])];
  }
  if (scan.open !== null) return false;
  for (const { bracket, line } of scan.stack) {
    if (bracket !== '{') return false;
    // A block's `{` follows `)`, `=>`, a keyword or a name (`class A {`, `} else {`); an object's follows `=`, `(`,
    // `[`, `,`, `:`, `?` or `return`.
    const opener = base[line].replace(/\r?\n$/, '');
    const at = opener.lastIndexOf('{');
    const lead = opener.slice(0, at).trimEnd();
    if (lead === '' || /(?:[=([,:?!&|]|\breturn)$/.test(lead) || /(?<!=)>$/.test(lead)) return false;
  }
  if (before !== '') {
    const opensBody = /[{:]$/.test(before);
    if ((goesOn(before) && !opensBody) || before.startsWith('@')) return false;
    if (beforeIndent.length < indent.length && !opensBody) return false;
  }
  const after = base.slice(point).find((l) => !blank(l));
  return after === undefined || indentOf(after).length <= indent.length;
}

/**
 * Whether a statement runs on, with no blank line, into the base line next to the point at its indent (`end`: its line
 * at that end). A block or a group is whole by itself: it holds on to nothing.
 */
function holds(whole: Whole, neighbour: string | undefined, end: string | undefined): boolean {
  return (
    whole.statement &&
    end !== undefined &&
    !blank(end) &&
    neighbour !== undefined &&
    !blank(neighbour) &&
    indentOf(neighbour) === whole.indent
  );
}

export function blockOrder(base: string[], ours: Side, theirs: Side): InsertionOrder {
  const rowsOf = (side: Side) => side.lines.slice(side.hunks[side.at].start, side.hunks[side.at].end);
  const [a, b] = [rowsOf(ours), rowsOf(theirs)];
  const [wa, wb] = [whole(a), whole(b)];
  if (wa === null || wb === null || wa.indent !== wb.indent) return null;
  const point = ours.hunks[ours.at].baseStart;
  if (!between(base, point, wa.indent)) return null;
  const [prev, next] = [base[point - 1], base[point]];
  const aLast = holds(wa, next, a.at(-1));
  const bLast = holds(wb, next, b.at(-1));
  const aFirst = holds(wa, prev, a[0]);
  const bFirst = holds(wb, prev, b[0]);
  const byLast: InsertionOrder = aLast === bLast ? null : aLast ? 'theirs-first' : 'ours-first';
  const byFirst: InsertionOrder = aFirst === bFirst ? null : aFirst ? 'ours-first' : 'theirs-first';
  if (byLast !== null && byFirst !== null) return byLast === byFirst ? byLast : null;
  // (One that holds on to both lines would split their run.)
  if ((aLast && aFirst) || (bLast && bFirst)) return null;
  if (byLast !== null || byFirst !== null) return byLast ?? byFirst;
  if (wa.statement === wb.statement) return null;
  return wa.statement ? 'ours-first' : 'theirs-first';
}
