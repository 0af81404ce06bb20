/**
 * The SDK surface as `api.md` lists it — every method (endpoint, call chain, arguments, return type) and
 * exported type — and the comparison of a published SDK's surface with ours (`sdkgen diff --against`).
 *
 * Stainless SDKs and sdkgen write the same api.md format:
 *
 *   # Toolgroups                                   (## for subresources, ### deeper)
 *   - <code><a href="./src/resources/toolgroups.ts">ToolGroup</a></code>
 *   - <code title="get /v1/toolgroups/{toolgroup_id}">client.toolgroups.<a href="…">get</a>(toolgroupId) -> ToolGroup</code>
 *
 * Stainless's `standalone_api` option splits it: the root api.md links nested `src/**\/api.md` files, which
 * are read through the caller's reader. A published npm package has no api.md; `dts-surface.ts` builds the
 * same `ApiSurface` from its declaration files (no endpoints there: methods are then matched by chain).
 */
import { posix } from 'node:path';
import { classify } from './classify';
import type { ChangeKind, Classification } from './model';

export interface ApiMethod {
  /** "get /v1/x/{id}" (verb lower-cased), or "" when unknown (a surface read from .d.ts files). */
  endpoint: string;
  /** "client.a.b.method". */
  chain: string;
  /** Arguments, normalised: positional names, then "{ ...params }" for the params object. */
  args: string[];
  /** Return type as written, HTML entities decoded: "ToolGroup", "ServersPage<ServerSummary>", "void". */
  returns: string;
  /** Heading of the api.md section (the resource class name for a .d.ts surface). */
  section: string;
  /** Whether the params object is required; absent when the source does not say (api.md). */
  paramsRequired?: boolean;
  /** For a page return written as an alias (.d.ts), what it stands for: `ReleasesPage<ReleaseListResponse>`. */
  page?: { page: string; item: string };
  /** The module api.md links the method to: "./src/resources/chat/completions.ts" (absent for a .d.ts surface). */
  module?: string;
}

export interface ApiType {
  name: string;
  /** Module link as api.md writes it: "./src/resources/toolgroups.ts". */
  module: string;
}

export interface ApiSurface {
  methods: ApiMethod[];
  types: ApiType[];
}

export const PARAMS_ARG = '{ ...params }';

/** Reads a nested api.md (path relative to the root api.md's folder, posix); null when it does not exist. */
export type ApiMdReader = (file: string) => string | null;

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const TYPE_LINE = /^\s*[-*]\s*<code><a href="([^"]*)">([^<]+)<\/a><\/code>/;
const METHOD_LINE = /^\s*[-*]\s*<code title="([^"]*)">(.*?)<a href="([^"]*)">([^<]+)<\/a>\((.*)\)\s*->\s*(.*?)<\/code>/;
const MD_LINK = /\[([^\]]*)\]\(([^)\s]+\.md)\)|<a href="([^"]+\.md)">/g;

/**
 * Parse api.md into methods and types. Links to other `.md` files named `api.md` are followed through
 * `read` (relative to the linking file; each file once); hrefs inside them are rebased onto the root.
 */
export function parseApiMd(text: string, read?: ApiMdReader): ApiSurface {
  const surface: ApiSurface = { methods: [], types: [] };
  const seen = new Set<string>(['api.md']);
  parseInto(surface, text, '', read, seen);
  return surface;
}

