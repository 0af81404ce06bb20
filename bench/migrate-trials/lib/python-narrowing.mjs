// An owners' hunk of a Python module that narrows (or widens) a parameter's annotation: union members taken out, at any depth
// (`def f(obj: Mapping[K, V | NotGiven | Omit])` → `… | NotGiven])`), on a one-line `def` or in a signature laid out
// over lines (a member's line deleted from `obj: Union[` … `],`). Taking a span out of a line, or deleting lines, is
// otherwise read as done where what it took out is nowhere in the migrated module (already-done.mjs, check 4's
// deletions): for a narrowing that says nothing, since sdkgen's parameter may well be wider (`obj: object` names none
// of the members). A narrowing is done only where every function of that name in the migrated module takes the
// parameter no wider: its annotation the owners' narrowed one, or a union of some of its members, never `object` or
// `Any`. A widening read the same way is done where each takes the parameter as `object` or `Any`.

import { pythonCode, splitOutsideBrackets, takesAnything, widensTo } from './already-done-python.mjs';

/**
 * The parameters the hunk `h` (owners.mjs's shape: its header's `+c,d` placing it in the module at the ref, `atRef`)
 * narrows, `{ fn, params: [{ name, type }] }` (`type`: the owners' annotation, flattened), or null where the hunk is
 * not a narrowing of a signature's annotations alone.
 */
export function narrowingOf(h, atRef) {
  return annotationsChanged(h, atRef, (before, after) => widensTo(after, before));
}

/**
 * The parameters the hunk widens (union members added, at any depth, and nothing else of the signature changed:
 * migrate's widened-annotations.ts reports such a hunk already done where sdkgen's function takes the parameter so),
 * as narrowingOf reads them; null where it is no such widening.
 */
export function wideningOf(h, atRef) {
  return annotationsChanged(h, atRef, (before, after) => widensTo(before, after));
}

/** Whether every function named as the widening's in the migrated module takes each parameter as `object` or `Any`. */
export function wideningDone(widening, migratedText) {
  const signatures = namesakes(widening.fn, migratedText);
  return (
    signatures.length > 0 &&
    signatures.every(
      (signature) =>
        signature !== null &&
        widening.params.every(({ name }) => {
          const param = signature.params.find((p) => p.name === name);
          return param !== undefined && param.type !== null && takesAnything(param.type);
        }),
    )
  );
}

