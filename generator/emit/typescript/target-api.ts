/**
 * The IR as the TypeScript planners read it: the API with the TypeScript target's options beside it (from a
 * Stainless config, stainless/typescript-target.ts), and each method's standalone function name.
 */
import type { Api, Method, Resource } from '../../ir/types';
import { resourcesWithTopLevel } from '../../ir/resources';
import { functionNames as namedFunctions } from '../../naming/funcs';
import { NO_TYPESCRIPT_TARGET, type TypeScriptTargetOptions } from '../../stainless/typescript-target';
import { withoutRequestVariants } from './one-shape-models';

export type TypeScriptApi = Api & TypeScriptTargetOptions;

/** `api` with the target's options (sdkgen's own shape when none are given); its methods' functions are named. */
export function typeScriptApi(irApi: Api, target: TypeScriptTargetOptions = NO_TYPESCRIPT_TARGET): TypeScriptApi {
  nameFunctions(irApi);
  // (A Stainless config's SDK declares each model once, in requests too.)
  const declared = target.stainlessLayout !== null ? withoutRequestVariants(irApi) : irApi;
  nameFunctions(declared);
  const api = target.stainlessLayout === 'typescript' ? withUnmarkedStreams(declared) : declared;
  return {
    ...api,
    stainlessLayout: target.stainlessLayout,
    requestOptionsInParams: target.requestOptionsInParams,
    queryDefaults: target.queryDefaults,
  };
}

// Each method's function name, by the method: the copies of an `Api` (typeScriptApi's) share the methods they leave alone.
const functionNames = new WeakMap<Method, string>();

/** Names the functions of every method of `api`, in method order (the client's own first, then resources depth first). */
function nameFunctions(api: Api): void {
  const methods = resourcesWithTopLevel(api).flatMap((r) => r.methods.map((m) => [r.path, m] as const));
  if (methods.every(([, m]) => functionNames.has(m))) return;
  namedFunctions(methods.map(([path, m]) => [path, m.name])).forEach((name, i) =>
    functionNames.set(methods[i][1], name),
  );
}

/**
 * The name of a method's standalone function (`src/funcs/<name>.ts`): "serversReleasesGet", unique across the SDK.
 * Known once its API went through typeScriptApi(), or given here as `api`.
 */
export function functionNameOf(method: Method, api?: Api): string {
  if (api) nameFunctions(api);
  const name = functionNames.get(method);
  if (name === undefined) throw new Error(`generator bug: method ${method.name} has no function name`);
  return name;
}

/** The methods withUnmarkedStreams made stream. */
const unmarked = new WeakSet<Method>();

/**
 * Whether a method streams only as the newer Stainless generator streams an event stream its config does not mark:
 * its request then asks for `text/event-stream` itself, as Stainless's did (`Accept` among its headers).
 */
export function streamsUnmarked(method: Method): boolean {
  return unmarked.has(method);
}

/**
 * An event stream a Stainless config does not mark `streaming` is read as text by the IR (`-> string`), as the older
 * Stainless generator (`targets.node`: honcho-node, and every `Core.APIPromise<string>` SDK asking for
 * `text/event-stream`) wrote it. The newer one (`targets.typescript`) streams it all the same: hypeman-ts's
 * `instances.logs`, unmarked in its config, returns `Stream<InstanceLogsResponse>`, the events typed by the method's
 * declared type (`InstanceLogsResponse = string`). So in that layout such a method streams its events, typed by the
 * type the IR declared for its response (`EventListResponse`, a union, for an event schema of that shape), a string
 * where it declared none.
 */
function withUnmarkedStreams(api: Api): Api {
  const ids = new Set(api.schemas.map((s) => s.id));
  const stream = (m: Method): Method => {
    if (m.response.kind !== 'text' || m.response.accept !== 'text/event-stream') return m;
    const declared = `${m.source.file}${m.source.pointer}#response`;
    const event = ids.has(declared)
      ? { kind: 'ref' as const, schemaId: declared }
      : { kind: 'string' as const, format: null };
    const streamed: Method = { ...m, response: { kind: 'sse', event } };
    functionNames.set(streamed, functionNames.get(m)!);
    unmarked.add(streamed);
    return streamed;
  };
  const resource = (r: Resource): Resource => {
    const methods = r.methods.map(stream);
    const subresources = r.subresources.map(resource);
    const same = methods.every((m, i) => m === r.methods[i]) && subresources.every((s, i) => s === r.subresources[i]);
    return same ? r : { ...r, methods, subresources };
  };
  const resources = api.resources.map(resource);
  const topLevel = api.topLevel && resource(api.topLevel);
  const same = topLevel === api.topLevel && resources.every((r, i) => r === api.resources[i]);
  return same ? api : { ...api, resources, topLevel };
}
