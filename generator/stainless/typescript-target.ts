/**
 * What a Stainless config's TypeScript target (`targets.typescript` or the older `targets.node`) asks of the shape of
 * a TypeScript SDK, as plain data for the TypeScript planner: the IR holds no target's facts.
 */
import type { ParamStyle } from '../ir/types';
import type { StainlessConfig } from './config-types';

export interface TypeScriptTargetOptions {
  /**
   * The Stainless SDK layout whose module paths the package keeps (`typescript`, or the older `node`), so that its
   * users' imports of `<pkg>/error`, `<pkg>/uploads`, … (and `<pkg>/core`, `<pkg>/shims/node` of the older one) still
   * resolve; null without a Stainless config.
   */
  stainlessLayout: 'typescript' | 'node' | null;
  /**
   * The legacy call shape (`targets.node`): a method whose params are all optional also accepts the request options
   * in their place, `list({ timeout: 5 })`, as its SDK's users wrote it.
   */
  requestOptionsInParams: boolean;
  /**
   * How the client sends the arrays and objects of a query when the method gives them no style, as Stainless's
   * client's one serialiser sent them (the config's `query_settings`); absent: sdkgen's form style, exploded.
   */
  queryDefaults?: QueryDefaults;
}

/** The styles of a query's arrays and objects when their parameters have none (null: form, exploded). */
export interface QueryDefaults {
  array: ParamStyle | null;
  object: ParamStyle | null;
  /** How the arrays inside an object are keyed (the config's `array_format`). */
  objectArrays?: 'comma' | 'repeat' | 'brackets' | 'indices';
}

/** sdkgen's own shape: no Stainless config. */
export const NO_TYPESCRIPT_TARGET: TypeScriptTargetOptions = { stainlessLayout: null, requestOptionsInParams: false };

/** The TypeScript target options a Stainless config (or none) asks for. */
export function typeScriptTargetOptions(
  config: (Pick<StainlessConfig, 'target'> & Partial<Pick<StainlessConfig, 'querySettings'>>) | null,
): TypeScriptTargetOptions {
  if (!config) return NO_TYPESCRIPT_TARGET;
  const legacy = config.target?.kind === 'node';
  const options = { stainlessLayout: legacy ? 'node' : 'typescript', requestOptionsInParams: legacy } as const;
  return config.querySettings ? { ...options, queryDefaults: queryDefaults(config.querySettings) } : options;
}

/**
 * The config's `query_settings` as styles (the IR gives parameters without a style of their own the same:
 * ir/params.ts): arrays comma-joined unless it says otherwise, objects in brackets unless `dots`.
 */
function queryDefaults(settings: StainlessConfig['querySettings']): QueryDefaults {
  const array = settings.arrayFormat ?? 'comma';
  const nested = settings.nestedFormat ?? 'brackets';
  return {
    array:
      array === 'comma'
        ? { style: 'form', explode: false }
        : array === 'repeat'
          ? null
          : { style: array, explode: true },
    object: nested === 'dots' ? { style: 'dots', explode: true } : { style: 'deepObject', explode: true },
    // Stainless's serialiser keyed an object's arrays by the same `array_format`.
    objectArrays: array,
  };
}
