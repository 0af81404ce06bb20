/**
 * The index modules (`src/index.ts`, `src/resources/index.ts`, each folder of resources' index) and the type names
 * each module exports, which they list: the client's and the resources' namespaces and the README list them too.
 */
import { RUNTIME_ERROR_CLASSES } from '../../naming/reserved';
import type { Method, Resource } from '../../ir/types';
import { extend } from '../../extend';
import { classNames, exportsByImport, pageClassNames, type PlanContext } from './plan-context';
import { streams } from './runtime-files';
import type { IndexView } from './views';
import type { TypeScriptApi } from './target-api';

/**
 * Each page alias with the module declaring it, among the modules of `resources` (that of its items' model where one
 * of them declares the model, `MessagesItemsCursor` in messages.ts as Stainless declares it, else that of the first
 * method returning it), and the pagination of a method returning it; by `pageAliasKey`. Two modules' items of one
 * name (`MessageListResponse` of messages and of threads.messages) each have their alias, in their own module.
 */
export function pageAliases(api: TypeScriptApi, resources: readonly Resource[]): Map<string, PageAlias> {
  const aliases = new Map<string, PageAlias>();
  const resourceModules = new Set(resources.map((r) => r.module));
  const schemaModules = new Map(api.schemas.map((s) => [s.id, s.module]));
  for (const r of resources) {
    for (const m of r.methods) {
      const alias = m.pagination?.alias;
      if (!alias) continue;
      const key = pageAliasKey(m.pagination!);
      if (aliases.has(key)) continue;
      const item = m.pagination!.item;
      const itemModule = item.kind === 'ref' ? schemaModules.get(item.schemaId) : undefined;
      const module = itemModule !== undefined && resourceModules.has(itemModule) ? itemModule : r.module;
      aliases.set(key, { alias, module, pagination: m.pagination! });
    }
  }
  return aliases;
}

/** A page alias for what it pages: its name, its scheme and its items. */
export function pageAliasKey(pagination: NonNullable<Method['pagination']>): string {
  const { item } = pagination;
  return `${pagination.alias}\0${pagination.scheme}\0${item.kind === 'ref' ? item.schemaId : JSON.stringify(item)}`;
}

/**
 * The module of `$shared` models (`src/resources/shared.ts`), unless a resource of that name has it (a config's resource
 * called `shared`, as Stainless writes its class and models there): then its types are the resource's, and null.
 */
export function sharedTypesModule(resources: readonly Resource[]): string | null {
  return resources.some((r) => r.module === SHARED_MODULE) ? null : SHARED_MODULE;
}

const SHARED_MODULE = 'resources/shared';

export interface PageAlias {
  alias: string;
  module: string;
  pagination: NonNullable<Method['pagination']>;
}

/** The type names of each module, and which module declares each page alias, for `resources` of `api`. */
export function moduleTypeNames(
  api: TypeScriptApi,
  resources: Resource[],
): Pick<PlanContext, 'typeModules' | 'aliasHome' | 'aliasesIn' | 'typeNamesOf'> {
  const typeModules = api.topLevel ? [api.topLevel, ...resources] : resources;
  const aliases = pageAliases(api, typeModules);
  const aliasHome = (pagination: NonNullable<Method['pagination']>): string | undefined =>
    aliases.get(pageAliasKey(pagination))?.module;
  const aliasesIn = (module: string) =>
    [...aliases.values()].filter((a) => a.module === module).map(({ alias, pagination }) => ({ alias, pagination }));

  /** Module → its schemas' names (in schema order), then its methods' params type names (in resource order). */
  let typeNamesByModule: Map<string, { schemas: string[]; params: string[] }> | null = null;

  const typeNamesOf = (module: string): string[] => {
    if (!typeNamesByModule) {
      const byModule = new Map<string, { schemas: string[]; params: string[] }>();
      const entry = (m: string) => {
        let found = byModule.get(m);
        if (!found) byModule.set(m, (found = { schemas: [], params: [] }));
        return found;
      };
      for (const s of api.schemas) entry(s.module).schemas.push(s.name);
      for (const r of typeModules) {
        for (const m of r.methods) {
          if (!m.params) continue;
          entry(r.module).params.push(m.params.typeName);
          if (m.streamWhen && !m.pagination)
            entry(r.module).params.push(`${m.params.typeName}NonStreaming`, `${m.params.typeName}Streaming`);
        }
      }
      for (const { alias, module } of aliases.values()) entry(module).params.push(alias);
      typeNamesByModule = byModule;
    }
    const names = typeNamesByModule.get(module);
    return names ? [...names.schemas, ...names.params] : [];
  };

  return { typeModules, aliasHome, aliasesIn, typeNamesOf };
}

