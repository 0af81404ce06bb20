/**
 * Owners' edits of an async twin of a Stainless runtime function that sdkgen's runtime does not have: Stainless's
 * `_utils/_transform.py` writes each step twice (`_format_data` and `async def _async_format_data`, the second for
 * async file reads), sdkgen's once (its `async_transform` runs the sync steps). metronome-python's owners made the same
 * edit in both (`iso8601` datetimes made RFC 3339). Where the edit of the async twin is the edit they made in the sync
 * function (the same lines taken out of Stainless's sync function, the same lines added in theirs), and that edit is
 * carried into sdkgen's sync function of that name, the async twin's edit is done: it is listed as done by sdkgen
 * with the test showing sdkgen's async path running the sync step, not left for a person. An edit of the async twin
 * alone, or another edit than the sync one's, stays for a person (runtime-hunks.ts says why).
 *
 * Hook: reapply/functions-elsewhere.ts `intoFunctionsElsewhere`, its last step (both place edits of functions
 * sdkgen's module does not define where sdkgen has them).
 */
import type { MigrationPlan } from '../../migration-plan';
import { definitionSpan, methodOfHunk } from './owners-methods';

/** The test of sdkgen's runtime showing its async transform running the sync step. */
export const ASYNC_TWIN_TEST =
  'test/python/runtime/test_transform_formats.py › test_async_transform_runs_the_sync_format_step';

/** `_async_x` / `async_x` → `_x` / `x`; null for a name that is no async twin's. */
export function syncTwinOf(name: string): string | null {
  const twin = /^(_?)async_(\w+)$/.exec(name);
  return twin === null ? null : `${twin[1]}${twin[2]}`;
}

/** The lines of the module-level function `name` of `text` (decorators and `def` to its end), or null. */
function functionLines(text: string, name: string, async: boolean | null): string[] | null {
  const lines = text.split('\n');
  const def = new RegExp(`^${async === null ? '(?:async\\s+)?' : async ? 'async\\s+' : ''}def\\s+${name}\\s*\\(`);
  const at = lines.findIndex((line) => def.test(line));
  if (at < 0) return null;
  const span = definitionSpan(lines, at);
  return span === null ? null : lines.slice(span.start, span.end);
}

const norm = (line: string) => line.trim();
const said = (line: string) => line.trim() !== '';

/** Whether `run` (non-blank lines) stands in `lines` one after another, blank lines between them aside. */
function holdsRun(lines: string[], run: string[]): boolean {
  const wanted = run.filter(said).map(norm);
  if (wanted.length === 0) return false;
  const have = lines.filter(said).map(norm);
  for (let i = 0; i + wanted.length <= have.length; i++)
    if (wanted.every((line, j) => have[i + j] === line)) return true;
  return false;
}

/**
 * The plan without the rejected edits of async twins whose sync function carries the same edit, each listed in
 * `doneBySdkgen`.
 */
export function dropAsyncTwinsCarried(
  plan: MigrationPlan,
  stainlessText: (path: string) => string | null | undefined,
  ownersText: (path: string) => string | null | undefined,
): void {
  const written = new Map(plan.writes.map((file) => [file.path, file.contents]));
  plan.rejected = plan.rejected.flatMap((entry) => {
    const [stainless, owners, ours] = [stainlessText(entry.path), ownersText(entry.path), written.get(entry.path)];
    if (!entry.path.endsWith('.py') || stainless == null || owners == null || ours === undefined) return [entry];
    const done = new Map<string, string>();
    const left = entry.hunks.filter((hunk) => {
      const scope = methodOfHunk(hunk, stainless.split('\n'));
      const sync = scope === null ? null : syncTwinOf(scope);
      if (scope === null || sync === null || functionLines(ours, scope, null) !== null) return true;
      const body = hunk.replace(/\n$/, '').split('\n').slice(1);
      const removed = body.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
      const added = body.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
      if (!added.some(said)) return true;
      // Stainless's sync function had the lines the edit takes out, the owners' has the lines it adds, and sdkgen's
      // sync function (the edit carried) has them too.
      const [theirSync, ownSync, ourSync] = [
        functionLines(stainless, sync, false),
        functionLines(owners, sync, false),
        functionLines(ours, sync, false),
      ];
      if (theirSync === null || ownSync === null || ourSync === null) return true;
      if (removed.some(said) && !holdsRun(theirSync, removed)) return true;
      if (!holdsRun(ownSync, added) || !holdsRun(ourSync, added)) return true;
      done.set(scope, sync);
      return false;
    });
    for (const [scope, sync] of done)
      plan.doneBySdkgen.push({
        path: entry.path,
        does:
          `your edit of \`${scope}\` is the one you made in \`${sync}\`, carried into sdkgen's \`${sync}\`: ` +
          `sdkgen's runtime has no \`${scope}\`, its async path runs \`${sync}\``,
        test: ASYNC_TWIN_TEST,
      });
    return left.length === 0 ? [] : [{ ...entry, hunks: left }];
  });
}
