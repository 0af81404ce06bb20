/**
 * The rule of reassigned-after.ts for an owners' block the ordinary line-by-line carry placed (its context lines are
 * sdkgen's word for word), not only one same-function-lines.ts placed by a neighbouring line: dedalus-python's
 * `if is_dict(body): self.code = … else: …` after `self.body = body` in `APIError.__init__`, where sdkgen's `__init__`
 * starts as Stainless's does and follows that line with `self.code = _string_field(body, "code")` and the like. Above
 * those statements the block is undone by them: it goes after them, or in their place where it sets each of their
 * targets on every path (and a private function only they called goes too).
 *
 * Only a pure insertion of the owners' (no line of Stainless's taken out) found once in the carried module, not inside
 * a statement's brackets, and only past statements that are no lines of the owners' module (lines they wrote below
 * their block are theirs to order).
 */
import { diff, lines } from '../../../write/merge';
import { overReassignments, withoutUnreadHelpers } from './reassigned-after';

/** `text` (the carried module) with each such owners' block past, or in the place of, sdkgen's reassignments. */
export function withBlocksOverReassignments(base: string, edited: string, text: string): string {
  const [b, e] = [lines(base), lines(edited)];
  const hunks = base === edited ? null : diff(b, e);
  if (hunks === null) return text;
  const theirs = new Set(e.map((line) => line.trim()));
  let out = text.split('\n');
  for (const hunk of hunks) {
    if (hunk.baseEnd !== hunk.baseStart) continue;
    const added = e.slice(hunk.start, hunk.end);
    const first = added.findIndex((line) => line.trim() !== '');
    if (first < 0) continue;
    const last = added.length - 1 - [...added].reverse().findIndex((line) => line.trim() !== '');
    const block = added.slice(first, last + 1).map((line) => line.trim());
    const at = placesOf(out, block);
    if (at.length !== 1) continue;
    const [start] = at;
    const before =
      out
        .slice(0, start)
        .filter((line) => line.trim() !== '')
        .pop() ?? '';
    if (/[([{,\\]\s*(?:#.*)?$/.test(before) || /^\s*(?:return|yield)\b/.test(block[0])) continue;
    const moved = out.slice(start, start + block.length);
    const rest = [...out.slice(0, start), ...out.slice(start + block.length)];
    const over = overReassignments(rest, start, moved);
    const passed = over.dropped.length > 0 ? over.dropped : rest.slice(start, over.into);
    if (passed.length === 0 || passed.some((line) => line.trim() !== '' && theirs.has(line.trim()))) continue;
    const placed = [...over.ours.slice(0, over.into), ...moved, ...over.ours.slice(over.into)];
    out = over.dropped.length === 0 ? placed : withoutUnreadHelpers(placed, over.dropped);
  }
  return out.join('\n');
}

/** Where `block` (lines without their indent) stands in `text`, line after line. */
function placesOf(text: string[], block: string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + block.length <= text.length; i++)
    if (block.every((line, k) => text[i + k].trim() === line)) found.push(i);
  return found;
}
