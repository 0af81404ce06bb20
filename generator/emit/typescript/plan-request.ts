/**
 * A method's call signature and the request it sends, as views: the resource class's method and the standalone
 * function (plan-funcs.ts) are planned from the same two functions, so that both take the same arguments and one
 * partial (`partials/request.hbs`) renders the request wherever it lives. Imports go to the module being planned.
 */
import type { Api, Method, Param, ParamStyle, RequestBody, Resource, StreamEventRule, TypeRef } from '../../ir/types';
import { pascalCase } from '../../naming/case';
import { jsonLinesOf } from '../../ir/media';
import { resourcesWithTopLevel } from '../../ir/resources';
import type { ImportSet } from './imports';
import { responseValidatorName, schemaModule, validatedResponse } from './plan-schemas';
import { isPrototypeMember, propertyKey, quoteString, templateLiteralText, valueKey } from './print-doc';
import { globalType, printType, type PrintContext } from './print-type';
import type { ParametersView, RequestView } from './views';
import { functionNameOf, positionalBody, positionalBodyType, type TypeScriptApi } from './target-api';

export interface MethodSignature {
  parameters: ParametersView;
  /** Overload signatures of the class method (see MethodView.overloads). */
  overloads: string[];
  /** "APIPromise<DeploymentInfo>", "PagePromise<ReleasesPage<Release>, Release>". */
  returnType: string;
  /** What the promise resolves to: "DeploymentInfo", "ReleasesPage<Release>". */
  valueType: string;
  /** The legacy call shape: request options in place of params that can be left out. */
  optionsInParams: boolean;
  /**
   * A method streaming on a params flag, with a Stainless config: the implementation's return type in Stainless's form,
   * one promise or the other (`APIPromise<ChatCompletion> | APIPromise<Stream<ChatCompletionChunk>>`); else ''.
   */
  eitherPromise: string;
}

/** Where a method's module finds the types its signature names besides the printed ones. */
export interface SignatureContext {
  /** The module a method's page alias is declared in (`aliasHome`), for importing it. */
  aliasModule(pagination: NonNullable<Method['pagination']>): string | undefined;
}

/** The legacy Stainless call shape: request options in place of params that can be left out. */
export function takesOptionsInParams(api: TypeScriptApi, method: Method): boolean {
  return api.requestOptionsInParams && method.params !== null && !method.params.required;
}

