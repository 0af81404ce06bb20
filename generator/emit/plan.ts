/**
 * Emit plan: IR → the list of files the SDK consists of, each with the template that renders it and
 * the view it gets. It decides which files exist and what data each gets; the shape of the code they hold is the
 * templates' (the client's auth code and the README's programs are partials), so a template author can see and
 * change it. Pure: no templates are read and nothing is written here.
 *
 * The views of whole groups of files are planned beside it: the README and api.md (plan-readme.ts), standalone
 * functions (plan-funcs.ts), reference docs (plan-docs.ts), the MCP server (plan-mcp.ts); a method's signature and
 * request (plan-request.ts) are shared by resource classes and functions, the client's credential options
 * (plan-auth.ts) by the client, the README and the generated tests.
 */
import { compareStrings } from '../naming/case';
import { RUNTIME_ERROR_CLASSES, TAKEN_TYPE_NAMES } from '../naming/reserved';
import { baseResourceClassName } from '../naming/rules';
import type {
  Api,
  Method,
  NamedSchema,
  PagingValue,
  Param,
  ParamsType,
  Resource,
  SettingOption,
  TypeRef,
  WebhookUnwrap,
} from '../ir/types';
import { Examples } from './examples';
import { verifiesWebhooks } from './runtime-files';
import { authCredentialViews, authOptionViews } from './plan-auth';
import { planFuncs, sharedRequest, throwsDoc } from './plan-funcs';
import { planMcpServer } from './plan-mcp';
import { methodRequest, methodSignature, resourceReceiver } from './plan-request';
import { planReferenceDocs } from './plan-docs';
import { ReadmePlanner } from './plan-readme';
import { ImportSet } from './imports';
import type { PlannedFile } from './planned-file';
import { printDeclaration, printInterface } from './print-declarations';
import { commentSafe, fieldDoc, jsDoc, markdownSafe, propertyKey, quoteString, templateLiteralText } from './print-doc';
import { printType, type PrintContext } from './print-type';
import type {
  AuthOptionView,
  ClientView,
  CommonView,
  IndexView,
  LicenseView,
  MethodView,
  PackageView,
  PaginationView,
  ResourceTestView,
  ResourceView,
  TreeShakableView,
  WebhookUnwrapView,
  WorkflowView,
} from './views';

export interface PlanOptions {
  importExt: string;
  /** Logical paths of extra templates (see runtime-files.ts): each renders the CommonView to its path minus `.hbs`. */
  extraTemplates?: string[];
  /** The spec written into the package for its mock (`mock/openapi.yml`), or null when none is. */
  mockSpec?: string | null;
  /** Standalone functions, `src/funcs/*` (the config's `funcs`); on unless false. */
  funcs?: boolean;
  /** Reference docs (`docs/sdks/…`, `docs/models/…`, plan-docs.ts) and the README's links to them; on by default. */
  referenceDocs?: boolean;
  /** `Base…` resource classes with their path (`_key`) and `src/tree-shakable.ts`; off unless true. */
  treeShaking?: boolean;
  /** GitHub workflows and release-please's files (the config's `workflows`); on unless false. */
  workflows?: boolean;
}

/** Licences whose text sdkgen ships (`templates/base/licenses/<id>.hbs`); others are only named in package.json. */
const LICENSE_TEXTS = new Set(['MIT', 'Apache-2.0', 'ISC']);

export function planFiles(api: Api, options: PlanOptions): PlannedFile[] {
  return [...planFilesInTurn(api, options)].sort((a, b) => compareStrings(a.path, b.path));
}

/**
 * The files of planFiles() one at a time, as each is planned (in plan order, not sorted): a caller can render and
 * format a file while the next ones are planned, and let its view go once it is rendered.
 */
export function planFilesInTurn(api: Api, options: PlanOptions): Iterable<PlannedFile> {
  return new Planner(api, options).plan();
}

class Planner {
  private readonly schemas: Map<string, NamedSchema>;
  private readonly examples: Examples;
  private readonly common: CommonView;
  private readonly allResources: Resource[];
  /** The README and api.md, and the calls a method's `@example` and the reference docs show as the README does. */
  private readonly readme: ReadmePlanner;
  /** Page alias → the module declaring it (that of the first method returning it). */
  private readonly aliasModules = new Map<string, string>();
  /** The client's auth options, the same in every view that lists them. */
  private readonly authOptions: AuthOptionView[];
  /** What `fillingOptions()` returns, the same for every resource's tests: made on first use. */
  private fillingOptionViews: ResourceTestView['fillingOptions'] | undefined;

  private aliasHome(alias: string): string | undefined {
    return this.aliasModules.get(alias);
  }

