/**
 * `types/**.py`: one module per named type (its model, or its params form), the methods' params modules, and the
 * `__init__.py` of each types package re-exporting them.
 */
import type { RenderedFile } from '../render';
import type { PythonBuild } from './build-model';
import type { PyNamedType } from './model';
import { PyModuleBuilder } from './print-types';

export function typesFiles(build: PythonBuild, root: string): RenderedFile[] {
  const files = new Map<string, string>();
  const exports = new Map<string, Array<{ module: string; name: string }>>();
  const exportFrom = (module: string, name: string) => {
    const pkg = module.split('/').slice(0, -1).join('/');
    const list = exports.get(pkg) ?? [];
    list.push({ module: module.split('/').pop()!, name });
    exports.set(pkg, list);
  };
  const printed = new Set<string>();
  const printNamed = (type: PyNamedType) => {
    if (printed.has(type.module)) return;
    printed.add(type.module);
    const out = new PyModuleBuilder(type.module, build.index);
    const side = type.paramForm ? 'param' : 'model';
    out.markTopLevel(type.name);
    out.exported.push(type.name);
    const schemaType = type.schema.type;
    const classLike =
      (schemaType.kind === 'object' && (schemaType.properties.length > 0 || schemaType.emptyObject)) ||
      (schemaType.kind === 'intersection' &&
        schemaType.parts.every((part) => part.kind === 'object' || part.kind === 'ref'));
    if (classLike) {
      const parts = schemaType.kind === 'intersection' ? schemaType.parts : [schemaType];
      out.declareClass(type.name, parts, side, type.schema.docs);
    } else {
      const hint = schemaType.kind === 'array' ? `${type.name}Item` : '';
      const annotation = out.annotation(schemaType, side, hint);
      out.use('TypeAlias');
      out.declare(`${type.name}: TypeAlias = ${annotation}`);
    }
    files.set(type.module, out.render());
    exportFrom(type.module, type.name);
  };
  for (const type of build.pkg.types) printNamed(type);
  for (const [module, out] of build.paramsModules) {
    files.set(module, out.render());
    exportFrom(module, out.exported[0]);
  }
  // Params forms asked for while printing the modules above, until none is new.
  for (let grew = true; grew; ) {
    grew = false;
    for (const id of build.index.paramForms) {
      const location = build.index.paramLocation(id);
      if (printed.has(location.module)) continue;
      const schema = build.index.schema(id);
      const type: PyNamedType = { ...location, shared: build.index.isShared(schema), paramForm: true as const, schema };
      if (!build.pkg.types.some((t) => t.module === type.module)) build.pkg.types.push(type);
      printNamed(type);
      grew = true;
    }
  }
  // Every folder is a package; `types` re-exports `types/shared`'s names.
  const packages = new Set<string>(['types', 'types/shared']);
  for (const module of files.keys()) {
    const parts = module.split('/');
    for (let i = 1; i < parts.length; i++) packages.add(parts.slice(0, i).join('/'));
  }
  for (const pkg of [...packages].sort()) {
    const lines = ['from __future__ import annotations', ''];
    if (pkg === 'types') {
      for (const { name } of exports.get('types/shared') ?? []) lines.push(`from .shared import ${name} as ${name}`);
    }
    for (const { module, name } of (exports.get(pkg) ?? []).sort((a, b) => (a.module < b.module ? -1 : 1)))
      lines.push(`from .${module} import ${name} as ${name}`);
    files.set(`${pkg}/__init__`, `${lines.join('\n')}\n`);
  }
  return [...files].map(([module, contents]) => ({ path: `${root}/${module}.py`, contents }));
}
