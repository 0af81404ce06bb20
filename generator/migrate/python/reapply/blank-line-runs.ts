/**
 * The blank lines of a module the owners' edits were carried into, as ruff format (and black) leaves them: at most two
 * in a row before a line at the module's top level, at most one before a line inside a class or function. A carried
 * block brings the blank lines around it in the owners' file, and where it lands beside sdkgen's own blank lines the
 * run grows past that (dedalus-python's `APIError.__init__` ended in three blank lines before the next class: E303,
 * and a reformat of the whole file on the owners' next `./scripts/format`).
 *
 * Only runs the carry made are cut: a run that sdkgen's module or the owners' has too, between the same two lines, is
 * theirs and stays (sdkgen's `_qs.py` has four blank lines before a comment block). Blank lines inside a string or
 * inside a statement's brackets are the string's or the statement's, never cut.
 */
import { readModule } from '../source/module-lines';

/** `text` (the carried module) with the runs of blank lines longer than the formatter allows cut to that length. */
export function withBlankRunsFormatted(text: string, sources: string[]): string {
  const module = readModule(text);
  const lines = module.lines;
  const known = new Map<string, number>();
  for (const source of sources)
    for (const run of runsOf(source.split('\n'))) known.set(run.key, Math.max(known.get(run.key) ?? 0, run.count));
  const cut = new Set<number>();
  for (const run of runsOf(lines)) {
    const next = lines[run.end];
    if (next === undefined || module.inString[run.end] || module.continues[run.end]) continue;
    if (run.start > 0 && module.inString[run.start]) continue;
    const allowed = /^\s/.test(next) ? 1 : 2;
    if (run.count <= allowed || (known.get(run.key) ?? 0) >= run.count) continue;
    for (let i = run.start + allowed; i < run.end; i++) cut.add(i);
  }
  return cut.size === 0 ? text : lines.filter((_, i) => !cut.has(i)).join('\n');
}

/** The runs of blank lines between two lines of code (`start`–`end`), each keyed by the lines on either side. */
function runsOf(lines: string[]): Array<{ start: number; end: number; count: number; key: string }> {
  const runs: Array<{ start: number; end: number; count: number; key: string }> = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() !== '' || lines[i - 1].trim() === '') continue;
    let end = i;
    while (end < lines.length && lines[end].trim() === '') end++;
    if (end < lines.length) runs.push({ start: i, end, count: end - i, key: `${lines[i - 1]}\n${lines[end]}` });
    i = end;
  }
  return runs;
}
