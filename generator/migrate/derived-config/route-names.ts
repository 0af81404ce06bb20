/**
 * api.md's routes matched to the spec's where they differ only in their path parameters' names: Stainless's api.md
 * says `get /agents/{agent_id}`, the spec copy the owners have (TypeSpec's output) `get /agents/{id}`. A Stainless
 * config's endpoint names the spec's path as it is written, so the config migrate writes names the spec's route, and
 * an `openapi.transformations` entry gives each parameter the name the release's SDK had for its users
 * (`x-stainless-param: agent_id`), so that `client.agents.get(agent_id=…)` keeps working. Only where the match is
 * unique: the same method, the same segments, one route of the spec.
 */

import { HTTP_METHODS } from '../../normalize/path-item-methods';
import { isObject } from '../json-object';

/** A route of the spec, with where each of its path parameters is defined. */
export interface SpecRoute {
  /** `get /agents/{id}`. */
  endpoint: string;
  /** Its path parameters in path order: their name, and the JSONPath of their definition (null: not found). */
  params: Array<{ name: string; at: string | null }>;
}

/** An api.md route that is a spec route of other parameter names. */
export interface RenamedRoute {
  /** api.md's (`get /agents/{agent_id}`). */
  listed: string;
  /** The spec's (`get /agents/{id}`). */
  spec: string;
}

// (The methods a Path Item's fixed fields name that an SDK sends, as normalize reads them.)
const VERBS: ReadonlySet<string> = new Set(HTTP_METHODS);
const shapeOf = (path: string) => path.replace(/\{[^}]*\}/g, '{}');
const paramNames = (path: string) => [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
const split = (endpoint: string) => {
  const m = /^(\w+)\s+(\S+)$/.exec(endpoint.trim());
  return m ? { verb: m[1].toLowerCase(), path: m[2] } : null;
};

/** The spec's routes, from its document (its `paths`); empty without one. */
export function specRoutesOf(document: unknown): SpecRoute[] {
  const paths = (document as { paths?: unknown } | null)?.paths;
  if (!isObject(paths)) return [];
  const components = (document as { components?: { parameters?: unknown } }).components?.parameters;
  const routes: SpecRoute[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [verb, operation] of Object.entries(item)) {
      if (!VERBS.has(verb) || !isObject(operation)) continue;
      const place = (name: string): string | null =>
        placeIn(operation.parameters, name, `$.paths${key(path)}.${verb}.parameters`, components) ??
        placeIn(item.parameters, name, `$.paths${key(path)}.parameters`, components);
      routes.push({ endpoint: `${verb} ${path}`, params: paramNames(path).map((name) => ({ name, at: place(name) })) });
    }
  }
  return routes;
}

/** Where a path parameter of a parameters list is defined: its entry, or the component its `$ref` names. */
function placeIn(list: unknown, name: string, at: string, components: unknown): string | null {
  if (!Array.isArray(list)) return null;
  for (const [i, entry] of list.entries()) {
    if (!isObject(entry)) continue;
    if (entry.in === 'path' && entry.name === name) return `${at}[${i}]`;
    const ref = typeof entry.$ref === 'string' ? /^#\/components\/parameters\/([^/]+)$/.exec(entry.$ref)?.[1] : null;
    const target = ref && isObject(components) ? components[unescape(ref)] : undefined;
    if (isObject(target) && target.in === 'path' && target.name === name)
      return `$.components.parameters${key(unescape(ref!))}`;
  }
  return null;
}

/**
 * The spec's route api.md's `listed` is, where the spec has no route written so and exactly one of the same method
 * and segments; null otherwise.
 */
export function renamedRoute(listed: string, routes: readonly SpecRoute[]): RenamedRoute | null {
  const wanted = split(listed);
  if (wanted === null || routes.length === 0) return null;
  const same = (r: SpecRoute) => split(r.endpoint);
  if (routes.some((r) => same(r)?.verb === wanted.verb && same(r)?.path === wanted.path)) return null;
  const candidates = routes.filter(
    (r) => same(r)?.verb === wanted.verb && shapeOf(same(r)!.path) === shapeOf(wanted.path),
  );
  return candidates.length === 1 ? { listed: `${wanted.verb} ${wanted.path}`, spec: candidates[0].endpoint } : null;
}

/**
 * api.md's route with the path parameters its method names otherwise than the SDK would name them from the spec,
 * as a renamed route (Petstore's `put /user/{username}` is `update(existing_username, …)`: Stainless's copy of the
 * spec had `x-stainless-param`); null where the positional arguments are not one per path parameter, or where each
 * is a name `spelled` gives for its parameter, or the spec has no such route.
 */
