/**
 * Owners' edits of lines of Stainless's module that sdkgen's module does not have, and that change nothing it runs:
 *
 * - types alone: a value wrapped in `cast(T, …)` (apollo's `data = cast(object, decoded)` for pyright's strict mode), a
 *   function's annotations (`values: Sequence[str]` → `values: SequenceNotStr[str]`, the parameters and defaults
 *   unchanged);
 * - a name replaced by the one value Stainless's module binds it to under pydantic 2 (`allow_none=allow_none` →
 *   `allow_none=False`, where taking pydantic 1's branch out left `allow_none = False`);
 * - a private top-level binding sdkgen's module neither binds nor reads (private-bindings.ts).
 *
 * sdkgen's module is typed on its own (pyright strict in its tests) and requires pydantic 2: such an edit has nothing to
 * change there. It is reported as not applying, with the line it changed, rather than left for a person.
 */
import type { MigrationPlan } from '../../migration-plan';
import { privateBindingReason, privateBindingUnread, privateNameImporter } from './private-bindings';
import { withoutImportsOnlyFor } from './typing-only-imports';

/**
 * `plan.writes`, where given: an import name the owners added only for an edit set aside here is taken out of sdkgen's
 * module with it (typing-only-imports.ts). `modules`: the migrated repository's Python files (sdkgen's with the edits
 * carried, the files that stay), where a private name another of them imports is looked for (private-bindings.ts).
 */
