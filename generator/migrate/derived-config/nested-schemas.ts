/**
 * The schemas written out inside others in a spec (a property's object, a query parameter's enum, an array's items),
 * by JSON pointer, with their shapes: a Stainless config may name one as a model by its pointer (nested-models.ts),
 * so a type api.md lists that no component schema matches may be one of them (hetzner-python's `PlacementGroup`, a
 * response's `placement_group`; `SortParam`, `GET /actions`' `sort`).
 */
import { pointerJoin, pointerTokens } from '../../diagnostics';
import { words } from '../../naming/case';
import { StainlessNames } from '../../naming/stainless';
import type { NestedSchema, Shape } from './input-types';
import { keyName } from './type-keys';
import { namesNoType } from './alias-shapes';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Every schema written out inside a component schema, parameter, request body or response, or inside an operation
 * (of a path item, or of the one a path item's `$ref` leads to), in document order.
 */
export function nestedSchemasOf(document: unknown): NestedSchema[] {
  if (!isObject(document)) return [];
  const out: NestedSchema[] = [];
  const seen = new Set<unknown>();
  const visit = (schema: unknown, pointer: string, place: string, nested: boolean) => {
    if (!isObject(schema) || typeof schema.$ref === 'string' || seen.has(schema)) return;
    seen.add(schema);
    const shape = nested ? shapeOf(document, schema) : null;
    if (shape) out.push({ pointer, place, shape, inResponse: false });
    if (isObject(schema.properties))
      for (const [key, value] of Object.entries(schema.properties))
        visit(value, pointerJoin(pointer, 'properties', key), key, true);
    if (isObject(schema.items)) visit(schema.items, pointerJoin(pointer, 'items'), place, true);
    if (isObject(schema.additionalProperties))
      visit(schema.additionalProperties, pointerJoin(pointer, 'additionalProperties'), place, true);
    for (const group of ['allOf', 'anyOf', 'oneOf'])
      if (Array.isArray(schema[group]))
        (schema[group] as unknown[]).forEach((member, i) => visit(member, pointerJoin(pointer, group, i), place, true));
  };
  /** A parameter's schema (its name the place), unless it is a `$ref` (walked where it leads, among the components). */
  const parameter = (p: unknown, at: string) => {
    if (isObject(p) && typeof p.name === 'string') visit(p.schema, pointerJoin(at, 'schema'), p.name, true);
  };
  /** A request body's or a response's schemas, one for each media type. */
  const content = (holder: unknown, at: string) => {
    if (!isObject(holder) || !isObject(holder.content)) return;
    for (const [media, value] of Object.entries(holder.content))
      if (isObject(value)) visit(value.schema, pointerJoin(at, 'content', media, 'schema'), '', false);
  };
  const components = isObject(document.components) ? document.components : {};
  const section = (name: string) => Object.entries(isObject(components[name]) ? components[name] : {});
  for (const [key, value] of section('schemas')) visit(value, pointerJoin('#/components/schemas', key), key, false);
  for (const [key, value] of section('parameters')) parameter(value, pointerJoin('#/components/parameters', key));
  for (const [key, value] of section('requestBodies')) content(value, pointerJoin('#/components/requestBodies', key));
  for (const [key, value] of section('responses')) content(value, pointerJoin('#/components/responses', key));
  const walked = new Set<unknown>();
  const pathItem = (item: unknown, at: string) => {
    // A path item's `$ref` (to `components/pathItems`, or elsewhere in the document): its operations are walked
    // where it leads, once however many paths refer to it.
    if (isObject(item) && typeof item.$ref === 'string') {
      if (item.$ref.startsWith('#')) pathItem(resolve(document, item), item.$ref);
      return;
    }
    if (!isObject(item) || walked.has(item)) return;
    walked.add(item);
    const parameters = (list: unknown, base: string) => {
      if (Array.isArray(list)) list.forEach((p, i) => parameter(p, pointerJoin(base, 'parameters', i)));
    };
    parameters(item.parameters, at);
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const base = pointerJoin(at, method);
      parameters(operation.parameters, base);
      content(operation.requestBody, pointerJoin(base, 'requestBody'));
      const responses = isObject(operation.responses) ? operation.responses : {};
      for (const [status, response] of Object.entries(responses))
        content(response, pointerJoin(base, 'responses', status));
    }
  };
  for (const [route, item] of Object.entries(isObject(document.paths) ? document.paths : {}))
    pathItem(item, pointerJoin('#/paths', route));
  const returned = responseComponents(document);
  for (const n of out) {
    const tokens = pointerTokens(n.pointer);
    // (A component schema's, where a response holds it; one of `components/responses`; one of an operation's responses.)
    const operation = tokens.findIndex((token, i) => i > 1 && METHODS.includes(token));
    n.inResponse =
      tokens[0] === 'components' && tokens[1] === 'schemas'
        ? returned.has(tokens[2])
        : (tokens[0] === 'components' && tokens[1] === 'responses') ||
          (operation > 0 && tokens[operation + 1] === 'responses');
  }
  return out;
}

