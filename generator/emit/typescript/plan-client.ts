/**
 * The client's modules: `src/client.ts` and `src/client-core.ts` (one view: the client's options, environments,
 * auth, its own methods and its namespace), `src/pagination.ts` with the page classes, and `src/tree-shakable.ts`.
 */
import { RUNTIME_ERROR_CLASSES, TAKEN_TYPE_NAMES } from '../../naming/reserved';
import { baseResourceClassName, nestedTypeName } from '../../naming/rules';
import type { NamedSchema, ObjectType, PaginationScheme, SettingOption, TypeRef } from '../../ir/types';
import { ImportSet } from './imports';
import { authCredentialViews } from './plan-auth';
import { printContext, printStyle, type PlanContext } from './plan-context';
import { sharedTypesModule } from './plan-index';
import { exportList, groupExport, methodView, paragraphs, typeExportList } from './plan-resource';
import { pageInterfaces } from './page-interfaces';
import { pageProperties, pagePropertiesLiteral } from './page-properties';
import { pageShape } from './page-shape';
import { jsDoc, propertyKey, quoteString, templateLiteralText } from './print-doc';
import { printMembers, printType } from './print-type';
import type { ClientView, PaginationView, TreeShakableView } from './views';

export function clientView(plan: PlanContext): ClientView {
  const api = plan.api;
  const core = new ImportSet('client-core', plan.importExt);
  core.add('core/base-client', 'BaseClient', false);
  core.add('core/base-client', 'BaseClientOptions', true);
  core.add('core/base-client', 'readEnv', false);
  core.add('version', 'VERSION', false);
  // The idempotency key maker is passed in, so clients without an idempotency header do not bundle it.
  if (api.idempotencyHeader) core.add('internal/utils', 'uuid4', false);
  // Stainless's headers, for a client from a Stainless config only (others do not bundle the module).
  if (api.stainlessLayout) core.add('internal/stainless-headers', 'stainlessHeaders', false);
  if (api.settingOptions.some((o) => o.header !== null)) core.add('internal/headers', 'mergeHeaders', false);
  const auth = authCredentialViews(api);
  // The override's signature is the base's, so that a subclass may override it again (async, with the options); from
  // a Stainless config, Stainless's: the newer layout's `Promise<NullableHeaders | undefined>`, the older generator's
  // (`targets.node`) synchronous plain headers, which a subclass written for it spreads (see client-auth.hbs).
  if (auth.authHeaders.length > 0) {
    if (api.stainlessLayout === 'typescript') {
      core.add('internal/headers', 'buildHeaders', false);
      core.add('internal/headers', 'NullableHeaders', true);
    } else if (api.stainlessLayout === 'node') core.add('internal/stainless-utils', 'Headers', true, 'PlainHeaders');
    else core.add('core/base-client', 'AuthHeaders', true);
    core.add('core/base-client', 'FinalRequestOptions', true);
  }
  const imports = new ImportSet('client', plan.importExt);
  imports.add('client-core', `${api.clientName}Core`, false);
  imports.add('client-core', 'ClientOptions', true);
  // `Client.toFile`, as Stainless's clients have it.
  imports.add('core/uploads', 'toFile', false);
  if (api.stainlessLayout === 'node') imports.add('internal/file-from-path', 'fileFromPath', false);
  for (const r of api.resources) imports.add(r.module, r.className, false);
  const authOptions = plan.authOptions;
  const environments = api.environments;
  // Before the import lines are printed: the namespace imports what it re-exports, the methods what they name.
  const namespaceExports = clientNamespace(plan, imports);
  // Stainless's clients construct their resources through `import * as API from './resources/index'`.
  const resourcesModule =
    api.stainlessLayout === null
      ? null
      : imports.namespace('resources/index', clientNames(plan), { value: true, alias: 'API' });
  const stainless = api.stainlessLayout !== null;
  const topLevel = api.topLevel;
  const allMethods = topLevel
    ? topLevel.methods.map((m) =>
        methodView(plan, m, topLevel, imports, printContext(plan.schemas, imports, undefined, printStyle(plan))),
      )
    : [];
  // A resource that is also a method of the client's (Resource.callable) calls it as `#<name>`, documented on the
  // property users call.
  const callable = new Set(api.resources.filter((r) => r.callable).map((r) => r.property));
  if (callable.size > 0) imports.add('core/resource', 'callableResource', false);
  const methods = allMethods.map((m) => (callable.has(m.name) ? { ...m, name: `#${m.name}`, doc: '' } : m));
  const resources = api.resources.map((r) => ({
    property: r.property,
    className: r.className,
    classRef: resourcesModule === null ? r.className : `${resourcesModule}.${r.className}`,
    // (Stainless's SDKs of an era before resource docs describe no resource.)
    doc: callable.has(r.property)
      ? allMethods.find((m) => m.name === r.property)!.doc
      : stainless && !plan.stainlessForms.resourceDocs
        ? ''
        : jsDoc(r.docs, [], { block: stainless, leadingBlank: stainless }),
    callable: callable.has(r.property),
  }));
  const first = environments[0];
  return {
    ...plan.common,
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
            `\n\nAn explicit \`baseURL\` (or the ${api.envPrefix}_BASE_URL environment variable) cannot be ` +
            'combined with it: pass `baseURL: null` to use an environment.',
        })
      : '',
    browserRefusal: api.browserRefusal
      ? quoteString(
          api.browserRefusal.message ??
            `This looks like a browser, where the client's credentials would be readable by the page's users. ` +
              `If you understand the risk, pass \`dangerouslyAllowBrowser: true\`: ` +
              `new ${api.clientName}({ dangerouslyAllowBrowser: true }).`,
        )
      : '',
    ambiguousMessage: first
      ? quoteString(
          `Ambiguous URL; The \`baseURL\` option (or ${api.envPrefix}_BASE_URL env var) and the ` +
            '`environment` option are given. If you want to use the environment you must pass baseURL: null',
        )
      : '',
    doc: jsDoc({ summary: `API client for ${api.title}.`, description: api.docs.description }),
    defaultBaseUrl: api.baseUrlTemplate
      ? `\`${api.baseUrlTemplate
          .map((part) =>
            'text' in part ? templateLiteralText(part.text) : `\${${part.option} ?? ${quoteString(part.fallback)}}`,
          )
          .join('')}\``
      : api.baseUrl
        ? quoteString(api.baseUrl)
        : 'null',
    idempotencyHeader: api.idempotencyHeader ? quoteString(api.idempotencyHeader) : 'null',
    hasIdempotencyHeader: api.idempotencyHeader !== null,
    sendsStainlessHeaders: api.stainlessLayout !== null,
    stainlessMembers: api.stainlessLayout !== null,
    baseClientExport: api.stainlessLayout !== null && plan.stainlessForms.baseClient,
    settingOptions: api.settingOptions.map((o) => {
      // Not nullable, with a default: it always holds a value (null given is the default too).
      const holds = !o.nullable && o.default !== null;
      return {
        option: o.option,
        doc: jsDoc(o.docs, o.envVar ? [`Defaults to process.env['${o.envVar}'].`] : []),
        tsType: o.type,
        fieldType: holds ? o.type : `${o.type} | null`,
        defaultValue: settingDefault(o),
        value: `${o.option} ?? ${holds ? literal(o.default!) : 'null'}`,
      };
    }),
    optionHeaders: api.settingOptions.flatMap((o) =>
      o.header === null ? [] : [{ option: o.option, name: quoteString(o.header) }],
    ),
    defaultTimeout: api.requestDefaults.timeoutMs === null ? '' : String(api.requestDefaults.timeoutMs),
    defaultMaxRetries: api.requestDefaults.maxRetries === null ? '' : String(api.requestDefaults.maxRetries),
    retryBackoff: api.retryBackoff === null ? '' : `[${api.retryBackoff.initialMs}, ${api.retryBackoff.maxMs}]`,
    authOptions,
    hasRequiredAuth: authOptions.some((o) => o.required),
    ...auth,
    resources,
    methods,
    defaultTimeoutMs: String(api.requestDefaults.timeoutMs ?? 60_000),
    errorClasses: [`${api.clientName}Error`, ...RUNTIME_ERROR_CLASSES],
    staticFileFromPath: api.stainlessLayout === 'node',
    namespaceExports,
    namespaceClasses: api.resources.map((r) => r.className),
  };
}

