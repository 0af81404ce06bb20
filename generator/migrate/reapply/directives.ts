/**
 * Triple-slash directives the owners put atop a module of Stainless's (`/// <reference lib="dom" />`: the module
 * compiles with the DOM's types whatever the tsconfig's `lib`). The compiler reads one only above a file's code, so
 * where the lines around it are gone (sdkgen's module begins otherwise), it goes atop sdkgen's module of that path:
 * after its leading comments (its banner) and the directives it has, before its code.
 */
import type { Hunk } from '../../write/merge';
import { sameCode } from '../repository/code-mask';

/** A triple-slash directive: `/// <reference … />`, `/// <amd-module … />`, `/// <amd-dependency … />`. */
const DIRECTIVE = /^\s*\/\/\/\s*<(?:reference|amd-module|amd-dependency)\b[^>]*\/>\s*$/;

const blank = (line: string) => line.trim() === '';

/**
 * Where a hunk that adds nothing but directives above the edited module's code goes in `target`, with the lines it
 * puts there (those `target` lacks, then a blank line); null for another hunk, or one whose directives `target` has.
 */
export function placeDirectives(
  hunk: Hunk,
  base: string[],
  edited: string[],
  target: string[],
): { start: number; end: number; lines: string[] } | null {
  if (!base.slice(hunk.baseStart, hunk.baseEnd).every(blank)) return null;
  const added = edited.slice(hunk.start, hunk.end);
  const directives = added.filter((line) => DIRECTIVE.test(line));
  if (directives.length === 0 || !added.every((line) => blank(line) || DIRECTIVE.test(line))) return null;
  // Above the edited module's code: only comments and blank lines before them.
  if (!edited.slice(0, hunk.start).every((line) => blank(line) || /^\s*\/\//.test(line))) return null;
  const has = new Set(target.map((line) => line.trim()));
  const missing = directives.filter((line) => !has.has(line.trim()));
  if (missing.length === 0) return null;
  // After the leading comments (a banner, directives) and the blank lines after them.
  let at = 0;
  while (at < target.length && /^\s*\/\//.test(target[at])) at++;
  const afterComments = at;
  while (at < target.length && blank(target[at])) at++;
  const withNewline = (line: string) => (line.endsWith('\n') ? line : `${line}\n`);
  // (A banner keeps the blank line after it; the directives get one of their own before the code.)
  const lines = [...(afterComments > 0 && at === afterComments ? ['\n'] : []), ...missing.map(withNewline), '\n'];
  return { start: at, end: at, lines };
}

/**
 * Whether `edited`'s code differs from `base`'s in its triple-slash directives alone (with comments and spacing,
 * maybe): they tell the compiler which types to read, and the module does at run time what it did.
 */
export function directivesOnlyEdited(base: string, edited: string): boolean {
  const withoutDirectives = (text: string) =>
    text
      .split('\n')
      .filter((line) => !DIRECTIVE.test(line))
      .join('\n');
  return !sameCode(base, edited) && sameCode(withoutDirectives(base), withoutDirectives(edited));
}
