/**
 * Emit plan of the MCP server package (`packages/mcp-server/`): which files it has and the one view they share.
 * Each SDK method becomes an endpoint: a tool name, an input JSON Schema built from the method's parameters, and
 * the SDK call that serves it (so credentials, base URL, retries and errors are the SDK's own).
 */
import { resourcesWithTopLevel } from '../../ir/resources';
import type { Api, AuthScheme, McpServer, Method, Param, Resource, TypeRef } from '../../ir/types';
import { compareStrings, pascalCase } from '../../naming/case';
import { describe, JsonSchemaPrinter, type JsonSchema } from './json-schema';
import type { PlannedFile } from '../planned-file';
import { markdownSafe, quoteString } from './print-doc';
import { printType, returnSummary, type PrintContext } from './print-type';
import { positionalBodyType, type TypeScriptApi } from './target-api';
import type { CommonView, McpServerView } from './views';

/** The `@modelcontextprotocol/sdk` version generated servers depend on (exact: the server is an application). */
export const MCP_SDK_VERSION = '1.32.2';

/**
 * Above either limit the server starts in `dynamic` mode by default: listing every tool would cost an agent more
 * context than the three discovery tools do.
 */
export const ALL_TOOLS_MAX_COUNT = 100;
export const ALL_TOOLS_MAX_JSON_CHARS = 150_000;

const TEMPLATES = [
  'src/code-mode.ts',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'README.md',
  'manifest.json',
  'src/index.ts',
  'src/options.ts',
  'src/server.ts',
  'src/results.ts',
  'src/endpoints.ts',
];

export function planMcpServer(api: TypeScriptApi, mcp: McpServer, common: CommonView): PlannedFile[] {
  const view = mcpServerView(api, mcp, common);
  return TEMPLATES.map((file) => ({
    path: `packages/mcp-server/${file}`,
    template: `packages/mcp-server/${file}.hbs`,
    view,
  }));
}

function mcpServerView(api: TypeScriptApi, mcp: McpServer, common: CommonView): McpServerView {
  const schemas = new Map(api.schemas.map((s) => [s.id, s]));
  const printer = new JsonSchemaPrinter(schemas);
  // The SDK's exports are imported as the namespace `API` (see endpoints.ts.hbs); a name several modules declare,
  // through its own module.
  const modules = new ModuleImports(api);
  const ctx: PrintContext = {
    ref: (id) => modules.typeName(schemas.get(id)!.name, schemas.get(id)!.module),
    uploadable: () => 'API.Uploadable',
  };
  // Types as the SDK's users write them, for docs.
  const docsCtx: PrintContext = { ref: (id) => schemas.get(id)!.name, uploadable: () => 'Uploadable' };
  const byPath = new Map<string, Resource>();
  const visit = (r: Resource) => {
    byPath.set(r.path, r);
    r.subresources.forEach(visit);
  };
  if (api.topLevel) visit(api.topLevel);
  api.resources.forEach(visit);

  let listSize = 0;
  const endpoints = mcp.tools.map((tool) => {
    const method = byPath.get(tool.resource)!.methods.find((m) => m.name === tool.method)!;
    const { schema, positionalKeys } = inputSchema(method, printer);
    const description = [describe(method.docs), `${method.http.toUpperCase()} ${method.path}`]
      .filter(Boolean)
      .join('\n\n');
    const schemaJson = JSON.stringify(schema);
    listSize += tool.name.length + description.length + schemaJson.length;
    const args = method.positional.map(
      (p, i) => `args[${quoteString(positionalKeys[i]!)}] as ${positionalBodyType(p) ?? printType(p.type, ctx, null)}`,
    );
    if (method.params) {
      const type = modules.typeName(method.params.typeName, byPath.get(tool.resource)!.module);
      args.push(`params<${type}>(args, [${positionalKeys.map(quoteString).join(', ')}])`);
    }
    // QUERY is safe and idempotent (RFC "The HTTP QUERY Method"), as GET is.
    const read = ['get', 'head', 'options', 'query'].includes(method.http);
    const annotations = read
      ? '{ readOnlyHint: true }'
      : method.http === 'delete'
        ? '{ readOnlyHint: false, destructiveHint: true, idempotentHint: true }'
        : method.http === 'put'
          ? '{ readOnlyHint: false, idempotentHint: true }'
          : '{ readOnlyHint: false }';
    const uploads = (method.params?.fields ?? []).filter((f) => isFile(f.type)).map((f) => quoteString(f.key));
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    const projection =
      method.response.kind === 'json'
        ? (['fields', 'response_fields', '_fields'].find((k) => !(k in properties)) ?? null)
        : null;
    const receiver = tool.resource ? `client.${tool.resource}` : 'client';
    const signature = `${receiver}.${tool.method}(${[
      ...method.positional.map((p) => `${p.local}: ${positionalBodyType(p) ?? printType(p.type, docsCtx, null)}`),
      ...(method.params ? [`params${method.params.required ? '' : '?'}: ${method.params.typeName}`] : []),
    ].join(', ')})`;
    return {
      tool: quoteString(tool.name),
      resource: quoteString(tool.resource),
      operation: read ? "'read'" : "'write'",
      route: quoteString(`${method.http.toUpperCase()} ${method.path}`),
      description: quoteString(description),
      inputSchema: schemaJson,
      annotations,
      uploads: `[${uploads.join(', ')}]`,
      projection: projection ? quoteString(projection) : 'null',
      signature: quoteString(signature),
      returns: quoteString(returnsText(method, schemas, api.stainlessLayout !== null)),
      call: `${receiver}.${tool.method}(${args.join(', ')}).asResponse()`,
    };
  });
  const dynamic = mcp.tools.length > ALL_TOOLS_MAX_COUNT || listSize > ALL_TOOLS_MAX_JSON_CHARS;

  return {
    ...common,
    mcpPackageName: markdownSafe(mcp.packageName),
    mcpPackageNameJson: JSON.stringify(mcp.packageName),
    binName: mcp.binName,
    sdkImport: quoteString(api.packageName),
    moduleImports: modules.lines(api.packageName),
    instructions: mcp.instructions === null ? '' : quoteString(mcp.instructions),
    mcpSdkVersion: MCP_SDK_VERSION,
    defaultTools: dynamic ? 'dynamic' : 'all',
    credentialOptions: api.auth.flatMap(credentialOptions),
    envVars: envVars(api),
    descriptionJson: JSON.stringify(
      `MCP server for the ${api.title}: every API method as a tool, called through ${api.packageName}.`,
    ),
    toolCount: mcp.tools.length,
    exampleTool: mcp.tools[0]?.name ?? 'a_tool',
    endpoints,
  };
}

