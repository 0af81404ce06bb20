/**
 * A method's request as Stainless's SDKs write it, for an SDK made from a Stainless config: the client's verb method
 * with the params passed on as request options (`return this._client.post(path\`/apps/${appId}\`, { body, ...options });`),
 * so that a migrated repository's methods read as Stainless wrote them and owners' patches to them still land. The
 * runtime sends such a call as it sends sdkgen's own request description (`query`, `body` and `headers` options are
 * the request's; a form body goes through Stainless's `multipartFormRequestOptions`). A request that needs what only
 * sdkgen's description carries (query styles, other encodings than JSON and forms, binary or text-number responses,
 * renamed or defaulted fields…) is written in sdkgen's form (null here). An event stream is asked for as Stainless's
 * SDKs do (`stream: true`, the call cast to its `Stream`): the client reads it by the config's event rules.
 */
import type { Method, Param } from '../../ir/types';
import { claimLocal, collidingParamKey } from '../../naming/rules';
import type { ImportSet } from './imports';
import { JSONL_MODULE, jsonLines, takesOptionsInParams } from './plan-request';
import { propertyKey, quoteString, templateLiteralText, valueKey } from './print-doc';
import { printType, type PrintContext } from './print-type';
import { streams } from './runtime-files';
import { positionalBody, streamsUnmarked, type TypeScriptApi } from './target-api';

/** Stainless's call turning a JSON Lines method's raw response into its decoder. */
const JSONL_UNWRAP = '._thenUnwrap((_, props) => JSONLDecoder.fromResponse(props.response, props.controller))';

