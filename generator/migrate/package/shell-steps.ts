/**
 * An owners' step added to a shell script of Stainless's that sdkgen writes its own of, right after a line both
 * scripts have: turbopuffer's check that their supplemental generated code is up to date (`scripts/gen`, then
 * `if ! git diff --exit-code; then … fi`), added to Stainless's `scripts/lint` after `cd "$(dirname "$0")/.."` and
 * before Stainless's eslint, which sdkgen's `scripts/lint` runs as `npm run lint`. The step goes after that line of
 * sdkgen's script: it runs where it ran, after the line and before the checks that followed it.
 *
 * Only whole statements go: a hunk that removes nothing and adds one run of lines of code at the top level of the
 * owners' script, every block it opens closed in it. The anchor is the nearest line before them that is not blank,
 * a line of code sdkgen's script has exactly once; without one the hunk is left as given (shell-blocks.ts, or a
 * person). Lines inside a block of Stainless's are shell-blocks.ts's.
 *
 * In a script of checks (Stainless's `scripts/lint`: prettier, eslint, tsc, attw, publint, each stopping the script
 * under `set -e` when it fails), a step whose anchor sdkgen's script lacks goes after sdkgen's last line (privy's
 * type check of their viem-Tempo wrapper, added after Stainless's `tsc`, which sdkgen's `npm run lint` stands for):
 * the order of checks only decides which failure is told first. Only where no line after the step in the owners'
 * script is in sdkgen's (it would then run before a line it ran after); an anchor sdkgen has twice stays for a person,
 * and so does such a step in any other script (`scripts/build`: a step between build steps needs its place).
 */

/** A line opening a block, and one closing it. */
export const OPENS = /^\s*(?:if|for|while|until|case|select)\b/;
export const CLOSES = /^\s*(?:fi|done|esac)\b/;
/** A block opened and closed on one line (`if [ -e x ]; then y; fi`). */
export const CLOSED_ON_ITS_LINE = /[;&|\s](?:fi|done|esac)\s*(?:[;&|>)].*)?$/;
/** A line that continues a block opened before it: on its own, no whole statement. */
const CONTINUES = /^\s*(?:then|else|elif|do)\b/;

export interface PlacedSteps {
  /** sdkgen's script with the steps placed. */
  text: string;
  /** How many of the hunks given went on. */
  placed: number;
  /** The hunks left as they were given. */
  rejected: string[];
}

/** `line` without a trailing comment, for telling code from comments and blocks apart. */
function code(line: string): string {
  return line.replace(/(^|\s)#.*$/, '');
}

/** How deep in blocks each line of a script starts (0: the top level). */
function depths(lines: string[]): number[] {
  let depth = 0;
  return lines.map((line) => {
    const at = depth;
    const text = code(line);
    if (OPENS.test(text) && !CLOSED_ON_ITS_LINE.test(text)) depth++;
    else if (CLOSES.test(text) && depth > 0) depth--;
    return at;
  });
}

/** Whether `lines` are whole statements: every block they open closed among them, none closed that they did not open. */
function wholeStatements(lines: string[]): boolean {
  let depth = 0;
  for (const line of lines) {
    const text = code(line);
    if (depth === 0 && CONTINUES.test(text)) return false;
    if (OPENS.test(text) && !CLOSED_ON_ITS_LINE.test(text)) depth++;
    else if (CLOSES.test(text)) {
      if (depth === 0) return false;
      depth--;
    }
  }
  return depth === 0;
}

/** The one run of lines a hunk adds, as `[start, end)` of `edited` where its header says; null for any other hunk. */
function addedRun(hunk: string, edited: string[]): [number, number] | null {
  const parsed = hunkLines(hunk);
  if (parsed === null) return null;
  const { newStart, body } = parsed;
  if (body.some((line) => line.startsWith('-'))) return null;
  const first = body.findIndex((line) => line.startsWith('+'));
  if (first < 0) return null;
  const count = body.slice(first).findIndex((line) => !line.startsWith('+'));
  const added = body.slice(first, count < 0 ? undefined : first + count).map((line) => line.slice(1));
  if (body.slice(first + added.length).some((line) => line.startsWith('+'))) return null;
  const start = newStart + body.slice(0, first).filter((line) => line.startsWith(' ')).length;
  return linesAt(edited, start, added);
}

/** A hunk of `diff -u`'s form: the index its header gives its first line of the new file, and the lines after it. */
export function hunkLines(hunk: string): { newStart: number; body: string[] } | null {
  const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(hunk);
  if (header === null) return null;
  const body = hunk
    .slice(hunk.indexOf('\n') + 1)
    .replace(/\n$/, '')
    .split('\n');
  return { newStart: Number(header[1]) - 1, body };
}

/** `[start, end)` of `edited` where it has the lines `added` at `start`; null where it has not. */
export function linesAt(edited: string[], start: number, added: string[]): [number, number] | null {
  const found = edited.slice(start, start + added.length);
  return found.length === added.length && found.every((line, i) => line === added[i])
    ? [start, start + added.length]
    : null;
}

/**
 * Each hunk (`diff -u`'s form) of `hunks` adding a whole step at the top level of `edited` (the owners' script) right
 * after a line `target` (sdkgen's script) has once, placed after that line of `target`; in a script of `checks`, one
 * whose anchor `target` lacks placed after its last line (see the module's doc); the others left as given.
 */
export function placedShellSteps(edited: string, target: string, hunks: string[], checks = false): PlacedSteps {
  const lines = edited.replace(/\n$/, '').split('\n');
  const depthOf = depths(lines);
  let result = target.split('\n');
  const rejected: string[] = [];
  let placed = 0;
  for (const hunk of hunks) {
    const run = addedRun(hunk, lines);
    const step = run ? lines.slice(run[0], run[1]) : [];
    const codeLines = step.filter((line) => code(line).trim() !== '');
    if (run === null || depthOf[run[0]] !== 0 || codeLines.length === 0 || !wholeStatements(step)) {
      rejected.push(hunk);
      continue;
    }
    const have = new Set(result.map((line) => line.trim()));
    if (codeLines.every((line) => have.has(line.trim()))) {
      placed++;
      continue;
    }
    const anchor = lines
      .slice(0, run[0])
      .reverse()
      .find((line) => line.trim() !== '');
    const at = anchor === undefined || code(anchor).trim() === '' ? [] : indexesOf(result, anchor.trim());
    if (
      at.length === 0 &&
      checks &&
      !lines.slice(run[1]).some((line) => code(line).trim() !== '' && have.has(line.trim()))
    ) {
      result = [...trimBlankEnds(result), '', ...trimBlankEnds(step), ''];
      placed++;
      continue;
    }
    if (at.length !== 1) {
      rejected.push(hunk);
      continue;
    }
    const body = trimBlankEnds(step);
    const after = result.slice(at[0] + 1);
    result = [...result.slice(0, at[0] + 1), '', ...body, ...(after[0]?.trim() === '' ? [] : ['']), ...after];
    placed++;
  }
  return { text: result.join('\n'), placed, rejected };
}

function indexesOf(lines: string[], trimmed: string): number[] {
  return lines.flatMap((line, i) => (line.trim() === trimmed ? [i] : []));
}

function trimBlankEnds(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}
