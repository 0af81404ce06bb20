/**
 * Stainless's lines that sdkgen's module has with the same types spelled otherwise, read in sdkgen's spelling before
 * the owners' edits are carried. Stainless's newer runtime writes `Mapping[str, str] | None`, `float | Timeout | None`,
 * `type[X]`; sdkgen's writes `Optional[Mapping[str, str]]`, `Union[float, Timeout, None]`, `Type[X]` (the same types,
 * for Python 3.8). A parameter the owners added to `BaseClient.__init__` (turbopuffer's `compression: bool = False,`)
 * had Stainless's `custom_query: Mapping[str, object] | None = None,` as its context, found nowhere in sdkgen's module:
 * the edit was left for a person, and the lines of theirs that read the parameter, carried, read a name nothing binds.
 *
 * A line of Stainless's module that sdkgen's module does not have word for word, but has once both are read with one
 * spelling of types (exactly one of sdkgen's lines, however often), is read as sdkgen's line: in Stainless's module,
 * and in the owners' where they left it as it was. A line the owners wrote or changed stays as they wrote it. So too a
 * line where sdkgen names a constant (`MAX_RETRY_AFTER_SECONDS`) where Stainless wrote a number (`60`), all else the
 * same: the owners' edit of that number (turbopuffer's `RETRY_AFTER_LIMIT_SECS`) then replaces sdkgen's constant.
 * And a line that names a resource's attribute sdkgen calls `<name>_resource` (where the client has a method of that
 * name: Stainless writes both as `namespaces`, its property hiding the method; resources/resource-class.ts), all else
 * the same: the owners' deletion of Stainless's `namespaces` property from the raw and streaming wrappers (turbopuffer's,
 * for a `namespace(ns)` method of theirs) then takes out sdkgen's `namespaces_resource`, whose annotation reads the
 * `namespaces` module their edit no longer imports.
 */
import { diff, lines } from '../../../write/merge';

/** `base` and `edited` with Stainless's lines that sdkgen's module spells otherwise in sdkgen's spelling. */
export function inSdkgenSpelling(
  base: string,
  edited: string,
  target: string,
): { base: string; edited: string; constants: string[] } {
  const targetLines = lines(target);
  const verbatim = new Set(targetLines);
  // One spelling → sdkgen's line; null where sdkgen's module has two different lines that read alike.
  const sdkgens = new Map<string, string | null>();
  for (const line of targetLines) {
    if (!mayBeAnnotated(line)) continue;
    const key = oneSpelling(line);
    const known = sdkgens.get(key);
    sdkgens.set(key, known === undefined || known === line ? line : null);
  }
  const named = byConstantSlots(targetLines);
  const renamed = byResourceAttribute(targetLines);
  const respelled = new Map<string, string>();
  const constants = new Set<string>();
  for (const line of lines(base)) {
    if (verbatim.has(line)) continue;
    const spelled = mayBeAnnotated(line) ? sdkgens.get(oneSpelling(line)) : undefined;
    const valued = spelled ?? valueNamed(line, named);
    const ours = valued ?? renamed.get(line);
    if (ours === undefined || ours === null) continue;
    respelled.set(line, ours);
    if ((spelled === undefined || spelled === null) && valued !== null)
      for (const name of ours.match(VALUE_SLOT)!) if (!line.match(VALUE_SLOT)!.includes(name)) constants.add(name);
  }
  if (respelled.size === 0) return { base, edited, constants: [] };
  const baseLines = lines(base);
  const editedLines = lines(edited);
  const unchanged = unchangedLines(baseLines, editedLines);
  return {
    base: baseLines.map((line) => respelled.get(line) ?? line).join(''),
    edited: editedLines.map((line, i) => (unchanged.has(i) ? (respelled.get(line) ?? line) : line)).join(''),
    // sdkgen's constants read where Stainless wrote their value: an owners' edit of that line may leave one unread.
    constants: [...constants],
  };
}