/** The parameters and return type of `method`, its types imported into `imports`. */
export function methodSignature(
  api: TypeScriptApi,
  method: Method,
  imports: ImportSet,
  ctx: PrintContext,
  where: SignatureContext,
): MethodSignature {
  const params = method.params;
  const optionsInParams = takesOptionsInParams(api, method);
  const positional = method.positional.map((p) => ({
    local: p.local,
    type: positionalBodyType(p) ?? printType(p.type, ctx, null),
  }));
  const requestOptions = imports.runtimeType('core/base-client', 'RequestOptions');
  // Params a streaming method may be called without are not null in the newer Stainless forms (hypeman-ts's
  // `logs(id, query: InstanceLogsParams | undefined = {})`).
  const undefinedOnly =
    params !== null && !params.required && api.stainlessLayout === 'typescript' && method.response.kind === 'sse';
  const parameters: ParametersView = {
    positional,
    optionsType: requestOptions,
    params: params
      ? {
          name: 'params',
          // The params interface is declared in the method's module: imported from there elsewhere.
          type: optionsInParams
            ? `${params.typeName} | ${requestOptions}`
            : `${params.typeName}${undefinedOnly ? ' | undefined' : ''}`,
          optional: !params.required,
          nullable: !optionsInParams && !undefinedOnly,
          undefinedWhenLeftOut: api.stainlessLayout !== null && !params.required && params.fields.length === 0,
        }
      : null,
  };
  if (params) imports.add(methodModule(api, method), params.typeName, true);
  const positionalText = positional.map((p) => `${p.local}: ${p.type}`);

  // A paginated method resolves to its page, not to the response body's type.
  let valueType = method.pagination ? '' : resultType(api, method, imports, ctx);
  let returnType: string;
  const overloads: string[] = [];
  let eitherPromise = '';
  if (method.pagination) {
    const item = printType(method.pagination.item, ctx, null);
    const alias = method.pagination.alias;
    // (A page an alias names needs no import of its class.)
    if (!alias) imports.add('pagination', method.pagination.scheme, true);
    const pagePromise = imports.runtimeType('core/pagination', 'PagePromise');
    // A page alias is declared once for what it pages (plan-index.ts, pageAliases), and imported from there.
    if (alias) imports.add(where.aliasModule(method.pagination)!, alias, true);
    valueType = alias ?? `${method.pagination.scheme}<${item}>`;
    returnType = `${pagePromise}<${valueType}, ${item}>`;
  } else if (method.streamWhen && params) {
    // Overloads that pick the return type from the `stream` literal (Stainless's Streaming/NonStreaming types).
    // (Written unqualified by the older generator too, as its streaming methods name it.)
    const apiPromise =
      api.stainlessLayout === null
        ? imports.runtimeType('core/api-promise', 'APIPromise')
        : imports.runtimeTypeByName('core/api-promise', 'APIPromise');
    imports.add('core/streaming', 'Stream', true);
    const event = printType(method.streamWhen.event, ctx, null);
    const either = `Stream<${event}> | ${valueType}`;
    const signature = (type: string, optional: boolean, returns: string) =>
      `${method.name}(${[...positionalText, `params${optional ? '?' : ''}: ${type}`, `options?: ${requestOptions}`].join(', ')}): ${apiPromise}<${returns}>;`;
    // With a Stainless config the params are the union of the two variants, and the overload for a flag known only
    // when run takes their common fields (`XParamsBase`), as Stainless's SDKs declare them (params that are one of
    // several bodies keep their union: plan-resource.ts, moduleTypeDeclarations).
    const loose = api.stainlessLayout !== null && !params.variants ? `${params.typeName}Base` : params.typeName;
    overloads.push(
      signature(`${params.typeName}NonStreaming`, !params.required, valueType),
      signature(`${params.typeName}Streaming`, false, `Stream<${event}>`),
      signature(loose, !params.required, either),
    );
    for (const variant of ['NonStreaming', 'Streaming', ...(loose === params.typeName ? [] : ['Base'])])
      imports.add(methodModule(api, method), `${params.typeName}${variant}`, true);
    if (api.stainlessLayout !== null) eitherPromise = `${apiPromise}<${valueType}> | ${apiPromise}<Stream<${event}>>`;
    valueType = either;
    returnType = `${apiPromise}<${either}>`;
  } else {
    returnType = `${imports.runtimeType('core/api-promise', 'APIPromise')}<${valueType}>`;
  }
  if (optionsInParams) {
    if (overloads.length === 0)
      overloads.push(
        `${method.name}(${[...positionalText, `params?: ${params!.typeName}`, `options?: ${requestOptions}`].join(', ')}): ${returnType};`,
      );
    // Without params, the non-streaming response.
    const plain =
      method.streamWhen && !method.pagination
        ? overloads[0]!.slice(overloads[0]!.lastIndexOf('): ') + 3, -1)
        : returnType;
    overloads.push(`${method.name}(${[...positionalText, `options?: ${requestOptions}`].join(', ')}): ${plain};`);
  }
  return { parameters, overloads, returnType, valueType, optionsInParams, eitherPromise };
}

/** Each method's resource module, by Api: looked up for every method, built once per Api instead of a scan each time. */
const methodModules = new WeakMap<Api, Map<Method, string>>();

/** The module declaring a method's params types: its resource's. */
function methodModule(api: TypeScriptApi, method: Method): string {
  let modules = methodModules.get(api);
  // Built again on a miss too: a caller of renderApi may have handed in an Api it changed since.
  if (!modules?.has(method)) {
    modules = new Map();
    const visit = (resources: Api['resources']) => {
      for (const r of resources) {
        // The first resource holding a method wins, as in a search of the tree in order.
        for (const m of r.methods) if (!modules!.has(m)) modules!.set(m, r.module);
        visit(r.subresources);
      }
    };
    visit(api.topLevel ? [api.topLevel, ...api.resources] : api.resources);
    methodModules.set(api, modules);
  }
  const module = modules.get(method);
  if (!module) throw new Error(`generator bug: method ${functionNameOf(method)} belongs to no resource`);
  return module;
}

