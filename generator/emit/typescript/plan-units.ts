/**
 * Units of the plan: groups of files whose views depend only on a known slice of the IR, each with a key that
 * covers that slice. A regeneration whose unit has the key of the last run's (and whose files are still on disk as
 * sdkgen wrote them) takes those files as they are: the unit is neither planned nor rendered nor formatted.
 *
 * A unit's key is its kind with the sha256 of what every unit depends on (the first two below) and that of its slice:
 * - the run's key (`UnitReuse.runKey`: sdkgen's code, the templates, the format key and the plan's options);
 * - the IR's global fields (the Api without its resources, top-level methods and schemas; the MCP server without its
 *   tool list) and what the planners derive from the whole IR for every unit alike (the module of the shared types,
 *   the client options the tests fill in, the page interfaces);
 * - the unit's own slice: a resource with its direct nested resources and its ancestors (without their methods),
 *   the type names and page aliases of those modules, and every schema it can reach: the closure, through every
 *   reference by id, of the ids its JSON names, of its modules' schemas and of the schemas it declares (each schema
 *   with its page, for reference docs), as the hashes of what each of those roots reaches (UnitKeys.deepHashOf).
 *   Each schema's JSON and the resource's own JSON are hashed on their own first (key-leaves.ts: in a regeneration,
 *   by a worker thread): the keys hash their digests;
 * - for a model page, who uses the model.
 *
 * A unit whose slice is not one of these (the package's indexes, the README, api.md) is no unit: it is planned every
 * time. (A folder's index reads only its resource and the nested ones: it is its resource's unit.)
 */
import type { NamedSchema, Resource } from '../../ir/types';
import { compareStrings } from '../../naming/case';
import { sha256 as sha256Hex } from '../../sha256';
import { refIds } from '../../ir/walk';
import { KeyLeaves, referencesIn } from '../key-leaves';
import { finishComponents, type ComponentMember } from '../strong-components';
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
  /** The digests of the IR's schemas and resources, hashed in advance (key-leaves.ts), if they were. */
  readonly leaves?: KeyLeaves | null;
}

export class UnitKeys {
  private readonly schemas: ReadonlyMap<string, NamedSchema>;
  /** The hash of what each schema reaches (deepHashOf), made once per strongly connected component. */
  private readonly deepHashes = new Map<string, string>();
  /** Each resource's parent (absent at the top). */
  private readonly parents = new Map<Resource, Resource>();
  /** The ids of each module's schemas. */
  private readonly moduleSchemas = new Map<string, string[]>();
  /** Each related resource's hash (shallowHash). */
  private readonly shallowHashes = new Map<Resource, string>();
  /** Each resource's slice hash, shared by its units. */
  private readonly resourceHashes = new Map<Resource, string>();
  private readonly context: string;

  constructor(
    private readonly plan: PlanContext,
    runKey: string,
    private readonly docs: DocsFacts | null,
    /** The digests of the IR's schemas and resources (made when asked for without). */
    private readonly leaves: KeyLeaves = new KeyLeaves(plan.api),
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
    const { resources: _resources, topLevel: _topLevel, schemas: _schemas, mcp, ...globals } = api;
    this.context = this.portableHash(
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
    );
  }

