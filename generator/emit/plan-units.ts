/**
 * Units of the plan: groups of files whose views depend only on a known slice of the IR, each with a key that
 * covers that slice. A regeneration whose unit has the key of the last run's (and whose files are still on disk as
 * sdkgen wrote them) takes those files as they are: the unit is neither planned nor rendered nor formatted.
 *
 * A unit's key is sha256 of
 * - the run's key (`UnitReuse.runKey`: sdkgen's code, the templates, the format key and the plan's options);
 * - the IR's global fields (the Api without its resources, top-level methods and schemas; the MCP server without its
 *   tool list) and what the planners derive from the whole IR for every unit alike (the module of the shared types,
 *   the client options the tests fill in, the page interfaces);
 * - the unit's own slice: a resource with its direct nested resources and its ancestors (without their methods),
 *   the type names and page aliases of those modules, and every schema it can reach: the closure, through every
 *   reference by id, of the ids its JSON names, of its modules' schemas and of the schemas it declares (each schema
 *   with its page, for reference docs), as the hashes of what each of those roots reaches (UnitKeys.deepHashOf);
 * - for a model page, who uses the model.
 *
 * A unit whose slice is not one of these (the package's indexes, the README, api.md) is no unit: it is planned every
 * time. (A folder's index reads only its resource and the nested ones: it is its resource's unit.)
 */
import crypto, { createHash } from 'node:crypto';
import path from 'node:path';
import type { NamedSchema, Resource } from '../ir/types';
import { pageInterfaces } from './page-interfaces';
import type { PlanContext } from './plan-context';
import { resourcePage } from './plan-docs';
import { funcModule } from './plan-funcs';
import { groupIndexFiles, sharedTypesModule } from './plan-index';
import { fillingOptionViews, resourceTestFile } from './plan-tests';

/** A group of planned files with the slice of the IR it is planned from. */
export type PlanUnit =
  /**
   * The resource's module, its endpoint tests, its standalone functions, its reference page, its folder's index and
   * the module beside the folder (plan-index.ts groupIndexFiles).
   */
  | { kind: 'module' | 'tests' | 'funcs' | 'docs' | 'index'; resource: Resource }
  /** `src/resources/shared.ts`: the shared schemas. */
  | { kind: 'shared'; schemas: readonly NamedSchema[] }
  /** A schema's reference page. */
  | { kind: 'model'; schema: NamedSchema };

/** What the reference docs know of the whole IR that their units' keys hold. */
export interface DocsFacts {
  /** The page of a schema, when it has one. */
  pageOf(id: string): string | undefined;
  /** Who uses a schema, as its page lists them (JSON-able). */
  usesOf(id: string): unknown;
}

/** The last run's units, as the previous output offers them (write/previous-output.ts). */
export interface UnitReuse {
  /** What every unit depends on besides the IR: sdkgen's code, the templates, the format key, the plan's options. */
  readonly runKey: string;
  /**
   * Whether the unit's files, at `paths` (as its planner names them), are the last run's: its key then was `key()`
   * and every file is still as written (the files are then the answer). Else false: plan it.
   */
  take(id: string, key: () => string, paths: readonly string[]): boolean;
}

/** A schema reference by id anywhere in an IR object's JSON (`ref` types, `extends`, `requestVariantOf`). */
const REFERENCE = /"(?:schemaId|requestVariantOf)":"((?:[^"\\]|\\.)*)"/g;

export class UnitKeys {
  private readonly schemas: ReadonlyMap<string, NamedSchema>;
  /** Each schema's own facts and the ids it refers to, made once. */
  private readonly schemaFacts = new Map<string, SchemaFacts>();
  /** The hash of what each schema reaches (deepHashOf), made once per strongly connected component. */
  private readonly deepHashes = new Map<string, string>();
  /** Each resource's parent (absent at the top). */
  private readonly parents = new Map<Resource, Resource>();
  /** The ids of each module's schemas. */
  private readonly moduleSchemas = new Map<string, string[]>();
  /** Each resource's slice hash, shared by its units. */
  private readonly resourceHashes = new Map<Resource, string>();
  private readonly context: string;
  /** The root document's path as the run was given it and as an absolute path (some IR fields hold that), as JSON text. */
  private readonly roots: string[];