/** The component schemas the operations' responses hold, through every `$ref` (keys). */
function responseComponents(document: Obj): Set<string> {
  const keys = new Set<string>();
  const followed = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!isObject(value)) return;
    if (typeof value.$ref === 'string' && value.$ref.startsWith('#')) {
      if (followed.has(value.$ref)) return;
      followed.add(value.$ref);
      const tokens = pointerTokens(value.$ref);
      if (tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas') keys.add(tokens[2]);
      return walk(resolve(document, value));
    }
    Object.values(value).forEach(walk);
  };
  for (const path of Object.values(isObject(document.paths) ? document.paths : {})) {
    const item = resolve(document, path);
    for (const method of METHODS) {
      const operation = isObject(item) ? item[method] : null;
      if (isObject(operation)) walk(operation.responses);
    }
  }
  return keys;
}

/** An object's property keys (its `allOf` members' too), or a string enum's values; null for another schema. */
function shapeOf(document: Obj, schema: Obj): Shape | null {
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((v) => v !== null).map(String);
    return values.length > 0 ? { kind: 'enum', members: values.sort() } : null;
  }
  const properties = new Map<string, unknown>();
  const gather = (s: unknown, depth: number) => {
    const target = resolve(document, s);
    if (!isObject(target) || depth > 8) return;
    if (isObject(target.properties)) for (const [k, v] of Object.entries(target.properties)) properties.set(k, v);
    if (Array.isArray(target.allOf)) for (const member of target.allOf) gather(member, depth + 1);
  };
  gather(schema, 0);
  if (properties.size === 0) return unionShape(schema);
  const detail = [...properties].map(([key, value]) => {
    const target = resolve(document, value);
    const one = isObject(target) && Array.isArray(target.enum) && target.enum.length === 1 ? target.enum[0] : undefined;
    return one === undefined ? key : `${key}=${String(one)}`;
  });
  return { kind: 'object', members: [...properties.keys()].sort(), detail: detail.sort() };
}

/**
 * A `oneOf` or `anyOf` of two variants at least (`null` aside), each a component schema, an array of one, an object
 * written out in place with a `title`, or a string enum or `const`: a union of their names, as input.ts's `shapeOf`
 * gives a component union's. An object in place is named as Stainless names it, by its title (braintrust's
 * `tool_choice`: `auto`, `none` and an object titled `function`, declared `Union[Literal["auto"], Literal["none"],
 * Function]`); a literal is each of its values quoted (`'auto'`), one named variant at least. Null for another schema.
 */
