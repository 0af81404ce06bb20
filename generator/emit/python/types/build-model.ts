/**
 * IR → the Python view of the package (`model.ts`): every Python name, module and annotation settled once, from the
 * IR and the rules of `naming/python.ts`. The params modules are built here too (their nested TypedDicts name the
 * annotations methods take), and kept for the printers.
 */
import type { Api, Method, NamedSchema, Param, Resource, TypeRef } from '../../../ir/types';
import { walkRefs } from '../../../ir/walk';
import {
  pyArgumentName,
  pyClassName,
  pyIdentifier,
  pyMemberName,
  pyPackageName,
  pyParamKey,
  requestOptionEscape,
  snakeCase,
  typeModuleName,
  uniqueArgumentNames,
  type PyCasings,
} from '../../../naming/python';
import type {
  PyClientOption,
  PyMethod,
  PyNamedType,
  PyPackage,
  PyPage,
  PyParam,
  PyResource,
  PyTypeLocation,
} from './model';
import { resourcesWithMethods, writtenAsPackage } from '../resources/methodless';
import { forEachMethodType } from '../resources/method-types';
import { requestOnlyModels } from './request-only';
import { queryAsSent, queryFormatsOf, type PyQuerySettings } from '../resources/query-formats';
import { resourceChains, resourceClassStem, resourceModulePath } from '../resources/resource-class';
import { PyModuleBuilder } from './print-types';
import {
  collisionPathParams,
  declareParamsTypes,
  givenName,
  paramsKeyClasses,
  paramsPropertyKeys,
  casingKey,
  methodCasingNames,
} from '../resources/params-module';
import { makesParamsType, paramsTypeName, variantOverloads } from '../resources/variant-params';
import { CONTENT_LENGTH_DROPPED_SINCE, OPTIONAL_WHOLE_BODY_SINCE } from '../../../stainless/python-body-era';
import { plainResourceNames, pythonFormsOfEra, type StainlessPythonForms } from '../../../stainless/python-era';
import { positionalRawBodyField } from '../resources/raw-body';
import { pythonTypeFormsOfEra } from '../../../stainless/python-type-era';
import { discriminateWebhookEvents } from './webhook-events';
import { sortedParams } from '../../../ir/property-order';
import { narrowUnionTags } from './narrow-tags';
import { distributedIntersections } from './distributed-intersections';
import { prefixPathCollisions } from '../resources/path-collisions';
import { modelRebuildFormOfEra } from './model-rebuild';
import { PythonTypeIndex } from './type-index';
import { filePathsOf } from './file-paths';
import { responseOf } from './method-response';

export { PythonTypeIndex } from './type-index';

export interface PythonModelOptions {
  /** The import name (a Stainless config's `targets.python.package_name`, `--python-package`); default from the API. */
  importName?: string | null;
  /** The distribution name (`targets.python.project_name`); default: the import name with `-`. */
  distributionName?: string | null;
  /** The Python SDK's GitHub repository (`targets.python.production_repo`); undefined: the API's. */
  repository?: string | null;
  /** The README's heading (`targets.python.readme_title`); undefined: "<API> Python API library". */
  readmeTitle?: string | null;
  /** A Stainless config's `organization.name`, as written (older clients' docstrings name it); null: none. */
  organizationName?: string | null;
  /** The GitHub repository a package kept off PyPI is installed from (`publish.pypi: false`); null or undefined: PyPI. */
  installFrom?: string | null;
  /** Made from a Stainless config: the README's programs are made as Stainless's. */
  fromStainlessConfig?: boolean;
  /** The mock spec's root document in the package (`mock/openapi.yml`), which `scripts/test` mocks; null: none. */
  mockSpec?: string | null;
  /**
   * The era of the Stainless SDK the output holds (`YYYY-MM-DD`, stainless/python-era.ts): the forms its types are
   * written in; null: the newest.
   */
  stainlessEra?: string | null;
  /** How the config's `custom_casings` write words in class names (`qa` → `QA`); empty or absent: none. */
  casings?: PyCasings;
  /** A Stainless config's `query_settings`: the client's query formats where they name one. */
  querySettings?: PyQuerySettings | null;
}

