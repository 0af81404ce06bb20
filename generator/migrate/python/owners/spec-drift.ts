/**
 * Stainless's generations committed after the base, made from a spec other than the one the move is given (a newer
 * one, most often): what they wrote is Stainless's, not the owners', so it is neither carried nor left for a person;
 * sdkgen's output follows the spec given, and the report says where the two specs part.
 */
import { inPackageMatching } from '../../../emit/python/package-root';
import { madeBy, type GenerationChanges, type LineChanges } from '../../repository/generations';

/**
 * Whether a hunk is a later generation's: every line it adds one a generation added, every line it removes one a
 * generation removed, but for lines the file has as often as Stainless's had them (the diff paired them with the
 * generation's lines: they moved, they were not taken out or added); a hunk that only moves lines is one where the
 * generations moved lines too.
 */
export function madeByGenerations(
  changes: LineChanges,
  pristine: string,
  edited: string,
): (removed: string[], added: string[]) => boolean {
  let counts: { before: Map<string, number>; after: Map<string, number> } | null = null;
  return (removed, added) => {
    counts ??= { before: lineCounts(pristine), after: lineCounts(edited) };
    const { before, after } = counts;
    const change = (line: string) => (after.get(line.trim()) ?? 0) - (before.get(line.trim()) ?? 0);
    const taken = removed.filter((line) => line.trim() !== '' && change(line) < 0);
    const given = added.filter((line) => line.trim() !== '' && change(line) > 0);
    if (taken.length + given.length > 0) return madeBy(changes, taken, given);
    // Lines only moved, in a file whose lines the generations moved too (the diff pairs a reordered list otherwise
    // than git did).
    return [...changes.added].some((line) => changes.removed.has(line));
  };
}

function lineCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') counts.set(trimmed, (counts.get(trimmed) ?? 0) + 1);
  }
  return counts;
}

/** A module of the package's resources or types (pathInPackage). */
const API_MODULE = /^(resources|types)\/.+\.py$/;

/** A name as Python writes the API's: lower case. */
const API_NAME = /\b[a-z_][a-z0-9_]*\b/g;

/** The name a line declares: a param or property (`name: …`, `name=…`), a key (`"name": …`), a documented param. */
const DECLARED = /^"?([a-z_][a-z0-9_]*)"?\s*[:=]/;

/**
 * The names later generations declared in the API's modules (params, properties, keys) that the checkout still has
 * and sdkgen's module of the same path never mentions: the spec given does not have what they were made from (a form
 * Stainless writes otherwise declares no new name). Null when there are none.
 */
export function specDrift(
  changes: GenerationChanges | undefined,
  current: (path: string) => string | null,
  rendered: (path: string) => string | null,
  importName: string,
): { names: number; files: string[]; example: { path: string; name: string } } | null {
  if (changes === undefined) return null;
  let names = 0;
  const files: string[] = [];
  let example: { path: string; name: string } | null = null;
  for (const [path, { added }] of changes) {
    const [now, ours] = [current(path), rendered(path)];
    // (The API's modules: what Stainless writes of the runtime changes with its versions, not with the spec.)
    if (!inPackageMatching(path, importName, API_MODULE) || now === null || ours === null) continue;
    const kept = lineCounts(now);
    const written = new Set(ours.match(API_NAME) ?? []);
    const missing = new Set(
      [...added].flatMap((line) => {
        const name = DECLARED.exec(line)?.[1];
        return name !== undefined && kept.has(line) && !written.has(name) ? [name] : [];
      }),
    );
    if (missing.size === 0) continue;
    names += missing.size;
    files.push(path);
    example ??= { path, name: [...missing][0] };
  }
  return example === null ? null : { names, files: files.sort(), example };
}
