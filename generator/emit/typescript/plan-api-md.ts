/**
 * Emit plan of api.md (and the api.md of each `standalone_api` resource): its sections, each resource's methods with
 * their signatures and results, and the types a user can reach from them, in the order Stainless's lists them under a
 * Stainless config. The README's planner (plan-readme.ts) renders it with the README's view.
 */
import { inStainlessOrder } from '../../stainless/plan';
import { compareStrings } from '../../naming/case';
import type { SchemaRefs } from '../../ir/walk';
import type { Method, NamedSchema, Resource, TypeRef } from '../../ir/types';
import { sharedTypesModule } from './plan-index';
import { linesStream, resourceReceiver } from './plan-request';
import { resourceNamespaceName } from './plan-resource';
import { markdownSafe } from './print-doc';
import { returnSummary } from './print-type';
import type { TypeScriptApi } from './target-api';
import type { ApiSectionView } from './views';

/** What api.md's planner takes from the README's (see ReadmeInputs). */
export interface ApiMdInputs {
  api: TypeScriptApi;
  schemas: ReadonlyMap<string, NamedSchema>;
  schemaRefs: SchemaRefs;
  resources: Resource[];
  typeNamesOf: (module: string) => string[];
}

export class ApiMdPlanner {
  private readonly api: TypeScriptApi;
  private readonly schemas: ReadonlyMap<string, NamedSchema>;
  private readonly schemaRefs: SchemaRefs;
  private readonly resources: Resource[];
  private readonly typeNamesOf: (module: string) => string[];

  constructor(inputs: ApiMdInputs) {
    this.api = inputs.api;
    this.schemas = inputs.schemas;
    this.schemaRefs = inputs.schemaRefs;
    this.resources = inputs.resources;
    this.typeNamesOf = inputs.typeNamesOf;
  }

  private built: { sections: ApiSectionView[]; standalone: ApiMdFile[] } | null = null;

  /** api.md and the standalone ones are rendered from one pass over every method's signature. */
  sections(): { sections: ApiSectionView[]; standalone: ApiMdFile[] } {
    return (this.built ??= this.buildSections());
  }

