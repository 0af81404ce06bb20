/**
 * What a Stainless SDK repository records of the config it was generated with, read for `deriveStainlessConfig`:
 * its api.md, page classes and client module (the client's options, defaults and environment variables), how its
 * `Stream` reads events, the shapes of the types api.md lists (their declarations), its webhook_unwrap methods, the
 * response fields its methods return and which of them stream; and from the SDK sdkgen generates from the spec, the spec's schemas with
 * their shapes and what each endpoint takes and returns, and the spec's security schemes. The client's options are read
 * in client-options.ts, the types' shapes in declared-shapes.ts, the tests Stainless skipped in skipped-tests.ts.
 */
import { parseApiMd } from '../../diff/api-md';
import type { Api, Resource } from '../../ir/types';
import { clientClassOf } from '../owners/client-class';
import { escapeRegExp } from '../../escape-regexp';
import { githubRepository } from '../repository/release';
import { typeDeclarations } from './unmodelled-types';
import type { ClientOptionUse, DerivedConfigInput } from './config';
import type { RepoFile } from '../repository/checkout-files';
import { readmeCall, readmeDefaultCall, readmePaginationCall } from './readme-example';
import { declaredReferences, propertyReferences } from './schema-match';
import { nestedSchemasOf } from './nested-schemas';
import { aliasedKeys } from './type-keys';
import { specRoutesOf } from './route-names';
import { webhookUnwraps } from './webhook-unwraps';
import { browserRefusalOf, clientOptionUses } from './client-options';
import { mockTestsDisabled, skippedTests } from './skipped-tests';
import { bodyIsArray, bodyMembers, declaredShapes, schemaKey, shapeOf } from './declared-shapes';
import { aliasShapeOf } from './alias-shapes';
import { fixedHeaderOptions } from './fixed-headers';
import { methodPageClasses } from './method-pages';

/** The client's options, then an option for each header it sends at a value of its own (fixed-headers.ts). */
const withFixedHeaders = (client: string | null, options: ClientOptionUse[]) => [
  ...options,
  ...fixedHeaderOptions(client, options),
];

/**
 * What `deriveStainlessConfig` reads, from the repository's files and the SDK sdkgen generates from the spec
 * (`generated`: without a config, or with a first one written without it; null for that first one); null when the
 * repository has no api.md.
 */
