/**
 * A module of Stainless's whose code the owners replaced whole, keeping only its banner: knock-node's owners made
 * Stainless's `internal/utils/query` re-export their own serialiser from src/lib. Nothing of Stainless's code is left
 * for their edit to be placed against in sdkgen's module at that path, and none is needed: the module is their text,
 * under sdkgen's banner in place of Stainless's.
 */
import type { Reapplied } from './reapply';

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
  // Stainless's banner lines go; the owners' comments (above their code) stay.
  const stainlessBanner = new Set(leading(pristine.split('\n')).filter((line) => line.trim() !== ''));
  let start = 0;
  while (start < after.length && (stainlessBanner.has(after[start]) || after[start].trim() === '')) start++;
  const bannerEnd = target.split('\n').findIndex((line) => !line.startsWith('//'));
  const banner = target.split('\n').slice(0, Math.max(bannerEnd, 0));
  const text = [...banner, ...(banner.length > 0 ? [''] : []), ...after.slice(start)].join('\n');
  return { text, applied: 1, rejected: [] };
}
