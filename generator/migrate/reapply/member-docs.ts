/**
 * The owners' doc comment on a member they added by hand to one of Stainless's types, where sdkgen's module declares
 * the member already (members-in-place.ts; the hunk adding it is left out as done by sdkgen, done-by-sdkgen.ts). The
 * code is sdkgen's, the words are the owners': their doc comment replaces the spec's on sdkgen's member (writer's
 * `'Content-Type'` on `FileUploadParams`, "Header param: The content type of the file."; anchorbrowser's
 * `force_popups_as_tabs?` and its `ForcePopupsAsTabs`). sdkgen's own text stays in the manifest, so a regeneration
 * merges the comment as any other edit of the owners'. Where the owners wrote none, sdkgen's stays.
 */
import { mergedDocParts } from './doc-parts';
import { declaredPlaces, placesIn } from './members-in-place';

/** A TypeScript module (not a declaration file's `.d.ts`, which sdkgen does not write). */
const TS_MODULE = /(?<!\.d)\.[cm]?tsx?$/;

/** `target` (sdkgen's module at `path`) with the owners' doc comments of members they added that it declares. */
export function withOwnersMemberDocs(base: string, edited: string, target: string, path: string): string {
  if (!TS_MODULE.test(path) || base === edited) return target;
  const inBase = declaredPlaces(base);
  const ours = new Map<string, number>();
  for (const p of placesIn(target)) if (!ours.has(p.place)) ours.set(p.place, p.line);
  const theirLines = edited.split('\n');
  const lines = target.split('\n');
  const changes: Array<{ from: number; to: number; doc: string[] }> = [];
  for (const p of placesIn(edited)) {
    const at = ours.get(p.place);
    if (inBase.has(p.place) || at === undefined) continue;
    const theirs = docAbove(theirLines, p.line);
    if (theirs === null) continue;
    const doc = reindented(
      theirLines.slice(theirs, theirs + docLength(theirLines, theirs)),
      p.line,
      theirLines,
      at,
      lines,
    );
    const mine = docAbove(lines, at);
    const from = mine ?? at;
    if (mine !== null && lines.slice(mine, at).join('\n') === doc.join('\n')) continue;
    changes.push({ from, to: at, doc });
  }
  for (const { from, to, doc } of changes.sort((a, b) => b.from - a.from)) lines.splice(from, to - from, ...doc);
  return lines.join('\n');
}

/** The first line of the `/** … *\/` block above line `at` (blank lines between allowed), or null. */
function docAbove(lines: string[], at: number): number | null {
  let i = at - 1;
  while (i >= 0 && lines[i].trim() === '') i--;
  if (i < 0 || !lines[i].trim().endsWith('*/')) return null;
  for (let j = i; j >= 0; j--) {
    const t = lines[j].trim();
    if (t.startsWith('/**')) return j;
    if (j < i && !t.startsWith('*')) return null;
  }
  return null;
}

/** The lines of the doc block opening at `from`, up to its `*\/`. */
function docLength(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length - 1 && !lines[i].trim().endsWith('*/')) i++;
  return i - from + 1;
}

/** The owners' doc lines, their indentation moved from their member's (`theirs[at]`) to sdkgen's (`ours[to]`). */
function reindented(doc: string[], at: number, theirs: string[], to: number, ours: string[]): string[] {
  const indent = (line: string) => /^\s*/.exec(line)![0];
  const from = indent(theirs[at]).length;
  const into = indent(ours[to]);
  return doc.map((line) => into + line.slice(Math.min(from, indent(line).length)));
}

/**
 * `base` (Stainless's module at `path`) with the doc comments the owners reworded or deleted in sdkgen's words, where
 * sdkgen's module words the same declaration otherwise (issue 89, xquik-ts: the `loginCountry` field and the account
 * summary interfaces, whose descriptions the owners rewrote and the later spec rewrote a third way). Their edit then
 * replaces (or deletes) sdkgen's comment, as a one-line docstring they reworded does in Python (docstring-wording.ts):
 * a comment runs nothing, and sdkgen's own text stays in the manifest, so a regeneration merges the words as any other
 * edit. Read for an interface, namespace or class, a member of one (members-in-place.ts), a method of a class and a
 * top-level type alias, each declared once in each module, with a `/** … *\/` block in Stainless's and sdkgen's. Where
 * their block keeps Stainless's block tags (a method's `@example`, whose call sdkgen writes its own way) only the
 * description above the tags is read as sdkgen's, so that sdkgen's tags stay; a method's block whose tags they changed
 * is read part by part (doc-parts.ts): the parts they changed become a change of sdkgen's block (`edited` has it),
 * sdkgen's other parts kept. Not where sdkgen's comment has a tag (`@deprecated`) neither Stainless's nor theirs has: their words
 * would take away what the spec says now. A comment they left stays sdkgen's.
 */
