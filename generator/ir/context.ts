/**
 * What every IR pass reads and never changes: the loaded spec, the config, the diagnostics list, the schema reader,
 * the type registry the structure pass fills, the client's identity and the Stainless plan.
 */
import type { SdkConfig } from '../config';
import type { Diagnostics } from '../diagnostics';
import type { NormalizedSpec } from '../normalize/normalize';
import type { SchemaGraph } from '../normalize/schema';
import type { StainlessPlan } from '../stainless/plan';
import { lineOfKey } from '../stainless/yaml-lines';
import type { TypeBuilder } from './build-schema';
import type { ClientIdentity } from './client';

export interface BuildContext {
  readonly spec: NormalizedSpec;
  readonly config: SdkConfig;
  readonly diags: Diagnostics;
  readonly reader: SchemaGraph;
  readonly types: TypeBuilder;
  readonly identity: ClientIdentity;
  readonly stainless: StainlessPlan | null;
  /** The shared path prefix the base URL carries (`/v1`), cut from every method's path; '' for none. */
  readonly basePath: string;
  /** The Stainless config's models, by schema id. */
  readonly models: ConfigModels;
  /**
   * A positional path param named as a field of its method's params takes, as that field does, where it goes before
   * its name (`pathID`, `body_id`): the TypeScript SDKs of Stainless before POSITIONAL_NAMES_KEPT_SINCE (stainless/era.ts).
   */
  readonly prefixPositionalCollisions?: boolean;
}

export interface ConfigModel {
  name: string;
  /** The resource (dotted key) whose module declares it; '' for the shared module. */
  resource: string;
  /** Its key path in the config. */
  where: string;
  /** Its key in the config's `models` (`tts_sse_event`); absent for a model sdkgen names itself (a webhook's event). */
  key?: string;
  /** A model of `$client`: declared in the module of the client's own types (resources/top-level) when there is one. */
  client?: true;
  /**
   * Its place among models listed in a given order rather than by name: a `webhook_unwrap` method's events, in the
   * spec's order, then their union (as Stainless's api.md lists them). Absent: listed by name.
   */
  listOrder?: number;
}

export interface ConfigModels {
  of(schemaId: string): ConfigModel | null;
}

/** A warning about the Stainless config, at the line of its key path. */
export function configWarning(
  ctx: Pick<BuildContext, 'stainless' | 'diags'>,
  code: string,
  where: string,
  message: string,
): void {
  const config = ctx.stainless!.config;
  ctx.diags.config('warning', code, config.file, where, lineOfKey(config.text, where), message);
}

/**
 * Model ids of the Stainless config, by schema id (request-side variants are not models). Read on first use, so a
 * model that names no schema is reported where it is first needed.
 */
export function configModels(ctx: Pick<BuildContext, 'stainless' | 'types' | 'diags'>): ConfigModels {
  let modelIds: Map<string, ConfigModel> | null = null;
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

/** `models` and `extra` (by schema id) as one: `extra` first. */
export function withModels(models: ConfigModels, extra: ReadonlyMap<string, ConfigModel>): ConfigModels {
  return extra.size === 0 ? models : { of: (schemaId) => extra.get(schemaId) ?? models.of(schemaId) };
}
