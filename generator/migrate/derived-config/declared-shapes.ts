/**
 * The shapes of a Stainless SDK's types, to match them with the spec's schemas: an object's property keys, an enum's
 * values, a union's or array's named types; of a schema from the IR's type (`shapeOf`), of a type the repository
 * declares from its declaration (`declaredShapes`). Read for `derivedConfigInput` (input.ts).
 */
import type { ApiType } from '../../diff/api-md';
import { pointerTokens } from '../../diagnostics';
import type { ResponseKind, TypeRef } from '../../ir/types';
import { StainlessNames } from '../../naming/stainless';
import { escapeRegExp } from '../../escape-regexp';
import type { Shape } from './config';
import { typeKeys } from './type-keys';
import { propertyForms, typeForm } from './property-forms';

/** A component schema's key, from its IR id (`<file>#/components/schemas/Pet`); null for another schema. */
export function schemaKey(id: string): string | null {
  const tokens = pointerTokens(id.slice(id.indexOf('#')));
  if (tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas') return tokens[2];
  return tokens.length === 2 && tokens[0] === 'definitions' ? tokens[1] : null;
}

/**
 * A schema's shape: an object's property keys (an `allOf`'s, its named parts' too: Stainless's model of it inherits
 * theirs), or a string enum's values (a nullable one's too).
 */
export function shapeOf(type: TypeRef, typeOf: (id: string) => TypeRef | null = () => null, depth = 0): Shape | null {
  if (type.kind === 'object')
    return {
      kind: 'object',
      members: type.properties.map((p) => p.key).sort(),
      detail: type.properties.map((p) => member(p.key, p.type)).sort(),
      forms: propertyForms(type.properties.map((p) => ({ key: p.key, form: typeForm(p.type, typeOf) }))),
    };
  if (type.kind === 'intersection' && depth < 8) {
    const parts = type.parts.map((part) => {
      const target = part.kind === 'ref' ? typeOf(part.schemaId) : part;
      return target === null ? null : shapeOf(target, typeOf, depth + 1);
    });
    if (parts.some((p) => p?.kind !== 'object')) return null;
    // (A later part's property overrides an earlier one's: its detail is the one kept.)
    const detail = new Map((parts as Shape[]).flatMap((s) => s.detail ?? []).map((d) => [d.split('=')[0], d]));
    const forms = new Map((parts as Shape[]).flatMap((s) => s.forms ?? []).map((f) => [f.split(':')[0], f]));
    return {
      kind: 'object',
      members: [...detail.keys()].sort(),
      detail: [...detail.values()].sort(),
      forms: [...forms.values()].sort(),
    };
  }
  if (type.kind === 'enum') return { kind: 'enum', members: type.values.map(String).sort() };
  if (type.kind === 'array') {
    const key = type.items.kind === 'ref' ? schemaKey(type.items.schemaId) : null;
    return key === null ? null : { kind: 'array', members: [new StainlessNames().model(key)] };
  }
  if (type.kind === 'union') {
    const values = type.variants.filter((v) => v.kind !== 'null');
    if (values.length === 1) return shapeOf(values[0], typeOf, depth);
    const refs = values.flatMap((v) => (v.kind === 'ref' ? [schemaKey(v.schemaId)] : []));
    if (refs.length === values.length && refs.every((key) => key !== null)) {
      const names = new StainlessNames();
      return { kind: 'union', members: refs.map((key) => names.model(key!)).sort() };
    }
    if (values.every((v) => v.kind === 'literal'))
      return { kind: 'enum', members: values.map((v) => String((v as { value: unknown }).value)).sort() };
    const inline = inlineVariantNames(values);
    if (inline) return { kind: 'union', members: inline.sort() };
  }
  return null;
}

/**
 * The names Stainless gives a union's objects written out in place (no `$ref`), as its declaration lists them
 * (`WebsocketResponse.Chunk | WebsocketResponse.FlushDone`): each one's variant name or title, else the value of the
 * property every variant sets to one literal of its own (`type: chunk`, `type: flush_done`), `type` first where several
 * do. Null when a variant is no such object or the values do not tell them apart.
 */
function inlineVariantNames(variants: TypeRef[]): string[] | null {
  if (variants.length < 2) return null;
  const objects = variants.flatMap((v) => (v.kind === 'object' ? [v] : []));
  if (objects.length !== variants.length) return null;
  const literalOf = (object: (typeof objects)[number], key: string): string | null => {
    const type = object.properties.find((p) => p.key === key)?.type;
    if (type?.kind === 'literal') return String(type.value);
    return type?.kind === 'enum' && type.values.length === 1 ? String(type.values[0]) : null;
  };
  const keys = objects[0].properties
    .map((p) => p.key)
    .filter((key) => objects.every((o) => literalOf(o, key) !== null))
    .filter((key) => new Set(objects.map((o) => literalOf(o, key))).size === objects.length)
    .sort((a, b) => Number(b === 'type') - Number(a === 'type'));
  const names = new StainlessNames();
  const words = objects.map((o) => o.variantName ?? o.title ?? (keys.length > 0 ? literalOf(o, keys[0]) : null));
  if (words.some((word) => word === null)) return null;
  return words.map((word) => names.pascal(word!));
}

/** An object's member in a shape: its key, and the value of a property that has one value only (`object=file`). */
function member(key: string, type: TypeRef | string): string {
  if (typeof type === 'string') {
    const literal = /^'([^']*)'$/.exec(type.trim());
    return literal ? `${key}=${literal[1]}` : key;
  }
  const value =
    type.kind === 'literal' ? type.value : type.kind === 'enum' && type.values.length === 1 ? type.values[0] : null;
  return value === null ? key : `${key}=${String(value)}`;
}