/** The names the client module binds itself: its classes, the resources' and the types its namespace exports. */
function clientNames(plan: PlanContext): Set<string> {
  const api = plan.api;
  return new Set([
    api.clientName,
    `${api.clientName}Core`,
    ...api.resources.flatMap((r) => [r.className, ...plan.typeNamesOf(r.module)]),
  ]);
}

/** The client's namespace: runtime types, page classes, top-level resources with their types, shared types. */
function clientNamespace(plan: PlanContext, imports: ImportSet): string[] {
  const api = plan.api;
  const client = api.clientName;
  imports.add('core/base-client', 'RequestOptions', true);
  const stainless = api.stainlessLayout !== null;
  const typeList = (names: string[]) => typeExportList(names, stainless);
  const lines = [typeList(['ClientOptions', 'RequestOptions'])];
  const bound = new Set([client, `${client}Core`, 'ClientOptions', 'RequestOptions', 'Errors', ...TAKEN_TYPE_NAMES]);
  const pages = api.paginationSchemes.map((s) => s.className).filter((name) => !bound.has(name));
  // Types only (no run-time value): the package exports the page classes themselves.
  for (const page of pages) {
    imports.add('pagination', page, true);
    bound.add(page);
  }
  if (pages.length > 0) lines.push(exportList(pages, stainless));
  // Their request and response interfaces too, as Stainless's client namespace has them (`Acme.CursorPageParams`).
  const pageTypes =
    api.stainlessLayout === null
      ? []
      : pageInterfaces(api)
          .flatMap((p) => [p.params?.name ?? null, p.responseName])
          .filter((name): name is string => name !== null && !bound.has(name));
  for (const name of pageTypes) {
    imports.add('pagination', name, true);
    bound.add(name);
  }
  if (pageTypes.length > 0) lines.push(typeList(pageTypes));
  // A model named like a global the client's code uses (a Stainless config's `Object`, `Response`) is exported under
  // its name, once, through an alias.
  const globals = new Set([...TAKEN_TYPE_NAMES].filter((name) => !bound.has(`${name}_`)));
  /** The names of `module` not bound yet, imported (a global's under its alias): the entries of their list. */
  const importNames = (module: string, names: string[]): string[] =>
    names.flatMap((name) => {
      if (!bound.has(name)) {
        imports.add(module, name, true);
        bound.add(name);
        return [name];
      }
      if (!globals.has(name)) return [];
      imports.add(module, name, true, `${name}_`);
      globals.delete(name);
      return [`${name}_ as ${name}`];
    });
  const topLevel = api.topLevel ? importNames(api.topLevel.module, plan.typeNamesOf(api.topLevel.module)) : [];
  if (topLevel.length > 0) lines.push(typeList(topLevel));
  for (const r of api.resources) bound.add(r.className);
  for (const r of api.resources) {
    lines.push(...groupExport(plan, r, imports, bound, null, globals));
    for (const name of plan.typeNamesOf(r.module)) globals.delete(name);
  }
  const sharedModule = sharedTypesModule(plan.resources);
  const shared = sharedModule ? importNames(sharedModule, plan.typeNamesOf(sharedModule)) : [];
  if (shared.length > 0) lines.push(typeList(shared));
  return stainless ? paragraphs(lines) : lines;
}

