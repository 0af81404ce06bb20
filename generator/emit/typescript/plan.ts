/**
 * Emit plan: IR → the list of files the SDK consists of, each with the template that renders it and
 * the view it gets. It decides which files exist and what data each gets; the shape of the code they hold is the
 * templates' (the client's auth code and the README's programs are partials), so a template author can see and
 * change it. Pure: no templates are read and nothing is written here.
 *
 * The views of whole groups of files are planned beside it: the client (plan-client.ts), the resources
 * (plan-resource.ts), their tests (plan-tests.ts), the indexes (plan-index.ts), the README and api.md
 * (plan-readme.ts), standalone functions (plan-funcs.ts), reference docs (plan-docs.ts), the MCP server
 * (plan-mcp.ts); a method's signature and request (plan-request.ts) are shared by resource classes and functions, the
 * client's credential options (plan-auth.ts) by the client, the README and the generated tests. What several of
 * them need is made once, here (plan-context.ts).
 */
import { prismForkOf, steadyFlags, steadyOf, steadyView, type MockServer } from '../mock-server';
import { mockAnswersJsonLines } from '../test-skips';
import { formsOfEra } from '../../stainless/era';
import { extend } from '../../extend';
import { compareStrings } from '../../naming/case';
import { isHttpUrl } from '../../ir/client';
import { flattenResources, resourcesWithTopLevel } from '../../ir/resources';
import type { Api, NamedSchema, Resource, SourceRef, TypeRef } from '../../ir/types';
import { refIds, SchemaRefs } from '../../ir/walk';
import { Examples } from './examples';
import { typeScriptApi } from './target-api';
import type { TypeScriptTargetOptions } from '../../stainless/typescript-target';
import { authOptionViews } from './plan-auth';
import { clientView, paginationView, treeShakableView } from './plan-client';
import type { MockTestsSwitch, PlanContext } from './plan-context';
import { exampleClientOptions, referenceDocsPlanner, type ReferenceDocs } from './plan-docs';
import { funcsPlanner } from './plan-funcs';
import {
  groupIndexFiles,
  groupIndexView,
  indexView,
  moduleTypeNames,
  resourceImportExt,
  resourcesIndexView,
  sharedTypesModule,
} from './plan-index';
import { planMcpServer } from './plan-mcp';
import { planSchemaModules } from './plan-schemas';
import { planTanstack } from './plan-tanstack';
import { planModuleAliases } from './plan-module-aliases';
import { ReadmePlanner } from './plan-readme';
import { resourceView, sharedTypesView, topLevelTypesView } from './plan-resource';
import {
  clientTestView,
  fillingOptionViews,
  resourceTestFile,
  resourceTestView,
  CLIENT_RUNTIME_TEST,
  RUNTIME_TESTS,
  runtimeTestFiles,
} from './plan-tests';
import { hasStainlessTests, stainlessResourceTestView } from './plan-stainless-tests';
import { UnitKeys, type PlanUnit, type UnitReuse } from './plan-units';
import type { PlannedFile, PlanUnitTag } from '../planned-file';
import { commentSafe, markdownLink, markdownLiteral, markdownSafe, quoteString } from './print-doc';
import { streams, verifiesWebhooks } from './runtime-files';
import type {
  BuildView,
  CommonView,
  DocsView,
  LicenseView,
  PackageView,
  ResourceTestView,
  SecurityView,
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
  /**
   * A Stainless config asks for code samples (`openapi.code_samples`). Which methods' docs show a call does not depend
   * on it (knock's config asks, and its `integrations.census` shows none): see plan-resource.ts.
   */
  codeSamples?: boolean;
  /** Reference docs (`docs/sdks/…`, `docs/models/…`, plan-docs.ts) and the README's links to them; on by default. */
  referenceDocs?: boolean;
  /** `Base…` resource classes with their path (`_key`) and `src/tree-shakable.ts`; off unless true. */
  treeShaking?: boolean;
  /**
   * The key that turned the generated tests off (they are written skipped and say which), or null: they run against
   * the mock.
   */
  mockTestsOffBy?: MockTestsSwitch | null;
  /** TanStack Query options, `src/tanstack.ts` (the config's `tanstackQuery`); off unless true. */
  tanstackQuery?: boolean;
  /** GitHub workflows and release-please's files (the config's `workflows`); on unless false. */
  workflows?: boolean;
  /** package.json's `packageManager` (`pnpm@10.34.9`), or null for none (npm). */
  packageManager?: string | null;
  /**
   * The owners keep a Vitest config of their own at `vitest.config.*` (a migrated repository): sdkgen's goes to
   * SDKGEN_VITEST_CONFIG, for the generated tests only, and theirs runs their tests as it did. Off unless true.
   */
  ownersVitest?: boolean;
  /**
   * The era of the Stainless SDK a repository holds (`YYYY-MM-DD`, stainless/era.ts), whose forms an SDK made from a
   * Stainless config keeps (`Record<string, V>`, no `@example` before them); null or absent: the newest.
   */
  stainlessEra?: string | null;
  /** The mock server `npm test` starts (emit/mock-server.ts): null or absent, Prism. */
  mockServer?: MockServer;
  /** A Stainless config's TypeScript target (stainless/typescript-target.ts); absent: sdkgen's own shape. */
  target?: TypeScriptTargetOptions;
}

