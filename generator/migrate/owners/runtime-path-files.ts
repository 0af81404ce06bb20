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

/** Whether `path` is in sdkgen's runtime folders (src/core/, src/internal/): no entry point of the package's. */
export function atRuntimePath(path: string): boolean {
  return RUNTIME_PATH.test(path);
}

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
  return `${kept}; ${names}: ${DELETE_YOURS} to take sdkgen's`;
}

/** What the report tells of an owners' runtime module whose names sdkgen's exports all. */
const DELETE_YOURS = 'delete yours (git keeps it) and regenerate';

/**
 * The reason ownFileAtSdkgensPath gave, with the modules kept only because that owners' module imports them: Stainless's
 * (kept where sdkgen writes none in their place) and the owners' own (groq's `src/internal/decoders/line.ts`, imported
 * by their `src/core/streaming.ts` alone). Where the reason tells to delete the owners' module, they are unused once it
 * is deleted.
 */
export function withModulesKeptForIt(
  reason: string,
  keptForIt: { stainless: readonly string[]; own: readonly string[] },
): string {
  if (!reason.includes(DELETE_YOURS)) return reason;
  const told = (paths: readonly string[], whose: (them: string) => string) => {
    const [them, is] = paths.length === 1 ? ['it', 'is'] : ['them', 'are'];
    return `; ${paths.join(', ')}, ${whose(them)}, ${is} then unused: delete ${them} too`;
  };
  return (
    reason +
    (keptForIt.stainless.length > 0
      ? told(keptForIt.stainless, (them) => `Stainless's, kept because yours imports ${them}`)
      : '') +
    (keptForIt.own.length > 0 ? told(keptForIt.own, () => 'yours too, which only it imports') : '')
  );
}

/**
 * The modules kept only for the owners' module at `path`: the owners' own at sdkgen's runtime path (`own`) that only
 * it, or they, import (to a fixed point), and Stainless's (`stainlessKept`) that no other code of theirs imports.
 * `importing`: the owners' code and what their edits carried; `imported(from, take)`: the modules `from` imports,
 * transitively, of those `take` accepts.
 */
export function keptOnlyFor(
  path: string,
  importing: readonly RepoFile[],
  imported: (from: RepoFile[], take: (f: RepoFile) => boolean) => ReadonlySet<string>,
  own: (f: RepoFile) => boolean,
  stainlessKept: (f: RepoFile) => boolean,
): { stainless: string[]; own: string[] } {
  const goes = new Set([path]);
  for (let more = true; more; ) {
    const rest = imported(
      importing.filter((f) => !goes.has(f.path)),
      own,
    );
    const fromIt = [
      ...imported(
        importing.filter((f) => goes.has(f.path)),
        own,
      ),
    ].filter((p) => !rest.has(p));
    more = fromIt.some((p) => !goes.has(p));
    for (const p of fromIt) goes.add(p);
  }
  const withIt = imported(
    importing.filter((f) => goes.has(f.path)),
    stainlessKept,
  );
  const still = imported(
    importing.filter((f) => !goes.has(f.path)),
    stainlessKept,
  );
  return {
    stainless: [...withIt].filter((p) => !still.has(p)).sort(),
    own: [...goes].filter((p) => p !== path).sort(),
  };
}
