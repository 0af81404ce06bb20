/**
 * IR build: normalized spec (normalize/normalize.ts) + config → `Api`. The only place that decides what the SDK looks like; emit only prints
 * what this returns. It runs pure passes, each taking the previous one's result and returning new data:
 *
 *   1. structure (structure.ts, methods.ts, params.ts, responses.ts): placed operations → resources, methods,
 *      named types and page schemes, keyed by ids, unnamed where the spec does not name them (before it, a Stainless
 *      config's webhook unwrap methods register the spec's webhook events as its models do: webhooks.ts)
 *   2. request-only variants (request-variants.ts): a request-side variant no response reaches replaces its schema
 *   3. resource names (names.ts): each resource's class, property, singular and module
 *   4. placement (modules.ts): the module that declares each named type
 *   5. type names (names.ts): every exported name settled in one scope, from the rules in naming/
 *   6. assemble (assemble.ts, nested-names.ts): the `Api`, with nested interface names and function names
 */
import type { SdkConfig } from '../config';
import type { Diagnostics } from '../diagnostics';
import type { Rename } from '../naming/scope';
import type { NormalizedSpec } from '../normalize/normalize';
import { sharedClosureOfEra } from '../stainless/era';
import { pageAliasesEndInPage } from '../stainless/page-alias-names';
import { planStainless, placeStainless } from '../stainless/plan';
import { specMethods, withSpecMethods } from '../stainless/spec-methods';
import { assembleApi } from './assemble';
import { TypeBuilder } from './build-schema';
import { basePathOf, clientIdentity, readServers } from './client';
import { configModels, withModels, type BuildContext } from './context';
import { frozenInTests } from './freeze';
import { schemaModules } from './modules';
import { resourceNames, settleTypeNames } from './names';
import { foldRequestOnlyVariants } from './request-variants';
import { buildStructure } from './structure';
import { placeOperations, sharedPathPrefix } from './resource-tree';
import type { Api } from './types';
import { webhookUnwraps } from './webhooks';

export interface BuildResult {
  api: Api;
  /** Names that had to change because of a collision (for `--verbose`). */
  renames: Rename[];
}

export function buildIr(
  spec: NormalizedSpec,
  config: SdkConfig,
  diags: Diagnostics,
  {
    namedComponents = false,
    stainlessEra = null,
    prefixPositionalCollisions = false,
  }: {
    namedComponents?: boolean;
    /** The day of the Stainless generator whose SDK to write (`--stainless-era`); null: the newest. */
    stainlessEra?: string | null;
    /** BuildContext's `prefixPositionalCollisions` (a TypeScript SDK of an era that prefixes them). */
    prefixPositionalCollisions?: boolean;
  } = {},
): BuildResult {
  const reader = spec.schemas;
  const configured = config.stainless ? planStainless(config.stainless) : null;
  // With a Stainless config, its models are the named types; other schemas are declared where they are used.
  const models = configured && !namedComponents ? new Set(configured.models.keys()) : null;
  const types = new TypeBuilder(spec, diags, {
    models,
    stainlessDocs: config.stainless !== null,
    stainlessTypes: config.stainless !== null,
  });
  types.registerComponents();
  const operations = spec.operations;
  // The operations' `x-stainless-method`: with a Stainless config, methods it does not have (they add no models).
  const fromSpec = specMethods(operations, diags);
  const withSpec = config.stainless && fromSpec.length > 0 ? withSpecMethods(config.stainless, fromSpec, diags) : null;
  const stainless = withSpec && withSpec !== config.stainless ? planStainless(withSpec) : configured;
  const placed = stainless
    ? placeStainless(operations, stainless, diags)
    : { placements: placeOperations(operations, config, diags, fromSpec), webhookUnwraps: [] };
  const identity = clientIdentity(spec, operations, config, stainless);
  const basePath = stainless
    ? ''
    : basePathOf(
        readServers(spec.root.root as Record<string, unknown>),
        sharedPathPrefix(operations.map((o) => o.path)),
      );
  const base: BuildContext = {
    spec,
    config,
    diags,
    reader,
    types,
    identity,
    stainless,
    basePath,
    models: configModels({ stainless, types, diags }),
    prefixPositionalCollisions: stainless !== null && prefixPositionalCollisions,
  };
  // The webhook events are named and placed as the config's models are.
  const webhooks = webhookUnwraps(base, placed.webhookUnwraps);
  const ctx: BuildContext = { ...base, models: withModels(base.models, webhooks.models) };
  // Each result is frozen under test (freeze.ts); a method's placement holds the loaded document, left alone.
  const skip = new Set(['placement']);
  const built = frozenInTests(buildStructure(ctx, placed.placements, webhooks.unwraps), skip);
  const structure = frozenInTests(foldRequestOnlyVariants(built), skip);
  const resources = frozenInTests(resourceNames(ctx, structure));
  const modules = frozenInTests(
    schemaModules(ctx, structure, resources, { sharedClosure: sharedClosureOfEra(stainlessEra) }),
  );
  const names = frozenInTests(settleTypeNames(ctx, structure, resources, modules));
  const assembled = assembleApi(ctx, structure, names, modules, pageAliasesEndInPage(stainlessEra));
  // The validators and the client's checks with them (the config's `validation`), whose defaults it gives.
  const api = config.validation ? { ...assembled, validation: { ...config.validation } } : assembled;
  return { api: frozenInTests(api), renames: names.renames };
}
