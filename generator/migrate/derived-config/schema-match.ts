/**
 * Which of the spec's component schemas a type api.md lists is: by its name, its shape (as Stainless declared it in the
 * repository), or the property of a model that refers to it.
 */
import { words } from '../../naming/case';
import { StainlessNames } from '../../naming/stainless';
import type { ApiType } from '../../diff/api-md';
import { escapeRegExp } from '../../escape-regexp';
import { declaringModule } from './declaring-module';
import { keyName } from './type-keys';
import type { DerivedConfigInput, NestedSchema, References, Shape } from './input-types';
import { isQuotedLiteral } from './nested-schemas';
import { namesNoType } from './alias-shapes';
import { formsDiffer } from './property-forms';

export type { References } from './input-types';

/**
 * The component schema a type is: the one whose key names it so, else the one sdkgen names so, else the one of its
 * shape (a model Stainless named otherwise than its schema: `namespace: NamespaceResponse`): the one its own methods'
 * operations answer first, then the key that starts with its name.
 */
export function schemaFor(
  name: string,
  schemas: DerivedConfigInput['schemas'],
  shape: Shape | null,
  responses: string[],
  /** The schemas the operations of api.md's methods returning the type answer (`$ref`s). */
  returnedBy: readonly string[] = [],
): string | null {
  const names = new StainlessNames();
  const loose = (text: string) => text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const named =
    schemas.find((s) => s.key === name) ??
    schemas.find((s) => names.model(s.key) === name) ??
    schemas.find((s) => s.name === name) ??
    // Cased otherwise: `AWSSNSPushChannelData` declared as `AwsSnsPushChannelData`.
    schemas.find((s) => loose(s.key) === loose(name)) ??
    namespaced(name, schemas, names);
  // A schema of the name but of another shape is not it (`Model` declared from `OpenAIModel`), if one of its shape is.
  // (A plain alias's shape tells no name apart: it finds a schema named otherwise.)
  const aliasShaped = shape?.kind === 'alias' || named?.shape?.kind === 'alias';
  if (named && (shape === null || named.shape === null || aliasShaped || sameShape(named.shape, shape)))
    return named.key;
  const sameKeys =
    shape === null || shape.members.length === 0 ? [] : schemas.filter((s) => s.shape && sameShape(s.shape, shape));
  // (One whose literal is another than the type's is another type, unless its name starts with the type's: a literal
  // the spec changed since. `BetaAllThinkingTurns`, `type: "all"`, is no `BetaThinkingConfigDisabled`.)
  // (A list of some named type is no schema its name does not agree with: namesNoType.)
  const same = sameKeys.filter(
    (s) =>
      (!literalsDiffer(s.shape!, shape!) || names.model(s.key).startsWith(name)) &&
      (!namesNoType(shape) || namesAgree(name, s.key)),
  );
  // Of several of its shape, the one every method returning it answers is it, before the name's words: axiora's
  // `ListResponse` (`data`, `meta`) is `ListResponse_CompanyOut_`, which `list` and `search` answer, not the shortest
  // of thirteen `ListResponse_…_`; its `DeletedOut` is the envelope `SingleResponse_DeletedOut_` `delete` answers, not
  // the schema `DeletedOut` (`deleted`, `id`).
  const answered = new Set(returnedBy);
  const [returned] = answered;
  if (answered.size === 1 && sameKeys.some((s) => s.key === returned)) return returned;
  const sameDetail = same.filter((s) => s.shape?.detail?.join('\0') === shape?.detail?.join('\0'));
  // Of several still alike, the one whose properties' types agree with the declaration's (a list of a union is no list
  // of an object): property-forms.ts.
  const alike = sameDetail.length > 0 ? sameDetail : same;
  const formed = alike.filter((s) => !formsDiffer(s.shape!, shape!));
  // A literal the declaration sets tells schemas of the same keys apart before a name does: writer's `ChatCompletion`
  // (`object: 'chat.completion'`) is `chat_response`, not `chat_completion_chunk` (`object: 'chat.completion.chunk'`).
  const literal = shape?.detail?.some((d) => d.includes('=')) === true && sameDetail.length === 1;
  const prefixed = same.filter((s) => names.model(s.key).startsWith(name));
  const startsWithName = literal ? prefixed.filter((s) => sameDetail.includes(s)) : prefixed;
  const aResponse = same.filter((s) => responses.includes(s.key));
  const pick =
    startsWithName.length > 0
      ? startsWithName
      : sameDetail.length === 1
        ? sameDetail
        : aResponse.length === 1
          ? aResponse
          : alike.length > 1 && formed.length === 1
            ? formed
            : same;
  if (pick.length === 1 || startsWithName.length > 0)
    return [...pick].sort((a, b) => a.key.length - b.key.length)[0].key;
  if (named) return named.key;
  // Several of its shape: the one whose name holds the type's words, with the fewest others (a config's `models`
  // renaming the spec's request and response schemas: `BetaToolUseBlock` is `BetaResponseToolUseBlock`, not
  // `ResponseToolUseBlock`; `CitationCharLocationParam` is `RequestCharLocationCitation`).
  const worded = heldWords(name, pick, names);
  if (worded) return worded;
  // No schema of its name or shape: the spec may have gained fields since Stainless declared the type. The one schema
  // that has every member of it and the fewest others (a few at most) is it: of nuntly's `Message` and `MessageDetail`
  // (the latter with `headers`), both gained `labels`.
  const grown = shape === null ? null : closestGrown(shape, schemas);
  if (grown) return grown;
  // No schema of its name or shape (its config may have changed the schema with a transformation): the one schema
  // named as it is with a word schemas add (`CustomerCreateRequest` for `CustomerCreate`).
  // (Of the type's kind where both are known: a union of errors is no `…ErrorResponse` object.)
  const suffixed = schemas.filter(
    (s) =>
      SCHEMA_SUFFIXES.some((suffix) => names.model(s.key) === `${name}${suffix}`) &&
      (shape === null || !s.shape || s.shape.kind === shape.kind),
  );
  return suffixed.length === 1 ? suffixed[0].key : null;
}

