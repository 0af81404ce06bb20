/**
 * Pass 3, names. `resourceNames`: the resource tree → each resource's class, property, singular and module (the
 * module decides where types are placed, pass 4). `settleTypeNames`: the structure and the placement → every
 * exported name settled in one SDK-wide scope (resource classes, schemas, params types, page classes), plus the
 * names that had to change. Nothing is renamed in place: the assemble pass reads the names from what this returns.
 */
import { isIdentifierName, RESERVED_TYPE_NAMES, RUNTIME_ERROR_CLASSES, TAKEN_TYPE_NAMES } from '../naming/reserved';
import { pascalCase, singularize } from '../naming/case';
import { settleNames, type NameRequest, type Rename } from '../naming/scope';
import type { BuildContext } from './context';
import { moduleFor } from './modules';
import type { Structure } from './structure';

export interface ResourceNames {
  className: string;
  property: string;
  singular: string;
  /** Module path without extension: `resources/servers/releases`. */
  module: string;
}

export interface Names {
  /** By resource key, with the settled class name. */
  readonly resources: ReadonlyMap<string, ResourceNames>;
  /** By schema id. */
  readonly schemas: ReadonlyMap<string, string>;
  /** Params type name by method id. */
  readonly params: ReadonlyMap<string, string>;
  /** Page class by scheme key. */
  readonly pages: ReadonlyMap<string, string>;
  /** Names that had to change because of a collision (for `--verbose`). */
  readonly renames: Rename[];
}

/** Each resource's names as its key and the config say, before collisions are settled. */
export function resourceNames(ctx: BuildContext, structure: Structure): Map<string, ResourceNames> {
  const out = new Map<string, ResourceNames>();
  for (const r of structure.resources.values()) {
    const configured = ctx.stainless?.resources.get(r.key);
    const property = r.path[r.path.length - 1];
    out.set(r.key, {
      className: configured?.className ?? pascalCase(property),
      property,
      singular: configured?.singular ?? pascalCase(singularize(property)),
      module: moduleFor(r),
    });
  }
  return out;
}

