/**
 * Edits that only took lines out of a test file of Stainless's that the migration removes (h-merge2's, for
 * supermemory-ts): the removal has their result.
 */
import { TEST_FILE } from '../package/test-runner';

/**
 * The rejected hunks without those that only take lines out of a test file the migration removes (Stainless's tests
 * of what sdkgen replaces, of which it writes no counterpart): the file's removal has their result, and no line of
 * the owners' is left to carry (supermemory's owners took an import out of Stainless's tests of its uploads). Not so
 * in a module of the runtime that goes: sdkgen's runtime may still do what they took out, which they must see. Each
 * file's dropped hunks are counted in `alreadyThere`.
 */
export function dropRemovalsFromRemovedTests(
  rejected: Array<{ path: string; hunks: string[] }>,
  removed: ReadonlySet<string>,
  alreadyThere: Array<{ path: string; hunks: number }>,
): Array<{ path: string; hunks: string[] }> {
  return rejected
    .map(({ path, hunks }) => {
      if (!removed.has(path) || !TEST_FILE.test(path)) return { path, hunks };
      // (Only unified-diff hunks; a blank line added with the removal adds nothing either.)
      const kept = hunks.filter(
        (hunk) =>
          !hunk.startsWith('@@ ') ||
          hunk
            .split('\n')
            .slice(1)
            .some((line) => line.startsWith('+') && line.slice(1).trim() !== ''),
      );
      if (kept.length < hunks.length) {
        const there = alreadyThere.find((entry) => entry.path === path);
        if (there !== undefined) there.hunks += hunks.length - kept.length;
        else alreadyThere.push({ path, hunks: hunks.length - kept.length });
      }
      return { path, hunks: kept };
    })
    .filter(({ hunks }) => hunks.length > 0);
}