  /**
   * A key: the first 32 hex digits of sha256 of `json` without the path of the spec's root document (as the run was
   * given it: the IR's sources and schema ids hold it), which decides no output: the keys are the same whichever
   * folder the spec is read from.
   */
  private portableHash(json: string): string {
    return this.leaves.digest(json);
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

  /**
   * The unit's key: the hashes of the run's context and of its slice, with its kind, as text (not hashed again: the
   * manifest records it hashed with its files' hashes, write/manifest.ts unitEntry).
   */
  keyOf(unit: PlanUnit): string {
    let slice: string;
    switch (unit.kind) {
      case 'shared': {
        const ids = unit.schemas.map((s) => s.id);
        const names = this.portableHash(JSON.stringify({ ids, names: this.plan.typeNamesOf('resources/shared') }));
        slice = sha256(`${names}\0${this.closureOf(ids)}`);
        break;
      }
      case 'model': {
        const uses = JSON.stringify({ uses: this.docs?.usesOf(unit.schema.id) ?? null });
        slice = sha256(`${this.closureOf([unit.schema.id])}\0${uses}`);
        break;
      }
      default:
        slice = this.resourceHash(unit.resource);
    }
    return `${this.context}:${unit.kind}:${slice}`;
  }

  /** What a resource's units read of the IR, hashed: see the module's comment. */
  private resourceHash(resource: Resource): string {
    const known = this.resourceHashes.get(resource);
    if (known !== undefined) return known;
    const { subresources } = resource;
    const ancestors: Resource[] = [];
    for (let p = this.parents.get(resource); p; p = this.parents.get(p)) ancestors.push(p);
    const modules = [resource.module, ...subresources.map((s) => s.module)];
    // (Its own JSON, without the nested resources, is a leaf: hashed on its own.)
    const own = this.leaves.resource(resource);
    const json = JSON.stringify({
      subresources: subresources.map((s) => this.shallowHash(s)),
      ancestors: ancestors.map((a) => this.shallowHash(a)),
      typeNames: modules.map((m) => this.plan.typeNamesOf(m)),
      aliases: modules.map((m) => this.aliasesIn(m)),
      aliasHomes: resource.methods.map((m) => (m.pagination ? (this.plan.aliasHome(m.pagination) ?? null) : null)),
    });
    const roots = new Set([...own.references, ...referencesIn(json)]);
    for (const r of [resource, ...subresources]) for (const id of r.schemaIds) roots.add(id);
    for (const m of modules) for (const id of this.moduleSchemas.get(m) ?? []) roots.add(id);
    const digest = sha256(`${own.digest}\0${this.leaves.portable(json)}\0${this.closureOf(roots)}`);
    this.resourceHashes.set(resource, digest);
    return digest;
  }

  /**
   * A related resource (nested, or an ancestor) as a unit reads it: without its methods and nested resources (their
   * modules instead), hashed once (an ancestor near the top is related to hundreds of units).
   */
  private shallowHash(resource: Resource): string {
    let hash = this.shallowHashes.get(resource);
    if (hash === undefined) {
      const { methods: _methods, webhookUnwraps: _unwraps, subresources, ...rest } = resource;
      const json = JSON.stringify({ ...rest, subresources: subresources.map((s) => s.module) });
      this.shallowHashes.set(resource, (hash = this.portableHash(json)));
    }
    return hash;
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
   * The hash of everything `id` reaches (itself included): each schema's id, page (with reference docs) and JSON, as
   * its digest (KeyLeaves.schema; an id no schema has is a fact too: it may be one's later). Schemas that reach each other (a strongly connected component
   * of the reference graph: a cycle) share one hash: of their facts, in the order of their ids, and of the hashes of
   * the components they refer to outside it, sorted, which were made first (Tarjan's algorithm finishes a component
   * after every one it reaches). Made once per component, without recursion (a spec's schemas may refer to each other
   * in a chain thousands long).
   */
  private deepHashOf(root: string): string {
    const known = this.deepHashes.get(root);
    if (known !== undefined) return known;
    finishComponents(
      root,
      (id) => {
        const schema = this.schemas.get(id);
        return schema ? referencesOf(schema) : [];
      },
      (id) => this.deepHashes.has(id),
      (members) => this.hashComponent(members),
    );
    return this.deepHashes.get(root)!;
  }

  /**
   * A component's hash (deepHashOf), for each of its members: one hash over the members' facts, in the order of their
   * ids without the root document's path.
   */
  private hashComponent(members: ComponentMember[]): void {
    const ids = new Set(members.map((m) => m.id));
    const outside = new Set<string>();
    for (const member of members)
      for (const ref of member.refs) if (!ids.has(ref)) outside.add(this.deepHashes.get(ref)!);
    const ordered =
      members.length === 1
        ? [...ids]
        : [...ids]
            .map((id) => ({ id, portable: this.leaves.portable(JSON.stringify(id)) }))
            .sort((a, b) => compareStrings(a.portable, b.portable))
            .map(({ id }) => id);
    let facts = '';
    // (Its JSON holds its id.)
    for (const id of ordered)
      facts += `${this.leaves.schema(id)}\0${this.docs ? JSON.stringify(this.docs.pageOf(id) ?? null) : ''}\n`;
    const digest = sha256(`${facts}\n${[...outside].sort().join(',')}`);
    for (const id of ids) this.deepHashes.set(id, digest);
  }
}

/**
 * The ids a schema refers to: its type's references and the schema it is the request variant of. (An object's
 * `extends` names models the intersection holding it lists too.)
 */
function referencesOf(schema: NamedSchema): readonly string[] {
  // (refIds remembers each type's answer: the IR's passes asked it of every named schema already.)
  const ids = refIds(schema.type);
  return schema.requestVariantOf === undefined ? ids : [...ids, schema.requestVariantOf];
}

/** A key: sha256's first 32 hex digits. */
function sha256(text: string): string {
  return sha256Hex(text).slice(0, 32);
}