export interface PythonBuild {
  pkg: PyPackage;
  index: PythonTypeIndex;
  /** The params modules by module path, filled by the methods' params. */
  paramsModules: Map<string, PyModuleBuilder>;
  /** The API's own security (`Api.security`); null where it names none (credentials.ts reads it). */
  apiSecurity: string[][] | null;
  /** The config's second models of a schema (`NamedSchema.copyOf`), each written as an alias of the first's modules. */
  secondModels: NamedSchema[];
}

export function buildPythonModel(api: Api, options: PythonModelOptions = {}): PyPackage {
  return buildPython(api, options).pkg;
}

export function buildPython(given: Api, options: PythonModelOptions = {}): PythonBuild {
  const era = options.stainlessEra;
  const typeForms = pythonTypeFormsOfEra(era);
  const plain = plainResourceNames(era);
  // (An `allOf` over one `oneOf` of objects is a union in Python: distributed-intersections.ts.)
  const events = typeForms.webhookEventDiscriminator ? discriminateWebhookEvents(given) : given;
  const api = narrowUnionTags(distributedIntersections(events));
  const importName = options.importName ?? pyPackageName(api.packageName);
  const distributionName = options.distributionName ?? importName.replace(/_/g, '-');
  const resourcePackages = new Map<string, string>();
  const shapes = new Map<Resource, { chain: string[] }>();
  // A top-level resource named like a client option would be a second member of the client of that name: it takes
  // the `_resource` suffix (as the TypeScript client's `Resource`), the option keeps the constructor's keyword.
  const optionNames = new Set(clientOptions(api).map((option) => option.name));
  const walk = (resource: Resource, chain: string[]) => {
    const name = pyMemberName(resource.configKey ?? resource.property);
    const own = [...chain, chain.length === 0 && optionNames.has(name) ? `${name}_resource` : name];
    shapes.set(resource, { chain: own });
    // A `standalone_api` resource is a package of its own: its types go in a folder named as it.
    const folder = resource.standaloneApi ? own : own.slice(0, -1);
    resourcePackages.set(resource.module, folder.length === 0 ? 'types' : `types/${folder.join('/')}`);
    for (const sub of resource.subresources) walk(sub, own);
  };
  for (const resource of api.resources) walk(resource, []);
  if (api.topLevel) resourcePackages.set(api.topLevel.module, 'types');
  const casings = options.casings ?? new Map<string, string>();
  const index = new PythonTypeIndex(api, resourcePackages, typeForms, modelRebuildFormOfEra(era), casings);
  index.fromStainlessConfig = options.fromStainlessConfig === true;
  const paramsModules = new Map<string, PyModuleBuilder>();
  const pages = api.paginationSchemes.map(
    (scheme): PyPage => ({
      syncName: `Sync${pyClassName(scheme.className, casings)}`,
      asyncName: `Async${pyClassName(scheme.className, casings)}`,
      schemeClassName: scheme.className,
      scheme,
    }),
  );
  const referenced = referencedSchemas(api);
  const unused = unusedFreeFormSchemas(api, referenced);
  // A request-side variant (`PetParam`) is a params form only: a model of it would take the form's module.
  for (const schema of api.schemas) if (schema.requestVariantOf !== undefined) unused.add(schema.id);
  const queryFormats = queryFormatsOf(api, options.querySettings ?? null);
  const fromConfig = Boolean(options.querySettings);
  const contentLengthParams = typeof era === 'string' && era.slice(0, 10) < CONTENT_LENGTH_DROPPED_SINCE;
  const wholeBodyRequired = typeof era === 'string' && era.slice(0, 10) < OPTIONAL_WHOLE_BODY_SINCE;
  const context: MethodContext = {
    api,
    index,
    paramsModules,
    pages,
    queryFormats,
    fromConfig,
    contentLengthParams,
    wholeBodyRequired,
    forms: pythonFormsOfEra(era),
  };
  const modelNames = new Set(api.schemas.map((schema) => pyClassName(schema.name, casings)));
  const buildResource = (resource: Resource): PyResource => {
    const chain = shapes.get(resource)!.chain;
    const module = `resources/${resourceModulePath(chain, !writtenAsPackage(resource))}`;
    const typesPackage = resourcePackages.get(resource.module)!;
    const methods = resource.methods.map((method) => buildMethod(method, module, typesPackage, context, resource));
    // The client's own method of its name (Resource.callable), written as its class's `__call__`.
    const called = resource.callable ? api.topLevel?.methods.find((m) => m.name === resource.property) : undefined;
    const call = called && { ...buildMethod(called, module, 'types', context, api.topLevel!), name: '__call__' };
    const stem = resourceClassStem(resource, modelNames, casings);
    // An SDK begun before Stainless suffixed its resource classes keeps their plain names, unless a model has one.
    const suffix = plain && !modelNames.has(stem) && !modelNames.has(`Async${stem}`) ? '' : 'Resource';
    return {
      className: `${stem}${suffix}`,
      asyncClassName: `Async${stem}${suffix}`,
      ...resourceChains(chain),
      module,
      typesPackage,
      methods,
      ...(call ? { call } : {}),
      subresources: resource.subresources.map(buildResource),
      listedTypes: [
        ...resource.schemaIds.filter((id) => !unused.has(id)).map((id) => index.model(id)),
        ...declaredEvents(methods),
      ],
      ir: resource,
    };
  };
  const apiMdResources = api.resources.map(buildResource);
  let topLevel: PyResource | null = null;
  if (api.topLevel) {
    const module = `_client`;
    topLevel = {
      className: pyClassName(api.clientName, casings),
      asyncClassName: `Async${pyClassName(api.clientName, casings)}`,
      ...resourceChains([]),
      module,
      typesPackage: 'types',
      methods: api.topLevel.methods.map((method) => buildMethod(method, module, 'types', context, api.topLevel!)),
      subresources: [],
      listedTypes: api.topLevel.schemaIds.filter((id) => !unused.has(id)).map((id) => index.model(id)),
      ir: api.topLevel,
    };
  }
  // (api.md lists a type only requests use; no module declares its model: request-only.ts.)
  const { requestOnly, paramsForm } = requestOnlyModels(api, (schema) => index.isShared(schema));
  for (const id of paramsForm) index.param(id);
  const unreferenced = unreferencedUnionModels(api, referenced, (schema) => index.isShared(schema));
  const unwritten = (id: string) => unused.has(id) || requestOnly.has(id) || unreferenced.has(id);
  // (A second model of a schema is an alias of the first: its model module is written where the first's is.)
  const written = api.schemas.filter(
    (schema) => !unwritten(schema.id) && (schema.copyOf === undefined || !unwritten(schema.copyOf)),
  );
  const types: PyNamedType[] = [...written, ...index.declared].map((schema) => ({
    ...index.model(schema.id),
    shared: index.isShared(schema),
    schema,
  }));
  for (const id of index.paramForms) {
    const schema = index.schema(id);
    types.push({ ...index.paramLocation(id), shared: index.isShared(schema), paramForm: true as const, schema });
  }
  const clientName = pyClassName(api.clientName, casings);
  const pkg: PyPackage = {
    casings,
    importName,
    distributionName,
    ...(options.repository !== undefined ? { repository: options.repository } : {}),
    ...(options.readmeTitle ? { readmeTitle: options.readmeTitle } : {}),
    ...(options.organizationName ? { organizationName: options.organizationName } : {}),
    ...(options.installFrom ? { installFrom: options.installFrom } : {}),
    fromStainlessConfig: options.fromStainlessConfig === true,
    mockSpec: options.mockSpec ?? null,
    version: api.packageVersion,
    clientName,
    asyncClientName: `Async${clientName}`,
    envPrefix: api.envPrefix,
    clientOptions: clientOptions(api),
    environments: api.environments.map((env) => ({ name: snakeCase(env.name), url: env.url })),
    baseUrl: api.baseUrl,
    ...(api.baseUrlTemplate
      ? {
          baseUrlTemplate: api.baseUrlTemplate.map((part) =>
            'option' in part ? { option: pyIdentifier(part.option), fallback: part.fallback } : part,
          ),
        }
      : {}),
    resources: resourcesWithMethods(apiMdResources),
    apiMdResources,
    topLevel,
    types,
    typeForms: index.forms,
    pages,
    queryFormats,
    ...(api.idempotencyHeader ? { idempotencyHeader: api.idempotencyHeader } : {}),
    ...(api.streamEventRules.length > 0 ? { streamEventRules: true as const } : {}),
  };
  const secondModels = api.schemas.filter((schema) => schema.copyOf !== undefined);
  return { pkg, index, paramsModules, apiSecurity: api.security ?? null, secondModels };
}

