/**
 * Pass 1 (structure), one method: a placement → a `MethodDraft`, built once: its positional arguments and params
 * fields (params.ts), its body, its response, errors and pagination (responses.ts). The types it declares (an inline
 * response, a page item, a Stainless method alias) are registered under `<method id>#response` / `#item` for the
 * names pass to name after the method; its params type and page class are named there too.
 */
import { claimLocal, collidingParamKey, METHOD_BODY_LOCALS } from '../naming/rules';
import { docsFrom, NO_DOCS, sourceOf } from './docs';
import { configWarning } from './context';
import { readBody, isCookieValue, keysFromSample, paramSchema, readParam, requestBodyExample } from './params';
import { groupStructuredQueryParams } from './structured-query';
import { detectPagination } from './pagination';
import type { Placement } from './resource-tree';
import { clientFilledParams } from './auth';
import { operationBaseUrl, readServers } from './client';
import { credentialParameters, operationSecurity, requiredCredentialSchemes } from './security';
import {
  isFreeFormObject,
  nonStreamingBinary,
  pageScheme,
  readResponse,
  readResponses,
  returnedInline,
  stainlessPagination,
  streamCondition,
  unwrapField,
} from './responses';
import type { MethodDraft, PaginationDraft, ResponseDraft, StructureContext } from './drafts';
import type { Method, Param, TypeRef } from './types';
import type { Parameter } from '../normalize/operations';
import type { SchemaNode } from '../normalize/schema';
import { methodAlias, nullableModel, retypeField, throughAliases } from './method-aliases';
import { pathVariables, undeclaredPathParameter } from './path-variables';
import { eitherCondition, testFieldSetOf, testSkip } from './method-tests';

/**
 * The method a placement makes, or null when its path and its path parameters disagree (reported). `again` is
 * `#<n>` for the n-th extra placement of the same operation ('' for the first): its types get their own ids.
 */
