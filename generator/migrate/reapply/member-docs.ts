/**
 * The owners' doc comment on a member they added by hand to one of Stainless's types, where sdkgen's module declares
 * the member already (members-in-place.ts; the hunk adding it is left out as done by sdkgen, done-by-sdkgen.ts). The
 * code is sdkgen's, the words are the owners': their doc comment replaces the spec's on sdkgen's member (writer's
 * `'Content-Type'` on `FileUploadParams`, "Header param: The content type of the file."; anchorbrowser's
 * `force_popups_as_tabs?` and its `ForcePopupsAsTabs`). sdkgen's own text stays in the manifest, so a regeneration
 * merges the comment as any other edit of the owners'. Where the owners wrote none, sdkgen's stays.
 */
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
 * `base` (Stainless's module at `path`) with the doc comments the owners reworded in sdkgen's words, where sdkgen's
 * module words the same declaration otherwise (issue 89, xquik-ts: the `loginCountry` field and the account summary
 * interfaces, whose descriptions the owners rewrote and the later spec rewrote a third way). Their edit then replaces
 * sdkgen's comment with theirs, as a one-line docstring they reworded does in Python (docstring-wording.ts): a
 * comment runs nothing, and sdkgen's own text stays in the manifest, so a regeneration merges the words as any other
 * edit. Read for an interface, namespace or class, a member of one (members-in-place.ts) and a top-level type alias,
 * each declared once in each module, with a `/** … *\/` block in all three; the owners' block other than
 * Stainless's and sdkgen's. Not where sdkgen's comment has a tag (`@deprecated`) neither Stainless's nor theirs has:
 * their words would take away what the spec says now. A comment they left stays sdkgen's; a method's (with its
 * `@example`, whose call sdkgen writes its own way) is not read.
 */
export function withSdkgensDocWords(base: string, edited: string, target: string, path: string): string {
  if (!TS_MODULE.test(path) || base === edited) return base;
  const [theirs, owners, ours] = [base.split('\n'), edited.split('\n'), target.split('\n')];
  const [inBase, inOwners, inOurs] = [documented(theirs), documented(owners), documented(ours)];
  const changes: Array<{ from: number; to: number; doc: string[] }> = [];
  for (const [place, at] of inBase) {
    const [own, sdkgen] = [inOwners.get(place), inOurs.get(place)];
    if (own === undefined || sdkgen === undefined) continue;
    const [stainlessDoc, ownDoc, sdkgenDoc] = [docOf(theirs, at), docOf(owners, own), docOf(ours, sdkgen)];
    if (stainlessDoc === null || ownDoc === null || sdkgenDoc === null) continue;
    const words = (doc: { lines: string[] }) => doc.lines.map((line) => line.trim()).join('\n');
    if (words(ownDoc) === words(stainlessDoc) || words(sdkgenDoc) === words(stainlessDoc)) continue;
    const said = new Set([...tags(stainlessDoc.lines), ...tags(ownDoc.lines)]);
    if (tags(sdkgenDoc.lines).some((tag) => !said.has(tag))) continue;
    changes.push({
      from: stainlessDoc.start,
      to: stainlessDoc.start + stainlessDoc.lines.length,
      doc: reindented(sdkgenDoc.lines, sdkgen, ours, at, theirs),
    });
  }
  if (changes.length === 0) return base;
  const lines = [...theirs];
  for (const { from, to, doc } of changes.sort((a, b) => b.from - a.from)) lines.splice(from, to - from, ...doc);
  return lines.join('\n');
}

/** Each place declared once in `lines` (members-in-place.ts's, and top-level type aliases), by the line declaring it. */
function documented(lines: string[]): Map<string, number> {
  const found = new Map<string, number>();
  const twice = new Set<string>();
  const add = (place: string, line: number) => {
    if (found.has(place)) twice.add(place);
    found.set(place, line);
  };
  for (const p of placesIn(lines.join('\n'))) add(p.place, p.line);
  lines.forEach((line, at) => {
    const alias = /^(?:export\s+)?(?:declare\s+)?type\s+([A-Za-z_$][\w$]*)/.exec(line);
    if (alias) add(`type ${alias[1]}`, at);
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