  constructor(
    private readonly api: Api,
    private readonly options: PlanOptions,
  ) {
    this.schemas = new Map(api.schemas.map((s) => [s.id, s]));
    this.examples = new Examples(api.schemas);
    this.common = {
      clientName: api.clientName,
      packageName: markdownSafe(api.packageName),
      packageNameJson: JSON.stringify(api.packageName),
      packageVersion: api.packageVersion,
      envPrefix: api.envPrefix,
      title: markdownSafe(api.title),
      titleJson: JSON.stringify(api.title),
      description: markdownSafe(api.docs.description ?? ''),
      importExt: options.importExt,
      banner: `// File generated by sdkgen from ${commentSafe(api.title).replace(/\n/g, ' ')}. Your edits are merged when it is regenerated.`,
      mockSpec: options.mockSpec ? quoteString(options.mockSpec) : 'null',
      mockSpecPath: options.mockSpec ? JSON.stringify(options.mockSpec).slice(1, -1) : '',
      mockSpecComment: options.mockSpec ? commentSafe(options.mockSpec).replace(/\n/g, ' ') : '',
      workflows: options.workflows !== false,
    };
    const flatten = (r: Resource): Resource[] => [r, ...r.subresources.flatMap(flatten)];
    this.allResources = api.resources.flatMap(flatten);
    for (const r of this.typeModules()) {
      for (const m of r.methods)
        if (m.pagination?.alias && !this.aliasModules.has(m.pagination.alias))
          this.aliasModules.set(m.pagination.alias, r.module);
    }
    this.authOptions = authOptionViews(api);
    this.readme = new ReadmePlanner({
      api,
      common: this.common,
      examples: this.examples,
      schemas: this.schemas,
      resources: this.allResources,
      authOptions: this.authOptions,
      typeNamesOf: (module) => this.typeNamesOf(module),
      funcs: options.funcs !== false,
      referenceDocs: options.referenceDocs !== false,
      treeShaking: options.treeShaking === true,
    });
  }

  /**
   * What keeps the repository running (the pipeline a Stainless repository had): CI over ./scripts/*, a
   * regeneration job calling `sdkgen update`, and releases by release-please with `npm publish --provenance`.
   */
  private workflows(): PlannedFile[] {
    const view: WorkflowView = { ...this.common, mcpServer: this.api.mcp !== undefined };
    const files: PlannedFile[] = [];
    for (const workflow of ['ci', 'sdkgen-update', 'release'])
      files.push({
        path: `.github/workflows/${workflow}.yml`,
        template: `github/workflows/${workflow}.yml.hbs`,
        view,
      });
    files.push({ path: 'release-please-config.json', template: 'release-please-config.json.hbs', view });
    files.push({ path: '.release-please-manifest.json', template: 'release-please-manifest.json.hbs', view });
    return files;
  }