export function buildMethod(ctx: StructureContext, placement: Placement, again: string): MethodDraft | null {
  const op = placement.op;
  const templateVars = pathVariables(op.path);
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  let broken = false;
  for (const name of templateVars) {
    if (pathParams.some((p) => p.name === name)) continue;
    if (placement.stainless !== undefined) {
      // Stainless's generator takes such a variable as a required string argument (a1ndreay/bookingcom's
      // `favourite.add(hotelID: string)` for `/hotels/{hotelId}/favourite` without parameters): a Stainless SDK
      // moved to sdkgen keeps that method.
      ctx.diags.warn(
        'undeclared-path-parameter',
        op.loc.doc.file,
        op.loc.pointer,
        `path ${op.path} uses {${name}} but the operation declares no path parameter "${name}"; as Stainless does, the method takes it as a required string`,
        `add a parameter { name: ${name}, in: path, required: true } to the operation or its path item`,
      );
      pathParams.push(undeclaredPathParameter(name, op.loc));
    } else {
      ctx.diags.error(
        'undeclared-path-parameter',
        op.loc.doc.file,
        op.loc.pointer,
        `path ${op.path} uses {${name}} but the operation declares no path parameter "${name}"`,
        `add a parameter { name: ${name}, in: path, required: true } to the operation or its path item`,
      );
      broken = true;
    }
  }
  // A path parameter the path has no place for cannot be sent: the method leaves it out (as Stainless's SDKs do).
  for (const p of pathParams) {
    if (!templateVars.includes(p.name)) {
      ctx.diags.warn(
        'unused-path-parameter',
        p.loc.doc.file,
        p.loc.pointer,
        `path parameter "${p.name}" does not appear in the path ${op.path}; the method leaves it out`,
        `rename it to one of: ${templateVars.map((v) => `{${v}}`).join(', ') || '(the path has no variables)'}, or remove it`,
      );
    }
  }
  if (broken) return null;

  // Path parameters in template order; the last ones are positional, as many as the call shape says (a sample's
  // `retrieve('msg_1', 'att_1')` takes two, in path order). One a client option fills in is never positional.
  const filled = clientFilledParams(ctx);
  const allPath = templateVars.map((v) => pathParams.find((p) => p.name === v)!);
  const orderedPath = allPath.filter((p) => !filled.has(`path:${p.name}`));
  // Legacy Stainless SDKs (`targets.node`) take every path parameter positionally: items.delete(conversationId, itemId).
  const allPositional = placement.stainless !== undefined && ctx.stainless?.legacy === true;
  // `settings.positional_params: false`: no method takes positional arguments but those naming their own.
  const noneByDefault = placement.stainless !== undefined && ctx.stainless?.config.positionalParams === false;
  const positionalCount = noneByDefault
    ? 0
    : allPositional && placement.positional > 0
      ? orderedPath.length
      : Math.min(placement.positional, orderedPath.length);
  // A Stainless config's `positional_params` names them, in call order (path parameters; others stay in params).
  const named = placement.stainless?.positionalParams ?? null;
  const positionalRaw = named
    ? named.flatMap((name) => orderedPath.find((p) => p.name === name) ?? [])
    : orderedPath.slice(orderedPath.length - positionalCount);
  if (named)
    for (const name of named.filter((n) => !orderedPath.some((p) => p.name === n)))
      configWarning(
        ctx,
        'stainless-positional-param',
        `${placement.stainless!.where}.positional_params`,
        `${JSON.stringify(name)} is not a path parameter of ${op.http.toUpperCase()} ${op.path}; it stays in the params`,
      );
  const locals = new Set(METHOD_BODY_LOCALS);
  const positional: Param[] = positionalRaw.map((p) => readParam(ctx, p, locals, true));

  // Two parameters with one key (a path parameter and a body field `id`): both stay, each prefixed with where it
  // goes (`path_id`, `body_id`) and sent there under its own name.
  const fields: Param[] = [];
  const keys = new Set<string>();
  const addField = (param: Param) => {
    let field = param;
    // A positional path param of its name (an era's TypeScript SDKs): the field is `body_id`, sent as `id`; the
    // positional is renamed (`pathID`) only where its own name is the field's, as `id` is (lilypad's `projectUuid`
    // beside `body_project_uuid` kept its name).
    const named = ctx.prefixPositionalCollisions ? positional.findIndex((p) => p.key === param.key) : -1;
    if (named >= 0) {
      const path = positional[named];
      if (path.local === param.key) {
        locals.delete(path.local);
        const key = collidingParamKey(path.key, 'path');
        positional[named] = { ...path, key, local: claimLocal(ctx.stainless!.names.pathArgument(key, false), locals) };
      }
      field = { ...param, key: collidingParamKey(param.key, param.in) };
    }
    const clash = fields.findIndex((f) => f.key === field.key);
    if (clash >= 0) {
      const first = fields[clash];
      const firstKey = collidingParamKey(first.key, first.in);
      const renamed = collidingParamKey(param.key, param.in);
      ctx.diags.warn(
        'parameter-name-collision',
        op.loc.doc.file,
        op.loc.pointer,
        `${op.http.toUpperCase()} ${op.path}: two parameters are called "${param.key}"; in the SDK they are ` +
          `"${firstKey}" (${first.in}, sent as "${first.wireName}") and "${renamed}" (${param.in}, sent as "${param.wireName}")`,
        'rename one of them, or set x-stainless-param on the parameter',
      );
      fields[clash] = { ...first, key: firstKey };
      keys.add(firstKey);
      field = { ...param, key: renamed };
    }
    keys.add(field.key);
    fields.push(field);
  };
  for (const p of allPath.filter((p) => !positionalRaw.includes(p))) addField(readParam(ctx, p, locals, false));
  const sentByClient = credentialParameters(ctx.spec, op, ctx.stainless?.config ?? null);
  // Client options a Stainless config sends with every request (`send_in_header`).
  for (const opt of ctx.stainless?.config.clientOpts ?? []) {
    if (!opt.auth && opt.sendInHeader) sentByClient.add(`header:${opt.sendInHeader.toLowerCase()}`);
  }
  // And the client's idempotency header (sdkgen's `client.idempotencyHeader`, else the Stainless config's
  // `client_settings.idempotency.header`, as the client's own): the client sends its key (TS's `idempotencyKey`
  // request option, Python's `idempotency_key` argument), so no method takes a parameter of that name, whichever
  // methods the spec gives one (Modern Treasury's: 36 POSTs, 4 GETs, 2 PATCHes), as Stainless's methods take none.
  // (In Python the spec's would be a second `idempotency_key` argument, a SyntaxError.)
  const idempotency = ctx.config.client.idempotencyHeader ?? ctx.stainless?.config.idempotencyHeader;
  if (idempotency) sentByClient.add(`header:${idempotency.toLowerCase()}`);
  // In the spec's order; query parameters whose names spell a structure (`inserted_at.gt`) become one field.
  const sent: Param[] = [];
  // (An index, not for…of: this runs for each of a spec's parameters, mostly before V8 optimizes it.)
  for (let i = 0; i < op.parameters.length; i++) {
    const p = op.parameters[i];
    if (sentByClient.has(`${p.in}:${p.name.toLowerCase()}`)) continue;
    if (p.in === 'query' || p.in === 'header') sent.push(readParam(ctx, p, locals, false));
    else if (p.in === 'cookie') {
      if (ctx.stainless) {
        leaveOutCookie(ctx, p);
        continue;
      }
      const param = readParam(ctx, p, locals, false);
      if (isCookieValue(ctx, param.type, new Set())) sent.push(param);
      else {
        locals.delete(param.local);
        ctx.diags.warn(
          'unsupported-cookie-type',
          p.loc.doc.file,
          p.loc.pointer,
          `cookie parameter ${JSON.stringify(p.name)} nests arrays or objects: the SDK sends a value, or an array or object of values, as cookies (OpenAPI's form style), so it is left out`,
          'give it a string, number or boolean schema (or an array or object of them), or send the cookie yourself with the `headers` request option (Cookie)',
        );
      }
    }
  }
  groupStructuredQueryParams(sent, locals).forEach(addField);

  const readBodyResult = readBody(ctx, op, locals, addField, placement.stainless?.bodyParamName ?? null, keys);
  const body = readBodyResult.body;
  const fromClient = (f: Param): Param => {
    const option = body?.shape === 'whole' && f.in === 'body' ? undefined : filled.get(`${f.in}:${f.wireName}`);
    if (option === undefined) return f;
    const filledField: Param = { ...f, required: false, clientDefault: option, docs: filledDocs(f, option) };
    return f.required ? { ...filledField, requiredBySpec: true } : filledField;
  };
  const params = (!ctx.stainless && op.sample ? keysFromSample(op.sample.paramKeys, fields) : fields).map(fromClient);
  // A body that is one of several objects: each variant is every other field and that variant's body fields.
  const nonBody = readBodyResult.variants ? params.filter((f) => f.in !== 'body') : [];
  const variants =
    readBodyResult.variants?.map((v) => ({ ...v, fields: [...nonBody, ...v.fields.map(fromClient)] })) ?? null;
  const responses = readResponses(ctx, op);

  // Pagination: a GET whose body has items and page info, matched to the query parameters. With a Stainless
  // config, only its schemes page, and only where the method does not say `paginated: false`.
  let paged: PaginationDraft | null = null;
  if (ctx.stainless) {
    if (placement.stainless?.paginated !== false && responses.successSchema)
      paged = stainlessPagination(
        ctx,
        op,
        responses.successSchema,
        placement.stainless?.paginated ?? null,
        placement.stainless?.where ?? null,
      );
  } else if ((op.http === 'get' || op.sample?.paginated) && responses.successSchema) {
    // A GET pages when its shape says so; any method a sample iterates (`for await … of client.a.list()`) too.
    const detected = detectPagination(
      op.parameters
        .filter((p) => p.in === 'query')
        .map((p) => {
          const schema = paramSchema(ctx, p);
          return {
            wireName: p.name,
            purpose: schema?.hints.paginationPurpose ?? null,
            description: p.description,
            schema,
          };
        }),
      responses.successSchema,
      (n) => ctx.reader.deref(n),
    );
    if (detected) paged = pageScheme(ctx, detected, responses.successSchema);
    else if (op.sample?.paginated) {
      ctx.diags.warn(
        'sample-pagination-unknown',
        op.loc.doc.file,
        op.loc.pointer,
        `a code sample iterates ${op.http.toUpperCase()} ${op.path} with for await, but its parameters and ` +
          'response match no pagination scheme sdkgen knows (page number, cursor, offset, next URL); ' +
          'the method returns the response as is',
        'mark the fields with x-stainless-pagination-property (items, next_cursor_param, next_cursor_field…)',
      );
    }
  }

  const unwrap = paged ? null : unwrapField(ctx, responses);
  // With a Stainless config only a method it marks `streaming` streams: Stainless reads any other event stream's body
  // as text, as it reads every non-JSON text response (`-> string`).
  const unmarkedStream = ctx.stainless !== null && responses.kind.kind === 'sse' && !placement.stainless?.streaming;
  // A method a config marks streaming with no discriminator streams always, whatever media type the spec gives its
  // response: a JSON one's type is its events' (Stainless's `Stream[object]` for `{}`).
  const streaming = placement.stainless?.streaming;
  const alwaysStreams = !!streaming && !streaming.paramDiscriminator && responses.kind.kind === 'json';
  const read: ResponseDraft =
    alwaysStreams && responses.kind.kind === 'json'
      ? { kind: 'sse', event: responses.kind.type, json: true }
      : unwrap
        ? { kind: 'json', type: unwrap.type }
        : unmarkedStream
          ? { kind: 'text', accept: 'text/event-stream' }
          : responses.kind;
  let streamWhen = streamCondition(ctx, placement, op, params);
  // A method that streams on a body flag returns JSON otherwise (or the binary body the spec offers beside the
  // events); its event stream is typed by `streamWhen`.
  const returned: ResponseDraft =
    streamWhen && read.kind === 'sse'
      ? (nonStreamingBinary(ctx, op) ?? { kind: 'json', type: { kind: 'unknown' } })
      : read;

  const bodyExample = ctx.stainless && body?.shape === 'fields' ? requestBodyExample(ctx, op) : null;
  const opSource = sourceOf(op.loc);
  const source = again ? { ...opSource, pointer: `${opSource.pointer}${again}` } : opSource;
  const id = `${source.file}${source.pointer}`;
  // With a Stainless config only models keep their schema's name: any other schema a method returns is named
  // after the first method returning it (`ToolgroupListResponse`), and later ones reuse that name.
  let response = returned;
  let primitiveModel = false;
  if (ctx.stainless && response.kind === 'json') {
    const type = throughAliases(ctx, response.type);
    response = { ...response, type };
    // An object that says nothing of its members returns `unknown`; one that says its values are free
    // (`additionalProperties: true`) is a named map, `XRetrieveResponse = { [key: string]: unknown }`.
    const success = responses.successSchema && ctx.reader.deref(responses.successSchema);
    const saysAdditional = success !== null && success.additionalProperties !== null;
    // One marked `x-stainless-empty-object` is a named empty interface (`FileCopyResponse {}`).
    const saysEmpty = success !== null && success.hints.emptyObject;
    if (isFreeFormObject(ctx, type) && !saysAdditional && !saysEmpty)
      response = { ...response, type: { kind: 'unknown' } };
    else if (unwrap?.from && ctx.models.of(unwrap.from)) {
      // The same field of the same model is one type, named after the first method unwrapping it.
      const alias = methodAlias(ctx, `${unwrap.from}#${unwrap.field}`, type, `${id}#response`, source, unwrap.docs);
      retypeField(ctx, unwrap.from, unwrap.field, alias);
      response = { ...response, type: alias };
    } else if (type.kind === 'ref' && !paged && !ctx.models.of(type.schemaId)) {
      response = { ...response, type: methodAlias(ctx, null, type, `${id}#response`, source) };
    } else if (type.kind === 'ref' && !paged) {
      // A model that is a string is `string` in the signature (`getCode(): APIPromise<string>`), as Stainless returns
      // every string; a number or boolean model keeps its name (`getNonce(): APIPromise<Nonce>`). Both are declared.
      const model = ctx.types.schemas.get(type.schemaId)?.type;
      if (model?.kind === 'string') {
        response = { ...response, type: model };
        primitiveModel = true;
      }
    }
  }
  let item = paged?.item ?? null;
  if (ctx.stainless && item) item = throughAliases(ctx, item);
  if (ctx.stainless && item?.kind === 'ref' && !ctx.models.of(item.schemaId))
    item = methodAlias(ctx, null, item, `${id}#item`, source);
  const textSchema = responses.textSchema ? ctx.reader.deref(responses.textSchema) : null;
  if (primitiveModel) {
    // Returned as its model's type is, with no type of the method's own.
  } else if (
    ctx.stainless &&
    response.kind === 'text' &&
    textSchema?.types?.length === 1 &&
    textSchema.types[0] === 'string'
  ) {
    // So is a text body the spec says is a string: `string`, the method's type declared all the same
    // (`MessageStreamResponse = string`).
    ctx.types.synthetic(
      `${id}#response`,
      { kind: 'string', format: null },
      ctx.types.docsThroughRef(responses.textSchema ?? null),
      sourceOf(textSchema.loc),
    );
    if (unmarkedStream) response = unmarkedRead({ kind: 'ref', schemaId: `${id}#response` });
  } else if (unmarkedStream && responses.kind.kind === 'sse' && textSchema !== null) {
    // An unmarked event stream whose events the spec types otherwise: read as text all the same, its events' type
    // carried for a target that streams such a method to type them by. A config model keeps its name (cartesia's
    // `Stream[TTSSSEEvent]`); any other schema is declared under the method's name, as a JSON response of that shape
    // would be (`EventListResponse`).
    const event = throughAliases(ctx, responses.kind.event);
    if (event.kind === 'ref' && ctx.models.of(event.schemaId)) response = unmarkedRead(event);
    else if (event.kind === 'ref') response = unmarkedRead(methodAlias(ctx, null, event, `${id}#response`, source));
    else if (event.kind !== 'unknown') {
      const docs = ctx.types.docsThroughRef(responses.textSchema ?? null);
      ctx.types.synthetic(`${id}#response`, event, docs, sourceOf(textSchema.loc));
      response = unmarkedRead({ kind: 'ref', schemaId: `${id}#response` });
    }
  } else if (ctx.stainless && response.kind === 'json' && !paged && !streamWhen && returnedInline(response.type)) {
    // Stainless returns a free-form or scalar response as is (`-> unknown`, `-> string`) but still declares the
    // method's type for it: `FunctionCreateResponse = unknown`, `ProjectRetrieveResponse = string`.
    ctx.types.synthetic(
      `${id}#response`,
      response.type,
      ctx.types.docsThroughRef(responses.successSchema),
      sourceOf(responses.successSchema?.loc ?? op.loc),
    );
  } else if (
    response.kind === 'json' &&
    response.type.kind !== 'ref' &&
    !paged &&
    !(ctx.stainless && (response.type.kind === 'unknown' || nullableModel(ctx, response.type)))
  ) {
    // Inline response schemas become `{Singular}{Method}Response`, documented as the body, or as the field returned in
    // its place (llama-stack's `InferenceRerankResponse`: not as its `RerankResponse` is).
    ctx.types.synthetic(
      `${id}#response`,
      response.type,
      unwrap ? unwrap.docs : ctx.types.docsThroughRef(responses.successSchema),
      sourceOf(responses.successSchema?.loc ?? op.loc),
    );
    response = { ...response, type: { kind: 'ref', schemaId: `${id}#response` } };
  }
  // A JSON Lines body's line type that is no model (a schema a config names nowhere, or one written inline) is declared
  // after the method, as a JSON body of that shape is (`JSONLDecoder[BatchResultsResponse]`): not the placeholder
  // `Response`, declared nowhere.
  if (response.kind === 'binary' && response.lines) {
    const lines = throughAliases(ctx, response.lines);
    if (lines.kind === 'ref' ? ctx.stainless && !ctx.models.of(lines.schemaId) : /^(object|union)$/.test(lines.kind))
      response = { ...response, lines: methodAlias(ctx, null, lines, `${id}#response`, source) };
  }
  // Events of the schema the JSON body has (no event model named): Stainless types them by the method's response type,
  // `Stream<CompletionCreateResponse>` (llama-stack's completions), not by that schema written out again.
  if (
    ctx.stainless &&
    streamWhen &&
    !streaming?.streamEventModel &&
    response.kind === 'json' &&
    responses.successSchema
  ) {
    const success = Object.keys((op.raw.responses ?? {}) as object).find((status) => /^2/.test(status)) ?? '200';
    const events = readResponse(ctx, op, success, /^text\/event-stream/i).node;
    const schema = events && ctx.reader.deref(events);
    const body = ctx.reader.deref(responses.successSchema);
    if (schema && schema.loc.doc.file === body.loc.doc.file && schema.loc.pointer === body.loc.pointer)
      streamWhen = { ...streamWhen, event: response.type };
  }
  if (item && item.kind !== 'ref') {
    // Stainless's SDKs document a page's inline items by their schema's description (knock's "A Slack channel."), and
    // inline items of one of several types by the union's, its first variant's where it has none (llama-stack's
    // `ItemListResponse`: its first variant's "Corresponds to the various Message types…").
    const itemDocs = !ctx.stainless
      ? NO_DOCS
      : item.kind === 'object'
        ? item.docs
        : item.kind === 'union'
          ? (paged?.itemDocs ?? NO_DOCS)
          : NO_DOCS;
    ctx.types.synthetic(`${id}#item`, item, itemDocs, source);
    item = { kind: 'ref', schemaId: `${id}#item` };
  }

  const baseUrl = operationBaseUrl(
    op.servers,
    () => readServers(ctx.spec.root.root as Record<string, unknown>),
    ctx.basePath,
  );
  const either = eitherCondition(ctx, op);

  return {
    name: placement.method,
    ...(placement.stainless ? { configKey: placement.stainless.key } : {}),
    operationId: op.operationId,
    http: op.http,
    path: op.path.slice(ctx.basePath.length),
    positional,
    ...(named || noneByDefault ? { positionalByConfig: true as const } : {}),
    params:
      // (With a Stainless config, a JSON body that is an object of no fields is a params type all the same, declared
      // empty: letta's `TemplateDeleteParams {}`.)
      params.length > 0 || (ctx.stainless !== null && body?.shape === 'fields' && body.encoding === 'json')
        ? {
            fields: params,
            // A required request body: its params are too when it is sent whole, and always in Stainless's SDKs
            // (knock's `objects.set(collection, id, body: ObjectSetParams)`, whose fields are all optional).
            required:
              params.some((f) => f.required) ||
              (body?.required === true && (body.shape === 'whole' || ctx.stainless !== null)),
            ...(variants && !streamWhen ? { variants } : {}),
          }
        : null,
    body,
    response,
    errors: responses.errors,
    pagination: paged && item ? { schemeKey: paged.schemeKey, item, itemDocs: paged.itemDocs } : null,
    unwrap: unwrap?.field ?? null,
    streamWhen,
    authenticated: !op.noAuth,
    ...ownSecurity(
      operationSecurity(ctx.spec, op.raw, ctx.stainless?.config ?? null),
      requiredCredentialSchemes(ctx.spec, op, ctx.stainless?.config ?? null),
    ),
    ...(baseUrl !== null ? { defaultBaseUrl: baseUrl } : {}),
    ...(mcpTool(ctx, placement.stainless) ? {} : { noMcpTool: true as const }),
    ...(bodyExample ? { bodyExample: bodyExample.example } : {}),
    ...(bodyExample?.fromSchema ? { bodyExampleOfSchema: true as const } : {}),
    ...(bodyExample?.saysExample ? { bodyExampleFirst: true as const } : {}),
    ...(ctx.stainless && responseExampled(ctx, responses.successSchema) ? { responseExample: true as const } : {}),
    ...(placement.stainless?.requestDefaults ? { requestDefaults: placement.stainless.requestDefaults } : {}),
    ...testSkip(op.http, placement.stainless?.skipTestReason ?? null, ctx.stainless !== null && either !== null),
    ...(either !== null && ctx.stainless === null ? { testFieldSet: testFieldSetOf(either) } : {}),
    ...(op.raw.callbacks !== undefined && op.raw.callbacks !== null ? { definesCallbacks: true as const } : {}),
    docs: docsFrom({
      // Stainless's SDKs document a method by its description; by its summary only where it has none.
      summary: ctx.stainless && op.description ? null : op.summary,
      description: op.description,
      // A Stainless config may deprecate a method the spec does not (`deprecated: true` or a message).
      deprecated: placement.stainless?.deprecated || op.deprecated,
    }),
    source,
  };
}