  constructor(
    private readonly plan: PlanContext,
    runKey: string,
    private readonly docs: DocsFacts | null,
  ) {
    this.schemas = plan.schemas;
    const visit = (r: Resource) =>
      r.subresources.forEach((s) => {
        this.parents.set(s, r);
        visit(s);
      });
    plan.api.resources.forEach(visit);
    for (const s of plan.api.schemas) {
      const ids = this.moduleSchemas.get(s.module);
      if (ids) ids.push(s.id);
      else this.moduleSchemas.set(s.module, [s.id]);
    }
    const { api } = plan;
    const root = api.source.file;
    this.roots = [...new Set([path.resolve(root), root])]
      .filter((file) => file !== '')
      .map((file) => JSON.stringify(file).slice(1, -1));
    const { resources: _resources, topLevel: _topLevel, schemas: _schemas, mcp, ...globals } = api;
    this.context = sha256(
      this.portable(
        JSON.stringify({
          runKey,
          globals,
          mcp: mcp ? { ...mcp, tools: undefined } : null,
          sharedModule: sharedTypesModule(plan.resources),
          fillingOptions: fillingOptionViews(plan),
          authOptions: plan.authOptions,
          pageInterfaces: api.stainlessLayout === null ? null : pageInterfaces(api),
          docs: docs !== null,
        }),
      ),
    );
  }

  /**
   * `json` without the path of the spec's root document (as the run was given it: the IR's sources and schema ids hold
   * it), which decides no output: the keys are the same whichever folder the spec is read from.
   */
  private portable(json: string): string {
    // (The absolute path first: it holds the other.)
    for (const root of this.roots) json = json.replaceAll(root, '\\u0001');
    return json;
  }

  /** The unit's id in the manifest: its kind and what it is of. */
  idOf(unit: PlanUnit): string {
    switch (unit.kind) {
      case 'shared':
        return 'shared';
      case 'model':
        // (By its page: a schema's id holds the spec's path, which may be another on another machine.)
        return `model:${this.docs?.pageOf(unit.schema.id) ?? unit.schema.name}`;
      default:
        return `${unit.kind}:${unit.resource.module}`;
    }
  }

  /** The paths of the unit's files, as its planner names them. */
  pathsOf(unit: PlanUnit): string[] {
    switch (unit.kind) {
      case 'module':
        return [`src/${unit.resource.module}.ts`];
      case 'tests':
        return [resourceTestFile(unit.resource)];
      case 'funcs':
        return unit.resource.methods.map((m) => `src/${funcModule(m)}.ts`);
      case 'docs':
        return [resourcePage(unit.resource)];
      case 'index': {
        const group = groupIndexFiles(unit.resource);
        return group ? [group.index, group.beside] : [];
      }
      case 'shared':
        return ['src/resources/shared.ts'];
      case 'model': {
        const page = this.docs?.pageOf(unit.schema.id);
        return page === undefined ? [] : [page];
      }
    }
  }

  keyOf(unit: PlanUnit): string {
    let slice: string;
    switch (unit.kind) {
      case 'shared': {
        const ids = unit.schemas.map((s) => s.id);
        slice = this.portable(JSON.stringify({ ids, names: this.plan.typeNamesOf('resources/shared') }));
        slice += `\0${this.closureOf(ids)}`;
        break;
      }
      case 'model':
        slice = `${this.closureOf([unit.schema.id])}\0${JSON.stringify({ uses: this.docs?.usesOf(unit.schema.id) ?? null })}`;
        break;
      default:
        slice = this.resourceHash(unit.resource);
    }
    return sha256(`${this.context}\0${unit.kind}\0${slice}`);
  }

  /** What a resource's units read of the IR, hashed: see the module's comment. */
  private resourceHash(resource: Resource): string {
    const known = this.resourceHashes.get(resource);
    if (known !== undefined) return known;
    const { subresources, ...own } = resource;
    const ancestors: Resource[] = [];
    for (let p = this.parents.get(resource); p; p = this.parents.get(p)) ancestors.push(p);
    const modules = [resource.module, ...subresources.map((s) => s.module)];
    const json = JSON.stringify({
      own,
      subresources: subresources.map(shallow),
      ancestors: ancestors.map(shallow),
      typeNames: modules.map((m) => this.plan.typeNamesOf(m)),
      aliases: modules.map((m) => this.aliasesIn(m)),
      aliasHomes: resource.methods.map((m) => (m.pagination ? (this.plan.aliasHome(m.pagination) ?? null) : null)),
    });
    const roots = new Set(referencesIn(json));
    for (const r of [resource, ...subresources]) for (const id of r.schemaIds) roots.add(id);
    for (const m of modules) for (const id of this.moduleSchemas.get(m) ?? []) roots.add(id);
    const digest = sha256(`${this.portable(json)}\0${this.closureOf(roots)}`);
    this.resourceHashes.set(resource, digest);
    return digest;
  }

  private readonly aliases = new Map<string, ReturnType<PlanContext['aliasesIn']>>();

