/**
 * Stainless's runtime modules sdkgen writes its own at (`internal/qs`, `internal/utils/query`), and the owners' code
 * in them. A module whose code the owners replaced whole, keeping only its banner (knock-node's owners made
 * Stainless's `internal/utils/query` re-export their own serialiser from src/lib), has nothing of Stainless's left for
 * their edit to be placed against in sdkgen's module, and needs nothing: the module is their text, under sdkgen's
 * banner in place of Stainless's. Stainless's tests of one sdkgen replaces test Stainless's code, which goes.
 */
import { importsOf, importTarget, resolvedPath } from '../repository/imports';
import type { Reapplied } from '../reapply/hunks';
import { isAttributionLine } from '../reapply/stainless-banner';

/**
 * Whether a test module of Stainless's imports a module of its runtime's internals that sdkgen writes its own at
 * (among `rendered`) and the owners left as Stainless wrote it (`ownersCodeIn` says where they did not): Stainless's
 * tests there test its code (its qs port's every option), which sdkgen's module replaces with the names alone.
 */
export function testsReplacedRuntime(
  test: { path: string; text: string | null },
  name: string | null,
  rendered: ReadonlySet<string>,
  ownersCodeIn: (path: string) => boolean,
): boolean {
  return importsOf(test.text ?? '').some((specifier) => {
    const target = importTarget(test.path, specifier, name);
    const path = target === null ? null : resolvedPath(target, rendered);
    return path !== null && path.startsWith('src/internal/') && !ownersCodeIn(path);
  });
}

/** A line of code: not blank, not a comment. */
const isCode = (line: string) => !/^\s*(?:\/\/|\/\*|\*|$)/.test(line);

/** The module's leading comment lines and blank lines (its banner). */
function leading(lines: string[]): string[] {
  const end = lines.findIndex(isCode);
  return lines.slice(0, end < 0 ? lines.length : end);
}

/**
 * `edited` under sdkgen's banner (the comment lines `target` opens with) when it keeps no line of `pristine`'s code;
 * else null, for the edits to be placed in sdkgen's module as any others.
 */
export function rewrittenModule(pristine: string, edited: string, target: string): Reapplied | null {
  const before = pristine.split('\n').filter(isCode);
  const after = edited.split('\n');
  const kept = new Set(after.filter(isCode).map((line) => line.trim()));
  if (before.length === 0 || kept.size === 0 || before.some((line) => kept.has(line.trim()))) return null;
  // Stainless's banner lines go, and any generator's attribution line (a later form of Stainless's banner than the
  // base's, or the owners' rewrite of it): sdkgen writes its own. The owners' comments (above their code) stay.
  const stainlessBanner = new Set(leading(pristine.split('\n')).filter((line) => line.trim() !== ''));
  const bannerLine = (line: string) => stainlessBanner.has(line) || isAttributionLine(line) || line.trim() === '';
  let start = 0;
  while (start < after.length && bannerLine(after[start])) start++;
  const bannerEnd = target.split('\n').findIndex((line) => !line.startsWith('//'));
  const banner = target.split('\n').slice(0, Math.max(bannerEnd, 0));
  const text = [...banner, ...(banner.length > 0 ? [''] : []), ...after.slice(start)].join('\n');
  return { text, applied: 1, rejected: [] };
}
