/**
 * Models that reach a recursive type are built by pydantic only once every name they use is defined, and the modules
 * of a cycle import each other last (print-types.ts): Stainless's SDKs rebuild those models once the types package is
 * imported. Where, and in what form, changed with their generator:
 * - before REBUILD_IN_TYPES_INIT_SINCE, at the bottom of each model's own module (after the imports written last),
 *   every class of the module in `__all__`'s order (`if PYDANTIC_V2: X.model_rebuild()`, else
 *   `X.update_forward_refs()`), wherever the module stands in the types' packages: `moduleRebuild`;
 * - from then on, in `types/__init__.py`, after every re-export, each model by its module path from there
 *   (`shared.src_options.SrcOptions.model_rebuild(_parent_namespace_depth=0)`), the pydantic-2 branch first;
 * - from REBUILD_V1_BRANCH_FIRST_SINCE on, the pydantic-1 branch first (`if _compat.PYDANTIC_V1:`).
 * The models: those of the types (not params) that reach a recursive type and are classes of their own (not an alias,
 * nor a subclass of another named model, which its base builds), in the order api.md lists them (each resource's,
 * depth first), shared ones last.
 */
import type { TypeRef } from '../../../ir/types';
import { fits } from '../py-layout';
import type { PyNamedType, PyPackage, PyResource } from './model';
import { flatParts } from './class-bases';
import { REBUILD_IN_TYPES_INIT_SINCE, REBUILD_V1_BRANCH_FIRST_SINCE } from '../../../stainless/python-type-era';

export type ModelRebuildForm = 'in-module' | 'init-v2-first' | 'init-v1-first';

/** The form of `era` (a `YYYY-MM-DD` date; null or unreadable: the newest). */
export function modelRebuildFormOfEra(era: string | null | undefined): ModelRebuildForm {
  const date = era && /^\d{4}-\d{2}-\d{2}/.test(era) ? era.slice(0, 10) : null;
  if (date === null || date >= REBUILD_V1_BRANCH_FIRST_SINCE) return 'init-v1-first';
  return date >= REBUILD_IN_TYPES_INIT_SINCE ? 'init-v2-first' : 'in-module';
}

/** Whether a named model's declaration is a class that extends no other named type (an `allOf` naming one). */
export function rebuiltClass(type: TypeRef, isClass: boolean): boolean {
  if (!isClass) return false;
  return type.kind !== 'intersection' || !flatParts(type.parts).some((part) => part.kind === 'ref');
}

/**
 * The models to rebuild (of `candidates`: the model modules' types that reach a recursive type and are classes of
 * their own), in api.md's order: each resource's listed types, depth first, then the rest (shared ones) as given.
 */
export function rebuildOrder(pkg: PyPackage, candidates: PyNamedType[]): PyNamedType[] {
  const byModule = new Map(candidates.map((type) => [type.module, type]));
  const ordered: PyNamedType[] = [];
  const take = (module: string) => {
    const type = byModule.get(module);
    if (type === undefined) return;
    byModule.delete(module);
    ordered.push(type);
  };
  const visit = (resource: PyResource): void => {
    for (const listed of resource.listedTypes) take(listed.module);
    resource.subresources.forEach(visit);
  };
  if (pkg.topLevel) visit(pkg.topLevel);
  (pkg.apiMdResources ?? pkg.resources).forEach(visit);
  const rest = [...byModule.values()];
  return [...ordered, ...rest.filter((type) => !type.shared), ...rest.filter((type) => type.shared)];
}

/** `types/<path>` → `<path>` dotted, as the types package names the module. */
function dotted(module: string): string {
  return module
    .replace(/^types\//, '')
    .split('/')
    .join('.');
}

/**
 * What `types/__init__.py` adds for `models` (empty: nothing): the imports (of the modules' top-level names under
 * `types`, and `_compat`) and the block after the re-exports, in Ruff's layout.
 */
export function typesInitRebuild(
  models: PyNamedType[],
  form: Exclude<ModelRebuildForm, 'in-module'>,
): { imports: Array<{ module: string; names: string[] }>; block: string[] } {
  // Only a module `types/__init__.py` has loaded by then can be named: one of `types`' own packages or modules, or a
  // module of such a package (its `__init__` re-exports from it). A deeper module's package is not imported yet; its
  // models are built when first used, as pydantic does by itself.
  models = models.filter((type) => dotted(type.module).split('.').length <= 2);
  if (models.length === 0) return { imports: [], block: [] };
  const tops = [...new Set(models.map((type) => dotted(type.module).split('.')[0]))];
  // As Ruff lays them out: a call too long for its line takes its argument on a line of its own (the name before it
  // stays as long as it is: Ruff splits no dotted name); the pydantic-1 line's pragma counts in no line's length, and
  // its empty call has nothing to split.
  const v2 = models.map((type) => {
    const call = `    ${dotted(type.module)}.${type.name}.model_rebuild(`;
    const line = `${call}_parent_namespace_depth=0)`;
    return fits(line) ? line : `${call}\n        _parent_namespace_depth=0\n    )`;
  });
  const v1 = models.map((type) => `    ${dotted(type.module)}.${type.name}.update_forward_refs()  # type: ignore`);
  const branches =
    form === 'init-v1-first'
      ? ['if _compat.PYDANTIC_V1:', ...v1, 'else:', ...v2]
      : ['if _compat.PYDANTIC_V2:', ...v2, 'else:', ...v1];
  return {
    imports: [
      { module: '.', names: tops },
      { module: '..', names: ['_compat'] },
    ],
    block: [
      '# The models below name types their modules import last (an import cycle): pydantic can build them only',
      '# now that every module of the package is imported, each resolving names in its own module.',
      ...branches,
    ],
  };
}

/**
 * The statements closing a model's module in the `in-module` form: each of `classes` rebuilt, `pydantic2` the name
 * the module imports `_compat.PYDANTIC_V2` as.
 */
export function moduleRebuild(classes: string[], pydantic2: string): string[] {
  if (classes.length === 0) return [];
  return [
    `if ${pydantic2}:`,
    ...classes.map((name) => `    ${name}.model_rebuild()`),
    'else:',
    ...classes.map((name) => `    ${name}.update_forward_refs()  # type: ignore`),
  ];
}