/** The statements of the method's body, or null when the request needs sdkgen's form. */
export function stainlessRequest(
  api: TypeScriptApi,
  method: Method,
  imports: ImportSet,
  ctx: PrintContext,
  receiver: string,
  pageClass: (pagination: NonNullable<Method['pagination']>) => string | null = () => null,
  eitherPromise = '',
  valueType = '',
): string | null {
  if (!expressible(api, method, valueType)) return null;
  const fields = method.params?.fields ?? [];
  const name = stainlessParamsName(method);
  const statements: string[] = [];
  // The legacy call shape: request options in place of the params, moved to where they belong.
  if (takesOptionsInParams(api, method)) {
    imports.add('internal/request-options', 'isRequestOptions', false);
    const args = [...method.positional.map((p) => p.local), '{}', name].join(', ');
    statements.push(`if (isRequestOptions(${name})) {`, `  return this.${method.name}(${args});`, '}');
  }
  const options: string[] = [];
  // A binary body taken positionally is sent first, as it is (`body: body`), its media type among the headers.
  const wholeBody = positionalBody(method);
  if (wholeBody) options.push(`body: ${wholeBody.local}`);
  let headers: Param[] = [];
  let local = (f: Param) => f.local;
  if (name === 'query') options.push('query');
  else if (name === 'body') options.push('body');
  else if (method.params) {
    // A whole body (`body_param_name`) is taken out by its name and sent as the body: `{ body: CreateCustomerRequest }`.
    const whole = wholeBodyField(method);
    const { named, rest } = whole ? { named: fields, rest: null } : namedFields(method.http, fields);
    // A field a client option fills in is taken out with the option as its default: `project = this._client.project`.
    const filled = (f: Param) => (f.clientDefault === undefined ? '' : ` = ${receiver}.${f.clientDefault}`);
    // (The path's template tag too, where the path has parameters: a field `path` is bound to `path_`, as Stainless's.)
    const tag = api.stainlessLayout !== 'node' && /\{[^}]+\}/.test(method.path) ? ['path'] : [];
    local = keyLocals(method, named, [name, 'options', ...(rest ? [rest] : []), ...tag]);
    const bound = named.map((f) => (f.key === local(f) ? f.key : `${propertyKey(f.key)}: ${local(f)}`) + filled(f));
    const list = [...bound, ...(rest ? [`...${rest}`] : [])].join(', ');
    // (The legacy call shape's params default to `{}`.)
    const given = method.params.required || takesOptionsInParams(api, method);
    statements.push(`const { ${list} } = params${given ? '' : ' ?? {}'};`);
    const inQuery = named.filter((f) => f.in === 'query');
    // (Each under its key: a field taken out under another local name is still sent under its own.)
    const entry = (f: Param) => (f.key === local(f) ? f.key : `${propertyKey(f.key)}: ${local(f)}`);
    // The rest, with the fields taken out of it only for their default put back first: `{ project, ...query }`.
    const withRest = (kind: 'query' | 'body') => {
      const back = named
        .filter((f) => f.in === kind && (f.clientDefault !== undefined || renamedBodyField(f)))
        .map((f) => (renamedBodyField(f) ? `${propertyKey(f.wireName)}: ${local(f)}` : entry(f)));
      return back.length === 0 ? kind : `${kind}: { ${[...back, `...${kind}`].join(', ')} }`;
    };
    if (rest === 'query') options.push(withRest('query'));
    if (rest !== 'query' && inQuery.length > 0) options.push(`query: { ${inQuery.map(entry).join(', ')} }`);
    if (rest === 'body') options.push(withRest('body'));
    if (whole) options.push(`body: ${local(whole)}`);
    headers = named.filter((f) => f.in === 'header');
  }
  if (method.defaultBaseUrl) options.push(`defaultBaseURL: ${quoteString(method.defaultBaseUrl)}`);
  if (method.pagination && method.http !== 'get') options.push(`method: ${quoteString(method.http)}`);
  options.push('...options');
  // A response without a body asks for any media type, a text body for its own, as does an event stream its config
  // does not mark (one it marks leaves it to the runtime, which asks for events), and a stream the spec gives as JSON
  // for JSON (a server that has only JSON refuses `text/event-stream`); header parameters are sent when given.
  const response = method.response;
  const lines = jsonLines(api, method);
  const layer = [
    ...(wholeBody && method.body ? [`'Content-Type': ${quoteString(method.body.contentType)}`] : []),
    ...(response.kind === 'empty' ? ["Accept: '*/*'"] : []),
    ...(response.kind === 'text' && response.accept ? [`Accept: ${quoteString(response.accept)}`] : []),
    ...(response.kind === 'sse' && streamsUnmarked(method) ? ["Accept: 'text/event-stream'"] : []),
    ...(response.kind === 'sse' && response.json ? ["Accept: 'application/json'"] : []),
    ...(response.kind === 'binary' ? [`Accept: ${quoteString(response.contentType)}`] : []),
    ...headers.map((f) => headerEntry(api, f, local(f))),
  ];
  if (layer.length > 0 && api.stainlessLayout === 'node') {
    // The older generator's request options have their headers as a plain object (plan-module-aliases.ts), spread.
    options.push(`headers: { ${layer.join(', ')}, ...options?.headers }`);
  } else if (layer.length > 0) {
    imports.add('internal/headers', 'buildHeaders', false);
    options.push(`headers: buildHeaders([{ ${layer.join(', ')} }, options?.headers])`);
  }
  // An event stream is asked for with Stainless's `stream: true`, the call cast to the stream it gives.
  let cast = '';
  // A method streaming on a flag asks for a stream when the flag is true, the call cast to either promise.
  if (method.streamWhen) {
    options.push(`stream: ${name}.${method.streamWhen.param} ?? false`);
    imports.add('core/streaming', 'Stream', false);
    cast = ` as ${eitherPromise}`;
  } else if (response.kind === 'sse') {
    options.push('stream: true');
    imports.add('core/streaming', 'Stream', false);
    const promise = imports.runtimeType('core/api-promise', 'APIPromise');
    cast = ` as ${promise}<Stream<${printType(response.event, ctx, null)}>>`;
  } else if (lines) {
    // A JSON Lines body is asked for raw and read by the decoder, the call cast to it (Stainless's form).
    // (`stream: true` where the runtime's options have it, an SDK with event streams: they are read alike.)
    options.push(...(streams(api) ? ['stream: true'] : []), '__binaryResponse: true');
    imports.add(JSONL_MODULE, 'JSONLDecoder', false);
    const promise = imports.runtimeType('core/api-promise', 'APIPromise');
    cast = `${JSONL_UNWRAP} as ${promise}<JSONLDecoder<${printType(lines, ctx, null)}>>`;
  } else if (response.kind === 'binary') {
    // A file is kept as the raw response (`APIPromise<Response>`), as the runtime keeps any `__binaryResponse`.
    options.push('__binaryResponse: true');
  }
  // A response field returned in place of the body (`unwrap_response_fields`): the body's type given, then the field
  // taken out of it, `(… as APIPromise<{ data: ModelListResponse }>)._thenUnwrap((obj) => obj.data)`.
  let unwrapped = (call: string) => call;
  if (method.unwrap !== null) {
    const field = method.unwrap;
    const promise = imports.runtimeType('core/api-promise', 'APIPromise');
    const access = /^[A-Za-z_$][\w$]*$/.test(field) ? `.${field}` : `[${quoteString(field)}]`;
    unwrapped = (call) =>
      `(${call} as ${promise}<{ ${propertyKey(field)}: ${valueType} }>)._thenUnwrap((obj) => obj${access})`;
  }
  let optionsText = options.length === 1 ? 'options' : `{ ${options.join(', ')} }`;
  // A form body, or a JSON body the operation also takes as a form, goes through Stainless's helper of that name.
  const form = formHelper(api, method);
  if (form !== null && options.includes('body') && api.stainlessLayout === 'node') {
    optionsText = `${imports.legacyCoreValue(form)}(${optionsText})`;
  } else if (form !== null && options.includes('body')) {
    imports.add('internal/uploads', form, false);
    optionsText = `${form}(${optionsText}, ${receiver})`;
  }
  const path = requestPath(api, method, imports);
  if (method.pagination) {
    let page = pageClass(method.pagination);
    if (page === null) {
      imports.add('pagination', method.pagination.scheme, false);
      page = `${method.pagination.scheme}<${printType(method.pagination.item, ctx, null)}>`;
    }
    statements.push(`return ${receiver}.getAPIList(${path}, ${page}, ${optionsText});`);
  } else {
    statements.push(`return ${unwrapped(`${receiver}.${method.http}(${path}, ${optionsText})`)}${cast};`);
  }
  return statements.map((s) => `    ${s}`).join('\n');
}