/** The named schemas a schema, a method or a webhook unwrap (the event it returns) refers to. */
function referencedSchemas(api: Api): Set<string> {
  const referenced = new Set<string>();
  const addType = (type: TypeRef) => walkRefs(type, (id) => referenced.add(id));
  for (const schema of api.schemas) addType(schema.type);
  forEachMethodType(api, addType);
  const unwraps = (resource: Resource): void => {
    for (const unwrap of resource.webhookUnwraps) addType(unwrap.event);
    resource.subresources.forEach(unwraps);
  };
  api.resources.forEach(unwraps);
  return referenced;
}

/**
 * Free-form named schemas (`unknown`) nothing refers to and no config names: a method returning one returns `object`,
 * so Python declares no type for it (nor does api.md list one).
 */
function unusedFreeFormSchemas(api: Api, referenced: Set<string>): Set<string> {
  return new Set(
    api.schemas
      .filter((schema) => schema.type.kind === 'unknown' && !schema.configModel && !referenced.has(schema.id))
      .map((schema) => schema.id),
  );
}

/**
 * A resource's models that are unions nothing refers to: Stainless writes no module for them, though api.md lists them
 * (llama-stack's `response_input`, the union of the items a response's input may hold). Shared models it writes all,
 * and a second model of a schema (nothing refers to one) is written where its first is (an alias of it).
 */
