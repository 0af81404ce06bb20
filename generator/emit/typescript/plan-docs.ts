/**
 * Emit plan of the reference docs: `docs/sdks/<resource path>/README.md` for every resource (nested ones in nested
 * folders: `docs/sdks/servers/releases/README.md`) and `docs/models/<TypeName>.md` for every named type those pages
 * link to (and the types it refers to), all linked to each other. The pages' shape is in templates/base/docs/; the
 * data is planned here.
 *
 * Spec text reaches the pages only through print-doc.ts: paragraphs through `markdownSafe`, table cells through
 * `markdownCell`, code and type names through `markdownCode`/`markdownLiteral`, example values through
 * `quoteString` (in examples.ts), so a description can neither run code nor break a table.
 */
import path from 'node:path';
import { SchemaRefs, walkRefs } from '../../ir/walk';
import { jsonLinesOf } from '../../ir/media';
import { resourcesWithTopLevel } from '../../ir/resources';
import type { Docs, Method, NamedSchema, Param, Resource, TypeRef } from '../../ir/types';
import { kebabCase } from '../../naming/case';
import { extend } from '../../extend';
import type { PlannedFile } from '../planned-file';
import { relativeFromFile } from '../relative-path';
import { linesStream, resourceReceiver } from './plan-request';
import { markdownCell, markdownCode, markdownLiteral, markdownSafe, propertyKey, quoteString } from './print-doc';
import { printDeclaration } from './print-declarations';
import type {
  CommonView,
  ExampleCallView,
  FunctionExampleView,
  MethodDocsView,
  ModelDocsView,
  ReferenceLinkView,
  ResourceDocsView,
} from './views';
import type { TypeScriptApi } from './target-api';

/** What the reference docs take from the README's planner, so that they show calls as it does. */
export interface ReferenceDocsInputs {
  /** The call of a method as the README's programs print it (partials/readme-call.hbs). */
  exampleCall(resource: Resource, method: Method): ExampleCallView;
  /** The call of its standalone function (partials/readme-function.hbs), or null when the SDK has none. */
  functionCall(resource: Resource, method: Method): FunctionExampleView | null;
}

/** The page of a resource, from the package root: its dotted path as folders, each named as its module folder is. */
export function resourcePage(resource: Resource): string {
  // The client's own methods (a Stainless `$client`) have the page of their types' module, `top-level`.
  if (resource.path === '') return 'docs/sdks/top-level/README.md';
  // Asked for again by every page that links to it: made once per path.
  let page = pagesByPath.get(resource.path);
  if (page === undefined) {
    page = `docs/sdks/${resource.path
      .split('.')
      .map((segment) => kebabCase(segment) || segment.toLowerCase())
      .join('/')}/README.md`;
    if (pagesByPath.size >= PAGES_MAX) pagesByPath.clear();
    pagesByPath.set(resource.path, page);
  }
  return page;
}

const pagesByPath = new Map<string, string>();
const PAGES_MAX = 20_000;

/** The README's list of reference pages: every resource, in tree order, nested as the resources are. */
export function referenceIndex(api: TypeScriptApi): ReferenceLinkView[] {
  const links: ReferenceLinkView[] = [];
  const visit = (r: Resource, depth: number) => {
    links.push({ indent: '  '.repeat(depth), call: resourceReceiver(r), path: resourcePage(r) });
    r.subresources.forEach((s) => visit(s, depth + 1));
  };
  if (api.topLevel) visit(api.topLevel, 0);
  api.resources.forEach((r) => visit(r, 0));
  return links;
}

/** The reference pages, one at a time as each is planned. */
export function planReferenceDocs(
  api: TypeScriptApi,
  common: CommonView,
  inputs: ReferenceDocsInputs,
): Iterable<PlannedFile> {
  return new ReferenceDocs(api, common, inputs).plan();
}

/**
 * The reference pages one by one (plan.ts plans each as a unit of its own, plan-units.ts): every resource's page with
 * its ancestors, in plan order, and every model's, with what the keys of their units hold.
 */
