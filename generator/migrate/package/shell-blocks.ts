/**
 * The owners' lines in a shell script of Stainless's that sdkgen writes its own of (`scripts/build`), where sdkgen's
 * script has nothing of the lines around them: Stainless's build step they extended (supermemory's CLI, built and
 * composed into `dist/bin/cli` inside Stainless's `if [ -e "bin/cli" ]; then … fi`). sdkgen's `scripts/build` runs
 * the package's build (`npm run build`) and its build copies `bin/cli` to `dist/bin/cli` itself, so the block of the
 * owners' script holding their lines (from the `if`, `for`, `while`, `until` or `case` opening it at the top level to
 * the line closing it), as they left it, goes after sdkgen's build: it runs where it ran, after dist/ is built, and
 * regenerations merge it as any edit of the script. Only lines added inside such a block go on: a changed or removed
 * line of Stainless's, or one at the top level, runs where sdkgen's script has no place for it (appended, a changed
 * `rm -rf dist` would undo the build), and an edit of comments alone is settled as such (owners/moot-edits.ts). A whole
 * step at the top level right after a line both scripts have goes after that line (shell-steps.ts).
 */

import { CLOSED_ON_ITS_LINE, CLOSES, hunkLines, linesAt, OPENS, placedShellSteps } from './shell-steps';

/** A shell script: a file without an extension or a `.sh`, starting with a `#!` naming a shell. */
export function isShellScript(path: string, text: string | null): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (
    text !== null && (!name.includes('.') || name.endsWith('.sh')) && /^#!\S*(?:\/|env\s+)(?:ba|z|da)?sh\b/.test(text)
  );
}

export interface CarriedBlocks {
  /** sdkgen's script with the blocks after it. */
  text: string;
  /** How many of the hunks given went on with a block. */
  carried: number;
  /** The hunks left as they were given: a removal, or lines the edited script does not have at their place. */
  rejected: string[];
}

/**
 * Each hunk (`diff -u`'s form, as reapply/hunks.ts gives those it could not place) that only adds lines, of code,
 * inside a top-level block of `edited`, carried into `target` (sdkgen's script, with the edits that did go on) as
 * that block, appended after the script; the other hunks are left as given. A block whose every line `target` has
 * already is not appended again.
 */
export function carriedShellBlocks(edited: string, target: string, hunks: string[]): CarriedBlocks {
  const lines = edited.replace(/\n$/, '').split('\n');
  const blocks = topLevelBlocks(lines);
  const have = new Set(target.split('\n').map((line) => line.trim()));
  const appended: Array<[number, number]> = [];
  const rejected: string[] = [];
  let carried = 0;
  for (const hunk of hunks) {
    const added = addedRange(hunk, lines);
    const block = added && blocks.find(([start, end]) => start < added[0] && added[1] - 1 < end);
    if (!block) {
      rejected.push(hunk);
      continue;
    }
    carried++;
    if (appended.some(([start, end]) => start <= block[0] && block[1] <= end)) continue;
    if (
      lines
        .slice(block[0], block[1] + 1)
        .filter((line) => line.trim() !== '')
        .every((line) => have.has(line.trim()))
    )
      continue;
    appended.push(block);
  }
  if (appended.length === 0) return { text: target, carried, rejected };
  const text = appended
    .sort((a, b) => a[0] - b[0])
    .map(([start, end]) => lines.slice(start, end + 1).join('\n'))
    .join('\n\n');
  return { text: `${target.replace(/\s+$/, '')}\n\n${text}\n`, carried, rejected };
}

/**
 * The lines `[start, end)` of `edited` a hunk adds, found where its header says; null for a hunk that removes or
 * changes a line, or adds only comments.
 */
function addedRange(hunk: string, edited: string[]): [number, number] | null {
  const parsed = hunkLines(hunk);
  if (parsed === null) return null;
  const { newStart, body } = parsed;
  const first = body.findIndex((line) => line.startsWith('+') || line.startsWith('-'));
  if (first < 0 || body.some((line) => line.startsWith('-'))) return null;
  const added = body.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  if (added.every((line) => /^\s*(?:#.*)?$/.test(line))) return null;
  const context = body.slice(0, first).filter((line) => line.startsWith(' ')).length;
  return linesAt(edited, newStart + context, added);
}

/** The top-level blocks of a script, each as the indexes of its opening and closing lines. */
function topLevelBlocks(lines: string[]): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  lines.forEach((line, i) => {
    const code = line.replace(/(^|\s)#.*$/, '');
    if (OPENS.test(code) && !CLOSED_ON_ITS_LINE.test(code)) {
      if (depth === 0) start = i;
      depth++;
    } else if (CLOSES.test(code) && depth > 0) {
      depth--;
      if (depth === 0) blocks.push([start, i]);
    }
  });
  return blocks;
}

/**
 * What reapplying the owners' edits to a file of sdkgen's gave (`reapplied`), with the hunks it rejected carried as
 * blocks where the file is a shell script; as it was otherwise.
 */
export function withShellBlocks<R extends { text: string; applied: number; rejected: string[] }>(
  path: string,
  edited: string,
  reapplied: R,
): R {
  if (reapplied.rejected.length === 0 || !isShellScript(path, edited)) return reapplied;
  // Whole steps of theirs after a line both scripts have go there first; lines inside Stainless's blocks after.
  // Stainless's `scripts/lint` is its checks (TS and Python alike): a step of theirs is one more check.
  const steps = placedShellSteps(edited, reapplied.text, reapplied.rejected, path === 'scripts/lint');
  const blocks = carriedShellBlocks(edited, steps.text, steps.rejected);
  return {
    ...reapplied,
    text: blocks.text,
    applied: reapplied.applied + steps.placed + blocks.carried,
    rejected: blocks.rejected,
  };
}
