/**
 * TypeRef → text, the one place types are printed:
 * - `printType`: TypeScript type text for emitted code. The context resolves named schemas and records which imports
 *   the printed text needs.
 * - `typeSummary`: one line for people to read (api.md, the MCP server's docs, `sdkgen diff` reports), where a named
 *   type is its name and a big type is cut short. Not valid TypeScript in every case: it is read, not compiled.
 */
import { jsonLinesOf } from '../../ir/media';
import type { Method, ObjectType, TypeRef } from '../../ir/types';
import { fieldDoc, propertyKey, quoteString } from './print-doc';

export interface PrintContext {
  /**
   * Name of a named schema; records the import when it lives in another module. `ns`: the namespace the reference is
   * printed in (`stainless` qualifies the module's own types inside a nested one).
   */
  ref(schemaId: string, ns?: string | null): string;
  /** Name of the upload type; records its import. */
  uploadable(): string;
  /** Name of a named schema, importing nothing (to tell whether a nested interface shadows it). */
  nameOf?(schemaId: string): string;
  /**
   * Name of a named schema through its module's namespace import (`TransfersAPI.Transaction`), which it records:
   * for where a nested interface of the same name shadows the bare one.
   */
  qualified?(schemaId: string): string;
  /** Names the nested interfaces in scope declare, which the globals of those names are printed around. */
  shadowed?: ReadonlySet<string>;
  /** Whether the module declares a type of this name (a Stainless model `Partial`), which shadows the global too. */
  declares?(name: string): boolean;
  /**
   * Types printed as Stainless's SDKs print them (a Stainless config's): a field's docs say only what the spec says
   * (no notes on its values), every doc comment is a block, a blank line parts the members, and an interface's index
   * signature beside its properties is `[k: string]`. Absent or false: sdkgen's.
   */
  stainless?: boolean;
  /** A map is `Record<string, V>`, as Stainless's SDKs wrote maps before mapped types (stainless/era.ts). */
  recordMaps?: boolean;
}

/**
 * Print `type`. `ns` is the namespace in which nested interfaces of the current declaration live
 * ("Server" or "Server.Connection"): an inline object with `declareAs` prints as `${ns}.${declareAs}`.
 */
export function printType(type: TypeRef, ctx: PrintContext, ns: string | null): string {
  switch (type.kind) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'unknown':
      return 'unknown';
    case 'any':
      return 'any';
    case 'literal':
      return literal(type.value);
    case 'enum':
      return type.values.map(literal).join(' | ');
    case 'array':
      return `${globalType('Array', ctx)}<${printType(type.items, ctx, ns)}>`;
    case 'tuple': {
      const items = type.items.map((t) => printType(t, ctx, ns));
      if (type.rest) items.push(`...${globalType('Array', ctx)}<${printType(type.rest, ctx, ns)}>`);
      return `[${items.join(', ')}]`;
    }
    case 'object':
      // Stainless's SDKs name a nested interface from the namespace its referrer is declared in (`Settings.Branding`
      // inside `Tenant`), which the referrer's own name, the last of `ns`, starts.
      if (type.declareAs !== null && ns !== null)
        return `${ctx.stainless ? ns.slice(ns.lastIndexOf('.') + 1) : ns}.${type.declareAs}`;
      return printObjectLiteral(type, ctx, ns);
    case 'union': {
      const distinct = ctx.stainless
        ? new Set([...formattedStrings(type.variants), ...openEnumString(type.variants)])
        : new Set<TypeRef>();
      const printed = type.variants.map((v) =>
        distinct.has(v) ? '(string & {})' : wrap(v, printType(v, ctx, ns), 'union'),
      );
      // Members that print alike are written once (an integer and a number are both `number`), as Stainless's are.
      return printed.filter((text, i) => text === '(string & {})' || printed.indexOf(text) === i).join(' | ');
    }
    case 'intersection': {
      // An object declared as extending the other parts (its models) is the whole type.
      const extending = type.parts.find((p) => p.kind === 'object' && p.extends !== undefined && p.declareAs !== null);
      if (extending && ns !== null) return printType(extending, ctx, ns);
      return type.parts.map((p) => wrap(p, printType(p, ctx, ns), 'intersection')).join(' & ');
    }
    case 'file':
      return ctx.uploadable();
    case 'ref':
      return ctx.ref(type.schemaId, ns);
  }
}

/**
 * A global type the printed text names (`Array`, `Record`, `Omit`, a binary method's `Response`): `globalThis.X` inside
 * a namespace or module that declares a type of that name (a Stainless model `Response`, as Stainless names them),
 * which would shadow it; else as it is.
 */
export function globalType(name: string, ctx: Pick<PrintContext, 'shadowed' | 'declares'>): string {
  return ctx.shadowed?.has(name) || ctx.declares?.(name) ? `globalThis.${name}` : name;
}

/**
 * The string members with a format of a union that has another string member: Stainless's SDKs print them
 * `(string & {})` (`createdAt: (string & {}) | string` for a date-time or any string), which keeps both members.
 */