/**
 * The type of the parsed response (before pagination or streaming wrap it). With a Stainless config an event stream
 * yields each event's data, as Stainless's `Stream<InstanceLogsResponse>` does; sdkgen's own yields the events.
 */
function resultType(api: TypeScriptApi, method: Method, imports: ImportSet, ctx: PrintContext): string {
  const response = method.response;
  switch (response.kind) {
    case 'json':
      return printType(response.type, ctx, null);
    case 'empty':
      return 'void';
    case 'text':
      return 'string';
    case 'binary': {
      const lines = jsonLines(api, method);
      if (lines !== null) {
        imports.add(JSONL_MODULE, 'JSONLDecoder', true);
        return `JSONLDecoder<${printType(lines, ctx, null)}>`;
      }
      const streamed = linesStream(api, method);
      if (streamed === null) return globalType('Response', ctx);
      imports.add('core/streaming', 'Stream', true);
      return `Stream<${printType(streamed, ctx, null)}>`;
    }
    case 'sse':
      imports.add('core/streaming', 'Stream', true);
      if (api.stainlessLayout !== null) return `Stream<${printType(response.event, ctx, null)}>`;
      imports.add('core/streaming', 'ServerSentEvent', true);
      return `Stream<ServerSentEvent<${printType(response.event, ctx, null)}>>`;
  }
}

/** Where the runtime's `JSONLDecoder` is, at Stainless's path (under src/, no extension). */
export const JSONL_MODULE = 'internal/decoders/jsonl';

/**
 * The type of each line of a JSON Lines response, which an SDK made from a Stainless config returns as Stainless's
 * did (`APIPromise<JSONLDecoder<MessageBatchIndividualResponse>>`); null for any other response (sdkgen's own SDKs
 * return the `Response`).
 */
export function jsonLines(api: TypeScriptApi, method: Method): TypeRef | null {
  const response = method.response;
  return api.stainlessLayout !== null && response.kind === 'binary' && response.lines ? response.lines : null;
}

/**
 * The type of each line of a JSON Lines response, which sdkgen's own SDKs return as a `Stream` of the lines' values
 * (`APIPromise<Stream<BatchResult>>`, read by the runtime's `responseKind: 'jsonl'`); null for any other response, and
 * with a Stainless config (jsonLines).
 */
export function linesStream(api: TypeScriptApi, method: Method): TypeRef | null {
  return api.stainlessLayout === null ? jsonLinesOf(method) : null;
}

/** The call that turns the raw response of a JSON Lines method into its decoder of `line`s, after the request. */
export function jsonLinesUnwrap(line: string): string {
  return `._thenUnwrap((_, props) => JSONLDecoder.fromResponse<${line}>(props.response, props.controller))`;
}

/**
 * The request `method` sends, built from its arguments; the helpers it passes in are imported into `imports`.
 * `receiver` is who sends it: `this._client`, `client`, or `this` for the client's own methods.
 */
