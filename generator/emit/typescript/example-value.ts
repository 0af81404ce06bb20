/**
 * Example values (generator/emit/typescript/examples.ts builds them): the TypeScript text of each, the JSON value it
 * stands for, and a call laid out the way Prettier would lay it out within its line.
 */
import { mapKey, preferredQuoteString, valueKey } from './print-doc';

/**
 * A value as written in an example: printed on one line (`flatText`) or over several when it does not fit
 * (`printCall`). Code text is already safe TypeScript (built with `quoteString`/`valueKey`).
 */
export type ExampleValue =
  /** `json`: the JSON value the text stands for, when it is one (not a file, a placeholder or a call). */
  | { kind: 'code'; text: string; json?: Json }
  /** `key` as printed (`'a-b'`), `name` as sent (`a-b`). */
  /** `verbatim`: a spec's example of a value of no known shape, as it is (Stainless's tests keep it on one line). */
  | { kind: 'object'; entries: ObjectEntry[]; verbatim?: true }
  | { kind: 'array'; items: ExampleValue[] };

/** A JSON value, as parsed. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface ObjectEntry {
  key: string;
  name: string;
  value: ExampleValue;
}

/** Text that stands for no JSON value: a file, a placeholder. */
export const code = (text: string): ExampleValue => ({ kind: 'code', text });

/** A string, number, boolean or null, printed. */
export const scalar = (value: string | number | boolean | null): ExampleValue => ({
  kind: 'code',
  // (As Prettier quotes it: examples in comments are not formatted.)
  text: typeof value === 'string' ? preferredQuoteString(value) : String(value),
  json: value,
});

export const entry = (name: string, value: ExampleValue): ObjectEntry => ({ key: valueKey(name), name, value });

/** An entry under a key the object's type does not declare (its additional properties'). */
export const mapEntry = (name: string, value: ExampleValue): ObjectEntry => ({ key: mapKey(name), name, value });

/** `{}`, a value of `unknown`. */
export const emptyObject = (): ExampleValue => ({ kind: 'code', text: '{}', json: {} });

/** `jsonOf` of a value that holds something other than JSON (a file, a placeholder). */
export const NOT_JSON = Symbol('not JSON');

/** The JSON value an example stands for, or NOT_JSON. */
export function jsonOf(value: ExampleValue): Json | typeof NOT_JSON {
  switch (value.kind) {
    case 'code':
      return value.json === undefined ? NOT_JSON : value.json;
    case 'array': {
      const items: Json[] = [];
      for (const item of value.items) {
        const json = jsonOf(item);
        if (json === NOT_JSON) return NOT_JSON;
        items.push(json);
      }
      return items;
    }
    case 'object': {
      const record: { [key: string]: Json } = {};
      for (const { name, value: v } of value.entries) {
        const json = jsonOf(v);
        if (json === NOT_JSON) return NOT_JSON;
        // Defined, not assigned: a `__proto__` key is a key here.
        Object.defineProperty(record, name, { value: json, enumerable: true, writable: true, configurable: true });
      }
      return record;
    }
  }
}

/** A value on one line: `{ a: 1, b: [2] }`. */
export function flatText(value: ExampleValue): string {
  if (value.kind === 'code') return value.text;
  // A method's call is printed for its class, its function and its reference page, and printValue asks again for
  // each part of a value it breaks: each value (built once, never changed) is written once.
  let text = flatTexts.get(value);
  if (text === undefined) {
    text =
      value.kind === 'array'
        ? `[${value.items.map(flatText).join(', ')}]`
        : value.entries.length === 0
          ? '{}'
          : `{ ${value.entries.map((e) => `${e.key}: ${flatText(e.value)}`).join(', ')} }`;
    flatTexts.set(value, text);
  }
  return text;
}

const flatTexts = new WeakMap<ExampleValue, string>();

