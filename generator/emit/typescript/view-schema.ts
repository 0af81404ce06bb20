/**
 * Which view (an interface of views/) each built-in template is rendered with: what `sdkgen templates
 * list` shows and `sdkgen ir` labels every file with. The JSON Schema of the views themselves
 * (templates/views.schema.json) is generated from views/ by view-schema.gen.ts (`npm run view-schema`).
 */
import type * as Views from './views';

/** Names of the view interfaces a template can receive. */
export type ViewTypeName = keyof ViewTypes;

/** The interfaces by name (a compile error here when views/ loses one). */
export interface ViewTypes {
  CommonView: Views.CommonView;
  ClientView: Views.ClientView;
  TreeShakableView: Views.TreeShakableView;
  ResourceView: Views.ResourceView;
  MethodView: Views.MethodView;
  ParametersView: Views.ParametersView;
  RequestView: Views.RequestView;
  FuncView: Views.FuncView;
  SchemaModuleView: Views.SchemaModuleView;
  IndexView: Views.IndexView;
  ModuleAliasView: Views.ModuleAliasView;
  PaginationView: Views.PaginationView;
  DocsView: Views.DocsView;
  ResourceTestView: Views.ResourceTestView;
  StainlessResourceTestView: Views.StainlessResourceTestView;
  HarnessView: Views.HarnessView;
  ClientTestView: Views.ClientTestView;
  RuntimeTestView: Views.RuntimeTestView;
  RuntimeView: Views.RuntimeView;
  McpServerView: Views.McpServerView;
  PackageView: Views.PackageView;
  BuildView: Views.BuildView;
  SecurityView: Views.SecurityView;
  LicenseView: Views.LicenseView;
  WorkflowView: Views.WorkflowView;
  ExampleImportsView: Views.ExampleImportsView;
  FunctionExampleView: Views.FunctionExampleView;
  ExampleCallView: Views.ExampleCallView;
  ResourceDocsView: Views.ResourceDocsView;
  ModelDocsView: Views.ModelDocsView;
  CodeSampleView: Views.CodeSampleView;
  TanstackView: Views.TanstackView;
  TanstackIndexView: Views.TanstackIndexView;
  TanstackMethodView: Views.TanstackMethodView;
}