/**
 * The names the fields taken out of the params are bound to: each its key where that is a free identifier, as
 * Stainless's SDKs bind them (`const { tenant_ids } = params;` for the query field sent as `tenant_ids[]`), else the
 * IR's local name. `others`: the names the method's body uses besides (the params, `options`, the rest).
 */
function keyLocals(method: Method, named: Param[], others: string[]): (f: Param) => string {
  const taken = new Set([...method.positional.map((p) => p.local), ...named.map((f) => f.local), ...others]);
  const locals = new Map<Param, string>();
  for (const f of named) {
    // A field whose local name is one of those is bound to another (`path_`).
    if (others.includes(f.local)) {
      const renamed = claimLocal(`${f.local}_`, taken);
      locals.set(f, renamed);
      taken.add(renamed);
      continue;
    }
    if (f.local === f.key || claimLocal(f.key, new Set(taken)) !== f.key) continue;
    locals.set(f, f.key);
    taken.add(f.key);
  }
  return (f) => locals.get(f) ?? f.local;
}

/**
 * What Stainless's SDKs call a method's params: `body` when they are all body fields, `query` when they are all query
 * fields of a GET, else `params` (another verb's query fields are taken out by name: `const { environment } = params;`).
 */
export function stainlessParamsName(method: Method): string {
  if (method.body?.shape === 'whole') return 'params';
  // (A field a client option fills in is taken out of them by name.)
  // (So is one prefixed with where it goes, to be sent under its own name: `body: { id: body_id, ...body }`.)
  if (method.params?.fields.some((f) => f.clientDefault !== undefined || renamedBodyField(f))) return 'params';
  const kinds = new Set(method.params?.fields.map((f) => f.in));
  // (Params of no fields, a body object that declares none: `body`, as letta's `templates.delete`.)
  if (method.params && kinds.size === 0 && method.body?.shape === 'fields') return 'body';
  if (kinds.size !== 1) return 'params';
  if (kinds.has('query')) return method.http === 'get' ? 'query' : 'params';
  return kinds.has('body') ? 'body' : 'params';
}