/**
 * The shapes of the types api.md lists, read from their declarations in the repository: `export interface X { … }`
 * (its own properties, and those of the interfaces it extends: `extends Shared.Base`, as the spec's `allOf` gives the
 * schema its parts') or `export type X = 'a' | 'b';`.
 */
export function declaredShapes(types: ApiType[], text: (path: string) => string | null): Map<string, Shape> {
  const shapes = new Map<string, Shape>();
  // (Where it is declared: api.md may link a module that only re-exports it. Keyed by name and module where api.md
  // lists the name in several: type-keys.ts.)
  const keys = typeKeys(types, text);
  const declaredIn = (type: ApiType) => keys.moduleOf(type);
  const moduleOf = new Map(types.map((type) => [type.name, declaredIn(type)]));
  for (const type of types) {
    const source = text(declaredIn(type));
    if (source === null) continue;
    const fields = interfaceFields(type.name, source, (base) => text(moduleOf.get(base) ?? ''), 0);
    if (fields !== undefined) {
      // (An interface extending one the repository does not declare has no shape to match, nor has an empty one.)
      if (fields !== null && fields.size > 0)
        shapes.set(keys.keyOf(type), {
          kind: 'object',
          members: [...fields.keys()].sort(),
          detail: [...fields].map(([key, value]) => member(key, value)).sort(),
        });
      continue;
    }
    const union = new RegExp(`^export type ${escapeRegExp(type.name)} =([^;]*);`, 'm').exec(source)?.[1];
    // A union of named types (`| ResponseObjectStream.OpenAIResponseObjectStreamResponseCreated`): their names.
    const variants =
      union
        ?.split('|')
        .map((v) => v.trim())
        .filter((v) => v !== '') ?? [];
    // An array of one named type (`Array<ResponseInputItem>`): its name.
    const item = union && /^\s*Array<([\w$]+(?:\.[\w$]+)?)>\s*$/.exec(union)?.[1];
    // (Each named as the matcher keys it too: `ResponsesAPI.FileSearchTool`, of a name listed in several modules.)
    const named = (references: string[]) => {
      const sorted = references
        .map((reference) => ({ name: reference.split('.').pop()!, key: keys.resolve(reference, declaredIn(type)) }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const members = sorted.map((v) => v.name);
      return sorted.some((v) => v.key !== v.name) ? { members, variants: sorted.map((v) => v.key) } : { members };
    };
    if (item) {
      shapes.set(keys.keyOf(type), { kind: 'array', ...named([item]) });
      continue;
    }
    if (variants.length > 1 && variants.every((v) => /^[\w$]+(?:\.[\w$]+)?$/.test(v))) {
      shapes.set(keys.keyOf(type), { kind: 'union', ...named(variants) });
      continue;
    }
    const literals = union ? [...union.matchAll(/\|?\s*'([^']*)'/g)].map((m) => m[1]) : [];
    if (union && literals.length > 0 && union.replace(/'[^']*'|[|\s]/g, '') === '')
      shapes.set(keys.keyOf(type), { kind: 'enum', members: literals.sort() });
  }
  return shapes;
}

/**
 * The properties of the interface `name` that `source` declares, by key (an interface it extends first, its own after,
 * as they override them); undefined where it declares none, null where one it extends is declared nowhere it can read
 * (the same file, else the module api.md lists the base in).
 */
function interfaceFields(
  name: string,
  source: string,
  sourceOf: (base: string) => string | null,
  depth: number,
): Map<string, string> | null | undefined {
  const declared = new RegExp(
    `^(?:export )?interface ${escapeRegExp(name)}(?: extends ([\\w$.,\\s]+?))? \\{(?:\\}|\\n([\\s\\S]*?)^\\})`,
    'm',
  ).exec(source);
  if (declared === null) return undefined;
  const fields = new Map<string, string>();
  for (const base of declared[1]?.split(',').map((b) => b.trim().split('.').pop()!) ?? []) {
    if (depth >= 8) return null;
    const inherited =
      interfaceFields(base, source, sourceOf, depth + 1) ??
      interfaceFields(base, sourceOf(base) ?? '', sourceOf, depth + 1);
    if (inherited == null) return null;
    for (const [key, value] of inherited) fields.set(key, value);
  }
  for (const m of (declared[2] ?? '').matchAll(/^ {2}(?:readonly )?['"]?([\w$.-]+)['"]?\??:(?: ([^;\n]*))?/gm))
    fields.set(m[1], m[2] ?? '');
  return fields;
}

/** Whether a method's response is a JSON array (through the schemas it names). */
export function bodyIsArray(response: ResponseKind, typeOf: (id: string) => TypeRef | null): boolean {
  if (response.kind !== 'json') return false;
  let type: TypeRef | null = response.type;
  for (let depth = 0; type?.kind === 'ref' && depth < 8; depth++) type = typeOf(type.schemaId);
  return type?.kind === 'array';
}

/**
 * The properties of a method's response body as the spec gives it, for method-pages.ts's `responseProperties`: an
 * object's (named or not, `allOf` merged); none for a body no object scheme could page (no body, an array, text, a
 * file); null for a shape left unknown (a union, a schema of no type).
 */
export function bodyMembers(response: ResponseKind, typeOf: (id: string) => TypeRef | null): string[] | null {
  if (response.kind === 'empty' || response.kind === 'text' || response.kind === 'binary') return [];
  if (response.kind !== 'json') return null;
  let type: TypeRef | null = response.type;
  for (let depth = 0; type?.kind === 'ref' && depth < 8; depth++) type = typeOf(type.schemaId);
  if (type === null) return null;
  if (type.kind === 'array') return [];
  const shape = shapeOf(type, typeOf);
  return shape?.kind === 'object' ? shape.members : null;
}
