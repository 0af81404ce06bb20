/**
 * The owners' new value of a module-level constant of Stainless's (`DEFAULT_TIMEOUT = httpx.Timeout(timeout=300, …)`
 * in `_constants.py`), where sdkgen's module binds the same name on one line of its own, written otherwise than
 * Stainless's (so the hunk finds no context): sdkgen's binding takes the owners' line. The value is theirs to choose,
 * whatever sdkgen's default is.
 */
import type { Reapplied } from '../reapply/hunks';
import { placeRejected } from '../reapply/insertions';

/** A one-line top-level binding: its name (an annotation allowed), and a value whose brackets close on the line. */
const BINDING = /^([A-Za-z_]\w*)\s*(?::[^=]+)?=(?!=)\s*(.+?)\s*(#.*)?$/;

export function intoModuleConstants(carried: Reapplied): Reapplied {
  return placeRejected(carried, newValues);
}

function newValues(text: string, hunk: string): string | null {
  const body = hunk.replace(/\n$/, '').split('\n').slice(1);
  const changed = (sign: string) =>
    body.filter((line) => line.startsWith(sign) && line.slice(1).trim() !== '').map((line) => line.slice(1));
  const [removed, added] = [changed('-'), changed('+')];
  if (removed.length === 0 || removed.length !== added.length) return null;
  const names = removed.map((line) => bindingName(line));
  // (Not `__all__` and its kin: a list sdkgen fills with its own names, list-items.ts adds the owners' to.)
  if (names.some((name, i) => name === null || name.startsWith('__') || bindingName(added[i]) !== name)) return null;
  const lines = text.split('\n');
  for (const [i, name] of names.entries()) {
    const at = lines.flatMap((line, n) => (bindingName(line) === name ? [n] : []));
    // (Bound once, on a line of its own: a value continued over lines, or bound twice, is not read here.)
    if (at.length !== 1 || lines.filter((line) => new RegExp(String.raw`^${name}\b`).test(line)).length !== 1)
      return null;
    lines[at[0]] = added[i];
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
