/**
 * The resource methods Stainless wrote that api.md does not list. Stainless leaves a method out of api.md (and the
 * README) when its config marks it undocumented, yet writes it all the same: its resource module, the client's
 * accessor and its types. A config derived from api.md alone would leave such a resource out of the SDK (the spec's
 * endpoints "in no resource"), and the owners' users lose `client.files.create()`. So Stainless's resource modules are
 * read too: each method of a sync resource class whose request (`self._post("/files", …)`) is an endpoint of the spec
 * that no api.md method has.
 */
import { words } from '../../../naming/case';
import { packageDir } from '../../../emit/python/package-root';
import { resourceSingular } from '../../../naming/rules';
import type { RepoFile } from '../../repository/checkout-files';

export interface UnlistedMethod {
  /** The config's keys: the resource chain, then the method (`['files', 'create']`). */
  keys: string[];
  /** As the config names it: "post /files", the spec's path. */
  endpoint: string;
  /** The module it was read from, for the note. */
  module: string;
  /** The page class it returns (`SyncCursorURLPage[FileListResponse]`), else its signature's return type (`None`). */
  returns: string;
  /** The class its signature returns first (`Completion` of `-> Completion | Stream[Completion]`), else null. */
  returnsClass: string | null;
}

const STAINLESS_HEADER = /^# File generated from our OpenAPI spec by Stainless\./;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const HTTP = new Set(['get', 'post', 'put', 'patch', 'delete']);

/**
 * The methods of `files`' Stainless resource modules (under src/<importName>/resources/) whose endpoint is one of
 * `specEndpoints` ("get /v1/files/{file_id}") and none of `listed` (api.md's, in the same form). A path matches the
 * spec's with its parameters' names aside and the prefix every operation shares (`/v1`, the base URL's) before it.
 */
export function unlistedMethods(
  files: RepoFile[],
  importName: string,
  listed: ReadonlySet<string>,
  specEndpoints: Iterable<string>,
  // (Only modules of Stainless's generation: a resource its bot committed to main beside the generation, which migrate
  // keeps as the owners' custom code, is no method to write: runway's `uploads.py`, whose twin on `generated` lacks it.)
  inGeneration: (path: string) => boolean = () => true,
): UnlistedMethod[] {
  const bySpecShape = new Map<string, string[]>();
  for (const endpoint of specEndpoints) {
    const [verb, specPath] = endpoint.split(' ');
    const shape = `${verb} ${withoutParamNames(specPath)}`;
    bySpecShape.set(shape, [...(bySpecShape.get(shape) ?? []), endpoint]);
  }
  const listedShapes = new Set([...listed].map((e) => e.split(' ')).map(([v, p]) => `${v} ${withoutParamNames(p)}`));
  const prefix = `${packageDir(importName)}/resources/`;
  const found: UnlistedMethod[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const text = file.text;
    if (text === null || !file.path.startsWith(prefix) || !file.path.endsWith('.py') || !STAINLESS_HEADER.test(text))
      continue;
    if (!inGeneration(file.path)) continue;
    const chain = resourceChain(file.path.slice(prefix.length));
    if (chain === null) continue;
    for (const { name, verb, path, page, returnsClass } of requestsOf(text)) {
      const key = name.replace(/(?<=[a-z0-9])_$/, '');
      if (!IDENTIFIER.test(key)) continue;
      const endpoint = specEndpointOf(verb, path, bySpecShape);
      if (endpoint === null) continue;
      const [v, p] = endpoint.split(' ');
      if (listedShapes.has(`${v} ${withoutParamNames(p)}`)) continue;
      found.push({ keys: [...chain, key], endpoint, module: file.path, returns: page, returnsClass });
    }
  }
  return found;
}

/** `files.py` → files; `deployments/deployments.py` → deployments; `deployments/predictions.py` → both. */
function resourceChain(relative: string): string[] | null {
  const parts = relative.replace(/\.py$/, '').split('/');
  if (parts[parts.length - 1] === '__init__') return null;
  if (parts.length > 1 && parts[parts.length - 1] === parts[parts.length - 2]) parts.pop();
  return parts.every((part) => IDENTIFIER.test(part)) ? parts : null;
}

interface MethodRequest {
  name: string;
  verb: string;
  path: string;
  page: string;
  returnsClass: string | null;
}

