/**
 * What a Stainless config's TypeScript target (`targets.typescript` or the older `targets.node`) asks of the shape of
 * a TypeScript SDK, as plain data for the TypeScript planner: the IR holds no target's facts.
 */
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
}

/** sdkgen's own shape: no Stainless config. */
export const NO_TYPESCRIPT_TARGET: TypeScriptTargetOptions = { stainlessLayout: null, requestOptionsInParams: false };

/** The TypeScript target options a Stainless config (or none) asks for. */
export function typeScriptTargetOptions(config: Pick<StainlessConfig, 'target'> | null): TypeScriptTargetOptions {
  if (!config) return NO_TYPESCRIPT_TARGET;
  const legacy = config.target?.kind === 'node';
  return { stainlessLayout: legacy ? 'node' : 'typescript', requestOptionsInParams: legacy };
}