/** Settle every exported name in one SDK-wide scope. `modules` is the module of each schema (pass 4). */
export function settleTypeNames(
  ctx: BuildContext,
  structure: Structure,
  resources: ReadonlyMap<string, ResourceNames>,
  modules: ReadonlyMap<string, string>,
): Names {
  const requests: NameRequest[] = [];
  // Resource classes first: `client.health` is of type Health, whatever the schemas are called.
  for (const r of structure.resources.values()) {
    const { className } = resources.get(r.key)!;
    // Every resource class is in the SDK scope (a parent module imports its children's classes next to
    // its types); top-level ones settle first.
    const parentSingular = r.path.length > 1 ? pascalCase(singularize(r.path[r.path.length - 2])) : '';
    requests.push({
      key: `resource:${r.key}`,
      preferred: className,
      alternatives: [...(parentSingular ? [`${parentSingular}${className}`] : []), `${className}Resource`],
      priority: 0,
      order: r.path.length * 1_000_000 + r.order,
    });
  }

  // Methods name their synthetic types after the resource: ReleaseGetParams, ReleaseGetResponse.
  const syntheticPrefix = new Map<string, { preferred: string; alternatives: string[] }>();
  for (const r of structure.resources.values()) {
    const names = resources.get(r.key)!;
    const parent = r.path.length > 1 ? resources.get(r.path.slice(0, -1).join('.'))! : null;
    for (const m of r.methods) {
      const base = `${names.singular}${ctx.stainless ? ctx.stainless.names.pascal(m.method.name) : pascalCase(m.method.name, { acronyms: false })}`;
      const qualified = parent ? `${parent.singular}${base}` : `${pascalCase(ctx.identity.clientName)}${base}`;
      syntheticPrefix.set(`${m.id}#response`, {
        preferred: `${base}Response`,
        alternatives: [`${qualified}Response`],
      });
      syntheticPrefix.set(`${m.id}#item`, {
        preferred: `${base}Response`,
        alternatives: [`${qualified}Response`],
      });
      if (m.paramsOrder !== null) {
        requests.push({
          key: `params:${m.id}#params`,
          preferred: `${base}Params`,
          alternatives: [`${qualified}Params`],
          priority: ctx.stainless ? 1 : 3,
          order: m.paramsOrder,
        });
      }
    }
  }

  // A schema that is one method's response can take that method's response name when its own is taken.
  const responseOf = new Map<string, string[]>();
  for (const r of structure.resources.values()) {
    const names = resources.get(r.key)!;
    for (const m of r.methods) {
      const t = m.method.response.kind === 'json' && !m.method.pagination ? m.method.response.type : null;
      if (t?.kind === 'ref')
        responseOf.set(t.schemaId, [
          ...(responseOf.get(t.schemaId) ?? []),
          `${names.singular}${pascalCase(m.method.name, { acronyms: false })}Response`,
        ]);
    }
  }
  // The first resource (in creation order) of each module names its singular.
  const singularOfModule = new Map<string, string>();
  for (const names of resources.values())
    if (!singularOfModule.has(names.module)) singularOfModule.set(names.module, names.singular);
  for (const schema of structure.schemas.values()) {
    if (schema.requestVariantOf !== undefined) continue; // named after their schema, below
    const synthetic = syntheticPrefix.get(schema.id);
    const asResponse = responseOf.get(schema.id);
    const owner = modules.get(schema.id);
    const ownerSingular = owner && owner !== 'resources/shared' ? (singularOfModule.get(owner) ?? null) : null;
    const model = ctx.models.of(schema.id);
    if (model) {
      requests.push({
        key: `schema:${schema.id}`,
        preferred: model.name,
        alternatives: [`${model.name}Model`],
        priority: 0,
        order: schema.order,
      });
      continue;
    }
    const preferred = synthetic ? synthetic.preferred : typeName(schema.nameHint ?? '');
    const alternatives = synthetic
      ? synthetic.alternatives
      : [
          ...(asResponse?.length === 1 ? asResponse : []),
          ...(ownerSingular && !preferred.startsWith(ownerSingular) ? [`${ownerSingular}${preferred}`] : []),
          `${ctx.identity.clientName}${preferred}`,
          `${preferred}Schema`,
        ];
    // With a Stainless config, the names its SDK had (models, method types) come before the spec's own
    // schema names, which that SDK did not export.
    const priority = ctx.stainless ? (synthetic ? 1 : 4) : schema.explicitName ? 1 : synthetic ? 3 : 2;
    requests.push({ key: `schema:${schema.id}`, preferred, alternatives, priority, order: schema.order });
  }
  for (const scheme of structure.schemes) {
    requests.push({
      key: `page:${scheme.key}`,
      preferred: scheme.preferredName,
      alternatives: [`${scheme.preferredName}Class`],
      priority: 0,
      order: -1,
    });
  }
  const taken = new Set([
    ...TAKEN_TYPE_NAMES,
    ctx.identity.clientName,
    `${ctx.identity.clientName}Error`,
    ...RUNTIME_ERROR_CLASSES,
    'PageNumberPage',
    'CursorPage',
    'OffsetPage',
    'NextURLPage',
    'toFile',
  ]);
  const settled = settleNames(requests, taken);
  // Request-side variants are named after their schema's settled name (Pet → PetParam), after every other
  // name: a schema the spec calls `PetParam` keeps its name and the variant takes the next free one.
  const variantRequests: NameRequest[] = [];
  for (const schema of structure.schemas.values()) {
    if (schema.requestVariantOf === undefined) continue;
    const baseName = settled.names.get(`schema:${schema.requestVariantOf}`)!;
    variantRequests.push({
      key: `schema:${schema.id}`,
      preferred: `${baseName}Param`,
      alternatives: [],
      priority: 2,
      order: schema.order,
    });
  }
  if (variantRequests.length > 0) {
    const variants = settleNames(variantRequests, new Set([...taken, ...settled.names.values()]));
    for (const [key, name] of variants.names) settled.names.set(key, name);
    settled.renames.push(...variants.renames);
  }
  const named = (prefix: string) =>
    new Map(
      [...settled.names]
        .filter(([key]) => key.startsWith(prefix))
        .map(([key, name]) => [key.slice(prefix.length), name]),
    );
  const resourceClasses = named('resource:');
  return {
    resources: new Map(
      [...resources].map(([key, names]) => [key, { ...names, className: resourceClasses.get(key) ?? names.className }]),
    ),
    schemas: named('schema:'),
    params: new Map([...named('params:')].map(([key, name]) => [key.replace(/#params$/, ''), name])),
    pages: named('page:'),
    renames: settled.renames.map((r) => ({ ...r, key: r.key.replace(/^\w+:/, '') })),
  };
}

/** A type name from a component key or id: kept as written when it is a valid identifier. */
function typeName(hint: string): string {
  if (isIdentifierName(hint) && /^[A-Za-z]/.test(hint) && !RESERVED_TYPE_NAMES.has(hint)) {
    return hint.charAt(0).toUpperCase() + hint.slice(1);
  }
  return pascalCase(hint, { acronyms: false }) || 'Schema';
}