export function methodRequest(
  api: TypeScriptApi,
  method: Method,
  imports: ImportSet,
  ctx: PrintContext,
  receiver: string,
): RequestView {
  const params = method.params;
  // A field a client option fills in defaults to it (the receiver is typed as the base client: the option is the core's).
  const core = `${api.clientName}Core`;
  if (params?.fields.some((f) => f.clientDefault !== undefined) && receiver !== 'this')
    imports.add('client-core', core, true);
  const fallback = (f: Param) =>
    f.clientDefault === undefined
      ? ''
      : `${receiver === 'this' ? 'this' : `(${receiver} as ${core})`}.${f.clientDefault}`;
  if (takesOptionsInParams(api, method)) imports.add('internal/request-options', 'isRequestOptions', false);
  // Body fields travel as the rest of the params object, unless one is renamed in the SDK (then each is mapped).
  const bodyFields = params?.fields.filter((f) => f.in === 'body') ?? [];
  // A renamed field, or one with an x-stainless-const value to fill in, needs the body built field by field.
  const mappedBody =
    method.body?.shape === 'fields' &&
    bodyFields.some((f) => f.key !== f.wireName || f.fixedValue !== undefined || f.clientDefault !== undefined);
  // A client option left unset (null) is not sent.
  const valueOf = (f: Param) =>
    f.fixedValue !== undefined
      ? `${f.local} ?? ${literalText(f.fixedValue)}`
      : f.clientDefault !== undefined && f.in === 'body'
        ? `${f.local} ?? undefined`
        : f.local;
  const entry = (f: Param) =>
    f.members
      ? f.members.map((m) => `${valueKey(m.wireName)}: ${f.local}?.[${quoteString(m.property)}]`).join(', ')
      : f.wireName === f.local && f.fixedValue === undefined && !(f.clientDefault !== undefined && f.in === 'body')
        ? f.local
        : `${valueKey(f.wireName)}: ${valueOf(f)}`;
  // Keys the params type does not declare still reach the server (a newer API, an undocumented param): the
  // rest of the params object goes into the body when the method sends its params as body fields, else into
  // the query. (`body` and `query` are never a field's local: see the IR builder.)
  const rest = method.body?.shape === 'fields' ? 'body' : 'query';
  let destructure: RequestView['destructure'] = null;
  if (params) {
    const explicit = params.fields.filter((f) => mappedBody || !(f.in === 'body' && method.body?.shape === 'fields'));
    if (explicit.length > 0)
      destructure = {
        fields: explicit.map((f) => ({
          key: propertyKey(f.key),
          local: f.local,
          renamed: f.key !== f.local,
          fallback: fallback(f),
        })),
        rest,
        optional: !params.required,
      };
  }

  const pathLocal = new Map<string, string>();
  for (const p of [...method.positional, ...(params?.fields.filter((f) => f.in === 'path') ?? [])])
    pathLocal.set(p.wireName, p.local);
  const pieces = method.path.split(/(\{[^}]+\})/);
  let path: string;
  if (pieces.some((p) => /^\{[^}]+\}$/.test(p))) {
    imports.add('internal/path', 'path', false);
    path = `path\`${pieces
      .map((p) => {
        const m = /^\{([^}]+)\}$/.exec(p);
        return m ? `\${${pathLocal.get(m[1])}}` : templateLiteralText(p);
      })
      .join('')}\``;
  } else {
    path = quoteString(method.path);
  }

  const entries = (where: Param['in']) => (params?.fields ?? []).filter((f) => f.in === where).map(entry);
  const queryEntries = entries('query');
  const restQuery = destructure !== null && rest === 'query';
  const query = restQuery
    ? queryEntries.length > 0
      ? `query: { ${queryEntries.join(', ')}, ...query }`
      : 'query'
    : queryEntries.length > 0
      ? `query: { ${queryEntries.join(', ')} }`
      : '';
  const styles = (params?.fields ?? []).filter((f) => f.in === 'query' && f.style);
  // The styles' serialiser is passed in, so programs that never call such a method do not bundle it.
  if (styles.length > 0) imports.add('internal/query', 'stringifyQuery', false);
  const queryStyles =
    styles.length > 0
      ? `{ ${styles.map((f) => `${valueKey(f.wireName)}: ${styleEntry(f.style!, isPrototypeMember(f.wireName))}`).join(', ')} }`
      : '';
  const headerEntries = entries('header');
  const cookies = entries('cookie');
  if (cookies.length > 0) {
    // One Cookie header from the cookie parameters, built by a helper the method imports (programs that never
    // send cookie parameters do not bundle it). The runtime joins it with the other layers' Cookie headers.
    imports.add('internal/cookies', 'cookieHeader', false);
    const name = params!.fields.some((f) => f.in === 'header' && f.wireName === 'Cookie') ? 'cookie' : 'Cookie';
    // The arrays and objects, written in the form style (exploded, form's default: as cookies of their own).
    const forms = params!.fields
      .filter((f) => f.in === 'cookie' && f.style)
      .map((f) => `${valueKey(f.wireName)}: ${f.style!.explode}`);
    const formsArg = forms.length > 0 ? `, { ${forms.join(', ')} }` : '';
    headerEntries.push(`${name}: cookieHeader({ ${cookies.join(', ')} }${formsArg})`);
  }

  let body = '';
  let encode = '';
  if (method.body) {
    if (mappedBody) body = `body: { ${bodyFields.map(entry).join(', ')}, ...body }`;
    else if (method.body.shape === 'fields')
      body = !params ? 'body: {}' : destructure ? 'body' : `body: params${params.required ? '' : ' ?? {}'}`;
    else {
      // (Or the positional argument holding it: target-api.ts, withPositionalBodies.)
      const local = (positionalBody(method) ?? params!.fields.find((f) => f.in === 'body')!).local;
      body = local === 'body' ? 'body' : `body: ${local}`;
    }
    // The multipart encoder is passed in, so programs that never upload do not bundle it.
    if (method.body.encoding === 'multipart')
      imports.add('core/uploads', multipartEncoder(api, method.body).name, false);
    if (method.body.encoding === 'binary') imports.add('core/uploads', 'toBlob', false);
    // So is the encoder of every body but JSON (`encode: encodeBody`, with `bodyEncoding`); a form whose fields have
    // styles of their own or `allowReserved` (OpenAPI's `encoding`) is written by `styledFormBody` with them.
    const { partStyles, reservedParts } = method.body;
    if (method.body.encoding === 'form' && (partStyles || reservedParts)) {
      imports.add('internal/encode-body', 'styledFormBody', false);
      const styles = Object.entries(partStyles ?? {}).map(
        ([key, style]) => `${valueKey(key)}: ${styleEntry(style, isPrototypeMember(key))}`,
      );
      const reserved = reservedParts ? `, [${reservedParts.map(quoteString).join(', ')}]` : '';
      encode = `styledFormBody({ ${styles.join(', ')} }${reserved})`;
    } else if (method.body.encoding !== 'json') imports.add('internal/encode-body', 'encodeBody', false);
  }
  const encoding = method.body?.encoding;

  const response = method.response;
  // A JSON Lines body, which sdkgen's own SDKs read a line at a time, is given to `Stream` as an event stream is.
  const lines = linesStream(api, method) !== null;
  const kind = lines ? 'jsonl' : response.kind;
  // JSON is read by its content type unless the method says so; a text body holding a number is read as JSON.
  let responseKind =
    kind === 'json' ? (response.kind === 'json' && response.textBody ? quoteString('json') : '') : quoteString(kind);
  let sseData = response.kind === 'sse' ? quoteString(textEvents(api, response.event) ? 'text' : 'json') : '';
  // (With a Stainless config, each event's data: resultType.)
  let sseItems = response.kind === 'sse' && api.stainlessLayout !== null ? "'data'" : '';
  let stream = response.kind === 'sse' || lines;
  // Streams only when the params say so: the response kind is decided at run time.
  if (method.streamWhen && params) {
    const key = method.streamWhen.param;
    const access = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `${params.required ? '' : '.'}[${quoteString(key)}]`;
    responseKind = `params${params.required ? '' : '?'}${access} === true ? 'sse' : ${responseKind || 'undefined'}`;
    sseData = quoteString(textEvents(api, method.streamWhen.event) ? 'text' : 'json');
    sseItems = "'data'";
    stream = true;
  }
  if (stream) imports.add('core/streaming', 'Stream', false);

  let page = '';
  let typeArguments = '';
  if (method.pagination) {
    imports.add('pagination', method.pagination.scheme, false);
    page = `${method.pagination.scheme}<${printType(method.pagination.item, ctx, null)}>`;
  } else {
    // (A JSON Lines method asks for the raw response, which its decoder then reads: thenUnwrap.)
    const value = jsonLines(api, method) ? globalType('Response', ctx) : resultType(api, method, imports, ctx);
    if (method.streamWhen && params) imports.add('core/streaming', 'Stream', false);
    typeArguments =
      method.streamWhen && params
        ? `<Stream<${printType(method.streamWhen.event, ctx, null)}> | ${value}>`
        : `<${value}>`;
  }

  return {
    destructure,
    page,
    typeArguments,
    http: method.http,
    path,
    query,
    queryStyles,
    headers: headerEntries.length > 0 ? `{ ${headerEntries.join(', ')} }` : '',
    body,
    bodyEncoding: encoding && encoding !== 'json' ? encoding : '',
    encode,
    jsonParts:
      method.body && method.body.jsonParts.length > 0 ? `[${method.body.jsonParts.map(quoteString).join(', ')}]` : '',
    repeatParts:
      encoding === 'multipart' && method.body?.repeatParts
        ? `[${method.body.repeatParts.map(quoteString).join(', ')}]`
        : '',
    multipart: encoding === 'multipart' && method.body ? multipartEncoder(api, method.body).expression : '',
    binary: encoding === 'binary',
    contentType:
      method.body && (encoding === 'binary' || encoding === 'text') ? quoteString(method.body.contentType) : '',
    responseKind,
    // The spec's media types, so that a server that negotiates sends one of them (a wildcard asks for anything).
    accept:
      response.kind === 'binary' && response.accept && response.accept !== '*/*'
        ? quoteString(response.accept)
        : response.kind === 'json' && response.textBody
          ? quoteString(response.textBody)
          : response.kind === 'text' && response.accept
            ? quoteString(response.accept)
            : response.kind === 'sse' && response.json
              ? quoteString('application/json')
              : '',
    sseData,
    sseItems,
    sseRules: stream && !lines ? sseRules(api.streamEventRules) : '',
    stream,
    unwrap: method.unwrap !== null ? quoteString(method.unwrap) : '',
    thenUnwrap: thenUnwrap(api, method, imports, ctx),
    authenticated: method.authenticated,
    defaultBaseURL: method.defaultBaseUrl ? quoteString(method.defaultBaseUrl) : '',
    validate: api.validation ? validators(api, method, imports) : '',
    options: requestOptions(method),
  };
}