function unreferencedUnionModels(
  api: Api,
  referenced: Set<string>,
  isShared: (schema: NamedSchema) => boolean,
): Set<string> {
  return new Set(
    api.schemas
      .filter(
        (schema) =>
          schema.configModel &&
          schema.copyOf === undefined &&
          schema.type.kind === 'union' &&
          !referenced.has(schema.id) &&
          !isShared(schema),
      )
      .map((schema) => schema.id),
  );
}

/**
 * The style a method passes to the runtime for a param: a path array or object (`simple` unless the spec says
 * `label` or `matrix`), a header one the spec explodes, or a query one the client's formats would write otherwise.
 */
function styleOf(param: Param, context: MethodContext): Pick<PyParam, 'style'> {
  const shape = shapeOf(param.type, context.api);
  if (shape !== 'array' && shape !== 'object' && !(param.in === 'path' && param.style)) return {};
  if (param.in === 'path') return { style: param.style ?? { style: 'simple', explode: false } };
  if (param.in === 'header' || param.in === 'cookie') return param.style?.explode ? { style: param.style } : {};
  if (param.in !== 'query' || param.members) return {};
  // Without a Stainless config a param the spec gives no style has OpenAPI's default, form exploded: an array's
  // items repeat the key (`id=3&id=4`), an object's properties are params of their own (`status=x`). With a config
  // the IR gave each array and object the style of its `query_settings`.
  const given = param.style ?? (context.fromConfig ? null : ({ style: 'form', explode: true } as const));
  if (!given) return {};
  const { style, explode } = given;
  const formats = context.queryFormats;
  const covered =
    shape === 'array'
      ? (style === 'form' && formats.array === (explode ? 'repeat' : 'comma')) ||
        ((style === 'brackets' || style === 'indices') && formats.array === style)
      : (style === 'deepObject' && formats.nested === 'brackets') || (style === 'dots' && formats.nested === 'dots');
  return covered ? {} : { style: given };
}

