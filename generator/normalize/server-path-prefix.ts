/**
 * A spec whose servers carry the API's path prefix (`servers: [{ url: https://api.acme.com/v1 }]`, paths `/run`) read
 * with a Stainless config whose endpoints carry it (`post /v1/run`). Such a pair is a spec copy published for the docs
 * beside the config of Stainless's SDK, or the config `sdkgen migrate --from-repo` writes from that SDK's api.md:
 * Stainless's own copy of the spec had the prefix in its paths and the server without it, and its SDK sends
 * `/v1/run` to the base URL `https://api.acme.com`. When more of the config's endpoints are operations of the spec
 * once the servers' path is put before its paths than as the spec writes them, the paths get it and the servers lose
 * it, as in Stainless's spec: the config's methods are then those operations, their paths and the base URL what
 * Stainless's SDK had (a user's `baseURL` keeps meaning the same). An endpoint the config names as the spec writes it
 * (an operation the owners added later to both, `get /probes/{id}`) is then the same operation under the prefix, as
 * its server says. A config naming most endpoints as the spec writes them leaves the spec alone.
 *
 * Call after the config's transformations and before anything reads the paths: it edits `spec.root.root` in place.
 * Left alone: servers that do not all share one path, a path item or `$ref` pointing into `#/paths` (its pointer would
 * change), operation-level servers (their own base URLs).
 */
import type { Diagnostics } from '../diagnostics';
import type { LoadedSpec } from '../load/load';
import type { StainlessConfig, StainlessMethod, StainlessResource } from '../stainless/config';
import { HTTP_METHODS } from './path-item-methods';

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Puts the servers' path before every path of the spec when the config's endpoints carry it (see above). */
export function prefixServerPath(spec: LoadedSpec, config: StainlessConfig, diags: Diagnostics): void {
  const root = spec.root.root as Obj;
  const paths = root.paths;
  if (!isObject(paths) || !Array.isArray(root.servers)) return;
  const prefix = sharedServerPath(root.servers);
  if (prefix === null) return;
  const endpoints = configEndpoints(config.resources);
  const operations = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    // A path item by `$ref` has its verbs elsewhere: any of them may be the endpoint.
    const verbs = typeof item.$ref === 'string' ? HTTP_METHODS : HTTP_METHODS.filter((verb) => isObject(item[verb]));
    for (const verb of verbs) operations.add(`${verb} ${path}`);
  }
  const asWritten = endpoints.filter((e) => operations.has(`${e.verb} ${e.path}`));
  const underPrefix = endpoints.filter(
    (e) =>
      !operations.has(`${e.verb} ${e.path}`) &&
      e.path.startsWith(`${prefix}/`) &&
      operations.has(`${e.verb} ${e.path.slice(prefix.length)}`),
  );
  if (underPrefix.length <= asWritten.length || pointsIntoPaths(root)) return;
  // Rewritten in place, in the spec's order: the loaded document is the one every later stage reads.
  const entries = Object.entries(paths);
  for (const [path] of entries) delete paths[path];
  for (const [path, item] of entries) paths[`${prefix}${path}`] = item;
  for (const e of asWritten) e.method.endpoint = { ...e.method.endpoint!, path: `${prefix}${e.path}` };
  for (const server of root.servers) {
    if (!isObject(server) || typeof server.url !== 'string') continue;
    const url = server.url.replace(/\/+$/, '');
    server.url = url === prefix ? '/' : url.slice(0, url.length - prefix.length);
  }
  diags.config(
    'warning',
    'stainless-server-path',
    config.file,
    'resources',
    null,
    `the config's endpoints carry the spec's server path ${prefix} (${underPrefix.length} of ${endpoints.length}, ` +
      `as ${underPrefix[0]!.verb} ${underPrefix[0]!.path}) where the spec's paths do not: the spec is read with ` +
      `${prefix} before its paths and servers without it, as Stainless's copy of the spec had them`,
    `give the paths their ${prefix} and the servers none in the spec, or name the endpoints as the spec writes them`,
  );
}

/** The path every server's URL ends with (`/v1`), the same for all; null when there is none or they differ. */
function sharedServerPath(servers: unknown[]): string | null {
  const paths = new Set<string>();
  for (const server of servers) {
    if (!isObject(server) || typeof server.url !== 'string') continue;
    const url = server.url.trim();
    // (A variable in the path, `/{version}`, is the user's to choose: not a prefix of the paths.)
    const path = /^https?:\/\//i.test(url) ? url.replace(/^https?:\/\/[^/]*/i, '') : url.startsWith('/') ? url : null;
    if (path === null || path.includes('{') || /[?#]/.test(path)) return null;
    paths.add(path.replace(/\/+$/, ''));
  }
  const [only] = paths;
  return paths.size === 1 && only ? only : null;
}

/** Every endpoint of the config's methods that generate (a skipped one names no operation it needs). */
function configEndpoints(
  resources: StainlessResource[],
): Array<{ verb: string; path: string; method: StainlessMethod }> {
  const out: Array<{ verb: string; path: string; method: StainlessMethod }> = [];
  const visit = (resource: StainlessResource) => {
    for (const method of resource.methods)
      if (method.endpoint && !method.skip)
        out.push({ verb: method.endpoint.verb.toLowerCase(), path: method.endpoint.path, method });
    resource.subresources.forEach(visit);
  };
  resources.forEach(visit);
  return out;
}

/** Whether a `$ref` of the document points into `#/paths` (renaming a path would break it). */
function pointsIntoPaths(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(pointsIntoPaths);
  if (!isObject(value)) return false;
  if (typeof value.$ref === 'string' && value.$ref.startsWith('#/paths/')) return true;
  return Object.values(value).some(pointsIntoPaths);
}