function formattedStrings(variants: TypeRef[]): Set<TypeRef> {
  const strings = variants.filter((v) => v.kind === 'string');
  if (strings.length < 2) return new Set();
  const formatted = strings.filter((v) => v.kind === 'string' && v.format !== null);
  // (Every member formatted: the first is the plain one.)
  return new Set(formatted.length === strings.length ? formatted.slice(1) : formatted);
}

/**
 * The plain string of an open enum, a union of string literals and any string (luma's `resolution`): Stainless's SDKs
 * print it `(string & {})`, which keeps the literals' completions; beside a member of another type (imagekit's
 * `number | 'max' | string`), `string`.
 */
function openEnumString(variants: TypeRef[]): TypeRef[] {
  const literal = (v: TypeRef) =>
    (v.kind === 'literal' && typeof v.value === 'string') ||
    (v.kind === 'enum' && v.values.every((x) => typeof x === 'string'));
  const plain = variants.filter((v) => v.kind === 'string' && v.format === null);
  const allStrings = variants.every((v) => literal(v) || v.kind === 'string');
  return allStrings && plain.length === 1 && variants.some(literal) ? plain : [];
}

function literal(value: string | number | boolean): string {
  if (typeof value === 'string') return quoteString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'number';
  return String(value);
}

function wrap(type: TypeRef, text: string, within: 'union' | 'intersection'): string {
  if (within === 'intersection' && (type.kind === 'union' || type.kind === 'enum')) return `(${text})`;
  if (within === 'union' && type.kind === 'intersection' && text.includes('&')) return `(${text})`;
  return text;
}

/**
 * What every object inherits (TypeScript's `Object` interface). An object without an optional property of one of
 * these names still has the inherited member, so the property's type admits it (else `{}` is not assignable);
 * `globalThis.` because the spec may name a type `Object`.
 */
const INHERITED_MEMBERS = new Set([
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
]);

/** Members of an object type: property signatures with JSDoc, then the index signature. */
export function printMembers(type: ObjectType, ctx: PrintContext, ns: string | null): string {
  const stainless = ctx.stainless === true;
  let out = '';
  for (const p of type.properties) {
    if (stainless && out !== '') out += '\n';
    out += fieldDoc(p.docs, p.type, '', { stainless });
    const inherited = !p.required && INHERITED_MEMBERS.has(p.key) ? ` | globalThis.Object[${quoteString(p.key)}]` : '';
    out += `${propertyKey(p.key)}${p.required ? '' : '?'}: ${printType(p.type, ctx, ns)}${inherited};\n`;
  }
  if (type.additional) {
    const value = printType(type.additional, ctx, ns);
    // An index signature must admit every named property's type.
    const widened = type.properties.length > 0 && type.additional.kind !== 'unknown' ? 'unknown' : value;
    if (stainless && out !== '') out += '\n';
    out += `[${stainless && type.properties.length > 0 ? 'k' : 'key'}: string]: ${widened};\n`;
  }
  return out;
}

function printObjectLiteral(type: ObjectType, ctx: PrintContext, ns: string | null): string {
  if (type.properties.length === 0) {
    const global = (name: string) => globalType(name, ctx);
    // (An object that admits no member: Stainless's SDKs never write `Record<string, never>`, they give it as
    // `unknown`, as any object that declares no property.)
    if (!type.additional) return ctx.stainless ? 'unknown' : `${global('Record')}<string, never>`;
    const value = printType(type.additional, ctx, ns);
    if (type.propertyNames)
      return `${global('Partial')}<${global('Record')}<${printType(type.propertyNames, ctx, ns)}, ${value}>>`;
    return ctx.recordMaps ? `${global('Record')}<string, ${value}>` : `{ [key: string]: ${value} }`;
  }
  return `{\n${printMembers(type, ctx, ns)}}`;
}

/** True when the object should be declared as an interface (it has named members). */
export function isInterfaceLike(type: TypeRef): type is ObjectType {
  return (
    type.kind === 'object' && (type.properties.length > 0 || (type.additional !== null && type.propertyNames === null))
  );
}

/**
 * How much of a type a summary shows:
 * - `kinds`: named types by name and arrays of them (`Array<Server>`); any other type by its kind (`string`,
 *   `object`, `union`): a signature at a glance, for api.md and the MCP server's docs;
 * - `shapes`: also string formats, literals, object keys and union variants (long lists cut after 8), for change
 *   reports, where "before" and "after" must differ wherever the types do.
 */
export type SummaryDetail = 'kinds' | 'shapes';

/** At most this many enum values, union variants or object keys in a `shapes` summary. */
const MAX_SUMMARY_ITEMS = 8;

/** The named type of a union of it and null. */
function namedOrNull(type: TypeRef): TypeRef | undefined {
  if (type.kind !== 'union' || type.variants.length !== 2 || !type.variants.some((v) => v.kind === 'null'))
    return undefined;
  return type.variants.find((v) => v.kind === 'ref');
}

