/**
 * The modules of resources (`src/resources/…`): each resource's class with its methods, the types it declares and
 * its namespace, and the modules of types without a class (the client's own methods', the shared ones). The
 * client's methods and namespace are planned as a resource's are (plan-client.ts).
 */
import { TAKEN_TYPE_NAMES } from '../../naming/reserved';
import { baseResourceClassName } from '../../naming/rules';
import type { Method, NamedSchema, Resource, WebhookUnwrap } from '../../ir/types';
import { extend } from '../../extend';
import { ImportSet } from './imports';
import {
  classNames,
  exportsByImport,
  pageClassNames,
  printContext,
  printStyle,
  type PlanContext,
} from './plan-context';
import { namespaceOrder, ownPageAliases } from './namespace-order';
import { methodParamsDeclarations } from './plan-params-declarations';
import { withoutSelfImport } from './shared-self-refs';
import { sharedRequest, throwsDoc } from './plan-funcs';
import { methodRequest, methodSignature } from './plan-request';
import { stainlessParamsName, stainlessRequest } from './plan-stainless-request';
import { stainlessResourceShowsExamples } from '../request-examples';
import { namespaceMemberNames, printDeclaration } from './print-declarations';
import { jsDoc, quoteString } from './print-doc';
import { globalType, printType, type PrintContext } from './print-type';
import type { MethodView, ResourceView, WebhookUnwrapView } from './views';

export function resourceView(plan: PlanContext, resource: Resource): ResourceView {
  const first = resourceViewWith(plan, resource, new Set());
  if (plan.api.stainlessLayout === null) return first.view;
  // A nested resource whose module alias another module imported here would have (`FilesAPI` for `../files` beside
  // `./files`) takes its parent's name before it, the other keeping its own, as Stainless's SDKs name them
  // (lobehub's `KnowledgeBasesFilesAPI`, `UsersRolesAPI`).
  const clashes = [...first.imports.namespaceClashes()];
  const prefixed = new Set(
    resource.subresources
      .filter((sub) => clashes.some(([m, base]) => m !== sub.module && base === `${sub.className}API`))
      .map((sub) => sub.module),
  );
  return prefixed.size === 0 ? first.view : resourceViewWith(plan, resource, prefixed).view;
}

function resourceViewWith(
  plan: PlanContext,
  resource: Resource,
  prefixed: ReadonlySet<string>,
): { view: ResourceView; imports: ImportSet } {
  const imports = withEraPaths(
    plan,
    withResourceAliases(
      plan,
      new ImportSet(
        resource.module,
        plan.importExt,
        importStyle(plan),
        hasStainlessRuntimePaths(plan),
        // (A module declaring a `Core` of its own imports the runtime's types by name.)
        hasLegacyRuntimePaths(plan) && !ownNames(plan, resource).has('Core'),
      ),
    ),
  );
  const ctx = printContext(plan.schemas, imports, () => ownNames(plan, resource), printStyle(plan));
  imports.add('core/resource', 'APIResource', false);
  // (An SDK of the era of `export import`s names its nested resources through their modules' namespaces alone.)
  const namespaceImports = exportsByImport(plan);
  if (!namespaceImports)
    for (const sub of resource.subresources)
      for (const name of classNames(plan, sub))
        if (name !== sub.className || classBesideModel(plan, resource, sub) !== 'parent')
          imports.add(sub.module, name, false);
  // Stainless's SDKs name a nested resource's module after its class (`GitHubAPI` for `./github`).
  if (ctx.stainless)
    for (const sub of resource.subresources)
      imports.namespace(sub.module, ownNames(plan, resource), {
        value: true,
        alias: `${prefixed.has(sub.module) ? resource.className : ''}${sub.className}API`,
      });
  const methods: ResourceView['methods'] = resource.methods.map((m) => methodView(plan, m, resource, imports, ctx));
  for (const unwrap of resource.webhookUnwraps) methods.push(webhookUnwrapView(plan, unwrap, ctx));
  // A verifying unwrap calls the standardwebhooks package, imported after the module's own imports as Stainless's are.
  const packageImports = resource.webhookUnwraps.some((u) => u.keyOption !== null)
    ? [`import { Webhook } from 'standardwebhooks';`]
    : [];
  const declarations = moduleTypeDeclarations(plan, resource, imports, ctx);
  const namespaceName = resourceNamespaceName(resource, plan.schemas, plan.typeNamesOf);
  const namespaceExports = resourceNamespace(plan, resource, imports, namespaceName);
  const subresources = resource.subresources.map((s) => ({
    property: s.property,
    className: s.className,
    // Stainless's SDKs construct a nested resource through their namespace import of its module.
    classRef: ctx.stainless
      ? `${imports.namespace(s.module, ownNames(plan, resource), { value: true })}.${s.className}`
      : s.className,
  }));
  const key = plan.treeShaking ? `[${resource.path.split('.').map(quoteString).join(', ')}]` : '';
  const view = extend(plan.common, {
    imports: [...imports.lines(), ...packageImports],
    className: resource.className,
    baseClassName: plan.treeShaking ? baseResourceClassName(resource.className) : '',
    key,
    // Stainless's SDKs declare the key's type, without a comment.
    keyType: plan.treeShaking && ctx.stainless ? `readonly ${key}` : '',
    // Stainless's SDKs describe a resource with methods of its own only (knock's `providers`, isaacus's
    // `classifications`, every grouping resource of VAIF's and imagekit's has none), and none before an era.
    doc:
      ctx.stainless && (resource.methods.length === 0 || !plan.stainlessForms.resourceDocs)
        ? ''
        : jsDoc(resource.docs, [], { block: ctx.stainless, leadingBlank: ctx.stainless }),
    subresources,
    methods,
    declarations: declarations.join('\n'),
    namespaceExports,
    namespaceName,
    namespaceKeyword: namespaceImports ? 'export namespace' : 'export declare namespace',
    namespaceClasses:
      namespaceExports.length > 0 && !namespaceImports
        ? [
            ...namespacePageClasses(plan, resource),
            ...resource.subresources.flatMap((s) => [
              ...classNames(plan, s).filter((n) => n !== s.className || !classBesideModel(plan, resource, s)),
              ...namespacePageClasses(plan, s),
            ]),
          ]
        : [],
    reexports: foreignPageAliases(plan, resource),
  });
  return { view, imports };
}

