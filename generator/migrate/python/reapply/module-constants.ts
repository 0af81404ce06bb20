/**
 * The owners' new value of a module-level constant of Stainless's (`DEFAULT_TIMEOUT = httpx.Timeout(timeout=300, …)`
 * in `_constants.py`), where sdkgen's module binds the same name on one line of its own, written otherwise than
 * Stainless's (so the hunk finds no context): sdkgen's binding takes the owners' line. The value is theirs to choose,
 * whatever sdkgen's default is. A comment line they changed with it (anchorbrowser's `# default timeout is 1 minute`
 * → `… 1 hour` above `DEFAULT_TIMEOUT`) goes with the next constant: above sdkgen's binding, in place of Stainless's
 * words where sdkgen's module has them there.
 */
import type { Reapplied } from '../../reapply/hunks';
import { placeRejected } from '../../reapply/insertions';

/** A one-line top-level binding: its name (an annotation allowed), and a value whose brackets close on the line. */
const BINDING = /^([A-Za-z_]\w*)\s*(?::[^=]+)?=(?!=)\s*(.+?)\s*(#.*)?$/;
/** A comment line at the module's margin. */
const COMMENT = /^#/;

export function intoModuleConstants(carried: Reapplied): Reapplied {
  return placeRejected(carried, newValues);
}

function newValues(text: string, hunk: string): string | null {
  const body = hunk.replace(/\n$/, '').split('\n').slice(1);
  const changed = (sign: string) =>
    body.filter((line) => line.startsWith(sign) && line.slice(1).trim() !== '').map((line) => line.slice(1));
  const [removed, added] = [changed('-'), changed('+')];
  if (removed.length === 0 || removed.length !== added.length) return null;
  // Each changed binding, with the comment lines changed right before it (a comment pair alone is no constant's).
  const bindings: Array<{ name: string; line: string; comments: Array<{ was: string; now: string }> }> = [];
  let comments: Array<{ was: string; now: string }> = [];
  for (const [i, was] of removed.entries()) {
    if (COMMENT.test(was) && COMMENT.test(added[i])) {
      comments.push({ was, now: added[i] });
      continue;
    }
    const name = bindingName(was);
    // (Not `__all__` and its kin: a list sdkgen fills with its own names, list-items.ts adds the owners' to.)
    if (name === null || name.startsWith('__') || bindingName(added[i]) !== name) return null;
    bindings.push({ name, line: added[i], comments });
    comments = [];
  }
  if (comments.length > 0 || bindings.length === 0) return null;
  const lines = text.split('\n');
  for (const { name, line, comments: above } of bindings) {
    const at = lines.flatMap((l, n) => (bindingName(l) === name ? [n] : []));
    // (Bound once, on a line of its own: a value continued over lines, or bound twice, is not read here.)
    if (at.length !== 1 || lines.filter((l) => new RegExp(String.raw`^${name}\b`).test(l)).length !== 1) return null;
    lines[at[0]] = line;
    // (Stainless's words right above sdkgen's binding give way to theirs; else theirs go right above it.)
    const was = above.map((comment) => comment.was);
    const start = at[0] - was.length;
    const stainlessWords = start >= 0 && was.every((comment, k) => lines[start + k] === comment);
    const now = above.map((comment) => comment.now);
    if (stainlessWords) lines.splice(start, was.length, ...now);
    else lines.splice(at[0], 0, ...now);
  }
  return lines.join('\n');
}

function bindingName(line: string): string | null {
  const binding = BINDING.exec(line);
  return binding !== null && balanced(binding[2]) ? binding[1] : null;
}

function balanced(value: string): boolean {
  let depth = 0;
  for (const char of value.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '')) {
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}