  *plan(): Generator<PlannedFile> {
    // Paths planned so far.
    const paths = new Set<string>();
    const planned = (file: PlannedFile) => (paths.add(file.path), file);
    const all = function* (files: Iterable<PlannedFile>) {
      for (const file of files) yield planned(file);
    };
    const license = this.api.license;
    const packageView: PackageView = {
      ...this.common,
      licenseJson: license ? JSON.stringify(license.id) : '',
    };
    yield planned({ path: 'package.json', template: 'package.json.hbs', view: packageView });
    yield planned({ path: 'scripts/build.mjs', template: 'scripts/build.mjs.hbs', view: this.common });
    if (license && LICENSE_TEXTS.has(license.id)) {
      const view: LicenseView = { ...this.common, holder: license.holder ?? '' };
      yield planned({ path: 'LICENSE', template: `licenses/${license.id}.hbs`, view });
    }
    yield planned({ path: 'tsconfig.json', template: 'tsconfig.json.hbs', view: this.common });
    yield planned({ path: 'tsconfig.build.json', template: 'tsconfig.build.json.hbs', view: this.common });
    yield planned({ path: '.gitignore', template: 'gitignore.hbs', view: this.common });
    // `npm test` starts its own mock of the API (Prism, from the devDependencies).
    yield planned({ path: 'vitest.config.mjs', template: 'vitest.config.mjs.hbs', view: this.common });
    yield planned({ path: 'scripts/mock-server.mjs', template: 'scripts/mock-server.mjs.hbs', view: this.common });
    // What CI workflows run (`./scripts/bootstrap`, then lint, build, test), as a Stainless repository's do.
    for (const script of ['bootstrap', 'lint', 'build', 'test'])
      yield planned({ path: `scripts/${script}`, template: `scripts/${script}.hbs`, view: this.common });
    yield planned({ path: 'CONTRIBUTING.md', template: 'CONTRIBUTING.md.hbs', view: this.common });
    if (this.common.workflows) yield* all(this.workflows());
    const client = this.client();
    yield planned({ path: 'src/client.ts', template: 'src/client.ts.hbs', view: client });
    yield planned({ path: 'src/client-core.ts', template: 'src/client-core.ts.hbs', view: client });
    if (this.options.treeShaking)
      yield planned({ path: 'src/tree-shakable.ts', template: 'src/tree-shakable.ts.hbs', view: this.treeShakable() });
    if (this.api.topLevel)
      yield planned({
        path: `src/${this.api.topLevel.module}.ts`,
        template: 'src/resources/shared.ts.hbs',
        view: this.topLevelTypes(this.api.topLevel),
      });
    for (const resource of this.allResources) {
      yield planned({
        path: `src/${resource.module}.ts`,
        template: 'src/resources/resource.ts.hbs',
        view: this.resource(resource),
      });
    }
    const shared = this.api.schemas.filter((s) => s.module === 'resources/shared');
    if (shared.length > 0) {
      yield planned({
        path: 'src/resources/shared.ts',
        template: 'src/resources/shared.ts.hbs',
        view: this.shared(shared),
      });
    }
    if (this.api.paginationSchemes.length > 0) {
      yield planned({ path: 'src/pagination.ts', template: 'src/pagination.ts.hbs', view: this.pagination() });
    }
    yield planned({
      path: 'src/resources/index.ts',
      template: 'src/resources/index.ts.hbs',
      view: this.resourcesIndex(),
    });
    // `<package>/resources/servers` as well as `…/resources/servers/servers`: each folder of resources gets an
    // index, and a module beside the folder that re-exports it (unless a planned file has that path).
    const taken = new Set(paths);
    for (const resource of this.allResources) {
      if (resource.subresources.length === 0 && !resource.standaloneApi) continue;
      const folder = resource.module.slice(0, resource.module.lastIndexOf('/'));
      const index = `src/${folder}/index.ts`;
      const beside = `src/${folder}.ts`;
      if (taken.has(index) || taken.has(beside)) continue;
      yield planned({ path: index, template: 'src/resources/index.ts.hbs', view: this.groupIndex(resource, folder) });
      const name = folder.slice(folder.lastIndexOf('/') + 1);
      yield planned({
        path: beside,
        template: 'src/resources/index.ts.hbs',
        view: { ...this.common, exports: [`export * from './${name}/index${this.options.importExt}';`] },
      });
    }
    yield planned({ path: 'src/index.ts', template: 'src/index.ts.hbs', view: this.index() });
    const tested = this.typeModules().filter((r) => r.methods.length > 0);
    for (const resource of tested) {
      const file = `tests/api-resources/${resource.module.replace(/^resources\//, '')}.test.ts`;
      yield planned({
        path: file,
        template: 'tests/api-resources/resource.test.ts.hbs',
        view: this.resourceTest(resource, file),
      });
    }
    // describe/it/expect for the tests above, with no dependencies (see the template).
    if (tested.length > 0)
      yield planned({ path: 'tests/harness.ts', template: 'tests/harness.ts.hbs', view: this.common });
    const docs = this.readme.docsView();
    yield planned({ path: 'README.md', template: 'README.md.hbs', view: docs });
    yield planned({ path: 'api.md', template: 'api.md.hbs', view: docs });
    // A resource with `standalone_api` has its sections in an api.md of its own, which the root api.md links to.
    for (const standalone of this.readme.standaloneApiDocs())
      yield planned({
        path: standalone.path,
        template: 'api.md.hbs',
        view: { ...docs, apiSections: standalone.sections },
      });
    if (this.options.funcs !== false)
      yield* all(planFuncs(this.api, this.common, this.options.importExt, this.examples));
    if (this.options.referenceDocs !== false)
      yield* all(
        planReferenceDocs(this.api, this.common, {
          exampleCall: (r, m) => this.readme.exampleCallView({ r, m }),
          functionCall: (r, m) => (this.options.funcs !== false ? this.readme.functionCall(r, m) : null),
        }),
      );
    if (this.api.mcp) yield* all(planMcpServer(this.api, this.api.mcp, this.common));
    for (const template of this.options.extraTemplates ?? [])
      yield planned({ path: template.slice(0, -'.hbs'.length), template, view: this.common });
  }

  // ─── printing helpers ────────────────────────────────────────────────────────────────────────────

  private printContext(imports: ImportSet): PrintContext {
    return {
      ref: (id) => {
        const schema = this.schemas.get(id);
        if (!schema) throw new Error(`generator bug: unknown schema ${id}`);
        imports.add(schema.module, schema.name, true);
        return schema.name;
      },
      uploadable: () => {
        imports.add('core/uploads', 'Uploadable', true);
        return 'Uploadable';
      },
    };
  }

  // ─── client ──────────────────────────────────────────────────────────────────────────────────────

