/**
 * A constant of Stainless's whose value the owners changed, with the comment at the end of its line
 * (anchorbrowser: `static DEFAULT_TIMEOUT = 60000; // 1 minute` → `= 3600000; // 1 hour`). The derived config gives
 * sdkgen's line their value (`static DEFAULT_TIMEOUT = 3600000; // milliseconds`), so the hunk finds no place; what
 * is left of it is their comment, which replaces sdkgen's on that line. A hunk is taken only when each line it removes
 * pairs with one it adds, of the same declaration, and sdkgen's module has that declaration with the added value.
 */

/** `<declaration> = <value>;  // <comment>`: the declaration, value and comment (none: undefined). */
const ASSIGNMENT = /^(\s*)([^=]*?[\w$\]])\s*=\s*([^;]+);\s*(?:\/\/\s?(.*))?$/;

/**
 * The rejected hunks without those only changing constants sdkgen's module has with the owners' values; their
 * comments are put on sdkgen's lines in `writes`, and each such hunk counted in `reapplied`.
 */
export function carryConstantComments(
  rejected: Array<{ path: string; hunks: string[] }>,
  writes: Array<{ path: string; contents: string }>,
  reapplied: Array<{ path: string; hunks: number }>,
): Array<{ path: string; hunks: string[] }> {
  return rejected
    .map(({ path, hunks }) => {
      const write = writes.find((f) => f.path === path);
      if (write === undefined || !/\.[cm]?[jt]sx?$/.test(path)) return { path, hunks };
      const kept = hunks.filter((hunk) => {
        const carried = withTheirComments(hunk, write.contents);
        if (carried === null) return true;
        write.contents = carried;
        return false;
      });
      const carried = hunks.length - kept.length;
      if (carried > 0) {
        const entry = reapplied.find((r) => r.path === path);
        if (entry) entry.hunks += carried;
        else reapplied.push({ path, hunks: carried });
      }
      return { path, hunks: kept };
    })
    .filter(({ hunks }) => hunks.length > 0);
}

/** `text` with the comments of the constants `hunk` changes, or null when the hunk is not only such changes. */
function withTheirComments(hunk: string, text: string): string | null {
  if (!hunk.startsWith('@@ ')) return null;
  const body = hunk.split('\n').slice(1);
  const removed = body.filter((l) => l.startsWith('-')).map((l) => ASSIGNMENT.exec(l.slice(1)));
  const added = body.filter((l) => l.startsWith('+')).map((l) => ASSIGNMENT.exec(l.slice(1)));
  if (removed.length === 0 || removed.length !== added.length) return null;
  const lines = text.split('\n');
  for (const [k, after] of added.entries()) {
    const before = removed[k];
    if (before === null || after === null || before[2] !== after[2] || after[4] === undefined) return null;
    const at = lines.findIndex((line) => {
      const ours = ASSIGNMENT.exec(line);
      return ours !== null && ours[2] === after[2] && ours[3].trim() === after[3].trim();
    });
    if (at < 0) return null;
    const ours = ASSIGNMENT.exec(lines[at])!;
    lines[at] = `${ours[1]}${ours[2]} = ${ours[3].trim()}; // ${after[4]}`;
  }
  return lines.join('\n');
}