/** `type` on one line; `name` gives a named schema's name (it decides what an unknown id prints as). */
export function typeSummary(type: TypeRef, name: (schemaId: string) => string, detail: SummaryDetail): string {
  const summary = (t: TypeRef, depth: number): string => {
    if (t.kind === 'ref') return name(t.schemaId);
    if (detail === 'kinds') {
      if (t.kind === 'array') return `Array<${summary(t.items, depth + 1)}>`;
      // A named type or null reads as such (`AgentState | null`, as Stainless's api.md gives it).
      const named = namedOrNull(t);
      return named ? `${summary(named, depth + 1)} | null` : t.kind;
    }
    switch (t.kind) {
      case 'string':
        return t.format ? `string (${t.format})` : 'string';
      case 'integer':
      case 'number':
      case 'boolean':
      case 'null':
      case 'unknown':
      case 'any':
        return t.kind;
      case 'file':
        return 'Uploadable';
      case 'literal':
        return readableLiteral(t.value);
      case 'enum':
        return cut(t.values.map(readableLiteral), ' | ');
      case 'array': {
        const inner = summary(t.items, depth + 1);
        return /^[\w.$]+$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
      }
      case 'tuple':
        return `[${t.items.map((i) => summary(i, depth + 1)).join(', ')}${t.rest ? `, ...${summary(t.rest, depth + 1)}[]` : ''}]`;
      case 'object': {
        if (depth > 0 && t.declareAs) return t.declareAs;
        const keys = t.properties.map((p) => `${p.key}${p.required ? '' : '?'}`);
        if (t.additional) keys.push(`[key: string]: ${summary(t.additional, depth + 1)}`);
        if (keys.length === 0) return '{}';
        return `{ ${cut(keys, ', ')} }`;
      }
      case 'union':
        return cut(
          t.variants.map((v) => summary(v, depth + 1)),
          ' | ',
        );
      case 'intersection':
        return t.parts.map((p) => summary(p, depth + 1)).join(' & ');
    }
  };
  return summary(type, 0);
}

/** The kinds a declared type may stand for in api.md's summary of a stream's events, in place of its name. */
const SCALAR_KINDS: ReadonlySet<TypeRef['kind']> = new Set([
  'string',
  'integer',
  'number',
  'boolean',
  'null',
  'unknown',
]);

/**
 * What a method resolves to, summarised (`kinds`): its page type for a paginated method (the alias the API names it
 * by, else `Page<Item>`), else its response type. `declared` (a Stainless config's SDK): the types of the named
 * schemas, for an event stream, which Stainless's api.md gives as its events' type, and as what the method's own
 * declared type stands for (`-> string` for hypeman's `logs`, whose events are its `InstanceLogsResponse = string`).
 * `stainless`: the SDK is made from a Stainless config (so when `declared` is given).
 */
export function returnSummary(
  method: Method,
  name: (schemaId: string) => string,
  declared?: (schemaId: string) => TypeRef | undefined,
  stainless = declared !== undefined,
): string {
  const summary = (t: TypeRef) => typeSummary(t, name, 'kinds');
  if (method.pagination)
    return method.pagination.alias ?? `${method.pagination.scheme}<${summary(method.pagination.item)}>`;
  switch (method.response.kind) {
    case 'json':
      return summary(method.response.type);
    case 'empty':
      return 'void';
    case 'text':
      return 'string';
    case 'binary': {
      // A JSON Lines body, as Stainless's api.md lists it: by its lines' type (`-> MessageBatchIndividualResponse`),
      // else as its SDK returns it: Stainless's `JSONLDecoder`, sdkgen's own `Stream` (plan-request.ts).
      const lines = method.response.lines;
      if (lines && stainless) return declared ? summary(lines) : `JSONLDecoder<${summary(lines)}>`;
      const streamed = stainless ? null : jsonLinesOf(method);
      return streamed ? `Stream<${summary(streamed)}>` : 'Response';
    }
    case 'sse': {
      const event = method.response.event;
      if (!declared) return `Stream<ServerSentEvent<${summary(event)}>>`;
      const own = event.kind === 'ref' && event.schemaId === `${method.source.file}${method.source.pointer}#response`;
      // Its own declared type reads as what it stands for where that is a scalar (hypeman's `-> string`), else by its
      // name, as any declared type (parallel's `-> TaskRunEventsResponse`, a union of its events).
      const type = own ? declared(event.schemaId) : undefined;
      return summary(type !== undefined && SCALAR_KINDS.has(type.kind) ? type : event);
    }
  }
}

/** A literal as people read it: `'text'` (quotes and backslashes escaped), `42`, `true`. */
export function readableLiteral(value: string | number | boolean): string {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(value);
}

function cut(items: string[], sep: string): string {
  return items.length > MAX_SUMMARY_ITEMS ? `${items.slice(0, MAX_SUMMARY_ITEMS).join(sep)}${sep}…` : items.join(sep);
}
