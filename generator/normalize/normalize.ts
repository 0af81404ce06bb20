/**
 * Normalize stage: `LoadedSpec` (+ config) → `NormalizedSpec`, the one model of the spec that the IR builder reads.
 *
 * It takes the loaded documents (parsed, Swagger 2.0 converted, every `$ref` checked to resolve) and:
 * - applies the Stainless config's `openapi.transformations` to the root document, before anything reads it;
 * - follows every `$ref` the SDK meets: path items, parameters, request bodies, responses, security schemes and
 *   schemas, a chain of `$ref`s to its end (a chain that loops without reaching a value is an error naming the
 *   file and pointer where it closes; a recursive schema is a cycle in the node graph, see schema.ts);
 * - folds 3.0 into 3.1 semantics (`nullable`, boolean exclusive bounds, `example`…) and reads the `x-stainless-*`
 *   and other vendor hints and code samples into typed data (schema.ts, hints.ts, operations.ts).
 * Every value keeps its origin (file + JSON pointer) for diagnostics. No later stage calls the loader.
 *
 * The model is computed as it is read, and each part kept once computed: a schema is normalized, and an operation
 * list collected, when the IR first asks for it. Diagnostics about a part therefore come in the order the SDK meets
 * the spec (as a reader of the spec would), work stays proportional to what the SDK uses (a large spec's unused
 * media types are never read), and nothing is copied or expanded: the model shares the loaded values.
 */
import type { SdkConfig } from '../config';
import type { Diagnostics } from '../diagnostics';
import { pointerJoin } from '../diagnostics';
import { followRefs, type LoadedSpec, type Location, type SpecDocument } from '../load/load';
import { collectOperations, collectWebhooks, type Operation, type Webhook } from './operations';
import { SchemaReader, type SchemaGraph, type SchemaNode } from './schema';
import { prefixServerPath } from './server-path-prefix';
import { applyStainlessTransforms } from './stainless-transforms';
import type { StainlessConfig, StainlessModel, StainlessResource } from '../stainless/config';
import { hoistNestedModels } from '../stainless/nested-models';
import { lineOfKey } from '../stainless/yaml-lines';

export type { Location, SpecDocument } from '../load/load';

export interface NormalizedSpec {
  /** The root document: its file (as diagnostics name it) and its own top-level fields (info, servers, tags…). */
  root: SpecDocument;
  /** Every schema under `#/components/schemas` of the root document, in spec order. */
  components: ReadonlyArray<{ key: string; readonly node: SchemaNode }>;
  /** Every operation of `paths` that the SDK may have (skipped ones left out), in spec order. */
  readonly operations: Operation[];
  /** The spec's `webhooks` (OpenAPI 3.1), in spec order. */
  readonly webhooks: Webhook[];
  /** `#/components/securitySchemes` by name, each where its `$ref` chain ends. */
  securitySchemes: ReadonlyMap<string, Location & { value: unknown }>;
  /** Where `$ref` nodes of the schema graph lead. */
  schemas: SchemaGraph;
}

export function normalize(spec: LoadedSpec, config: SdkConfig, diags: Diagnostics): NormalizedSpec {
  // A Stainless config edits the spec before anything reads it (its `openapi.transformations`).
  if (config.stainless?.transformations)
    applyStainlessTransforms(
      spec,
      config.stainless.transformations,
      { file: config.stainless.file, text: config.stainless.text },
      diags,
      config.stainless.transformationsKey,
    );
  // Endpoints under the servers' path (`post /v1/run` of a spec serving `…/v1` with `/run`): read as Stainless's spec had them.
  if (config.stainless) prefixServerPath(spec, config.stainless, diags);
  // Its models that name a schema inside another become components of their own.
  if (config.stainless) hoistConfigModels(spec, config.stainless, diags);
  const schemas = new SchemaReader(spec, diags);
  const root = spec.root;
  const components = ((root.root as { components?: Record<string, unknown> }).components ?? {}) as {
    schemas?: unknown;
    securitySchemes?: unknown;
  };
  let operations: Operation[] | null = null;
  let webhooks: Webhook[] | null = null;
  const webhooksUsed = config.stainless?.resources.some(hasWebhookUnwrap) ?? false;
  return {
    root,
    components: componentSchemas(components.schemas, root, schemas),
    get operations() {
      operations ??= collectOperations(spec, schemas, diags, {
        namedByConfig: config.stainless !== null,
        webhooksUsed,
      });
      return operations;
    },
    get webhooks() {
      webhooks ??= collectWebhooks(spec, schemas);
      return webhooks;
    },
    securitySchemes: securitySchemes(spec, components.securitySchemes),
    schemas,
  };
}

function componentSchemas(value: unknown, root: SpecDocument, schemas: SchemaReader): NormalizedSpec['components'] {
  if (!value || typeof value !== 'object') return [];
  const raw = value as Record<string, unknown>;
  return Object.keys(raw).map((key) => {
    let node: SchemaNode | undefined;
    return {
      key,
      // Read when first asked for, so that its diagnostics come where the SDK meets it.
      get node() {
        node ??= schemas.read(raw[key], { doc: root, pointer: pointerJoin('#/components/schemas', key) });
        return node;
      },
    };
  });
}

function securitySchemes(spec: LoadedSpec, value: unknown): NormalizedSpec['securitySchemes'] {
  const out = new Map<string, Location & { value: unknown }>();
  if (!value || typeof value !== 'object') return out;
  const raw = value as Record<string, unknown>;
  for (const name of Object.keys(raw)) {
    out.set(
      name,
      followRefs(
        spec,
        raw[name],
        { doc: spec.root, pointer: pointerJoin('#/components/securitySchemes', name) },
        'security scheme',
      ),
    );
  }
  return out;
}

/** Whether a Stainless resource, or one under it, has a `webhook_unwrap` method (which types the spec's webhooks). */
function hasWebhookUnwrap(resource: StainlessResource): boolean {
  return (
    resource.methods.some((m) => m.type === 'webhook_unwrap' && !m.skip) || resource.subresources.some(hasWebhookUnwrap)
  );
}

/** Moves the config's nested models into components (nested-models.ts); warns of one whose place holds no schema. */
function hoistConfigModels(spec: LoadedSpec, config: StainlessConfig, diags: Diagnostics): void {
  const models: StainlessModel[] = [];
  const visit = (resource: StainlessResource) => {
    models.push(...resource.models.filter((m) => m.nested !== undefined));
    resource.subresources.forEach(visit);
  };
  config.resources.forEach(visit);
  if (models.length === 0) return;
  for (const missing of hoistNestedModels(spec.root.root, models))
    for (const model of models.filter((m) => m.nested === missing))
      diags.config(
        'warning',
        'stainless-model',
        config.file,
        model.where,
        lineOfKey(config.text, model.where),
        `${missing} is not a schema of the spec (or is a $ref: name its target); model left out`,
      );
}
