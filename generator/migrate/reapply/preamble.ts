/**
 * Placing a hand edit to a README's opening (what comes before its first section) by the part it edits, where the
 * lines around it are not in sdkgen's README: the two generators word the title and the intro differently, but both
 * open with the same parts in the same order: the title, badges, a paragraph saying what the library is, and one
 * pointing at the docs (api.md). The owners' new text of a part replaces sdkgen's text of that part; a paragraph they
 * added goes after sdkgen's text of the part it followed.
 */
import type { Hunk } from '../../write/merge';

/** What a paragraph of a README's opening is for, in the order the parts come. */
const PARTS = ['title', 'badges', 'intro', 'other', 'docs'] as const;
type Part = (typeof PARTS)[number];

interface Paragraph {
  part: Part;
  /** Its lines, [start, end): none blank. */
  start: number;
  end: number;
}

const blank = (line: string) => line.trim() === '';
const HEADING = /^#{1,6}\s/;
const FENCE = /^\s*(```|~~~)/;
/** A line of badges: it opens with an image, linked or not (`[![npm](…)](…) ![size](…)`). */
const BADGES = /^\s*\[?!\[/;

/** The paragraphs of a README's opening (before its second heading), each with its part; and where the opening ends. */
function opening(lines: string[]): { paragraphs: Paragraph[]; end: number } {
  const paragraphs: Paragraph[] = [];
  let i = 0;
  let intro = false;
  while (i < lines.length) {
    if (blank(lines[i])) {
      i++;
      continue;
    }
    if (HEADING.test(lines[i])) {
      if (paragraphs.length > 0 || !/^#\s/.test(lines[i])) break;
      paragraphs.push({ part: 'title', start: i, end: i + 1 });
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && !blank(lines[end]) && !HEADING.test(lines[end]) && !FENCE.test(lines[end])) end++;
    // Code (a sample) is no part of the opening: it ends there.
    if (end === i || (end < lines.length && FENCE.test(lines[end]))) break;
    const text = lines.slice(i, end);
    let part: Part;
    if (text.every((line) => BADGES.test(line))) part = 'badges';
    else if (text.some((line) => /\bapi\.md\b|\bdocumentation\b/i.test(line))) part = 'docs';
    // HTML (a logo) or a `>` block (a note, a disclaimer) says no more what the library is than a badge does.
    else if (!intro && !/^\s*[<>]/.test(text[0])) part = 'intro';
    else part = 'other';
    if (part === 'intro') intro = true;
    paragraphs.push({ part, start: i, end });
    i = end;
  }
  return { paragraphs, end: i };
}

/** Where a hunk made to the opening of Stainless's README goes in sdkgen's, by the parts it edits; null when outside. */
export function placeInPreamble(
  hunk: Hunk,
  base: string[],
  edited: string[],
  target: string[],
): { start: number; end: number; lines: string[] } | null {
  const theirs = opening(base);
  if (hunk.baseEnd > theirs.end || (hunk.baseEnd === hunk.baseStart && hunk.baseStart > theirs.end)) return null;
  const ours = opening(target);
  if (ours.paragraphs.length === 0) return null;
  // The paragraphs the hunk touches (or is inside of), whole, as the owners left them.
  const touched = theirs.paragraphs.filter((p) =>
    hunk.baseEnd > hunk.baseStart
      ? p.start < hunk.baseEnd && hunk.baseStart < p.end
      : p.start < hunk.baseStart && hunk.baseStart < p.end,
  );
  const from = Math.min(hunk.baseStart, ...touched.map((p) => p.start));
  const to = Math.max(hunk.baseEnd, ...touched.map((p) => p.end));
  const text = trimBlank([
    ...base.slice(from, hunk.baseStart),
    ...edited.slice(hunk.start, hunk.end),
    ...base.slice(hunk.baseEnd, to),
  ]);
  const parts = new Set(touched.map((p) => p.part));
  const replaced = ours.paragraphs.filter((p) => parts.has(p.part));
  if (replaced.length > 0) {
    // sdkgen's paragraphs of those parts give way to the owners' text, at the first of them; any of its others
    // between them stay, after it.
    const start = replaced[0].start;
    const end = replaced[replaced.length - 1].end;
    const kept = ours.paragraphs.filter((p) => p.start > start && p.end <= end && !parts.has(p.part));
    const keptLines = kept.flatMap((p) => ['\n', ...target.slice(p.start, p.end)]);
    if (text.length === 0) {
      // Removed: with the blank line after it.
      const after = keptLines.length === 0 && blank(target[end] ?? 'x') ? end + 1 : end;
      return { start, end: after, lines: keptLines.slice(1) };
    }
    return { start, end, lines: [...text, ...keptLines] };
  }
  if (text.length === 0) return { start: 0, end: 0, lines: [] };
  // A part sdkgen's opening does not have, or a paragraph added: after sdkgen's paragraph of the part before it.
  const previous = theirs.paragraphs.filter((p) => p.end <= from).pop();
  const rank = (part: Part) => PARTS.indexOf(part);
  const limit = touched.length > 0 ? rank(touched[0].part) : previous ? rank(previous.part) + 1 : 0;
  const after = ours.paragraphs.filter((p) => rank(p.part) < limit || (previous && p.part === previous.part)).pop();
  if (after === undefined)
    return { start: ours.paragraphs[0].start, end: ours.paragraphs[0].start, lines: [...text, '\n'] };
  return { start: after.end, end: after.end, lines: ['\n', ...text] };
}

/** Lines without the blank ones they start or end with, each ending with a newline. */
function trimBlank(lines: string[]): string[] {
  let [start, end] = [0, lines.length];
  while (start < end && blank(lines[start])) start++;
  while (end > start && blank(lines[end - 1])) end--;
  return lines.slice(start, end).map((line) => (line.endsWith('\n') ? line : `${line}\n`));
}