/** sdkgen's Vitest config, where the owners' own is at `vitest.config.*` (a name Vitest does not look for). */
export const SDKGEN_VITEST_CONFIG = 'vitest.sdkgen.config.mjs';

/** Licences whose text sdkgen ships (`templates/base/licenses/<id>.hbs`); others are only named in package.json. */
const LICENSE_TEXTS = new Set(['MIT', 'Apache-2.0', 'ISC']);

export function planFiles(api: Api, options: PlanOptions): PlannedFile[] {
  return [...planFilesInTurn(api, options)].sort((a, b) => compareStrings(a.path, b.path));
}

/**
 * The files of planFiles() one at a time, as each is planned (in plan order, not sorted): a caller can render and
 * format a file while the next ones are planned, and let its view go once it is rendered. With `reuse`, the units
 * (plan-units.ts) whose key is the last run's are not planned: `reuse.take` has their files; each planned file of a
 * unit carries the unit's id and key.
 */
export function planFilesInTurn(api: Api, options: PlanOptions, reuse: UnitReuse | null = null): Iterable<PlannedFile> {
  return sdkPlanner(api, options).files(reuse);
}

/** One plan context, shared by the SDK's files and what is planned beside them. */
export interface SdkPlanner {
  /** planFilesInTurn(). */
  files(reuse?: UnitReuse | null): Iterable<PlannedFile>;
  /** planCodeSamples(). */
  codeSamples(): Array<{ operation: SourceRef; sample: PlannedFile }>;
  /** planApiDocs(). */
  apiDocs(): PlannedFile[];
}

/** The planners of the SDK's files over one plan context, made once (the plan's examples and README planner). */
export function sdkPlanner(api: Api, options: PlanOptions): SdkPlanner {
  const plan = planContext(api, options);
  return {
    files: (reuse = null) => inPlanOrder(plan, options, reuse),
    codeSamples: () => codeSamplesOf(plan),
    apiDocs: () => apiDocFiles(plan, plan.readme.docsView()),
  };
}

/**
 * Each method's code sample for the documented spec (documented-spec.ts), planned as a file that is not one of the
 * SDK's: rendered with docs/code-sample.ts.hbs, its text goes under the operation it calls.
 */
export function planCodeSamples(api: Api, options: PlanOptions): Array<{ operation: SourceRef; sample: PlannedFile }> {
  return sdkPlanner(api, options).codeSamples();
}

/**
 * The root api.md and the api.md of each resource with `standalone_api`, planned as planFilesInTurn() plans them (the
 * same views): for a caller that reads the API's surface from them alone (`sdkgen diff --against`).
 */
export function planApiDocs(api: Api, options: PlanOptions): PlannedFile[] {
  return sdkPlanner(api, options).apiDocs();
}