/** An event stream a Stainless config does not mark `streaming`, read as text, with the type of its events. */
function unmarkedRead(event: TypeRef): ResponseDraft {
  return { kind: 'text', accept: 'text/event-stream', event };
}

/**
 * Whether the success response's schema has an example of its own, which Stainless counts for a method's `@example`
 * even when it inlines the response: through its `$ref` too (knock-mgmt's `WhoamiResponse`). Not the media type's
 * `example` or named `examples` (phoebe's `data` resources have them and no `@example`).
 */
function responseExampled(ctx: StructureContext, schema: SchemaNode | null): boolean {
  return Boolean(schema && (schema.example ?? ctx.reader.deref(schema).example));
}

/**
 * Whether the MCP server has a tool for the method: its Stainless `mcp:` says, else `mcp_server.enable_all_resources`
 * (a tool for every method unless that is false).
 */
function mcpTool(ctx: StructureContext, method: Placement['stainless']): boolean {
  return method?.mcp ?? ctx.stainless?.config.mcpServer?.enableAllResources !== false;
}

/**
 * The note `filledDocs` ends a field's description with, as a pattern: a target whose SDKs do not write it (Stainless's
 * Python ones) takes it out.
 */
export const CLIENT_DEFAULT_NOTE = /(?:^|\n\n)Defaults to the client's `[^`\n]*` option\.$/;