export function derivedConfigInput(
  files: RepoFile[],
  generated: Api | null,
  document: unknown = null,
  /** A module as Stainless's generation wrote it (the base's), where it is known: before the owners' edits to it. */
  stainlessText?: (path: string) => string | undefined,
): DerivedConfigInput | null {
  const text = (path: string) => files.find((f) => f.path === path)?.text ?? null;
  const apiMd = text('api.md');
  if (apiMd === null) return null;
  const client = text('src/client.ts') ?? text('src/index.ts');
  const packageJson = (() => {
    try {
      return JSON.parse(text('package.json') ?? '{}') as { name?: unknown; license?: unknown; repository?: unknown };
    } catch {
      return {};
    }
  })();
  const paginated = new Set<string>();
  const queryParams = new Map<string, string[]>();
  const responseSchemas = new Map<string, string>();
  const responseItemSchemas = new Map<string, string>();
  const responseMembers = new Map<string, string[]>();
  const responseArrays = new Set<string>();
  const typeOf = (id: string) => generated?.schemas.find((s) => s.id === id)?.type ?? null;
  // api.md's endpoints are the spec's paths; the SDK's methods' paths start after the prefix every operation shares
  // (`/v1`, which the base URL carries).
  const basePath = generated?.basePath ?? '';
  // …or after the whole path of the base URL, where the spec's server carries what Stainless's spec had in its paths
  // (`https://api.acme.com/v1` and `/run` for api.md's `post /v1/run`: normalize/server-path-prefix.ts).
  const serverPath = urlPath(generated?.baseUrl ?? null);
  const visit = (resource: Resource) => {
    for (const m of resource.methods) {
      for (const endpoint of new Set([`${m.http} ${basePath}${m.path}`, `${m.http} ${serverPath}${m.path}`])) {
        if (m.pagination) paginated.add(endpoint);
        queryParams.set(endpoint, m.params?.fields.filter((f) => f.in === 'query').map((f) => f.wireName) ?? []);
        const type = m.response.kind === 'json' ? m.response.type : null;
        const key = type?.kind === 'ref' ? schemaKey(type.schemaId) : null;
        if (key) responseSchemas.set(endpoint, key);
        // (An array response is a schema the pipeline names for the operation: `…/get#response`; its items, a `$ref`.)
        const named =
          type?.kind === 'ref' && key === null ? generated?.schemas.find((s) => s.id === type.schemaId) : null;
        const array = named ? named.type : type;
        const items = array?.kind === 'array' && array.items.kind === 'ref' ? schemaKey(array.items.schemaId) : null;
        if (items) responseItemSchemas.set(endpoint, items);
        const members = bodyMembers(m.response, typeOf);
        if (members !== null) responseMembers.set(endpoint, members);
        if (bodyIsArray(m.response, typeOf)) responseArrays.add(endpoint);
      }
    }
    resource.subresources.forEach(visit);
  };
  generated?.resources.forEach(visit);
  if (generated?.topLevel) visit(generated.topLevel);
  return {
    apiMd,
    readApiMd: text,
    pagination: text('src/core/pagination.ts') ?? text('src/pagination.ts'),
    pageClasses: methodPageClasses(apiMd, text),
    client,
    clientClass: clientClassOf(client),
    packageName: typeof packageJson.name === 'string' ? packageJson.name : null,
    productionRepo: githubRepository(packageJson.repository),
    npmTrustedPublishing: installsTrustedPublishingNpm(text('bin/publish-npm')),
    license: typeof packageJson.license === 'string' ? packageJson.license : null,
    fileHeader: fileHeaderOf(text('src/index.ts') ?? text('src/client.ts')),
    queryFormats: queryFormatsOf(
      ['src/internal/utils/query.ts', 'src/client.ts', 'src/index.ts', 'src/core.ts'].map(text).join('\n'),
    ),
    // "The REST API documentation can be found on [docs.acme.com](https://docs.acme.com)."
    docsUrl:
      /\bdocumentation can be found (?:on|at) \[[^\]]*\]\((https?:\/\/[^)\s]+)\)/.exec(text('README.md') ?? '')?.[1] ??
      null,
    contact: securityContactOf(text('SECURITY.md')),
    mockTestsDisabled: mockTestsDisabled(files),
    skippedTests: skippedTests(files),
    legacy: files.some((f) => f.path === 'src/core.ts'),
    sharedResource: sharedIsResource(text('src/resources/shared.ts')),
    treeShaking: files.some((f) => f.path === 'src/tree-shakable.ts'),
    browserRefusal: browserRefusalOf(client),
    mcpServer: (() => {
      try {
        const name = (JSON.parse(text('packages/mcp-server/package.json') ?? '{}') as { name?: unknown }).name;
        return typeof name === 'string' ? name : null;
      } catch {
        return null;
      }
    })(),
    schemas: (generated?.schemas ?? []).flatMap((schema) => {
      const key = schemaKey(schema.id);
      if (!key) return [];
      // (A plain alias's shape where it has no other: a union of scalars, a map of values, a list of them.)
      const shape = shapeOf(schema.type, typeOf);
      const plain = shape === null || (shape.kind === 'object' && shape.members.length === 0);
      return [{ key, name: schema.name, shape: (plain ? aliasShapeOf(schema.id, schema.type) : null) ?? shape }];
    }),
    responseSchemas,
    responseItemSchemas,
    responseMembers,
    responseArrays,
    typeShapes: declaredShapes(parseApiMd(apiMd, text).types, text),
    typeDeclarations: typeDeclarations(parseApiMd(apiMd, text).types, text),
    typeReferences: declaredReferences(parseApiMd(apiMd, text).types, text),
    typeAliases: aliasedKeys(parseApiMd(apiMd, text).types, text),
    propertyReferences: propertyReferences(document),
    nestedSchemas: nestedSchemasOf(document),
    specRoutes: specRoutesOf(document),
    paginated,
    queryParams,
    webhookUnwraps: webhookUnwraps(files, sharedIsResource(text('src/resources/shared.ts'))),
    clientOptions: withFixedHeaders(client, clientOptionUses(client, files)),
    clientDefaults: {
      timeoutMs: numberIn(client, /\bDEFAULT_TIMEOUT = ([\d_]+)/),
      maxRetries: numberIn(client, /\bmaxRetries (?:\?\?|=) (\d+)/),
      idempotencyHeader: (client && /\bidempotencyHeader\??(?:: string)? = '([^']+)'/.exec(client)?.[1]) ?? null,
    },
    streamRules: streamRules(text('src/core/streaming.ts') ?? text('src/streaming.ts')),
    streamingMethods: streamingMethods(apiMd, text, stainlessText),
    bodyParamNames: bodyParamNames(apiMd, text),
    readmeCall: readmeCall(text('README.md') ?? ''),
    readmeDefaultCall: readmeDefaultCall(text('README.md') ?? ''),
    readmePaginationCall: readmePaginationCall(text('README.md') ?? ''),
    securitySchemes: securitySchemes(document, generated),
    unwrapFields: [
      ...new Set(
        files
          .filter((f) => f.path.startsWith('src/resources/') && f.text !== null)
          .flatMap((f) => [...f.text!.matchAll(/_thenUnwrap\(\(obj\) => obj\.([\w$]+)\)/g)].map((m) => m[1])),
      ),
    ],
  };
}

