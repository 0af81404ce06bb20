/**
 * What a Stainless SDK repository records of the config it was generated with, read for `deriveStainlessConfig`:
 * its api.md, page classes and client module (the client's options, defaults and environment variables), how its
 * `Stream` reads events, the shapes of the types api.md lists (their declarations), its webhook_unwrap methods, the
 * response fields its methods return and which of them stream; and from the SDK sdkgen generates from the spec, the spec's schemas with
 * their shapes and what each endpoint takes and returns, and the spec's security schemes.
 */
import { parseApiMd, type ApiType } from '../../diff/api-md';
import { pointerTokens } from '../../diagnostics';
import type { Api, Resource, TypeRef } from '../../ir/types';
import { StainlessNames } from '../../naming/stainless';
import { clientClassOf } from '../owners/client-hooks';
import { escapeRegExp } from '../../escape-regexp';
import { githubRepository } from '../repository/release';
import { typeDeclarations } from './unmodelled-types';
import type { ClientOptionUse, DerivedConfigInput, Shape } from './config';
import type { RepoFile } from '../repository/stainless-repo';
import { readmeCall, readmeDefaultCall, readmePaginationCall } from './readme-example';
import { declaredReferences, propertyReferences } from './schema-match';
import { fixedHeaderOptions } from './fixed-headers';
import { nestedSchemasOf } from './nested-schemas';
import { aliasedKeys, typeKeys } from './type-keys';
import { specRoutesOf } from './route-names';
import { webhookUnwraps } from './webhook-unwraps';
import { methodPageClasses } from './method-pages';
import { isEraSkipReason } from '../../emit/test-skips';

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
      const typeOf = (id: string) => generated?.schemas.find((s) => s.id === id)?.type ?? null;
      return key ? [{ key, name: schema.name, shape: shapeOf(schema.type, typeOf) }] : [];
    }),
    responseSchemas,
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
    streamingMethods: streamingMethods(apiMd, text),
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
): Map<string, { param: string | null; event: string | null }> {
  const found = new Map<string, { param: string | null; event: string | null }>();
  for (const method of parseApiMd(apiMd, text).methods) {
    const code = methodCode(text(method.module?.replace(/^\.\//, '') ?? '') ?? '', method.chain.split('.').pop()!);
    const byField = code && /\bstream:\s*[\w$]+\??\.([\w$]+)\s*\?\?\s*false\b/.exec(code)?.[1];
    const param = byField || (code && /\bstream:\s*true\b/.test(code) ? null : undefined);
    if (!code || param === undefined) continue;
    if (param === null && /\bAccept:\s*'text\/event-stream'/.test(code)) continue;
    const event = /\bStream<(?:[\w$]+\.)*([\w$]+)>/.exec(code)?.[1] ?? null;
    found.set(method.chain, { param, event });
  }
  return found;
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

/**
 * The message a Stainless client throws when constructed in a browser without `dangerouslyAllowBrowser`
 * (`if (!options.dangerouslyAllowBrowser && isRunningInBrowser()) { throw new Errors.AcmeError("…") }`), or null.
 */
export function browserRefusalOf(client: string | null): string | null {
  const check =
    /if \(!options\.dangerouslyAllowBrowser && isRunningInBrowser\w*\(\)\) \{\s*throw new [\w.]+\(\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1/.exec(
      client ?? '',
    );
  if (!check) return null;
  // The literal's escapes, read (never evaluated): `\n`, `\t`, and a character after `\` as itself.
  return check[2].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

/**
 * The runtime's options, which every client has (Stainless's and sdkgen's): not the config's to say. (sdkgen's
 * clients have `dangerouslyAllowBrowser` where the config disallows browsers: browserRefusalOf reads that.)
 */
const RUNTIME_OPTIONS = new Set([
  'baseURL',
  'environment',
  'timeout',
  'fetchOptions',
  'fetch',
  'httpAgent',
  'maxRetries',
  'defaultHeaders',
  'defaultQuery',
  'logLevel',
  'logger',
  'dangerouslyAllowBrowser',
]);

/**
 * The client's own options, read from `export interface ClientOptions` and the client's code: the environment
 * variable each defaults to (`apiKey = readEnv('ACME_API_KEY')`), and where it is sent (`Bearer ${this.apiKey}`,
 * `'X-Acme-Branch': this.branch`, a method's `{ project = this._client.project }`).
 */
function clientOptionUses(client: string | null, files: RepoFile[]): ClientOptionUse[] {
  if (client === null) return [];
  const declared = /^export interface ClientOptions \{\n([\s\S]*?)^\}/m.exec(client)?.[1] ?? '';
  const lines = client.split('\n');
  /** The method a line of the client is in. */
  const methodAt = (index: number) => {
    for (let i = index; i >= 0; i--) {
      const m = /^ {2}(?:(?:protected|private|public|override|async|static) )*([\w$]+)\s*[(<]/.exec(lines[i]);
      if (m) return m[1];
    }
    return '';
  };
  return [...declared.matchAll(/^ {2}([\w$]+)\?: ([^;]+);/gm)]
    .filter((m) => !RUNTIME_OPTIONS.has(m[1]))
    .map(([, name, type]) => {
      const option = escapeRegExp(name);
      const env = new RegExp(`\\b${option} = (?:Core\\.)?readEnv\\('([A-Z][A-Z0-9_]*)'\\)`).exec(client)?.[1] ?? null;
      // `password = readEnv('ACME_PASSWORD') ?? 'do_not_set'` (or `= 'do_not_set'`): the config's `default:`.
      const fallback = new RegExp(
        `^\\s+${option} = (?:(?:Core\\.)?readEnv\\('[A-Z][A-Z0-9_]*'\\) \\?\\? )?'((?:[^'\\\\\\n]|\\\\.)*)',?$`,
        'm',
      ).exec(client)?.[1];
      // `'X-Acme-Branch': this.branch`, or an unquoted name where the client builds headers (`{ Authorization:
      // this.apiKey }` in authHeaders): an unquoted key elsewhere is the option copied (`apiKey: this.apiKey`).
      // The header's value is the option itself (or with a fallback, `?? 'x'`): one it only decides
      // (`'Accept-Encoding': this.compression ? 'gzip' : 'identity'`, the owners' code) is not sent as the option.
      const valueIsOption = `this\\.${option}\\b!?(?:\\s+as\\s+[\\w$]+)?\\s*(?:\\?\\?[^,}?:]*)?\\s*(?:[,}]|$)`;
      const headerLine = lines.findIndex(
        (line, i) =>
          new RegExp(`['"][\\w-]+['"]\\s*:\\s*${valueIsOption}`).test(line) ||
          (new RegExp(`(?:^|[{,])\\s*[A-Za-z][\\w$]*\\s*:\\s*${valueIsOption}`).test(line) &&
            /Auth|Headers$/.test(methodAt(i))),
      );
      const headerName =
        headerLine < 0
          ? null
          : (/['"]([\w-]+)['"]\s*:\s*this\./.exec(lines[headerLine])?.[1] ??
            new RegExp(`(?:^|[{,])\\s*([A-Za-z][\\w$]*)\\s*:\\s*this\\.${option}\\b`).exec(lines[headerLine])![1]);
      const inMethod = headerLine < 0 ? '' : methodAt(headerLine);
      // `key: this.apiKey` in `defaultQuery()`: a query parameter.
      const queryAt = lines.findIndex(
        (line, i) =>
          new RegExp(`^\\s*['"]?[\\w-]+['"]?\\s*:\\s*this\\.${option}\\b`).test(line) && methodAt(i) === 'defaultQuery',
      );
      const query = queryAt < 0 ? null : /^\s*['"]?([\w-]+)['"]?\s*:/.exec(lines[queryAt])![1];
      const basic = new RegExp(`\\$\\{this\\.([\\w$]+)\\}:\\$\\{this\\.([\\w$]+)\\}`).exec(client);
      // The two are sent as Basic credentials only to the token URL, for an access token (OAuth2 client credentials).
      const exchange = basic !== null && /grant_type=client_credentials/.test(client);
      const role = basic?.[1] === name ? 'username' : basic?.[2] === name ? 'password' : null;
      const param = files
        .filter((f) => f.path.startsWith('src/resources/') && f.text !== null)
        .map((f) => new RegExp(`\\b([\\w$]+) = this\\._client\\.${option}\\b`).exec(f.text!)?.[1])
        .find((p) => p !== undefined);
      return {
        name,
        type: /\bnumber\b/.test(type) ? 'number' : /\bboolean\b/.test(type) ? 'boolean' : 'string',
        env,
        nullable: /\bnull\b/.test(type),
        default: fallback === undefined ? null : fallback.replace(/\\(.)/g, '$1'),
        bearer: new RegExp(`Bearer \\$\\{this\\.${option}\\}`).test(client),
        basic: exchange ? null : role,
        clientCredentials:
          exchange && role !== null
            ? { role: role === 'username' ? 'client_id' : 'client_secret', tokenUrl: tokenUrlOf(client) }
            : null,
        // (The exchange's own code copies the two, `clientID: this.clientID`: no header.)
        header:
          headerName === null || inMethod === 'defaultQuery' || (exchange && role !== null)
            ? null
            : { name: headerName, auth: inMethod === 'authHeaders' || /Auth$/.test(inMethod) },
        query,
        param: param ?? null,
        description: optionDescription(declared, name),
      } satisfies ClientOptionUse;
    });
}

/**
 * The URL an OAuth2 client-credentials exchange posts to (`this.fetch(this.buildURL('https://…/token', {}), {`), or
 * null.
 */
function tokenUrlOf(client: string): string | null {
  return /\bthis\.fetch\(\s*this\.buildURL\(\s*(['"`])([^'"`$]+)\1/.exec(client)?.[2] ?? null;
}

/** The doc comment above option `name` in the ClientOptions interface, without its "Defaults to" line. */
function optionDescription(declared: string, name: string): string | null {
  const comment = new RegExp(`/\\*\\*\\n((?:[ \\t]*\\*(?!/).*\\n)*?)[ \\t]*\\*/\\n {2}${escapeRegExp(name)}\\?:`).exec(
    declared,
  )?.[1];
  if (!comment) return null;
  const text = comment
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .filter((line) => !/^Defaults to process\.env\[/.test(line))
    .join('\n')
    .trim();
  return text || null;
}

/** A component schema's key, from its IR id (`<file>#/components/schemas/Pet`); null for another schema. */
function schemaKey(id: string): string | null {
  const tokens = pointerTokens(id.slice(id.indexOf('#')));
  if (tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas') return tokens[2];
  return tokens.length === 2 && tokens[0] === 'definitions' ? tokens[1] : null;
}

/**
 * A schema's shape: an object's property keys (an `allOf`'s, its named parts' too: Stainless's model of it inherits
 * theirs), or a string enum's values (a nullable one's too).
 */
function shapeOf(type: TypeRef, typeOf: (id: string) => TypeRef | null = () => null, depth = 0): Shape | null {
  if (type.kind === 'object')
    return {
      kind: 'object',
      members: type.properties.map((p) => p.key).sort(),
      detail: type.properties.map((p) => member(p.key, p.type)).sort(),
    };
  if (type.kind === 'intersection' && depth < 8) {
    const parts = type.parts.map((part) => {
      const target = part.kind === 'ref' ? typeOf(part.schemaId) : part;
      return target === null ? null : shapeOf(target, typeOf, depth + 1);
    });
    if (parts.some((p) => p?.kind !== 'object')) return null;
    // (A later part's property overrides an earlier one's: its detail is the one kept.)
    const detail = new Map((parts as Shape[]).flatMap((s) => s.detail ?? []).map((d) => [d.split('=')[0], d]));
    return { kind: 'object', members: [...detail.keys()].sort(), detail: [...detail.values()].sort() };
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

/** Whether Stainless's `src/resources/shared.ts` declares a resource class: a resource called `shared`, not `$shared`. */
function sharedIsResource(source: string | null): boolean {
  return source !== null && /^export class Shared extends APIResource\b/m.test(source);
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

/**
 * The organization's contact, as Stainless's SECURITY.md names it ("Please contact security@acme.test for any
 * questions…"): its last email address that is not Stainless's own.
 */
function securityContactOf(security: string | null): string | null {
  const emails = [...(security ?? '').matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0]);
  return emails.filter((email) => !/@stainless(?:api)?\.com$/i.test(email)).at(-1) ?? null;
}

/** The comment Stainless writes above each test it skips for `settings.disable_mock_tests` (older, then newer). */
const MOCK_TESTS_OFF = /^\/\/ (?:Prism|Mock server) tests are disabled$/;
/**
 * Its generator's from 2025 on, which writes a method's own reason to skip its test (`skip_test_reason`: "// Prism
 * doesn't properly handle redirects") in its place: those tests are skipped all the same.
 */
const MOCK_TESTS_OFF_2025 = '// skipped: tests are disabled for the time being';

/**
 * Whether Stainless wrote the SDK's generated tests (tests/api-resources) with its mock tests off: every test there
 * skipped under that comment, as `settings.disable_mock_tests` has them (or, from its 2025 generator on, under that
 * comment or a method's own reason, the former at least once).
 */
function mockTestsDisabled(files: RepoFile[]): boolean {
  let [older, newer, ownReason] = [0, 0, 0];
  for (const file of files) {
    if (!file.path.startsWith('tests/api-resources/') || file.text === null) continue;
    const lines = file.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const test = /^\s*test(\.skip)?\(/.exec(lines[i]);
      if (!test) continue;
      const comment = lines[i - 1]?.trim() ?? '';
      if (test[1] !== '.skip') return false;
      if (MOCK_TESTS_OFF.test(comment)) older++;
      else if (comment === MOCK_TESTS_OFF_2025) newer++;
      else if (comment.startsWith('// ')) ownReason++;
      else return false;
    }
  }
  return older > 0 ? newer + ownReason === 0 : newer > 0;
}

/**
 * The methods whose generated tests Stainless wrote skipped for a reason of their own (a method's `skip_test_reason`:
 * retell's `voice.clone`, "// Mock server tests are disabled", beside tests that run), by test file and method name
 * (`tests/api-resources/voice.test.ts#clone`), with the reason as its comment says it (`// skipped: <reason>` from
 * 2025 on). The reason turning every test off (`settings.disable_mock_tests`) is not a method's, nor is one sdkgen's
 * own rules write again (emit/test-skips.ts `isEraSkipReason`: the era's callbacks and JSON Lines reasons, …).
 */
function skippedTests(files: RepoFile[]): Map<string, string> {
  const reasons = new Map<string, string | null>();
  for (const file of files) {
    if (!file.path.startsWith('tests/api-resources/') || file.text === null) continue;
    const lines = file.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const test = /^\s*test(\.skip)?\((['"])([\w$]+)(?::[^'"]*)?\2/.exec(lines[i]);
      if (!test) continue;
      const comment = /^\/\/ (?:skipped: )?(.+)$/.exec(lines[i - 1]?.trim() ?? '')?.[1] ?? null;
      const reason =
        test[1] === '.skip' && comment !== null && comment !== MOCK_TESTS_OFF_2025.slice(12) ? comment : null;
      const key = `${file.path}#${test[3]}`;
      // Every test of the method skipped for the one reason.
      reasons.set(key, reasons.has(key) && reasons.get(key) !== reason ? null : reason);
    }
  }
  const skipped = new Map<string, string>();
  for (const [key, reason] of reasons) if (reason !== null && !isEraSkipReason(reason)) skipped.set(key, reason);
  return mockTestsDisabled(files) && [...skipped.values()].every((r) => MOCK_TESTS_OFF.test(`// ${r}`))
    ? new Map()
    : skipped;
}

/** The path of a base URL (`/v1` of `https://api.acme.com/v1/`, or of `/v1`); '' for none or a variable in it. */
function urlPath(url: string | null): string {
  const path = url === null ? '' : /^https?:\/\//i.test(url) ? url.replace(/^https?:\/\/[^/]*/i, '') : url;
  return path.startsWith('/') && !/[{?#]/.test(path) ? path.replace(/\/+$/, '') : '';
}
