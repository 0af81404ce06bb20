/**
 * A person's edits to one section of a Markdown file, made again on the generator's new text of that section, where
 * that is sound: each edit finds its place there once and whole. An edit that replaces or removes lines needs those
 * very lines in the new text (the generator left them as they were), once; one that only adds lines needs the two
 * lines of text it went between to stand there as they stood, once. The edits keep their order and do not overlap. What is not
 * so placed makes the whole null: the caller keeps the person's section as they left it.
 *
 * `removalsOnly` takes only edits that remove lines (a person's cuts to another generator's text, whose lines the new
 * generator may share: a sentence both write); an edit adding anything makes it null.
 *
 * `endsSection`: lines added after the section's last line of text end the new text of it, whatever that line is (on a
 * migration the old generator's last line is seldom the new one's: the paragraph a person put where the section ends
 * ends it still).
 */
import { diff } from './merge';

/** Lines compared as a reader sees them: without the spaces at their end. */
const key = (line: string) => line.trimEnd();
const blank = (line: string) => line.trim() === '';

/** Where `needle` occurs in `haystack` when it occurs there exactly once, and not before `from`; else -1. */
function onlyAt(haystack: readonly string[], needle: readonly string[], from: number): number {
  let found = -1;
  for (let at = 0; at + needle.length <= haystack.length; at++) {
    if (!needle.every((line, i) => key(line) === key(haystack[at + i]))) continue;
    if (found >= 0) return -1;
    found = at;
  }
  return found >= from ? found : -1;
}

/** `target` with the edits that turn `base` into `edited` made on it, or null where one has no sound place. */
export function editsOnto(
  base: readonly string[],
  edited: readonly string[],
  target: readonly string[],
  removalsOnly = false,
  endsSection = false,
): string[] | null {
  const b = [...base];
  const e = [...edited];
  const hunks = diff(b, e);
  if (hunks === null) return null;
  const placed: Array<{ start: number; end: number; lines: string[] }> = [];
  let cursor = 0;
  for (const hunk of hunks) {
    const removed = b.slice(hunk.baseStart, hunk.baseEnd);
    const added = e.slice(hunk.start, hunk.end);
    // Blank lines taken out or put in alone change no word of the text.
    if (removed.every(blank) && added.every(blank)) continue;
    if (removalsOnly && added.some((line) => !blank(line))) return null;
    if (!removed.every(blank)) {
      // Lines of punctuation alone (a fence, a bracket) stand anywhere: they place nothing.
      if (!removed.some((line) => /\w{3}/.test(line))) return null;
      const at = onlyAt(target, removed, cursor);
      if (at < 0) return null;
      placed.push({ start: at, end: at + removed.length, lines: added });
      cursor = at + removed.length;
      continue;
    }
    // Lines added (in place of blank ones, maybe): between the lines of text around them, which still stand as they
    // stood, blank lines and all.
    let first = hunk.baseStart - 1;
    while (first >= 0 && blank(b[first])) first--;
    let last = hunk.baseEnd;
    while (last < b.length && blank(b[last])) last++;
    if (first >= 0 && last >= b.length && endsSection) {
      let end = target.length;
      while (end > cursor && blank(target[end - 1])) end--;
      if (end === 0 || end < cursor) return null;
      // Their blank line before it, or one of its own.
      const lines = added.length > 0 && !blank(added[0]) ? ['\n', ...added] : added;
      placed.push({ start: end, end, lines });
      cursor = end;
      continue;
    }
    if (first < 0 || last >= b.length) return null;
    const at = onlyAt(target, b.slice(first, last + 1), cursor);
    if (at < 0) return null;
    const start = at + (hunk.baseStart - first);
    placed.push({ start, end: start + removed.length, lines: added });
    cursor = start + removed.length;
  }
  const out: string[] = [];
  let at = 0;
  for (const p of placed) {
    out.push(...target.slice(at, p.start), ...p.lines);
    at = p.end;
  }
  return [...out, ...target.slice(at)];
}