/**
 * The tool's arguments: the method's positional path parameters, then every field of its params object, each
 * under the key the SDK gives it. A positional parameter whose key a params field also has is renamed `path_<key>`.
 */
function inputSchema(method: Method, printer: JsonSchemaPrinter): { schema: JsonSchema; positionalKeys: string[] } {
  // Entries, not assignments: a parameter named `__proto__` stays a property.
  const properties: Array<[string, JsonSchema]> = [];
  const required: string[] = [];
  const fields = method.params?.variants ? mergedVariantFields(method.params.variants) : (method.params?.fields ?? []);
  const taken = new Set(fields.map((f) => f.key));
  const positionalKeys: string[] = [];
  const add = (key: string, p: Param) => {
    properties.push([key, printer.schema(p.type, p.docs)]);
    if (p.required) required.push(key);
  };
  for (const p of method.positional) {
    let key = p.key;
    while (taken.has(key)) key = `path_${key}`;
    taken.add(key);
    positionalKeys.push(key);
    add(key, p);
  }
  for (const f of fields) add(f.key, f);
  const schema: JsonSchema = { type: 'object', properties: Object.fromEntries(properties) };
  if (required.length > 0) schema.required = required;
  return { schema, positionalKeys };
}

/**
 * A params union's fields as one tool's arguments: every variant's fields, each required when every variant requires
 * it, typed as the union of its types in the variants (`petType: "cat" | "dog"`).
 */
function mergedVariantFields(variants: NonNullable<Method['params']>['variants'] & object): Param[] {
  const byKey = new Map<string, { field: Param; types: TypeRef[]; count: number; required: boolean }>();
  for (const variant of variants) {
    for (const field of variant.fields) {
      const seen = byKey.get(field.key);
      if (!seen) byKey.set(field.key, { field, types: [field.type], count: 1, required: field.required });
      else {
        if (!seen.types.some((t) => JSON.stringify(t) === JSON.stringify(field.type))) seen.types.push(field.type);
        seen.count++;
        seen.required &&= field.required;
      }
    }
  }
  return [...byKey.values()].map(({ field, types, count, required }) => ({
    ...field,
    type: types.length === 1 ? types[0]! : { kind: 'union', variants: types, discriminator: null },
    required: required && count === variants.length,
  }));
}

