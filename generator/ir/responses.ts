/**
 * Part of pass 1 (structure): a method's responses → its response kind (json, sse, text, binary, empty) with the
 * type it returns unnamed, its documented errors, its pagination (a page scheme draft, registered once per shape,
 * detected or from the Stainless config), the field it unwraps and when it streams.
 */
import { compareStrings } from '../naming/case';
import { errorClassName } from '../naming/funcs';
import { pageClassName } from '../naming/rules';
import type { SchemaNode } from '../normalize/schema';
import { unionOf } from './union';
import { configWarning } from './context';
import type { PaginationDraft, ResponseDraft, StructureContext } from './drafts';
import { isJsonMedia, pickResponseMediaType } from './media';
import { saysNothing } from './schema-shape';
import type { Operation } from '../normalize/operations';
import {
  detectPagination,
  ITEMS_FIELDS,
  matchStainlessScheme,
  requestBodyFields,
  type SchemeQueryParam,
  STAINLESS_TYPE,
  unmatchedRequestFields,
} from './pagination';
import type { Placement } from './resource-tree';
import type { StainlessPagination } from '../stainless/config-types';
import type { Docs, ErrorResponse, Method, Param, TypeRef } from './types';

/** An object with no properties and nothing said of its values: Stainless returns it as `unknown`. */
export function isFreeFormObject(ctx: StructureContext, type: TypeRef): boolean {
  if (type.kind === 'unknown' || (type.kind === 'ref' && ctx.types.schemas.get(type.schemaId)?.type.kind === 'unknown'))
    return true;
  const object = objectOf(ctx, type);
  return (
    object !== null &&
    object.properties.length === 0 &&
    (object.additional === null || object.additional.kind === 'unknown')
  );
}

/**
 * With a Stainless config, a response a method returns as is rather than by its type's name: a free-form value
 * (`-> unknown`) or a string (`-> string`). Stainless still declares the method's type for it
 * (`FunctionCreateResponse = unknown`, `ProjectRetrieveResponse = string`) and lists it in api.md.
 */
export function returnedInline(type: TypeRef): boolean {
  return type.kind === 'unknown' || type.kind === 'string';
}

