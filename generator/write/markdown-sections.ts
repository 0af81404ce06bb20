/**
 * A Markdown file a person edited (a README), merged by section: each section is its heading and the text up to the
 * next heading, matched across the three texts by its heading's words; the opening (the title and what comes before
 * the first section) is a section too. A section the person changed or added is theirs; one they left as `base` has it
 * is the generator's of the same heading, or, where the generator writes none: goes on a regeneration (the generator
 * dropped it), stays as it is on a migration (the old generator's text the person kept; sdkgen never wrote it, so
 * nothing says it should go); one they removed stays out;
 * the generator's sections `base` does not have are filled in after the section that comes before them in its text.
 * The sections come in the person's order, so every edit of theirs stays as they left it.
 *
 * Used where line-by-line merging has nothing to hold on to: `sdkgen migrate`, whose README is worded otherwise than
 * the old generator's (a section the owners changed is theirs, whole, unless each of their edits finds its place on
 * sdkgen's text of it: then it is sdkgen's, edited alike), and a regeneration whose line merge of a README conflicts only because
 * edits touch (a section both changed is merged line by line, conflicts and all; with `keepEdited`, the person's edits
 * are made on the generator's new text where each finds its place whole, else the section stays theirs and is
 * reported: section-edits.ts).
 */
import { lines, mergeThreeWay } from './merge';
import { editsOnto } from './section-edits';

export interface SectionMerge {
  text: string;
  /** Sections both sides changed whose lines conflict (`sectionsBothChanged: 'lines'` only). */
  conflicts: number;
  /**
   * The headings of sections both sides changed whose lines conflict, kept as the person's (`keepEdited`): the
   * generator's change to them is left out.
   */
  kept: string[];
}

interface Section {
  /** The heading's words, lower case, with `#2`… for a heading that occurs again; "" for the opening. */
  key: string;
  /** Its lines, the heading first, without the blank lines it ends with. */
  lines: string[];
}

/**
 * `base` merged by section with the person's edits (`edited`) and the generator's new text (`target`). A section both
 * changed is the person's (`'edited'`: `base` is another generator's text, which the target never was), or the two
 * merged line by line (`'lines'`).
 */
export function mergeSections(
  base: string,
  edited: string,
  target: string,
  sectionsBothChanged: 'edited' | 'lines',
  options: {
    /**
     * With `'lines'`: a section whose line merge conflicts stays as the person left it (prose they own: a README's
     * section they rewrote, which the generator's new text of it cannot be merged into), rather than marked.
     */
    keepEdited?: boolean;
  } = {},
): SectionMerge {
  let conflicts = 0;
  const kept: string[] = [];
  const [b, e, t] = [sections(base), sections(edited), sections(target)];
  const baseByKey = new Map(b.map((s) => [s.key, s]));
  const editedKeys = new Set(e.map((s) => s.key));
  // sdkgen's section for a section of the old generator's: the same heading, else one whose words begin the other's.
  const taken = new Set<Section>();
  const ours = (key: string, exactly = false): Section | undefined => {
    const exact = t.find((s) => s.key === key && !taken.has(s));
    if (exact !== undefined || key === '' || exactly) return exact;
    const similar = t.filter((s) => s.key !== '' && !taken.has(s) && sameWords(s.key, key));
    return similar.length === 1 ? similar[0] : undefined;
  };
  const out: Array<{ section: Section; from: Section | null }> = [];
  // The old generator's sections the owners removed: sdkgen's of the same heading stay out too.
  for (const section of b) {
    if (editedKeys.has(section.key)) continue;
    const gone = ours(section.key);
    if (gone !== undefined) taken.add(gone);
  }
  for (const section of e) {
    const was = baseByKey.get(section.key);
    // A section the owners added stands for sdkgen's only of the very same heading.
    const match = ours(section.key, was === undefined);
    if (match !== undefined) taken.add(match);
    if (was !== undefined && same(was, section)) {
      // As the old generator wrote it: sdkgen's text of it; where sdkgen writes no such section, the person's copy on a
      // migration (the old generator's, kept by them), nothing on a regeneration (sdkgen's own, which it dropped).
      if (match !== undefined) out.push({ section: match, from: match });
      else if (sectionsBothChanged === 'edited') out.push({ section, from: null });
    } else if (sectionsBothChanged === 'lines' && was !== undefined && match !== undefined && !same(was, match)) {
      const merged = mergeThreeWay(was.lines.join(''), section.lines.join(''), match.lines.join(''));
      // The person's edits made on the generator's new text where each finds its place whole (section-edits.ts).
      const onto = merged.conflicts > 0 && options.keepEdited ? editsOnto(was.lines, section.lines, match.lines) : null;
      if (onto !== null) out.push({ section: { key: section.key, lines: onto }, from: match });
      else if (merged.conflicts > 0 && options.keepEdited) {
        kept.push(section.lines[0]?.trim() ?? '');
        out.push({ section, from: match });
      } else {
        conflicts += merged.conflicts;
        out.push({ section: { key: section.key, lines: lines(merged.text) }, from: match });
      }
    } else {
      // On a migration, a section the owners changed: sdkgen's, with their edits made on it where each finds its place
      // whole (the lines they cut or replaced are sdkgen's too; what they added stands between lines both texts have,
      // or ends the section), so that no line of the old generator's they left as it was stays; else theirs, whole.
      const cut =
        sectionsBothChanged === 'edited' && was !== undefined && match !== undefined
          ? editsOnto(was.lines, section.lines, match.lines, false, true)
          : null;
      out.push({ section: cut === null ? section : { key: section.key, lines: cut }, from: match ?? null });
    }
  }
  // sdkgen's own sections, after the one before them in sdkgen's file (else first).
  t.forEach((section, index) => {
    if (taken.has(section)) return;
    let at = out.length > 0 && out[0].section.key === '' ? 1 : 0;
    for (let before = index - 1; before >= 0; before--) {
      const placed = out.findIndex((entry) => entry.from === t[before]);
      if (placed >= 0) {
        at = placed + 1;
        break;
      }
    }
    out.splice(at, 0, { section, from: section });
  });
  const text = out
    .map((entry) => entry.section.lines.join(''))
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => (chunk.endsWith('\n') ? chunk : `${chunk}\n`))
    .join('\n');
  return { text, conflicts, kept };
}

/** A Markdown text's sections: the opening (before its first heading below the title), then one a heading. */
function sections(text: string): Section[] {
  const found: Section[] = [{ key: '', lines: [] }];
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of lines(text)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{2,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const words = headingWords(heading[2]);
      const count = (seen.get(words) ?? 0) + 1;
      seen.set(words, count);
      found.push({ key: count === 1 ? words : `${words}#${count}`, lines: [] });
    }
    found[found.length - 1].lines.push(line);
  }
  for (const section of found) {
    while (section.lines.length > 0 && section.lines[section.lines.length - 1].trim() === '') section.lines.pop();
  }
  return found;
}

function headingWords(heading: string): string {
  return (heading.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Whether two sections say the same, but for spaces at line ends. */
function same(a: Section, b: Section): boolean {
  const text = (s: Section) => s.lines.map((line) => line.trimEnd()).join('\n');
  return text(a) === text(b);
}

/** Whether one heading's words begin the other's (`undocumented endpoints`, `undocumented endpoints and params`). */
function sameWords(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.every((word, i) => longer[i] === word);
}