/** The page classes of a resource's module its namespace lists (namespace-order.ts), assigned to its class. */
function namespacePageClasses(plan: PlanContext, resource: Resource): string[] {
  const listed = new Set(ownPageAliases(resource));
  return pageClassNames(plan, resource.module).filter((name) => listed.has(name));
}

/**
 * Whether a nested resource's class has the name of a model beside it, which Stainless's SDKs keep (ir/names.ts,
 * ModelBeside): `parent` when its parent's module declares the model (the parent reaches the class through its
 * module's namespace alone: no import of it by name, no assignment to the parent's class, no entry in its namespace),
 * `own` when its own module does (TypeScript merges the two: the parent's namespace lists the name once, as a type,
 * and assigns no class). Null for any other class, and without a Stainless config (which renames such a class).
 */
export function classBesideModel(plan: PlanContext, parent: Resource, sub: Resource): 'parent' | 'own' | null {
  if (plan.api.stainlessLayout === null) return null;
  if (plan.typeNamesOf(parent.module).includes(sub.className)) return 'parent';
  return plan.typeNamesOf(sub.module).includes(sub.className) ? 'own' : null;
}

/** A resource module's imports are written as Stainless's SDKs write them when the SDK is made from its config. */
function importStyle(plan: PlanContext): 'sdkgen' | 'stainless' {
  return plan.api.stainlessLayout === null ? 'sdkgen' : 'stainless';
}

/**
 * `imports` naming a resource module's namespace after its class (or the model a method-less class's namespace is
 * named after: knock's `ChannelDataAPI`), as Stainless's SDKs do (ImportSet.resourceAlias).
 */
function withResourceAliases(plan: PlanContext, imports: ImportSet): ImportSet {
  if (plan.api.stainlessLayout === null) return imports;
  let aliases = resourceAliasCache.get(plan.api);
  if (!aliases) {
    aliases = new Map();
    const visit = (r: Resource) => {
      aliases!.set(r.module, `${r.namespaceName ?? r.className}API`);
      r.subresources.forEach(visit);
    };
    plan.api.resources.forEach(visit);
    resourceAliasCache.set(plan.api, aliases);
  }
  const known = aliases;
  imports.resourceAlias = (module) => known.get(module);
  return imports;
}

const resourceAliasCache = new WeakMap<object, Map<string, string>>();

/** An SDK made from a `targets.node` config has the older Stainless runtime's paths (plan-module-aliases.ts). */
function hasLegacyRuntimePaths(plan: PlanContext): boolean {
  return plan.api.stainlessLayout === 'node';
}