/** An array, an object (a map too) or another kind, through a named schema and a nullable union. */
function shapeOf(type: TypeRef, api: Api): string {
  if (type.kind === 'ref') {
    const schema = api.schemas.find((s) => s.id === type.schemaId);
    return schema ? shapeOf(schema.type, api) : 'unknown';
  }
  if (type.kind === 'union') {
    const present = type.variants.filter((v) => v.kind !== 'null');
    return present.length === 1 ? shapeOf(present[0], api) : 'union';
  }
  return type.kind === 'tuple' ? 'array' : type.kind === 'intersection' ? 'object' : type.kind;
}

interface MethodContext {
  api: Api;
  queryFormats: PyPackage['queryFormats'];
  /** Whether a Stainless config sets the query formats (its client's serialiser writes every query in them). */
  fromConfig: boolean;
  index: PythonTypeIndex;
  paramsModules: Map<string, PyModuleBuilder>;
  pages: PyPage[];
  /** Whether a `Content-Length` header param is one of the method's (Stainless's before CONTENT_LENGTH_DROPPED_SINCE). */
  contentLengthParams: boolean;
  /** Whether a whole request body is required whatever the spec says (Stainless's before OPTIONAL_WHOLE_BODY_SINCE). */
  wholeBodyRequired: boolean;
  /** The era's forms (a raw binary body's: resources/raw-body.ts). */
  forms: StainlessPythonForms;
}

/** The event types a resource's SSE methods declare themselves: api.md lists them among the resource's types. */
function declaredEvents(methods: PyMethod[]): PyTypeLocation[] {
  return methods.flatMap((m) => (m.stream?.declared && m.stream.eventType ? [m.stream.eventType] : []));
}

/**
 * The method without a `Content-Length` header param: httpx sets that header from the body it sends, and a caller's
 * value breaks the request (hedra's uploads declared one). Stainless's Python SDKs have had no such param since
 * CONTENT_LENGTH_DROPPED_SINCE (its TypeScript SDKs since 2024-07-16: emit/typescript/target-api.ts).
 */
function withoutContentLength(method: Method): Method {
  const kept = (fields: Param[]) =>
    fields.filter((f) => !(f.in === 'header' && f.wireName.toLowerCase() === 'content-length'));
  const params = method.params;
  if (!params || kept(params.fields).length === params.fields.length) return method;
  return {
    ...method,
    params: {
      ...params,
      fields: kept(params.fields),
      ...(params.variants ? { variants: params.variants.map((v) => ({ ...v, fields: kept(v.fields) })) } : {}),
    },
  };
}

/**
 * The method with its whole request body required (Stainless's Python SDKs before OPTIONAL_WHOLE_BODY_SINCE), in
 * Stainless's order (required params first) where the params were in it.
 */
function withWholeBodyRequired(method: Method): Method {
  const params = method.params;
  const body = method.body;
  if (!params || params.variants || body?.shape !== 'whole') return method;
  const at = params.fields.findIndex((f) => f.in === 'body' && f.wireName === body.bodyParam && !f.required);
  if (at < 0) return method;
  const inOrder = sortedParams(params.fields).every((f, i) => f === params.fields[i]);
  const marked = params.fields.map((f, i) => (i === at ? { ...f, required: true } : f));
  return { ...method, params: { ...params, required: true, fields: inOrder ? sortedParams(marked) : marked } };
}