export function resourcesIndexView(plan: PlanContext): IndexView {
  const exports: string[] = [];
  const ext = resourceImportExt(plan);
  const spec = (module: string) => `./${module.replace(/^resources\//, '')}${ext}`;
  // A name two modules declare (a Stainless SDK scopes names by module) is exported from the shallower one.
  // (Each depth counted once, not in every comparison of the sort.)
  const depths = new Map(plan.resources.map((r) => [r, r.path.split('.').length]));
  const exported = new Set<string>();
  const shallowFirst = [...plan.resources].sort((a, b) => depths.get(a)! - depths.get(b)!);
  const typesOf = new Map<Resource, string[]>();
  for (const r of shallowFirst) {
    typesOf.set(
      r,
      plan.typeNamesOf(r.module).filter((n) => !exported.has(n)),
    );
    for (const name of typesOf.get(r)!) exported.add(name);
  }
  const stainless = plan.api.stainlessLayout !== null;
  const modules: ModuleExport[] = [];
  // A Stainless SDK's index re-exports its top-level resources alone: a nested one's types are its parent's namespace's.
  for (const r of plan.resources.filter((r) => !stainless || !r.path.includes('.'))) {
    const pageClasses = pageClassNames(plan, r.module);
    const names = typesOf.get(r)!.filter((n) => !pageClasses.includes(n));
    const values = r.path.includes('.') ? [] : [...pageClasses, ...classNames(plan, r)];
    const list = exportsByImport(plan) ? [...names, ...values] : [...values, ...names.map((n) => `type ${n}`)];
    const specifier = spec(r.module);
    if (list.length > 0)
      modules.push({ specifier, line: `export { ${list.join(', ')} } from '${specifier}';`, name: list[0] });
  }
  const sharedModule = sharedTypesModule(plan.resources);
  const shared = sharedModule ? plan.typeNamesOf(sharedModule) : [];
  // A Stainless SDK's index re-exports its shared models first, then its resources by class name, in code point order
  // (vaif's `AI`, `AIUsage`, `Activation`; `SDK`, `SSO`, `SchemaEngine`); one of the era of `export import`s lists a
  // module's types first, without `type`, and orders by its first type's name.
  if (stainless && shared.length > 0) exports.push(`export * from './shared${ext}';`);
  exports.push(...(stainless ? byName(modules) : modules).map((m) => m.line));
  if (!stainless && shared.length > 0) exports.push(`export type { ${shared.join(', ')} } from './shared${ext}';`);
  const topLevel = plan.api.topLevel ? plan.typeNamesOf(plan.api.topLevel.module) : [];
  // (A Stainless SDK's names them as any module's types: `export { type PingResponse }`, bare in the era of
  // `export import`s.)
  const topLevelList = exportsByImport(plan) ? topLevel : topLevel.map((n) => `type ${n}`);
  if (topLevel.length > 0)
    exports.push(
      stainless
        ? `export { ${topLevelList.join(', ')} } from '${spec(plan.api.topLevel!.module)}';`
        : `export type { ${topLevel.join(', ')} } from '${spec(plan.api.topLevel!.module)}';`,
    );
  return extend(plan.common, { exports });
}

/**
 * The files of a resource's folder, when it has one of its own (nested resources, or `standalone_api`): its index and
 * the module beside the folder that re-exports it (`src/resources/servers/index.ts`, `src/resources/servers.ts`, so
 * that `<package>/resources/servers` works as well as `…/resources/servers/servers`).
 */
export function groupIndexFiles(resource: Resource): { folder: string; index: string; beside: string } | null {
  if (resource.subresources.length === 0 && !resource.standaloneApi) return null;
  const folder = resource.module.slice(0, resource.module.lastIndexOf('/'));
  return { folder, index: `src/${folder}/index.ts`, beside: `src/${folder}.ts` };
}

