/**
 * The owners' edits to one of Stainless's runtime modules (its client, API promise, errors, uploads, streaming, shims:
 * code no spec generates), re-applied onto the module sdkgen writes at that path, which is its own runtime: other code.
 * What lands there is a part of one patch to Stainless's code, placed wherever its context matched. When that part
 * imports names the new SDK does not have, sdkgen's module no longer compiles, and with it the client that imports it:
 * anthropic-ts's owners gave every response a `_request_id` by patching Stainless's `core/api-promise.ts`,
 * `core/pagination.ts` and `internal/parse.ts` (`WithRequestID`, `addRequestID`, `defaultParseResponse`); migrate
 * carried the patch's imports and `withResponse`'s return type into sdkgen's api-promise and pagination, and left the
 * rest for a person. Such a module is written as sdkgen's, and every edit of the owners' to Stainless's goes to a
 * person, with the names the new SDK lacks; a patch whose carried part finds all it imports is carried as before
 * (nuntly-ts's `safeAwait()` on the API promise, writer-ts's error classes).
 *
 * Hook: generator/migrate/plan.ts, after `parsedOrForAPerson`, on each re-applied module.
 */
import type { Reapplied } from './hunks';
import { namesNotExported } from '../repository/imports';
import type { ExportedSubpath } from '../repository/subpaths';
import { reexportsCarried } from './reexport-cycle';

/**
 * Stainless's runtime modules, where sdkgen writes its own: `core/`, `internal/` and `_shims/` (its newer and older
 * layouts), and the older layout's `core`, `uploads`, `streaming`, `error` and the newer one's re-exporting `resource`
 * and `api-promise` at src/'s top. (src/pagination.ts is not one: both generators write it from the config's pages.)
 */
const RUNTIME_MODULE =
  /^src\/(?:(?:core|internal|_shims)\/.+|(?:core|uploads|streaming|error|resource|api-promise)\.[cm]?ts)$/;

/** Whether `path` is one of Stainless's runtime modules, where sdkgen's runtime is other code. */
export function isRuntimeModule(path: string): boolean {
  return RUNTIME_MODULE.test(path);
}

export interface RuntimeCarry {
  carried: Reapplied;
  /** Why the owners' edits stayed out of sdkgen's module, for the report; null when the carried part stands. */
  reason: string | null;
}

/**
 * `carried` (the owners' edits re-applied onto sdkgen's module `sdkgens` at `path`) as written, unless `path` is one of
 * Stainless's runtime modules and the carried text imports names that sdkgen's module does not import and the new SDK's
 * modules (`written`, path → text) do not export: then sdkgen's module as it is, every owners' edit (`editsAsHunks`,
 * as made to Stainless's file) for a person, and the reason naming what is missing.
 */
export function runtimePatchCarried(
  path: string,
  carried: Reapplied,
  sdkgens: string,
  editsAsHunks: () => string[],
  written: ReadonlyMap<string, string>,
  packageName: string | null,
  exportedSubpaths: ExportedSubpath[] = [],
  carriedSoFar?: (path: string) => string | undefined,
): RuntimeCarry {
  // (Edits that leave the module re-exporting modules that re-export it back, or without what sdkgen's own modules
  // import from it, whichever module it is: reexport-cycle.ts.)
  const reexports = reexportsCarried(
    path,
    carried,
    sdkgens,
    editsAsHunks,
    written,
    packageName,
    exportedSubpaths,
    carriedSoFar,
  );
  if (reexports !== null) return reexports;
  if (!isRuntimeModule(path) || carried.applied === 0 || carried.text === sdkgens) return { carried, reason: null };
  const missing = (text: string) => namesNotExported({ path, text }, packageName, exportedSubpaths, written);
  // (What sdkgen's own module imports is its runtime's business, not the owners' edits'.)
  const sdkgensOwn = new Set(missing(sdkgens));
  const added = missing(carried.text).filter((reason) => !sdkgensOwn.has(reason));
  if (added.length === 0) return { carried, reason: null };
  const hunks = editsAsHunks();
  return {
    carried: { text: sdkgens, applied: 0, rejected: hunks },
    reason:
      `your ${hunks.length} edit(s) to Stainless's runtime module, listed below as made to Stainless's file, are not ` +
      `carried into sdkgen's module at this path, which is its own runtime (other code): carried in part, they ` +
      `import ${added.map((reason) => reason.replace(/^imports /, '')).join('; and ')}, and the module would not compile. Do what they do in a module of your own (src/lib/), ` +
      "on sdkgen's runtime as it is, or in sdkgen's module by hand (your edits are merged when it is regenerated)",
  };
}
