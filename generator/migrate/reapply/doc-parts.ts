/**
 * A method's doc block read part by part (its description, then each block tag: `@param id`, `@example`, …), for a
 * block whose tags the owners changed where sdkgen's block words the same method otherwise (member-docs.ts): the parts
 * they changed, added or deleted become a change of sdkgen's block, every other part stays sdkgen's.
 */

/** One part of a doc block: its key (`description`, `@param id`, `@example#1`), its lines, blank lines above first. */
interface DocPart {
  key: string;
  lines: string[];
}

/** A doc block's line that is a blank `*` line. */
const BLANK = /^\s*\*\s*$/;
/** A line opening a block tag: the tag and the word after it (a parameter's name). */
const TAG = /^\s*\*\s*(@\w+)(?:\s+\{[^}]*\})?(?:\s+\[?([\w$.]+))?/;
/** A Markdown code fence inside the block (`@example`'s): a tag-like line inside one is code. */
const FENCE = /^\s*\*\s*```/;

/**
 * The parts of a doc block of its own lines (`/**` and `*\/` alone): null for a block written otherwise, or one whose
 * keys repeat in a way the parts cannot be told apart by.
 */
export function docParts(doc: readonly string[]): DocPart[] | null {
  if (doc.length < 3 || doc[0].trim() !== '/**' || doc[doc.length - 1].trim() !== '*/') return null;
  const parts: DocPart[] = [{ key: 'description', lines: [] }];
  const seen = new Map<string, number>();
  let inFence = false;
  let blanks: string[] = [];
  for (const line of doc.slice(1, -1)) {
    const tag = inFence ? null : TAG.exec(line);
    if (FENCE.test(line)) inFence = !inFence;
    if (BLANK.test(line) && !inFence) {
      blanks.push(line);
      continue;
    }
    if (tag) {
      const name = tag[1] === '@param' || tag[1] === '@throws' ? `${tag[1]} ${tag[2] ?? ''}` : tag[1];
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      parts.push({ key: `${name}#${count}`, lines: [...blanks, line] });
    } else parts[parts.length - 1].lines.push(...blanks, line);
    blanks = [];
  }
  return inFence ? null : parts;
}

/** A part's words: its lines trimmed, blank lines left out. */
const words = (part: DocPart | undefined) =>
  part === undefined
    ? null
    : part.lines
        .filter((line) => !BLANK.test(line))
        .map((line) => line.trim())
        .join('\n');

/**
 * The owners' changes of Stainless's method block (`stainless` → `owners`) as a change of sdkgen's (`ours`): `base`
 * is sdkgen's block and `edited` it with their changed, added or deleted parts, in sdkgen's order (an added part after
 * the part it follows in theirs). Their description replaces sdkgen's rewording of Stainless's, as where they left the
 * tags alone. A tag sdkgen words otherwise than Stainless did (its own `@example` call) that they changed too is
 * Stainless's in `base`, their change of it left to the hunks (which carry it or leave it for a person). All three in
 * the same indentation. Null where a block is not read in parts.
 */
export function mergedDocParts(
  stainless: readonly string[],
  owners: readonly string[],
  ours: readonly string[],
): { base: string[]; edited: string[] } | null {
  const [base, theirs, mine] = [docParts(stainless), docParts(owners), docParts(ours)];
  if (base === null || theirs === null || mine === null) return null;
  const byKey = (parts: DocPart[]) => new Map(parts.map((part) => [part.key, part]));
  const [inBase, inTheirs, inMine] = [byKey(base), byKey(theirs), byKey(mine)];
  const changed = new Set(
    [...new Set([...inBase.keys(), ...inTheirs.keys()])].filter(
      (key) => words(inBase.get(key)) !== words(inTheirs.get(key)),
    ),
  );
  const both = (key: string) => key !== 'description' && words(inMine.get(key)) !== words(inBase.get(key));
  const from: DocPart[] = [];
  const to: DocPart[] = [];
  for (const part of mine) {
    if (!changed.has(part.key)) {
      from.push(part);
      to.push(part);
      continue;
    }
    const stainlessPart = inBase.get(part.key);
    if (both(part.key) && stainlessPart) from.push(stainlessPart);
    else if (!both(part.key)) from.push(part);
    const ownPart = inTheirs.get(part.key);
    if (ownPart) to.push(ownPart);
  }
  // (A part they added, or one sdkgen's lacks that they changed, goes after the nearest part before it in theirs that
  // the block has: the description at least.)
  const after = (parts: DocPart[], i: number) => {
    let before = i - 1;
    while (before > 0 && !parts.some((p) => p.key === theirs[before].key)) before--;
    return parts.findIndex((p) => p.key === theirs[before].key) + 1;
  };
  theirs.forEach((part, i) => {
    if (inMine.has(part.key) || !changed.has(part.key)) return;
    const stainlessPart = inBase.get(part.key);
    if (stainlessPart) from.splice(after(from, i), 0, stainlessPart);
    to.splice(after(to, i), 0, part);
  });
  const block = (parts: DocPart[]) => [ours[0], ...parts.flatMap((part) => part.lines), ours[ours.length - 1]];
  return { base: block(from), edited: block(to) };
}