/** `src/tree-shakable.ts`: `createClient` and the example its doc shows (the first resource). */
export function treeShakableView(plan: PlanContext): TreeShakableView {
  const api = plan.api;
  const first = api.resources[0];
  return {
    ...plan.common,
    exampleClass: first ? baseResourceClassName(first.className) : '',
    exampleModule: first ? `${api.packageName}/${first.module}` : '',
  };
}

export function paginationView(plan: PlanContext): PaginationView {
  const api = plan.api;
  const imports = new ImportSet('pagination', plan.importExt);
  const ctx = printContext(plan.schemas, imports, undefined, printStyle(plan));
  const base: Record<string, string> = {
    'page-number': 'PageNumberPage',
    cursor: 'CursorPage',
    offset: 'OffsetPage',
    'next-url': 'NextURLPage',
  };
  // A page class may have the name of a runtime base class (a Stainless scheme `cursor_page` is `CursorPage`):
  // the base is then imported under another name.
  const pageNames = new Set(api.paginationSchemes.map((s) => s.className));
  const baseLocal = (name: string) => (pageNames.has(name) ? `${name}Base` : name);
  const interfaces = pageInterfaces(api);
  const pages = api.paginationSchemes.map((scheme, i) => {
    const { responseName, params } = interfaces[i];
    // A body that is the items themselves: `<Page>Response<Item> = Item[]`, the page's own properties beside it.
    const responseAlias = responseName !== null && scheme.response.items.length === 0;
    const properties = pageProperties(scheme);
    // An object field gets an interface of its own in the response interface's namespace.
    const nested: Array<{ name: string; members: string }> = [];
    const nestedNames = new Map<string, string>();
    for (const f of responseName && !responseAlias ? scheme.fields : []) {
      const object = objectOrNullable(stripDeclared(f.type));
      if (!object) continue;
      const name = nestedTypeName(f.key);
      if (nested.some((n) => n.name === name)) continue;
      nested.push({ name, members: printMembers(object.type, ctx, `${responseName}.${name}`) });
      nestedNames.set(f.key, `${responseName}.${name}${object.nullable ? ' | null' : ''}`);
    }
    imports.add('core/page-base', base[scheme.style], false, baseLocal(base[scheme.style]));
    const shape = pageShape(scheme);
    // What each field the page's type says is there is when the body leaves it out (the items: the runtime knows).
    // One the config marks required is the body's as it is (Stainless's `this.object = body.object`); but a has-more
    // flag, whose `false` is how the runtime ends the list on any falsy value (`this.has_more && …`).
    const required = new Set(scheme.response.required ?? []);
    const hasMore = Array.isArray(scheme.response.hasMore) ? scheme.response.hasMore.join('.') : null;
    const absent = scheme.fields.flatMap((f) => {
      if (required.has(f.key) && f.key !== hasMore) return [];
      const kind = f.required ? emptyKind(f.type, plan.schemas) : null;
      return kind ? [[f.key, kind] as const] : [];
    });
    const shapeEntries = Object.entries(shape).map(([key, value]) => ({
      key,
      value: Array.isArray(value)
        ? `[${value.map((segment) => quoteString(segment)).join(', ')}]`
        : typeof value === 'string'
          ? // (`in` is typed `'body'` in the runtime's PageShape: a plain string literal would widen to string.)
            `${quoteString(value)}${key === 'in' ? ' as const' : ''}`
          : `{ header: ${quoteString(value.header)} }`,
    }));
    // Stainless's SDKs request a next-page link with the first request's query parameters it lacks (`?p=2&limit=2`).
    if (scheme.response.nextUrl && api.stainlessLayout !== null) shapeEntries.push({ key: 'keepQuery', value: 'true' });
    if (properties.length > 0)
      shapeEntries.push({ key: 'properties', value: pagePropertiesLiteral(properties, propertyKey, quoteString) });
    if (absent.length > 0)
      shapeEntries.push({
        key: 'absent',
        value: `{ ${absent.map(([key, kind]) => `${propertyKey(key)}: ${quoteString(kind)}`).join(', ')} } as const`,
      });
    return {
      className: scheme.className,
      baseClass: baseLocal(base[scheme.style]),
      shape: shapeEntries,
      // Items at a nested path are not a property of the page.
      itemsKey: scheme.response.items.length === 1 ? propertyKey(scheme.response.items[0]) : '',
      fields: inConfigOrder(scheme, [
        ...(scheme.response.items.length === 1
          ? [{ wireKey: scheme.response.items[0], items: true, doc: '', type: 'Array<Item>', optional: false }]
          : []),
        ...properties.map((p) => ({
          wireKey: p.name,
          items: p.from === 'body',
          ownType: true,
          doc: '',
          type: p.type,
          optional: false,
        })),
        ...scheme.fields.map((f) => ({
          wireKey: f.key,
          items: false,
          doc: jsDoc(f.docs),
          optional: !f.required,
          type: nestedNames.get(f.key) ?? printType(stripDeclared(f.type), ctx, null),
        })),
      ]).map(({ wireKey, ...f }) => ({ ...f, key: propertyKey(wireKey), keyLiteral: quoteString(wireKey) })),
      responseName: responseName ?? '',
      responseAlias,
      nested,
      params: params && {
        name: params.name,
        fields: params.fields.map((f) => ({ key: propertyKey(f.key), type: printType(f.type, ctx, null) })),
      },
      doc: jsDoc({
        summary: `A page of a list that pages by ${PAGING_STYLE_NAMES[scheme.style] ?? scheme.style}.`,
      }),
    };
  });
  // (Stainless's older pages typed `nextPageParams()` by the scheme's params: runtime-files.ts's `stainlessPageInfo`.)
  return { ...plan.common, imports: imports.lines(), pages, stainlessPageInfo: api.stainlessLayout === 'node' };
}