/**
 * A value as Stainless's tests write it before Prettier lays it out: `flatText`, but (`broken`, the newer SDKs: see
 * BROKEN_OBJECTS_SINCE in stainless/era.ts) an object of three entries or more, or of two one of which is an object,
 * opens a line (`{\n`), which Prettier keeps, so such an object is laid out one entry a line however short (unless
 * it is `verbatim`).
 */
export function stainlessText(value: ExampleValue, broken = true): string {
  switch (value.kind) {
    case 'code':
      return value.text;
    case 'object': {
      const entries = value.entries.map((e) => `${e.key}: ${stainlessText(e.value, broken)}`);
      if (entries.length === 0) return '{}';
      // Three entries or more, or two with an object among them (vaif's plan steps, `{ action: 'x', args: { foo:
      // 'bar' } }`, over lines; knock's `{ user: { id: 'dr_sattler' } }` on one). (Not a value of no known shape given
      // by the spec: tolstoy's `error: { message: …, code: …, stack: … }`.)
      const opens = entries.length >= 3 || (entries.length === 2 && value.entries.some((e) => holdsEntries(e.value)));
      return broken && opens && !value.verbatim ? `{\n${entries.join(',\n')},\n}` : `{ ${entries.join(', ')} }`;
    }
    case 'array':
      return `[${value.items.map((item) => stainlessText(item, broken)).join(', ')}]`;
  }
}

/** An object with entries (a map's `{ foo: 'bar' }` too). */
function holdsEntries(value: ExampleValue): boolean {
  return value.kind === 'object' ? value.entries.length > 0 : value.kind === 'code' && isJsonObject(value.json);
}

/**
 * Where objects print as `{ ... }` (Stainless's long `@example`s): from this object depth (a call's own object
 * arguments are at 1; arrays add none), while each layout is decided on the whole value. Infinity: nowhere.
 */
interface Elision {
  from: number;
  depth: number;
}

const NO_ELISION: Elision = { from: Infinity, depth: 0 };

/** The elision state inside `value`, and whether `value` itself prints as `{ ... }`. */
function elisionIn(value: ExampleValue, elision: Elision): { inner: Elision; elided: boolean } {
  // (A code value stands for an object when its JSON is one: a map's value, `{ key: 'value' }`.)
  const isObject = value.kind === 'object' || (value.kind === 'code' && isJsonObject(value.json));
  if (!isObject) return { inner: elision, elided: false };
  const depth = elision.depth + 1;
  return { inner: { ...elision, depth }, elided: depth >= elision.from && !isEmpty(value) };
}

function isJsonObject(json: Json | undefined): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && Object.keys(json).length > 0;
}

/** `flatText`, with the objects the elision reaches as `{ ... }`. */
function elidedFlatText(value: ExampleValue, elision: Elision): string {
  if (elision.from === Infinity) return flatText(value);
  const { inner, elided } = elisionIn(value, elision);
  if (elided) return '{ ... }';
  if (value.kind === 'code') return value.text;
  if (value.kind === 'array') return `[${value.items.map((item) => elidedFlatText(item, inner)).join(', ')}]`;
  if (value.entries.length === 0) return '{}';
  return `{ ${value.entries.map((e) => `${e.key}: ${elidedFlatText(e.value, inner)}`).join(', ')} }`;
}

/**
 * A value starting at column `column` (where the text before it ends), followed by `suffix` on its last line: on one
 * line when that fits in `width`, else broken the way Prettier breaks literals (one entry a line, trailing commas).
 */
function printValue(
  value: ExampleValue,
  indent: number,
  column: number,
  suffix: string,
  width: number,
  elision: Elision = NO_ELISION,
): string {
  const { inner, elided } = elisionIn(value, elision);
  if (elided) return '{ ... }';
  const flat = flatText(value);
  if (value.kind === 'code' || column + flat.length + suffix.length <= width || isEmpty(value)) {
    return elidedFlatText(value, elision);
  }
  const pad = ' '.repeat(indent + 2);
  const lines =
    value.kind === 'object'
      ? value.entries.map((e) => `${pad}${e.key}:${printEntryValue(e, indent + 2, width, inner)},`)
      : value.items.map((item) => `${pad}${printValue(item, indent + 2, indent + 2, ',', width, inner)},`);
  const [open, close] = value.kind === 'object' ? ['{', '}'] : ['[', ']'];
  return `${open}\n${lines.join('\n')}\n${' '.repeat(indent)}${close}`;
}