/** A JSON Lines method's decoding of the raw response (jsonLinesUnwrap), or "". */
function thenUnwrap(api: TypeScriptApi, method: Method, imports: ImportSet, ctx: PrintContext): string {
  const lines = jsonLines(api, method);
  if (lines === null) return '';
  imports.add(JSONL_MODULE, 'JSONLDecoder', false);
  return jsonLinesUnwrap(printType(lines, ctx, null));
}

/**
 * The validators a method passes to the runtime (`validation` on), from its resource's validators module, which it
 * imports as a namespace (so that a bundle keeps only the ones it names): an object literal, or "" when it has none.
 */
function validators(api: TypeScriptApi, method: Method, imports: ImportSet): string {
  const home = schemaModule(typesModuleOf(api, method));
  const alias = () =>
    imports.namespace(home, new Set(), { value: true, alias: `${pascalCase(home.split('/').pop()!)}Schemas` });
  const entries: string[] = [];
  if (validatedResponse(api, method)) entries.push(`response: ${alias()}.${responseValidatorName(method)}`);
  if (method.params)
    entries.push(
      `params: ${alias()}.${method.params.typeName}`,
      `input: params${method.params.required ? '' : ' ?? {}'}`,
    );
  return entries.length > 0 ? `{ ${entries.join(', ')} }` : '';
}

