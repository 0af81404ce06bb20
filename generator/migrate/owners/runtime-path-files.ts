/**
 * The owners' own module at the path of one of sdkgen's runtime modules (src/core/, src/internal/), which Stainless's
 * generations never wrote: groq's owners added a streaming module at `src/core/streaming.ts` because their Stainless
 * config made none. sdkgen's client imports its own module at that path (`./streaming` from `core/base-client`), so
 * the owners' module cannot stay there without breaking sdkgen's client, nor move without rewriting it: it stays (an
 * owners' file is never rewritten) and is a step for a person, told whether sdkgen's module exports every name the rest
 * of the repository imports from it (deleting theirs is then enough) or which names it lacks.
 */
import { exportedNames, importTarget, namedImportsOf, resolvedPath } from '../repository/imports';
import type { RepoFile } from '../repository/stainless-repo';

/** sdkgen's runtime folders: its client and the modules the generated code imports. */
const RUNTIME_PATH = /^src\/(?:core|internal)\//;

export interface OwnRuntimeModule {
  /** The names the rest of the repository imports from the owners' module (a `*` re-export: its public exports). */
  used: string[];
  /** Of those, the names sdkgen's module does not export. */
  missing: string[];
}

/** The names the module `text` at `path` exports (an `export *` from another file adds none: only this text is read). */
function exportsOf(path: string, text: string): Set<string> {
  return exportedNames(path, (p) => (p === path ? text : '')) ?? new Set();
}

/**
 * For an owners' module at `path` where sdkgen writes a runtime module (`sdkgenText`): the names the other files of
 * the repository (`current`) import from it, and which of them sdkgen's module lacks; null when `path` is no runtime
 * module of sdkgen's. Names with a leading `_` that only a `*` re-export passes on are the module's internals.
 */
export function ownRuntimeModule(
  path: string,
  ownersText: string,
  sdkgenText: string,
  current: RepoFile[],
  name: string | null,
): OwnRuntimeModule | null {
  if (!RUNTIME_PATH.test(path)) return null;
  const present = new Set(current.map((f) => f.path));
  const used = new Set<string>();
  for (const file of current) {
    if (file.path === path || file.text === null || !/\.[cm]?tsx?$/.test(file.path)) continue;
    for (const { specifier, names } of namedImportsOf(file.text, { stars: true })) {
      const target = importTarget(file.path, specifier, name);
      if (target === null || resolvedPath(target, present) !== path) continue;
      for (const imported of names) {
        if (imported !== '*') used.add(imported);
        else for (const exported of exportsOf(path, ownersText)) if (!exported.startsWith('_')) used.add(exported);
      }
    }
  }
  const sdkgens = exportsOf(path, sdkgenText);
  const names = [...used].sort();
  return { used: names, missing: names.filter((n) => !sdkgens.has(n)) };
}

/**
 * What the report says of an owners' file where sdkgen writes one: it stays (an owners' file is never rewritten), and
 * for an owners' runtime module, whether sdkgen's exports every name the repository imports from it (then deleting
 * theirs is all it takes) or which names it lacks.
 */
export function ownFileAtSdkgensPath(
  path: string,
  ownersText: string,
  sdkgenText: string,
  current: RepoFile[],
  name: string | null,
): string {
  const own = ownRuntimeModule(path, ownersText, sdkgenText, current, name);
  if (own === null)
    return 'yours, and sdkgen writes a file here too: kept yours; move it (or delete it) and regenerate';
  const kept =
    "yours (Stainless never wrote one here), at the path of sdkgen's runtime module, which sdkgen's client imports: kept yours";
  if (own.missing.length > 0)
    return `${kept}; sdkgen's lacks ${own.missing.join(', ')}, which your code imports from it. Move yours (and those imports) elsewhere, then regenerate`;
  const names =
    own.used.length === 0
      ? 'nothing of yours is imported'
      : `sdkgen's exports ${own.used.join(', ')}, all your code imports from it`;
  return `${kept}; ${names}: delete yours (git keeps it) and regenerate to take sdkgen's`;
}