/** The formats of Stainless's `qs.stringify(query, { arrayFormat: 'comma', allowDots: true })`, or null without one. */
function queryFormatsOf(source: string): DerivedConfigInput['queryFormats'] {
  const options = /\bqs\.stringify\(query, \{([^}]*)\}\)/.exec(source)?.[1];
  if (options === undefined) return null;
  return {
    array: /\barrayFormat: '(\w+)'/.exec(options)?.[1] ?? null,
    nested: /\ballowDots: true\b/.test(options) ? 'dots' : 'brackets',
  };
}

/**
 * The notice Stainless wrote above its banner (`// File generated from our OpenAPI spec by Stainless…`) from the
 * config's `settings.file_header`: the line comments before it, without the empty one that sets it apart.
 */
function fileHeaderOf(source: string | null): string | null {
  const lines = (source ?? '').split('\n');
  const banner = lines.findIndex((line) => /^\/\/ File generated from our OpenAPI spec by Stainless/.test(line));
  const above = lines.slice(0, Math.max(banner, 0));
  if (above.length === 0 || !above.every((line) => /^\/\/( |$)/.test(line))) return null;
  const text = above.map((line) => line.replace(/^\/\/ ?/, '').trimEnd()).join('\n');
  return text.trim() ? `${text.trim()}\n` : null;
}

/**
 * The methods that stream, by api.md chain ("client.chat.completions.create"): when a body field is true (Stainless's
 * overloads return `APIPromise<Stream<Event>>` and its call sends `stream: body.stream ?? false`), or always (its
 * call sends `stream: true`; `param` null). Read from the method's code in the module api.md (the root one and those
 * it links) names for it. One that asks for `text/event-stream` itself (`Accept` among its headers) is an event
 * stream its config left unmarked, which Stainless streams all the same (cartesia-js's `tts.generateSSE`,
 * hypeman-ts's `instances.logs`; a marked one sends no `Accept`): marking it would give the SDK a README section
 * Stainless's has not.
 */