/** Built-in templates (logical paths) and their views. */
export const TEMPLATE_VIEWS: Readonly<Record<string, ViewTypeName>> = {
  'gitignore.hbs': 'CommonView',
  'vitest.config.mjs.hbs': 'CommonView',
  'scripts/mock-server.mjs.hbs': 'CommonView',
  'scripts/mock-server-steady.mjs.hbs': 'CommonView',
  'package.json.hbs': 'PackageView',
  'licenses/MIT.hbs': 'LicenseView',
  'licenses/Apache-2.0.hbs': 'LicenseView',
  'licenses/ISC.hbs': 'LicenseView',
  'scripts/build.mjs.hbs': 'BuildView',
  'scripts/bootstrap.hbs': 'CommonView',
  'scripts/lint.hbs': 'CommonView',
  'scripts/build.hbs': 'CommonView',
  'scripts/test.hbs': 'CommonView',
  'CONTRIBUTING.md.hbs': 'CommonView',
  'SECURITY.md.hbs': 'SecurityView',
  'github/workflows/ci.yml.hbs': 'WorkflowView',
  'github/workflows/sdkgen-update.yml.hbs': 'WorkflowView',
  'github/workflows/release.yml.hbs': 'WorkflowView',
  'release-please-config.json.hbs': 'WorkflowView',
  'release-please-manifest.json.hbs': 'WorkflowView',
  'tsconfig.json.hbs': 'CommonView',
  'src/version.ts.hbs': 'CommonView',
  'tsconfig.build.json.hbs': 'CommonView',
  'README.md.hbs': 'DocsView',
  'api.md.hbs': 'DocsView',
  'docs/sdks/resource.md.hbs': 'ResourceDocsView',
  'docs/models/model.md.hbs': 'ModelDocsView',
  'docs/code-sample.ts.hbs': 'CodeSampleView',
  'src/client.ts.hbs': 'ClientView',
  'src/client-core.ts.hbs': 'ClientView',
  'src/tree-shakable.ts.hbs': 'TreeShakableView',
  'partials/client-auth.hbs': 'ClientView',
  'partials/readme-client.hbs': 'DocsView',
  'partials/readme-imports.hbs': 'ExampleImportsView',
  'partials/readme-imports-block.hbs': 'ExampleImportsView',
  'partials/readme-program.hbs': 'ExampleCallView',
  'partials/readme-call.hbs': 'ExampleCallView',
  'partials/readme-function.hbs': 'FunctionExampleView',
  'src/index.ts.hbs': 'IndexView',
  'src/pagination.ts.hbs': 'PaginationView',
  'src/module-alias.ts.hbs': 'ModuleAliasView',
  'src/resources/index.ts.hbs': 'IndexView',
  'src/resources/resource.ts.hbs': 'ResourceView',
  'src/resources/shared.ts.hbs': 'ResourceView',
  'src/funcs/function.ts.hbs': 'FuncView',
  'src/schemas/module.ts.hbs': 'SchemaModuleView',
  'src/tanstack.ts.hbs': 'TanstackIndexView',
  'src/tanstack/resource.ts.hbs': 'TanstackView',
  'partials/parameters.hbs': 'ParametersView',
  'partials/request.hbs': 'RequestView',
  'tests/api-resources/resource.test.ts.hbs': 'ResourceTestView',
  'tests/api-resources/stainless-resource.test.ts.hbs': 'StainlessResourceTestView',
  'tests/harness.ts.hbs': 'HarnessView',
  'tests/node-fetch.ts.hbs': 'CommonView',
  'tests/index.test.ts.hbs': 'ClientTestView',
  'tests/local-server.ts.hbs': 'RuntimeTestView',
  'tests/runtime/index.test.ts.hbs': 'RuntimeTestView',
  'tests/runtime/path.test.ts.hbs': 'RuntimeTestView',
  'tests/runtime/stringifyQuery.test.ts.hbs': 'RuntimeTestView',
  'tests/runtime/buildHeaders.test.ts.hbs': 'RuntimeTestView',
  'tests/runtime/uploads.test.ts.hbs': 'RuntimeTestView',
  'tests/runtime/form.test.ts.hbs': 'RuntimeTestView',
  'tests/runtime/responses.test.ts.hbs': 'RuntimeTestView',
  'tests/runtime/streaming.test.ts.hbs': 'RuntimeTestView',
  'packages/mcp-server/package.json.hbs': 'McpServerView',
  'packages/mcp-server/tsconfig.json.hbs': 'McpServerView',
  'packages/mcp-server/tsconfig.build.json.hbs': 'McpServerView',
  'packages/mcp-server/README.md.hbs': 'McpServerView',
  'packages/mcp-server/manifest.json.hbs': 'McpServerView',
  'packages/mcp-server/src/index.ts.hbs': 'McpServerView',
  'packages/mcp-server/src/options.ts.hbs': 'McpServerView',
  'packages/mcp-server/src/server.ts.hbs': 'McpServerView',
  'packages/mcp-server/src/results.ts.hbs': 'McpServerView',
  'packages/mcp-server/src/endpoints.ts.hbs': 'McpServerView',
  'packages/mcp-server/src/code-mode.ts.hbs': 'McpServerView',
};

/**
 * The view a logical template path is rendered with: the table above (partials a template calls with its own
 * view are listed there); other partials get the MethodView they are called with (`{{> (lookup . 'partial')}}` in
 * resource.ts.hbs); runtime `.ts.hbs` files get the RuntimeView;
 * any other (extra) template gets the CommonView. Null for files that are not rendered (runtime `.ts`).
 */
export function viewTypeOf(logical: string): ViewTypeName | null {
  const known = TEMPLATE_VIEWS[logical];
  if (known) return known;
  if (!logical.endsWith('.hbs')) return null;
  if (logical.startsWith('partials/')) return 'MethodView';
  if (logical.startsWith('src/core/') || logical.startsWith('src/internal/')) return 'RuntimeView';
  return 'CommonView';
}