export function referenceDocsPlanner(
  api: TypeScriptApi,
  common: CommonView,
  inputs: ReferenceDocsInputs,
  known?: { refs: SchemaRefs; schemas: ReadonlyMap<string, NamedSchema> },
): ReferenceDocs {
  return new ReferenceDocs(api, common, inputs, known);
}

/** Who refers to a model: a method (and how) or another model. */
export interface Use {
  title: string;
  /** Page of the user, from the package root, with an anchor for a method. */
  target: string;
  role: string;
}

export class ReferenceDocs {
  private readonly schemas: ReadonlyMap<string, NamedSchema>;
  /** Schema id → its page, from the package root, for every schema that has one. */
  private readonly modelPages = new Map<string, string>();
  /** Schema id → who refers to it. */
  private readonly uses = new Map<string, Use[]>();

  constructor(
    private readonly api: TypeScriptApi,
    private readonly common: CommonView,
    private readonly inputs: ReferenceDocsInputs,
    /** The API's schemas by id and their references, when the caller has them already. */
    known?: { refs: SchemaRefs; schemas: ReadonlyMap<string, NamedSchema> },
  ) {
    this.schemas = known?.schemas ?? new Map(api.schemas.map((s) => [s.id, s]));
    const schemaRefs = known?.refs ?? new SchemaRefs(this.schemas);
    // A page for each type a method's page links to, and each type those refer to: api.md's reach as a method meets
    // it, with the documented error bodies (the errors tables name them). A shared or configured type that no
    // method uses gets none (a spec of 60,000 unused schemas would get as many pages no page links to).
    const documented = new Set<string>();
    const visit = (type: TypeRef) => schemaRefs.addReachable(type, documented);
    for (const r of resourcesWithTopLevel(api)) for (const m of r.methods) forEachLinkedType(m, visit);
    // One file per name, whatever the file system's case sensitivity.
    const taken = new Set<string>();
    for (const s of api.schemas) {
      if (!documented.has(s.id)) continue;
      let file = s.name;
      for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${s.name}-${n}`;
      taken.add(file.toLowerCase());
      this.modelPages.set(s.id, `docs/models/${file}.md`);
    }
    // Who uses each model: the methods of the resource pages (in their order), then the models.
    for (const { resource } of this.resources()) {
      const page = resourcePage(resource);
      for (const m of resource.methods) this.recordUses(resource, page, m);
    }
    for (const schema of api.schemas) {
      const page = this.modelPages.get(schema.id);
      if (!page) continue;
      const use: Use = { title: schema.name, target: page, role: '' };
      for (const id of schemaRefs.of(schema.id)) if (id !== schema.id) this.used(id, use);
    }
  }

  *plan(): Generator<PlannedFile> {
    for (const { resource, ancestors } of this.resources()) yield this.resourcePage(resource, ancestors);
    for (const schema of this.documented()) yield this.modelPage(schema);
  }

  /** Every resource with a page, in plan order (each before its nested ones), with its ancestors: listed once. */
  resources(): ReadonlyArray<{ resource: Resource; ancestors: Resource[] }> {
    if (this.withAncestors) return this.withAncestors;
    const list: Array<{ resource: Resource; ancestors: Resource[] }> = [];
    const visit = (r: Resource, ancestors: Resource[]) => {
      list.push({ resource: r, ancestors });
      for (const s of r.subresources) visit(s, [...ancestors, r]);
    };
    if (this.api.topLevel) visit(this.api.topLevel, []);
    for (const r of this.api.resources) visit(r, []);
    return (this.withAncestors = list);
  }

  private withAncestors: Array<{ resource: Resource; ancestors: Resource[] }> | null = null;

  /** Every schema with a page, in schema order. */
  documented(): NamedSchema[] {
    return this.api.schemas.filter((s) => this.modelPages.has(s.id));
  }

  /** A resource's page. */
  resourcePage(r: Resource, ancestors: Resource[]): PlannedFile {
    return { path: resourcePage(r), template: 'docs/sdks/resource.md.hbs', view: this.resourceView(r, ancestors) };
  }

  /** A documented schema's page. */
  modelPage(schema: NamedSchema): PlannedFile {
    const page = this.modelPages.get(schema.id)!;
    return { path: page, template: 'docs/models/model.md.hbs', view: this.modelView(schema, page) };
  }

  /** The page of a schema, when it has one. */
  pageOf(id: string): string | undefined {
    return this.modelPages.get(id);
  }

  /** Who uses a schema (as its page lists them). */
  usesOf(id: string): readonly Use[] {
    return this.uses.get(id) ?? [];
  }

  // ─── resource pages ──────────────────────────────────────────────────────────────────────────────

  private resourceView(r: Resource, ancestors: Resource[]): ResourceDocsView {
    const page = resourcePage(r);
    return extend(this.common, {
      className: r.className,
      call: resourceReceiver(r),
      overview: paragraphs(r.docs),
      breadcrumbs: [
        { title: this.api.clientName, href: relative(page, 'README.md') },
        ...ancestors.map((a) => ({ title: a.className, href: relative(page, resourcePage(a)) })),
      ],
      subresources: r.subresources.map((s) => ({ call: `client.${s.path}`, href: relative(page, resourcePage(s)) })),
      methods: r.methods.map((m) => this.methodView(r, m, page)),
      clientOptions: exampleClientOptions(this.api),
    });
  }

  /** Records the models a method's page uses, in the order of its page: arguments, result, events, errors. */
  private recordUses(r: Resource, page: string, m: Method): void {
    const heading = r.path ? `${r.path}.${m.name}` : m.name;
    const target = `${page}#${githubSlug(heading)}`;
    const title = `client.${heading}`;
    // One use per role, listed for each reference (the lists are read, never changed); made at the first one.
    const use = (type: TypeRef, role: string) => {
      let found: Use | undefined;
      walkRefs(type, (id) => this.used(id, (found ??= { title, target, role })));
    };
    for (const p of m.positional) use(p.type, 'parameter');
    const variants = m.params?.variants ?? (m.params ? [{ name: '', fields: m.params.fields }] : []);
    const listed = new Set<string>();
    for (const variant of variants)
      for (const f of variant.fields) {
        if (listed.has(f.key)) continue;
        listed.add(f.key);
        use(f.type, 'parameter');
      }
    if (m.pagination) use(m.pagination.item, 'page item');
    else if (m.response.kind === 'json') use(m.response.type, 'response');
    if (m.response.kind === 'sse') use(m.response.event, 'stream event');
    if (m.streamWhen) use(m.streamWhen.event, 'stream event');
    for (const e of m.errors) use(e.type, 'error');
  }

  private methodView(r: Resource, m: Method, page: string): MethodDocsView {
    const heading = r.path ? `${r.path}.${m.name}` : m.name;
    const anchor = githubSlug(heading);
    const params: MethodDocsView['params'] = [];
    for (const p of m.positional) params.push(this.paramRow(markdownCode(p.local, { inTable: true }), p, null, page));
    // A params union: every variant's fields, each once (in its first variant's namespace), required when every
    // variant requires it.
    const variants = m.params?.variants ?? (m.params ? [{ name: '', fields: m.params.fields }] : []);
    // Each key's fields, variant by variant: found once, not by a scan of every variant per field.
    const byKey = new Map<string, Param[]>();
    for (const variant of variants)
      for (const g of variant.fields) {
        const fields = byKey.get(g.key);
        if (fields) fields.push(g);
        else byKey.set(g.key, [g]);
      }
    const listed = new Set<string>();
    for (const variant of variants) {
      for (const f of variant.fields) {
        if (listed.has(f.key)) continue;
        listed.add(f.key);
        const name = /^[A-Za-z_$][\w$]*$/.test(f.key) ? `params.${f.key}` : `params[${propertyKey(f.key)}]`;
        const ns = variant.name ? `${m.params!.typeName}.${variant.name}` : m.params!.typeName;
        const same = byKey.get(f.key)!;
        const required = same.length === variants.length && same.every((g) => g.required);
        // Typed as the union of its types in the variants (`petType: 'cat' | 'dog'`).
        const keys = same.length > 1 ? same.map((g) => JSON.stringify(g.type)) : [];
        const types =
          same.length > 1 ? same.filter((_, i) => keys.indexOf(keys[i]) === i).map((g) => g.type) : [f.type];
        const type: TypeRef = types.length === 1 ? f.type : { kind: 'union', variants: types, discriminator: null };
        params.push(this.paramRow(markdownCode(name, { inTable: true }), { ...f, type, required }, ns, page));
      }
    }
    // sdkgen's README has a section on request options; Stainless's (from a Stainless config) shows them under Retries.
    const optionsAnchor = this.api.stainlessLayout === null ? 'request-options' : 'retries';
    params.push({
      name: '`options`',
      type: '`RequestOptions`',
      required: '',
      description: `Request options: \`timeout\`, \`maxRetries\`, \`headers\`, \`signal\`… ([more](${relative(page, 'README.md')}#${optionsAnchor}))`,
    });
    const errors: MethodDocsView['errors'] = m.errors.map((e) => ({
      className: markdownCode(e.className),
      status: markdownCell(e.status),
      contentType: markdownCode(e.contentType, { inTable: true }),
      body: this.typeText(e.type, null, page),
    }));
    errors.push({ className: '`APIError`', status: 'any other 4XX, 5XX', contentType: '`*/*`', body: '' });
    const deprecated = m.docs.deprecated;
    return {
      heading,
      anchor,
      summary: markdownCell(m.docs.summary ?? m.docs.description?.split('\n')[0] ?? ''),
      // An operation's own server is part of where the request goes (unless the client is given a base URL).
      request: markdownCode(`${m.http.toUpperCase()} ${m.defaultBaseUrl ?? ''}${m.path}`),
      description: paragraphs(m.docs),
      deprecated:
        deprecated === undefined
          ? ''
          : typeof deprecated === 'string' && deprecated.trim() !== ''
            ? markdownSafe(deprecated).replace(/\s*\n\s*/g, ' ')
            : 'It may be removed in a later version of the API.',
      example: this.inputs.exampleCall(r, m),
      standalone: this.inputs.functionCall(r, m),
      params,
      response: this.responseText(m, page),
      errors,
    };
  }

  private paramRow(name: string, p: Param, ns: string | null, page: string): MethodDocsView['params'][number] {
    const where = { path: 'Path', query: 'Query', header: 'Header', cookie: 'Cookie', body: '' }[p.in];
    const text = [p.docs.summary, p.docs.description].filter((t): t is string => !!t?.trim()).join('\n\n');
    return {
      name,
      type: this.typeText(p.type, ns, page),
      required: p.required ? '✔' : '',
      description: `${where ? `*${where} parameter.* ` : ''}${markdownCell(text)}`.trim(),
    };
  }

  private responseText(m: Method, page: string): string {
    if (m.pagination) {
      const page_ = m.pagination.alias ?? m.pagination.scheme;
      return `A page (${markdownCode(page_)}) of ${this.typeText(m.pagination.item, null, page)}; \`for await\` over it fetches every page.`;
    }
    let text: string;
    switch (m.response.kind) {
      case 'json':
        text = this.typeText(m.response.type, null, page);
        break;
      case 'empty':
        text = '`void` (no content)';
        break;
      case 'text':
        text = '`string`';
        break;
      case 'binary': {
        const lines = linesStream(this.api, m);
        text = lines
          ? `A \`Stream\` of the lines of the response (${markdownCode(m.response.contentType)}), each a ${this.typeText(lines, null, page)}: \`for await\` over it reads them as they arrive; \`.asResponse()\` on the call gives the raw HTTP response`
          : `\`Response\`, the raw HTTP response (${markdownCode(m.response.contentType)}): read it with \`.arrayBuffer()\`, \`.blob()\` or \`.body\``;
        break;
      }
      case 'sse':
        text = `A \`Stream\` of server-sent events, each \`data\` a ${this.typeText(m.response.event, null, page)}`;
        break;
    }
    if (m.streamWhen)
      text += `; with ${markdownCode(`${m.streamWhen.param}: true`)}, a \`Stream\` of ${this.typeText(m.streamWhen.event, null, page)}`;
    return text;
  }

  // ─── model pages ─────────────────────────────────────────────────────────────────────────────────

  private modelView(schema: NamedSchema, page: string): ModelDocsView {
    const refersTo = new Map<string, string>();
    const declaration = printDeclaration(schema.name, schema.type, schema.docs, {
      ref: (id) => {
        const target = this.schemas.get(id);
        if (!target) throw new Error(`generator bug: unknown schema ${id}`);
        const targetPage = this.modelPages.get(id);
        if (targetPage && id !== schema.id) refersTo.set(target.name, relative(page, targetPage));
        return target.name;
      },
      uploadable: () => 'Uploadable',
    }).trim();
    const longest = Math.max(0, ...[...declaration.matchAll(/`+/g)].map((m) => m[0].length));
    const fields: ModelDocsView['fields'] =
      schema.type.kind === 'object'
        ? schema.type.properties.map((p) => ({
            name: markdownCode(p.key, { inTable: true }),
            type: this.typeText(p.type, schema.name, page),
            required: p.required ? '✔' : '',
            description: markdownCell([p.docs.summary, p.docs.description].filter(Boolean).join('\n\n')),
          }))
        : [];
    const seen = new Set<string>();
    const usedBy = (this.uses.get(schema.id) ?? [])
      .filter((u) => {
        const key = `${u.title} ${u.role}`;
        return !seen.has(key) && seen.add(key);
      })
      .map((u) => ({ title: markdownCode(u.title), href: relative(page, u.target), role: u.role }));
    return extend(this.common, {
      name: schema.name,
      readmeHref: relative(page, 'README.md'),
      description: paragraphs(schema.docs),
      fence: '`'.repeat(Math.max(3, longest + 1)),
      declaration,
      fields,
      refersTo: [...refersTo].map(([name, href]) => ({ name, href })),
      usedBy,
    });
  }

  private used(id: string, use: Use): void {
    if (!this.modelPages.has(id)) return;
    const list = this.uses.get(id);
    if (list) list.push(use);
    else this.uses.set(id, [use]);
  }

  // ─── types as Markdown ───────────────────────────────────────────────────────────────────────────

  /**
   * A type for a table cell or a sentence: inline code when it names no documented type, else its text with each
   * documented type a link to its page. `ns` is the namespace of nested interfaces (as in print-type.ts).
   */
  private typeText(type: TypeRef, ns: string | null, page: string): string {
    const parts: Array<{ text: string } | { name: string; href: string }> = [];
    const text = (t: string) => parts.push({ text: t });
    const print = (t: TypeRef, wrap: boolean): void => {
      switch (t.kind) {
        case 'string':
        case 'boolean':
        case 'null':
        case 'unknown':
        case 'any':
          return void text(t.kind);
        case 'number':
        case 'integer':
          return void text('number');
        case 'literal':
          return void text(literal(t.value));
        case 'enum':
          if (wrap) return void text(`(${t.values.map(literal).join(' | ')})`);
          return void text(t.values.map(literal).join(' | '));
        case 'file':
          return void text('Uploadable');
        case 'array':
          // `T[]` rather than `Array<T>`: no angle brackets, which Markdown outside code would read as a tag.
          print(t.items, ['union', 'intersection', 'enum'].includes(t.items.kind));
          return void text('[]');
        case 'tuple':
          text('[');
          t.items.forEach((item, i) => {
            if (i > 0) text(', ');
            print(item, false);
          });
          if (t.rest) {
            text(`${t.items.length > 0 ? ', ' : ''}...`);
            print(t.rest, ['union', 'intersection', 'enum'].includes(t.rest.kind));
            text('[]');
          }
          return void text(']');
        case 'object':
          if (t.declareAs !== null && ns !== null) return void text(`${ns}.${t.declareAs}`);
          if (t.properties.length === 0) {
            if (!t.additional) return void text('{}');
            text('{ [key: string]: ');
            print(t.additional, false);
            return void text(' }');
          }
          text('{ ');
          t.properties.forEach((p, i) => {
            text(`${i > 0 ? '; ' : ''}${propertyKey(p.key)}${p.required ? '' : '?'}: `);
            print(p.type, false);
          });
          return void text(' }');
        case 'union':
        case 'intersection': {
          const members = t.kind === 'union' ? t.variants : t.parts;
          if (wrap) text('(');
          members.forEach((member, i) => {
            if (i > 0) text(t.kind === 'union' ? ' | ' : ' & ');
            print(member, member.kind === 'union' || member.kind === 'intersection');
          });
          if (wrap) text(')');
          return;
        }
        case 'ref': {
          const schema = this.schemas.get(t.schemaId);
          const target = this.modelPages.get(t.schemaId);
          if (schema && target) parts.push({ name: schema.name, href: relative(page, target) });
          else text(schema?.name ?? 'unknown');
          return;
        }
      }
    };
    print(type, false);
    if (parts.every((p) => 'text' in p))
      return markdownCode(parts.map((p) => ('text' in p ? p.text : '')).join(''), { inTable: true });
    return parts.map((p) => ('text' in p ? markdownLiteral(p.text) : `[${p.name}](${p.href})`)).join('');
  }
}

/** The types a method's page shows: its arguments, what it resolves to (a page's items), its events and errors. */
function forEachLinkedType(m: Method, visit: (type: TypeRef) => void): void {
  for (const p of m.positional) visit(p.type);
  for (const p of m.params?.fields ?? []) visit(p.type);
  if (m.pagination) visit(m.pagination.item);
  else if (m.response.kind === 'json') visit(m.response.type);
  if (m.response.kind === 'sse') visit(m.response.event);
  const lines = jsonLinesOf(m);
  if (lines) visit(lines);
  if (m.streamWhen) visit(m.streamWhen.event);
  for (const e of m.errors) visit(e.type);
}

/** Summary and description as Markdown paragraphs ("" when neither). */
function paragraphs(docs: Docs): string {
  const summary = docs.summary?.trim();
  const description = docs.description?.trim();
  return markdownSafe([summary, description !== summary ? description : null].filter(Boolean).join('\n\n'));
}

function literal(value: string | number | boolean): string {
  return typeof value === 'string' ? quoteString(value) : String(value);
}

/** A link from one page to another, both given from the package root. */
function relative(from: string, to: string): string {
  return relativeFromFile(from, to) || path.posix.basename(to);
}

/**
 * GitHub's anchor for a heading: lower case, punctuation other than `-` and `_` dropped, spaces as `-`. Method
 * headings are dotted call paths (`servers.releases.get` → `serversreleasesget`), two names or more run together,
 * so they do not meet the anchors of the page's own section headings (`parameters`, `available-methods`).
 */
export function githubSlug(heading: string): string {
  // Most headings are call paths of ASCII names: the same slug without the Unicode classes.
  if (/^[\w.]*$/.test(heading)) return heading.toLowerCase().replace(/\./g, '');
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * The options a method's example constructs the client with (its reference page, its code sample): the first
 * credential from its environment variable, and a base URL where the API names none.
 */
export function exampleClientOptions(api: TypeScriptApi): string {
  const scheme = api.auth[0];
  const entries: string[] = [];
  if (scheme && scheme.kind !== 'basic' && scheme.envVar)
    entries.push(`${scheme.option}: process.env[${quoteString(scheme.envVar)}]`);
  if (api.baseUrl === null && api.environments.length === 0) entries.push(`baseURL: 'https://api.example.com'`);
  return entries.length > 0 ? `{ ${entries.join(', ')} }` : '';
}
