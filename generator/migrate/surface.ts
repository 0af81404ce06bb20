/**
 * What the SDK's users would notice after a migration: the surface Stainless's `api.md` lists (what they call
 * today) against the one sdkgen's lists, compared as `sdkgen diff --against` compares a published SDK.
 */
import { compareApiSurfaces, parseApiMd, type ApiChange, type ApiMdReader } from '../diff/api-md';

export interface SurfaceCheck {
  /** The changes that break a caller (a method gone, arguments or a return type changed). */
  breaking: ApiChange[];
  /** How many methods each api.md lists. */
  methods: { stainless: number; sdkgen: number };
}

/**
 * Each side read by a file's path in the repository. Null when either has no api.md; nested api.md files (Stainless's
 * `standalone_api`) are read too.
 */
export function compareWithStainless(stainless: ApiMdReader, sdkgen: ApiMdReader): SurfaceCheck | null {
  const [theirs, ours] = [stainless('api.md'), sdkgen('api.md')];
  if (theirs === null || ours === null) return null;
  const published = parseApiMd(theirs, stainless);
  const generated = parseApiMd(ours, sdkgen);
  return {
    breaking: compareApiSurfaces(published, generated).filter((change) => change.breaking),
    methods: { stainless: published.methods.length, sdkgen: generated.methods.length },
  };
}

/** The report's line for breaking changes: how many, the first few, and where to look when methods are gone. */
export function surfaceReason(check: SurfaceCheck, shown = 8): string {
  const { breaking, methods } = check;
  const removed = breaking.filter((change) => change.kind === 'method-removed').length;
  const listed = breaking
    .slice(0, shown)
    .map(({ chain, message }) => (chain && !message.includes(chain) ? `${chain}: ${message}` : message));
  return (
    `${breaking.length} change(s) your SDK's users would notice, against Stainless's api.md (${methods.stainless} ` +
    `methods; sdkgen's has ${methods.sdkgen}): ${listed.join('; ')}` +
    (breaking.length > shown ? `; … and ${breaking.length - shown} more (--format json lists all)` : '') +
    (removed > 0
      ? '. Are the spec and config the ones Stainless last generated from? (.stats.yml names its copy of the spec)'
      : '')
  );
}

/**
 * A module of Stainless's package its users can import by path (`<pkg>/resources/shared`, `<pkg>/error`): its
 * source under src/, outside the folders Stainless kept internal (`internal/`, `_shims/`, `_vendor/`) and the
 * owners' `lib/`.
 */
const IMPORTABLE_MODULE = /^src\/(?!internal\/|_[^/]*\/|lib\/)(.+?)(?:\.d)?\.(?:ts|mts|js|mjs)$/;

/** The paths users import (`resources/shared`) of Stainless's modules among `removed`, each once. */
export function removedImportablePaths(removed: string[]): string[] {
  const paths = removed.flatMap((path) => IMPORTABLE_MODULE.exec(path)?.[1] ?? []);
  return [...new Set(paths)].sort();
}

/** The report's line for a module users import that the new package does not have. */
export function removedModuleReason(packageName: string | null, path: string): string {
  const specifier = `${packageName ?? '<package>'}/${path}`;
  return (
    `the package no longer has this module: its users' imports of '${specifier}' (or '${specifier}.js') fail ` +
    'to resolve. Keep a module of your own at this path that re-exports what they import'
  );
}
