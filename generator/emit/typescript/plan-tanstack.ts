/**
 * TanStack Query options, `src/tanstack.ts` (`<package>/tanstack`), when the config's `tanstackQuery` asks: for every
 * method a query key function and a query options factory, a mutation options factory for every method that is not a
 * GET, an infinite query options factory for every paginated one, and per resource the key its queries start with.
 * The factories send their request through the method's request function (its standalone function's, or one of this
 * module's own when the SDK has no standalone functions), so the request is built as the method builds it.
 */
import type { Method, Resource } from '../../ir/types';
import { resourcesWithTopLevel } from '../../ir/resources';
import { camelCase } from '../../naming/case';
import { ImportSet } from './imports';
import { pageAliasKey, pageAliases } from './plan-index';
import { errorTypeName, errorUnion, importingContext, requestFunctionName, sharedRequest } from './plan-funcs';
import type { PlannedFile } from '../planned-file';
import { methodRequest, methodSignature, resourceReceiver, takesOptionsInParams } from './plan-request';
import { quoteString } from './print-doc';
import { printType, type PrintContext } from './print-type';
import type { CommonView, TanstackIndexView, TanstackMethodView, TanstackView } from './views';
import { functionNameOf, type TypeScriptApi } from './target-api';

/** What the module imports from the runtime's `core/tanstack` (or declares): a schema's type is imported under another name. */
const TANSTACK_RUNTIME_NAMES = [
  'fetchPageData',
  'InfiniteQueryOptions',
  'MutationOptions',
  'PageData',
  'PageFields',
  'PageParam',
  'QueryOptions',
  'TaggedInfiniteKey',
  'TaggedKey',
];

/**
 * The TanStack Query modules: one per resource, `src/tanstack/<resource>.ts` (a resource's types are named as in its
 * own module, and two resources may name theirs alike), and `src/tanstack.ts`, which exports them all.
 */
export function* planTanstack(
  api: TypeScriptApi,
  common: CommonView,
  importExt: string,
  funcs: boolean,
): Generator<PlannedFile> {
  const schemas = new Map(api.schemas.map((s) => [s.id, s]));
  const resources = resourcesWithTopLevel(api);
  const aliases = pageAliases(api, resources);
  const requestApi = api.requestOptionsInParams ? { ...api, requestOptionsInParams: false } : api;
  const coreClass = `${api.clientName}Core`;
  // Names a module declares or imports from the runtime: a schema named like one is imported under another.
  const own = new Set<string>([coreClass, ...TANSTACK_RUNTIME_NAMES]);
  for (const resource of resources) for (const method of resource.methods) own.add(errorTypeName(method));
  // The names the modules export: `src/tanstack.ts` exports them all, so each is the SDK's only one.
  const taken = new Set<string>();
  const unique = (name: string) => {
    let result = name;
    while (taken.has(result) || own.has(result)) result = `${result}_`;
    taken.add(result);
    return result;
  };
  const modules: string[] = [];
  for (const resource of resources) {
    const segments = resource.path === '' ? [] : resource.path.split('.');
    if (segments.length === 0 && resource.methods.length === 0) continue;
    const module = `tanstack/${resource.module.replace(/^resources\//, '')}`;
    const imports = new ImportSet(module, importExt);
    const ctx = importingContext(schemas, imports, own);
    if (resource.methods.length > 0) {
      imports.add('client-core', coreClass, true);
      imports.add('core/tanstack', 'QueryOptions', true);
      imports.add('core/tanstack', 'TaggedKey', true);
    }
    const methods = resource.methods.map((method) =>
      methodView(api, method, resource, segments, { imports, ctx, funcs, unique, aliases, requestApi }),
    );
    const view: TanstackView = {
      ...common,
      imports: imports.lines(),
      coreClass,
      keysName: segments.length === 0 ? '' : unique(`${camelCase(segments.join(' '))}Keys`),
      receiver: resourceReceiver(resource),
      key: segments.map(quoteString).join(', '),
      methods,
    };
    modules.push(module);
    yield { path: `src/${module}.ts`, template: 'src/tanstack/resource.ts.hbs', view };
  }
  const index: TanstackIndexView = {
    ...common,
    exports: modules.map((module) => `export * from './${module}${importExt}';`),
  };
  yield { path: 'src/tanstack.ts', template: 'src/tanstack.ts.hbs', view: index };
}

/** The names the factories give their own variables (see src/tanstack/resource.ts.hbs). */
const FACTORY_LOCALS = new Set(['client', 'queryKey', 'signal', 'pageParam', 'sender', 'options', 'page']);

interface MethodContext {
  imports: ImportSet;
  ctx: PrintContext;
  funcs: boolean;
  unique: (name: string) => string;
  aliases: ReturnType<typeof pageAliases>;
  /** The Api the local request functions are planned with: never the legacy shape (no request options in params). */
  requestApi: TypeScriptApi;
}

