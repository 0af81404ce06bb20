/**
 * What every IR pass reads: the loaded spec, the config, the diagnostics list, the schema reader and type
 * registry, the client's identity and the Stainless plan, plus the build's working state.
 */
import type { SdkConfig } from '../config';
import type { Diagnostics } from '../diagnostics';
import type { LoadedSpec } from '../load/load';
import type { SchemaReader } from '../normalize/schema';
import type { StainlessPlan } from '../stainless/plan';
import { lineOfPath } from '../stainless/yaml-lines';
import type { TypeBuilder } from './build-schema';
import type { ClientIdentity } from './client';
import type { PendingMethod, PendingResource } from './methods';
import type { PaginationScheme } from './types';

export interface BuildState {
  readonly spec: LoadedSpec;
  readonly config: SdkConfig;
  readonly diags: Diagnostics;
  readonly reader: SchemaReader;
  readonly types: TypeBuilder;
  readonly identity: ClientIdentity;
  readonly stainless: StainlessPlan | null;
  /** The shared path prefix the base URL carries (`/v1`), cut from every method's path; '' for none. */
  readonly basePath: string;
  readonly models: { of(schemaId: string): { name: string; resource: string } | null };
  readonly resources: Map<string, PendingResource>;
  readonly paramsTypes: Map<
    string,
    { preferred: string; alternatives: string[]; order: number; method: PendingMethod['method'] }
  >;
  readonly schemes: Array<PaginationScheme & { key: string }>;
  readonly placedOperations: Map<string, number>;
  readonly sharedAliases: Map<string, string>;
  order: number;
  readonly resourceNames: Map<string, { className: string; property: string; singular: string; module: string }>;
  /** Module of the method each method-named type (response, page item) comes from. */
  readonly methodModule: Map<string, string>;
  /** Module of each named schema, settled with the names (schemas and modules do not change after). */
  owners: Map<string, string>;
  finalNames: Map<string, string>;
}

/** A warning about the Stainless config, at the line of its key path. */
export function configWarning(
  ctx: Pick<BuildState, 'stainless' | 'diags'>,
  code: string,
  where: string,
  message: string,
): void {
  const config = ctx.stainless!.config;
  ctx.diags.config('warning', code, config.file, where, lineOfPath(config.text, where), message);
}

/** Model ids of the Stainless config, by schema id (request-side variants are not models); read on first use. */
export function configModels(ctx: Pick<BuildState, 'stainless' | 'types' | 'diags'>): BuildState['models'] {
  let modelIds: Map<string, { name: string; resource: string }> | null = null;
  return {
    of(schemaId) {
      if (!ctx.stainless) return null;
      if (!modelIds) {
        modelIds = new Map();
        for (const [pointer, model] of ctx.stainless.models) {
          const id = ctx.types.componentId(pointer);
          if (id) modelIds.set(id, model);
          else
            configWarning(
              ctx,
              'stainless-model',
              model.where,
              `${pointer} is not a schema of the spec; model left out`,
            );
        }
      }
      return modelIds.get(schemaId) ?? null;
    },
  };
}