/** The types module of the resource declaring `method`. */
function typesModuleOf(api: TypeScriptApi, method: Method): string {
  let modules = METHOD_MODULES.get(api);
  if (!modules) {
    modules = new Map(resourcesWithTopLevel(api).flatMap((r) => r.methods.map((m) => [m, r.module] as const)));
    METHOD_MODULES.set(api, modules);
  }
  const module = modules.get(method);
  if (module === undefined) throw new Error(`generator bug: no resource declares ${functionNameOf(method)}`);
  return module;
}

const METHOD_MODULES = new WeakMap<Api, Map<Method, string>>();

/** The API's stream event rules as the runtime's `SSERule`s, an array literal; "" when there are none. */
export function sseRules(rules: StreamEventRule[]): string {
  if (rules.length === 0) return '';
  const literal = (rule: StreamEventRule) => {
    const entries: string[] = [];
    if (rule.events)
      entries.push(`events: [${rule.events.map((e) => (e === null ? 'null' : quoteString(e))).join(', ')}]`);
    if (rule.dataStartsWith !== null) entries.push(`dataStartsWith: ${quoteString(rule.dataStartsWith)}`);
    entries.push(`handle: ${quoteString(rule.handle)}`);
    if (rule.errorProperty !== null) entries.push(`errorProperty: ${quoteString(rule.errorProperty)}`);
    return `{ ${entries.join(', ')} }`;
  };
  return `[${rules.map(literal).join(', ')}]`;
}