  /**
   * api.md's sections: the client's own methods, each resource (nested ones one level deeper), the shared types; a
   * resource with `standalone_api` is a link to its own api.md, whose sections are returned apart.
   */
  private buildSections(): { sections: ApiSectionView[]; standalone: ApiMdFile[] } {
    const sections: ApiSectionView[] = [];
    const standalone: ApiMdFile[] = [];
    // Only the types a user meets: a schema no signature reaches (an error body, say) is left out of api.md.
    const reachable = this.reachableSchemaNames();
    const schemaNames = new Set(this.api.schemas.map((s) => s.name));
    const configModels = new Set(this.api.schemas.filter((s) => s.configModel).map((s) => s.name));
    const listOrder = new Map(
      this.api.schemas.flatMap((s) => (s.listOrder === undefined ? [] : [[s.name, s.listOrder]])),
    );
    const listed = (module: string, r?: Resource) => {
      const names = this.typeNamesOf(module).filter((name) =>
        schemaNames.has(name) ? reachable.has(name) : this.api.apiMdListsParams,
      );
      if (this.api.apiMdListsParams) return names;
      // Stainless's order: the models by name (those with a list order in it, after), then the methods' own response
      // types in the order Stainless builds the methods, whether or not they keep the config's (leadsnap's
      // `ContactRetrieveResponse` before `ContactListResponse`, its methods `list`, `retrieve` as the config has them).
      const methods = r?.methods ?? [];
      const built = this.api.stainlessLayout === null ? methods : inStainlessOrder(methods.map(keyed)).map((k) => k.m);
      const responses = built
        .flatMap((m) => this.responseTypeNames(m))
        .filter((name) => names.includes(name) && !configModels.has(name));
      const ordered = [...new Set(responses)];
      // Of the other schemas, the config's models: Stainless declares the rest inside the types that use them.
      const models = names.filter((name) => configModels.has(name) && !ordered.includes(name));
      const byName = models.filter((name) => !listOrder.has(name)).sort(compareStrings);
      const inOrder = models
        .filter((name) => listOrder.has(name))
        .sort((a, b) => listOrder.get(a)! - listOrder.get(b)!);
      return [...byName, ...inOrder, ...ordered];
    };
    const section = (r: Resource, depth: number, into: ApiSectionView[] = sections) => {
      if (r.standaloneApi && into === sections) {
        // Stainless's `standalone_api`: a link here, the sections in the resource's own api.md.
        const file = standaloneApiFile(r);
        into.push({
          heading: '#'.repeat(Math.min(depth, 6)),
          title: `[${resourceNamespaceName(r, this.schemas, this.typeNamesOf)}](${file})`,
          types: [],
          methods: [],
        });
        const own: ApiSectionView[] = [];
        standalone.push({ path: file, sections: own });
        // Its own api.md starts at a top heading.
        section(r, 1, own);
        return;
      }
      // Stainless links a `standalone_api` resource's own api.md to the module beside its folder.
      const file = r.standaloneApi
        ? `./src/${r.module.slice(0, r.module.lastIndexOf('/'))}.ts`
        : `./src/${r.module}.ts`;
      into.push({
        heading: '#'.repeat(Math.min(depth, 6)),
        // The name its types are reached under (`Recipients.ChannelData.X`), as Stainless titles it.
        title: resourceNamespaceName(r, this.schemas, this.typeNamesOf),
        types: listed(r.module, r).map((name) => ({ name, file })),
        methods: r.methods.map((m) => ({
          http: m.http,
          path: markdownSafe(m.path),
          call: `${resourceReceiver(r)}.`,
          name: this.escapedName(m.name),
          // Stainless links the client's own methods to the package's entry point.
          file: r === this.api.topLevel ? './src/index.ts' : file,
          args: this.signatureText(m),
          returns: markdownSafe(this.returnsText(m)),
        })),
      });
      for (const unwrap of r.webhookUnwraps)
        into.at(-1)!.methods.push({
          http: '',
          path: '',
          call: `client.${r.path}.`,
          name: unwrap.name,
          file,
          args: unwrap.keyOption === null ? 'body' : 'body, { headers, key }',
          returns:
            unwrap.event.kind === 'ref' ? (this.schemas.get(unwrap.event.schemaId)?.name ?? 'unknown') : 'unknown',
        });
      r.subresources.forEach((s) => section(s, depth + 1, into));
    };
    const sharedModule = sharedTypesModule(this.resources);
    const shared = sharedModule ? listed(sharedModule) : [];
    const sharedSection: ApiSectionView = {
      heading: '#',
      title: 'Shared',
      types: shared.map((name) => ({ name, file: './src/resources/shared.ts' })),
      methods: [],
    };
    if (shared.length > 0 && this.api.apiMdSharedFirst) sections.push(sharedSection);
    if (this.api.topLevel) section(this.api.topLevel, 1);
    this.api.resources.forEach((r) => section(r, 1));
    if (shared.length > 0 && !this.api.apiMdSharedFirst) sections.push(sharedSection);
    return { sections, standalone };
  }

  /**
   * The types a method's response is declared as: the one its signature names (each item's, for pages), and the
   * schemas named after its responses (`FileContentResponse`, even where the signature says `unknown`).
   */
  private responseTypeNames(m: Method): string[] {
    const declared = this.schemasOfResponses().get(`${m.source.file}${m.source.pointer}`) ?? [];
    const item = m.pagination?.item;
    const named = item
      ? item.kind === 'ref' && this.schemas.get(item.schemaId)?.name
      : m.response.kind === 'json' && m.response.typeName;
    return named ? [named, ...declared] : declared;
  }

  private responseSchemas: Map<string, string[]> | null = null;