export function readResponses(
  ctx: StructureContext,
  op: Operation,
): {
  kind: ResponseDraft;
  errors: ErrorResponse[];
  successSchema: SchemaNode | null;
  /** The schema of a text or event-stream body, when the spec gives one. */
  textSchema?: SchemaNode | null;
} {
  const raw = op.raw.responses;
  const errors: ErrorResponse[] = [];
  if (!raw || typeof raw !== 'object') return { kind: { kind: 'empty' }, errors, successSchema: null };
  const entries = Object.keys(raw as object).map((status) => readResponse(ctx, op, status));
  const success = entries
    .filter((e) => /^2(\d\d|XX)$/i.test(e.status))
    .sort((a, b) => compareStrings(a.status, b.status));
  const candidates = success.length > 0 ? success : entries.filter((e) => e.status === 'default');
  for (const e of entries) {
    if (success.includes(e) || (success.length === 0 && e.status === 'default')) continue;
    if (e.mediaType && e.node && isJsonMedia(e.mediaType))
      errors.push({
        status: e.status,
        className: errorClassName(e.status),
        contentType: e.mediaType,
        type: ctx.types.type(e.node, 'response'),
      });
  }
  // 204 and 205 have no body by definition (RFC 9110), whatever content the spec lists for them; but with a
  // Stainless config, content marked `x-stainless-empty-object` is the method's type (`FileCopyResponse {}`), as
  // in Stainless's SDKs (the call resolves to undefined all the same).
  // So is a JSON string schema there: Stainless's Python SDKs return it as `str` (`UserDeleteResponse = str`); and a
  // schema that says nothing, any value (letta's `accessTokens.delete`: `-> unknown`, Python's `-> object`).
  const saysEmpty = (node: SchemaNode | null) => {
    const target = ctx.stainless !== null && node !== null ? ctx.reader.deref(node) : null;
    return (
      target?.hints.emptyObject === true ||
      (target?.types?.length === 1 && target.types[0] === 'string') ||
      (target !== null && saysNothing(target))
    );
  };
  const withContent = candidates.filter(
    (e) => e.mediaType !== null && ((e.status !== '204' && e.status !== '205') || saysEmpty(e.node)),
  );
  if (withContent.length === 0) return { kind: { kind: 'empty' }, errors, successSchema: null };
  const primary = withContent[0];
  const mediaType = primary.mediaType!;
  if (/^text\/event-stream/i.test(mediaType)) {
    const event = primary.node ? ctx.types.type(primary.node, 'response') : { kind: 'string' as const, format: null };
    return { kind: { kind: 'sse', event }, errors, successSchema: null, textSchema: primary.node };
  }
  if (isJsonMedia(mediaType)) {
    if (primary.node?.binary)
      return {
        kind: { kind: 'binary', contentType: mediaType, accept: acceptOf(ctx, op, primary.status) },
        errors,
        successSchema: null,
      };
    // With a Stainless config, the first success's body alone, as Stainless's SDKs type a method (imagekit's
    // `files.upload`, 200 and 202: its 200's `FileUploadResponse`, in TypeScript and Python).
    const returned = ctx.stainless !== null ? [primary] : withContent;
    const jsonOnes = returned.filter((e) => e.mediaType && isJsonMedia(e.mediaType) && e.node);
    const typeList = jsonOnes.map((e) => ctx.types.type(e.node!, 'response'));
    const seen = new Set<string>();
    const distinct =
      typeList.length < 2
        ? typeList
        : typeList.filter((t) => {
            const key = JSON.stringify(t);
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          });
    const type =
      distinct.length === 0 ? { kind: 'unknown' as const } : distinct.length === 1 ? distinct[0] : unionOf(distinct);
    // A server that has only `application/vnd.x+json` answers a JSON Accept with 406.
    const media = [...new Set(jsonOnes.map((e) => e.mediaType!.split(';')[0].trim().toLowerCase()))];
    const vendorOnly = media.length > 0 && media.every((m) => m !== 'application/json' && !m.includes('*'));
    // No schema at all (examples only): Stainless's Python SDKs return None.
    const schemaless = jsonOnes.length === 0 ? { schemaless: true as const } : {};
    return {
      kind: vendorOnly
        ? { kind: 'json', type, accept: media.join(', '), ...schemaless }
        : { kind: 'json', type, ...schemaless },
      errors,
      successSchema: distinct.length === 1 ? primary.node : null,
    };
  }
  if (/^text\//i.test(mediaType) && !primary.node?.binary) {
    // With a Stainless config, a text body whose schema is a number or a boolean is that value, as in Stainless's
    // SDKs (`AccountGetBalanceResponse = number`).
    const type = ctx.stainless && primary.node ? ctx.types.type(primary.node, 'response') : null;
    if (type && (type.kind === 'number' || type.kind === 'integer' || type.kind === 'boolean'))
      return { kind: { kind: 'json', type, textBody: mediaType }, errors, successSchema: null };
    const schemaless = primary.node ? {} : { schemaless: true as const };
    const text = ctx.stainless
      ? { kind: 'text' as const, accept: mediaType, ...schemaless }
      : { kind: 'text' as const, ...schemaless };
    return { kind: text, errors, successSchema: null, textSchema: primary.node };
  }
  // JSON Lines with a schema: a value of it a line (anthropic's batch `results`).
  const lines = isJsonLinesMedia(mediaType) && primary.node ? { lines: ctx.types.type(primary.node, 'response') } : {};
  return {
    kind: { kind: 'binary', contentType: mediaType, accept: acceptOf(ctx, op, primary.status), ...lines },
    errors,
    successSchema: null,
  };
}

/** JSON Lines (one JSON value a line) by its media types: `application/x-jsonl`, `application/jsonl`, NDJSON. */
function isJsonLinesMedia(mediaType: string): boolean {
  return /^application\/(x-)?(jsonl|jsonlines|ndjson)\b/i.test(mediaType);
}