/** The request options a method passes on: its own defaults (a Stainless `default_request_options`) under the call's. */
function requestOptions(method: Method): string {
  const defaults = method.requestDefaults;
  if (!defaults) return 'options';
  const entries = [
    defaults.maxRetries !== null ? `maxRetries: ${defaults.maxRetries}` : '',
    defaults.timeoutMs !== null ? `timeout: ${defaults.timeoutMs}` : '',
  ].filter(Boolean);
  return `{ ${entries.join(', ')}, ...options }`;
}

/** A query parameter's serialisation as the runtime's `stringifyQuery` takes it: `{ style: 'form', explode: false }`. */
/**
 * `as const` under a key that `Object.prototype` has (`toString`…): TypeScript types such a key's value by the
 * prototype's member rather than by the record's index signature, so the style would widen to `string`.
 */
function styleEntry(style: ParamStyle, prototypeKey: boolean): string {
  return `{ style: ${quoteString(style.style)}${prototypeKey ? ' as const' : ''}, explode: ${style.explode ? 'true' : 'false'} }`;
}

function literalText(value: string | number | boolean): string {
  return typeof value === 'string' ? quoteString(value) : String(value);
}

/** What a resource's methods are called on: `client.servers.releases`, or `client` for the client's own methods. */
export function resourceReceiver(resource: Resource): string {
  return resource.path ? `client.${resource.path}` : 'client';
}

/**
 * The runtime's multipart encoder a method passes (`name`, the export of core/uploads, and `expression`, what the
 * request's `multipart` is): nested values as JSON parts, or under bracketed keys; where the spec's `encoding` styles
 * a part or gives it a media type, `styledFormData({ styles, contentTypes }, nested)`.
 */
function multipartEncoder(api: TypeScriptApi, body: RequestBody): { name: string; expression: string } {
  const brackets = api.multipartNested === 'brackets';
  if (!body.partStyles && !body.partContentTypes)
    return {
      name: brackets ? 'toBracketedFormData' : 'toFormData',
      expression: brackets ? 'toBracketedFormData' : 'toFormData',
    };
  const record = (entries: [string, string][]) =>
    `{ ${entries.map(([k, v]) => `${quoteString(k)}: ${v}`).join(', ')} }`;
  const members: string[] = [];
  if (body.partStyles)
    members.push(
      `styles: ${record(
        Object.entries(body.partStyles).map(([k, { style, explode }]) => [
          k,
          `{ style: ${quoteString(style)}, explode: ${explode} }`,
        ]),
      )}`,
    );
  if (body.partContentTypes)
    members.push(`contentTypes: ${record(Object.entries(body.partContentTypes).map(([k, v]) => [k, quoteString(v)]))}`);
  return {
    name: 'styledFormData',
    expression: `styledFormData({ ${members.join(', ')} }${brackets ? ", 'brackets'" : ''})`,
  };
}

/** Schemas by id, per Api: to see through a reference to a string alias. */
const schemasById = new WeakMap<Api, Map<string, TypeRef>>();

/**
 * Whether a stream's events are text (read as they come) rather than JSON: a string, or a named string
 * (`InstanceLogsResponse = string`).
 */
export function textEvents(api: TypeScriptApi, event: TypeRef): boolean {
  if (event.kind === 'ref') {
    let byId = schemasById.get(api);
    if (!byId) schemasById.set(api, (byId = new Map(api.schemas.map((s) => [s.id, s.type]))));
    const target = byId.get(event.schemaId);
    return target !== undefined && target.kind !== 'ref' && textEvents(api, target);
  }
  return event.kind === 'string';
}