/** api.md, then the api.md of each resource with `standalone_api` (which the root one links to). */
function apiDocFiles(plan: SdkPlan, docs: DocsView): PlannedFile[] {
  return [
    { path: 'api.md', template: 'api.md.hbs', view: docs },
    ...plan.readme.standaloneApiDocs().map((standalone) => ({
      path: standalone.path,
      template: 'api.md.hbs',
      view: { ...docs, apiSections: standalone.sections },
    })),
  ];
}

function codeSamplesOf(plan: SdkPlan): Array<{ operation: SourceRef; sample: PlannedFile }> {
  const api = plan.api;
  const clientOptions = exampleClientOptions(api);
  const resources = [...(api.topLevel ? [api.topLevel] : []), ...flattenResources(api.resources)];
  return resources.flatMap((r) =>
    r.methods.map((m) => ({
      operation: m.source,
      sample: {
        path: `${m.source.file}${m.source.pointer}`,
        template: 'docs/code-sample.ts.hbs',
        view: extend(plan.common, { example: plan.readme.exampleCallView({ r, m }), clientOptions }),
      },
    })),
  );
}

/** The planners' context with the README's planner, which only this module asks more of than `docExample`. */
interface SdkPlan extends PlanContext {
  /** The README and api.md, and the calls the reference docs and code samples show as the README does. */
  readme: ReadmePlanner;
}

/**
 * SchemaRefs answering from refIds(), which the IR's validation asked of every schema: no schema's type is walked
 * again. The types addReachable starts from are asked of refIds() too: api.md and the reference docs start from the
 * same methods' types, whose references are then walked once. (Each id once, where SchemaRefs lists an id a type names
 * twice as often: what addReachable reaches, and in what order, is the same.)
 */
class RememberedRefs extends SchemaRefs {
  constructor(private readonly byId: ReadonlyMap<string, NamedSchema>) {
    super(byId);
  }

  override of(id: string): readonly string[] {
    const schema = this.byId.get(id);
    return schema ? refIds(schema.type) : [];
  }

  override addReachable(type: TypeRef, seen: Set<string>): void {
    const open: string[] = [];
    const add = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      open.push(id);
    };
    // (A reference is its one id: not remembered, as a type made for the question is not.)
    if (type.kind === 'ref') add(type.schemaId);
    else for (const id of refIds(type)) add(id);
    while (open.length > 0) for (const id of this.of(open.pop()!)) add(id);
  }
}