  private client(): ClientView {
    const core = new ImportSet('client-core', this.options.importExt);
    core.add('core/base-client', 'BaseClient', false);
    core.add('core/base-client', 'BaseClientOptions', true);
    core.add('core/base-client', 'readEnv', false);
    // The idempotency key maker is passed in, so clients without an idempotency header do not bundle it.
    if (this.api.idempotencyHeader) core.add('internal/utils', 'uuid4', false);
    if (this.api.settingOptions.some((o) => o.sendAs?.in === 'header'))
      core.add('internal/headers', 'buildHeaders', false);
    const imports = new ImportSet('client', this.options.importExt);
    imports.add('client-core', `${this.api.clientName}Core`, false);
    imports.add('client-core', 'ClientOptions', true);
    for (const r of this.api.resources) imports.add(r.module, r.className, false);
    const authOptions = this.authOptions;
    const environments = this.api.environments;
    // Before the import lines are printed: the namespace imports what it re-exports, the methods what they name.
    const namespaceExports = this.clientNamespace(imports);
    const topLevel = this.api.topLevel;
    const methods = topLevel
      ? topLevel.methods.map((m) => this.method(m, topLevel, imports, this.printContext(imports)))
      : [];
    const first = environments[0];
    return {
      ...this.common,
      imports: imports.lines(),
      coreImports: core.lines(),
      environments: environments.map((e) => ({ key: propertyKey(e.name), url: quoteString(e.url) })),
      defaultEnvironment: first ? quoteString(first.name) : '',
      environmentDoc: first
        ? jsDoc({
            summary: 'The environment whose base URL the client uses.',
            description:
              `Each environment maps to a base URL:\n` +
              environments.map((e) => `- \`${e.name}\` corresponds to \`${e.url}\``).join('\n') +
              `\n\nAn explicit \`baseURL\` (or the ${this.api.envPrefix}_BASE_URL environment variable) cannot be ` +
              'combined with it: pass `baseURL: null` to use an environment.',
            deprecated: false,
            example: null,
            default: null,
          })
        : '',
      ambiguousMessage: first
        ? quoteString(
            `Ambiguous URL; The \`baseURL\` option (or ${this.api.envPrefix}_BASE_URL env var) and the ` +
              '`environment` option are given. If you want to use the environment you must pass baseURL: null',
          )
        : '',
      doc: jsDoc({
        summary: `API client for ${this.api.title}.`,
        description: this.api.docs.description,
        deprecated: false,
        example: null,
        default: null,
      }),
      defaultBaseUrl: this.api.baseUrlTemplate
        ? `\`${this.api.baseUrlTemplate
            .map((part) =>
              'text' in part ? templateLiteralText(part.text) : `\${${part.option} ?? ${quoteString(part.fallback)}}`,
            )
            .join('')}\``
        : this.api.baseUrl
          ? quoteString(this.api.baseUrl)
          : 'null',
      idempotencyHeader: this.api.idempotencyHeader ? quoteString(this.api.idempotencyHeader) : 'null',
      hasIdempotencyHeader: this.api.idempotencyHeader !== null,
      settingOptions: this.api.settingOptions.map((o) => ({
        option: o.option,
        doc: jsDoc(o.docs, o.envVar ? [`Defaults to process.env['${o.envVar}'].`] : []),
        tsType: o.type,
        defaultValue: settingDefault(o),
      })),
      optionHeaders: this.api.settingOptions.flatMap((o) =>
        o.sendAs?.in === 'header' ? [{ option: o.option, name: quoteString(o.sendAs.name) }] : [],
      ),
      optionQuery: this.api.settingOptions.flatMap((o) =>
        o.sendAs?.in === 'query' ? [{ option: o.option, name: quoteString(o.sendAs.name) }] : [],
      ),
      defaultTimeout: this.api.requestDefaults.timeoutMs === null ? '' : String(this.api.requestDefaults.timeoutMs),
      defaultMaxRetries:
        this.api.requestDefaults.maxRetries === null ? '' : String(this.api.requestDefaults.maxRetries),
      authOptions,
      hasRequiredAuth: authOptions.some((o) => o.required),
      ...authCredentialViews(this.api),
      resources: this.api.resources.map((r) => ({ property: r.property, className: r.className, doc: jsDoc(r.docs) })),
      methods,
      errorClasses: [`${this.api.clientName}Error`, ...RUNTIME_ERROR_CLASSES],
      namespaceExports,
      namespaceClasses: this.api.resources.map((r) => r.className),
    };
  }

  /** The client's namespace: runtime types, page classes, top-level resources with their types, shared types. */
  private clientNamespace(imports: ImportSet): string[] {
    const client = this.api.clientName;
    imports.add('core/base-client', 'RequestOptions', true);
    const lines = ['export { type ClientOptions, type RequestOptions };'];
    const bound = new Set([client, `${client}Core`, 'ClientOptions', 'RequestOptions', 'Errors', ...TAKEN_TYPE_NAMES]);
    const pages = this.api.paginationSchemes.map((s) => s.className).filter((name) => !bound.has(name));
    // Types only (no run-time value): the package exports the page classes themselves.
    for (const page of pages) {
      imports.add('pagination', page, true);
      bound.add(page);
    }
    if (pages.length > 0) lines.push(`export { ${pages.join(', ')} };`);
    const topLevel = this.api.topLevel ? this.typeNamesOf(this.api.topLevel.module).filter((n) => !bound.has(n)) : [];
    for (const name of topLevel) {
      imports.add(this.api.topLevel!.module, name, true);
      bound.add(name);
    }
    if (topLevel.length > 0) lines.push(`export { ${topLevel.map((n) => `type ${n}`).join(', ')} };`);
    for (const r of this.api.resources) bound.add(r.className);
    for (const r of this.api.resources) lines.push(...this.groupExport(r, imports, bound));
    const shared = this.typeNamesOf('resources/shared').filter((name) => !bound.has(name));
    for (const name of shared) imports.add('resources/shared', name, true);
    if (shared.length > 0) lines.push(`export { ${shared.map((n) => `type ${n}`).join(', ')} };`);
    return lines;
  }

  /**
   * `export { Releases, type ReleaseListParams, … };` for a resource's namespace or the client's: the class and
   * its module's types, imported into the module being planned. A name the module already binds otherwise
   * (`bound`) is left out: the package still exports it.
   */
  private groupExport(r: Resource, imports: ImportSet, bound: ReadonlySet<string>): string[] {
    const types = this.typeNamesOf(r.module).filter((name) => !bound.has(name));
    imports.add(r.module, r.className, false);
    for (const name of types) imports.add(r.module, name, true);
    return [`export { ${[r.className, ...types.map((n) => `type ${n}`)].join(', ')} };`];
  }