/**
 * The one schema whose key is the name in a namespace (TypeSpec's `Tools.AlgoliaIntegrationDef` for
 * `AlgoliaIntegrationDef`, as a Stainless SDK declared it); undefined where none or several are.
 */
function namespaced(
  name: string,
  schemas: DerivedConfigInput['schemas'],
  names: StainlessNames,
): DerivedConfigInput['schemas'][number] | undefined {
  const last = (key: string) => key.slice(key.lastIndexOf('.') + 1);
  const found = schemas.filter(
    (s) => s.key.includes('.') && (last(s.key) === name || names.model(last(s.key)) === name),
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The key of the one object schema whose properties are `shape`'s and at most a fifth more (two at least), with
 * fewer others than any other such schema; null when there is none, or a tie.
 */
function closestGrown(shape: Shape, schemas: DerivedConfigInput['schemas']): string | null {
  if (shape.kind !== 'object' || shape.members.length < 3) return null;
  const allowed = Math.max(2, Math.floor(shape.members.length / 5));
  const grown = schemas.flatMap((s) => {
    if (!s.shape || s.shape.kind !== 'object') return [];
    const members = new Set(s.shape.members);
    if (!shape.members.every((m) => members.has(m))) return [];
    const extra = members.size - shape.members.length;
    return extra > 0 && extra <= allowed ? [{ key: s.key, extra }] : [];
  });
  if (grown.length === 0) return null;
  const fewest = Math.min(...grown.map((g) => g.extra));
  const best = grown.filter((g) => g.extra === fewest);
  return best.length === 1 ? best[0].key : null;
}

/**
 * Whether the type's name and the schema's model name agree: one holds every word of the other (a word and its plural
 * one; `Param` none): `MessageToolCalls` and `ChatCompletionMessageToolCalls`, `JSONObjectInput` and `JSONObject`; one
 * word in common (`BetaResponseFunctionCallOutputItemList`'s `call`) is not enough.
 */
export function namesAgree(name: string, key: string): boolean {
  const lower = (text: string) =>
    words(text)
      .map((w) => w.toLowerCase().replace(/(?<=..[^s])s$/, ''))
      .filter((w) => w !== 'param');
  const type = lower(name);
  const schema = lower(new StainlessNames().model(key));
  return type.every((w) => schema.includes(w)) || schema.every((w) => type.includes(w));
}

/** Words a spec's schema names often add to the type's: `CustomerCreateRequest`, `NamespaceResponse`. */
const SCHEMA_SUFFIXES = ['Request', 'Response', 'Object', 'Schema', 'Model', 'Dto', 'DTO', 'Body', 'Input', 'Output'];

export function sameShape(a: Shape, b: Shape): boolean {
  return a.kind === b.kind && a.members.join('\0') === b.members.join('\0');
}

/**
 * Whether a property both shapes fix to one value (`type=all`, `type=disabled`) has another value in each: then they
 * are two types, however alike their keys and names (`BetaAllThinkingTurns` is no `BetaThinkingConfigDisabled`).
 */
export function literalsDiffer(a: Shape, b: Shape): boolean {
  const literals = (shape: Shape) =>
    new Map((shape.detail ?? []).filter((d) => d.includes('=')).map((d) => [d.slice(0, d.indexOf('=')), d] as const));
  const ofA = literals(a);
  return [...literals(b)].some(([key, detail]) => ofA.has(key) && ofA.get(key) !== detail);
}

/**
 * For each type no schema matched (null in `found`), the schema the spec's properties refer to where Stainless's
 * declarations refer to the type from a matched model: ChatCompletion's `prompt: ChatCompletionPrompt` and the spec's
 * `ChatCompletionResponse.prompt`, a `$ref` to `PromptPart` (a model Stainless named otherwise, of a shape other
 * schemas share). One schema only, and none another type is already.
 */
export function referredSchemas(
  found: ReadonlyMap<string, string | null>,
  references: References | undefined,
  properties: ReadonlyMap<string, ReadonlyMap<string, string>> | undefined,
): Map<string, string> {
  const taken = new Set([...found.values()]);
  const referred = new Map<string, string>();
  for (const [name, schema] of found) {
    if (schema !== null) continue;
    const candidates = new Set(
      (references?.get(keyName(name)) ?? []).flatMap(({ owner, property }) => {
        const ownerSchema = found.get(owner);
        const target = ownerSchema ? properties?.get(ownerSchema)?.get(property) : undefined;
        return target === undefined ? [] : [target];
      }),
    );
    const [only] = candidates;
    if (candidates.size === 1 && !taken.has(only)) {
      referred.set(name, only);
      taken.add(only);
    }
  }
  return referred;
}

/**
 * For each type no schema matched yet (null in `found`), the schema the spec's operations return where api.md's methods
 * return the type itself (`client.call.retrieve(callID) -> CallResponse`, whose `get /v2/get-call/{call_id}` answers
 * a `$ref` to `V2CallResponse`): a model Stainless named otherwise, of a shape the spec builds with allOf or oneOf. Every
 * method returning it must return that one schema, and no other type be it already.
 */
export function returnedSchemas(
  found: ReadonlyMap<string, string | null>,
  methods: ReadonlyArray<{ endpoint: string; returns: string }>,
  responseSchemas: ReadonlyMap<string, string>,
  /** Whether a schema is an envelope the SDK unwraps (`{ data: … }` with `unwrap_response_fields`): not the type. */
  envelope: (key: string) => boolean = () => false,
): Map<string, string> {
  const taken = new Set([...found.values()]);
  const returned = new Map<string, string>();
  for (const [name, schema] of found) {
    if (schema !== null) continue;
    const returning = methods.filter((m) => m.returns === keyName(name));
    const schemas = new Set(returning.map((m) => responseSchemas.get(m.endpoint) ?? null));
    const [only] = schemas;
    if (returning.length > 0 && schemas.size === 1 && only !== null && !taken.has(only) && !envelope(only)) {
      returned.set(name, only);
      taken.add(only);
    }
  }
  return returned;
}

/**
 * For each union no schema matched yet (null in `found`), declared over types Stainless named otherwise than their
 * schemas (groq's `ChatCompletionMessageParam = ChatCompletionSystemMessageParam | …`, the spec's
 * `ChatCompletionRequestMessage` a `oneOf` of `ChatCompletionRequestSystemMessage`, …): the one union schema whose
 * variants are the schemas of its variants. One variant at most may be unknown yet (a type no schema matched by its
 * own shape, as two schemas share it): it is then the schema left over. Repeated while it finds more, as a union's
 * variant may be a union found so.
 */
export function unionSchemas(
  found: ReadonlyMap<string, string | null>,
  typeShapes: ReadonlyMap<string, Shape>,
  schemas: DerivedConfigInput['schemas'],
  /** The unions written out inside other schemas (nested-schemas.ts): one of them, by its pointer, after the components. */
  nested: readonly NestedSchema[] = [],
): Map<string, string> {
  const names = new StainlessNames();
  const modelName = new Map(schemas.map((s) => [s.key, names.model(s.key)]));
  const keyOfModel = (model: string) => schemas.filter((s) => modelName.get(s.key) === model);
  const listLike = (kind: Shape['kind'] | undefined) => kind === 'union' || kind === 'array';
  const unions = [
    ...schemas.filter((s) => listLike(s.shape?.kind)),
    ...nested.filter((n) => listLike(n.shape.kind)).map((n) => ({ key: n.pointer, name: '', shape: n.shape })),
  ];
  const result = new Map<string, string>();
  const schemaOf = (name: string) => result.get(name) ?? found.get(name);
  const taken = () => new Set([...found.values(), ...result.values()]);
  for (let more = true; more; ) {
    more = false;
    for (const [name] of found) {
      const shape = typeShapes.get(name);
      // (An array of a type, as a union of one variant: the array of its schema.)
      if (schemaOf(name) !== null || !listLike(shape?.kind)) continue;
      // Each variant as the model name its schema has (a variant api.md does not list may be named as its schema is).
      const known: string[] = [];
      const unknown: string[] = [];
      /** Each unknown variant's name as declared. */
      const unknownNames: string[] = [];
      // (By the matcher's keys where the declaration names a type api.md lists in several modules.)
      for (const [i, member] of shape.members.entries()) {
        // (A literal variant, `'auto'`, is itself in the spec's union: nested-schemas.ts's `unionShape`.)
        if (isQuotedLiteral(member)) {
          known.push(member);
          continue;
        }
        const variant = shape.variants?.[i] ?? member;
        // (A list variant, `SearchResult[]`, is the array of its type's schema: nested-schemas.ts's `unionShape`.)
        const list = variant.endsWith('[]') ? '[]' : '';
        const schema = schemaOf(variant.slice(0, variant.length - list.length));
        const model = schema ? modelName.get(schema) : schema === undefined ? member.replace(/\[\]$/, '') : undefined;
        if (model !== undefined && (schema || keyOfModel(model).length === 1)) known.push(`${model}${list}`);
        else {
          unknown.push(variant);
          unknownNames.push(member);
        }
      }
      // One variant may be unknown yet (it is then the variant left over); or several, where as many are known, two at
      // least (its declaration's own, as `ResponseItem.McpCall`, need no model; one api.md lists stays without one).
      if (known.length === 0 || (unknown.length > 1 && (known.length < 2 || known.length < unknown.length))) continue;
      const listedUnknown = unknown.length === 1 ? unknown.filter((variant) => found.has(variant)) : [];
      const inUse = taken();
      const candidates = unions.filter(
        (s) =>
          s.shape!.kind === shape!.kind &&
          s.shape!.members.length === shape!.members.length &&
          known.every((model) => s.shape!.members.includes(model)) &&
          !inUse.has(s.key),
      );
      // Of several (unions of the same variants), the one sharing most of the type's words; where a variant is unknown,
      // of those naming every variant as the declaration does (an object in place, titled: braintrust's `Function` of
      // `tool_choice` and of `function_call`).
      const named = candidates.filter((c) => unknownNames.every((member) => c.shape!.members.includes(member)));
      const chosen =
        candidates.length === 1
          ? candidates[0].key
          : candidates.length > 1 && unknown.length === 0
            ? sharedWords(keyName(name), candidates, names)
            : named.length === 1
              ? named[0].key
              : named.length > 1
                ? sharedWords(keyName(name), named, names)
                : null;
      if (chosen === null) continue;
      const union = candidates.find((c) => c.key === chosen)!;
      const leftOver = union.shape!.members.filter((model) => !known.includes(model));
      if (listedUnknown.length === 1) {
        const leftOverSchema = leftOver.length === 1 ? keyOfModel(leftOver[0]) : [];
        // (A variant api.md does not list needs no model: only a listed one is named.)
        if (leftOverSchema.length !== 1 || inUse.has(leftOverSchema[0].key)) continue;
        result.set(listedUnknown[0], leftOverSchema[0].key);
      }
      result.set(name, union.key);
      more = true;
    }
  }
  return result;
}

/**
 * Where each type api.md lists is referred to by a property of another, as declared at the top level of its module:
 * `prompt: ChatCompletionPrompt;`, `warnings?: Array<ChatCompletionWarning>;`, `usage?: ChatCompletionUsage | null;`.
 */
export function declaredReferences(types: ApiType[], text: (path: string) => string | null): References {
  const listed = new Set(types.map((t) => t.name));
  const references = new Map<string, Array<{ owner: string; property: string }>>();
  for (const type of types) {
    const source = text(declaringModule(type.name, type.module.replace(/^\.\//, ''), text));
    const body =
      source &&
      new RegExp(`^export interface ${escapeRegExp(type.name)} \\{\\n([\\s\\S]*?)^\\}`, 'm').exec(source)?.[1];
    if (!body) continue;
    for (const m of body.matchAll(
      /^ {2}(?:readonly )?['"]?([\w$]+)['"]?\??: (?:Array<([\w$]+)>|([\w$]+))(?: \| null)?;$/gm,
    )) {
      const target = m[2] ?? m[3];
      if (!listed.has(target) || target === type.name) continue;
      // (A list's items: propertyReferences's `<property>[]`.)
      const property = m[2] === undefined ? m[1] : `${m[1]}[]`;
      references.set(target, [...(references.get(target) ?? []), { owner: type.name, property }]);
    }
  }
  return references;
}

/**
 * The schema each component schema's property refers to: a `$ref` (beside a description), an array's items', or the
 * one `$ref` of an `allOf`, or of an `anyOf`/`oneOf` with `null`. By schema key, then property; and, as `<property>[]`,
 * the schema of its items, which a declared list (`List[X]`, `Array<X>`) refers to: where the property is a `$ref` to
 * an array schema (openai's `tool_calls`, `ChatCompletionMessageToolCalls`), X is its items, not it.
 */
export function propertyReferences(document: unknown): Map<string, Map<string, string>> {
  const schemas = (document as { components?: { schemas?: Record<string, unknown> } } | null)?.components?.schemas;
  const byKey = new Map<string, Map<string, string>>();
  const refOf = (value: unknown): string | null => {
    if (value === null || typeof value !== 'object') return null;
    const node = value as Record<string, unknown>;
    if (typeof node.$ref === 'string') return /^#\/components\/schemas\/([^/]+)$/.exec(node.$ref)?.[1] ?? null;
    if (node.type === 'array') return refOf(node.items);
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
      const list = node[key];
      if (!Array.isArray(list)) continue;
      const refs = list.filter((v) => !(v && typeof v === 'object' && (v as { type?: unknown }).type === 'null'));
      return refs.length === 1 ? refOf(refs[0]) : null;
    }
    return null;
  };
  for (const [key, schema] of Object.entries(schemas ?? {})) {
    const props = (schema as { properties?: Record<string, unknown> } | null)?.properties;
    if (!props || typeof props !== 'object') continue;
    const refs = new Map<string, string>();
    for (const [name, value] of Object.entries(props)) {
      const target = refOf(value);
      if (target !== null) refs.set(name, target);
      const listed =
        target === null ? undefined : (schemas?.[target] as { type?: unknown; items?: unknown } | undefined);
      const items = listed?.type === 'array' ? refOf(listed.items) : target;
      if (items !== null) refs.set(`${name}[]`, items);
    }
    if (refs.size > 0) byKey.set(key, refs);
  }
  return byKey;
}

/**
 * The key of the one schema whose model name holds every word of `name`, in any order (a param type's `Param` aside),
 * with fewer other words than any other such schema; null when none does, or two tie.
 */
function heldWords(name: string, schemas: DerivedConfigInput['schemas'], names: StainlessNames): string | null {
  // A word and its plural are one (`CitationsWebSearchResultLocation`, `ResponseWebSearchResultLocationCitation`).
  const lower = (text: string) => words(text).map((w) => w.toLowerCase().replace(/(?<=..[^s])s$/, ''));
  const wanted = lower(name);
  const param = wanted.length > 1 && wanted[wanted.length - 1] === 'param';
  if (param) wanted.pop();
  const holds = (have: string[]) => {
    const left = [...have];
    return wanted.every((word) => left.includes(word) && left.splice(left.indexOf(word), 1).length === 1);
  };
  const held = schemas.flatMap((s) => {
    const have = lower(names.model(s.key));
    return holds(have) ? [{ key: s.key, extra: have.length - wanted.length }] : [];
  });
  if (held.length === 0) return null;
  const fewest = Math.min(...held.map((h) => h.extra));
  const best = held.filter((h) => h.extra === fewest);
  if (best.length === 1) return best[0].key;
  // Request and response schemas of one shape: a `Param` type is what requests send, the others what responses hold.
  const side = param ? SENT : RECEIVED;
  const sided = best.filter((h) => lower(names.model(h.key)).some((w) => side.includes(w)));
  return sided.length === 1 ? sided[0].key : null;
}

/**
 * For each type no schema matched yet (null in `found`: after the schemas properties refer to, methods return and
 * nested schemas, which name it exactly), where several schemas are of its shape (of its literal, where it has one) and
 * none holds every word of its name: the one sharing most of them, with the fewest others (a config's `models` naming
 * the spec's schemas otherwise: openai's `ResponseInputFile` is `InputFileContent`, `ToolChoiceApplyPatch`
 * `SpecificApplyPatchParam`).
 */
export function sharedWordSchemas(
  found: ReadonlyMap<string, string | null>,
  typeShapes: ReadonlyMap<string, Shape>,
  schemas: DerivedConfigInput['schemas'],
): Map<string, string> {
  const names = new StainlessNames();
  const result = new Map<string, string>();
  const candidates = new Map<string, DerivedConfigInput['schemas']>();
  for (const [name, schema] of found) {
    const shape = typeShapes.get(name);
    if (schema !== null || !shape || shape.members.length === 0) continue;
    // (A list of some named type is no schema its name does not agree with: namesNoType.)
    const same = schemas.filter(
      (s) =>
        s.shape &&
        sameShape(s.shape, shape) &&
        !literalsDiffer(s.shape, shape) &&
        (!namesNoType(shape) || namesAgree(name, s.key)),
    );
    const sameDetail = same.filter((s) => s.shape?.detail?.join('\0') === shape.detail?.join('\0'));
    const alike = sameDetail.length > 0 ? sameDetail : same;
    // (Those whose properties' types agree with the declaration's, where some do: property-forms.ts.)
    const formed = alike.filter((s) => !formsDiffer(s.shape!, shape));
    candidates.set(name, formed.length > 0 ? formed : alike);
    const key = sharedWords(keyName(name), candidates.get(name)!, names);
    if (key !== null) result.set(name, key);
  }
  // Else the one of them no other type is (openai's `ResponseIncludable` shares no word with `IncludeEnum`, and
  // `BetaResponseIncludable` is `BetaIncludeEnum`).
  const taken = new Set([...found.values(), ...result.values()]);
  for (const [name, of] of candidates) {
    const left = result.has(name) ? [] : of.filter((s) => !taken.has(s.key));
    if (left.length !== 1 || of.length < 2) continue;
    result.set(name, left[0].key);
    taken.add(left[0].key);
  }
  return result;
}

/**
 * The key of the one schema whose model name shares the most of `name`'s words (one at least), with the fewest others:
 * for a `Param` type, of the request schemas (a word of `SENT` in their names) where there are some; for another, of
 * the rest where there are some. Null when none shares a word, or two tie.
 */
function sharedWords(name: string, schemas: DerivedConfigInput['schemas'], names: StainlessNames): string | null {
  const lower = (text: string) => words(text).map((w) => w.toLowerCase().replace(/(?<=..[^s])s$/, ''));
  const wanted = lower(name);
  const param = wanted.length > 1 && wanted[wanted.length - 1] === 'param';
  if (param) wanted.pop();
  const sent = (key: string) => lower(names.model(key)).some((w) => SENT.includes(w));
  const side = schemas.filter((s) => sent(s.key) === param);
  const scored = (side.length > 0 ? side : schemas).map((s) => {
    const left = lower(names.model(s.key));
    const shared = wanted.filter((word) => left.includes(word) && left.splice(left.indexOf(word), 1).length === 1);
    return { key: s.key, shared: shared.length, others: left.length };
  });
  const most = Math.max(0, ...scored.map((s) => s.shared));
  if (most === 0) return null;
  const sharing = scored.filter((s) => s.shared === most);
  const fewest = Math.min(...sharing.map((s) => s.others));
  const best = sharing.filter((s) => s.others === fewest);
  return best.length === 1 ? best[0].key : null;
}

/** Words a spec's schema names mark the request side with, and the response side. */
const SENT = ['request', 'input', 'param'];
const RECEIVED = ['response', 'output'];