/**
 * Stainless's SDKs of an era before the runtime's `core/` folder import it from `src/`'s root; those of the older
 * runtime before 2024-06-25 import `* as Core` first, and those of an era before relative paths import through the
 * package's name (stainless/era.ts).
 */
function withEraPaths(plan: PlanContext, imports: ImportSet): ImportSet {
  imports.rootRuntimeModules = hasStainlessRuntimePaths(plan) && !plan.stainlessForms.coreFolder;
  imports.coreImportFirst = hasLegacyRuntimePaths(plan) && plan.stainlessForms.coreImportFirst;
  // (The older runtime's modules of an era that imported the SDK's own through the package's name.)
  const through = plan.stainlessForms.packageNameImports;
  const scoped = plan.api.packageName.startsWith('@');
  if (hasLegacyRuntimePaths(plan) && (through === 'all' || (through === 'scoped' && scoped)))
    imports.packageName = plan.api.packageName;
  return imports;
}

/** An SDK made from a `targets.typescript` config has the newer Stainless runtime's paths (plan-module-aliases.ts). */
function hasStainlessRuntimePaths(plan: PlanContext): boolean {
  return plan.api.stainlessLayout === 'typescript';
}

/**
 * The name of a resource's namespace: its class's, or the model's it is given (Resource.namespaceName), unless the
 * model's own namespace declares an interface of the name of a type it would re-export (the two would collide).
 */
export function resourceNamespaceName(
  resource: Resource,
  schemas: ReadonlyMap<string, NamedSchema>,
  typeNamesOf: (module: string) => string[],
): string {
  const wanted = resource.namespaceName;
  if (wanted === undefined) return resource.className;
  const model = resource.schemaIds.map((id) => schemas.get(id)!).find((s) => s.name === wanted);
  if (!model) return resource.className;
  const exported = new Set(typeNamesOf(resource.module));
  return namespaceMemberNames(model.type).some((name) => exported.has(name)) ? resource.className : wanted;
}

function webhookUnwrapView(plan: PlanContext, unwrap: WebhookUnwrap, ctx: PrintContext): WebhookUnwrapView {
  const option = plan.api.settingOptions.find((o) => o.option === unwrap.keyOption);
  return {
    doc: jsDoc(unwrap.docs),
    name: unwrap.name,
    eventType: printType(unwrap.event, ctx, null),
    headersType: `${globalType('Record', ctx)}<string, string>`,
    keyOption: unwrap.keyOption ?? '',
    clientCore: `${plan.api.clientName}Core`,
    keyEnvVar: option?.envVar ?? '',
    partial: 'webhook-unwrap',
  };
}

/** The names a resource's module declares: its types, its class and its nested resources' classes. */
function ownNames(plan: PlanContext, resource: Resource): Set<string> {
  return new Set([
    ...plan.typeNamesOf(resource.module),
    ...classNames(plan, resource),
    ...resource.subresources.flatMap((s) => classNames(plan, s)),
  ]);
}

/**
 * A resource's namespace: its module's types, then each nested resource with its types. With a Stainless config, laid
 * out as Stainless's SDKs lay it out: each list a paragraph, every name exported `as` itself, and the module's page
 * aliases between its models and its params (`UsersEntriesCursor` before `UserUpdateParams`).
 */
function resourceNamespace(plan: PlanContext, resource: Resource, imports: ImportSet, namespaceName: string): string[] {
  const stainless = plan.api.stainlessLayout !== null;
  // A namespace named after a model that no class of that name merges with does not re-export the model: inside it,
  // the model's name would then be that re-export, which declaration files cannot name (tsc's TS4033 on
  // `ChannelData.PushChannelDataFull.Device`). A class merged with its model lists it, as Stainless's SDKs do.
  const declared = plan.typeNamesOf(resource.module);
  const own = namespaceOrder(plan, resource, declared).filter(
    (name) => name !== namespaceName || namespaceName === resource.className,
  );
  const pageClasses = new Set(pageClassNames(plan, resource.module));
  const ownEntries = own.map((n) => (pageClasses.has(n) ? n : `type ${n}`));
  const byImport = exportsByImport(plan);
  const self = byImport && own.length > 0 ? imports.namespace(resource.module, ownNames(plan, resource)) : '';
  const lines =
    own.length === 0
      ? []
      : byImport
        ? own.map((n) => `export import ${n} = ${self}.${n};`)
        : [exportList(ownEntries, stainless)];
  const bound = new Set([
    resource.className,
    ...declared,
    ...TAKEN_TYPE_NAMES,
    ...plan.api.paginationSchemes.map((s) => s.className),
  ]);
  for (const sub of resource.subresources) for (const name of classNames(plan, sub)) bound.add(name);
  // A nested module's model named like a global (`Response`) is re-exported under its name, once, through an alias.
  const ownBinding = new Set([resource.className, ...declared, ...plan.api.paginationSchemes.map((s) => s.className)]);
  const globals = new Set([...TAKEN_TYPE_NAMES].filter((name) => !ownBinding.has(name) && !bound.has(`${name}_`)));
  for (const sub of resource.subresources) {
    lines.push(
      ...(byImport
        ? importExports(plan, sub, imports, bound, resource, globals)
        : groupExport(plan, sub, imports, bound, resource, globals)),
    );
    for (const name of plan.typeNamesOf(sub.module)) {
      bound.add(name);
      globals.delete(name);
    }
  }
  return stainless && !byImport ? paragraphs(lines) : lines;
}