/** A field a client option fills in says so in its docs. */
function filledDocs(field: Param, option: string): Param['docs'] {
  const note = `Defaults to the client's \`${option}\` option.`;
  return docsFrom({
    ...field.docs,
    description: field.docs.description ? `${field.docs.description}\n\n${note}` : note,
  });
}

/**
 * An operation's own non-empty `security` (as operationSecurity counts it) as lists of scheme names (see
 * `Method.security`), or nothing.
 */
function ownSecurity(own: ReadonlyArray<unknown> | null, alwaysSent: string[]): Pick<Method, 'security'> {
  if (own === null || own.length === 0) return {};
  const security: string[][] = [];
  for (const requirement of own) {
    const names = requirement && typeof requirement === 'object' ? Object.keys(requirement) : [];
    // A scheme whose parameter the operation requires goes with every alternative (see requiredCredentialSchemes).
    const sent = [...names, ...alwaysSent.filter((name) => !names.includes(name))];
    const same = (other: string[]) => other.length === sent.length && other.every((name) => sent.includes(name));
    if (!security.some(same)) security.push(sent);
  }
  return { security };
}

/**
 * A cookie parameter under a Stainless config: left out, as Stainless's SDKs have none (llama-cloud-ts and
 * llama-cloud-py, in every generation, lack the optional `session` cookie their spec's operations all take, and
 * Stainless's runtimes write no Cookie header). Reported once a name, at its first operation.
 */
function leaveOutCookie(ctx: StructureContext, p: Parameter): void {
  if (ctx.registry.cookiesLeftOut.has(p.name)) return;
  ctx.registry.cookiesLeftOut.add(p.name);
  ctx.diags.warn(
    'stainless-cookie-parameter',
    p.loc.doc.file,
    p.loc.pointer,
    `cookie parameter ${JSON.stringify(p.name)} is left out of every method that takes it, as Stainless's SDKs have no cookie parameters`,
    'send the cookie yourself with the `headers` request option (Cookie), or describe it as an `apiKey` security scheme `in: cookie` for the client to send',
  );
}