function parseInto(
  surface: ApiSurface,
  text: string,
  dir: string,
  read: ApiMdReader | undefined,
  seen: Set<string>,
): void {
  let section = '';
  // Links in nested files are relative to them, but Stainless writes its own from the root (`./src/…`): rebase the
  // others onto the root so both sides compare equal.
  const rebase = (href: string) =>
    dir === '' || /^[a-z]+:/i.test(href) || /^(\.\/)?src\//.test(href)
      ? href
      : `./${posix.normalize(posix.join(dir, href))}`;
  for (const line of text.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading) section = decode(heading[2].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')).trim();
    for (const link of line.matchAll(MD_LINK)) {
      const target = link[2] ?? link[3];
      if (!read || !/(^|\/)api\.md$/.test(target) || /^[a-z]+:/i.test(target)) continue;
      const file = posix.normalize(posix.join(dir, target)).replace(/^\.\//, '');
      if (seen.has(file)) continue;
      seen.add(file);
      const nested = read(file);
      if (nested !== null)
        parseInto(surface, nested, posix.dirname(file) === '.' ? '' : posix.dirname(file), read, seen);
    }
    if (heading) continue;
    const method = METHOD_LINE.exec(line);
    if (method) {
      const title = method[1];
      const [prefix, href, name, args, returns] = method.slice(2).map(underscoresFromEmphasis);
      surface.methods.push({
        endpoint: normalizeEndpoint(decode(title)),
        chain: `${unescapeMarkdown(decode(prefix)).trim()}${unescapeMarkdown(decode(name)).trim()}`,
        args: splitArgs(decode(args)),
        returns: normalizeType(decode(returns)),
        section,
        module: rebase(decode(href)),
      });
      continue;
    }
    const type = TYPE_LINE.exec(line);
    if (type)
      surface.types.push({
        name: decode(underscoresFromEmphasis(type[2])).trim(),
        module: rebase(decode(underscoresFromEmphasis(type[1]))),
      });
  }
}

/** "GET  /v1/x" → "get /v1/x". */
export function normalizeEndpoint(text: string): string {
  const [verb, ...rest] = text.trim().split(/\s+/);
  return rest.length === 0 ? '' : `${verb.toLowerCase()} ${rest.join(' ')}`;
}

/** Split an argument list at top-level commas; object and array arguments become the params object. */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('{[(<'.includes(ch)) depth++;
    if ('}])>'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out
    .map((a) => a.trim().replace(/\s+/g, ' '))
    .filter((a) => a !== '')
    .map((a) => (a.startsWith('{') || a.startsWith('[') ? PARAMS_ARG : a.replace(/\?$/, '')));
}

/** Whitespace collapsed, qualified names shortened ("Shared.X" → "X", as api.md writes them). */
export function normalizeType(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\b(?:[A-Za-z_$][\w$]*\.)+([A-Za-z_$][\w$]*)/g, '$1')
    .replace(/\s*([<>,|])\s*/g, (_, c: string) => (c === ',' ? ', ' : c === '|' ? ' | ' : c));
}

const ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * A line's underscores as Stainless wrote them. A markdown formatter read two underscores of a line as emphasis and
 * rewrote them as asterisks (perplexity's `client.async*.chat.completions.<a href="…">` for the resource `async_`,
 * `get</a>(api*request, …)` for `api_request`), so a bare asterisk in a method or type line is an underscore; an
 * escaped one (`\*\*params`) is not.
 */
function underscoresFromEmphasis(text: string): string {
  return text.replace(/(?<!\\)\*/g, '_');
}

/** Markdown's backslash escapes undone: api.md writes a method's leading underscore `\_rpc`, the method is `_rpc`. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

// ─── comparison ─────────────────────────────────────────────────────────────────────────────────

export type ApiChangeKind = Extract<
  ChangeKind,
  | 'method-removed'
  | 'method-renamed'
  | 'method-moved'
  | 'method-added'
  | 'endpoint-changed'
  | 'positional-added'
  | 'positional-removed'
  | 'positional-renamed'
  | 'required-params-added'
  | 'optional-params-added'
  | 'params-removed'
  | 'params-made-required'
  | 'params-made-optional'
  | 'return-type-changed'
  | 'page-type-renamed'
  | 'type-removed'
  | 'type-moved'
  | 'type-added'
>;

export interface ApiChange {
  /** Stable id (a `ChangeKind` of the diff model, so reports and `--fail-on` treat it like any diff). */
  kind: ApiChangeKind;
  breaking: boolean;
  classification: Classification;
  /** Why it has this classification, for an SDK user. */
  reason: string;
  message: string;
  /** The method as users call it today (published), or ours for an added method; null for types. */
  chain: string | null;
  endpoint: string | null;
  /** The exported type, for type changes. */
  type: string | null;
  /** What is after the chain in the location: "args", "response"; "" for the method itself. */
  part: string;
  before: string | null;
  after: string | null;
}

/**
 * Compare the published SDK's surface with ours. Methods are matched by endpoint (verb + path, path
 * variable names ignored); an endpoint listed more than once (aliases) pairs same-chain entries first.
 * Methods without a known endpoint (a .d.ts surface) are matched by chain.
 */