function buildMethod(
  irMethod: Method,
  module: string,
  typesPackage: string,
  context: MethodContext,
  owner: Resource,
): PyMethod {
  const { index } = context;
  const sent = queryAsSent(irMethod, context.queryFormats, context.fromConfig);
  const kept = context.contentLengthParams ? sent : withoutContentLength(sent);
  const method = context.wholeBodyRequired ? withWholeBodyRequired(kept) : kept;
  const scratch = new PyModuleBuilder(module, index);
  let paramsType: PyTypeLocation | null = null;
  let builder: PyModuleBuilder | null = null;
  let keyClasses: string[] = [];
  const variants = (method.params?.variants?.length ?? 0) > 1 ? method.params!.variants! : null;
  // A whole body of no known shape (`body: object`) is required in Stainless's Python SDKs even when the spec's
  // requestBody isn't; an array or scalar whole body keeps the spec's say (but for an older era's: withWholeBodyRequired).
  const untypedWholeBody = (field: Param) =>
    method.body?.shape === 'whole' &&
    field.in === 'body' &&
    field.wireName === method.body.bodyParam &&
    (field.type.kind === 'unknown' || field.type.kind === 'any');
  // A raw binary body the era's call takes positionally: required, and no key of the params TypedDict (raw-body.ts).
  const rawBody = positionalRawBodyField(method, context.forms);
  const requiredHere = (field: Param) =>
    field === rawBody ||
    ((field.required || untypedWholeBody(field)) &&
      field.fixedValue === undefined &&
      field.clientDefault === undefined);
  // With variants: every variant's fields, each once, required where every variant requires it.
  const allFields = variants
    ? [...new Map(variants.flatMap((v) => v.fields).map((f) => [f.wireName, f])).values()].map((field) => ({
        ...field,
        required: variants.every((v) => v.fields.some((f) => f.wireName === field.wireName && requiredHere(f))),
      }))
    : (method.params?.fields ?? []);
  // Path params in the path's order. Positional: where the config chose them (`positional_params`), those the IR
  // takes positionally, in its order; else the last path param alone (the IR puts the others among the params).
  const at = (param: Param) => method.path.indexOf(`{${param.wireName}}`);
  const pathIr = [...allFields.filter((field) => field.in === 'path'), ...method.positional].sort(
    (a, b) => at(a) - at(b),
  );
  // (A path param a client option fills is keyword-only, as Stainless's `account_id: str | None = None`.)
  const callOrder = method.positionalByConfig ? method.positional : pathIr.filter((p) => !p.clientDefault).slice(-1);
  // The path params taken by keyword that the IR holds apart from the params: keys of the params TypedDict too.
  const keywordPath = method.positional.filter((p) => !callOrder.includes(p) && p.clientDefault === undefined);
  // No params TypedDict (nor `**params`) for path and scalar header params alone, as Stainless.
  const typed = rawBody
    ? { ...method, params: { ...method.params!, fields: allFields.filter((f) => f !== rawBody) } }
    : method;
  if (method.params && allFields.some((field) => field !== rawBody && makesParamsType(field))) {
    // The client's own methods' params are `Client<Name>Params` (`types/client_<name>_params.py`), as Stainless's.
    const settled = owner === context.api.topLevel ? `Client${method.params.typeName}` : method.params.typeName;
    const name = paramsTypeName(method, settled, owner, context.api);
    paramsType = { name, module: `${typesPackage}/${typeModuleName(name)}` };
    builder = context.paramsModules.get(paramsType.module) ?? null;
    if (!builder) {
      builder = new PyModuleBuilder(paramsType.module, index);
      builder.unionAliases = true;
      builder.markTopLevel(paramsType.name);
      context.paramsModules.set(paramsType.module, builder);
      declareParamsTypes(builder, paramsType.name, typed, variants, requiredHere, keywordPath, context.fromConfig);
    }
    keyClasses = paramsKeyClasses(paramsType.name, method);
  }
  const qualifier = paramsType ? `${paramsType.module.split('/').pop()}.` : '';
  const keyedFields = [...keywordPath, ...(method.params?.fields ?? [])];
  const casingNames = methodCasingNames(method, keyedFields);
  const propertyKeys = paramsPropertyKeys(keyedFields, collisionPathParams(method), casingNames);
  const toParam = (param: Param, owner: PyModuleBuilder | null): PyParam => {
    const given = givenName(param);
    const hint = pyClassName(param.wireName);
    const moduleAnnotation = owner
      ? owner.annotation(param.type, 'param', hint)
      : scratch.annotation(param.type, 'param', hint);
    const annotation = owner ? transplant(moduleAnnotation, owner, scratch, qualifier) : moduleAnnotation;
    return {
      name: pyArgumentName(casingNames.get(casingKey(param)) ?? given),
      key:
        keyClasses.map((c) => owner?.fieldName(c, propertyKeys.get(param) ?? param.wireName)).find(Boolean) ??
        requestOptionEscape(pyParamKey(given)),
      wireName: param.wireName,
      in: param.in,
      annotation,
      moduleAnnotation,
      required: requiredHere(param),
      type: param.type,
      // Stainless's docstrings document a path param by its schema's description alone.
      description: (param.in === 'path' ? param.schemaDescription : param.docs.description) ?? '',
      ...styleOf(param, context),
      ...(param.clientDefault !== undefined ? { clientOption: pyIdentifier(param.clientDefault) } : {}),
    };
  };
  const positional = pathIr.map((param) => toParam(param, null));
  const positionalArgs = callOrder.map((param) => positional[pathIr.indexOf(param)]);
  const fields = allFields
    .filter((field) => field.in !== 'path')
    .map((param) =>
      param === rawBody ? { ...toParam(param, null), rawBody: true as const } : toParam(param, builder),
    );
  const params = [...fields.filter((p) => p.required), ...fields.filter((p) => !p.required)];
  if (method.configKey !== undefined) prefixPathCollisions(positional, params);
  // A non-GET method of a client with an idempotency header also takes `idempotency_key` (the request option), which a
  // param of that Python name (another header than the client's, a body field) must not declare a second time.
  const idempotencyKey = !!context.api.idempotencyHeader && method.http !== 'get';
  const unique = uniqueArgumentNames(
    [...positional, ...params].map((p) => p.name),
    idempotencyKey ? ['idempotency_key'] : [],
  );
  [...positional, ...params].forEach((p, i) => (p.name = unique[i]));
  // Each variant's params by their final names (a body key named as a path param is renamed: `map_id_`).
  const overloads = variants ? variantOverloads(variants, params, (field) => toParam(field, builder)) : null;
  const taken = new Set(unique);
  for (const param of positional.filter((p) => p.style)) {
    let local = `${param.name}_segment`;
    while (taken.has(local)) local += '_';
    taken.add(local);
    param.pathLocal = local;
  }
  let pythonPath = '';
  for (const part of method.path.split(/(\{[^}]*\})/)) {
    const variable = /^\{([^}]*)\}$/.exec(part)?.[1];
    if (variable === undefined) pythonPath += part.replace(/[{}]/g, (brace) => brace + brace);
    else {
      const param = positional.find((p) => p.wireName === variable);
      pythonPath += param ? `{${param.pathLocal ?? param.name}}` : part.replace(/[{}]/g, (brace) => brace + brace);
    }
  }
  const response = responseOf(method, scratch, context, owner);
  const docs = [method.docs.summary, method.docs.description].filter((text): text is string => !!text);
  const filePaths =
    method.body?.encoding === 'multipart'
      ? (method.params?.fields ?? []).flatMap((field) => filePathsOf(field.type, [field.wireName], index))
      : [];
  return {
    name: pyMemberName(method.configKey ?? method.name),
    http: method.http,
    specPath: `${context.api.basePath}${method.path}`,
    pythonPath,
    pathParams: positional,
    positional: positionalArgs,
    params,
    paramsType,
    ...response,
    filePaths,
    unwrap: method.pagination || method.response.kind !== 'json' || method.response.schemaless ? null : method.unwrap,
    overloads,
    ...(idempotencyKey ? { idempotencyKey: true as const } : {}),
    doc: [...new Set(docs)].join('\n\n'),
    ir: method,
  };
}