  // ─── resources ───────────────────────────────────────────────────────────────────────────────────

  private resource(resource: Resource): ResourceView {
    const imports = new ImportSet(resource.module, this.options.importExt);
    const ctx = this.printContext(imports);
    imports.add('core/resource', 'APIResource', false);
    for (const sub of resource.subresources) imports.add(sub.module, sub.className, false);
    const methods: ResourceView['methods'] = resource.methods.map((m) => this.method(m, resource, imports, ctx));
    for (const unwrap of resource.webhookUnwraps) methods.push(this.webhookUnwrap(unwrap, imports, ctx));
    const declarations: string[] = [];
    const declaredAliases = new Set<string>();
    for (const m of resource.methods) {
      const alias = m.pagination?.alias;
      if (!alias || this.aliasHome(alias) !== resource.module || declaredAliases.has(alias)) continue;
      declaredAliases.add(alias);
      declarations.push(
        `export type ${alias} = ${m.pagination!.scheme}<${printType(m.pagination!.item, ctx, null)}>;\n`,
      );
    }
    for (const id of resource.schemaIds) {
      const schema = this.schemas.get(id)!;
      declarations.push(printDeclaration(schema.name, schema.type, schema.docs, ctx));
    }
    for (const m of resource.methods) {
      if (m.params) declarations.push(this.paramsDeclaration(m, ctx));
      if (m.params && m.streamWhen && !m.pagination) declarations.push(streamingVariants(m.params, m.streamWhen.param));
    }
    const namespaceExports = this.resourceNamespace(resource, imports);
    return {
      ...this.common,
      imports: imports.lines(),
      className: resource.className,
      baseClassName: this.options.treeShaking ? baseResourceClassName(resource.className) : '',
      key: this.options.treeShaking ? `[${resource.path.split('.').map(quoteString).join(', ')}]` : '',
      doc: jsDoc(resource.docs),
      subresources: resource.subresources.map((s) => ({ property: s.property, className: s.className })),
      methods,
      declarations: declarations.join('\n'),
      namespaceExports,
      namespaceClasses: namespaceExports.length > 0 ? resource.subresources.map((s) => s.className) : [],
    };
  }

  private webhookUnwrap(unwrap: WebhookUnwrap, imports: ImportSet, ctx: PrintContext): WebhookUnwrapView {
    const keyed = unwrap.keyOption !== null;
    if (keyed) {
      imports.add('internal/webhooks', 'verifyWebhook', false);
      imports.add('internal/headers', 'HeadersLike', true);
      imports.add('client-core', `${this.api.clientName}Core`, true);
    }
    const option = this.api.settingOptions.find((o) => o.option === unwrap.keyOption);
    return {
      doc: jsDoc(unwrap.docs),
      name: unwrap.name,
      eventType: printType(unwrap.event, ctx, null),
      keyOption: unwrap.keyOption ?? '',
      clientCore: `${this.api.clientName}Core`,
      keyEnvVar: option?.envVar ?? '',
      partial: 'webhook-unwrap',
    };
  }

  /** `src/tree-shakable.ts`: `createClient` and the example its doc shows (the first resource). */
  private treeShakable(): TreeShakableView {
    const first = this.api.resources[0];
    return {
      ...this.common,
      exampleClass: first ? baseResourceClassName(first.className) : '',
      exampleModule: first ? `${this.api.packageName}/${first.module}` : '',
    };
  }

  /** A resource's namespace: its module's types, then each nested resource with its types. */
  private resourceNamespace(resource: Resource, imports: ImportSet): string[] {
    const own = this.typeNamesOf(resource.module);
    const lines = own.length > 0 ? [`export { ${own.map((n) => `type ${n}`).join(', ')} };`] : [];
    const bound = new Set([
      resource.className,
      ...own,
      ...TAKEN_TYPE_NAMES,
      ...this.api.paginationSchemes.map((s) => s.className),
    ]);
    for (const sub of resource.subresources) bound.add(sub.className);
    for (const sub of resource.subresources) {
      lines.push(...this.groupExport(sub, imports, bound));
      for (const name of this.typeNamesOf(sub.module)) bound.add(name);
    }
    return lines;
  }

  /** `resources/top-level`: the types of the client's own methods (declared as a resource's are, without a class). */
  private topLevelTypes(topLevel: Resource): ResourceView {
    const imports = new ImportSet(topLevel.module, this.options.importExt);
    const ctx = this.printContext(imports);
    const declarations: string[] = [];
    for (const m of topLevel.methods) {
      const alias = m.pagination?.alias;
      if (alias && this.aliasHome(alias) === topLevel.module && !declarations.some((d) => d.includes(` ${alias} =`))) {
        imports.add('pagination', m.pagination!.scheme, true);
        declarations.push(
          `export type ${alias} = ${m.pagination!.scheme}<${printType(m.pagination!.item, ctx, null)}>;\n`,
        );
      }
    }
    for (const id of topLevel.schemaIds) {
      const schema = this.schemas.get(id)!;
      declarations.push(printDeclaration(schema.name, schema.type, schema.docs, ctx));
    }
    for (const m of topLevel.methods) {
      if (m.params) declarations.push(this.paramsDeclaration(m, ctx));
      if (m.params && m.streamWhen && !m.pagination) declarations.push(streamingVariants(m.params, m.streamWhen.param));
    }
    return { ...this.shared([]), imports: imports.lines(), declarations: declarations.join('\n') };
  }