/**
 * An entry's value after its key's colon. A string that does not fit goes to the next line, indented, as Prettier
 * breaks after the colon (unless the key is shorter than its indent and three more columns: `id: '…'`).
 */
function printEntryValue(e: ObjectEntry, indent: number, width: number, elision: Elision): string {
  const column = indent + e.key.length + 2;
  const text = printValue(e.value, indent, column, ',', width, elision);
  const isString = e.value.kind === 'code' && typeof e.value.json === 'string';
  if (!isString || column + text.length + 1 <= width || e.key.length < 2 + 3) return ` ${text}`;
  return `\n${' '.repeat(indent + 2)}${text}`;
}

function isEmpty(value: ExampleValue): boolean {
  return (
    (value.kind === 'object' && value.entries.length === 0) || (value.kind === 'array' && value.items.length === 0)
  );
}

/**
 * `head(args)tail` within `width` columns, as Prettier prints a call: on one line when it fits; else with the last
 * argument (an object or array) broken in place when the rest fits on the first line; else one argument a line.
 * `head` is everything before the parenthesis (`const x = await client.a.b`), `tail` what follows it (`;`).
 * `elideFrom`: the object depth from which objects print as `{ ... }` (see `Elision`).
 */
export function printCall(
  head: string,
  args: ExampleValue[],
  tail: string,
  width: number,
  elideFrom = Infinity,
): string {
  const elision: Elision = { from: elideFrom, depth: 0 };
  const flat = `${head}(${args.map(flatText).join(', ')})${tail}`;
  // Without arguments there is nowhere to break.
  if (flat.length <= width || args.length === 0) {
    return `${head}(${args.map((a) => elidedFlatText(a, elision)).join(', ')})${tail}`;
  }
  const last = args[args.length - 1];
  if (last && last.kind !== 'code' && !isEmpty(last) && args.slice(0, -1).every((a) => a.kind === 'code')) {
    const first = `${head}(${args
      .slice(0, -1)
      .map((a) => `${flatText(a)}, `)
      .join('')}`;
    if (first.length + 1 <= width) {
      return `${first}${printValue(last, 0, first.length, `)${tail}`, width, elision)})${tail}`;
    }
  }
  const lines = args.map((a) => `  ${printValue(a, 2, 2, ',', width, elision)},`);
  return `${head}(\n${lines.join('\n')}\n)${tail}`;
}

/**
 * The statement `lead` `callee(args)` `tail`, as Prettier lays out an assignment: where `const x = await callee(` does
 * not fit, the right side goes to the next line, indented (`const bulkOperation =\n  await client…(`).
 */
export function printCallStatement(
  lead: string,
  callee: string,
  args: ExampleValue[],
  tail: string,
  width: number,
  elideFrom = Infinity,
): string {
  const assignment = /^(const \S+ =) (.*)$/.exec(lead);
  const opening = args.length === 0 ? `${lead}${callee}()${tail}` : `${lead}${callee}(`;
  if (!assignment || opening.length <= width) return printCall(`${lead}${callee}`, args, tail, width, elideFrom);
  const right = printCall(`${assignment[2]}${callee}`, args, tail, width - 2, elideFrom);
  return `${assignment[1]}\n${right
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')}`;
}

/**
 * The call `callee(args)` as `printCall` lays it out after `lead` and before `tail` on its line, without them: for a
 * template that writes the statement around it (`for await (const item of {{call}}) {`).
 */
export function printCallBetween(
  lead: string,
  callee: string,
  args: ExampleValue[],
  tail: string,
  width: number,
): string {
  const printed = printCall(`${lead}${callee}`, args, tail, width);
  return printed.slice(lead.length, printed.length - tail.length);
}
