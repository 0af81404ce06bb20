/**
 * The IR as the TypeScript planners read it: the API with the TypeScript target's options beside it (from a
 * Stainless config, stainless/typescript-target.ts), and each method's standalone function name.
 */
import type { Api, Method, Param, Resource } from '../../ir/types';
import { resourcesWithTopLevel } from '../../ir/resources';
import { functionNames as namedFunctions } from '../../naming/funcs';
import { NO_TYPESCRIPT_TARGET, type TypeScriptTargetOptions } from '../../stainless/typescript-target';
import { formsOfEra } from '../../stainless/era';
import { withoutRequestVariants } from './one-shape-models';

export type TypeScriptApi = Api & TypeScriptTargetOptions;

/**
 * `api` with the target's options (sdkgen's own shape when none are given); its methods' functions are named.
 * `stainlessEra`: the era of the Stainless SDK whose forms a Stainless config's SDK keeps (stainless/era.ts); null or
 * absent: the newest.
 */
export function typeScriptApi(
  irApi: Api,
  target: TypeScriptTargetOptions = NO_TYPESCRIPT_TARGET,
  stainlessEra: string | null = null,
): TypeScriptApi {
  nameFunctions(irApi);
  // (A Stainless config's SDK declares each model once, in requests too.)
  const declared = target.stainlessLayout !== null ? withoutRequestVariants(irApi) : irApi;
  nameFunctions(declared);
  const era = target.stainlessLayout === null ? null : stainlessEra;
  const sent = formsOfEra(era).contentLengthParams ? declared : withoutContentLengthParams(declared);
  const api = target.stainlessLayout === 'typescript' ? withPositionalBodies(withUnmarkedStreams(sent)) : sent;
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
 * declared type (`InstanceLogsResponse = string`), and cartesia-js's `tts.generateSSE` `Stream<TTSSSEEvent>`, a config
 * model by its name. So in that layout such a method streams its events, typed by the type the IR carries for them
 * (`EventListResponse`, a union, for an event schema of that shape), a string where the spec types them not at all.
 */
function withUnmarkedStreams(api: Api): Api {
  return mapMethods(api, (m) => {
    if (m.response.kind !== 'text' || m.response.accept !== 'text/event-stream') return m;
    const event = m.response.event ?? { kind: 'string' as const, format: null };
    const streamed: Method = { ...m, response: { kind: 'sse', event } };
    functionNames.set(streamed, functionNames.get(m)!);
    unmarked.add(streamed);
    return streamed;
  });
}

/**
 * The text of a positional parameter's type where it is no IR type: a binary request body taken positionally
 * (withPositionalBodies) is any of the bytes fetch sends, as Stainless's SDKs type it; null for any other parameter.
 */
export function positionalBodyType(param: Param): string | null {
  return param.in === 'body' ? 'string | ArrayBuffer | ArrayBufferView | Blob | DataView' : null;
}

/** The positional parameter holding a method's whole request body (withPositionalBodies), or null. */
export function positionalBody(method: Method): Param | null {
  return method.positional.find((p) => p.in === 'body') ?? null;
}

/**
 * The newer Stainless generator (`targets.typescript`) takes a binary request body (an `image/jpeg` or
 * `application/gzip` body, not a form) as a positional argument after the path parameters, the other params after
 * it: `update(playlistID, body, options)` (spotify-typescript's `playlists.images.update`), `createFromArchive(body,
 * params, options)` (hypeman-ts's `volumes.createFromArchive`), sent as the request's body. So here: the params
 * field holding such a body becomes the last positional parameter, and the params keep the other fields (none
 * left: no params). A body the config names (`body_param_name`: writer-node's `files.upload({ content, … })`) stays
 * in the params.
 */
function withPositionalBodies(api: Api): Api {
  return mapMethods(api, (m) => {
    const body = m.body;
    if (!body || body.encoding !== 'binary' || body.shape !== 'whole' || !m.params || m.params.variants) return m;
    // One the config names (`body_param_name`) stays in the params by that name.
    if (body.bodyParamByConfig) return m;
    const field = m.params.fields.find((f) => f.in === 'body');
    if (!field) return m;
    const rest = m.params.fields.filter((f) => f !== field);
    const params = rest.length === 0 ? null : { ...m.params, fields: rest, required: rest.some((f) => f.required) };
    const moved: Method = { ...m, positional: [...m.positional, { ...field, required: true }], params };
    functionNames.set(moved, functionNames.get(m)!);
    if (unmarked.has(m)) unmarked.add(moved);
    return moved;
  });
}

/**
 * A `Content-Length` header param is no param of the method: fetch sets that header from the body it sends, and a
 * caller's value breaks the request (hedra-node's endpoint tests sent `'content-length': 0` beside a file and hung
 * against the mock server). Stainless's SDKs before CONTENT_LENGTH_DROPPED_SINCE took one (stainless/era.ts).
 */
function withoutContentLengthParams(api: Api): Api {
  const kept = (fields: Param[]) =>
    fields.filter((f) => !(f.in === 'header' && f.wireName.toLowerCase() === 'content-length'));
  return mapMethods(api, (m) => {
    const params = m.params;
    if (!params || kept(params.fields).length === params.fields.length) return m;
    const fields = kept(params.fields);
    const variants = params.variants?.map((v) => ({ ...v, fields: kept(v.fields) }));
    // (writer's was required: the params' `required` then says what the other fields do.)
    const droppedRequired = params.fields.some((f) => f.required && !fields.includes(f));
    const required = droppedRequired ? fields.some((f) => f.required) : params.required;
    const rest = { ...params, fields, required, ...(variants ? { variants } : {}) };
    const without: Method = { ...m, params: fields.length === 0 && !variants ? null : rest };
    functionNames.set(without, functionNames.get(m)!);
    if (unmarked.has(m)) unmarked.add(without);
    return without;
  });
}

/** `api` with `change` applied to each method (the same objects where it changes none). */
function mapMethods(api: Api, change: (m: Method) => Method): Api {
  const resource = (r: Resource): Resource => {
    const methods = r.methods.map(change);
    const subresources = r.subresources.map(resource);
    const same = methods.every((m, i) => m === r.methods[i]) && subresources.every((s, i) => s === r.subresources[i]);
    return same ? r : { ...r, methods, subresources };
  };
  const resources = api.resources.map(resource);
  const topLevel = api.topLevel && resource(api.topLevel);
  const same = topLevel === api.topLevel && resources.every((r, i) => r === api.resources[i]);
  return same ? api : { ...api, resources, topLevel };
}