  private shared(schemas: NamedSchema[]): ResourceView {
    const imports = new ImportSet('resources/shared', this.options.importExt);
    const ctx = this.printContext(imports);
    const declarations = schemas.map((s) => printDeclaration(s.name, s.type, s.docs, ctx));
    return {
      ...this.common,
      imports: imports.lines(),
      className: '',
      baseClassName: '',
      key: '',
      doc: '',
      subresources: [],
      methods: [],
      declarations: declarations.join('\n'),
      namespaceExports: [],
      namespaceClasses: [],
    };
  }

  private paramsDeclaration(method: Method, ctx: PrintContext): string {
    const params = method.params!;
    const members = (fields: Param[], owner: string) => {
      const locations = new Set(fields.map((f) => f.in));
      const label = (f: Param) =>
        locations.size > 1 ? `${f.in === 'body' ? 'Body' : f.in.charAt(0).toUpperCase() + f.in.slice(1)} param: ` : '';
      let out = '';
      for (const f of fields) {
        out += fieldDoc(f.docs, f.type, label(f));
        out += `${propertyKey(f.key)}${f.required ? '' : '?'}: ${printType(f.type, ctx, owner)};\n`;
      }
      return out;
    };
    if (params.variants) {
      // One of several bodies: a union of params interfaces, declared in the params type's namespace.
      const name = params.typeName;
      const variants = params.variants.map((v) =>
        printInterface(
          v.name,
          members(v.fields, `${name}.${v.name}`),
          v.fields.map((f) => f.type),
          null,
          ctx,
        ),
      );
      return (
        `export type ${name} = ${params.variants.map((v) => `${name}.${v.name}`).join(' | ')};\n\n` +
        `export declare namespace ${name} {\n${variants.join('\n')}}\n`
      );
    }
    return printInterface(
      params.typeName,
      members(params.fields, params.typeName),
      params.fields.map((f) => f.type),
      null,
      ctx,
    );
  }

  private method(method: Method, resource: Resource, imports: ImportSet, ctx: PrintContext): MethodView {
    const signature = methodSignature(this.api, method, imports, ctx, { aliasModule: (a) => this.aliasHome(a) });
    const onClient = resource === this.api.topLevel;
    // With standalone functions, the request is built in the method's function module and both send it from there.
    const shared = this.options.funcs !== false ? sharedRequest(method, imports) : '';
    const docExtra = throwsDoc(this.api, method, this.options.funcs !== false, this.schemas);
    const example = this.readme.docExample(method, resource);
    if (example) docExtra.push('', '@example', '```ts', example, '```');
    return {
      doc: jsDoc(method.docs, docExtra),
      name: method.name,
      overloads: signature.overloads,
      parameters: signature.parameters,
      returnType: signature.returnType,
      optionsInParams: signature.optionsInParams,
      sharedRequest: shared,
      request: shared ? null : methodRequest(this.api, method, imports, ctx, onClient ? 'this' : 'this._client'),
      client: onClient ? 'this' : 'this._client',
      partial: method.pagination ? 'method-paginated' : 'method-plain',
    };
  }

  private resourceTest(resource: Resource, file: string): ResourceTestView {
    const depth = file.split('/').length - 1;
    const tests: ResourceTestView['tests'] = [];
    for (const m of resource.methods) {
      const required = this.examples.testCallArgs(m);
      const all = this.examples.testCallArgs(m, { all: true });
      const shapes = [{ label: 'only required params', built: required }];
      if (JSON.stringify(all) !== JSON.stringify(required))
        shapes.push({ label: 'required and optional params', built: all });
      for (const { label, built } of shapes) {
        tests.push({
          name: `${m.name}: ${label}`,
          call: 'args' in built ? `${resourceReceiver(resource)}.${m.name}(${built.args})` : '',
          // One line of comment text (the reason may quote a parameter name from the spec).
          skipReason: 'skipReason' in built ? commentSafe(built.skipReason).replace(/\n/g, ' ') : '',
          paginated: m.pagination !== null,
          binary: m.response.kind === 'binary',
          stream: m.response.kind === 'sse',
          empty: m.response.kind === 'empty',
        });
      }
    }
    return {
      ...this.common,
      importPath: `${'../'.repeat(depth)}src/index${this.options.importExt}`,
      harnessPath: `${'../'.repeat(depth - 1)}harness${this.options.importExt}`,
      needsToFile: tests.some((t) => t.call.includes('toFile(')),
      authOptions: this.authOptions,
      fillingOptions: (this.fillingOptionViews ??= this.fillingOptions()),
      basePath: this.api.basePath ? quoteString(this.api.basePath) : '',
      resourcePath: resource.path || 'top-level',
      tests,
    };
  }

