/**
 * A section the owners added to a Markdown file, placed in sdkgen's by its headings (hunks.ts tries it where a hunk's
 * neighbours are gone): the two generators word and nest their READMEs differently.
 */
import type { Hunk } from '../../write/merge';

/** sdkgen's lines `start`–`end` (none: an insertion) replaced by `lines`. */
export interface SectionPlacement {
  start: number;
  end: number;
  lines: string[];
}

/**
 * A section added to a Markdown file (its first line a heading) whose neighbours are gone goes before the heading
 * that followed it, found by its words (`Undocumented endpoints` finds `Undocumented endpoints and params`), its
 * headings moved to that heading's level where sdkgen's level for it differs; else at the end of the file. The two
 * generators word and nest their READMEs differently, and a section must not be lost for it.
 */
export function placeSection(hunk: Hunk, base: string[], edited: string[], target: string[]): SectionPlacement | null {
  if (hunk.baseEnd > hunk.baseStart) return null;
  const added = edited.slice(hunk.start, hunk.end);
  const first = added.find((line) => line.trim() !== '');
  const top = first === undefined ? null : headingOf(first);
  if (top === null) return null;
  const targetHeadings = headings(target);
  const next = headings(base).find((h) => h.at >= hunk.baseStart);
  const before = next && targetHeadings.find((h) => sameWords(h.text, next.text));
  if (!before) {
    const end = target.length;
    const gap = end > 0 && target[end - 1].trim() !== '' ? ['\n'] : [];
    return { start: end, end, lines: [...gap, ...added] };
  }
  // Where sdkgen nests that heading as the other generator did, the owners' levels stand; else theirs move to it.
  const shift = before.level === next.level ? 0 : before.level - top.level;
  // The diff may count the blank line before the next heading as the section's first: one blank line each side.
  const section = added.slice(added.indexOf(first!));
  while (section.length > 0 && section[section.length - 1].trim() === '') section.pop();
  const gap = before.at > 0 && target[before.at - 1].trim() !== '' ? ['\n'] : [];
  return { start: before.at, end: before.at, lines: [...gap, ...shiftHeadings(section, shift), '\n'] };
}

interface Heading {
  at: number;
  level: number;
  text: string;
}

function headingOf(line: string): { level: number; text: string } | null {
  const match = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
  return match ? { level: match[1].length, text: match[2] } : null;
}

/** The ATX headings of a Markdown text, outside fenced code. */
function headings(lines: string[]): Heading[] {
  const found: Heading[] = [];
  let fenced = false;
  lines.forEach((line, at) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : headingOf(line);
    if (heading) found.push({ at, ...heading });
  });
  return found;
}

/** Whether one heading's words begin the other's (`Undocumented endpoints`, `Undocumented endpoints and params`). */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const [x, y] = [words(a), words(b)];
  const shorter = x.length <= y.length ? x : y;
  const longer = shorter === x ? y : x;
  return shorter.length > 0 && shorter.every((word, i) => longer[i] === word);
}

/** The lines with each heading (outside fenced code) moved `by` levels, kept within 1–6. */
function shiftHeadings(lines: string[], by: number): string[] {
  if (by === 0) return lines;
  let fenced = false;
  return lines.map((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6})(\s.*)$/s.exec(line);
    if (!heading) return line;
    const level = Math.min(6, Math.max(1, heading[1].length + by));
    return `${'#'.repeat(level)}${heading[2]}`;
  });
}