export function withSdkgensDocWords(base: string, edited: string, target: string, path: string): SdkgensDocWords {
  const none = { text: base, changes: [], edited };
  if (!TS_MODULE.test(path) || base === edited) return none;
  const [theirs, owners, ours] = [base.split('\n'), edited.split('\n'), target.split('\n')];
  const [inBase, inOwners, inOurs] = [documented(theirs), documented(owners), documented(ours)];
  const changes: DocChange[] = [];
  // (Blocks of theirs read as merged onto sdkgen's: doc-parts.ts.)
  const ownChanges: DocChange[] = [];
  const words = (doc: string[]) => doc.map((line) => line.trim()).join('\n');
  for (const [place, at] of inBase) {
    const [own, sdkgen] = [inOwners.get(place), inOurs.get(place)];
    if (own === undefined || sdkgen === undefined) continue;
    const [stainlessDoc, ownDoc, sdkgenDoc] = [docOf(theirs, at), docOf(owners, own), docOf(ours, sdkgen)];
    if (stainlessDoc === null || sdkgenDoc === null || words(sdkgenDoc.lines) === words(stainlessDoc.lines)) continue;
    if (ownDoc !== null && words(ownDoc.lines) === words(stainlessDoc.lines)) continue;
    const said = new Set([...tags(stainlessDoc.lines), ...tags(ownDoc?.lines ?? [])]);
    if (tags(sdkgenDoc.lines).some((tag) => !said.has(tag))) continue;
    const as = (doc: string[]) => reindented(doc, sdkgen, ours, at, theirs);
    // (Deleted: their deletion takes sdkgen's whole block.)
    if (ownDoc === null) {
      changes.push({
        from: stainlessDoc.start,
        to: stainlessDoc.start + stainlessDoc.lines.length,
        doc: as(sdkgenDoc.lines),
      });
      continue;
    }
    const [stainlessParts, ownParts, sdkgenParts] = [stainlessDoc, ownDoc, sdkgenDoc].map((doc) => parts(doc.lines));
    if (stainlessParts && ownParts && sdkgenParts && words(ownParts.tags) === words(stainlessParts.tags)) {
      if (words(sdkgenParts.description) === words(stainlessParts.description)) continue;
      const to = stainlessDoc.start + stainlessParts.description.length;
      changes.push({ from: stainlessDoc.start, to, doc: as(sdkgenParts.description) });
    } else if (!place.startsWith(METHOD_PLACE))
      changes.push({
        from: stainlessDoc.start,
        to: stainlessDoc.start + stainlessDoc.lines.length,
        doc: as(sdkgenDoc.lines),
      });
    else {
      // A method's block whose tags they changed: their changed parts as a change of sdkgen's block.
      const merged = mergedDocParts(
        stainlessDoc.lines,
        reindented(ownDoc.lines, own, owners, at, theirs),
        as(sdkgenDoc.lines),
      );
      if (merged === null) continue;
      const to = stainlessDoc.start + stainlessDoc.lines.length;
      changes.push({ from: stainlessDoc.start, to, doc: merged.base });
      ownChanges.push({ from: ownDoc.start, to: ownDoc.start + ownDoc.lines.length, doc: merged.edited });
    }
  }
  if (changes.length === 0) return none;
  return {
    text: spliced(theirs, changes),
    changes: changes.sort((a, b) => a.from - b.from),
    edited: spliced(owners, ownChanges),
  };
}

/** `lines` with each change's range replaced by its doc lines. */
function spliced(lines: readonly string[], changes: readonly DocChange[]): string {
  const out = [...lines];
  for (const { from, to, doc } of [...changes].sort((a, b) => b.from - a.from)) out.splice(from, to - from, ...doc);
  return out.join('\n');
}

/** Stainless's lines [from, to) read as sdkgen's `doc`. */
interface DocChange {
  from: number;
  to: number;
  doc: string[];
}

/**
 * Stainless's module with some doc comments in sdkgen's words (`text`), and where (`changes`, in order); the owners'
 * module with their method blocks whose tags they changed merged onto sdkgen's (`edited`; theirs as it was elsewhere).
 */
export interface SdkgensDocWords {
  text: string;
  changes: DocChange[];
  edited: string;
}

/**
 * A hunk left for a person, made against Stainless's module in sdkgen's words (withSdkgensDocWords), as made to
 * Stainless's file: its context and removed lines Stainless's (a block read in sdkgen's words shown whole, as
 * Stainless wrote it), numbered as there. The report says "as made to Stainless's file".
 */
