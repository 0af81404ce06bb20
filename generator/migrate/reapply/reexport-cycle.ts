/**
 * Carried edits that turn sdkgen's module into re-exports of modules that re-export it back. Stainless moved
 * openai-node's `src/pagination.ts` under `core/` and left `export * from './core/pagination'` at the old path (a
 * generation a person committed, so a hand edit to migrate). The owners' module keeps no line of Stainless's code, so
 * it was placed whole (owners/rewritten-module.ts) onto sdkgen's `src/pagination.ts`, where sdkgen's SDK declares its
 * page classes and which sdkgen's `core/pagination.ts` re-exports: the two modules re-exported each other, and the SDK
 * had no `CursorPage` nor `PagePromise`.
 *
 * - Where the carried module is `export *` re-exports alone, each of a module of sdkgen's that re-exports it back,
 *   what the move made holds already in sdkgen's layout (importers of either path get the same names): done by
 *   sdkgen, sdkgen's module stands and the edits count as already there.
 * - Else, whatever path carried them, edits that leave the module in a cycle of `export *` modules, or take out of it
 *   names that sdkgen's own modules import from it (directly or through an `export *`), are not carried: sdkgen's
 *   module stands and the edits go to a person, with the reason.
 */
import { dirname, join } from 'node:path';
import type { Reapplied } from './hunks';
import {
  exportedNames,
  importTarget,
  namedImportsOf,
  resolvedPath,
  SOURCE_FILE,
  withoutComments,
} from '../repository/imports';
import type { ExportedSubpath } from '../repository/subpaths';

export interface ReexportCarry {
  carried: Reapplied;
  /** Why the owners' edits stayed out of sdkgen's module, for the report; null when they are done by sdkgen. */
  reason: string | null;
}

const EXPORT_ALL = /\bexport\s+\*\s+from\s*['"]([^'"\n]+)['"]/g;

/** The modules (among those `read` finds) `path`'s text re-exports whole (`export * from './x'`). */
function reexported(path: string, read: (path: string) => string | null): string[] {
  const text = read(path);
  if (text === null) return [];
  const out: string[] = [];
  for (const [, specifier] of withoutComments(text).matchAll(EXPORT_ALL)) {
    if (!specifier.startsWith('.')) continue;
    const file = resolvedPath(join(dirname(path), specifier), { has: (p: string) => read(p) !== null });
    if (file !== null) out.push(file);
  }
  return out;
}

/** Whether following `export *` from `from` reaches `to`. */
function reaches(from: string, to: string, read: (path: string) => string | null): boolean {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (path === to) return true;
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...reexported(path, read));
  }
  return false;
}

/** Whether a module's code is `export * from '…'` statements alone (at least one). */
function reexportsAlone(text: string): boolean {
  const code = withoutComments(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return code.length > 0 && code.every((line) => /^export\s+\*\s+from\s*['"][^'"\n]+['"];?$/.test(line));
}

/**
 * The names sdkgen's own modules (`written`, other than `path`) import from `path`'s module, directly or through a
 * module that re-exports it, that it exports as sdkgen wrote it and no longer exports as carried.
 */
function namesTakenOut(
  path: string,
  carried: string,
  sdkgens: string,
  written: ReadonlyMap<string, string>,
  packageName: string | null,
  exportedSubpaths: ExportedSubpath[],
): string[] {
  const asWritten = (p: string) => (p === path ? sdkgens : (written.get(p) ?? null));
  const asCarried = (p: string) => (p === path ? carried : (written.get(p) ?? null));
  const before = exportedNames(path, asWritten);
  const after = exportedNames(path, asCarried);
  if (before === null || after === null) return [];
  const lost = new Set([...before].filter((name) => !after.has(name)));
  if (lost.size === 0) return [];
  const { stars, imports } = layoutOf(written, packageName, exportedSubpaths);
  // The modules whose names include this one's: it, and those re-exporting it (`export *`), as sdkgen wrote them.
  const through = new Set([path]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [module, targets] of stars)
      if (!through.has(module) && targets.some((t) => through.has(t))) grew = through.add(module) !== null;
  }
  const now = new Map<string, Set<string> | null>();
  const taken = new Set<string>();
  for (const [file, list] of imports) {
    if (file === path) continue;
    for (const { module, names } of list) {
      if (!through.has(module) || !names.some((name) => lost.has(name))) continue;
      if (!now.has(module)) now.set(module, exportedNames(module, asCarried));
      const has = now.get(module);
      for (const name of names) if (lost.has(name) && has && !has.has(name)) taken.add(name);
    }
  }
  return [...taken].sort();
}