/** What the SDK method resolves to, as its users see it (a response alias by its name). */
function returnsText(m: Method, schemas: ReadonlyMap<string, { name: string }>, stainless: boolean): string {
  const name = (id: string) => schemas.get(id)?.name ?? 'unknown';
  if (m.pagination) return `${returnSummary(m, name)} (iterate it with for await)`;
  if (m.response.kind === 'json' && m.response.typeName) return m.response.typeName;
  return returnSummary(m, name, undefined, stainless);
}

function isFile(type: TypeRef): boolean {
  if (type.kind === 'file') return true;
  if (type.kind === 'array') return isFile(type.items);
  if (type.kind === 'union') return type.variants.some(isFile);
  return false;
}

function credentialOptions(scheme: AuthScheme): string[] {
  return scheme.kind === 'basic' ? [scheme.usernameOption, scheme.passwordOption] : [scheme.option];
}

function envVars(api: Api): McpServerView['envVars'] {
  const vars: McpServerView['envVars'] = [];
  const add = (name: string | null, title: string, sensitive: boolean, required: boolean) => {
    // Names only (they are written into JSON and Markdown as they are); the SDK reads others, but not documented here.
    if (name && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !vars.some((v) => v.name === name))
      vars.push({
        name,
        configKey: name.toLowerCase(),
        userConfigRef: `\${user_config.${name.toLowerCase()}}`,
        title,
        sensitive,
        required,
      });
  };
  for (const scheme of api.auth) {
    if (scheme.kind === 'basic') {
      // A part with a default need not be set.
      const user = scheme.usernameRequired && scheme.usernameDefault === null;
      const password = scheme.passwordRequired && scheme.passwordDefault === null;
      add(scheme.usernameEnvVar, `Username (${scheme.usernameOption})`, false, user);
      add(scheme.passwordEnvVar, `Password (${scheme.passwordOption})`, true, password);
    } else {
      add(
        scheme.envVar,
        `${scheme.kind === 'bearer' ? 'Bearer token' : 'API key'} (${scheme.option})`,
        true,
        scheme.required && scheme.default === null,
      );
    }
  }
  add(`${api.envPrefix}_BASE_URL`, 'Base URL of the API (optional)', false, false);
  return vars;
}

/**
 * How endpoints.ts names the SDK's types: `API.Name` through the package's flat exports, unless several modules
 * declare that name (each module is a scope in a Stainless SDK): then through a type-only import of the module.
 */
class ModuleImports {
  /** Names declared by more than one module. */
  private readonly ambiguous = new Set<string>();
  /** Module → its import's alias, in the order first used. */
  private readonly aliases = new Map<string, string>();

  constructor(api: Api) {
    const modulesOf = new Map<string, Set<string>>();
    const declare = (name: string, module: string) => {
      const set = modulesOf.get(name) ?? new Set<string>();
      set.add(module);
      modulesOf.set(name, set);
    };
    for (const schema of api.schemas) declare(schema.name, schema.module);
    for (const resource of resourcesWithTopLevel(api))
      for (const method of resource.methods) if (method.params) declare(method.params.typeName, resource.module);
    for (const [name, modules] of modulesOf) if (modules.size > 1) this.ambiguous.add(name);
  }

  typeName(name: string, module: string): string {
    if (!this.ambiguous.has(name)) return `API.${name}`;
    let alias = this.aliases.get(module);
    if (alias === undefined) {
      // Unlike the other aliases (`a-b` and `a/b` would both be `AB`).
      const base = pascalCase(module.replace(/\//g, '_'), { acronyms: false });
      const used = new Set(this.aliases.values());
      alias = base;
      for (let n = 2; used.has(alias); n++) alias = `${base}${n}`;
      this.aliases.set(module, alias);
    }
    return `${alias}.${name}`;
  }

  /** The import lines, sorted by module. */
  lines(packageName: string): string[] {
    return [...this.aliases]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([module, alias]) => `import type * as ${alias} from ${quoteString(`${packageName}/${module}`)};`);
  }
}
