/**
 * IR build: loaded spec + config → `Api`. The only place that decides what the SDK looks like; emit
 * only prints what this returns.
 */
import type { SdkConfig } from '../config';
import type { Diagnostics } from '../diagnostics';
import type { LoadedSpec } from '../load/load';
import type { Rename } from '../naming/scope';
import { SchemaReader } from '../normalize/schema';
import { applyStainlessTransforms } from '../normalize/stainless-transforms';
import { planStainless, placeStainless } from '../stainless/plan';
import { assemble } from './assemble';
import { TypeBuilder } from './build-schema';
import { basePathOf, clientIdentity, readServers } from './client';
import { configModels } from './context';
import { collectOperations } from './operations';
import { placeOperations, sharedPathPrefix } from './resource-tree';
import type { Api } from './types';

export interface BuildResult {
  api: Api;
  /** Names that had to change because of a collision (for `--verbose`). */
  renames: Rename[];
}

export function buildIr(spec: LoadedSpec, config: SdkConfig, diags: Diagnostics): BuildResult {
  // A Stainless config edits the spec before anything reads it (its `openapi.transformations`).
  if (config.stainless?.transformations)
    applyStainlessTransforms(
      spec,
      config.stainless.transformations,
      config.stainless.file,
      diags,
      config.stainless.transformationsKey,
    );
  const reader = new SchemaReader(spec, diags);
  const types = new TypeBuilder(reader, diags);
  types.registerComponents();
  const operations = collectOperations(spec, diags, { namedByConfig: config.stainless !== null });
  const stainless = config.stainless ? planStainless(config.stainless) : null;
  const placements = stainless
    ? placeStainless(operations, stainless, diags)
    : placeOperations(operations, config, diags);
  const identity = clientIdentity(spec, operations, config, stainless);
  const basePath = stainless
    ? ''
    : basePathOf(
        readServers(spec.root.root as Record<string, unknown>),
        sharedPathPrefix(operations.map((o) => o.path)),
      );
  return assemble(
    {
      spec,
      config,
      diags,
      reader,
      types,
      identity,
      stainless,
      basePath,
      models: configModels({ stainless, types, diags }),
      resources: new Map(),
      paramsTypes: new Map(),
      schemes: [],
      placedOperations: new Map(),
      sharedAliases: new Map(),
      order: 0,
      resourceNames: new Map(),
      methodModule: new Map(),
      owners: new Map(),
      finalNames: new Map(),
    },
    placements,
  );
}
