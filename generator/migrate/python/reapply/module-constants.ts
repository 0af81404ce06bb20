/**
 * The owners' new value of a module-level constant of Stainless's (`DEFAULT_TIMEOUT = httpx.Timeout(timeout=300, …)`
 * in `_constants.py`), where sdkgen's module binds the same name on one line of its own, written otherwise than
 * Stainless's (so the hunk finds no context): sdkgen's binding takes the owners' line. The value is theirs to choose,
 * whatever sdkgen's default is. A comment line they changed with it (anchorbrowser's `# default timeout is 1 minute`
 * → `… 1 hour` above `DEFAULT_TIMEOUT`) goes with the next constant: above sdkgen's binding, in place of Stainless's
 * words where sdkgen's module has them there. New constants they bound beside it (parallel's
 * `DEFAULT_TIMEOUT_SECONDS = 600` that their `DEFAULT_TIMEOUT` reads) go right above it, in their order, where sdkgen's
 * module binds no such name.
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
  const [was, now] = [groups(changed('-')), groups(changed('+'))];
  if (was === null || now === null || was.length === 0) return null;
  // Each constant of Stainless's they changed is bound again on their side (a removed one is not read here); the
  // names their side binds besides are new, bound nowhere in sdkgen's module.
  const rebound = new Map(was.map((group) => [group.name, group]));
  if (rebound.size !== was.length || !was.every((group) => now.some((their) => their.name === group.name))) return null;
  // (Not `__all__` and its kin: a list sdkgen fills with its own names, list-items.ts adds the owners' to.)
  if (now.some((group) => group.name.startsWith('__'))) return null;
  if (new Set(now.map((group) => group.name)).size !== now.length) return null;
  const lines = text.split('\n');
  const boundAt = (name: string) => lines.flatMap((l, n) => (bindingName(l) === name ? [n] : []));
  const named = (name: string) => lines.filter((l) => new RegExp(String.raw`^${name}\b`).test(l)).length;
  if (now.some((group) => !rebound.has(group.name) && named(group.name) > 0)) return null;
  // New constants with their comments go right above the next one rebound (after the last rebound when none follows).
  let pending: string[] = [];
  let last = -1;
  for (const group of now) {
    const stainless = rebound.get(group.name);
    if (stainless === undefined) {
      pending.push(...group.comments, group.line);
      continue;
    }
    const at = boundAt(group.name);
    // (Bound once, on a line of its own: a value continued over lines, or bound twice, is not read here.)
    if (at.length !== 1 || named(group.name) !== 1) return null;
    lines[at[0]] = group.line;
    // (Stainless's words right above sdkgen's binding give way to theirs; else theirs go right above it.)
    const start = at[0] - stainless.comments.length;
    const stainlessWords = start >= 0 && stainless.comments.every((comment, k) => lines[start + k] === comment);
    const above = [...pending, ...group.comments];
    if (stainlessWords) lines.splice(start, stainless.comments.length, ...above);
    else lines.splice(at[0], 0, ...above);
    last = (stainlessWords ? start : at[0]) + above.length;
    pending = [];
  }
  if (pending.length > 0) lines.splice(last + 1, 0, ...pending);
  return lines.join('\n');
}

/** A hunk side read as one-line bindings, each with the comment lines right above it; null where it is not that. */
function groups(side: string[]): Array<{ name: string; line: string; comments: string[] }> | null {
  const read: Array<{ name: string; line: string; comments: string[] }> = [];
  let comments: string[] = [];
  for (const line of side) {
    if (COMMENT.test(line)) {
      comments.push(line);
      continue;
    }
    const name = bindingName(line);
    if (name === null) return null;
    read.push({ name, line, comments });
    comments = [];
  }
  // (A comment with no constant after it is no constant's.)
  return comments.length > 0 ? null : read;
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
