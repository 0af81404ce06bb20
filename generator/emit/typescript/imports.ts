/**
 * Import statements of one generated module: collects what printed code uses, then prints sorted,
 * deduplicated `import` lines with relative specifiers.
 */
import { compareStrings, pascalCase } from '../../naming/case';
import { relativeFromFile } from '../relative-path';

export class ImportSet {
  /** module (src-relative, no extension) → name → type-only? */
  private readonly byModule = new Map<string, Map<string, boolean>>();
  /** module → the alias of its type-only namespace import (`import type * as TransfersAPI from './transfers.js'`). */
  private readonly namespaces = new Map<string, string>();
  /** The modules whose namespace import is a value import (`import * as FeedsAPI`): the module constructs its classes. */
  private readonly valueNamespaces = new Set<string>();
  /** module → the alias it would have had, for each module whose alias clashed with another's (`namespace`). */
  private readonly clashes = new Map<string, string>();
  /** The alias of the module's type-only import of itself (`import type * as CompletionsAPI from './completions.js'`). */
  private self: string | null = null;

  constructor(
    /** The importing module, src-relative without extension: "resources/servers/servers". */
    readonly from: string,
    private readonly ext: string,
    /**
     * `stainless`: the lines as Stainless's SDKs write a resource module's (see stainlessLines); the extension is
     * then left out, as theirs do (the package's build adds it).
     */
    private readonly style: 'sdkgen' | 'stainless' = 'sdkgen',
    /**
     * The SDK answers the paths of the newer Stainless runtime (`targets.typescript`, stainless-runtime-paths.ts):
     * `path` is then imported from `internal/utils/path`, as Stainless's resources import it.
     */
    private readonly stainlessRuntimePaths = false,
    /**
     * The SDK has the older Stainless runtime's paths (`targets.node`): with the `stainless` style, the runtime's
     * names its `core` module exports are written `Core.RequestOptions` through `import * as Core from '../core'`,
     * and `APIResource` comes from `resource`, as that generator's resource modules have them.
     */
    private readonly legacyCore = false,
  ) {}

  /**
   * The namespace alias of a resource's module (`resources/ilgs/v1/v1` → `v1API`): Stainless's SDKs name it after the
   * resource's class, as the config's casings spell it. Null: after the module's file name.
   */
  resourceAlias: ((module: string) => string | undefined) | null = null;

  /**
   * Stainless's style with the newer runtime's paths, as its SDKs wrote them before 2025-03-27 (stainless/era.ts): the
   * runtime's `resource`, `api-promise` and `pagination` from `src/`'s root rather than `src/core/`.
   */
  rootRuntimeModules = false;

  /**
   * Stainless's style with the older runtime's paths (legacyCore), as its SDKs wrote them before 2024-06-25
   * (stainless/era.ts `coreImportFirst`): `import * as Core` first, before the `APIResource` import.
   */
  coreImportFirst = false;

  /**
   * Stainless's style of an era whose modules imported the SDK's own through the package's name (stainless/era.ts
   * `packageNameImports`): `'@embedhq/node/core'`, `'@embedhq/node/resources/actions/runs'`. Null: relative paths.
   */
  packageName: string | null = null;

  /** Whether a name is written through the `Core` namespace import (legacyCore). */
  private coreNamespace = false;
  /** `module#name` of the interfaces Stainless's style imports with `type` (a page's `Params`). */
  private readonly typeKeyword = new Set<string>();

  /**
   * Import `name` from `module` (src-relative); a value import wins over a type-only one. `local` binds it under
   * another name (`name as local`), where the importing module has a `name` of its own.
   */
  add(module: string, name: string, typeOnly: boolean, local: string = name): void {
    if (this.style === 'stainless') module = STAINLESS_HOMES.get(`${module}#${name}`) ?? module;
    if (this.stainlessRuntimePaths) module = STAINLESS_RUNTIME_HOMES.get(`${module}#${name}`) ?? module;
    if (this.style === 'stainless' && this.legacyCore) module = LEGACY_HOMES.get(`${module}#${name}`) ?? module;
    module = this.pagesHome(module);
    if (module === this.from) return;
    let names = this.byModule.get(module);
    if (names === undefined) this.byModule.set(module, (names = new Map<string, boolean>()));
    const key = local === name ? name : `${name} as ${local}`;
    names.set(key, (names.get(key) ?? true) && typeOnly);
  }