/** What the planners of the files share: made once, before the first file is planned. */
function planContext(irApi: Api, options: PlanOptions): SdkPlan {
  const api = typeScriptApi(irApi, options.target, options.stainlessEra ?? null);
  const schemas = new Map(api.schemas.map((s) => [s.id, s]));
  const schemaRefs = new RememberedRefs(schemas);
  const examples = new Examples(api.schemas, formsOfEra(api.stainlessLayout === null ? null : options.stainlessEra));
  const common: CommonView = {
    clientName: api.clientName,
    packageName: markdownSafe(api.packageName),
    packageNameJson: JSON.stringify(api.packageName),
    packageSubpathsJson: JSON.stringify(`${api.packageName}/*`),
    packageVersion: api.packageVersion,
    envPrefix: api.envPrefix,
    title: markdownSafe(api.title),
    readmeTitle: markdownSafe(api.readmeTitle ?? `${api.title} TypeScript SDK`),
    titleJson: JSON.stringify(api.title),
    repository: api.repository ?? '',
    description: markdownSafe(api.docs.description ?? ''),
    importExt: options.importExt,
    // With a Stainless config, an empty line after it, as Stainless's SDKs have after theirs.
    banner:
      fileHeaderLines(api.fileHeader) +
      `// File generated by sdkgen from ${commentSafe(api.title).replace(/\n/g, ' ')}. Your edits are merged when it is regenerated.` +
      (api.stainlessLayout === null ? '' : '\n'),
    mockSpec: options.mockSpec ? quoteString(options.mockSpec) : 'null',
    mockSpecPath: options.mockSpec ? JSON.stringify(options.mockSpec).slice(1, -1) : '',
    mockSpecComment: options.mockSpec ? commentSafe(options.mockSpec).replace(/\n/g, ' ') : '',
    ...steadyViewOf(options.mockServer ?? null),
    workflows: options.workflows !== false,
    ownersVitest: options.ownersVitest === true,
    runtimeTestsGlob: quoteString(
      `tests/{${['index', ...(api.stainlessLayout === null ? [] : [CLIENT_RUNTIME_TEST]), ...RUNTIME_TESTS].join(',')}}.test.ts`,
    ),
    // (Stainless's tests of its `node` target, to 2025-05's layout, take `Response` from node-fetch: every file.)
    nodeFetchTests: api.stainlessLayout === 'node',
    verbatimModuleSyntax: api.stainlessLayout === null,
    isolatedModules: api.stainlessLayout === null || !formsOfEra(options.stainlessEra).namespaceImports,
  };
  const resources = flattenResources(api.resources);
  const typeNames = moduleTypeNames(api, resources);
  const authOptions = authOptionViews(api);
  const readme = new ReadmePlanner({
    api,
    common,
    examples,
    schemas,
    schemaRefs,
    resources,
    authOptions,
    typeNamesOf: typeNames.typeNamesOf,
    funcs: options.funcs !== false,
    referenceDocs: options.referenceDocs !== false,
    treeShaking: options.treeShaking === true,
    tanstackQuery: options.tanstackQuery === true,
  });
  return {
    api,
    common,
    schemas,
    schemaRefs,
    examples,
    resources,
    authOptions,
    readme,
    docExample: (method, resource) => readme.docExample(method, resource),
    importExt: options.importExt,
    funcs: options.funcs !== false,
    treeShaking: options.treeShaking === true,
    mockTestsOffBy: options.mockTestsOffBy ?? null,
    stainlessForms: formsOfEra(api.stainlessLayout === null ? null : options.stainlessEra),
    mockAnswersJsonLines: mockAnswersJsonLines(
      options.mockServer ?? null,
      api.stainlessLayout === null ? null : (options.stainlessEra ?? null),
    ),
    ...typeNames,
  };
}

/**
 * What keeps the repository running (the pipeline a Stainless repository had): CI over ./scripts/*, a
 * regeneration job calling `sdkgen update`, and releases by release-please with `npm publish --provenance`.
 */