  /** The page aliases a module declares (each module's asked for once: the plan's answer scans every alias). */
  private aliasesIn(module: string): ReturnType<PlanContext['aliasesIn']> {
    let found = this.aliases.get(module);
    if (!found) this.aliases.set(module, (found = this.plan.aliasesIn(module)));
    return found;
  }

  /**
   * What the schemas reachable from `roots` are, as one string: the closure hash of each root (deepHashOf), sorted,
   * without repeats. The closure of the roots is the union of theirs, so this string changes whenever it does.
   */
  private closureOf(roots: Iterable<string>): string {
    const hashes = new Set<string>();
    for (const id of roots) hashes.add(this.deepHashOf(id));
    return [...hashes].sort().join(',');
  }

  /**
   * The hash of everything `id` reaches (itself included): each schema's own facts (factsOf) and, with reference
   * docs, its page. Schemas that reach each other (a strongly connected component of the reference graph: a cycle)
   * share one hash: of their own facts, sorted, and of the hashes of the components they refer to outside it, sorted,
   * which were made first (Tarjan's algorithm finishes a component after every one it reaches). Made once per
   * component, without recursion (a spec's schemas may refer to each other in a chain thousands long).
   */
  private deepHashOf(root: string): string {
    const known = this.deepHashes.get(root);
    if (known !== undefined) return known;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const open: string[] = [];
    const onOpen = new Set<string>();
    const frames: Array<{ id: string; refs: string[]; next: number }> = [];
    const enter = (id: string) => {
      index.set(id, index.size);
      low.set(id, index.size - 1);
      open.push(id);
      onOpen.add(id);
      frames.push({ id, refs: this.factsOf(id).refs, next: 0 });
    };
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame.next < frame.refs.length) {
        const ref = frame.refs[frame.next++];
        if (this.deepHashes.has(ref)) continue;
        if (!index.has(ref)) enter(ref);
        else if (onOpen.has(ref)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(ref)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (low.get(frame.id) === index.get(frame.id)) {
        const members = new Set<string>();
        let member: string;
        do {
          member = open.pop()!;
          onOpen.delete(member);
          members.add(member);
        } while (member !== frame.id);
        const owns: string[] = [];
        const outside = new Set<string>();
        for (const id of members) {
          const facts = this.factsOf(id);
          owns.push(facts.own);
          for (const ref of facts.refs) if (!members.has(ref)) outside.add(this.deepHashes.get(ref)!);
        }
        const digest = sha256(`${owns.sort().join('\n')}\n\n${[...outside].sort().join(',')}`);
        for (const id of members) this.deepHashes.set(id, digest);
      } else if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
    }
    return this.deepHashes.get(root)!;
  }

  /**
   * A schema's own facts (its id without the root document's path, the hash of its JSON, with reference docs its
   * page) and the ids it refers to; an id no schema has is a fact too (`none`: it may be one's later).
   */
  private factsOf(id: string): SchemaFacts {
    let facts = this.schemaFacts.get(id);
    if (facts) return facts;
    const schema = this.schemas.get(id);
    const json = schema ? JSON.stringify(schema) : undefined;
    const page = this.docs ? JSON.stringify(this.docs.pageOf(id) ?? null) : '';
    const hash = json === undefined ? 'none' : sha256(this.portable(json));
    facts = { own: `${this.portable(JSON.stringify(id))}\0${hash}\0${page}`, refs: json ? referencesIn(json) : [] };
    this.schemaFacts.set(id, facts);
    return facts;
  }
}

interface SchemaFacts {
  /** Its id, hash and page as one string (no line breaks: the parts are JSON or hex). */
  own: string;
  refs: string[];
}

/** A related resource without its methods and nested resources (their modules instead). */
function shallow(resource: Resource): object {
  const { methods: _methods, webhookUnwraps: _unwraps, subresources, ...rest } = resource;
  return { ...rest, subresources: subresources.map((s) => s.module) };
}

/** The schema ids an IR object's JSON refers to. */
function referencesIn(json: string): string[] {
  const ids: string[] = [];
  // (Parsed only when escaped: most ids are not, and parsing each costs more than finding them all.)
  for (const [, text] of json.matchAll(REFERENCE))
    ids.push(text.includes('\\') ? (JSON.parse(`"${text}"`) as string) : text);
  return ids;
}

/** Node's one-shot hash where it has one (Node 20.12+: no Hash object made per call); the same digest as createHash. */
const oneShot = (crypto as { hash?: (algorithm: string, text: string) => string }).hash;

function sha256(text: string): string {
  return (oneShot ? oneShot('sha256', text) : createHash('sha256').update(text).digest('hex')).slice(0, 32);
}
