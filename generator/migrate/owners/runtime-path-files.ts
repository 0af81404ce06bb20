/**
 * The owners' own module at the path of one of sdkgen's runtime modules (src/core/, src/internal/), which Stainless's
 * generations never wrote: groq's owners added a streaming module at `src/core/streaming.ts` because their Stainless
 * config made none. sdkgen's client imports its own module at that path (`./streaming` from `core/base-client`), so
 * the owners' module cannot stay there without breaking sdkgen's client, nor move without rewriting it: it stays (an
 * owners' file is never rewritten) and is a step for a person, told whether sdkgen's module exports every name the rest
 * of the repository imports from it (deleting theirs is then enough) or which names it lacks.
 */
import { exportedNames, importTarget, namedImportsOf, resolvedPath } from '../repository/imports';
import type { RepoFile } from '../repository/checkout-files';
import { ownersTsconfigReason } from '../package/compiler-options';
import { brokenJestTest } from '../package/jest-mappings';

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
 * theirs is all it takes) or which names it lacks; for their tsconfig.json, the compiler options it sets otherwise.
 */
export function ownFileAtSdkgensPath(
  path: string,
  ownersText: string,
  sdkgenText: string,
  current: RepoFile[],
  name: string | null,
): string {
  if (path === 'tsconfig.json') return ownersTsconfigReason(ownersText, sdkgenText);
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
 * by their `src/core/streaming.ts` alone). Where the reason tells to delete the owners' module, or to remove their test
 * Jest cannot run (jest-mappings.ts), they are unused once it is gone.
 */
export function withModulesKeptForIt(
  reason: string,
  keptForIt: { stainless: readonly string[]; own: readonly string[] },
): string {
  if (!reason.includes(DELETE_YOURS) && !brokenJestTest(reason)) return reason;
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

/**
 * Whether the owners' module at sdkgen's runtime path `path` serves sdkgen's own code in its place: it exports every
 * name the files sdkgen writes import from that path (`written`, by path), and each class of it they pass as a
 * request's `stream` reads a response as sdkgen's client asks one to (sdkgen's `fromAPIResponse(props)`, or
 * Stainless's `fromSSEResponse(response, controller, client)`, which a Stainless-config client calls in its stead:
 * groq's `src/core/streaming.ts`, Stainless's own streaming module, kept by its owners). Such a module needs no
 * person: sdkgen's client works with it as it is. False where nothing of sdkgen's imports it.
 */
export function servesSdkgensCode(
  path: string,
  ownersText: string,
  written: ReadonlyArray<{ path: string; contents: string }>,
  name: string | null,
): boolean {
  if (!RUNTIME_PATH.test(path)) return false;
  const present = new Set(written.map((f) => f.path));
  const theirs = exportsOf(path, ownersText);
  let imported = false;
  for (const file of written) {
    if (file.path === path || !/\.[cm]?tsx?$/.test(file.path)) continue;
    for (const { specifier, names } of namedImportsOf(file.contents, { stars: true })) {
      const target = importTarget(file.path, specifier, name);
      if (target === null || resolvedPath(target, present) !== path) continue;
      imported = true;
      for (const used of names) {
        if (used === '*') continue;
        if (!theirs.has(used)) return false;
        if (passedAsStream(file.contents, used) && !readsAResponse(ownersText, used)) return false;
      }
    }
  }
  return imported;
}

/** Whether `code` passes the class `name` as a request's stream (`stream: Stream`). */
function passedAsStream(code: string, name: string): boolean {
  return new RegExp(`\\bstream:\\s*${name}\\b`).test(code);
}

/** Whether the class `name` of `code` declares a static `fromAPIResponse` or `fromSSEResponse`. */
function readsAResponse(code: string, name: string): boolean {
  const start = code.search(new RegExp(`\\bclass\\s+${name}\\b`));
  if (start === -1) return false;
  // Up to the next top-level declaration: the class's own body.
  const rest = code.slice(start + 1);
  const next = rest.search(
    /\n(?:export\s+)?(?:abstract\s+)?(?:class|function|async function|const|let|type|interface)\b/,
  );
  const body = next === -1 ? rest : rest.slice(0, next);
  return /\bstatic\s+(?:async\s+)?(?:fromAPIResponse|fromSSEResponse)\s*[<(]/.test(body);
}