/**
 * What a method that streams on a body flag returns without it, when its success response is an event stream
 * beside binary media (`application/octet-stream`, `audio/wav`): the raw body, asked for as the first of those
 * (a server that negotiates refuses a JSON Accept). Null when nothing but events or JSON is offered.
 */
export function nonStreamingBinary(ctx: StructureContext, op: Operation): ResponseDraft | null {
  const success = Object.keys((op.raw.responses ?? {}) as object).find((status) => /^2/.test(status));
  if (!success) return null;
  const other = readResponse(ctx, op, success, /^(?!text\/event-stream)/i);
  if (!other.mediaType || isJsonMedia(other.mediaType)) return null;
  if (/^text\//i.test(other.mediaType) && !other.node?.binary) return null;
  return { kind: 'binary', contentType: other.mediaType, accept: other.mediaType };
}

/** The media types a response of `status` may have, as an Accept header value: "image/png, image/jpeg". */
export function acceptOf(ctx: StructureContext, op: Operation, status: string): string {
  const { value: raw } = op.responses.get(status)!;
  const content = (raw as { content?: Record<string, unknown> } | undefined)?.content;
  return Object.keys(content ?? {}).join(', ');
}

/** The response of `status`: its media type the SDK reads (the first `only` matches, if given) and its schema. */
export function readResponse(
  ctx: StructureContext,
  op: Operation,
  status: string,
  only: RegExp | null = null,
): { status: string; mediaType: string | null; node: SchemaNode | null } {
  const response = op.responses.get(status)!;
  const raw = response.value;
  const content = (raw as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
  if (!content || typeof content !== 'object') return { status, mediaType: null, node: null };
  const mediaType = only
    ? (Object.keys(content).find((m) => only.test(m)) ?? null)
    : pickResponseMediaType(Object.keys(content));
  if (!mediaType) return { status, mediaType: null, node: null };
  const node = response.schema(mediaType);
  return { status, mediaType, node };
}

/**
 * The first of the Stainless config's schemes (or the one `paginated` names) that the method's shape matches. A
 * method whose `paginated` (at `where`) names a scheme, or says `true`, that its shape does not match is not paginated,
 * and the config is warned about at that line, naming the scheme's fields that neither the query nor the JSON body
 * has, or has of another type. (A POST taking its page fields in the body, as llama-cloud's `agent_data.search`, pages.)
 */
export function stainlessPagination(
  ctx: StructureContext,
  op: Operation,
  body: SchemaNode,
  named: string | boolean | null,
  where: string | null = null,
): PaginationDraft | null {
  const query = op.parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema }));
  const deref = (n: SchemaNode) => ctx.reader.deref(n);
  // A scheme's fields in a POST's body only where the method says it pages (`paginated`): a body field named like a
  // cursor (`limit`, `offset`) does not make a method a list by itself.
  const requestBody = named !== null && named !== false ? jsonRequestBody(op) : null;
  const bodyFields = requestBody ? requestBodyFields(requestBody, deref) : [];
  const schemes = ctx.stainless!.config.pagination;
  for (const [i, scheme] of inMatchOrder(schemes)) {
    if (typeof named === 'string' && scheme.name !== named) continue;
    const detected = matchStainlessScheme(scheme, query, body, deref, bodyFields);
    if (detected)
      return pageScheme(ctx, detected, body, {
        // (A scheme whose fields one method sends in the query and another in the body is two page classes.)
        key: `stainless:${scheme.name}${detected.requestIn === 'body' ? ':body' : ''}`,
        preferredName: ctx.stainless!.names.pageClass(scheme.name),
        fields: () => configPageFields(ctx, scheme, i),
      });
  }
  if (where !== null && (typeof named === 'string' || named === true)) {
    const tried = schemes.filter((s) => named === true || s.name === named);
    const fields = { query, body: bodyFields };
    configWarning(ctx, 'stainless-pagination', `${where}.paginated`, unmatchedScheme(named, tried, fields, op, deref));
  }
  return null;
}