function unionShape(schema: Obj): Shape | null {
  // (An array of one component schema: its model name, as input.ts's `shapeOf` gives a component array's.)
  const item = isObject(schema.items) && typeof schema.items.$ref === 'string' ? schema.items.$ref : null;
  const itemKey = item && schema.type === 'array' ? /^#\/components\/schemas\/([^/]+)$/.exec(item)?.[1] : null;
  if (itemKey) return { kind: 'array', members: [new StainlessNames().model(itemKey)] };
  const variants = (
    Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : []
  ).filter((v) => !(isObject(v) && v.type === 'null'));
  const names = new StainlessNames();
  const component = (v: unknown) =>
    isObject(v) && typeof v.$ref === 'string' ? (/^#\/components\/schemas\/([^/]+)$/.exec(v.$ref)?.[1] ?? null) : null;
  // (A variant that is an array of one component schema: its model name and `[]`, as a list variant is read.)
  const members = variants.map((v): string[] | null => {
    const key = component(v);
    if (key !== null) return [names.model(key)];
    if (!isObject(v)) return null;
    const item = v.type === 'array' ? component(v.items) : null;
    if (item !== null) return [`${names.model(item)}[]`];
    const literals = literalValues(v);
    if (literals !== null) return literals.map(quotedLiteral);
    const inPlace = (v.type === 'object' || isObject(v.properties)) && typeof v.title === 'string' && v.title !== '';
    return inPlace ? [names.pascal(v.title as string)] : null;
  });
  if (members.length < 2 || members.some((member) => member === null)) return null;
  const flat = (members as string[][]).flat();
  if (flat.every(isQuotedLiteral)) return null;
  return { kind: 'union', members: flat.sort() };
}

/** A string enum's or `const`'s values; null for another schema. */
function literalValues(schema: Obj): string[] | null {
  if (typeof schema.const === 'string') return [schema.const];
  if (Array.isArray(schema.enum) && schema.enum.length > 0 && schema.enum.every((v) => typeof v === 'string'))
    return schema.enum as string[];
  return null;
}

/** A literal variant's value as a union's member (`'auto'`), beside the named variants. */
export function quotedLiteral(value: string): string {
  return `'${value}'`;
}

export function isQuotedLiteral(member: string): boolean {
  return /^'.*'$/.test(member);
}

function resolve(document: Obj, schema: unknown): unknown {
  let value = schema;
  for (let hops = 0; isObject(value) && typeof value.$ref === 'string' && hops < 16; hops++) {
    const ref = value.$ref;
    if (!ref.startsWith('#')) return null;
    let next: unknown = document;
    for (const token of pointerTokens(ref))
      next = Array.isArray(next) ? next[Number(token)] : isObject(next) ? next[token] : undefined;
    value = next;
  }
  return value;
}

/**
 * The nested schema of a type's shape: of several, those whose place is the type's words (`placement_group` for
 * `PlacementGroup`, `sort` for `SortParam`), then the same literals, then the first in the document. Null when none
 * is of its shape, or it is an object's of no members.
 */
export function nestedSchemaFor(
  name: string,
  shape: Shape | null,
  nested: readonly NestedSchema[],
  /** Only one whose place names it (`image_file` for `ImageFileDelta`), not the first of its shape anywhere. */
  placedOnly = false,
): string | null {
  if (shape === null || shape.members.length === 0 || shape.kind === 'union') return null;
  // (A list of some named type is one only where its place names it: its shape tells it from no other list.)
  if (namesNoType(shape)) placedOnly = true;
  // (Those responses hold first: a model api.md lists without `Param` is what they return.)
  const ordered = [...nested.filter((n) => n.inResponse), ...nested.filter((n) => !n.inResponse)];
  const same = ordered.filter(
    (n) => n.shape.kind === shape.kind && n.shape.members.join('\0') === shape.members.join('\0'),
  );
  const nameWords = words(name).map((w) => w.toLowerCase());
  const placed = (n: NestedSchema) => {
    const placeWords = words(n.place).map((w) => w.toLowerCase());
    return placeWords.length > 0 && placeWords.every((w, i) => nameWords[i] === w);
  };
  // None of its shape: the spec may have changed since Stainless declared it (hetzner's `sort` lost its `progress`
  // values); the one its place names with most members in common, three in four at least.
  if (same.length === 0)
    return closest(
      shape,
      nested.filter((n) => n.shape.kind === shape.kind && placed(n)),
    );
  const detail = (n: NestedSchema) => n.shape.detail?.join('\0') === shape.detail?.join('\0');
  const exact = same.filter((n) => placed(n) && placeWordsCount(n) === nameWords.length);
  const found =
    exact.find(detail) ??
    exact[0] ??
    same.filter(placed).find(detail) ??
    same.find(placed) ??
    (placedOnly ? undefined : (same.find(detail) ?? same[0]));
  return found?.pointer ?? null;
}

function placeWordsCount(n: NestedSchema): number {
  return words(n.place).length;
}

/** Of `candidates`, the one sharing the largest part of its members with `shape`, at least three in four; else null. */
function closest(shape: Shape, candidates: readonly NestedSchema[]): string | null {
  const members = new Set(shape.members);
  let best: { pointer: string; share: number } | null = null;
  for (const n of candidates) {
    const common = n.shape.members.filter((m) => members.has(m)).length;
    const share = common / new Set([...members, ...n.shape.members]).size;
    if (share >= 0.75 && (best === null || share > best.share)) best = { pointer: n.pointer, share };
  }
  return best?.pointer ?? null;
}

/**
 * For each type no component schema matched (null in `found`), the nested schema of its shape (`nestedSchemaFor`),
 * by pointer: the pass the TypeScript and Python configs written from a repository share. A pointer another type
 * already has is not given twice (Stainless names a schema once).
 */
export function nestedSchemasFound(
  found: ReadonlyMap<string, string | null>,
  shapes: ReadonlyMap<string, Shape>,
  nested: readonly NestedSchema[] | undefined,
): Map<string, string> {
  const result = new Map<string, string>();
  if (!nested || nested.length === 0) return result;
  const taken = new Set([...found.values()]);
  for (const [name, schema] of found) {
    if (schema !== null) continue;
    const shape = shapes.get(name) ?? null;
    const first = nestedSchemaFor(keyName(name), shape, nested);
    // The one it would be is another type's: of the others, one whose place names it (openai's `TextDelta`, the
    // `text` of `MessageDeltaContentTextObject`, where `MessageContentText` has the first `text` of its shape).
    const pointer =
      first !== null && taken.has(first)
        ? nestedSchemaFor(
            keyName(name),
            shape,
            nested.filter((n) => !taken.has(n.pointer)),
            true,
          )
        : first;
    if (pointer === null || taken.has(pointer)) continue;
    taken.add(pointer);
    result.set(name, pointer);
  }
  return result;
}
