/**
 * A method's params module (`types/<x>_params.py`): its TypedDict, a `Union` of a TypedDict per body variant, or,
 * for a method that streams on a body param (`streaming.param_discriminator`), Stainless's split: `XParamsBase` of
 * the shared keys, `XParamsNonStreaming` / `XParamsStreaming` adding the param as `Literal[False]` / `Literal[True]`,
 * and `XParams = Union[...]` of the two, which owners' code and the resource's transform use by name.
 */
import type { Method, Param, TypeRef } from '../../../ir/types';
import { pyArgumentName, pyClassName } from '../../../naming/python';
import { collidingParamKey } from '../../../naming/rules';
import { collidingParamName } from './path-collisions';
import type { PyModuleBuilder } from '../types/print-types';

export type ParamsVariant = { name?: string; fields: Param[] };

/** The stream param of a method whose params module is split on it (one body variant, the param a body key). */
export function streamSplitField(method: Method): Param | null {
  if (!method.streamWhen || (method.params?.variants?.length ?? 0) > 1) return null;
  const param = method.streamWhen.param;
  return method.params?.fields.find((f) => f.key === param && f.in === 'body') ?? null;
}

/** Whether a method's stream param may be null. */
export function nullableStream(method: Method): boolean {
  const field = method.params?.fields.find((f) => f.key === method.streamWhen?.param);
  return !!field && isNullable(field.type);
}

const isNullable = (type: TypeRef) => type.kind === 'union' && type.variants.some((v) => v.kind === 'null');

/** The name a param has in the SDK as its argument's was given (the IR's key, but for a keyword's escape: `from`). */
export function givenName(param: Param): string {
  return param.key === `${param.wireName}_` ? param.wireName : param.key;
}

/** Where a param goes and its wire name: a param's identity across a method's body variants. */
export const casingKey = (param: Param): string => `${param.in}:${param.wireName}`;

/**
 * Params of one method whose Python names coincide once snake-cased (a query `auth_config_ids` beside a deprecated
 * `authConfigIds`, a body `trigger_config` beside `triggerConfig`). In a method a Stainless config names, each takes
 * where it goes before its name and, where another of them goes there too, its number among those in the params'
 * order (`query_auth_config_ids_1`, `query_auth_config_ids_2`; one alone in its place `body_redirect_url`): its
 * argument and its params key so, its wire name its alias. Stainless's Python SDKs name them so (composio's
 * `trigger_instances.list_active` and `upsert`), and their users call them by those names. By casingKey.
 */
export function casingCollisionNames(fields: readonly Param[]): Map<string, string> {
  const groups = new Map<string, Param[]>();
  const seen = new Set<string>();
  for (const field of fields) {
    if (field.in === 'path' || seen.has(casingKey(field))) continue;
    seen.add(casingKey(field));
    const name = pyArgumentName(givenName(field));
    groups.set(name, [...(groups.get(name) ?? []), field]);
  }
  const names = new Map<string, string>();
  for (const [name, group] of groups) {
    if (group.length < 2) continue;
    for (const field of group) {
      const samePlace = group.filter((other) => other.in === field.in);
      const prefixed = collidingParamKey(name, field.in);
      names.set(casingKey(field), samePlace.length > 1 ? `${prefixed}_${samePlace.indexOf(field) + 1}` : prefixed);
    }
  }
  return names;
}

/**
 * The key of each param's property in its params class: its wire name, unless another param of the method has that
 * wire name too (a body `timeout` beside a query `timeout`): then each of those is keyed by its own name in the SDK
 * (`body_timeout`, `query_timeout`: its keyword argument's), its wire name its alias, so that both are declared.
 * `pathParams`: the path params the IR holds apart from the params (`Method.positional`), in a method a Stainless
 * config names: a param named as one of them is keyed, as its argument is named, by where it goes before its name
 * (`body_slug`, aliased `slug`; path-collisions.ts), and so is the path param itself where it is a key too.
 * `casingNames`: casingCollisionNames' names, in such a method; a param it names is keyed so.
 */
export function paramsPropertyKeys(
  fields: readonly Param[],
  pathParams: readonly Param[] = [],
  casingNames: ReadonlyMap<string, string> = new Map(),
): Map<Param, string> {
  const count = new Map<string, number>();
  for (const field of fields) count.set(field.wireName, (count.get(field.wireName) ?? 0) + 1);
  const pathNames = new Map(pathParams.map((p) => [pyArgumentName(givenName(p)), p]));
  const collides = (field: Param) => {
    const path = pathNames.get(pyArgumentName(givenName(field)));
    return path !== undefined && path !== field;
  };
  const colliding = new Set(fields.filter(collides));
  for (const field of colliding) {
    const path = pathNames.get(pyArgumentName(givenName(field)))!;
    if (fields.includes(path)) colliding.add(path);
  }
  return new Map(
    fields.map((field) => [
      field,
      casingNames.get(casingKey(field)) ??
        (colliding.has(field)
          ? collidingParamName(givenName(field), field.in)
          : count.get(field.wireName)! > 1
            ? givenName(field)
            : field.wireName),
    ]),
  );
}

/** casingCollisionNames of a method a Stainless config names; none elsewhere (sdkgen's `name_` stays). */
export function methodCasingNames(method: Method, fields: readonly Param[]): Map<string, string> {
  return method.configKey !== undefined ? casingCollisionNames(fields) : new Map();
}

