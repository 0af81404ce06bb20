// Check 4 of a TypeScript trial, for owners' hunks migrate carried into another file than their own: its report lists
// such a member under "Stainless's client methods you made yours" as `<file>: <name> (from <their file>)` (their
// missing-credential check in sdkgen's `src/client-core.ts`, their lines around Stainless's JSON parse in
// `src/client.ts`'s `parseJSON`). A line of such a hunk counts as there when the other file has it, read as moved:
// a relative import's specifier as that file writes it, Stainless's `x === undefined` (no credential given) as
// sdkgen's `x == null` (a null given is none either).
import path from 'node:path';
import { reportSection } from './report-sections.mjs';

const HEADING = "Stainless's client methods you made yours";

/** Their file → the files migrate's report says members of it were carried into. */
export function carriedElsewhere(report) {
  const into = new Map();
  for (const item of reportSection(report, HEADING)) {
    const m = /^(\S+): .* \(from (\S+)\)$/.exec(item);
    if (!m || m[1] === m[2]) continue;
    into.set(m[2], [...new Set([...(into.get(m[2]) ?? []), m[1]])]);
  }
  return into;
}

/** A line of `from` as the file `to` has it once moved there (see the top of this file). */
export function movedLine(line, from, to) {
  return line
    .replace(/(\bfrom\s+)(['"])(\.[^'"]*)\2/, (_, kw, quote, specifier) => {
      const target = path.posix.join(path.posix.dirname(from), specifier);
      const relative = path.posix.relative(path.posix.dirname(to), target);
      return `${kw}${quote}${relative.startsWith('.') ? relative : `./${relative}`}${quote}`;
    })
    .replace(/\s*===\s*undefined\b/g, ' == null');
}