/** Each method of the module's sync resource class with the request its body makes first. */
function requestsOf(module: string): MethodRequest[] {
  const classBody = /^class \w+\(SyncAPIResource\):\n([\s\S]*?)(?=^class |(?![\s\S]))/m.exec(module)?.[1];
  if (classBody === undefined) return [];
  const requests: MethodRequest[] = [];
  const seen = new Set<string>();
  // A method's overloads (`@overload def create(…): ...`) make no request: its last definition does.
  for (const [, name, body] of classBody.matchAll(/^ {4}def (\w+)\(([\s\S]*?)(?=^ {4}(?:def |@)|(?![\s\S]))/gm)) {
    if (seen.has(name) || name.startsWith('_')) continue;
    const call = /self\._(get_api_list|get|post|put|patch|delete)\(\s*(?:path_template\(\s*)?f?"(\/[^"]*)"/.exec(body);
    if (call === null) continue;
    // A page fetched by another verb says so (`method="post"`).
    const verb = call[1] === 'get_api_list' ? (/\bmethod="(\w+)"/.exec(body)?.[1] ?? 'get') : call[1];
    if (!HTTP.has(verb)) continue;
    seen.add(name);
    // Its page (`SyncCursorPage[Item]`), else the type its signature returns (`None`, `FileCreateResponse`).
    const page = /\bpage=(Sync\w+\[[\w.]+\])/.exec(body)?.[1] ?? /\)\s*->\s*([\w.]+)\s*:\s*\n/.exec(body)?.[1] ?? '';
    // (A method that may stream returns its class or a stream of it: `-> Completion | Stream[Completion]`.)
    const returnsClass = /\)\s*->\s*([A-Z]\w*)(?:\s*\|[^:\n]*)?:\s*\n/.exec(body)?.[1] ?? null;
    requests.push({ name, verb, path: call[2], page, returnsClass });
  }
  return requests;
}

/** The spec's endpoint of this verb whose path ends with `path` (parameters' names aside), when exactly one does. */
function specEndpointOf(verb: string, path: string, bySpecShape: ReadonlyMap<string, string[]>): string | null {
  const shape = withoutParamNames(path);
  const exact = bySpecShape.get(`${verb} ${shape}`) ?? [];
  const prefixed = [...bySpecShape.entries()]
    .filter(([key]) => key.startsWith(`${verb} /`) && key.endsWith(shape) && key !== `${verb} ${shape}`)
    .flatMap(([, endpoints]) => endpoints);
  const matches = exact.length > 0 ? exact : prefixed;
  return matches.length === 1 ? matches[0] : null;
}

function withoutParamNames(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

/**
 * Whether the model api.md lists as `key` in `resource` is the type Stainless wrote for one of `unlisted`'s methods
 * there (`file_create_response` of `files.create`), as for the methods api.md lists (python-models.ts): no model of
 * the config, so that each method has its own type again (`FileGetResponse`, `FileListResponse`).
 */
export function isUnlistedMethodType(key: string, resource: string[], unlisted: UnlistedMethod[]): boolean {
  const last = resource[resource.length - 1];
  if (last === undefined || last.startsWith('$')) return false;
  const singular = snake(resourceSingular(last));
  return unlisted.some((method) => {
    const chain = method.keys.slice(0, -1);
    const name = method.keys[method.keys.length - 1];
    return (
      chain.join('.') === resource.join('.') &&
      (key === `${singular}_${name}_response` || key === `${singular}_${name}_params`)
    );
  });
}

function snake(name: string): string {
  return words(name)
    .map((w) => w.toLowerCase())
    .join('_');
}

/**
 * The models Stainless named for the responses of `unlisted`'s methods (anthropic's legacy `completions.create`, which
 * returns `Completion` of `types/completion.py`, a model api.md does not list): the class each returns, where the
 * spec's response of its endpoint is one component schema that no model of api.md (`modelled`) names already, keyed
 * by the class's words in the method's resource, so that sdkgen writes that class in that module, not a
 * `…CreateResponse` of its own. A method returning its default response name (`FileCreateResponse`), a page or
 * nothing needs none.
 */
export function unlistedResponseModels(
  unlisted: readonly UnlistedMethod[],
  responseSchemas: ReadonlyMap<string, string>,
  modelled: ReadonlySet<string>,
): Array<{ resource: string[]; key: string; schema: string }> {
  const out: Array<{ resource: string[]; key: string; schema: string }> = [];
  const taken = new Set(modelled);
  for (const method of unlisted) {
    const name = method.returnsClass;
    if (name === null || method.returns.startsWith('Sync')) continue;
    const resource = method.keys.slice(0, -1);
    const last = resource[resource.length - 1];
    const own = `${snake(resourceSingular(last ?? ''))}_${method.keys[method.keys.length - 1]}_response`;
    const key = snake(name);
    const schema = responseSchemas.get(method.endpoint);
    if (key === own || schema === undefined || taken.has(schema)) continue;
    taken.add(schema);
    out.push({ resource, key, schema });
  }
  return out;
}