export function compareApiSurfaces(published: ApiSurface, ours: ApiSurface): ApiChange[] {
  const changes: ApiChange[] = [];
  const add = (
    kind: ApiChangeKind,
    fields: Partial<Omit<ApiChange, 'kind' | 'breaking' | 'classification' | 'reason'>> & { message: string },
  ) => {
    const rule = classify(kind, null);
    changes.push({
      kind,
      breaking: rule.classification === 'breaking',
      classification: rule.classification,
      reason: rule.reason,
      chain: null,
      endpoint: null,
      type: null,
      part: '',
      before: null,
      after: null,
      ...fields,
    });
  };

  const free = new Set(ours.methods);
  const byEndpoint = new Map<string, ApiMethod[]>();
  for (const m of ours.methods) {
    if (m.endpoint === '') continue;
    const key = endpointKey(m.endpoint);
    byEndpoint.set(key, [...(byEndpoint.get(key) ?? []), m]);
  }
  const pairs = new Map<ApiMethod, ApiMethod>();
  const take = (p: ApiMethod, o: ApiMethod) => {
    pairs.set(p, o);
    free.delete(o);
  };
  const candidates = (p: ApiMethod) =>
    p.endpoint === '' ? [] : (byEndpoint.get(endpointKey(p.endpoint)) ?? []).filter((o) => free.has(o));
  // Same endpoint and chain; then same endpoint, in order (renames and moves); then same chain (.d.ts).
  for (const p of published.methods) {
    const o = candidates(p).find((c) => c.chain === p.chain);
    if (o) take(p, o);
  }
  for (const p of published.methods) {
    if (pairs.has(p)) continue;
    const o = candidates(p)[0];
    if (o) take(p, o);
  }
  for (const p of published.methods) {
    if (pairs.has(p)) continue;
    const o = ours.methods.find((c) => free.has(c) && c.chain === p.chain);
    if (o) take(p, o);
  }

  for (const p of published.methods) {
    const o = pairs.get(p);
    const at = { chain: p.chain, endpoint: p.endpoint || null };
    if (!o) {
      // An alias of an endpoint ours has once: name the method that serves it.
      const other = p.endpoint === '' ? [] : (byEndpoint.get(endpointKey(p.endpoint)) ?? []);
      const why =
        other.length > 0
          ? ` (\`${p.endpoint}\` is served by \`${other.map((m) => m.chain).join('`, `')}\` only)`
          : p.endpoint
            ? ` (no method for \`${p.endpoint}\`)`
            : '';
      add('method-removed', { ...at, message: `\`${call(p)}\` is not in the new SDK${why}` });
      continue;
    }
    if (o.chain !== p.chain) {
      const renamed = resourceOf(o.chain) === resourceOf(p.chain);
      add(renamed ? 'method-renamed' : 'method-moved', {
        ...at,
        message: `\`${p.chain}\` is now \`${o.chain}\``,
        before: p.chain,
        after: o.chain,
      });
    }
    if (p.endpoint && o.endpoint && endpointKey(p.endpoint) !== endpointKey(o.endpoint)) {
      add('endpoint-changed', {
        ...at,
        message: `calls \`${o.endpoint}\` instead of \`${p.endpoint}\``,
        before: p.endpoint,
        after: o.endpoint,
      });
    }
    compareArgs(p, o, at, add);
    compareReturns(p, o, at, add);
  }
  for (const o of ours.methods) {
    if (free.has(o))
      add('method-added', {
        chain: o.chain,
        endpoint: o.endpoint || null,
        message: `new method \`${call(o)}\``,
        after: o.chain,
      });
  }

  const oursByName = new Map<string, ApiType[]>();
  for (const t of ours.types) oursByName.set(t.name, [...(oursByName.get(t.name) ?? []), t]);
  const publishedNames = new Set(published.types.map((t) => t.name));
  for (const t of published.types) {
    const same = oursByName.get(t.name) ?? [];
    if (same.length === 0)
      add('type-removed', {
        type: t.name,
        message: `type \`${t.name}\` (${t.module}) is not exported by the new SDK`,
        before: t.module,
      });
    else if (!same.some((s) => s.module === t.module)) {
      add('type-moved', {
        type: t.name,
        message: `type \`${t.name}\` moved from ${t.module} to ${same[0].module}`,
        before: t.module,
        after: same[0].module,
      });
    }
  }
  // Stainless's api.md does not list params types; when the published one lists none, ours are not news.
  const listsParams = published.types.some((t) => t.name.endsWith('Params'));
  const addedTypes = new Set<string>();
  for (const t of ours.types) {
    if (publishedNames.has(t.name) || addedTypes.has(t.name) || (!listsParams && t.name.endsWith('Params'))) continue;
    addedTypes.add(t.name);
    add('type-added', {
      type: t.name,
      message: `new exported type \`${t.name}\` (${t.module})`,
      after: t.module,
    });
  }
  return changes;
}