  /**
   * Import the interface `name` from `module`, type-only; Stainless's style writes it with `type`
   * (`import { EntriesCursor, type EntriesCursorParams } from '../pagination'`), as its SDKs import a page's params.
   */
  addInterface(module: string, name: string): void {
    this.add(module, name, true);
    this.typeKeyword.add(`${this.pagesHome(module)}#${name}`);
  }

  /**
   * The newer Stainless runtime's resource modules import the page classes from `core/pagination` (which re-exports
   * `src/pagination.ts`'s); the older one's from `pagination`; and those of an era before `core/` (rootRuntimeModules)
   * the runtime's modules from `src/`'s root.
   */
  private pagesHome(module: string): string {
    const newer = this.style === 'stainless' && this.stainlessRuntimePaths && !this.legacyCore;
    if (newer && this.rootRuntimeModules) return ROOT_RUNTIME_HOMES.get(module) ?? module;
    return newer && module === 'pagination' ? 'core/pagination' : module;
  }

  /**
   * A runtime type used in a signature (`RequestOptions` from `core/base-client`): its name as the module writes it,
   * `Core.RequestOptions` where the older generator's modules qualify it (legacyCore), else imported by name.
   */
  runtimeType(module: string, name: string): string {
    if (this.style === 'stainless' && this.legacyCore && LEGACY_CORE_QUALIFIED.has(name)) {
      this.coreNamespace = true;
      return `Core.${name}`;
    }
    this.add(module, name, true);
    return name;
  }

  /** A value of the older generator's `core` module, through its namespace import: `Core.multipartFormRequestOptions`. */
  legacyCoreValue(name: string): string {
    this.coreNamespace = true;
    return `Core.${name}`;
  }

  /** `Core.Uploadable` where the older generator's modules qualify the type (legacyCore), else null. */
  legacyCoreType(name: string): string | null {
    if (!(this.style === 'stainless' && this.legacyCore)) return null;
    this.coreNamespace = true;
    return `Core.${name}`;
  }

  /**
   * A runtime type named as runtimeType names it, but unqualified in the older generator's modules (legacyCore), which
   * import it by name from `core` where a method streams on a flag (`import { APIPromise } from '../core';`).
   */
  runtimeTypeByName(module: string, name: string): string {
    if (!(this.style === 'stainless' && this.legacyCore)) return this.runtimeType(module, name);
    this.add('core', name, true);
    return name;
  }

  /**
   * The module's types under `alias`, through a type-only import of itself: for a namespace that must name a type its
   * own member shadows (Stainless's `CompletionCreateParams.CompletionCreateParamsStreaming`).
   */
  importSelf(alias: string): void {
    this.self = alias;
  }

  /**
   * The alias under which `module`'s types are imported as a namespace, type-only unless `value` (the module itself
   * through its import of itself): `TransfersAPI` for `resources/transfers`, as Stainless names them, or `alias`,
   * numbered when `taken` (the module's own names) or another module's alias has it. For a type a nested interface of
   * the same name shadows, and with `value` for the classes a Stainless SDK constructs (`new FeedsAPI.Feeds(…)`).
   */
  namespace(
    module: string,
    taken: ReadonlySet<string>,
    { value = false, alias: wanted }: { value?: boolean; alias?: string } = {},
  ): string {
    if (value && module !== this.from) this.valueNamespaces.add(module);
    const known = module === this.from ? this.self : this.namespaces.get(module);
    if (known) return known;
    const last = module.split('/').pop()!;
    // Stainless's SDKs import the shared types as `Shared`.
    // (Stainless's SDKs spell acronyms in it as in class names: `FindByIDAPI`.)
    const acronyms = this.style === 'stainless';
    const base =
      wanted ?? this.resourceAlias?.(module) ?? (last === 'shared' ? 'Shared' : `${pascalCase(last, { acronyms })}API`);
    const used = new Set([...this.namespaces.values(), ...(this.self ? [this.self] : [])]);
    const free = (name: string) => !taken.has(name) && !used.has(name);
    let alias = base;
    // A clash takes the parent folder's name before its own, as Stainless's SDKs name it (embed-node's
    // `CollectionsSchemasAPI`, letta-node's `ResourcesArchivesAPI`); a number only where that is taken too.
    if (!free(alias)) this.clashes.set(module, base);
    if (!free(alias) && wanted === undefined) {
      const parent = parentFolder(module);
      if (parent !== null) alias = `${pascalCase(parent, { acronyms })}${base}`;
    }
    if (!free(alias)) {
      alias = base;
      for (let n = 2; !free(alias); n++) alias = `${base}${n}`;
    }
    if (module === this.from) this.self = alias;
    else this.namespaces.set(module, alias);
    return alias;
  }