/**
 * The params field holding a whole JSON body that Stainless's form sends (`const { Body } = params;` and `body: Body`):
 * with no query fields beside it (no SDK at hand shows that form); null for any other body.
 */
function wholeBodyField(method: Method): Param | null {
  const body = method.body;
  const fields = method.params?.fields ?? [];
  if (body === null || body.shape !== 'whole' || body.encoding !== 'json' || body.bodyParam === null) return null;
  if (method.params?.variants || fields.some((f) => f.in === 'query')) return null;
  return fields.find((f) => f.in === 'body' && f.key === body.bodyParam) ?? null;
}

/**
 * Stainless's helper for a form body: `multipartFormRequestOptions` for a multipart body (nested values under
 * bracketed keys, no part sent as JSON), `maybeMultipartFormRequestOptions` for a JSON body the operation also takes
 * as a form (the newer runtime's `internal/uploads` has them, the older one's `core`); null for any other body.
 */
function formHelper(api: TypeScriptApi, method: Method): string | null {
  const body = method.body;
  if (body === null || api.stainlessLayout === null) return null;
  if (body.encoding === 'json') return body.multipartToo ? 'maybeMultipartFormRequestOptions' : null;
  if (
    body.encoding === 'multipart' &&
    body.jsonParts.length === 0 &&
    !body.repeatParts &&
    !body.partStyles &&
    !body.partContentTypes
  )
    return 'multipartFormRequestOptions';
  return null;
}

/** Whether the client's verb methods send the request as `methodRequest` would describe it. */
function expressible(api: TypeScriptApi, method: Method, valueType: string): boolean {
  // Only these have a verb method on the client (`this._client.post(…)`); HEAD, OPTIONS, QUERY and any other
  // method a spec names go through `request({ method, … })`.
  if (!['get', 'post', 'put', 'patch', 'delete'].includes(method.http)) return false;
  // (A field returned in place of the body is typed by the method's value type: of a JSON response, not a stream.)
  if (method.unwrap !== null && (valueType === '' || method.response.kind !== 'json' || method.streamWhen))
    return false;
  // A stream on a flag is asked for with `stream: body.stream ?? false` (the flag is a plain key of params that must
  // be given), its events read as the runtime reads any (`[DONE]` ends them), by the config's event rules where it
  // has some (the client applies them to every call in this form, as Stainless's runtime did).
  const flag = method.streamWhen;
  if (
    flag &&
    (api.stainlessLayout === null ||
      method.response.kind !== 'json' ||
      !method.params?.required ||
      method.params.variants ||
      method.pagination ||
      !/^[A-Za-z_$][\w$]*$/.test(flag.param))
  )
    return false;
  if (!method.authenticated || method.requestDefaults) return false;
  // A text body is read as text by its content type, as the verb methods read any that is not JSON. An event stream
  // is read as one with `stream: true` (the newer Stainless runtime's option; by the config's event rules, as above).
  // (The client reads a route whose events the spec types as text as text: runtime-files.ts's textStreamRoutes.)
  const response = method.response;
  const streamed = response.kind === 'sse' && api.stainlessLayout === 'typescript';
  if (
    response.kind !== 'json' &&
    response.kind !== 'empty' &&
    !(response.kind === 'text' && response.accept) &&
    !streamed &&
    !(response.kind === 'binary' && api.stainlessLayout !== null)
  )
    return false;
  // A number or boolean sent as text is asked for as text and read as JSON: only sdkgen's form says both.
  if (method.response.kind === 'json' && method.response.textBody !== undefined) return false;
  // (A binary body taken positionally is sent as it is: withPositionalBodies.)
  const positioned = positionalBody(method) !== null;
  if (method.body && method.body.shape !== 'fields' && wholeBodyField(method) === null && !positioned) return false;
  if (method.body && method.body.encoding !== 'json' && formHelper(api, method) === null && !positioned) return false;
  const params = method.params;
  // (A body without params is sent as `{}` by sdkgen's form.)
  if (!params) return method.body === null || positioned;
  const sentAsIs = (f: Param) =>
    plainField(f) ||
    renamedBodyField(f) ||
    sentAsClientDefault(api, f) ||
    structuredQueryField(api, f) ||
    filledByClient(api, f);
  // Params that are one of several objects are taken apart alike (their other fields are the same in each), each
  // with body fields of its own to be the rest (knock-mgmt's `guides.activate`).
  if (params.variants)
    return params.variants.every((v) => v.fields.some((f) => f.in === 'body') && v.fields.every(sentAsIs));
  return params.fields.every(sentAsIs);
}