/**
 * An annotation written in one module, as another writes it: the first module's own classes qualified by its name
 * (`Message` → `prompt_create_params.Message`), the names it imports imported by the other too.
 */
export function transplant(text: string, from: PyModuleBuilder, to: PyModuleBuilder, qualifier: string): string {
  let out = '';
  const pattern = /"(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_]*\.(?:datetime|date)\b|[A-Za-z_][A-Za-z0-9_]*|[\s\S]/g;
  for (const match of text.matchAll(pattern)) {
    const token = match[0];
    // `datetime.date` of a module that imports the `datetime` module: the target writes the type its own way.
    const dotted = /^(\w+)\.(date|datetime)$/.exec(token);
    if (dotted && !out.endsWith('.') && !out.endsWith('=')) {
      const own = dotted[1] === from.datetimeQualifier;
      out += own
        ? from.transplantName(dotted[2], to, qualifier)
        : `${transplant(dotted[1], from, to, qualifier)}.${dotted[2]}`;
      continue;
    }
    // A name the module writes in quotes, to import it last: the other module names it as its own (imported).
    const late = /^"([A-Za-z_]\w*)"$/.exec(token);
    if (late && from.namesLate(late[1]) && !/Literal\[[^\]]*$/.test(out)) {
      out += from.transplantName(late[1], to, qualifier);
      continue;
    }
    if (!/^[A-Za-z_]/.test(token) || out.endsWith('.') || out.endsWith('=')) {
      out += token;
      continue;
    }
    out += from.transplantName(token, to, qualifier);
  }
  return out;
}