/**
 * The path params that a param named as one of them is keyed apart from (paramsPropertyKeys): those the IR holds
 * apart from the params, in a method a Stainless config names (where path-collisions.ts renames the arguments).
 */
export function collisionPathParams(method: Method): readonly Param[] {
  return method.configKey !== undefined ? method.positional : [];
}

/** The names of a split params module's two TypedDicts. */
export function streamSplitNames(paramsName: string): { nonStreaming: string; streaming: string } {
  return { nonStreaming: `${paramsName}NonStreaming`, streaming: `${paramsName}Streaming` };
}

/** The classes whose keys name the params (the first that has one), so that the resource's keys are theirs. */
export function paramsKeyClasses(paramsName: string, method: Method): string[] {
  if (!streamSplitField(method)) return [paramsName];
  return [`${paramsName}Base`, streamSplitNames(paramsName).nonStreaming];
}

/** Declares the params types in `builder`. */
export function declareParamsTypes(
  builder: PyModuleBuilder,
  name: string,
  method: Method,
  variants: ParamsVariant[] | null,
  requiredHere: (field: Param) => boolean,
  keywordPath: Param[] = [],
  /** Whether a path param is documented by its schema's description alone, as a Stainless config's SDK does. */
  pathDocsOfSchema = false,
): void {
  // Stainless's params TypedDict begins with the path params taken by keyword (`app_id: Required[str]`).
  const fields = [...keywordPath, ...(method.params?.fields ?? [])];
  const keys = paramsPropertyKeys(fields, collisionPathParams(method), methodCasingNames(method, fields));
  const wireKeys = new Map([...keys].filter(([field, key]) => key !== field.wireName).map(([f, k]) => [k, f.wireName]));
  const objectOf = (fields: Param[], required = requiredHere) =>
    ({
      kind: 'object',
      properties: fields.map((field) => ({
        key: keys.get(field) ?? field.wireName,
        type: field.type,
        required: required(field),
        docs: pathDocsOfSchema && field.in === 'path' ? pathParamDocs(field) : field.docs,
      })),
    }) as unknown as TypeRef;
  const stream = streamSplitField(method);
  builder.prepare(variants ? variants.map((v) => objectOf(v.fields)) : [objectOf(fields)], 'param');
  if (variants) {
    // `XParams = Union[Variant0, Variant1]`, a TypedDict per variant, each before its nested classes (as Stainless's:
    // runwayml's `Veo3_1` before `Veo3_1PromptImagePromptImage`).
    const names = variants.map((variant, i) => {
      const at = builder.declarationCount();
      const declared = builder.declareClass(
        builder.uniqueName(pyClassName(variant.name || `Variant${i}`)),
        [objectOf(variant.fields)],
        'param',
        undefined,
        { ownParams: true, wireKeys },
      );
      builder.declareLastFirst(at);
      return declared;
    });
    builder.exported.push(name);
    builder.declareAlias(name, `${builder.use('Union')}[${names.join(', ')}]`);
    // (The resource's keys are the variants' own: `"from_": from_`.)
    builder.aliasFieldNames(name, names);
    return;
  }
  if (!stream) {
    builder.exported.push(name);
    builder.declareClass(name, [objectOf(fields)], 'param', undefined, { ownParams: true, wireKeys });
    // (Its nested classes after it: the module annotates lazily.)
    builder.declareLastFirst();
    return;
  }
  const base = `${name}Base`;
  builder.markTopLevel(base);
  builder.exported.push(base);
  builder.declareClass(base, [objectOf(fields.filter((f) => f !== stream))], 'param', undefined, {
    ownParams: true,
    wireKeys,
  });
  // (Its nested classes after it, as a params class's; the variants after them.)
  builder.declareLastFirst();
  const { nonStreaming, streaming } = streamSplitNames(name);
  const nullable = isNullable(stream.type);
  const asLiteral = (value: boolean): TypeRef =>
    nullable && !value
      ? { kind: 'union', variants: [{ kind: 'literal', value }, { kind: 'null' }], discriminator: null }
      : { kind: 'literal', value };
  const variantOf = (value: boolean): Param => ({ ...stream, type: asLiteral(value) });
  // Not streaming: the param as the spec requires it (left out means false); streaming: always given.
  builder.declareClass(nonStreaming, [objectOf([variantOf(false)])], 'param', undefined, {
    bases: [base],
    ownParams: true,
    wireKeys,
  });
  const streamingObject = objectOf([variantOf(true)], () => true);
  builder.declareClass(streaming, [streamingObject], 'param', undefined, {
    bases: [base],
    total: true,
    ownParams: true,
    wireKeys,
  });
  // (Not in `__all__`, as Stainless's; `types/__init__.py` re-exports it.)
  builder.reexported = name;
  builder.declareAlias(name, `${builder.use('Union')}[${nonStreaming}, ${streaming}]`, { plain: true });
}

/** A path param's docs as Stainless's params classes hold them: its schema's description alone, as its docstrings. */
function pathParamDocs(field: Param): Param['docs'] {
  const { description: _parameters, ...docs } = field.docs;
  return field.schemaDescription === undefined ? docs : { ...docs, description: field.schemaDescription };
}
