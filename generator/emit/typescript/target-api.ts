/**
 * The IR as the TypeScript planners read it: the API with the TypeScript target's options beside it (from a
 * Stainless config, stainless/typescript-target.ts), and each method's standalone function name.
 */
import type { Api, Method } from '../../ir/types';
import { resourcesWithTopLevel } from '../../ir/resources';
import { functionNames as namedFunctions } from '../../naming/funcs';
import { NO_TYPESCRIPT_TARGET, type TypeScriptTargetOptions } from '../../stainless/typescript-target';

export type TypeScriptApi = Api & TypeScriptTargetOptions;

/** `api` with the target's options (sdkgen's own shape when none are given); its methods' functions are named. */
export function typeScriptApi(api: Api, target: TypeScriptTargetOptions = NO_TYPESCRIPT_TARGET): TypeScriptApi {
  nameFunctions(api);
  return {
    ...api,
    stainlessLayout: target.stainlessLayout,
    requestOptionsInParams: target.requestOptionsInParams,
    queryDefaults: target.queryDefaults,
  };
}

// Each method's function name, by the method: every copy of an `Api` (typeScriptApi's) shares its methods.
const functionNames = new WeakMap<Method, string>();

/** Names the functions of every method of `api`, in method order (the client's own first, then resources depth first). */
function nameFunctions(api: Api): void {
  const methods = resourcesWithTopLevel(api).flatMap((r) => r.methods.map((m) => [r.path, m] as const));
  if (methods.length === 0 || functionNames.has(methods[0][1])) return;
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