/** The signatures of every function of that name in the module (null for one that does not read). */
function namesakes(fn, text) {
  const lines = text.split('\n');
  return lines
    .map((line, at) => (/^\s*(?:async\s+)?def\s+(\w+)\s*\(/.exec(line)?.[1] === fn ? at : -1))
    .filter((at) => at >= 0)
    .map((at) => signatureAt(lines, at));
}

/** The parameters whose annotations `changed(before, after)` (each flattened), the signature's all else the same. */
function annotationsChanged(h, atRef, changed) {
  const added = (h.text ?? '')
    .split('\n')
    .filter((l) => l.startsWith('+') && !l.startsWith('+++'))
    .map((l) => l.slice(1));
  // The module at the ref around the hunk, and as it was before it; without it (or where the hunk is not there), the
  // hunk's own lines (a one-line `def`).
  const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(h.header ?? h.text ?? '');
  const count = header?.[2] === undefined ? 1 : Number(header[2]);
  let start = header === null ? 0 : count === 0 ? Number(header[1]) : Number(header[1]) - 1;
  let after = (atRef ?? '').split('\n');
  if (header === null || added.length !== count || added.some((line, i) => after[start + i] !== line)) {
    [start, after] = [0, added];
  }
  const before = [...after.slice(0, start), ...h.removed, ...after.slice(start + added.length)];
  const [was, is] = [
    signatureAround(before, start, start + h.removed.length),
    signatureAround(after, start, start + added.length),
  ];
  if (was === null || is === null || was.name !== is.name || was.rest !== is.rest) return null;
  if (was.params.length !== is.params.length) return null;
  const params = [];
  for (const [i, old] of was.params.entries()) {
    const now = is.params[i];
    if (old.name !== now.name || old.default !== now.default || (old.type === null) !== (now.type === null))
      return null;
    if (old.type === now.type) continue;
    if (!changed(old.type, now.type)) return null;
    params.push({ name: now.name, type: now.type });
  }
  return params.length > 0 ? { fn: is.name, params } : null;
}

/** Whether every function named as the narrowing's in the migrated module takes each parameter no wider. */
export function narrowingDone(narrowing, migratedText) {
  const ours = namesakes(narrowing.fn, migratedText);
  if (ours.length === 0 || ours.includes(null)) return false;
  return ours.every((signature) =>
    narrowing.params.every(({ name, type }) => {
      const param = signature.params.find((p) => p.name === name);
      if (param === undefined || param.type === null || takesAnything(param.type)) return false;
      const owners = members(type);
      return param.type === type || members(param.type).every((member) => owners.includes(member));
    }),
  );
}

/** The signature whose lines hold the changed lines `[from, to)` (an insertion before `from` where equal), or null. */
function signatureAround(lines, from, to) {
  const first = to > from ? from : from - 1;
  for (let at = first; at >= 0 && at > first - 200; at--) {
    if (!/^\s*(?:async\s+)?def\s+\w+\s*\(/.test(lines[at])) continue;
    const signature = signatureAt(lines, at);
    if (signature === null || signature.end < Math.max(first, to - 1) || (to === from && signature.end < from))
      return null;
    return signature;
  }
  return null;
}

/** The `def` at line `at`: its name, parameters (`{ name, type, default }`, flattened), what follows, its last line. */
function signatureAt(lines, at) {
  let text = '';
  let depth = 0;
  for (let end = at; end < lines.length; end++) {
    const line = pythonCode(lines[end]);
    text += `${line}\n`;
    for (const char of line) depth += '([{'.includes(char) ? 1 : ')]}'.includes(char) ? -1 : 0;
    if (depth > 0) continue;
    const head = /^\s*(?:async\s+)?def\s+(\w+)\s*\(/.exec(text);
    let close = head[0].length - 1;
    for (let d = 0; close < text.length; close++) {
      d += '([{'.includes(text[close]) ? 1 : ')]}'.includes(text[close]) ? -1 : 0;
      if (d === 0) break;
    }
    const params = splitTop(text.slice(head[0].length, close), ',').map((part) => {
      const [, name, rest] = /^(\*{0,2}\w+|\*|\/)(.*)$/s.exec(part) ?? [null, part, ''];
      const [type, value] = rest.startsWith(':') ? splitTop(rest.slice(1), '=') : [null, rest.replace(/^=/, '')];
      return { name, type: type === null ? null : canonical(type), default: value ?? null };
    });
    return { name: head[1], params, rest: text.slice(close + 1).replace(/\s+/g, ''), end };
  }
  return null;
}

/** `text` split at `separator` outside brackets, each piece without whitespace (empty pieces out). */
function splitTop(text, separator) {
  return splitOutsideBrackets(text, separator).filter(Boolean);
}

/** An annotation flattened, `Union[a, b]` and `Optional[a]` written `a|b`, `a|None`, a trailing comma out. */
function canonical(type) {
  let text = type.replace(/\s+/g, '').replace(/,([\])}])/g, '$1');
  for (let step = 0; step < 8; step++) {
    const next = text.replace(/\b(?:typing\.)?(Union|Optional)\[([^[\]]*)\]/, (_, kind, inner) =>
      kind === 'Union' ? inner.split(',').join('|') : `${inner}|None`,
    );
    if (next === text) break;
    text = next;
  }
  return text;
}

/** An annotation's members at its top (`a|B[c|d]` → `a`, `B[c|d]`). */
function members(type) {
  return splitTop(type, '|');
}