/**
 * `export { A, type B };`, or with `asThemselves` as Stainless's SDKs write a namespace's lists:
 * `export { A as A, type B as B };`.
 */
export function exportList(entries: string[], asThemselves: boolean): string {
  const named = asThemselves ? entries.map((e) => (e.includes(' as ') ? e : e.replace(/(\w+)$/, '$1 as $1'))) : entries;
  return `export { ${named.join(', ')} };`;
}

/** `export { type A, type B };` (with `asThemselves`, `type A as A`…): exportList of types only. */
export function typeExportList(names: string[], asThemselves: boolean): string {
  return exportList(
    names.map((n) => `type ${n}`),
    asThemselves,
  );
}

/** Lines with an empty line between each two: a namespace's lists as paragraphs. */
export function paragraphs(lines: string[]): string[] {
  return lines.flatMap((line, i) => (i === 0 ? [line] : ['', line]));
}

/**
 * The page aliases the resource's methods return that another module declares, re-exported at the end of its module
 * as Stainless's SDKs do (`users.ts`'s `MessagesItemsCursor`, declared in messages.ts); none without a Stainless config.
 */
function foreignPageAliases(plan: PlanContext, resource: Resource): string[] {
  if (plan.api.stainlessLayout === null) return [];
  const aliases: string[] = [];
  const declared = new Set(plan.typeNamesOf(resource.module));
  for (const m of resource.methods) {
    const alias = m.pagination?.alias;
    // (A name the module declares itself is imported under another.)
    if (!alias || aliases.includes(alias) || declared.has(alias)) continue;
    const home = plan.aliasHome(m.pagination!);
    if (home !== undefined && home !== resource.module) aliases.push(alias);
  }
  // (The older layout's page aliases are classes: re-exported as values, `export { FilesCursorPage };`.)
  if (aliases.length === 0) return [];
  return [plan.api.stainlessLayout === 'node' ? exportList(aliases, false) : typeExportList(aliases, false)];
}

/**
 * `export { Releases, type ReleaseListParams, … };` for a resource's namespace or the client's: the class and
 * its module's types, imported into the module being planned. A name the module already binds otherwise
 * (`bound`) is left out: the package still exports it. A global's name (`globals`, such as a model `Object`) is
 * imported under another (`Object_`), which the namespace exports under its own: the module keeps the global.
 */
export function groupExport(
  plan: PlanContext,
  r: Resource,
  imports: ImportSet,
  bound: ReadonlySet<string>,
  /** The resource whose namespace it is, when `r` is nested in it. */
  parent: Resource | null = null,
  globals: ReadonlySet<string> = new Set(),
): string[] {
  const names = namespaceOrder(plan, r, plan.typeNamesOf(r.module));
  const types = names.filter((name) => !bound.has(name));
  const aliased = names.filter((name) => bound.has(name) && globals.has(name));
  const pageClasses = new Set(pageClassNames(plan, r.module));
  // A class beside a model of its name (classBesideModel): the model's entry, or none.
  const beside = parent ? classBesideModel(plan, parent, r) : null;
  const classes = classNames(plan, r).flatMap((n) =>
    n !== r.className || beside === null ? [n] : beside === 'own' ? [`type ${n}`] : [],
  );
  for (const name of classNames(plan, r))
    if (name !== r.className || beside !== 'parent') imports.add(r.module, name, false);
  for (const name of types) imports.add(r.module, name, !pageClasses.has(name));
  for (const name of aliased) imports.add(r.module, name, true, `${name}_`);
  // (An aliased model keeps its place among the others, as Stainless's namespace lists it.)
  const exported = [
    ...classes,
    ...names.flatMap((n) =>
      !bound.has(n) ? [pageClasses.has(n) ? n : `type ${n}`] : globals.has(n) ? [`type ${n}_ as ${n}`] : [],
    ),
  ];
  return [exportList(exported, plan.api.stainlessLayout !== null)];
}

