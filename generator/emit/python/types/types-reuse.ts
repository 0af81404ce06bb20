/**
 * `types/**.py` (print-types-modules.ts typesFiles) with the modules a regeneration can take as the last run wrote
 * them (unit-keys.ts): a model's module and a params module. typesFiles still sees every module, so that the packages'
 * `__init__.py` re-export them all, but a taken one as a stand-in that costs nothing to print (an alias of `object`,
 * a params module with its name alone), whose text is then dropped for the file on disk.
 *
 * A module taken is what it printed last time; what else its printing decided stays the same:
 * - a model's module asks for no params form (only a params form's does), and a params module's were asked for when
 *   the model was built;
 * - the imports written last in a module (print-types-modules.ts lateImports) are those of its import cycle, every
 *   module of which it reaches: a model's module is taken only when every model module its schema reaches is, so that
 *   no module printed is in a cycle with a stand-in. (Params modules are in none: no module imports them.)
 */
import type { RenderedFile } from '../../render';
import type { PythonBuild } from './build-model';
import type { PyNamedType } from './model';
import { PyModuleBuilder } from './print-types';
import { typesFiles } from './print-types-modules';
import type { PyUnitKeys, PyUnitReuse, PyUnitTag } from '../unit-keys';

/** A printed types module, with its unit when it is one. */
export type TypesFile = RenderedFile & { unitTag?: PyUnitTag };

export function typesFilesReusing(
  build: PythonBuild,
  root: string,
  units: { keys: PyUnitKeys; reuse: PyUnitReuse } | null,
): { printed: TypesFile[]; taken: RenderedFile[] } {
  if (!units) return { printed: typesFiles(build, root), taken: [] };
  const { keys, reuse } = units;
  const pathOf = (module: string) => `${root}/${module}.py`;
  // A module path two modules claim (a model's and a params module's) is no unit: typesFiles writes one of them.
  const claims = new Map<string, number>();
  const claim = (module: string) => claims.set(module, (claims.get(module) ?? 0) + 1);
  for (const type of build.pkg.types) claim(type.module);
  for (const module of build.paramsModules.keys()) claim(module);
  const tags = new Map<string, PyUnitTag>();
  const takenFiles = new Map<string, RenderedFile[]>();
  const offer = (module: string, id: string, key: () => string) => {
    if (claims.get(module) !== 1) return;
    const tag = keys.tag(id, key);
    tags.set(module, tag);
    const files = reuse.take(id, () => tag.key, [pathOf(module)]);
    if (files) takenFiles.set(module, files);
  };
  const models = build.pkg.types.filter((type) => !type.paramForm);
  for (const type of models) offer(type.module, `py:type:${type.module}`, () => keys.typeKey(type));
  for (const module of build.paramsModules.keys()) offer(module, `py:params:${module}`, () => keys.paramsKey(module));
  untakeReaching(models, takenFiles, keys);

  const types = build.pkg.types.map((type): PyNamedType => (takenFiles.has(type.module) ? standIn(type) : type));
  const paramsModules = new Map(
    [...build.paramsModules].map(([module, out]) => {
      if (!takenFiles.has(module)) return [module, out];
      const stand = new PyModuleBuilder(module, build.index);
      stand.exported.push(out.exported[0]);
      // (A split params module re-exports its `Union` alias, not its first class: print-types-modules.ts.)
      stand.reexported = out.reexported;
      return [module, stand];
    }),
  );
  const view: PythonBuild = { ...build, pkg: { ...build.pkg, types }, paramsModules };
  const files = typesFiles(view, root);
  // The params forms typesFiles found while printing (it adds them to the package's types), as it would have.
  for (const type of types.slice(build.pkg.types.length)) build.pkg.types.push(type);
  const taken = new Set([...takenFiles.keys()].map(pathOf));
  const printed: TypesFile[] = [];
  for (const file of files) {
    if (taken.has(file.path)) continue;
    const module = file.path.slice(root.length + 1, -'.py'.length);
    const tag = tags.get(module);
    printed.push(tag ? { ...file, unitTag: tag } : file);
  }
  return { printed, taken: [...takenFiles.values()].flat() };
}

/** A model module's stand-in: its place and name, as an alias of `object` (nothing to import, no params form). */
function standIn(type: PyNamedType): PyNamedType {
  return { ...type, schema: { ...type.schema, type: { kind: 'unknown' } } };
}

/**
 * Leaves untaken every model module whose schema reaches one whose module is not taken (see the module's comment),
 * walking the references backwards from those.
 */
function untakeReaching(models: PyNamedType[], taken: Map<string, RenderedFile[]>, keys: PyUnitKeys): void {
  if (taken.size === 0) return;
  const moduleOf = new Map(models.map((type) => [type.schema.id, type.module]));
  const referrers = new Map<string, string[]>();
  const pending: string[] = [];
  const seen = new Set<string>();
  const seenIds = new Set<string>();
  // Every schema the models reach (with the referrers of each), from the models.
  const stack = models.map((type) => type.schema.id);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seenIds.has(id)) continue;
    seenIds.add(id);
    for (const ref of keys.referencesOf(id)) {
      const list = referrers.get(ref);
      if (list) list.push(id);
      else referrers.set(ref, [id]);
      stack.push(ref);
    }
  }
  // (A schema no model module prints, such as a params form's only, never stops one being taken.)
  for (const [id, module] of moduleOf) if (!taken.has(module)) pending.push(id);
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const module = moduleOf.get(id);
    if (module !== undefined) taken.delete(module);
    pending.push(...(referrers.get(id) ?? []));
  }
}