  /** The client options that fill in a method's parameters, without a default: the test client gives each a value. */
  private fillingOptions(): ResourceTestView['fillingOptions'] {
    const used = new Set<string>();
    for (const r of this.typeModules())
      for (const m of r.methods)
        for (const f of m.params?.fields ?? []) if (f.clientDefault !== undefined) used.add(f.clientDefault);
    return this.api.settingOptions
      .filter((o) => used.has(o.option) && o.default === null)
      .map((o) => ({
        option: o.option,
        value: o.type === 'string' ? quoteString(`My ${o.option}`) : o.type === 'number' ? '1' : 'true',
      }));
  }

  // ─── pagination ──────────────────────────────────────────────────────────────────────────────────

  private pagination(): PaginationView {
    const imports = new ImportSet('pagination', this.options.importExt);
    const ctx = this.printContext(imports);
    const base: Record<string, string> = {
      'page-number': 'PageNumberPage',
      cursor: 'CursorPage',
      offset: 'OffsetPage',
      'next-url': 'NextURLPage',
    };
    // A page class may have the name of a runtime base class (a Stainless scheme `cursor_page` is `CursorPage`):
    // the base is then imported under another name.
    const pageNames = new Set(this.api.paginationSchemes.map((s) => s.className));
    const baseLocal = (name: string) => (pageNames.has(name) ? `${name}Base` : name);
    const pages = this.api.paginationSchemes.map((scheme) => {
      imports.add('core/pagination', base[scheme.style], false, baseLocal(base[scheme.style]));
      const shape: Record<string, string | PagingValue> = { items: scheme.response.items };
      if (scheme.request.page) shape.page = scheme.request.page;
      if (scheme.request.size) shape.size = scheme.request.size;
      if (scheme.request.cursor) shape.cursor = scheme.request.cursor;
      if (scheme.request.offset) shape.offset = scheme.request.offset;
      for (const key of ['nextCursor', 'nextUrl', 'currentPage', 'totalPages', 'totalCount', 'hasMore'] as const) {
        if (scheme.response[key]) shape[key] = scheme.response[key];
      }
      return {
        className: scheme.className,
        baseClass: baseLocal(base[scheme.style]),
        shape: Object.entries(shape).map(([key, value]) => ({
          key,
          value: Array.isArray(value)
            ? `[${value.map((segment) => quoteString(segment)).join(', ')}]`
            : typeof value === 'string'
              ? quoteString(value)
              : `{ header: ${quoteString(value.header)} }`,
        })),
        // Items at a nested path are not a property of the page.
        itemsKey: scheme.response.items.length === 1 ? propertyKey(scheme.response.items[0]) : '',
        fields: scheme.fields.map((f) => ({
          doc: jsDoc(f.docs),
          key: propertyKey(f.key),
          optional: !f.required,
          type: printType(stripDeclared(f.type), ctx, null),
        })),
        doc: jsDoc({
          summary: `A page of a list that pages by ${PAGING_STYLE_NAMES[scheme.style] ?? scheme.style}.`,
          description: null,
          deprecated: false,
          example: null,
          default: null,
        }),
      };
    });
    return { ...this.common, imports: imports.lines(), pages };
  }

  // ─── indexes ─────────────────────────────────────────────────────────────────────────────────────

  /** Module → its schemas' names (in schema order), then its methods' params type names (in resource order). */
  private typeNamesByModule: Map<string, { schemas: string[]; params: string[] }> | null = null;

  /** Every resource declaring method types: the client's own methods' (top-level) first, then each resource. */
  private typeModules(): Resource[] {
    return this.api.topLevel ? [this.api.topLevel, ...this.allResources] : this.allResources;
  }

  private typeNamesOf(module: string): string[] {
    if (!this.typeNamesByModule) {
      const byModule = new Map<string, { schemas: string[]; params: string[] }>();
      const entry = (m: string) => {
        let found = byModule.get(m);
        if (!found) byModule.set(m, (found = { schemas: [], params: [] }));
        return found;
      };
      for (const s of this.api.schemas) entry(s.module).schemas.push(s.name);
      for (const r of this.typeModules()) {
        for (const m of r.methods) {
          if (!m.params) continue;
          entry(r.module).params.push(m.params.typeName);
          if (m.streamWhen && !m.pagination)
            entry(r.module).params.push(`${m.params.typeName}NonStreaming`, `${m.params.typeName}Streaming`);
        }
        for (const m of r.methods)
          if (
            m.pagination?.alias &&
            this.aliasHome(m.pagination.alias) === r.module &&
            !entry(r.module).params.includes(m.pagination.alias)
          )
            entry(r.module).params.push(m.pagination.alias);
      }
      this.typeNamesByModule = byModule;
    }
    const names = this.typeNamesByModule.get(module);
    return names ? [...names.schemas, ...names.params] : [];
  }