/**
 * A query field the spec names as a structure (`inserted_at.gt`…: the object field `inserted_at`; `objects[]`: the
 * array field `objects`). Stainless's SDKs pass it on as it is, and their one query serialiser sends it as the config's
 * `query_settings` say (`inserted_at[gt]=…` with nested_format brackets, `objects[]=…` with array_format brackets), not
 * under the spec's names: so do the verb methods, where the client has those settings.
 */
function structuredQueryField(api: TypeScriptApi, field: Param): boolean {
  const defaults = api.queryDefaults;
  if (field.in !== 'query' || !defaults || field.style) return false;
  if (field.fixedValue !== undefined || field.clientDefault !== undefined) return false;
  if (field.members)
    return (
      defaults.object !== null &&
      field.wireName === field.key &&
      field.members.every((m) => m.wireName === `${field.key}.${m.property}`)
    );
  return field.wireName === `${field.key}[]`;
}

/**
 * A query field whose style is the one the client gives its kind of value without being told (the config's
 * `query_settings`: runtime-files.ts), as Stainless's client sent every array and object: the verb methods send it so.
 */
function sentAsClientDefault(api: TypeScriptApi, field: Param): boolean {
  const defaults = api.queryDefaults;
  if (field.in !== 'query' || !field.style || !defaults || !plainField({ ...field, style: null })) return false;
  let type = field.type;
  if (type.kind === 'ref') {
    const id = type.schemaId;
    type = api.schemas.find((s) => s.id === id)?.type ?? type;
  }
  const expected = type.kind === 'array' ? defaults.array : type.kind === 'object' ? defaults.object : undefined;
  return !!expected && expected.style === field.style.style && expected.explode === field.style.explode;
}

/**
 * How `params` is taken apart, as Stainless's SDKs take it: the fields taken out by name (path, header, and query
 * fields unless they are the rest, and those a client option fills in), and what the rest of it is sent as: the body
 * when it has body fields, else the query of a GET.
 */
function namedFields(http: Method['http'], fields: Param[]): { named: Param[]; rest: 'body' | 'query' | null } {
  const inQuery = fields.filter((f) => f.in === 'query');
  const rest = fields.some((f) => f.in === 'body') ? 'body' : inQuery.length > 0 && http === 'get' ? 'query' : null;
  const inRest = (f: Param) => f.in === 'body' || (rest === 'query' && f.in === 'query');
  return { named: fields.filter((f) => !inRest(f) || f.clientDefault !== undefined || renamedBodyField(f)), rest };
}

/**
 * A body field prefixed with where it goes for a param of its name (`body_id` beside the path's `id`, ir/methods.ts):
 * taken out of the rest and put back under its own name, `body: { id: body_id, ...body }`.
 */
