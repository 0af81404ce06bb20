/**
 * A file people created that Stainless's generations then rewrote whole, its banner never in it: openai-node's
 * `src/streaming.ts` and `src/uploads.ts`, written by hand in 2023 and made deprecated re-exports (`export * from
 * './core/streaming'`) by a generation in 2025. No base has it (people created it, without the banner), so it read as
 * the owners' own module at a path where sdkgen writes one: kept, and a step for a person. Where git blame gives every
 * line of it to Stainless's commits (repository/line-authors.ts) and sdkgen writes a module at its path, nothing in it
 * is the owners': it is Stainless's output, replaced by sdkgen's as the rest is.
 */
import { linesByStainless } from '../repository/line-authors';
import { hasStainlessHeader } from '../repository/stainless-repo';
import type { RepoFile } from '../repository/checkout-files';

export function rewrittenByStainless(
  repo: string | undefined,
  current: readonly RepoFile[],
  base: { blobs: Map<string, string> } | null,
  renderedPaths: ReadonlySet<string>,
): Set<string> {
  const found = new Set<string>();
  if (repo === undefined || base === null) return found;
  for (const file of current) {
    if (!renderedPaths.has(file.path) || base.blobs.has(file.path) || file.text === null) continue;
    // (A banner's file is told Stainless's by the base already, or is the owners' copy of one.)
    if (file.text.trim() === '' || hasStainlessHeader(file.text)) continue;
    const lines = linesByStainless(repo, file.path, true);
    if (lines !== null && lines.length > 0 && lines.every(Boolean)) found.add(file.path);
  }
  return found;
}
