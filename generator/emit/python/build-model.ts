/**
 * IR → the Python view of the package (`model.ts`): every Python name, module and annotation settled once, from the
 * IR and the rules of `naming/python.ts`. The params modules are built here too (their nested TypedDicts name the
 * annotations methods take), and kept for the printers.
 */
import type { Api, Method, NamedSchema, Param, Resource, TypeRef } from '../../ir/types';
import { pyClassName, pyIdentifier, pyPackageName, snakeCase, typeModuleName } from '../../naming/python';
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
import { PyModuleBuilder, type PyTypeIndex } from './print-types';

export interface PythonModelOptions {
  /** The import name (a Stainless config's `targets.python.package_name`, `--python-package`); default from the API. */
  importName?: string | null;
  /** The distribution name (`targets.python.project_name`); default: the import name with `-`. */
  distributionName?: string | null;
}

export interface PythonBuild {
  pkg: PyPackage;
  index: PythonTypeIndex;
  /** The params modules by module path, filled by the methods' params. */
  paramsModules: Map<string, PyModuleBuilder>;
}

export function buildPythonModel(api: Api, options: PythonModelOptions = {}): PyPackage {
  return buildPython(api, options).pkg;
}

/** Where each named type lives: its model in `types/…`, and its params form where a request reaches it. */
export class PythonTypeIndex implements PyTypeIndex {
  private readonly byId = new Map<string, NamedSchema>();
  private readonly packageOf = new Map<string, string>();
  /** Schema ids whose params form is used, in the order first asked for. */
  readonly paramForms = new Set<string>();

  constructor(api: Api, resourcePackages: Map<string, string>) {
    for (const schema of api.schemas) this.byId.set(schema.id, schema);
    for (const [module, pkg] of resourcePackages) this.packageOf.set(module, pkg);
  }

  schema(id: string): NamedSchema {
    const schema = this.byId.get(id);
    if (!schema) throw new Error(`generator bug: no named schema ${id}`);
    return schema;
  }

  isShared(schema: NamedSchema): boolean {
    return schema.module === 'resources/shared';
  }

  typesPackage(schema: NamedSchema): string {
    if (this.isShared(schema)) return 'types/shared';
    return this.packageOf.get(schema.module) ?? 'types';
  }

  model(id: string): { name: string; module: string } {
    const schema = this.schema(id);
    return { name: schema.name, module: `${this.typesPackage(schema)}/${typeModuleName(schema.name)}` };
  }

  param(id: string): { name: string; module: string } {
    this.paramForms.add(id);
    return this.paramLocation(id);
  }

  paramLocation(id: string): { name: string; module: string } {
    const schema = this.schema(id);
    if (this.isShared(schema))
      return { name: schema.name, module: `types/shared_params/${typeModuleName(schema.name)}` };
    const name = schema.requestVariantOf || /Params?$/.test(schema.name) ? schema.name : `${schema.name}Param`;
    return { name, module: `${this.typesPackage(schema)}/${typeModuleName(name)}` };
  }
}

export function buildPython(api: Api, options: PythonModelOptions = {}): PythonBuild {
  const importName = options.importName ?? pyPackageName(api.packageName);
  const distributionName = options.distributionName ?? importName.replace(/_/g, '-');
  const resourcePackages = new Map<string, string>();
  const shapes = new Map<Resource, { chain: string[] }>();
  const walk = (resource: Resource, chain: string[]) => {
    const own = [...chain, pyIdentifier(resource.property)];
    shapes.set(resource, { chain: own });
    resourcePackages.set(resource.module, own.length === 1 ? 'types' : `types/${own.slice(0, -1).join('/')}`);
    for (const sub of resource.subresources) walk(sub, own);
  };
  for (const resource of api.resources) walk(resource, []);
  if (api.topLevel) resourcePackages.set(api.topLevel.module, 'types');
  const index = new PythonTypeIndex(api, resourcePackages);
  const paramsModules = new Map<string, PyModuleBuilder>();
  const pages = api.paginationSchemes.map(
    (scheme): PyPage => ({
      syncName: `Sync${pyClassName(scheme.className)}`,
      asyncName: `Async${pyClassName(scheme.className)}`,
      schemeClassName: scheme.className,
      scheme,
    }),
  );
  const context: MethodContext = { api, index, paramsModules, pages };
  const buildResource = (resource: Resource): PyResource => {
    const chain = shapes.get(resource)!.chain;
    const leaf = resource.subresources.length === 0;
    const module = `resources/${chain.join('/')}${leaf ? '' : `/${chain[chain.length - 1]}`}`;
    const typesPackage = resourcePackages.get(resource.module)!;
    const methods = resource.methods.map((method) => buildMethod(method, module, typesPackage, context));
    return {
      className: `${pyClassName(resource.className)}Resource`,
      asyncClassName: `Async${pyClassName(resource.className)}Resource`,
      attribute: chain[chain.length - 1],
      chain,
      module,
      typesPackage,
      methods,
      subresources: resource.subresources.map(buildResource),
      listedTypes: resource.schemaIds.map((id) => index.model(id)),
      ir: resource,
    };
  };
  const resources = api.resources.map(buildResource);
  let topLevel: PyResource | null = null;
  if (api.topLevel) {
    const module = `_client`;
    topLevel = {
      className: pyClassName(api.clientName),
      asyncClassName: `Async${pyClassName(api.clientName)}`,
      attribute: '',
      chain: [],
      module,
      typesPackage: 'types',
      methods: api.topLevel.methods.map((method) => buildMethod(method, module, 'types', context)),
      subresources: [],
      listedTypes: api.topLevel.schemaIds.map((id) => index.model(id)),
      ir: api.topLevel,
    };
  }
  const types: PyNamedType[] = api.schemas.map((schema) => ({
    ...index.model(schema.id),
    shared: index.isShared(schema),
    schema,
  }));
  for (const id of index.paramForms) {
    const schema = index.schema(id);
    types.push({ ...index.paramLocation(id), shared: index.isShared(schema), paramForm: true as const, schema });
  }
  const clientName = pyClassName(api.clientName);
  const pkg: PyPackage = {
    importName,
    distributionName,
    version: api.packageVersion,
    clientName,
    asyncClientName: `Async${clientName}`,
    envPrefix: api.envPrefix,
    clientOptions: clientOptions(api),
    environments: api.environments.map((env) => ({ name: snakeCase(env.name), url: env.url })),
    baseUrl: api.baseUrl,
    resources,
    topLevel,
    types,
    pages,
  };
  return { pkg, index, paramsModules };
}