  private resourcesIndex(): IndexView {
    const exports: string[] = [];
    const ext = this.options.importExt;
    const spec = (module: string) => `./${module.replace(/^resources\//, '')}${ext}`;
    // A name two modules declare (a Stainless SDK scopes names by module) is exported from the shallower one.
    const depth = (r: Resource) => r.path.split('.').length;
    const exported = new Set<string>();
    const shallowFirst = [...this.allResources].sort((a, b) => depth(a) - depth(b));
    const typesOf = new Map<Resource, string[]>();
    for (const r of shallowFirst) {
      typesOf.set(
        r,
        this.typeNamesOf(r.module).filter((n) => !exported.has(n)),
      );
      for (const name of typesOf.get(r)!) exported.add(name);
    }
    for (const r of this.allResources) {
      const names = typesOf.get(r)!;
      const values = r.path.includes('.') ? [] : [r.className];
      const list = [...values, ...names.map((n) => `type ${n}`)];
      if (list.length > 0) exports.push(`export { ${list.join(', ')} } from '${spec(r.module)}';`);
    }
    const shared = this.typeNamesOf('resources/shared');
    if (shared.length > 0) exports.push(`export type { ${shared.join(', ')} } from './shared${ext}';`);
    const topLevel = this.api.topLevel ? this.typeNamesOf(this.api.topLevel.module) : [];
    if (topLevel.length > 0)
      exports.push(`export type { ${topLevel.join(', ')} } from '${spec(this.api.topLevel!.module)}';`);
    return { ...this.common, exports };
  }

  /** A folder's index: the resource class of the folder and its types, then each nested resource with its types. */
  private groupIndex(resource: Resource, folder: string): IndexView {
    const exported = new Set<string>();
    const exports: string[] = [];
    for (const r of [resource, ...resource.subresources]) {
      const names = [r.className, ...this.typeNamesOf(r.module)].filter((name) => !exported.has(name));
      for (const name of names) exported.add(name);
      const list = names.map((n) => (n === r.className ? n : `type ${n}`));
      const specifier = `./${r.module.slice(folder.length + 1)}${this.options.importExt}`;
      if (list.length > 0) exports.push(`export { ${list.join(', ')} } from '${specifier}';`);
    }
    return { ...this.common, exports };
  }

  private index(): IndexView {
    const ext = this.options.importExt;
    const exports = [
      `export { ${this.api.clientName} as default, ${this.api.clientName} } from './client${ext}';`,
      `export { ${this.api.clientName}Core, type ClientOptions } from './client-core${ext}';`,
      `export { APIPromise } from './core/api-promise${ext}';`,
      `export { type RequestOptions } from './core/base-client${ext}';`,
      `export { toFile, type Uploadable } from './core/uploads${ext}';`,
      `export { Stream, type ServerSentEvent } from './core/streaming${ext}';`,
      `export { PagePromise } from './core/pagination${ext}';`,
      `export { ${[`${this.api.clientName}Error`, ...RUNTIME_ERROR_CLASSES].join(', ')} } from './core/error${ext}';`,
    ];
    if (this.api.paginationSchemes.length > 0) {
      exports.push(
        `export { ${this.api.paginationSchemes.map((s) => s.className).join(', ')} } from './pagination${ext}';`,
      );
    }
    if (verifiesWebhooks(this.api))
      exports.push(`export { WebhookVerificationError } from './internal/webhooks${ext}';`);
    exports.push(`export * from './resources/index${ext}';`);
    return { ...this.common, exports };
  }
}

/**
 * `XParamsStreaming` and `XParamsNonStreaming`: the params of a method that streams when `params[param] === true`,
 * with that field narrowed, so overloads pick the return type from the literal (as Stainless SDKs declare them).
 */
function streamingVariants(params: ParamsType, param: string): string {
  const field = params.fields.find((f) => f.key === param);
  if (!field) throw new Error(`generator bug: ${params.typeName} has no field ${JSON.stringify(param)} to stream on`);
  const nullable =
    field.type.kind === 'null' || (field.type.kind === 'union' && field.type.variants.some((v) => v.kind === 'null'));
  const key = propertyKey(param);
  const off = field.required ? `${key}: false;` : `${key}?: false${nullable ? ' | null' : ''};`;
  return (
    `export interface ${params.typeName}NonStreaming extends ${params.typeName} {\n${off}\n}\n\n` +
    `export interface ${params.typeName}Streaming extends ${params.typeName} {\n${key}: true;\n}\n`
  );
}

/** How a page class's doc names its paging style, where the style's id is not already words. */
const PAGING_STYLE_NAMES: Record<string, string> = {
  'page-number': 'page number',
  'next-url': 'next-page URL',
};

/** Page classes print body fields inline: their nested names belong to another type's namespace. */
function stripDeclared(type: TypeRef): TypeRef {
  return JSON.parse(JSON.stringify(type, (key, value) => (key === 'declareAs' ? null : value)));
}

/** A setting option's default: its environment variable (converted to its type), else its configured value. */
function settingDefault(o: SettingOption): string {
  const fallback =
    o.default === null ? 'null' : typeof o.default === 'string' ? quoteString(o.default) : String(o.default);
  if (!o.envVar) return fallback;
  const env = `readEnv(${quoteString(o.envVar)})`;
  if (o.type === 'string') return `${env} ?? ${fallback}`;
  const converted = o.type === 'number' ? `Number(${env})` : `${env} === 'true'`;
  return `(${env} === undefined ? ${fallback} : ${converted})`;
}