  /** The schemas declared by an operation's responses (inline ones), by the operation's file and pointer. */
  private schemasOfResponses(): Map<string, string[]> {
    if (this.responseSchemas) return this.responseSchemas;
    const byOperation = new Map<string, string[]>();
    for (const schema of this.api.schemas) {
      const operation = /^(#\/paths\/[^/]+\/[^/]+)\/responses\//.exec(schema.source.pointer)?.[1];
      if (!operation) continue;
      const key = `${schema.source.file}${operation}`;
      byOperation.set(key, [...(byOperation.get(key) ?? []), schema.name]);
    }
    return (this.responseSchemas = byOperation);
  }

  /**
   * Names of the schemas a user can reach: those a method's params, response, page items or stream events refer
   * to, those the shared module declares or a Stainless config names as models, the page classes' fields, and
   * every schema they refer to in turn.
   */
  private reachableSchemaNames(): Set<string> {
    const seen = new Set<string>();
    const visit = (type: TypeRef) => this.schemaRefs.addReachable(type, seen);
    const visitMethod = (m: Method) => {
      for (const p of m.positional) visit(p.type);
      for (const p of m.params?.fields ?? []) visit(p.type);
      for (const v of m.params?.variants ?? []) for (const p of v.fields) visit(p.type);
      // A paginated method returns a page of its items, not the response body's schema.
      if (m.response.kind === 'json' && !m.pagination) visit(m.response.type);
      // The type a method declares for a response it returns as is (Stainless: `-> unknown`, `-> string`, text).
      if ((m.response.kind === 'json' && m.response.type.kind !== 'ref') || m.response.kind === 'text')
        visit({ kind: 'ref', schemaId: `${m.source.file}${m.source.pointer}#response` });
      if (m.response.kind === 'sse') visit(m.response.event);
      // (sdkgen's own SDKs return a JSON Lines body's `Stream` of its lines' type.)
      const lines = linesStream(this.api, m);
      if (lines) visit(lines);
      if (m.pagination) visit(m.pagination.item);
      if (m.streamWhen) visit(m.streamWhen.event);
    };
    for (const m of this.api.topLevel?.methods ?? []) visitMethod(m);
    for (const r of this.resources) for (const m of r.methods) visitMethod(m);
    for (const s of this.api.schemas)
      if (s.module === 'resources/shared' || s.configModel) visit({ kind: 'ref', schemaId: s.id });
    for (const scheme of this.api.paginationSchemes) for (const f of scheme.fields) visit(f.type);
    const names = new Set<string>();
    for (const id of seen) {
      const name = this.schemas.get(id)?.name;
      if (name !== undefined) names.add(name);
    }
    return names;
  }

  /** Stainless's api.md escapes an underscore at a word's edge (`path\_`, `\_class`, `\_rpc`): it could open emphasis. */
  private escapedName(name: string): string {
    return this.api.stainlessLayout === null ? name : name.replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_');
  }

  private signatureText(m: Method): string {
    const parts = m.positional.map((p) => this.escapedName(p.local));
    // (Params of no fields are left out, as Stainless's api.md leaves letta's `templates.delete(templateName)`'s.)
    // Params that only hold an array body are the array in Stainless's api.md (llama-cloud-ts's
    // `updateDataSources(pipelineID, [ ...body ])`, lobehub's `batchUpdate([ ...body ])`), though its call takes `{ body }`.
    if (this.api.stainlessLayout !== null && arrayBodyOnly(m)) parts.push('[ ...body ]');
    else if (m.params && (m.params.fields.length > 0 || this.api.stainlessLayout === null)) parts.push('{ ...params }');
    return parts.join(', ');
  }

  private returnsText(m: Method): string {
    const declared = this.api.stainlessLayout !== null ? (id: string) => this.schemas.get(id)?.type : undefined;
    return returnSummary(m, (id) => this.schemas.get(id)?.name ?? 'unknown', declared);
  }
}

/** Whether the method's params are one field, the whole JSON body, an array. */
function arrayBodyOnly(m: Method): boolean {
  const fields = m.params?.fields ?? [];
  const body = m.body;
  return (
    fields.length === 1 &&
    body?.shape === 'whole' &&
    body.encoding === 'json' &&
    fields[0]!.in === 'body' &&
    fields[0]!.key === body.bodyParam &&
    fields[0]!.type.kind === 'array'
  );
}

/** A `standalone_api` resource's api.md: its path from the package root and its sections. */
export interface ApiMdFile {
  path: string;
  sections: ApiSectionView[];
}

/** Where a `standalone_api` resource's api.md goes: beside its module, in its folder (`src/resources/chat/api.md`). */
function standaloneApiFile(resource: Resource): string {
  return `src/${resource.module.slice(0, resource.module.lastIndexOf('/'))}/api.md`;
}

/** A method with the key Stainless orders it by: its config key, else its name. */
function keyed(m: Method): { key: string; m: Method } {
  return { key: m.configKey ?? m.name, m };
}
