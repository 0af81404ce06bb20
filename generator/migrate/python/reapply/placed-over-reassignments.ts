/**
 * The rule of reassigned-after.ts for an owners' block the ordinary line-by-line carry placed (its context lines are
 * sdkgen's word for word), not only one same-function-lines.ts placed by a neighbouring line: dedalus-python's
 * `if is_dict(body): self.code = … else: …` after `self.body = body` in `APIError.__init__`, where sdkgen's `__init__`
 * starts as Stainless's does and follows that line with `self.code = _string_field(body, "code")` and the like. Above
 * those statements the block is undone by them: it goes after them, or in their place where it sets each of their
 * targets on every path (and a private function only they called goes too).
 *
 * Only an owners' block (a pure insertion, or one taking the place of lines of Stainless's) found once in the carried
 * module (by its statements: comments and line breaks aside, so a block the carry re-wrapped or whose comments it
 * worded otherwise is found), not inside a statement's brackets, only past statements that are no lines of the owners'
 * module (lines they wrote below their block are theirs to order), and none that reads what the block sets or sets
 * what it reads (reassigned-after.ts: anthropic-python's `extra_headers = {"Accept": …}` stays above sdkgen's
 * `extra_headers = {**strip_not_given(…), **(extra_headers or {})}`).
 */
import { diff, lines } from '../../../write/merge';
import { readModule } from '../source/module-lines';
import { overReassignments, withoutUnreadHelpers } from './reassigned-after';

/** `text` (the carried module) with each such owners' block past, or in the place of, sdkgen's reassignments. */
export function withBlocksOverReassignments(base: string, edited: string, text: string): string {
  const [b, e] = [lines(base), lines(edited)];
  const hunks = base === edited ? null : diff(b, e);
  if (hunks === null) return text;
  const theirs = new Set(e.map((line) => line.trim()));
  let out = text.split('\n');
  for (const hunk of hunks) {
    const added = e.slice(hunk.start, hunk.end).map((line) => line.replace(/\n$/, ''));
    const block = statementsOf(added);
    if (block.length === 0) continue;
    const found = placesOf(out, block);
    if (found.length !== 1) continue;
    const [{ start, end }] = found;
    const before =
      out
        .slice(0, start)
        .filter((line) => line.trim() !== '')
        .pop() ?? '';
    if (/[([{,\\]\s*(?:#.*)?$/.test(before) || /^\s*(?:return|yield)\b/.test(added[block[0].first])) continue;
    const moved = out.slice(start, end);
    const rest = [...out.slice(0, start), ...out.slice(end)];
    const over = overReassignments(rest, start, moved);
    const passed = over.dropped.length > 0 ? over.dropped : rest.slice(start, over.into);
    if (passed.length === 0 || passed.some((line) => line.trim() !== '' && theirs.has(line.trim()))) continue;
    const placed = [...over.ours.slice(0, over.into), ...moved, ...over.ours.slice(over.into)];
    out = over.dropped.length === 0 ? placed : withoutUnreadHelpers(placed, over.dropped);
  }
  return out.join('\n');
}

interface Statement {
  /** Its first line (comment lines right above it included) and the line after its last. */
  start: number;
  end: number;
  /** Its own first line. */
  first: number;
  /** Its code without comments, line breaks and spaces, and without a comma closing a bracket (a re-wrap's). */
  key: string;
}

/** The statements of `text` (lines of a module, or of a block), each with the comment lines right above it. */
function statementsOf(text: string[]): Statement[] {
  const module = readModule(text.join('\n'));
  const statements: Statement[] = [];
  let comments: number | null = null;
  for (let i = 0; i < text.length; i++) {
    if (module.continues[i]) continue;
    if (module.code[i].trim() === '') {
      // (A comment line: with the statement below it; a blank line parts them.)
      if (text[i].trim() === '') comments = null;
      else comments ??= i;
      continue;
    }
    let end = i + 1;
    while (end < text.length && module.continues[end]) end++;
    const code = text
      .slice(i, end)
      .map(withoutComment)
      .join('')
      .replace(/\s+/g, '')
      .replace(/,(?=[)\]}])/g, '');
    statements.push({ start: comments ?? i, end, first: i, key: code });
    comments = null;
    i = end - 1;
  }
  return statements;
}

/** A line without its comment (strings kept). */
function withoutComment(line: string): string {
  return line.replace(
    /([rRbBfFuU]*"(?:[^"\\]|\\.)*"|[rRbBfFuU]*'(?:[^'\\]|\\.)*')|#.*$/g,
    (all, string) => string ?? '',
  );
}

/**
 * Where the statements of `block` stand in `text`, one after the other: from the first one's first line to the line
 * after the last one's.
 */
function placesOf(text: string[], block: Statement[]): Array<{ start: number; end: number }> {
  const statements = statementsOf(text);
  const found: Array<{ start: number; end: number }> = [];
  for (let i = 0; i + block.length <= statements.length; i++)
    if (block.every((statement, k) => statements[i + k].key === statement.key))
      found.push({ start: statements[i].start, end: statements[i + block.length - 1].end });
  return found;
}