function workflows(plan: PlanContext): PlannedFile[] {
  const view: WorkflowView = {
    ...plan.common,
    mcpServer: plan.api.mcp !== undefined,
    npmTrustedPublishing: plan.api.npmTrustedPublishing === true,
  };
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

/** The SDK's files, each as it is planned: planFiles() sorts them by path. */
function* inPlanOrder(plan: SdkPlan, options: PlanOptions, reuse: UnitReuse | null): Generator<PlannedFile> {
  // Paths planned so far (a unit's taken from the last run too), while a planner still asks: the module aliases are the
  // last to.
  let paths: Set<string> | null = new Set<string>();
  const planned = (file: PlannedFile) => (paths?.add(file.path), file);
  const all = function* (files: Iterable<PlannedFile>) {
    for (const file of files) yield planned(file);
  };
  const referenceDocs: ReferenceDocs | null =
    options.referenceDocs !== false
      ? referenceDocsPlanner(
          plan.api,
          plan.common,
          {
            exampleCall: (r, m) => plan.readme.exampleCallView({ r, m }),
            functionCall: (r, m) => (options.funcs !== false ? plan.readme.functionCall(r, m) : null),
          },
          { refs: plan.schemaRefs, schemas: plan.schemas },
        )
      : null;
  // (Leaves hashed in advance are of this IR only.)
  const leaves = reuse?.leaves?.api === plan.api ? reuse.leaves : undefined;
  const keys = reuse ? new UnitKeys(plan, reuse.runKey, referenceDocs, leaves) : null;
  const unitIds = new Set<string>();
  // A unit's files, unless the last run's are taken (none then: a regeneration takes most units, each without a
  // generator of its own); each planned one with its unit (an id met twice gets none).
  const unit = (of: PlanUnit, files: () => Iterable<PlannedFile>): Iterable<PlannedFile> => {
    const id = keys?.idOf(of);
    if (!keys || id === undefined || unitIds.has(id)) return all(files());
    unitIds.add(id);
    // Worked out when first asked for: a run with nothing to take asks once the files are planned.
    let key: string | undefined;
    const tag = {
      id,
      get key() {
        return (key ??= keys.keyOf(of));
      },
    };
    const unitPaths = keys.pathsOf(of);
    if (!reuse!.take(id, () => tag.key, unitPaths)) return all(tagged(files(), tag));
    if (paths) for (const path of unitPaths) paths.add(path);
    return [];
  };
  const license = plan.api.license;
  const packageView: PackageView = {
    ...plan.common,
    licenseJson: license ? JSON.stringify(license.id) : '',
    packageManagerJson: options.packageManager ? JSON.stringify(options.packageManager) : '',
    verifiesWebhooks: verifiesWebhooks(plan.api),
    stainlessDist: plan.api.stainlessLayout !== null,
    tanstackQuery: options.tanstackQuery === true,
  };
  yield planned({ path: 'package.json', template: 'package.json.hbs', view: packageView });
  const buildView: BuildView = { ...plan.common, stainlessDist: packageView.stainlessDist };
  yield planned({ path: 'scripts/build.mjs', template: 'scripts/build.mjs.hbs', view: buildView });
  if (license && LICENSE_TEXTS.has(license.id)) {
    const view: LicenseView = { ...plan.common, holder: license.holder ?? '' };
    yield planned({ path: 'LICENSE', template: `licenses/${license.id}.hbs`, view });
  }
  yield planned({ path: 'tsconfig.json', template: 'tsconfig.json.hbs', view: plan.common });
  yield planned({ path: 'tsconfig.build.json', template: 'tsconfig.build.json.hbs', view: plan.common });
  yield planned({ path: '.gitignore', template: 'gitignore.hbs', view: plan.common });
  // `npm test` starts its own mock of the API (Prism, from the devDependencies).
  yield planned({
    path: options.ownersVitest === true ? SDKGEN_VITEST_CONFIG : 'vitest.config.mjs',
    template: 'vitest.config.mjs.hbs',
    view: plan.common,
  });
  // (Steady's where the migrated repository's Stainless scripts ran Steady: emit/mock-server.ts.)
  yield planned({
    path: 'scripts/mock-server.mjs',
    template: steadyOf(options.mockServer ?? null)
      ? 'scripts/mock-server-steady.mjs.hbs'
      : 'scripts/mock-server.mjs.hbs',
    view: plan.common,
  });
  // What CI workflows run (`./scripts/bootstrap`, then lint, build, test), as a Stainless repository's do.
  for (const script of ['bootstrap', 'lint', 'build', 'test'])
    yield planned({ path: `scripts/${script}`, template: `scripts/${script}.hbs`, view: plan.common });
  yield planned({ path: 'CONTRIBUTING.md', template: 'CONTRIBUTING.md.hbs', view: plan.common });
  if (plan.api.securityContact) {
    const view: SecurityView = { ...plan.common, contact: contactText(plan.api.securityContact) };
    yield planned({ path: 'SECURITY.md', template: 'SECURITY.md.hbs', view });
  }
  if (plan.common.workflows) yield* all(workflows(plan));
  // The README and api.md early: api.md is one of the largest files to format, and is formatted while the
  // files after it are rendered.
  const docs = plan.readme.docsView();
  // From a Stainless config, Stainless's README (its sections, for the owners' edits to land on).
  yield planned({
    path: 'README.md',
    template: docs.stainless ? 'README.stainless.md.hbs' : 'README.md.hbs',
    view: docs,
  });
  yield* all(apiDocFiles(plan, docs));
  const client = clientView(plan);
  yield planned({ path: 'src/client.ts', template: 'src/client.ts.hbs', view: client });
  // One place for the version the package publishes, which release-please bumps with package.json's.
  yield planned({ path: 'src/version.ts', template: 'src/version.ts.hbs', view: plan.common });
  yield planned({ path: 'src/client-core.ts', template: 'src/client-core.ts.hbs', view: client });
  if (options.treeShaking)
    yield planned({ path: 'src/tree-shakable.ts', template: 'src/tree-shakable.ts.hbs', view: treeShakableView(plan) });
  const topLevel = plan.api.topLevel;
  if (topLevel)
    yield* unit({ kind: 'module', resource: topLevel }, () => [
      {
        path: `src/${topLevel.module}.ts`,
        template: 'src/resources/shared.ts.hbs',
        view: topLevelTypesView(plan, topLevel),
      },
    ]);
  for (const resource of plan.resources) {
    yield* unit({ kind: 'module', resource }, () => [
      {
        path: `src/${resource.module}.ts`,
        template: 'src/resources/resource.ts.hbs',
        view: resourceView(plan, resource),
      },
    ]);
  }
  const sharedModule = sharedTypesModule(plan.resources);
  const shared = plan.api.schemas.filter((s) => s.module === sharedModule);
  if (shared.length > 0) {
    yield* unit({ kind: 'shared', schemas: shared }, () => [
      {
        path: 'src/resources/shared.ts',
        template: 'src/resources/shared.ts.hbs',
        view: sharedTypesView(plan, shared),
      },
    ]);
  }
  if (plan.api.paginationSchemes.length > 0) {
    yield planned({ path: 'src/pagination.ts', template: 'src/pagination.ts.hbs', view: paginationView(plan) });
  }
  yield planned({
    path: 'src/resources/index.ts',
    template: 'src/resources/index.ts.hbs',
    view: resourcesIndexView(plan),
  });
  // Each folder of resources gets an index, and a module beside the folder that re-exports it (unless a planned file
  // has that path).
  const taken = new Set(paths);
  for (const resource of plan.resources) {
    const group = groupIndexFiles(resource);
    if (!group || taken.has(group.index) || taken.has(group.beside)) continue;
    const { folder, index, beside } = group;
    const name = folder.slice(folder.lastIndexOf('/') + 1);
    yield* unit({ kind: 'index', resource }, () => [
      { path: index, template: 'src/resources/index.ts.hbs', view: groupIndexView(plan, resource, folder) },
      {
        path: beside,
        template: 'src/resources/index.ts.hbs',
        view: { ...plan.common, exports: [`export * from './${name}/index${resourceImportExt(plan)}';`] },
      },
    ]);
  }
  yield planned({ path: 'src/index.ts', template: 'src/index.ts.hbs', view: indexView(plan) });
  yield* all(planModuleAliases(plan.api, plan.common, options.importExt, paths));
  paths = null;
  // (A Stainless SDK's resource of webhook unwraps alone has the test of its verifying one: plan-stainless-tests.ts.)
  const unwrapTests = (r: Resource) => plan.api.stainlessLayout !== null && r.webhookUnwraps.some((u) => u.keyOption);
  const tested = plan.typeModules.filter(
    (r) =>
      (r.methods.length > 0 && (plan.api.stainlessLayout === null || hasStainlessTests(plan, r))) || unwrapTests(r),
  );
  // What `fillingOptionViews()` returns, the same for every resource's tests: made on first use.
  let fillingOptions: ResourceTestView['fillingOptions'] | undefined;
  for (const resource of tested) {
    const file = resourceTestFile(resource);
    // (Stainless's tests set no option that fills in a parameter: they pass the parameter, plan-stainless-tests.ts.)
    yield* unit({ kind: 'tests', resource }, () => [
      plan.api.stainlessLayout === null
        ? {
            path: file,
            template: 'tests/api-resources/resource.test.ts.hbs',
            view: resourceTestView(plan, resource, file, (fillingOptions ??= fillingOptionViews(plan))),
          }
        : {
            path: file,
            template: 'tests/api-resources/stainless-resource.test.ts.hbs',
            view: stainlessResourceTestView(plan, resource, file),
          },
    ]);
  }
  // describe/it/expect for the tests above, with no dependencies (see the template).
  // Stainless's tests of the client, in an SDK from a Stainless config (whose owners may have edited them).
  const stainless = plan.api.stainlessLayout !== null;
  if (stainless)
    yield planned({
      path: 'tests/index.test.ts',
      template: 'tests/index.test.ts.hbs',
      view: clientTestView(plan),
    });
  if (tested.length > 0 || stainless) {
    yield planned({
      path: 'tests/harness.ts',
      template: 'tests/harness.ts.hbs',
      view: extend(plan.common, { stainless }),
    });
    // sdkgen's tests of its runtime (with the streaming runtime's where the SDK has it: runtime-files.ts).
    const streaming = !stainless || streams(plan.api);
    for (const file of runtimeTestFiles(plan, { stainless, streaming })) yield planned(file);
  }
  if (plan.common.nodeFetchTests)
    yield planned({ path: 'tests/node-fetch.ts', template: 'tests/node-fetch.ts.hbs', view: plan.common });
  if (options.funcs !== false) {
    const funcs = funcsPlanner(plan.api, plan.common, options.importExt, plan.examples);
    for (const resource of resourcesWithTopLevel(plan.api))
      yield* unit({ kind: 'funcs', resource }, () => funcs(resource));
  }
  if (plan.api.validation) yield* all(planSchemaModules(plan.api, plan.common, options.importExt));
  if (referenceDocs) {
    for (const { resource, ancestors } of referenceDocs.resources())
      yield* unit({ kind: 'docs', resource }, () => [referenceDocs.resourcePage(resource, ancestors)]);
    for (const schema of referenceDocs.documented())
      yield* unit({ kind: 'model', schema }, () => [referenceDocs.modelPage(schema)]);
  }
  if (options.tanstackQuery)
    yield* all(planTanstack(plan.api, plan.common, options.importExt, options.funcs !== false));
  if (plan.api.mcp) yield* all(planMcpServer(plan.api, plan.api.mcp, plan.common));
  for (const template of options.extraTemplates ?? [])
    yield planned({ path: template.slice(0, -'.hbs'.length), template, view: plan.common });
}

/** `files`, each with its unit. */
function* tagged(files: Iterable<PlannedFile>, unit: PlanUnitTag): Generator<PlannedFile> {
  for (const file of files) yield { ...file, unit };
}

/**
 * A file header (a licence notice) as the line comments above the banner, then an empty `//` line, as Stainless
 * wrote its `settings.file_header`; "" without one.
 */
function fileHeaderLines(header: string | null): string {
  const comment = fileHeaderComment(header);
  return comment && `${comment}//\n`;
}

/** A file header (a licence notice) as line comments, each line ending in a newline; "" without one. */
export function fileHeaderComment(header: string | null): string {
  const text = header?.trim();
  if (!text) return '';
  const lines = commentSafe(text).split('\n');
  return lines.map((line) => (line.trim() === '' ? '//\n' : `// ${line.trimEnd()}\n`)).join('');
}

/**
 * A contact as Markdown text: an email address as it is (GitHub links it), an http(s) URL as a link, anything else
 * shown literally.
 */
function contactText(contact: string): string {
  if (/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(contact)) return contact;
  return isHttpUrl(contact) ? markdownLink(contact) : markdownLiteral(contact);
}

/** The view's fields of the mock server `npm test` starts: Steady's command, or empty for Prism. */
function steadyViewOf(mockServer: MockServer): {
  steadyPackage: string;
  steadyFlags: string;
  steadyFlagsJson: string;
  prismPackage: string;
  prismVersion: string;
} {
  // (Prism's package: sdkgen's own, or the owners' fork their Stainless script ran.)
  const fork = prismForkOf(mockServer);
  const prism = { prismPackage: fork?.package ?? '@stoplight/prism-cli', prismVersion: fork?.version ?? '5.14.2' };
  const steady = steadyOf(mockServer);
  if (steady === null) return { steadyPackage: '', steadyFlags: '', steadyFlagsJson: '[]', ...prism };
  return { ...steadyView(steady), steadyFlagsJson: JSON.stringify(steadyFlags(steady)), ...prism };
}
