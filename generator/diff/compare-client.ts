/**
 * Client-level changes: class and package names, environment variables, base URL and servers,
 * authentication options, the idempotency header, and the page classes (pagination schemes).
 */
import type { Api, AuthScheme, PaginationScheme, StreamEventRule, TypeRef } from '../ir/types';
import { NO_DOCS } from '../ir/docs';
import type { TypeComparer } from './compare-types';
import type { ChangeSink, Where } from './sink';

function clientWhere(oldApi: Api, newApi: Api, head = 'client'): Where {
  return {
    group: 'client',
    resource: null,
    method: null,
    type: null,
    head,
    affects: [],
    source: { old: oldApi.source, new: newApi.source },
  };
}

export function compareClient(oldApi: Api, newApi: Api, types: TypeComparer, sink: ChangeSink): void {
  const where = clientWhere(oldApi, newApi);
  if (oldApi.clientName !== newApi.clientName) {
    sink.add(
      'client-renamed',
      where,
      'class',
      `client class \`${oldApi.clientName}\` renamed to \`${newApi.clientName}\``,
      { before: oldApi.clientName, after: newApi.clientName },
    );
  }
  if (oldApi.packageName !== newApi.packageName) {
    sink.add(
      'package-renamed',
      where,
      'package',
      `package \`${oldApi.packageName}\` renamed to \`${newApi.packageName}\``,
      { before: oldApi.packageName, after: newApi.packageName },
    );
  }
  if (oldApi.envPrefix !== newApi.envPrefix) {
    sink.add(
      'env-prefix-changed',
      where,
      'env',
      `environment variables now start with \`${newApi.envPrefix}_\` (was \`${oldApi.envPrefix}_\`)`,
      { before: oldApi.envPrefix, after: newApi.envPrefix },
    );
  }
  if (oldApi.specVersion !== newApi.specVersion) {
    sink.add(
      'spec-version-changed',
      where,
      'info.version',
      `API version ${newApi.specVersion} (was ${oldApi.specVersion})`,
      { before: oldApi.specVersion, after: newApi.specVersion },
    );
  }
  if (oldApi.baseUrl !== newApi.baseUrl) {
    if (newApi.baseUrl === null)
      sink.add('base-url-removed', where, 'baseURL', `no default base URL (was ${oldApi.baseUrl})`, {
        before: oldApi.baseUrl,
      });
    else if (oldApi.baseUrl === null)
      sink.add('base-url-added', where, 'baseURL', `default base URL ${newApi.baseUrl}`, { after: newApi.baseUrl });
    else
      sink.add(
        'base-url-changed',
        where,
        'baseURL',
        `default base URL is now ${newApi.baseUrl} (was ${oldApi.baseUrl})`,
        { before: oldApi.baseUrl, after: newApi.baseUrl },
      );
  }
  const oldServers = new Set(oldApi.servers.map((s) => s.url));
  const newServers = new Set(newApi.servers.map((s) => s.url));
  for (const url of newServers)
    if (!oldServers.has(url) && url !== newApi.baseUrl)
      sink.add('server-added', where, 'servers', `server ${url} documented`, { after: url });
  for (const url of oldServers)
    if (!newServers.has(url) && url !== oldApi.baseUrl)
      sink.add('server-removed', where, 'servers', `server ${url} no longer documented`, { before: url });
  if (oldApi.idempotencyHeader !== newApi.idempotencyHeader) {
    sink.add(
      'idempotency-header-changed',
      where,
      'idempotencyHeader',
      `idempotency header ${newApi.idempotencyHeader ?? 'none'} (was ${oldApi.idempotencyHeader ?? 'none'})`,
      {
        before: oldApi.idempotencyHeader,
        after: newApi.idempotencyHeader,
      },
    );
  }
  const oldRules = streamRulesText(oldApi.streamEventRules);
  const newRules = streamRulesText(newApi.streamEventRules);
  if (oldRules !== newRules)
    sink.add('stream-rules-changed', where, 'streaming', `streams: ${newRules} (was: ${oldRules})`, {
      before: oldRules,
      after: newRules,
    });
  compareAuth(oldApi, newApi, where, sink);
  comparePageClasses(oldApi, newApi, types, sink);
}

/** "`error` events → error; any event → yield, `error` property thrown", or what streams do without rules. */
function streamRulesText(rules: StreamEventRule[]): string {
  if (rules.length === 0) return 'every event yielded';
  return rules
    .map((rule) => {
      const names = rule.events?.map((e) => (e === null ? 'unnamed' : `\`${e}\``)).join(', ');
      const data = rule.dataStartsWith === null ? '' : ` with data starting \`${rule.dataStartsWith}\``;
      const property = rule.errorProperty === null ? '' : `, \`${rule.errorProperty}\` property thrown`;
      return `${names ? `${names} events` : 'any event'}${data} → ${rule.handle}${property}`;
    })
    .join('; ');
}