type Add = (kind: ApiChangeKind, fields: Partial<ApiChange> & { message: string }) => void;

function compareArgs(p: ApiMethod, o: ApiMethod, at: Partial<ApiChange>, add: Add): void {
  const pos = (m: ApiMethod) => m.args.filter((a) => a !== PARAMS_ARG);
  const [pp, op] = [pos(p), pos(o)];
  const before = `(${p.args.join(', ')})`;
  const after = `(${o.args.join(', ')})`;
  const args = { ...at, part: 'args', before, after };
  if (op.length > pp.length) {
    add('positional-added', {
      ...args,
      message: `takes ${count(op.length)} instead of ${pp.length}: \`${before}\` → \`${after}\``,
    });
  } else if (op.length < pp.length) {
    add('positional-removed', {
      ...args,
      message: `takes ${count(op.length)} instead of ${pp.length}: \`${before}\` → \`${after}\``,
    });
  } else if (pp.some((name, i) => name !== op[i])) {
    add('positional-renamed', {
      ...args,
      message: `positional arguments renamed: \`${before}\` → \`${after}\``,
    });
  }
  const [ph, oh] = [p.args.includes(PARAMS_ARG), o.args.includes(PARAMS_ARG)];
  if (!ph && oh) {
    // Unknown required-ness counts as required: the report must not miss a break.
    if (o.paramsRequired === false)
      add('optional-params-added', {
        ...args,
        message: `now takes an optional params object: \`${before}\` → \`${after}\``,
      });
    else
      add('required-params-added', {
        ...args,
        message: `now takes a${o.paramsRequired === undefined ? ' (possibly required)' : ' required'} params object: \`${before}\` → \`${after}\``,
      });
  } else if (ph && !oh) {
    add('params-removed', {
      ...args,
      message: `no longer takes a params object: \`${before}\` → \`${after}\``,
    });
  } else if (ph && oh && p.paramsRequired === false && o.paramsRequired === true) {
    add('params-made-required', {
      ...args,
      message: 'the params object is now required',
      before: 'optional',
      after: 'required',
    });
  } else if (ph && oh && p.paramsRequired === true && o.paramsRequired === false) {
    add('params-made-optional', {
      ...args,
      message: 'the params object is now optional',
      before: 'required',
      after: 'optional',
    });
  }
}

function compareReturns(p: ApiMethod, o: ApiMethod, at: Partial<ApiChange>, add: Add): void {
  if (p.returns === o.returns) return;
  const fields = {
    ...at,
    part: 'response',
    before: p.returns,
    after: o.returns,
  };
  const [pp, op] = [pageOf(p), pageOf(o)];
  const samePage =
    pp && op
      ? pp.page === op.page && pp.item === op.item
      : stainlessAlias(p.returns, op) || stainlessAlias(o.returns, pp);
  if (samePage)
    add('page-type-renamed', {
      ...fields,
      message: `returns \`${o.returns}\` instead of \`${p.returns}\` (the same page of the same items)`,
    });
  else
    add('return-type-changed', {
      ...fields,
      message: `returns \`${o.returns}\` instead of \`${p.returns}\``,
    });
}

/** `Page<Item>` as written, or the alias expansion a .d.ts surface recorded. */
function pageOf(m: ApiMethod): { page: string; item: string } | null {
  if (m.page) return m.page;
  const generic = /^(\w*Page)<(\w+)>$/.exec(m.returns);
  return generic ? { page: generic[1], item: generic[2] } : null;
}

/** Stainless names a page alias `<plural item><Page class>`: `ResponseListResponsesOpenAICursorPage`. */
function stainlessAlias(alias: string, page: { page: string; item: string } | null): boolean {
  if (!page || !alias.endsWith(page.page) || alias === page.page) return false;
  const stem = alias.slice(0, -page.page.length);
  const { item } = page;
  return [item, `${item}s`, `${item}es`, item.replace(/y$/, 'ies')].includes(stem);
}

/** Verb + path with path variable names ignored ("get /a/{}"). */
function endpointKey(endpoint: string): string {
  return endpoint.replace(/\{[^}]*\}/g, '{}');
}

/** "client.a.b.method" → "a.b" ("" for a method on the client itself). */
export function resourceOf(chain: string): string {
  return chain.split('.').slice(1, -1).join('.');
}

function call(m: ApiMethod): string {
  return `${m.chain}(${m.args.join(', ')})`;
}

function count(n: number): string {
  return `${n} positional argument${n === 1 ? '' : 's'}`;
}