/**
 * `export import Releases = ReleasesAPI.Releases;`, then each of its module's types: groupExport in an SDK of the era
 * of `export import`s, through the module's namespace import (which also constructs the class).
 */
function importExports(
  plan: PlanContext,
  r: Resource,
  imports: ImportSet,
  bound: ReadonlySet<string>,
  parent: Resource,
  globals: ReadonlySet<string>,
): string[] {
  const alias = imports.namespace(r.module, bound, { value: true });
  // (A global's name is bound in the namespace alone: `export import Response = ItemsAPI.Response`.)
  const types = namespaceOrder(plan, r, plan.typeNamesOf(r.module)).filter(
    (name) => !bound.has(name) || globals.has(name),
  );
  const parentsModel = classBesideModel(plan, parent, r) === 'parent';
  const classes = classNames(plan, r).filter((n) => n !== r.className || !parentsModel);
  return [...classes, ...types].map((n) => `export import ${n} = ${alias}.${n};`);
}

/** `resources/top-level`: the types of the client's own methods (declared as a resource's are, without a class). */
export function topLevelTypesView(plan: PlanContext, topLevel: Resource): ResourceView {
  const imports = withEraPaths(
    plan,
    withResourceAliases(
      plan,
      new ImportSet(
        topLevel.module,
        plan.importExt,
        importStyle(plan),
        hasStainlessRuntimePaths(plan),
        hasLegacyRuntimePaths(plan),
      ),
    ),
  );
  const ctx = printContext(plan.schemas, imports, () => ownNames(plan, topLevel), printStyle(plan));
  const declarations = moduleTypeDeclarations(plan, topLevel, imports, ctx);
  return { ...sharedTypesView(plan, []), imports: imports.lines(), declarations: declarations.join('\n') };
}

/**
 * The types a resource's module declares: the page aliases it is home to, its schemas, then its methods' params
 * (with their streaming variants).
 */
function moduleTypeDeclarations(
  plan: PlanContext,
  resource: Resource,
  imports: ImportSet,
  ctx: PrintContext,
): string[] {
  const declarations: string[] = [];
  const pageClasses = new Set(pageClassNames(plan, resource.module));
  for (const { alias, pagination } of plan.aliasesIn(resource.module)) {
    const page = `${pagination.scheme}<${printType(pagination.item, ctx, null)}>`;
    imports.add('pagination', pagination.scheme, !pageClasses.has(alias));
    declarations.push(
      pageClasses.has(alias) ? `export class ${alias} extends ${page} {}\n` : `export type ${alias} = ${page};\n`,
    );
  }
  for (const id of resource.schemaIds) {
    const schema = plan.schemas.get(id)!;
    declarations.push(printDeclaration(schema.name, schema.type, schema.docs, ctx));
  }
  for (const m of resource.methods) declarations.push(...methodParamsDeclarations(plan, resource, m, imports, ctx));
  return declarations;
}

export function sharedTypesView(plan: PlanContext, schemas: NamedSchema[]): ResourceView {
  const start = () => {
    const imports = withEraPaths(
      plan,
      withResourceAliases(
        plan,
        new ImportSet(
          'resources/shared',
          plan.importExt,
          importStyle(plan),
          hasStainlessRuntimePaths(plan),
          hasLegacyRuntimePaths(plan),
        ),
      ),
    );
    const own = () => new Set(plan.typeNamesOf('resources/shared'));
    return { imports, ctx: printContext(plan.schemas, imports, own, printStyle(plan)) };
  };
  const print = (ctx: PrintContext) => schemas.map((s) => printDeclaration(s.name, s.type, s.docs, ctx));
  const bare = hasStainlessRuntimePaths(plan) && plan.stainlessForms.coreFolder;
  const { imports, declarations } = withoutSelfImport(plan.schemas, bare, start, print);
  return extend(plan.common, {
    imports: imports.lines(),
    className: '',
    baseClassName: '',
    key: '',
    keyType: '',
    doc: '',
    subresources: [],
    methods: [],
    declarations: declarations.join('\n'),
    namespaceExports: [],
    namespaceName: '',
    namespaceKeyword: 'export declare namespace',
    namespaceClasses: [],
    reexports: [],
  });
}

