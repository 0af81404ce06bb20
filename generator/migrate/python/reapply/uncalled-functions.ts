/**
 * A private module-level function the owners added to one of Stainless's modules for their own edits of it, carried
 * when those edits (its calls) could not be: composio's `_maybe_convert_to_comma_string` in `_utils/_transform.py`,
 * called at the ref from Stainless's `_transform_recursive`, which sdkgen's runtime does not have. Nothing calls it in
 * sdkgen's module, and pyright's strict mode fails the module on it (`reportUnusedFunction`). It goes with its calls to
 * a person: left out, its hunk reported with theirs. Taken only where it is certain: a top-level `def _name(` without
 * decorators, whose `def` line neither Stainless's nor sdkgen's module has, that the owners' module reads outside
 * its own body and the written module does not (strings and comments aside, a quoted name counts as read).
 */
import { editsAsHunks } from '../../reapply/hunks';

export interface UncalledFunctions {
  text: string;
  /** The owners' hunks (against Stainless's text) adding the functions left out. */
  hunks: string[];
  names: string[];
}

const DEF = /^(?:async\s+)?def\s+(_\w+)\s*\(/;

/** Each top-level function's name and lines [start, end) (the trailing blank lines not included). */
function topLevelFunctions(lines: string[]): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  for (let at = 0; at < lines.length; at++) {
    const name = DEF.exec(lines[at])?.[1];
    if (name === undefined) continue;
    let end = at + 1;
    // (The signature's continuation lines and the body are indented, or close a bracket at column 0.)
    while (end < lines.length && (lines[end].trim() === '' || /^[\s)\]]/.test(lines[end]))) end++;
    while (end > at + 1 && lines[end - 1].trim() === '') end--;
    out.push({ name, start: at, end });
    at = end - 1;
  }
  return out;
}

/** Whether `name` is read in `lines` outside [from, to): docstrings and comments aside. */
function readOutside(lines: string[], from: number, to: number, name: string): boolean {
  const code = [...lines.slice(0, from), ...lines.slice(to)]
    .join('\n')
    .replace(/("""|''')[\s\S]*?\1/g, '""')
    .replace(/^\s*#.*$/gm, '');
  return new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(code);
}

/**
 * `written` (sdkgen's module `sdkgens` with the owners' edits of Stainless's `stainless`, `edited`, carried) without the
 * owners' private functions that only their edits not carried call.
 */
export function withoutUncalledOwnersFunctions(
  path: string,
  written: string,
  stainless: string,
  edited: string,
  sdkgens: string,
): UncalledFunctions {
  const none = { text: written, hunks: [], names: [] };
  if (!path.endsWith('.py')) return none;
  const theirs = new Set([...stainless.split('\n'), ...sdkgens.split('\n')].map((line) => line.trimEnd()));
  const editedLines = edited.split('\n');
  const calledAtRef = new Set(
    topLevelFunctions(editedLines)
      .filter((f) => !theirs.has(editedLines[f.start].trimEnd()))
      .filter((f) => readOutside(editedLines, f.start, f.end, f.name))
      .map((f) => f.name),
  );
  if (calledAtRef.size === 0) return none;
  const lines = written.split('\n');
  const goes = topLevelFunctions(lines).filter(
    (f) =>
      calledAtRef.has(f.name) &&
      !theirs.has(lines[f.start].trimEnd()) &&
      !/^\s*@/.test(lines[f.start - 1] ?? '') &&
      !readOutside(lines, f.start, f.end, f.name),
  );
  if (goes.length === 0) return none;
  const out = [...lines];
  // (From the last up, so that the lines of those above stay; with the blank lines before each, which the module's
  // next statement keeps its own of.)
  for (const f of [...goes].reverse()) {
    let start = f.start;
    while (start > 0 && out[start - 1].trim() === '') start--;
    out.splice(start, f.end - start);
  }
  const names = goes.map((f) => f.name);
  // (A one-line import the carry added for their function alone, which sdkgen's module has not, goes with it.)
  const gone = goes.map((f) => lines.slice(f.start, f.end).join('\n')).join('\n');
  const sdkgenLines = new Set(sdkgens.split('\n'));
  for (let at = 0; at < out.length; at++) {
    const from = /^from\s+(\S+)\s+import\s+([\w\s,]+)$/.exec(out[at]);
    if (from === null || sdkgenLines.has(out[at])) continue;
    const imported = from[2].split(',').map((name) => name.trim());
    const unused = (name: string) =>
      new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(gone) && !readOutside(out, at, at + 1, name);
    const kept = imported.filter((name) => !/^\w+$/.test(name) || !unused(name));
    if (kept.length === imported.length) continue;
    if (kept.length > 0) out[at] = `from ${from[1]} import ${kept.join(', ')}`;
    else out.splice(at--, 1);
  }
  const hunks = editsAsHunks(stainless, edited).filter((hunk) =>
    hunk
      .split('\n')
      .some((line) => names.some((name) => new RegExp(`^\\+(?:async\\s+)?def\\s+${name}\\s*\\(`).test(line))),
  );
  return { text: out.join('\n'), hunks, names };
}

/** The report's reason for the functions left out. */
export function uncalledFunctionsReason(names: string[]): string {
  return (
    `${names.map((name) => `\`${name}\``).join(', ')}: your function, which only your edits that could not be carried ` +
    "call, is left out with them (nothing in sdkgen's module calls it, and pyright's strict mode fails a private " +
    'function nothing calls); add it back with them (its hunk is below)'
  );
}