/**
 * The config's schemes (with their indexes) in the order a method is matched against them: those asking something of
 * the request (a cursor, offset or page parameter) before those asking nothing (a `fake_page`'s empty `request`, which
 * fits every list of its response fields), each group in the config's order. openai-node's config declares its
 * `fake_page` first, and its SDK pages the lists taking `after` and `limit` by its cursor schemes.
 */
function inMatchOrder(schemes: readonly StainlessPagination[]): Array<[number, StainlessPagination]> {
  const entries = [...schemes.entries()];
  return [...entries.filter(([, s]) => s.request.length > 0), ...entries.filter(([, s]) => s.request.length === 0)];
}

/** Why no scheme `paginated` names pages a method, for its warning. */
function unmatchedScheme(
  named: string | true,
  tried: StainlessPagination[],
  fields: { query: SchemeQueryParam[]; body: SchemeQueryParam[] },
  op: Operation,
  deref: (node: SchemaNode) => SchemaNode,
): string {
  const endpoint = `${op.http} ${op.path}`;
  if (tried.length === 0)
    return `names no scheme of \`pagination\` (${JSON.stringify(named)}); ${endpoint} is not paginated`;
  const where = op.requestBody ? 'query or body fields' : 'query parameters';
  // (A field is missing where neither the query nor the JSON body has it; one of each is read in the query first.)
  const requestFields = [...fields.query, ...fields.body];
  const reasons = tried.map((scheme) => {
    const unmatched = unmatchedRequestFields(scheme, requestFields, deref);
    if (unmatched.length === 0) return `${scheme.name}: the response lacks its fields`;
    const missing = unmatched.filter((u) => u.types === null).map((u) => u.name);
    const otherType = unmatched
      .filter((u) => u.types !== null)
      .map((u) => `${u.name} is ${u.types!.join(' | ') || 'null'}, not ${u.declared}`);
    return `${scheme.name}: ${[
      ...(missing.length > 0
        ? [`${missing.join(', ')} ${missing.length > 1 ? `are not ${where}` : `is not one of its ${where}`}`]
        : []),
      ...otherType,
    ].join('; ')}`;
  });
  return `${endpoint} matches no scheme it names (${reasons.join('; ')}); it is not paginated`;
}

/** The schema of an operation's JSON request body, or null. */
function jsonRequestBody(op: Operation): SchemaNode | null {
  const content = (op.requestBody?.value as { content?: Record<string, unknown> } | undefined)?.content;
  const media = Object.keys(content ?? {}).find(isJsonMedia);
  return media ? op.requestBody!.schema(media) : null;
}

/**
 * A config scheme's page fields, as Stainless's SDKs type them: from the scheme's own `response` schemas, not the
 * method's, each one present (`nextCursor: string`, `page_info: EntriesCursorResponse.PageInfo`): code written
 * against the SDK reads them so.
 */
function configPageFields(ctx: StructureContext, scheme: StainlessPagination, index: number): SchemaNode {
  // A field read from a header is not one of the body's, nor is the array that is the body itself (a fake page's).
  const fromHeaders = new Set(
    scheme.response
      .filter((f) => f.fromHeader !== null || f.topLevelArray || (scheme.type === 'fake_page' && f.isArray))
      .map((f) => f.name),
  );
  // An array field the config gives no `items` (`data: { type: array }`, as migrate writes a page class's `data:
  // Array<Item>`) holds the page's items all the same: of any type, the class's `Item`.
  const withItems = (schema: unknown) =>
    schema !== null &&
    typeof schema === 'object' &&
    (schema as { type?: unknown }).type === 'array' &&
    !('items' in schema)
      ? { ...schema, items: {} }
      : schema;
  const properties = Object.fromEntries(
    Object.entries(scheme.responseSchemas)
      .filter(([name]) => !fromHeaders.has(name))
      .map(([name, schema]) => [name, requiredMarked(withItems(schema))]),
  );
  const raw = { type: 'object', properties, required: Object.keys(properties) };
  return ctx.reader.read(raw, { doc: ctx.spec.root, pointer: `#/x-stainless-pagination/${index}/response` });
}