/** The page class of its own a method's pages are (pageClassNames), imported where it is declared; else null. */
function pageClass(
  plan: PlanContext,
  pagination: NonNullable<Method['pagination']>,
  imports: ImportSet,
): string | null {
  const home = plan.aliasHome(pagination);
  if (!pagination.alias || home === undefined || !pageClassNames(plan, home).includes(pagination.alias)) return null;
  imports.add(home, pagination.alias, false);
  return pagination.alias;
}

/** A method of a resource class, or of the client for the client's own methods (the top-level resource's). */
export function methodView(
  plan: PlanContext,
  method: Method,
  resource: Resource,
  imports: ImportSet,
  ctx: PrintContext,
): MethodView {
  const api = plan.api;
  const signature = methodSignature(api, method, imports, ctx, { aliasModule: (p) => plan.aliasHome(p) });
  const onClient = resource === api.topLevel;
  // With standalone functions, the request is built in the method's function module and both send it from there.
  const shared = plan.funcs ? sharedRequest(method, imports) : '';
  // Stainless's SDKs document no `@throws`: with its config, only where the config asks for the functions too.
  const docExtra = ctx.stainless && !plan.funcs ? [] : throwsDoc(api, method, plan.funcs, plan.schemas);
  // Stainless's SDKs show the calls of a top-level resource whose schemas give examples (request-examples.ts).
  // (None in an SDK of an era before Stainless wrote them.)
  const shown =
    plan.stainlessForms.examples &&
    (!ctx.stainless ||
      stainlessResourceShowsExamples(api.resources, resource, plan.schemas, plan.stainlessForms.responseFieldExamples));
  const example = shown ? plan.docExample(method, resource) : '';
  if (example) docExtra.push('', '@example', '```ts', example, '```');
  const { params } = signature.parameters;
  const handedOn =
    shared !== '' && ctx.stainless && params && !signature.optionsInParams && !signature.overloads.length;
  // With a Stainless config, the request as Stainless's SDKs make it, where the client's verb methods can send it.
  const receiver = onClient ? 'this' : 'this._client';
  // (Not with validation: the client's verb methods take no validators.)
  const stainless =
    shared === '' && ctx.stainless && !api.validation
      ? stainlessRequest(
          api,
          method,
          imports,
          ctx,
          receiver,
          (p) => pageClass(plan, p, imports),
          signature.eitherPromise,
          signature.valueType,
        )
      : null;
  let request = shared || stainless !== null ? null : methodRequest(api, method, imports, ctx, receiver);
  // A body-only params object is `body` in Stainless's SDKs, in sdkgen's form of the request too (an upload): the
  // owners' statements in such a method (`body = withPhotoMetadata(body);`) name it so.
  let bodyRenamed = false;
  if (
    ctx.stainless &&
    request !== null &&
    request.destructure === null &&
    params !== null &&
    stainlessParamsName(method) === 'body' &&
    !signature.optionsInParams &&
    !method.streamWhen
  ) {
    const whole = /^body: params( \?\? \{\})?$/.exec(request.body);
    if (whole) {
      const validate = request.validate.replace(/\binput: params\b/, 'input: body');
      request = { ...request, body: whole[1] ? 'body: body ?? {}' : 'body', validate };
      bodyRenamed = true;
    }
  }
  const renamed = handedOn || (stainless !== null && params !== null) || bodyRenamed;
  const parameters =
    renamed && params ? { ...signature.parameters, params: { ...params, name: stainlessParamsName(method) } } : null;
  return {
    doc: jsDoc(method.docs, docExtra, { block: ctx.stainless, markdown: ctx.stainless }),
    name: method.name,
    // (The overloads name the params as the implementation does.)
    overloads: parameters
      ? signature.overloads.map((o) => renameParams(o, parameters.params!.name))
      : signature.overloads,
    parameters: parameters ?? signature.parameters,
    // (Stainless's request for a stream on a flag gives one promise or the other.)
    returnType: stainless !== null && signature.eitherPromise ? signature.eitherPromise : signature.returnType,
    optionsInParams: signature.optionsInParams,
    sharedRequest: shared,
    stainlessRequest: stainless ?? '',
    request,
    client: onClient ? 'this' : 'this._client',
    partial: method.pagination ? 'method-paginated' : 'method-plain',
  };
}

/** An overload signature with its `params` parameter under another name. */
function renameParams(overload: string, name: string): string {
  return overload.replace(/([(,] ?)params(\??): /, `$1${name}$2: `);
}