export function againstStainless(hunk: string, pristine: string, changes: DocChange[]): string {
  const header = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@\n/.exec(hunk);
  if (changes.length === 0 || header === null) return hunk;
  const body = hunk.slice(header[0].length).replace(/\n$/, '').split('\n');
  const count = (prefix: string, from: number) => {
    let i = from;
    while (i < body.length && body[i].startsWith(prefix)) i++;
    return i - from;
  };
  const before = count(' ', 0);
  const removed = count('-', before);
  const added = count('+', before + removed);
  const after = count(' ', before + removed + added);
  if (before + removed + added + after !== body.length) return hunk;
  // (A boundary between lines of the text in sdkgen's words, as Stainless's; one inside a block read otherwise goes
  // to the block's start, or for the end of a range its end.)
  const asStainless = (at: number, end: boolean): number => {
    let shift = 0;
    for (const { from, to, doc } of changes) {
      if (at <= from + shift) return at - shift;
      if (at < from + shift + doc.length) return end ? to : from;
      shift += doc.length - (to - from);
    }
    return at - shift;
  };
  const start = Number(header[1]) - 1;
  const removedFrom = asStainless(start + before, removed === 0);
  const removedTo = removed === 0 ? removedFrom : asStainless(start + before + removed, true);
  const from = Math.min(asStainless(start, false), removedFrom);
  const to = Math.max(asStainless(start + body.length - added, true), removedTo);
  const stainless = pristine.split('\n');
  const lines = (prefix: string, a: number, b: number) => stainless.slice(a, b).map((line) => `${prefix}${line}`);
  const context = removedFrom - from + (to - removedTo);
  return [
    `@@ -${from + 1},${to - from} +${header[3]},${context + added} @@`,
    ...lines(' ', from, removedFrom),
    ...lines('-', removedFrom, removedTo),
    ...body.slice(before + removed, before + removed + added),
    ...lines(' ', removedTo, to),
    '',
  ].join('\n');
}

/**
 * A doc block of its own lines (`/**` and `*\/` alone) split into its description and the rest: its block tags from
 * the first, with the blank lines above them, and the closing line. Null for a block written otherwise.
 */
function parts(doc: string[]): { description: string[]; tags: string[] } | null {
  if (doc.length < 3 || doc[0].trim() !== '/**' || doc[doc.length - 1].trim() !== '*/') return null;
  let split = doc.findIndex((line, i) => i > 0 && /^\s*\*\s*@\w/.test(line));
  if (split < 0) split = doc.length - 1;
  while (split > 1 && doc[split - 1].trim() === '*') split--;
  return { description: doc.slice(0, split), tags: doc.slice(split) };
}

/** The place of a class's method: `method Class > name`. */
const METHOD_PLACE = 'method ';
/** A method of a class body (a line one level in): its name. */
const METHOD =
  /^\s+(?:(?:public|protected|private|static|async|override|abstract)\s+)*\*?\s*([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\(/;
/** A line opening a class body at its indentation: its name. */
const CLASS =
  /^(\s*)(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?class\s+([A-Za-z_$][\w$]*)\b[^{;]*\{\s*$/;

/**
 * Each place declared once in `lines` (members-in-place.ts's, a class's methods and top-level type aliases), by the
 * line declaring it.
 */
function documented(lines: string[]): Map<string, number> {
  const found = new Map<string, number>();
  const twice = new Set<string>();
  const add = (place: string, line: number) => {
    if (found.has(place)) twice.add(place);
    found.set(place, line);
  };
  for (const p of placesIn(lines.join('\n'))) add(p.place, p.line);
  let inClass: { indent: number; name: string } | null = null;
  lines.forEach((line, at) => {
    const alias = /^(?:export\s+)?(?:declare\s+)?type\s+([A-Za-z_$][\w$]*)/.exec(line);
    if (alias) add(`type ${alias[1]}`, at);
    const opened = CLASS.exec(line);
    if (opened) inClass = { indent: opened[1].length, name: opened[2] };
    else if (inClass !== null && line.trim() !== '') {
      const indent = /^\s*/.exec(line)![0].length;
      const method = indent === inClass.indent + 2 ? METHOD.exec(line) : null;
      if (indent <= inClass.indent) inClass = null;
      else if (method) add(`${METHOD_PLACE}${inClass.name} > ${method[1]}`, at);
    }
  });
  for (const place of twice) found.delete(place);
  return found;
}

/** The doc block right above line `at`: its first line and its lines; null without one. */
function docOf(lines: string[], at: number): { start: number; lines: string[] } | null {
  const start = docAbove(lines, at);
  return start === null ? null : { start, lines: lines.slice(start, start + docLength(lines, start)) };
}

/** The block tags of a doc comment (`@deprecated`, `@example`). */
function tags(doc: string[]): string[] {
  return doc.flatMap((line) => /^\s*\*\s*(@\w+)/.exec(line)?.[1] ?? []);
}