/** A number, or a constant's name (`MAX_RETRY_AFTER_SECONDS`): where one generator writes a value, the other may name it. */
const VALUE_SLOT = /\b(?:\d+(?:\.\d+)?|[A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/g;

/** sdkgen's lines that have a number or a constant, by their text with those left out. */
function byConstantSlots(target: string[]): Map<string, string[]> {
  const slots = new Map<string, string[]>();
  for (const line of target) {
    if (!/\d|[A-Z]_/.test(line)) continue;
    const key = line.replace(VALUE_SLOT, '#');
    if (key !== line) slots.set(key, [...(slots.get(key) ?? []), line]);
  }
  return slots;
}

/**
 * sdkgen's one line that is `line` but for a constant's name where `line` has a number (Stainless's
 * `0 < retry_after <= 60`, sdkgen's `0 < retry_after <= MAX_RETRY_AFTER_SECONDS`); null when there is none, or more.
 */
function valueNamed(line: string, named: Map<string, string[]>): string | null {
  if (!/\d/.test(line)) return null;
  const candidates = [...new Set(named.get(line.replace(VALUE_SLOT, '#')) ?? [])].filter((ours) => {
    const [theirs, mine] = [line.match(VALUE_SLOT)!, ours.match(VALUE_SLOT)!];
    const differ = theirs.map((value, i) => [value, mine[i]]).filter(([a, b]) => a !== b);
    return differ.length === 1 && /^\d/.test(differ[0][0]) && /^[A-Z]/.test(differ[0][1]);
  });
  return candidates.length === 1 ? candidates[0] : null;
}

/**
 * sdkgen's lines that name an attribute of its own `<name>_resource` (a `def <name>_resource(` of sdkgen's module),
 * by their text with Stainless's `<name>` in its place; only lines one of sdkgen's reads so.
 */
function byResourceAttribute(target: string[]): Map<string, string> {
  const attributes = new Set(target.flatMap((line) => /^\s*def\s+(\w+)_resource\s*\(/.exec(line)?.[1] ?? []));
  if (attributes.size === 0) return new Map();
  const suffixed = new RegExp(`\\b(${[...attributes].join('|')})_resource\\b`, 'g');
  const found = new Map<string, string | null>();
  for (const line of target) {
    const key = line.replace(suffixed, '$1');
    if (key === line) continue;
    const known = found.get(key);
    found.set(key, known === undefined || known === line ? line : null);
  }
  return new Map([...found].flatMap(([key, line]) => (line === null ? [] : [[key, line] as [string, string]])));
}

/** The indexes of `edited`'s lines the owners left as Stainless's (outside every hunk of the diff). */
function unchangedLines(base: string[], edited: string[]): Set<number> {
  const hunks = diff(base, edited);
  const changed = new Set<number>();
  if (hunks === null) return new Set();
  for (const hunk of hunks) for (let i = hunk.start; i < hunk.end; i++) changed.add(i);
  return new Set(edited.map((_, i) => i).filter((i) => !changed.has(i)));
}

/** Whether a line may hold a type the two generators spell otherwise (a cheap filter before reading it). */
function mayBeAnnotated(line: string): boolean {
  return /\||\b(?:Optional|Union|Type|Dict|List|Tuple|Set|FrozenSet)\[/.test(line);
}

const BUILTIN_GENERICS: Record<string, string> = {
  Type: 'type',
  Dict: 'dict',
  List: 'list',
  Tuple: 'tuple',
  Set: 'set',
  FrozenSet: 'frozenset',
};

/**
 * A line with its types in one spelling: `Optional[X]` as `X | None`, `Union[A, B]` as `A | B`, `Type[X]` (and the
 * other typing aliases of builtins) as `type[X]`; spaces around `|` and after `,` as one.
 */
export function oneSpelling(line: string): string {
  let out = '';
  let at = 0;
  const alias = /\b(Optional|Union|Type|Dict|List|Tuple|Set|FrozenSet)\[/g;
  for (let match = alias.exec(line); match !== null; match = alias.exec(line)) {
    if (match.index < at) continue;
    const open = match.index + match[0].length - 1;
    const close = closingBracket(line, open);
    if (close === null) break;
    const name = match[1];
    const args = splitTopLevel(line.slice(open + 1, close))
      .map((arg) => oneSpelling(arg.trim()))
      .filter((arg) => arg !== '');
    out += line.slice(at, match.index);
    if (name === 'Optional' && args.length === 1) out += `${args[0]} | None`;
    else if (name === 'Union') out += args.join(' | ');
    else out += `${BUILTIN_GENERICS[name] ?? name}[${args.join(', ')}]`;
    at = close + 1;
    alias.lastIndex = at;
  }
  out += line.slice(at);
  return out.replace(/[ \t]*\|[ \t]*/g, ' | ').replace(/,[ \t]*(?=\S)/g, ', ');
}

/** The index of the `]` closing the `[` at `open`, or null. */
function closingBracket(text: string, open: number): number | null {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') {
      depth--;
      if (depth === 0) return c === ']' ? i : null;
    }
  }
  return null;
}

/** `text` split at its commas outside brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