/**
 * A page's members in the order a Stainless config lists the scheme's response fields (`next_cursor` before
 * `slack_channels`), as Stainless's page classes declare them; the items first, then the rest, where no config orders them.
 */
function inConfigOrder<T extends { wireKey: string }>(scheme: PaginationScheme, members: T[]): T[] {
  const order = scheme.response.order ?? [];
  const rank = (member: T) => {
    const at = order.indexOf(member.wireKey);
    return at < 0 ? order.length : at;
  };
  return members
    .map((member, i) => ({ member, i }))
    .sort((a, b) => rank(a.member) - rank(b.member) || a.i - b.i)
    .map(({ member }) => member);
}

/** How a page class's doc names its paging style, where the style's id is not already words. */
const PAGING_STYLE_NAMES: Record<string, string> = {
  'page-number': 'page number',
  'next-url': 'next-page URL',
};

/** What a page field of this type is when the body leaves it out (PageShape's `absent`); null: nothing. */
function emptyKind(type: TypeRef, schemas: ReadonlyMap<string, NamedSchema>, depth = 0): EmptyValue | null {
  switch (type.kind) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'array';
    case 'object':
      return 'object';
    case 'ref': {
      const target = schemas.get(type.schemaId)?.type;
      return target && depth < 8 ? emptyKind(target, schemas, depth + 1) : null;
    }
    case 'union':
      // A nullable field is Stainless's `body.next_page || null`.
      return type.variants.some((v) => v.kind === 'null') ? 'null' : null;
    default:
      return null;
  }
}