function streamingMethods(
  apiMd: string,
  text: (path: string) => string | null,
  stainlessText?: (path: string) => string | undefined,
): Map<string, { param: string | null; event: string | null; params?: string }> {
  const found = new Map<string, { param: string | null; event: string | null; params?: string }>();
  for (const method of parseApiMd(apiMd, text).methods) {
    const module = method.module?.replace(/^\.\//, '') ?? '';
    const name = method.chain.split('.').pop()!;
    // The method as Stainless wrote it, where the base has it and it streams there: the owners may have rewritten its
    // call (dedalus's `create` posts `stream: false` and `stream: true` in two branches of theirs, in place of
    // `body.stream ?? false`). Else as they have it: they may have made it stream where Stainless's config declared no
    // streaming (groq's `create`, their overloads and `stream: body.stream ?? false` on Stainless's plain post).
    const read = [methodCode(stainlessText?.(module) ?? '', name), methodCode(text(module) ?? '', name)]
      .filter((code) => code !== null)
      .map((code) => ({ code, param: streamParam(code) }));
    const { code, param } = read.find((r) => r.param !== undefined) ?? { code: null, param: undefined };
    if (code === null || param === undefined) continue;
    if (param === null && /\bAccept:\s*'text\/event-stream'/.test(code)) continue;
    const event = /\bStream<(?:[\w$]+\.)*([\w$]+)>/.exec(code)?.[1] ?? null;
    // (Its overloads' params types: `body: ChatCompletionCreateParamsNonStreaming`, the base name before the mode.)
    const params = /\(\s*[\w$]+\??:\s*(?:[\w$]+\.)*([\w$]+)NonStreaming\b/.exec(code)?.[1];
    found.set(method.chain, { param, event, ...(params === undefined ? {} : { params }) });
  }
  return found;
}

/**
 * The body field a method's call streams on (`stream: body.stream ?? false`); null: it always streams (`stream:
 * true`); undefined: it does not stream.
 */
function streamParam(code: string): string | null | undefined {
  const byField = /\bstream:\s*[\w$]+\??\.([\w$]+)\s*\?\?\s*false\b/.exec(code)?.[1];
  return byField || (/\bstream:\s*true\b/.test(code) ? null : undefined);
}

/**
 * The methods that send a body whole under a name of their own, as their code shows it: a body that is not an object
 * of the params' fields (a file's text, an array) is one field of the params, destructured from them and sent as the
 * request's body (`const { content, graphId } = params; … body: content,`; `= params ?? {}; … { body: schema, …`).
 * The default name (`body`) is left out.
 */
function bodyParamNames(apiMd: string, text: (path: string) => string | null): Map<string, string> {
  const found = new Map<string, string>();
  for (const method of parseApiMd(apiMd, text).methods) {
    const code = methodCode(text(method.module?.replace(/^\.\//, '') ?? '') ?? '', method.chain.split('.').pop()!);
    // (Params that may be left out are destructured from `params ?? {}`; the body may be sent on the request's line.)
    const destructured = code && /\bconst \{([^}]*)\} = params(?: \?\? \{\})?;/.exec(code)?.[1];
    const sent = code && /[\s{,]body: ([A-Za-z_$][\w$]*)\s*(?:,|\}|$)/m.exec(code)?.[1];
    if (!destructured || !sent || sent === 'body') continue;
    // Its own name among the params' fields (`content,`, `schema = {}`), not one renamed (`'Content-Type': contentType`).
    const names = destructured.split(',').map((part) => part.split('=')[0]!.trim());
    if (names.includes(sent)) found.set(method.chain, sent);
  }
  return found;
}

/**
 * The code of class method `name` in `source`, its overloads and body: from its first line to the next member (a
 * line indented two spaces that does not continue it: `): …` and `}` do) or the end of the class.
 */
function methodCode(source: string, name: string): string | null {
  const own = new RegExp(`^  (?:async )?${escapeRegExp(name)}[(<]`, 'm');
  const start = own.exec(source);
  if (!start) return null;
  const rest = source.slice(start.index);
  const lines = rest.split('\n');
  const end = lines.findIndex((line, i) => i > 0 && /^( {2}[^\s)}]|\S)/.test(line) && !own.test(line));
  return (end < 0 ? lines : lines.slice(0, end)).join('\n');
}

/**
 * The spec's security schemes (`components.securitySchemes`, Swagger's `securityDefinitions`), whether or not an
 * operation asks for them: a Stainless config's option names the one it authenticates with. Else those the SDK has.
 */
function securitySchemes(document: unknown, generated: Api | null): DerivedConfigInput['securitySchemes'] {
  const root = (document ?? {}) as { components?: { securitySchemes?: unknown }; securityDefinitions?: unknown };
  const declared = (root.components?.securitySchemes ?? root.securityDefinitions ?? {}) as Record<string, unknown>;
  const fromSpec = Object.entries(declared).flatMap(([name, value]): DerivedConfigInput['securitySchemes'] => {
    const scheme = (value ?? {}) as { type?: unknown; scheme?: unknown; in?: unknown; name?: unknown };
    const http = typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : '';
    if (scheme.type === 'apiKey')
      return [
        {
          name,
          kind: 'apiKey',
          header: scheme.in === 'header' ? String(scheme.name) : null,
          query: scheme.in === 'query' ? String(scheme.name) : null,
        },
      ];
    if (scheme.type === 'basic' || (scheme.type === 'http' && http === 'basic'))
      return [{ name, kind: 'basic', header: null, query: null }];
    if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect')
      return [{ name, kind: 'bearer', header: null, query: null }];
    return [];
  });
  if (fromSpec.length > 0) return fromSpec;
  return (generated?.auth ?? []).map((scheme) => ({
    name: scheme.name,
    kind: scheme.kind,
    header: scheme.kind === 'apiKey' && scheme.in === 'header' ? scheme.wireName : null,
    query: scheme.kind === 'apiKey' && scheme.in === 'query' ? scheme.wireName : null,
  }));
}

/**
 * `streaming.on_event`, read from how Stainless's `Stream` reads each event (its `for await (const sse of …)` loop):
 * `if (sse.data.startsWith('[DONE]')) { done = true; …` ends the stream, `if (sse.event === 'error') throw …` throws,
 * `if (sse.event === 'ping') continue` skips, `if (sse.event === 'a' || …) { yield …` yields those events, and
 * `if (data && data.error) throw …` makes that property an error. A loop that yields without naming events yields
 * every other event (`kind: fallthrough`). Empty when there is no such loop.
 */
function streamRules(source: string | null): Array<Record<string, unknown>> {
  const start = source?.search(/for await \(const sse of /) ?? -1;
  if (source === null || start < 0) return [];
  const end = source.slice(start).search(/\n\s*done = true;\s*\n\s*\} catch/);
  const loop = source.slice(start, end < 0 ? undefined : start + end);
  const rules: Array<Record<string, unknown>> = [];
  const conditions =
    /if \(((?:sse\.(?:event ={2,3} (?:'[^']*'|null)|data\.startsWith\('[^']*'\))\s*(?:\|\|\s*)?)+)\)\s*\{?\s*(done = true|continue|throw|yield)/g;
  for (const [, condition, action] of loop.matchAll(conditions)) {
    const events = [...condition.matchAll(/sse\.event ={2,3} ('([^']*)'|null)/g)].map((m) => m[2] ?? null);
    const prefix = /sse\.data\.startsWith\('([^']*)'\)/.exec(condition)?.[1];
    const handle = { 'done = true': 'done', continue: 'skip', throw: 'error', yield: 'yield' }[action]!;
    rules.push({
      ...(events.length > 0 ? { event_type: events.length === 1 ? events[0] : events } : {}),
      ...(prefix !== undefined ? { data_starts_with: prefix } : {}),
      handle,
    });
  }
  const errorProperty = /if \(data && data\.([\w$]+)\)\s*\{?\s*throw/.exec(loop)?.[1];
  if (!rules.some((rule) => rule.handle === 'yield' && rule.event_type !== undefined) && /\byield\b/.test(loop))
    rules.push({ kind: 'fallthrough', handle: 'yield', ...(errorProperty ? { error_property: errorProperty } : {}) });
  return rules;
}

function numberIn(source: string | null, pattern: RegExp): number | null {
  const found = source && pattern.exec(source)?.[1];
  return found ? Number(found.replace(/_/g, '')) : null;
}

/** Whether Stainless's `src/resources/shared.ts` declares a resource class: a resource called `shared`, not `$shared`. */
function sharedIsResource(source: string | null): boolean {
  return source !== null && /^export class Shared extends APIResource\b/m.test(source);
}

/**
 * The organization's contact, as Stainless's SECURITY.md names it ("Please contact security@acme.test for any
 * questions…"): its last email address that is not Stainless's own.
 */
/**
 * Whether a publish script installs an npm that publishes by trusted publishing, 11.5.1 or later (Stainless's, for
 * `publish.npm.auth_method: oidc`: `npm install --prefix ../oidc/ npm@11.6.2`, then publishes with it).
 */
export function installsTrustedPublishingNpm(script: string | null): boolean {
  return [...(script ?? '').matchAll(/^[^#\n]*\bnpm (?:install|i)\b[^\n#]*\snpm@(\d+)\.(\d+)\.(\d+)/gm)].some(
    ([, major, minor, patch]) =>
      Number(major) > 11 ||
      (Number(major) === 11 && (Number(minor) > 5 || (Number(minor) === 5 && Number(patch) >= 1))),
  );
}

function securityContactOf(security: string | null): string | null {
  const emails = [...(security ?? '').matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0]);
  return emails.filter((email) => !/@stainless(?:api)?\.com$/i.test(email)).at(-1) ?? null;
}

/** The path of a base URL (`/v1` of `https://api.acme.com/v1/`, or of `/v1`); '' for none or a variable in it. */
function urlPath(url: string | null): string {
  const path = url === null ? '' : /^https?:\/\//i.test(url) ? url.replace(/^https?:\/\/[^/]*/i, '') : url;
  return path.startsWith('/') && !/[{?#]/.test(path) ? path.replace(/\/+$/, '') : '';
}