/** A folder's index: the resource class of the folder and its types, then each nested resource with its types. */
export function groupIndexView(plan: PlanContext, resource: Resource, folder: string): IndexView {
  const exported = new Set<string>();
  const modules: ModuleExport[] = [];
  const classless: string[] = [];
  for (const r of [resource, ...resource.subresources]) {
    // (Stainless's older SDKs list a module's page classes before its resource's.)
    const classes = [...pageClassNames(plan, r.module), ...classNames(plan, r)];
    // A Stainless SDK's index exports a `standalone_api` resource's class alone, from the module beside its folder.
    const standalone = r.standaloneApi && plan.api.stainlessLayout !== null;
    const types = standalone ? [] : plan.typeNamesOf(r.module);
    const names = [...new Set([...classes, ...types])].filter((name) => !exported.has(name));
    for (const name of names) exported.add(name);
    const list = exportsByImport(plan)
      ? [...names.filter((n) => !classes.includes(n)), ...names.filter((n) => classes.includes(n))]
      : names.map((n) => (classes.includes(n) ? n : `type ${n}`));
    // A Stainless SDK's folder index re-exports a nested folder's resource through that folder's index.
    const relative = r.module.slice(folder.length + 1);
    const throughIndex = plan.api.stainlessLayout !== null && relative.includes('/');
    const module = standalone
      ? relative.replace(/\/[^/]+$/, '')
      : throughIndex
        ? relative.replace(/[^/]+$/, 'index')
        : relative;
    const specifier = `./${module}${resourceImportExt(plan)}`;
    if (list.length === 0) continue;
    const line = `export { ${list.join(', ')} } from '${specifier}';`;
    // A nested class another export of its name leaves out (a model's of the folder's module: imagekit's
    // `files.metadata`) puts its module's line after the others, as Stainless's SDKs list it.
    if (r !== resource && !names.includes(r.className) && plan.api.stainlessLayout !== null) classless.push(line);
    else modules.push({ specifier, line, name: list[0] });
  }
  // A Stainless SDK's folder index lists its modules by path, those of the folders in it among them (`./chat/index`
  // before `./models`); one of the era of `export import`s (types first, without `type`) by the first name each exports.
  const ordered =
    plan.api.stainlessLayout === null ? modules : exportsByImport(plan) ? byName(modules) : bySpecifier(modules);
  return extend(plan.common, { exports: [...ordered.map((m) => m.line), ...classless] });
}

/** The extension of the resources' imports: none with a Stainless config, as its SDKs write them (ImportSet). */
export function resourceImportExt(plan: PlanContext): string {
  return plan.api.stainlessLayout === null ? plan.importExt : '';
}

interface ModuleExport {
  specifier: string;
  line: string;
  /** The first name it exports (the resource's class). */
  name?: string;
}

/** `modules` by the first name each exports, in code point order. */
function byName(modules: ModuleExport[]): ModuleExport[] {
  const key = (m: ModuleExport) => m.name ?? m.specifier;
  return [...modules].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** `modules` by their specifiers (code point order, as Stainless's SDKs sort them). */
function bySpecifier(modules: ModuleExport[]): ModuleExport[] {
  // Without the extension: `./users` before `./users-x`, as extensionless specifiers sort.
  const key = (m: ModuleExport) => m.specifier.replace(/\.[jt]s$/, '');
  return [...modules].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function indexView(plan: PlanContext): IndexView {
  const api = plan.api;
  const ext = plan.importExt;
  const exports = [
    `export { ${api.clientName} as default, ${api.clientName} } from './client${ext}';`,
    // A tree-shakable Stainless SDK exported its client without resources as `Base<Client>` from the root too, as
    // did one whose client module declared it (its era's `+base-client`).
    plan.treeShaking || (api.stainlessLayout !== null && plan.stainlessForms.baseClient)
      ? `export { ${api.clientName}Core, ${api.clientName}Core as Base${api.clientName}, type ClientOptions } from './client-core${ext}';`
      : `export { ${api.clientName}Core, type ClientOptions } from './client-core${ext}';`,
    `export { APIPromise } from './core/api-promise${ext}';`,
    `export { type RequestOptions } from './core/base-client${ext}';`,
    `export { toFile, type Uploadable } from './core/uploads${ext}';`,
    // A Stainless config's SDK has core/streaming only when a method streams (runtime-files.ts).
    ...(api.stainlessLayout === null || streams(api)
      ? [`export { Stream, type ServerSentEvent } from './core/streaming${ext}';`]
      : []),
    `export { PagePromise } from './core/pagination${ext}';`,
    // With validation, the error a strict check throws too (over a model of that name: an explicit export wins).
    `export { ${[`${api.clientName}Error`, ...RUNTIME_ERROR_CLASSES, ...(api.validation ? ['ValidationError'] : [])].join(', ')} } from './core/error${ext}';`,
  ];
  if (api.paginationSchemes.length > 0) {
    exports.push(`export { ${api.paginationSchemes.map((s) => s.className).join(', ')} } from './pagination${ext}';`);
  }
  // Stainless's older SDKs exported it beside `toFile`.
  if (api.stainlessLayout === 'node') exports.push(`export { fileFromPath } from './internal/file-from-path${ext}';`);
  exports.push(`export * from './resources/index${ext}';`);
  return extend(plan.common, { exports });
}