  /** The namespace alias given to each module imported as a namespace. */
  namespaceAliases(): ReadonlyMap<string, string> {
    return this.namespaces;
  }

  /** The modules whose alias clashed with another's, each with the alias it would have had (`SchemasAPI`). */
  namespaceClashes(): ReadonlyMap<string, string> {
    return this.clashes;
  }

  /** Whether the module imports itself (`import * as Shared from './shared'`), through `importSelf` or `namespace`. */
  importsItself(): boolean {
    return this.self !== null;
  }

  /** Whether the module imports anything but itself. */
  importsOthers(): boolean {
    return this.byModule.size > 0 || this.namespaces.size > 0 || this.coreNamespace;
  }

  specifier(module: string): string {
    if (this.style === 'stainless' && this.packageName !== null) return `${this.packageName}/${module}`;
    let rel = relativeFromFile(this.from, module);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return this.style === 'stainless' ? rel : `${rel}${this.ext}`;
  }

  lines(): string[] {
    if (this.style === 'stainless') return this.stainlessLines();
    const out: string[] = [];
    // (The client's own methods call the older generator's helpers through `Core` too: reducto's `upload`.)
    if (this.coreNamespace) out.push(`import * as Core from '${this.specifier('core')}';`);
    if (this.self !== null) out.push(`import type * as ${this.self} from '${this.specifier(this.from)}';`);
    for (const [module, alias] of [...this.namespaces].sort((a, b) => compareStrings(a[0], b[0])))
      out.push(
        `import ${this.valueNamespaces.has(module) ? '' : 'type '}* as ${alias} from '${this.specifier(module)}';`,
      );
    // By order(), then by path: each group sorted apart (`sort()` orders strings by code unit, as compareStrings
    // does, without a call per comparison).
    const groups: string[][] = [[], [], [], []];
    for (const module of this.byModule.keys()) groups[order(module)].push(module);
    for (const module of groups.flatMap((group) => group.sort())) {
      const typeOnly = this.byModule.get(module)!;
      const names = [...typeOnly.keys()].sort();
      let allTypes = true;
      for (const t of typeOnly.values()) allTypes &&= t;
      const list = allTypes ? names : names.map((n) => (typeOnly.get(n) ? `type ${n}` : n));
      out.push(`import ${allTypes ? 'type ' : ''}{ ${list.join(', ')} } from '${this.specifier(module)}';`);
    }
    return out;
  }

  /**
   * Stainless's order: the `APIResource` import first; then the other resources' modules by path, each module's
   * namespace import (`import * as BulkAPI from './bulk';`) followed by its names; then the runtime's modules by path
   * (the page classes' where Stainless's SDKs have them, `core/pagination`). Types are imported without `type`, as
   * Stainless's are (the SDK's tsconfig leaves `verbatimModuleSyntax` off: CommonView).
   */
  private stainlessLines(): string[] {
    const resource = this.pagesHome('core/resource');
    // (The older generator imports `core`'s names one a line, `isRequestOptions` first: `onePerLine`.)
    const named = (module: string, onePerLine = false) => {
      // (`APIResource` has its own line, first.)
      const names = [...(this.byModule.get(module) ?? new Map<string, boolean>()).entries()].filter(
        ([n]) => module !== resource || n !== 'APIResource',
      );
      if (names.length === 0) return [];
      names.sort((a, b) => compareStrings(a[0], b[0]));
      const typed = (n: string, typeOnly: boolean) =>
        typeOnly && this.typeKeyword.has(`${module}#${n}`) ? `type ${n}` : n;
      const line = (list: Array<[string, boolean]>) =>
        `import { ${list.map(([n, t]) => typed(n, t)).join(', ')} } from '${this.specifier(module)}';`;
      if (!onePerLine) return [line(names)];
      const first = (n: string) => (n === 'isRequestOptions' ? 0 : 1);
      return names.sort((a, b) => first(a[0]) - first(b[0])).map((entry) => line([entry]));
    };
    const out: string[] = [];
    const coreFirst = this.coreNamespace && this.legacyCore && this.coreImportFirst;
    if (coreFirst) out.push(`import * as Core from '${this.specifier('core')}';`);
    if (this.byModule.get(resource)?.has('APIResource'))
      out.push(`import { APIResource } from '${this.specifier(resource)}';`);
    // The older generator's: `APIResource` from `resource`, then `core`'s names and its namespace.
    const legacyFirst = this.legacyCore ? ['resource', 'core'] : [];
    for (const module of legacyFirst) out.push(...named(module, module === 'core'));
    if (this.coreNamespace && !coreFirst) out.push(`import * as Core from '${this.specifier('core')}';`);
    if (this.self !== null) out.push(`import * as ${this.self} from '${this.specifier(this.from)}';`);
    const modules = new Set([...this.namespaces.keys(), ...this.byModule.keys()]);
    for (const module of legacyFirst) modules.delete(module);
    const runtime = (module: string) => !module.startsWith('resources/');
    for (const module of [...modules].filter((m) => !runtime(m)).sort(compareModulePaths)) {
      const alias = this.namespaces.get(module);
      if (alias) out.push(`import * as ${alias} from '${this.specifier(module)}';`);
      out.push(...named(module));
    }
    // (Where Stainless's SDKs have the page classes and `path`.)
    // (Those of an era before `core/` sort as they would in it.)
    const homes: Record<string, string> = {
      pagination: 'core/pagination',
      'internal/path': 'internal/utils/path',
      'api-promise': 'core/api-promise',
    };
    const sortKey = (module: string) => homes[module] ?? module;
    const others = [...modules].filter(runtime).sort((a, b) => compareStrings(sortKey(a), sortKey(b)));
    for (const module of others) {
      // (A module of validators, `schemas/…`, is imported as a namespace: `import * as ServersSchemas`.)
      const alias = this.namespaces.get(module);
      if (alias)
        out.push(
          `import ${this.valueNamespaces.has(module) ? '' : 'type '}* as ${alias} from '${this.specifier(module)}';`,
        );
      out.push(...named(module));
    }
    return out;
  }
}

