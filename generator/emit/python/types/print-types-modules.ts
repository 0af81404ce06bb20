/**
 * `types/**.py`: one module per named type (its model, or its params form), the methods' params modules, and the
 * `__init__.py` of each types package re-exporting them.
 */
import { isortSections, type ImportStatement } from '../py-isort';
import type { RenderedFile } from '../../render';
import type { PythonBuild } from './build-model';
import type { PyNamedType, PyResource } from './model';
import type { TypeRef } from '../../../ir/types';
import { singularize } from '../../../naming/case';
import { flatParts } from './class-bases';
import { classOrNullPart } from '../resources/nullable-response';
import { PyModuleBuilder } from './print-types';
import { layoutFromImport } from '../py-layout';
import { heldMap } from './type-shapes';
import { paramsSequence } from '../resources/params-sequence';
import { moduleRebuild, rebuildOrder, rebuiltClass, typesInitRebuild } from './model-rebuild';

export function typesFiles(build: PythonBuild, root: string): RenderedFile[] {
  /** Each module's text, and whether it is in Ruff's layout. */
  const files = new Map<string, { contents: string; inRuffLayout: boolean }>();
  const exports = new Map<string, Array<{ module: string; name: string }>>();
  const exportFrom = (module: string, name: string) => {
    const pkg = module.split('/').slice(0, -1).join('/');
    const list = exports.get(pkg) ?? [];
    list.push({ module: module.split('/').pop()!, name });
    exports.set(pkg, list);
  };
  const printed = new Set<string>();
  const builders = new Map<string, PyModuleBuilder>();
  /** The models that reach a recursive type, each a class of its own: rebuilt once the package is imported. */
  const rebuilt: PyNamedType[] = [];
  const printNamed = (type: PyNamedType) => {
    if (printed.has(type.module)) return;
    printed.add(type.module);
    if (type.schema.copyOf !== undefined) {
      const out = secondModelAlias(build, type, type.schema.copyOf);
      builders.set(type.module, out);
      exportFrom(type.module, type.name);
      return;
    }
    const out = new PyModuleBuilder(type.module, build.index);
    const side = type.paramForm ? 'param' : 'model';
    // (A model that reaches a recursive type has lazy annotations, as Stainless's: also one that names its types
    // unquoted, being extended, and a subclass reaching one only through its base.)
    if (side === 'model' && !build.index.reachesCycle(type.schema.id)) out.lazyAnnotations = 'when-needed';
    out.unionAliases = true;
    if (build.index.extended(type.schema.id)) out.quoteLate = false;
    out.markTopLevel(type.name, { prefixNested: extendsNamed(type.schema.type) });
    out.exported.push(type.name);
    // (A method's response of one class or null is the class: the method says Optional, nullable-response.ts.)
    const nullable = side === 'model' && build.index.nullableResponse(type.schema.id);
    // (A taken module's stand-in, types-reuse.ts, is an alias of `object`: no class part.)
    const schemaType = nullable
      ? (classOrNullPart(type.schema.type, (id) => build.index.schema(id)) ?? type.schema.type)
      : type.schema.type;
    out.prepare([schemaType], side);
    // (From the index's schema: a module a regeneration takes as written is here a stand-in, types-reuse.ts.)
    const indexed = build.index.schema(type.schema.id).type;
    const declared = nullable ? (classOrNullPart(indexed, (id) => build.index.schema(id)) ?? indexed) : indexed;
    if (side === 'model' && build.index.reachesCycle(type.schema.id) && rebuiltClass(declared, out.isClass(declared)))
      rebuilt.push(type);
    if (out.isClass(schemaType)) {
      const parts = schemaType.kind === 'intersection' ? flatParts(schemaType.parts) : [schemaType];
      out.declareClass(type.name, parts, side, type.schema.docs);
    } else {
      out.declareAlias(type.name, namedAliasValue(out, type.name, schemaType, side), { named: true });
    }
    builders.set(type.module, out);
    exportFrom(type.module, type.name);
    // Moved into the package of its name, which its own package re-exports whole: `from .session import Session`.
    if (type.listedIn) exportFrom(type.module.split('/').slice(0, -1).join('/'), type.name);
  };
  for (const type of build.pkg.types) printNamed(type);
  for (const [module, out] of build.paramsModules) {
    builders.set(module, out);
    exportFrom(module, out.reexported ?? out.exported[0]);
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
  // A second model of a schema has a params form where its first has one: an alias of it too.
  for (const schema of build.secondModels)
    if (build.index.paramForms.has(schema.copyOf!)) {
      const type: PyNamedType = {
        ...build.index.paramLocation(schema.id),
        shared: build.index.isShared(schema),
        paramForm: true as const,
        schema,
      };
      build.pkg.types.push(type);
      printNamed(type);
    }
  // (Where a module names them unquoted, the imports of its import cycle still go last.)
  const late = lateImports(builders, exports);
  // (Before the rebuild moved to `types/__init__.py`, each module rebuilt its own classes at its end.)
  const trailers = new Map<string, string[]>();
  if (build.index.modelRebuild === 'in-module')
    for (const type of rebuilt) {
      const out = builders.get(type.module)!;
      trailers.set(type.module, moduleRebuild(out.classNames, out.importFrom('_compat', 'PYDANTIC_V2')));
    }
  for (const [module, out] of builders) {
    const contents = out.render([], late.get(module), trailers.get(module));
    files.set(module, { contents, inRuffLayout: out.inRuffLayout });
  }
  // Every folder is a package; `types` re-exports `types/shared`'s names (a folder only with shared types in it).
  const packages = new Set<string>(['types']);
  for (const module of files.keys()) {
    const parts = module.split('/');
    for (let i = 1; i < parts.length; i++) packages.add(parts.slice(0, i).join('/'));
  }
  // Each resources package has its types package, as in Stainless's SDKs: empty where its methods declare no type.
  const resourcePackage = (resource: PyResource): void => {
    if (resource.subresources.length || resource.ir.standaloneApi) {
      const parts = resource.module
        .replace(/^resources\//, 'types/')
        .split('/')
        .slice(0, -1);
      // (Not where a module of that name stands: Python would import one of the two.)
      for (let i = 2; i <= parts.length && !files.has(parts.slice(0, i).join('/')); i++)
        packages.add(parts.slice(0, i).join('/'));
    }
    resource.subresources.forEach(resourcePackage);
  };
  build.pkg.resources.forEach(resourcePackage);
  for (const pkg of [...packages].sort()) {
    const statements: ImportStatement[] = [];
    const reexport = (module: string, name: string) => statements.push({ module, names: [`${name} as ${name}`] });
    if (pkg === 'types') for (const { name } of exports.get('types/shared') ?? []) reexport('.shared', name);
    for (const { module, name } of exports.get(pkg) ?? []) reexport(`.${module}`, name);
    const rebuild =
      pkg === 'types' && build.index.modelRebuild !== 'in-module'
        ? typesInitRebuild(rebuildOrder(build.pkg, rebuilt), build.index.modelRebuild)
        : null;
    if (rebuild) statements.push(...rebuild.imports);
    // One statement a module, in the order Ruff's isort gives them (combine-as-imports), as Stainless writes them:
    // after `from __future__ import annotations` but in the shared types' packages.
    const lines = /^types\/shared(_params)?$/.test(pkg) ? [] : ['from __future__ import annotations', ''];
    let inRuffLayout = true;
    for (const group of isortSections(statements, ''))
      for (const { module, names } of group) {
        const line = layoutFromImport('', module, names, build.pkg.typeForms?.isortImportWidth ?? null);
        if (line === null) inRuffLayout = false;
        lines.push(line ?? `from ${module} import ${names.join(', ')}`);
      }
    if (rebuild?.block.length) lines.push('', ...rebuild.block);
    files.set(`${pkg}/__init__`, { contents: `${lines.join('\n').trimEnd()}\n`, inRuffLayout });
  }
  return [...files].map(([module, { contents, inRuffLayout }]) => ({
    path: `${root}/${module}.py`,
    contents,
    ...(inRuffLayout ? { inFormatterLayout: true as const } : {}),
  }));
}

/**
 * For each module, the modules it imports that import it back (directly or not): those imports are written last
 * (see `PyModuleBuilder.render`), except where a name is a class base, which Python needs at once. Importing a module
 * of another package first runs that package's `__init__.py`, which imports every module it re-exports: a cycle may
 * close through it (`types/graders/x` imports `types/chat/y`, whose package imports `types/chat/z`, which imports
 * `types/graders/x`), so each package's `__init__` is a module of the graph too.
 */
function lateImports(
  builders: Map<string, PyModuleBuilder>,
  exports: ReadonlyMap<string, ReadonlyArray<{ module: string }>>,
): Map<string, Set<string>> {
  const initOf = (pkg: string) => `${pkg}/__init__`;
  const inits = new Map<string, string[]>();
  for (const [pkg, listed] of exports)
    inits.set(
      initOf(pkg),
      listed.map(({ module }) => `${pkg}/${module}`).filter((module) => builders.has(module)),
    );
  // The `__init__`s importing `target` from `module` runs (of the packages `module` is not inside already).
  const initsPassed = (module: string, target: string): string[] => {
    const parts = target.split('/');
    const passed: string[] = [];
    for (let i = 1; i < parts.length; i++) {
      const pkg = parts.slice(0, i).join('/');
      if (!module.startsWith(`${pkg}/`) && inits.has(initOf(pkg))) passed.push(initOf(pkg));
    }
    return passed;
  };
  const imported = new Map<string, Map<string, { eager: boolean }>>();
  const edges = new Map<string, Set<string>>();
  for (const [module, out] of builders) {
    const targets = new Map([...out.importedModules()].filter(([target]) => builders.has(target) && target !== module));
    imported.set(module, targets);
    edges.set(module, new Set([...targets.keys()].flatMap((target) => [target, ...initsPassed(module, target)])));
  }
  for (const [init, members] of inits) edges.set(init, new Set(members));
  // Tarjan's strongly connected components.
  const component = new Map<string, number>();
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  let components = 0;
  const visit = (module: string): void => {
    order.set(module, counter);
    low.set(module, counter++);
    stack.push(module);
    onStack.add(module);
    for (const target of edges.get(module) ?? []) {
      if (!order.has(target)) {
        visit(target);
        low.set(module, Math.min(low.get(module)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(module, Math.min(low.get(module)!, order.get(target)!));
    }
    if (low.get(module) !== order.get(module)) return;
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      onStack.delete(member);
      component.set(member, components);
      if (member === module) break;
    }
    components++;
  };
  for (const module of [...edges.keys()].sort()) if (!order.has(module)) visit(module);
  const late = new Map<string, Set<string>>();
  for (const [module, targets] of imported) {
    const own = component.get(module);
    // While a module runs, the `__init__` of each package it is in has begun already: Python runs none of them
    // again, so a path through one never reaches the module (smithery's `shared/x` importing `connections/y`, whose
    // package imports a module importing `shared/z`: `shared/__init__` does not import `shared/x` a second time).
    const begun = (node: string) =>
      node.endsWith('/__init__') && module.startsWith(`${node.slice(0, -'__init__'.length)}`);
    const importsBack = (target: string): boolean => {
      const seen = new Set<string>();
      const queue = [target, ...initsPassed(module, target)].filter((node) => component.get(node) === own);
      while (queue.length > 0) {
        const node = queue.pop()!;
        if (node === module) return true;
        if (seen.has(node) || begun(node)) continue;
        seen.add(node);
        for (const next of edges.get(node) ?? []) if (component.get(next) === own) queue.push(next);
      }
      return false;
    };
    const cyclic = [...targets].filter(([t, { eager }]) => !eager && importsBack(t));
    if (cyclic.length) late.set(module, new Set(cyclic.map(([target]) => target)));
  }
  return late;
}

/**
 * The module of a second model of a schema (a config model naming a schema an earlier one names): an alias of the
 * first's model, or of its params form (`InputFileContent = ResponseInputFile` in openai's conversations, anthropic's
 * `MessageStreamEvent = RawMessageStreamEvent`, `BetaBase64PDFBlockParam = BetaRequestDocumentBlockParam`), as
 * Stainless's; a params form's module has no `__all__`. Of the same name, the import alone.
 */
function secondModelAlias(build: PythonBuild, type: PyNamedType, firstId: string): PyModuleBuilder {
  const out = new PyModuleBuilder(type.module, build.index);
  const first = type.paramForm ? build.index.paramLocation(firstId) : build.index.model(firstId);
  if (!type.paramForm) {
    out.lazyAnnotations = 'when-needed';
    out.exported.push(type.name);
  }
  const imported = out.importFrom(first.module, first.name);
  if (imported !== type.name) out.declare(`${type.name} = ${imported}`);
  return out;
}

/** An `allOf` one of whose parts is a named type: the class Stainless writes extends it. */
function extendsNamed(type: TypeRef): boolean {
  return type.kind === 'intersection' && flatParts(type.parts).some((part) => part.kind === 'ref');
}

/**
 * The value of a named type's alias, as Stainless writes it: an array's items are named after the type in the
 * singular (`Extensions` → `ExtensionItem`), a map's values after the type (`InlineChannelDataRequestParam` →
 * `InlineChannelDataRequestParamItem`, structify's `DatasetMatchResponseItem`), and a params form's array of objects
 * is a `List` (imagekit's `Extensions: TypeAlias = List[ExtensionItem]` in shared_params), not the `Iterable` a field
 * takes.
 */
function namedAliasValue(out: PyModuleBuilder, name: string, type: TypeRef, side: 'model' | 'param'): string {
  if (type.kind === 'array') {
    const hint = `${singularize(name)}Item`;
    if (side === 'param' && paramsSequence(type.items, (id) => out.index.schema(id)) === 'iterable')
      return `${out.use('List')}[${out.annotation(type.items, side, hint)}]`;
    return out.annotation(type, side, hint);
  }
  return out.annotation(type, side, heldMap(type).length === 1 ? name : '');
}