export function namedPathParams(
  listed: string,
  positional: readonly string[],
  spelled: (param: string) => readonly string[],
  routes: readonly SpecRoute[],
): RenamedRoute | null {
  const route = split(listed);
  if (route === null || !routes.some((r) => r.endpoint === `${route.verb} ${route.path}`)) return null;
  const params = paramNames(route.path);
  if (params.length === 0 || positional.length !== params.length) return null;
  let i = 0;
  const path = route.path.replace(/\{([^}]*)\}/g, (whole, param: string) => {
    const arg = positional[i++];
    // (Only another word is a rename: `agencyId` for `agencyID` is the SDK's casing of it, as an era writes it.)
    const same = spelled(param).includes(arg) || wordsOf(param) === wordsOf(arg);
    return same ? whole : `{${arg}}`;
  });
  return path === route.path ? null : { listed: `${route.verb} ${path}`, spec: `${route.verb} ${route.path}` };
}

/** A name's letters and digits, lower-cased: the same words in any casing or separators. */
function wordsOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** api.md's names of a renamed route's path parameters (`agent_id`) as the spec's (`id`); others as they are. */
export function specParamNames(route: RenamedRoute | null, names: readonly string[]): string[] {
  if (route === null) return [...names];
  const listed = paramNames(split(route.listed)!.path);
  const spec = paramNames(split(route.spec)!.path);
  return names.map((name) => (listed.includes(name) ? spec[listed.indexOf(name)] : name));
}

/**
 * The `openapi.transformations` entries naming each renamed route's path parameters as api.md did, and notes naming
 * the routes. A definition several routes share is renamed only where every route the config has that uses it names
 * it alike (`configured`: the spec routes the config names); else the spec's name stays, and a note says so.
 */
export function keptParamNames(
  renamed: readonly RenamedRoute[],
  routes: readonly SpecRoute[],
  configured: ReadonlySet<string>,
): { transformations: Array<Record<string, unknown>>; notes: string[]; comment: string } {
  const notes: string[] = [];
  if (renamed.length === 0) return { transformations: [], notes, comment: '' };
  const sdkNames = new Map<string, string[]>();
  for (const route of renamed) sdkNames.set(route.spec, paramNames(split(route.listed)!.path));
  /** Each definition's names in the SDK, over the routes of the config that use it. */
  const wanted = new Map<string, { spec: string; sdk: Set<string> }>();
  for (const route of routes) {
    if (!configured.has(route.endpoint)) continue;
    for (const [i, param] of route.params.entries()) {
      if (param.at === null) continue;
      const entry = wanted.get(param.at) ?? { spec: param.name, sdk: new Set<string>() };
      entry.sdk.add(sdkNames.get(route.endpoint)?.[i] ?? param.name);
      wanted.set(param.at, entry);
    }
  }
  const transformations: Array<Record<string, unknown>> = [];
  const kept: string[] = [];
  for (const [at, { spec, sdk }] of wanted) {
    const [name] = sdk;
    if (sdk.size > 1) kept.push(`${spec} (${[...sdk].join(', ')})`);
    else if (name !== spec)
      transformations.push({ command: 'merge', args: { target: at, value: { 'x-stainless-param': name } } });
  }
  const unplaced = renamed.flatMap((r) =>
    routes
      .find((s) => s.endpoint === r.spec)!
      .params.filter((p) => p.at === null)
      .map((p) => `${p.name} (${r.spec})`),
  );
  // One line in the run's output (julep has 47 such routes); every route in the config's own comment.
  const said = renamed.map((r) => `${r.listed} is ${r.spec}`);
  const more = said.length > EXAMPLES ? `, … and ${said.length - EXAMPLES} more` : '';
  notes.push(
    `${renamed.length} route(s) of api.md are the spec's with other path-parameter names, so the config names the ` +
      `spec's route and \`openapi.transformations\` give the parameters the SDK's names (` +
      `${said.slice(0, EXAMPLES).join(', ')}${more}; all of them in the config's opening comment)`,
  );
  const comment =
    "# api.md's routes the spec names with other path-parameter names (the config names the spec's; " +
    "`openapi.transformations`\n# give the parameters the names api.md's had):\n" +
    said.map((line) => `#   ${line}\n`).join('');
  if (kept.length > 0 || unplaced.length > 0)
    notes.push(
      `path parameters that keep the spec's name (routes name them otherwise, or their definition was not found): ` +
        [...kept, ...unplaced].join(', '),
    );
  return { transformations, notes, comment };
}

/** How many renamed routes the note names. */
const EXAMPLES = 3;

const unescape = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');
const key = (name: string) => `['${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