/**
 * Module paths in Stainless's order: folder by folder, a folder's files before the folders in it, each by name
 * (`resources/shared` before `resources/messages/messages`; `mongodb/indexes` before `mongodb/cursor/cursor`).
 */
function compareModulePaths(a: string, b: string): number {
  const [x, y] = [a.split('/'), b.split('/')];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [fileX, fileY] = [i === x.length - 1, i === y.length - 1];
    if (fileX !== fileY) return fileX ? -1 : 1;
    const order = compareStrings(x[i]!, y[i]!);
    if (order !== 0) return order;
  }
  return x.length - y.length;
}

/**
 * Where a resource module of Stainless's style imports a runtime name from, where that differs from sdkgen's:
 * the module Stainless's SDKs import it from, or the one beside the page classes.
 */
const STAINLESS_HOMES = new Map([
  ['core/base-client#RequestOptions', 'internal/request-options'],
  ['core/pagination#PagePromise', 'pagination'],
]);

/** Where such a module imports a name from in an SDK that has the older Stainless runtime's paths (legacyCore). */
const LEGACY_HOMES = new Map([
  ['core/resource#APIResource', 'resource'],
  ['internal/request-options#isRequestOptions', 'core'],
  ['core/streaming#Stream', 'streaming'],
]);

/** The runtime's types the older generator's resource modules name through `Core.` (its `core` module has them). */
const LEGACY_CORE_QUALIFIED = new Set(['RequestOptions', 'APIPromise', 'PagePromise']);

/** The runtime modules Stainless's SDKs imported from `src/`'s root before its `core/` folder (rootRuntimeModules). */
const ROOT_RUNTIME_HOMES = new Map([
  ['core/resource', 'resource'],
  ['core/api-promise', 'api-promise'],
  ['core/pagination', 'pagination'],
]);

/** Where such a module imports a name from in an SDK that has Stainless's runtime paths. */
const STAINLESS_RUNTIME_HOMES = new Map([['internal/path#path', 'internal/utils/path']]);

/** Runtime first, then pagination, then resources. */
function order(module: string): number {
  if (module.startsWith('core/')) return 0;
  if (module.startsWith('internal/')) return 1;
  if (module === 'pagination') return 2;
  return 3;
}

/**
 * The folder above a resource's own (`collections` for `resources/collections/schemas`, `resources` for
 * `resources/archives/archives`, whose own folder is `archives`); null at the top.
 */
function parentFolder(module: string): string | null {
  const parts = module.split('/');
  if (parts.length >= 2 && parts[parts.length - 1] === parts[parts.length - 2]) parts.pop();
  return parts.length >= 2 ? parts[parts.length - 2]! : null;
}