function clientOptions(api: Api): PyClientOption[] {
  const options: PyClientOption[] = [];
  for (const auth of api.auth) {
    if (auth.kind === 'basic') {
      for (const part of ['username', 'password'] as const) {
        options.push({
          name: pyIdentifier(part === 'username' ? auth.usernameOption : auth.passwordOption),
          annotation: 'str',
          envVar: part === 'username' ? auth.usernameEnvVar : auth.passwordEnvVar,
          default: part === 'username' ? auth.usernameDefault : auth.passwordDefault,
          required: part === 'username' ? auth.usernameRequired : auth.passwordRequired,
          ...(auth.unnamed ? { unnamedScheme: true as const } : {}),
          ...(auth.declared !== undefined ? { declared: auth.declared } : {}),
          sentAs: auth.clientCredentials
            ? { kind: 'clientCredentials', part, flow: auth.clientCredentials }
            : { kind: 'basic', part },
          scheme: auth.name,
        });
      }
      continue;
    }
    options.push({
      name: pyIdentifier(auth.option),
      annotation: 'str',
      envVar: auth.envVar,
      default: auth.default,
      required: auth.required, // its `nullable`'s: required by default, a security naming its scheme or not
      ...(auth.unnamed ? { unnamedScheme: true as const } : {}),
      ...(auth.declared !== undefined ? { declared: auth.declared } : {}),
      sentAs:
        auth.kind === 'bearer'
          ? { kind: 'bearer', keyword: auth.keyword ?? 'Bearer' }
          : auth.in === 'query'
            ? { kind: 'query', name: auth.wireName, ...(auth.sendAsQueryParam && { sendAsQueryParam: true as const }) }
            : { kind: auth.in, name: auth.wireName },
      scheme: auth.name,
    });
  }
  for (const setting of api.settingOptions) {
    const annotation = setting.type === 'string' ? 'str' : setting.type === 'number' ? 'float' : 'bool';
    options.push({
      name: pyIdentifier(setting.option),
      annotation,
      envVar: setting.envVar,
      default: setting.default,
      // One filling a server URL's variable has the variable's default when not given.
      required: !setting.nullable && setting.default === null && setting.serverVariable === null,
      sentAs: setting.header ? { kind: 'header', name: setting.header } : { kind: 'none' },
      scheme: null,
    });
  }
  // One option per name (two schemes may share one).
  return options.filter((option, i) => options.findIndex((o) => o.name === option.name) === i);
}
