/**
 * The base of a file people edited, in a repository whose generations are commits on main that carry the owners' code
 * too (composedBase in stainless-repo.ts): the file as it was before their first edit, brought forward through each of
 * Stainless's later generations of it. A generation's change to the file (its parent's text → its own) is merged onto
 * that base as a three-way merge (write/merge.ts), and where it meets lines people changed, the base keeps its own lines (the
 * owners' hunk there then holds both, as it did before). So the owners' hunks are what people changed, not years of
 * Stainless's own later output (openai-node's files first edited in 2023, generated until 2026).
 */
import { createHash } from 'node:crypto';
import { lines, mergeThreeWay } from '../../write/merge';

/** A generation that changed a file: the commit, and the file's path in it. */
export interface LaterGeneration {
  commit: string;
  at: string;
}

/**
 * `text` brought forward through `generations` (oldest first): each one's change to the file merged on, a region
 * where it meets a difference of the text's from its parent's kept as the text has it. A generation that created or
 * deleted the file changes nothing here. `read` gives the text of `<rev>:./<path>` (undefined where there is none).
 */
export function forwardedThrough(
  text: string,
  generations: readonly LaterGeneration[],
  read: (spec: string) => string | undefined,
): string {
  let forwarded = text;
  for (const { commit, at } of generations) {
    const [parent, output] = [read(`${commit}^:./${at}`), read(`${commit}:./${at}`)];
    if (parent === undefined || output === undefined || parent === output) continue;
    forwarded = mergedKeepingOurs(forwarded, parent, output);
  }
  return forwarded;
}

/** The specs (`<rev>:./<path>`) `forwardedThrough` reads for `generations`, to read them at once. */
export function specsRead(generations: readonly LaterGeneration[]): string[] {
  return generations.flatMap(({ commit, at }) => [`${commit}^:./${at}`, `${commit}:./${at}`]);
}

/** Git's blob id of a text (what `git hash-object` prints for it, without writing it). */
export function blobIdOf(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');
}

/** `ours` with the change `ancestor` → `theirs` merged on; a conflicting region as `ours` has it. */
function mergedKeepingOurs(ours: string, ancestor: string, theirs: string): string {
  if (ours === ancestor) return theirs;
  if (ours === theirs) return ours;
  // (In process: a spawn of `git merge-file` per generation of each file took minutes on openai-node.)
  const merged = mergeThreeWay(ancestor, ours, theirs);
  if (merged.conflicts === 0) return merged.text;
  // A text that holds the markers itself cannot be told apart from them: the base stays as it was.
  if (lines(ours).some((line) => MARKERS.includes(line))) return ours;
  const kept: string[] = [];
  let side: 'common' | 'ours' | 'theirs' = 'common';
  const mergedLines = lines(merged.text);
  for (const line of mergedLines) {
    if (line === MARKERS[0]) side = 'ours';
    else if (line === MARKERS[1] && side === 'ours') side = 'theirs';
    else if (line === MARKERS[2] && side === 'theirs') side = 'common';
    else if (side !== 'theirs') kept.push(line);
  }
  const text = kept.join('');
  // (A conflict at the end of a text without a final newline: the block's marker put one after its last line.)
  const endsInConflict = mergedLines.at(-1) === MARKERS[2];
  return endsInConflict && !ours.endsWith('\n') && text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** The lines write/merge.ts's conflict block is marked with: its start, the split between the sides, its end. */
const MARKERS = ['<<<<<<< your edits\n', '=======\n', '>>>>>>> sdkgen (regenerated)\n'];
