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