export function setAsideTypingOnly(
  plan: Pick<MigrationPlan, 'rejected' | 'notApplicable'> & { writes?: MigrationPlan['writes'] },
  written: (path: string) => string | null,
  stainless: (path: string) => string | null,
  modules: () => ReadonlyArray<{ path: string; text: string }> = () => [],
): void {
  plan.rejected = plan.rejected.flatMap(({ path, hunks }) => {
    const ours = path.endsWith('.py') ? written(path) : null;
    if (ours === null) return [{ path, hunks }];
    const has = new Set(ours.split('\n').map((line) => line.trim()));
    const theirs = stainless(path) ?? '';
    const left: string[] = [];
    const aside: Array<{ path: string; reason: string; hunks: string[] }> = [];
    for (const hunk of hunks) {
      const kind = changeKind(hunk, has, theirs, ours, (name) => privateNameImporter(path, name, modules()) !== null);
      if (kind === null) left.push(hunk);
      else aside.push({ path, reason: kind, hunks: [hunk] });
    }
    const write = plan.writes?.findIndex((f) => f.path === path) ?? -1;
    const pruned = withoutImportsOnlyFor(
      ours,
      aside.flatMap((a) => a.hunks),
      theirs,
    );
    if (write >= 0 && pruned.names.length > 0) {
      plan.writes![write] = { ...plan.writes![write], contents: pruned.text };
      for (const a of aside) {
        const names = pruned.names.filter((name) => new RegExp(`^\\+.*\\b${name}\\b`, 'm').test(a.hunks[0]));
        if (names.length > 0)
          a.reason +=
            `; the import of ${names.map((name) => `\`${name}\``).join(', ')} your import line added for it is left ` +
            'out with it (nothing else in the module reads it)';
      }
    }
    plan.notApplicable.push(...aside);
    return left.length > 0 ? [{ path, hunks: left }] : [];
  });
}

/**
 * Why the hunk changes nothing sdkgen's module (`text`, its lines `ours`) runs, or null. `imported`: whether another
 * module of the migrated repository imports a private name from this one.
 */
function changeKind(
  hunk: string,
  ours: Set<string>,
  stainless: string,
  text: string,
  imported: (name: string) => boolean,
): string | null {
  const body = hunk.replace(/\n$/, '').split('\n').slice(1);
  const raw = (sign: string) => body.filter((line) => line.startsWith(sign)).map((line) => line.slice(1));
  const name = privateBindingUnread(raw('-'), raw('+'), text);
  // (A name the owners' code imports from the module is one sdkgen's module must bind: their edit is needed there.)
  if (name !== null) return imported(name) ? null : privateBindingReason(name);
  const changed = (sign: string) =>
    body.filter((line) => line.startsWith(sign) && line.slice(1).trim() !== '').map((line) => line.slice(1).trim());
  const [removed, added] = [changed('-'), changed('+')];
  if (removed.length === 0 || removed.length !== added.length || removed.some((line) => ours.has(line))) return null;
  const pairs = removed.map((line, i) => [line, added[i]] as const);
  const lines = removed.map((line) => `\`${line}\``).join(', ');
  if (pairs.every(([before, after]) => sameAtRunTime(before, after)))
    return (
      `changes only types (a \`cast\`, annotations) in ${lines}, a line of Stainless's that sdkgen's module does ` +
      "not have: it runs the same, and sdkgen's module is typed on its own"
    );
  const values = pairs.map(([before, after]) => valueInlined(before, after, stainless));
  if (values.every((value) => value !== null))
    return (
      `puts in ${lines} the value Stainless's module binds the name to under pydantic 2 (${values.join(', ')}), on ` +
      "a line of Stainless's that sdkgen's module does not have; sdkgen's package requires pydantic 2"
    );
  return null;
}

/** Whether two lines differ only in types: `cast(T, x)` read as `x`, a `def`'s annotations left out. */
function sameAtRunTime(before: string, after: string): boolean {
  if (before === after) return false;
  const [b, a] = [withoutTypes(before), withoutTypes(after)];
  return b !== null && a !== null && a === b;
}

function withoutTypes(line: string): string | null {
  const def = /^((?:async\s+)?def\s+\w+)\s*\((.*)\)\s*(?:->.*)?:\s*(#.*)?$/.exec(line);
  if (def !== null) {
    const params = splitTopLevel(def[2]).map((param) => {
      const [head, ...rest] = param.split('=');
      const name = head.split(':')[0].trim();
      return rest.length > 0 ? `${name}=${rest.join('=').trim()}` : name;
    });
    // (A default holding a `:` — a lambda, a slice — is not read here.)
    if (params.some((param) => param.includes(':'))) return null;
    return `${def[1]}(${params.join(', ')})`;
  }
  let text = line.replace(/\s+/g, ' ');
  for (;;) {
    const at = text.search(/\bcast\(/);
    if (at < 0) return text;
    const open = at + 'cast('.length;
    const args = balanced(text, open);
    if (args === null) return null;
    const parts = splitTopLevel(text.slice(open, args));
    if (parts.length !== 2) return null;
    text = `${text.slice(0, at)}${parts[1].trim()}${text.slice(args + 1)}`;
  }
}

/** The name `before` reads that `after` has replaced by a literal Stainless's module binds it to alone; else null. */
function valueInlined(before: string, after: string, stainless: string): string | null {
  for (const match of before.matchAll(/\b[A-Za-z_]\w*\b/g)) {
    const name = match[0];
    // (A keyword argument on a line of its own, `allow_none=allow_none,`, binds nothing.)
    const bindings = [
      ...stainless.matchAll(new RegExp(`^\\s*${name}\\s*(?::[^=\\n]+)?=(?!=)\\s*(.+?)\\s*$`, 'gm')),
    ].filter((binding) => !binding[1].endsWith(','));
    if (bindings.length !== 1) continue;
    const value = bindings[0][1];
    if (!/^(True|False|None|-?\d+(\.\d+)?|"[^"]*"|'[^']*')$/.test(value)) continue;
    const replaced = `${before.slice(0, match.index)}${value}${before.slice(match.index + name.length)}`;
    if (replaced === after) return `\`${name} = ${value}\``;
  }
  return null;
}

/** The index of the bracket closing the one opened just before `from`, or null. */
function balanced(text: string, from: number): number | null {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if ('([{'.includes(text[i])) depth++;
    else if (')]}'.includes(text[i]) && --depth === 0) return i;
  }
  return null;
}

/** A list split at its top-level commas (strings read as plain text). */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if ('([{'.includes(list[i])) depth++;
    else if (')]}'.includes(list[i])) depth--;
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  if (list.slice(start).trim() !== '') parts.push(list.slice(start));
  return parts;
}