function methodView(
  api: TypeScriptApi,
  method: Method,
  resource: Resource,
  segments: string[],
  { imports, ctx, funcs, unique, aliases, requestApi }: MethodContext,
): TanstackMethodView {
  const signature = methodSignature(api, method, imports, ctx, {
    aliasModule: (pagination) => aliases.get(pageAliasKey(pagination))?.module,
  });
  const params = method.params;
  // The factories take the method's arguments but request options: the query's signal is the one they pass.
  const positional = signature.parameters.positional.map((p) => ({
    // A path parameter named like a name the factories use for their own (`signal`) is passed under another.
    local: FACTORY_LOCALS.has(p.local) ? `${p.local}_` : p.local,
    key: p.local,
    type: p.type,
    optional: false,
  }));
  const arguments_ = [
    ...positional,
    ...(params ? [{ local: 'params', key: 'params', type: params.typeName, optional: !params.required }] : []),
  ];
  const parameters = arguments_.map((a) => (a.optional ? `${a.local}?: ${a.type} | null` : `${a.local}: ${a.type}`));
  const args = arguments_.map((a) => a.local);
  // A request function whose params may not be null (the legacy call shape's `params: X | RequestOptions = {}`, a
  // Stainless stream's `query: X | undefined = {}`) is given undefined for the factories' null.
  const paramsNotNull = signature.optionsInParams || signature.parameters.params?.nullable === false;
  const requestArgs = arguments_.map((a) =>
    a.key === 'params' && a.optional && paramsNotNull ? 'params ?? undefined' : a.local,
  );
  // Params with a field named like a path parameter go in a key of their own: spread, they would overwrite it.
  const fieldKeys = new Set(
    [...(params?.fields ?? []), ...(params?.variants ?? []).flatMap((v) => v.fields)].map((f) => f.key),
  );
  const collides = positional.some((p) => fieldKeys.has(p.key));
  const keyFields = [
    ...positional.map((p) => (p.key === p.local ? p.local : `${p.key}: ${p.local}`)),
    ...(params ? [collides ? 'params: { ...params }' : '...params'] : []),
  ];
  let requestFunction: string;
  let localRequest: TanstackMethodView['localRequest'] = null;
  let localError: TanstackMethodView['localError'] = null;
  const errorType = errorTypeName(method);
  if (funcs) {
    requestFunction = sharedRequest(method, imports);
    imports.add(`funcs/${functionNameOf(method)}`, errorType, true);
  } else {
    requestFunction = requestFunctionName(method);
    imports.add('core/base-client', 'BaseClient', true);
    const parametersView = {
      ...signature.parameters,
      // Never the legacy call shape here: the factories pass params and options apart.
      params: signature.parameters.params && {
        ...signature.parameters.params,
        type: takesOptionsInParams(api, method) ? params!.typeName : signature.parameters.params.type,
      },
    };
    localRequest = {
      parameters: parametersView,
      returnType: signature.returnType,
      request: methodRequest(requestApi, method, imports, ctx, 'client'),
    };
    const errors = errorUnion(method.errors, (type) => printType(type, ctx, null));
    for (const member of errors) imports.add('core/error', member.replace(/<[\s\S]*$/, ''), true);
    localError = { errors };
  }
  let infinite: TanstackMethodView['infinite'] = null;
  if (method.pagination) {
    imports.add('core/tanstack', 'fetchPageData', false);
    imports.add('core/tanstack', 'InfiniteQueryOptions', true);
    imports.add('core/tanstack', 'PageData', true);
    imports.add('core/tanstack', 'PageFields', true);
    imports.add('core/tanstack', 'TaggedInfiniteKey', true);
    const item = printType(method.pagination.item, ctx, null);
    infinite = {
      name: unique(`${functionNameOf(method)}InfiniteOptions`),
      pageType: `PageData<${item}, PageFields<${signature.valueType}>>`,
    };
  }
  let mutation: TanstackMethodView['mutation'] = null;
  if (method.http !== 'get') {
    imports.add('core/tanstack', 'MutationOptions', true);
    const single = arguments_.length === 1 ? arguments_[0]! : null;
    mutation = {
      name: unique(`${functionNameOf(method)}Mutation`),
      variablesType:
        arguments_.length === 0
          ? 'void'
          : single
            ? single.optional
              ? `${single.type} | null | undefined`
              : single.type
            : `[${parameters.join(', ')}]`,
      variables: arguments_.length === 0 ? '' : single ? single.local : `[${args.join(', ')}]`,
    };
  }
  const methodPath = `${resourceReceiver(resource)}.${method.name}`;
  return {
    methodPath,
    keyFunction: unique(`${functionNameOf(method)}QueryKey`),
    key: [...segments, method.name].map(quoteString).join(', '),
    keyObject: keyFields.length === 0 ? '' : `{ ${keyFields.join(', ')} }`,
    parameters: parameters.join(', '),
    arguments: args.join(', '),
    requestArguments: [...requestArgs, ''].join(', '),
    optionsName: unique(`${functionNameOf(method)}Options`),
    valueType: signature.valueType,
    errorType,
    requestFunction,
    infinite,
    mutation,
    localRequest,
    localError,
  };
}