/**
 * A config scheme's object field whose own fields say `x-stainless-pagination-property: { required: true }` lists
 * them in its `required`, as a schema says it (the page's top-level fields are the scheme's `response.required`).
 */
function requiredMarked(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const object = schema as { properties?: unknown; required?: unknown };
  if (object.properties === null || typeof object.properties !== 'object') return schema;
  const properties = Object.fromEntries(
    Object.entries(object.properties as Record<string, unknown>).map(([key, value]) => [key, requiredMarked(value)]),
  );
  const marked = Object.entries(properties).flatMap(([key, value]) => {
    const property = (value as { 'x-stainless-pagination-property'?: { required?: unknown } } | null)?.[
      'x-stainless-pagination-property'
    ];
    return property?.required === true ? [key] : [];
  });
  const listed = Array.isArray(object.required) ? (object.required as unknown[]) : [];
  const required = [...new Set([...listed, ...marked])];
  return { ...object, properties, ...(required.length > 0 ? { required } : {}) };
}

/**
 * The config's pagination schemes no method uses, as page schemes all the same: Stainless's SDKs declare a page class
 * for each (`DatasetsIterrows`), which code may name. Each is typed from the scheme's own `response` fields, read as
 * a schema of the root document (their `$ref`s resolve there).
 */
export function unusedStainlessSchemes(ctx: StructureContext): void {
  const config = ctx.stainless?.config.pagination ?? [];
  config.forEach((scheme, i) => {
    const key = `stainless:${scheme.name}`;
    if (ctx.registry.schemes.some((s) => s.key === key || s.key === `${key}:body`)) return;
    const body = configPageFields(ctx, scheme, i);
    const query = scheme.request.map((r) => r.name);
    const detected = matchStainlessScheme(scheme, query, body, (n) => ctx.reader.deref(n));
    if (detected) pageScheme(ctx, detected, body, { key, preferredName: ctx.stainless!.names.pageClass(scheme.name) });
  });
}

/**
 * `settings.unwrap_response_fields`: a response object whose only property is one of these fields returns that
 * field's value (`{ data: [...] }` → the array).
 */
export function unwrapField(
  ctx: StructureContext,
  responses: {
    kind: ResponseDraft;
    successSchema: SchemaNode | null;
  },
): { field: string; type: TypeRef; from: string | null; docs: Docs } | null {
  const fields = ctx.stainless?.config.unwrapResponseFields ?? [];
  if (fields.length === 0 || responses.kind.kind !== 'json' || !responses.successSchema) return null;
  const object = objectOf(ctx, responses.kind.type);
  if (!object || object.properties.length !== 1 || object.additional) return null;
  const [only] = object.properties;
  const from = responses.kind.type.kind === 'ref' ? responses.kind.type.schemaId : null;
  return fields.includes(only.key) ? { field: only.key, type: only.type, from, docs: only.docs } : null;
}

/**
 * `streaming.param_discriminator` (Stainless config): the method streams when that body field is true. The
 * event type is the config's `stream_event_model`, else the schema of the operation's text/event-stream response.
 */
export function streamCondition(
  ctx: StructureContext,
  placement: Placement,
  op: Operation,
  params: readonly Param[],
): Method['streamWhen'] {
  const streaming = placement.stainless?.streaming;
  if (!streaming?.paramDiscriminator) return null;
  const discriminator = streaming.paramDiscriminator;
  const field = params.find((p) => p.key === discriminator || (p.in === 'body' && p.wireName === discriminator));
  if (!field) {
    configWarning(
      ctx,
      'stainless-streaming',
      `${placement.stainless!.where}.streaming.param_discriminator`,
      `names no parameter of the method (${JSON.stringify(discriminator)}); the method does not stream`,
    );
    return null;
  }
  let event: TypeRef | null = null;
  if (streaming.streamEventModel) {
    const [resourceKey, modelKey] = splitModelPath(streaming.streamEventModel);
    const model = [...ctx.stainless!.models.entries()].find(
      ([, m]) =>
        ctx.stainless!.names.model(modelKey) === m.name &&
        (resourceKey === null ||
          m.resource.endsWith(
            resourceKey
              .split('.')
              .map((key) => ctx.stainless!.names.resourceProperty(key))
              .join('.'),
          )),
    );
    const id = model ? ctx.types.componentId(model[0]) : null;
    if (id) event = { kind: 'ref', schemaId: id };
  }
  // Else the success response's events; else, neither naming an event, its JSON body: the stream's events are the
  // method's own response, as Stainless streams them.
  const success = Object.keys((op.raw.responses ?? {}) as object).find((status) => /^2/.test(status)) ?? '200';
  for (const media of [/^text\/event-stream/i, /json/i]) {
    if (event) break;
    const response = readResponse(ctx, op, success, media);
    if (response.node) event = ctx.types.type(response.node, 'response');
  }
  if (!event) {
    configWarning(
      ctx,
      'stainless-streaming',
      `${placement.stainless!.where}.streaming`,
      'no event type (no stream_event_model, no text/event-stream or JSON response); the method does not stream',
    );
    return null;
  }
  return { param: field.key, event };
}