function renamedBodyField(field: Param): boolean {
  return (
    field.in === 'body' &&
    field.key === collidingParamKey(field.wireName, 'body') &&
    plainField({ ...field, key: field.wireName })
  );
}

/**
 * A path, query or JSON body field a client option fills in (`send_as_path_param`…), sent under its own name: the
 * newer Stainless runtime's SDKs take it out with the option as its default (`project = this._client.project`).
 */
function filledByClient(api: TypeScriptApi, field: Param): boolean {
  if (api.stainlessLayout !== 'typescript' || field.clientDefault === undefined || field.in === 'header') return false;
  if (field.in === 'cookie' || field.fixedValue !== undefined || field.members || field.style) return false;
  return field.key === field.wireName && /^[A-Za-z_$][\w$]*$/.test(field.clientDefault);
}

/** A field sent under its own name, as it is: in the path, the query (default style) or the JSON body. */
function plainField(field: Param): boolean {
  if (field.in === 'cookie') return false;
  // A header's value as it is: a string, or a number, boolean or array as its text (other types are sdkgen's form's).
  if (field.in === 'header' && !stringType(field.type) && !textScalar(field.type) && !scalarArray(field.type))
    return false;
  if (field.fixedValue !== undefined || field.clientDefault !== undefined || field.members || field.style) return false;
  return field.key === field.wireName;
}

/** A number or boolean header, sent as Stainless's SDKs send it: `retries?.toString()`. */
function textScalar(type: Param['type']): boolean {
  return type.kind === 'number' || type.kind === 'integer' || type.kind === 'boolean';
}

/** An array of strings, numbers or booleans: a header sends it comma-joined, as `Array.prototype.toString` writes it. */
function scalarArray(type: Param['type']): boolean {
  return type.kind === 'array' && (stringType(type.items) || textScalar(type.items));
}

/**
 * A header's entry: `...(local != null ? { name: local } : undefined)`, a number's, boolean's or array's value
 * `local?.toString()` (cerebras-cloud-sdk-node's `X-delay-time`, anthropic-sdk-typescript's `betas`); a required
 * string header of the older layout (`targets.node`) as it is, `connection_id: connection_id` (embed-node's of 2024).
 */
function headerEntry(api: TypeScriptApi, field: Param, local: string): string {
  const key = valueKey(field.wireName);
  if (api.stainlessLayout === 'node' && field.required && stringType(field.type)) return `${key}: ${local}`;
  const value = textScalar(field.type) || scalarArray(field.type) ? `${local}?.toString()` : local;
  return `...(${value} != null ? { ${key}: ${value} } : undefined)`;
}

function stringType(type: Param['type']): boolean {
  if (type.kind === 'string' || (type.kind === 'literal' && typeof type.value === 'string')) return true;
  return type.kind === 'enum' && type.values.every((v) => typeof v === 'string');
}

/**
 * `'/apps'`, or `path\`/apps/${appId}\`` with the path's parameters. The legacy layout (`targets.node`) interpolates
 * them as they are, `\`/apps/${appId}\``: its Stainless never encoded path parameters, and an owner's SDK sends what
 * it sent.
 */
function requestPath(api: TypeScriptApi, method: Method, imports: ImportSet): string {
  const locals = new Map<string, string>();
  for (const p of [...method.positional, ...(method.params?.fields.filter((f) => f.in === 'path') ?? [])])
    locals.set(p.wireName, p.local);
  const pieces = method.path.split(/(\{[^}]+\})/);
  if (!pieces.some((p) => /^\{[^}]+\}$/.test(p))) return quoteString(method.path);
  const encoded = api.stainlessLayout !== 'node';
  if (encoded) imports.add('internal/path', 'path', false);
  const text = pieces
    .map((p) => {
      const m = /^\{([^}]+)\}$/.exec(p);
      return m ? `\${${locals.get(m[1])}}` : templateLiteralText(p);
    })
    .join('');
  return `${encoded ? 'path' : ''}\`${text}\``;
}