interface MethodContext {
  api: Api;
  index: PythonTypeIndex;
  paramsModules: Map<string, PyModuleBuilder>;
  pages: PyPage[];
}

function buildMethod(method: Method, module: string, typesPackage: string, context: MethodContext): PyMethod {
  const { index } = context;
  const scratch = new PyModuleBuilder(module, index);
  let paramsType: PyTypeLocation | null = null;
  let builder: PyModuleBuilder | null = null;
  if (method.params) {
    paramsType = { name: method.params.typeName, module: `${typesPackage}/${typeModuleName(method.params.typeName)}` };
    builder = context.paramsModules.get(paramsType.module) ?? null;
    if (!builder) {
      builder = new PyModuleBuilder(paramsType.module, index);
      builder.markTopLevel(paramsType.name);
      builder.exported.push(paramsType.name);
      context.paramsModules.set(paramsType.module, builder);
      const fields = method.params.fields.map((field) => ({
        key: field.wireName,
        type: field.type,
        required: field.required && field.fixedValue === undefined && field.clientDefault === undefined,
        docs: field.docs,
      }));
      builder.declareClass(paramsType.name, [{ kind: 'object', properties: fields } as unknown as TypeRef], 'param');
    }
  }
  const qualifier = paramsType ? `${paramsType.module.split('/').pop()}.` : '';
  const toParam = (param: Param, owner: PyModuleBuilder | null): PyParam => {
    const name = pyIdentifier(param.wireName);
    const hint = pyClassName(param.wireName);
    const moduleAnnotation = owner
      ? owner.annotation(param.type, 'param', hint)
      : scratch.annotation(param.type, 'param', hint);
    const annotation = owner ? transplant(moduleAnnotation, owner, scratch, qualifier) : moduleAnnotation;
    return {
      name,
      wireName: param.wireName,
      in: param.in,
      annotation,
      moduleAnnotation,
      required: param.required && param.fixedValue === undefined && param.clientDefault === undefined,
      type: param.type,
      description: param.docs.description ?? '',
    };
  };
  // Path params the IR puts among the params (all but the last, without a Stainless config) are keyword-only here.
  const pathFields = (method.params?.fields ?? []).filter((field) => field.in === 'path');
  const positional = [...pathFields, ...method.positional].map((param) => toParam(param, null));
  const fields = (method.params?.fields ?? [])
    .filter((field) => field.in !== 'path')
    .map((param) => toParam(param, builder));
  const params = [...fields.filter((p) => p.required), ...fields.filter((p) => !p.required)];
  let pythonPath = '';
  for (const part of method.path.split(/(\{[^}]*\})/)) {
    const variable = /^\{([^}]*)\}$/.exec(part)?.[1];
    if (variable === undefined) pythonPath += part.replace(/[{}]/g, (brace) => brace + brace);
    else {
      const param = positional.find((p) => p.wireName === variable);
      pythonPath += param ? `{${param.name}}` : part.replace(/[{}]/g, (brace) => brace + brace);
    }
  }
  const response = responseOf(method, scratch, context);
  const docs = [method.docs.summary, method.docs.description].filter((text): text is string => !!text);
  const filePaths =
    method.body?.encoding === 'multipart'
      ? (method.params?.fields ?? []).flatMap((field) => filePathsOf(field.type, [field.wireName], index))
      : [];
  return {
    name: pyIdentifier(method.name),
    http: method.http,
    specPath: `${context.api.basePath}${method.path}`,
    pythonPath,
    pathParams: positional,
    params,
    paramsType,
    ...response,
    filePaths,
    doc: [...new Set(docs)].join('\n\n'),
    ir: method,
  };
}