/** sdkgen's modules' `export *` targets and named imports (resolved among them), worked out once per SDK. */
const layouts = new WeakMap<
  ReadonlyMap<string, string>,
  { stars: Map<string, string[]>; imports: Map<string, Array<{ module: string; names: string[] }>> }
>();
function layoutOf(written: ReadonlyMap<string, string>, packageName: string | null, subpaths: ExportedSubpath[]) {
  let layout = layouts.get(written);
  if (layout !== undefined) return layout;
  layout = { stars: new Map(), imports: new Map() };
  const read = (p: string) => written.get(p) ?? null;
  for (const [file, text] of written) {
    if (!SOURCE_FILE.test(file)) continue;
    layout.stars.set(file, reexported(file, read));
    const list: Array<{ module: string; names: string[] }> = [];
    for (const { specifier, names } of namedImportsOf(text)) {
      const target = importTarget(file, specifier, packageName, subpaths);
      const module = target === null ? null : resolvedPath(target, written);
      if (module !== null) list.push({ module, names });
    }
    layout.imports.set(file, list);
  }
  layouts.set(written, layout);
  return layout;
}

/**
 * `carried` (the owners' edits placed onto sdkgen's module `sdkgens` at `path`) judged by what it re-exports, with the
 * new SDK's modules `written` (path → text) and the text of the modules carried so far (`carriedSoFar`, undefined
 * for one not carried): done by sdkgen, or not carried (for a person, with the reason); null where it stands as
 * carried.
 */
export function reexportsCarried(
  path: string,
  carried: Reapplied,
  sdkgens: string,
  editsAsHunks: () => string[],
  written: ReadonlyMap<string, string>,
  packageName: string | null,
  exportedSubpaths: ExportedSubpath[] = [],
  carriedSoFar: (path: string) => string | undefined = () => undefined,
): ReexportCarry | null {
  if (!SOURCE_FILE.test(path) || carried.applied === 0 || carried.text === sdkgens) return null;
  // The other modules as the plan writes them: a loop may go through another module the owners' edits were carried
  // into (each alone re-exports a module of sdkgen's that does not re-export it back).
  const asCarried = (p: string) => (p === path ? carried.text : (carriedSoFar(p) ?? written.get(p) ?? null));
  const asWritten = (p: string) => (p === path ? sdkgens : (written.get(p) ?? null));
  const targets = reexported(path, asCarried);
  const cycle = targets.some((target) => reaches(target, path, asCarried));
  // The move sdkgen's layout has made already: each module re-exported is one of sdkgen's re-exporting this one back.
  if (
    cycle &&
    reexportsAlone(carried.text) &&
    targets.length > 0 &&
    targets.every((target) => reaches(target, path, asWritten)) &&
    (exportedNames(path, asWritten)?.size ?? 0) > 0
  ) {
    const { applied, alreadyThere = 0, rejected } = carried;
    return { carried: { text: sdkgens, applied: 0, rejected, alreadyThere: alreadyThere + applied }, reason: null };
  }
  const taken = namesTakenOut(path, carried.text, sdkgens, written, packageName, exportedSubpaths);
  if (!cycle && taken.length === 0) return null;
  const hunks = editsAsHunks();
  const why = [
    ...(cycle
      ? ['leave it re-exporting (`export *`) modules that re-export it back, so that neither exports anything']
      : []),
    ...(taken.length > 0
      ? [`take out of it ${taken.map((name) => `\`${name}\``).join(', ')}, which sdkgen's own modules import from it`]
      : []),
  ];
  return {
    carried: { text: sdkgens, applied: 0, rejected: hunks },
    reason:
      `your ${hunks.length} edit(s), listed below as made to Stainless's file, are not carried into sdkgen's module: ` +
      `carried, they ${why.join('; and ')}, and the SDK would not compile. Make the change by hand in sdkgen's module ` +
      '(your edits are merged when it is regenerated), or in a module of your own',
  };
}