export function pageScheme(
  ctx: StructureContext,
  detected: NonNullable<ReturnType<typeof detectPagination>>,
  body: SchemaNode,
  named: {
    key: string;
    preferredName: string;
    /** The body its fields are typed from, when not `body` (a config scheme's: configPageFields). */
    fields?: () => SchemaNode;
  } | null = null,
): PaginationDraft {
  const registered = named ? ctx.registry.schemes.find((s) => s.key === named.key) : undefined;
  const fields = registered
    ? registered.fields
    : (objectOf(ctx, ctx.types.type(named?.fields?.() ?? body, 'response'))?.properties ?? []).filter(
        (p) => p.key !== detected.response.items[0],
      );
  const key =
    named?.key ??
    JSON.stringify([
      detected.style,
      detected.request,
      detected.response,
      fields.map((f) => [f.key, f.type, f.required]),
    ]);
  let scheme = ctx.registry.schemes.find((s) => s.key === key);
  if (!scheme) {
    // A generic items key (`data`) names the page after the client; the first such scheme plainly (AcmePage).
    const generic = (items: string[]) => items.length === 1 && ITEMS_FIELDS.includes(items[0]);
    const first = !ctx.registry.schemes.some((s) => generic(s.response.items) && !s.key.startsWith('stainless:'));
    const base =
      named?.preferredName ??
      pageClassName(
        detected.response.items,
        generic(detected.response.items)
          ? { clientName: ctx.identity.clientName, stainlessType: first ? null : STAINLESS_TYPE[detected.style] }
          : null,
      );
    let preferredName = base;
    let n = 2;
    while (ctx.registry.schemes.some((s) => s.preferredName === preferredName)) preferredName = `${base}${n++}`;
    scheme = {
      key,
      preferredName,
      style: detected.style,
      fields,
      request: detected.request,
      requestParamTypes: detected.requestParamTypes ?? {},
      requestParams:
        detected.requestParams ??
        [detected.request.page, detected.request.size, detected.request.cursor, detected.request.offset].filter(
          (name) => name !== null,
        ),
      response: detected.response,
      ...(detected.requestIn ? { requestIn: detected.requestIn } : {}),
    };
    ctx.registry.schemes.push(scheme);
  }
  return {
    schemeKey: scheme.key,
    item: ctx.types.type(detected.itemSchema, 'response'),
    itemDocs: ctx.types.docsOf(detected.itemSchema),
  };
}

export function objectOf(ctx: StructureContext, type: TypeRef): Extract<TypeRef, { kind: 'object' }> | null {
  if (type.kind === 'object') return type;
  if (type.kind === 'ref') {
    const schema = ctx.types.schemas.get(type.schemaId);
    return schema ? objectOf(ctx, schema.type) : null;
  }
  return null;
}

/** "chat.chat_completion_chunk" → ["chat", "chat_completion_chunk"]; "chunk" → [null, "chunk"]. */
function splitModelPath(path: string): [string | null, string] {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? [null, path] : [path.slice(0, dot), path.slice(dot + 1)];
}