/** The client options a scheme adds, and the environment variables they default to. */
function authOptions(a: AuthScheme): Array<{ option: string; envVar: string | null }> {
  return a.kind === 'basic'
    ? [
        { option: a.usernameOption, envVar: a.usernameEnvVar },
        { option: a.passwordOption, envVar: a.passwordEnvVar },
      ]
    : [{ option: a.option, envVar: a.envVar }];
}

function wire(a: AuthScheme): string {
  return a.kind === 'apiKey' ? `${a.in} ${a.wireName}` : a.kind;
}

function compareAuth(oldApi: Api, newApi: Api, where: Where, sink: ChangeSink): void {
  // Match by security scheme name, then by the option it adds.
  const byName = new Map(newApi.auth.map((a) => [a.name, a]));
  const unmatchedNew = new Set(newApi.auth);
  const pairs: Array<[AuthScheme, AuthScheme]> = [];
  const unmatchedOld: AuthScheme[] = [];
  for (const a of oldApi.auth) {
    const b =
      byName.get(a.name) ?? [...unmatchedNew].find((x) => authOptions(x)[0].option === authOptions(a)[0].option);
    if (b && unmatchedNew.has(b)) {
      pairs.push([a, b]);
      unmatchedNew.delete(b);
    } else unmatchedOld.push(a);
  }
  const label = (a: AuthScheme) =>
    authOptions(a)
      .map((o) => o.option)
      .join('/');
  for (const a of unmatchedOld)
    sink.add('auth-removed', where, `auth.${label(a)}`, `client option \`${label(a)}\` (${a.kind}) removed`, {
      before: wire(a),
    });
  for (const b of unmatchedNew) {
    sink.add(
      b.required ? 'required-auth-added' : 'optional-auth-added',
      where,
      `auth.${label(b)}`,
      `${b.required ? 'required' : 'optional'} client option \`${label(b)}\` (${b.kind}) added`,
      { after: wire(b) },
    );
  }
  for (const [a, b] of pairs) {
    const at = `auth.${label(b)}`;
    const ao = authOptions(a);
    const bo = authOptions(b);
    const optionText = (list: typeof ao) =>
      list.map((o) => `${o.option}${o.envVar ? ` (${o.envVar})` : ''}`).join(', ');
    if (a.kind !== b.kind || optionText(ao) !== optionText(bo)) {
      sink.add(
        'auth-changed',
        where,
        at,
        `credential option is now ${optionText(bo)} ${b.kind} (was ${optionText(ao)} ${a.kind})`,
        { before: optionText(ao), after: optionText(bo) },
      );
    } else if (wire(a) !== wire(b)) {
      sink.add('auth-wire-changed', where, at, `credential sent as ${wire(b)} (was ${wire(a)})`, {
        before: wire(a),
        after: wire(b),
      });
    }
    if (a.required !== b.required)
      sink.add(
        b.required ? 'auth-made-required' : 'auth-made-optional',
        where,
        at,
        `credential \`${label(b)}\` is now ${b.required ? 'required' : 'optional'}`,
      );
  }
}

/** Page classes: matched by class name. */
function comparePageClasses(oldApi: Api, newApi: Api, types: TypeComparer, sink: ChangeSink): void {
  const oldSchemes = new Map(oldApi.paginationSchemes.map((s) => [s.className, s]));
  for (const n of newApi.paginationSchemes) {
    const o = oldSchemes.get(n.className);
    if (!o) continue; // a new page class shows up as pagination-added / -scheme-changed on its methods
    const where: Where = { ...clientWhere(oldApi, newApi, `page ${n.className}`), group: 'client', type: n.className };
    if (o.style !== n.style)
      sink.add('page-style-changed', where, 'style', `${n.className} paginates by ${n.style} (was ${o.style})`, {
        before: o.style,
        after: n.style,
      });
    const params = (s: PaginationScheme) => JSON.stringify(s.request);
    if (params(o) !== params(n))
      sink.add('page-params-changed', where, 'params', 'drives different query parameters', {
        before: requestText(o),
        after: requestText(n),
      });
    types.compare(fieldsObject(o), fieldsObject(n), where, '', 'response');
  }
}

/** A page class's extra fields, as an object type (they are read from the page: response side). */
function fieldsObject(s: PaginationScheme): TypeRef {
  return {
    kind: 'object',
    properties: s.fields,
    additional: null,
    propertyNames: null,
    declareAs: null,
    docs: NO_DOCS,
  };
}

function requestText(s: PaginationScheme): string {
  return Object.entries(s.request)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}