function filePathsOf(type: TypeRef, at: string[], index: PythonTypeIndex): string[][] {
  if (type.kind === 'file') return [at];
  if (type.kind === 'array') return filePathsOf(type.items, [...at, '<array>'], index);
  if (type.kind === 'union') return type.variants.flatMap((variant) => filePathsOf(variant, at, index)).slice(0, 1);
  return [];
}

type ResponsePart = Pick<
  PyMethod,
  'returns' | 'asyncReturns' | 'returnsType' | 'castTo' | 'page' | 'stream' | 'accept'
>;

function responseOf(method: Method, scratch: PyModuleBuilder, context: MethodContext): ResponsePart {
  const { index } = context;
  const modelOf = (type: TypeRef, fallbackName: string | null): { text: string; location: PyTypeLocation | null } => {
    if (type.kind === 'ref') {
      const location = index.model(type.schemaId);
      return { text: location.name, location };
    }
    const text = scratch.annotation(type, 'model', fallbackName ?? 'Response');
    return { text, location: null };
  };
  if (method.pagination) {
    const page = context.pages.find((p) => p.schemeClassName === method.pagination!.scheme) ?? context.pages[0];
    const item = modelOf(method.pagination.item, null);
    return {
      returns: `${page.syncName}[${item.text}]`,
      asyncReturns: `AsyncPaginator[${item.text}, ${page.asyncName}[${item.text}]]`,
      returnsType: item.location,
      castTo: item.text,
      page: { syncName: page.syncName, asyncName: page.asyncName, item: item.text },
      stream: null,
      accept: null,
    };
  }
  const response = method.response;
  const none = { page: null, stream: null, accept: null, returnsType: null };
  switch (response.kind) {
    case 'empty':
      return { ...none, returns: 'None', asyncReturns: 'None', castTo: 'NoneType', accept: '*/*' };
    case 'text':
      return { ...none, returns: 'str', asyncReturns: 'str', castTo: 'str' };
    case 'binary':
      return {
        ...none,
        returns: 'BinaryAPIResponse',
        asyncReturns: 'AsyncBinaryAPIResponse',
        castTo: 'BinaryAPIResponse',
        accept: response.accept,
      };
    case 'sse': {
      const event = modelOf(response.event, null);
      return {
        ...none,
        returns: `Stream[${event.text}]`,
        asyncReturns: `AsyncStream[${event.text}]`,
        castTo: event.text,
        returnsType: event.location,
        stream: { always: true, param: null, event: event.text },
      };
    }
    case 'json': {
      const model = modelOf(response.type, response.typeName);
      const castTo = /\b(Union|Optional|Annotated)\[/.test(model.text) ? `cast(Any, ${model.text})` : model.text;
      let stream: PyMethod['stream'] = null;
      if (method.streamWhen) {
        const event = method.streamWhen.event.kind === 'ref' ? modelOf(method.streamWhen.event, null).text : model.text;
        stream = { always: false, param: pyIdentifier(method.streamWhen.param), event };
      }
      return {
        ...none,
        returns: model.text,
        asyncReturns: model.text,
        castTo,
        returnsType: model.location,
        stream,
      };
    }
  }
}

/**
 * An annotation written in one module, as another writes it: the first module's own classes qualified by its name
 * (`Message` → `prompt_create_params.Message`), the names it imports imported by the other too.
 */
export function transplant(text: string, from: PyModuleBuilder, to: PyModuleBuilder, qualifier: string): string {
  let out = '';
  const pattern = /"(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_]*|[\s\S]/g;
  for (const match of text.matchAll(pattern)) {
    const token = match[0];
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
          sentAs: { kind: 'basic', part },
        });
      }
      continue;
    }
    options.push({
      name: pyIdentifier(auth.option),
      annotation: 'str',
      envVar: auth.envVar,
      default: auth.default,
      required: auth.required && !auth.unnamed,
      sentAs:
        auth.kind === 'bearer'
          ? { kind: 'bearer', keyword: auth.keyword ?? 'Bearer' }
          : auth.in === 'query'
            ? { kind: 'query', name: auth.wireName }
            : auth.in === 'header'
              ? { kind: 'header', name: auth.wireName }
              : { kind: 'none' },
    });
  }
  for (const setting of api.settingOptions) {
    const annotation = setting.type === 'string' ? 'str' : setting.type === 'number' ? 'float' : 'bool';
    options.push({
      name: pyIdentifier(setting.option),
      annotation,
      envVar: setting.envVar,
      default: setting.default,
      required: !setting.nullable && setting.default === null,
      sentAs: setting.header ? { kind: 'header', name: setting.header } : { kind: 'none' },
    });
  }
  // One option per name (two schemes may share one).
  return options.filter((option, i) => options.findIndex((o) => o.name === option.name) === i);
}