type EmptyValue = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';

/** An object type with properties, or one that may also be null; null otherwise. */
function objectOrNullable(type: TypeRef): { type: ObjectType; nullable: boolean } | null {
  if (type.kind === 'object') return type.properties.length > 0 ? { type, nullable: false } : null;
  if (type.kind !== 'union') return null;
  const values = type.variants.filter((v) => v.kind !== 'null');
  if (values.length !== 1 || values.length === type.variants.length) return null;
  const only = objectOrNullable(values[0]);
  return only && { type: only.type, nullable: true };
}

/** Page classes print body fields inline: their nested names belong to another type's namespace. */
function stripDeclared(type: TypeRef): TypeRef {
  return JSON.parse(JSON.stringify(type, (key, value) => (key === 'declareAs' ? null : value)));
}

/** A setting option's default: its environment variable (converted to its type), else its configured value. */
function settingDefault(o: SettingOption): string {
  const fallback = o.default === null ? 'null' : literal(o.default);
  if (!o.envVar) return fallback;
  const env = `readEnv(${quoteString(o.envVar)})`;
  if (o.type === 'string') return `${env} ?? ${fallback}`;
  const converted = o.type === 'number' ? `Number(${env})` : `${env} === 'true'`;
  return `(${env} === undefined ? ${fallback} : ${converted})`;
}

/** A configured default as a literal. */
function literal(value: string | number | boolean): string {
  return typeof value === 'string' ? quoteString(value) : String(value);
}
