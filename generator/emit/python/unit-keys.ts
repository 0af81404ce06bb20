/**
 * Keys of the Python package's printed modules (units): a regeneration takes a module whose key is the last run's
 * from the output as it is (write/previous-output.ts takeUnit), neither printed nor formatted. The Python twin of
 * typescript/plan-units.ts. A key is the sha256 of what the module's printer reads:
 * - the run's key (sdkgen's code, Ruff's format key) and the package's global facts (the model without its resources
 *   and types: names, client options, pages, query formats);
 * - the module's own slice: a resource module's (and its test module's) resource (its methods, the names of its nested
 *   resources) and the IR it was built from; a type module's place; a params module's methods and their resources' IR;
 * - every schema that slice reaches through references, each as its JSON and its Python places (model and params
 *   form), as the hash of what it reaches (deepHash: once per strongly connected component); but through a method's
 *   error responses, which no Python printer reads (methodFacts).
 * - api.md's: every resource's own slice and the types' places (it names them, reads no schema); README.md's: the API's
 *   own facts (no resource, no schema), every resource's slice and what they reach (its programs call methods with
 *   example values built from their schemas).
 * The schemas' JSON is hashed by KeyLeaves (key-leaves.ts), which a regeneration's worker may have done in advance.
 */
import type { Api, Resource, TypeRef } from '../../ir/types';
import { refIds } from '../../ir/walk';
import { finishComponents } from '../strong-components';
import { sha256 } from '../../sha256';
import { KeyLeaves, referencesIn } from '../key-leaves';
import type { RenderedFile } from '../render';
import type { PythonBuild } from './types/build-model';
import type { PyMethod, PyNamedType, PyResource } from './types/model';

/** The last run's units, as the previous output offers them (generate.ts). */
export interface PyUnitReuse {
  /** What every unit depends on besides the model: sdkgen's code and the format key. */
  readonly runKey: string;
  /**
   * The unit's files at `paths` as the last run wrote them, when its key then was `key()` and each is still on disk
   * as written; else null (print it).
   */
  take(id: string, key: () => string, paths: readonly string[]): RenderedFile[] | null;
  /** The digests of the IR's schemas and resources, hashed in advance, if they were. */
  readonly leaves?: KeyLeaves | null;
}

/**
 * A unit of planned files offered to a regeneration (emit.ts): `taken` when the last run's files at `paths` stand for
 * it (its key, `keyOf`, unchanged), else the unit's tag for the files printed.
 */
export type UnitOffer = (
  id: string,
  paths: readonly string[],
  keyOf: (keys: PyUnitKeys) => string,
) => PyUnitTag | 'taken';

/** The files `print` plans (at `paths`, no other) as the unit `id`: none when the regeneration took the last run's. */
export function offeredFiles<F extends { path: string }>(
  offer: UnitOffer | undefined,
  id: string,
  paths: readonly string[],
  keyOf: (keys: PyUnitKeys) => string,
  print: () => F[],
): Array<F & { unitTag?: PyUnitTag }> {
  const tag = offer?.(id, paths, keyOf);
  if (tag === 'taken') return [];
  const files = print();
  return tag ? files.map((file) => ({ ...file, unitTag: tag })) : files;
}

/** A unit's id and key (worked out when first read), as the manifest records it. */
export interface PyUnitTag {
  readonly id: string;
  readonly key: string;
}

export class PyUnitKeys {
  private readonly leaves: KeyLeaves;
  private readonly context: string;
  private readonly apiIds: Set<string>;
  /** Each schema's hash of what it reaches. */
  private readonly deepHashes = new Map<string, string>();
  /** The methods of each params module, with their resources. */
  private readonly paramsOwners = new Map<string, Array<{ method: PyMethod; resource: Resource }>>();

  constructor(
    private readonly build: PythonBuild,
    private readonly api: Api,
    runKey: string,
    leaves: KeyLeaves | null = null,
  ) {
    this.leaves = leaves?.api === api ? leaves : new KeyLeaves(api);
    this.apiIds = new Set(api.schemas.map((s) => s.id));
    const { resources: _resources, apiMdResources: _all, topLevel: _topLevel, types: _types, ...globals } = build.pkg;
    this.context = this.leaves.digest(JSON.stringify({ runKey, globals }));
    const visit = (resource: PyResource) => {
      for (const method of resource.methods) {
        const module = method.paramsType?.module;
        if (module === undefined) continue;
        const owners = this.paramsOwners.get(module) ?? [];
        owners.push({ method, resource: resource.ir });
        this.paramsOwners.set(module, owners);
      }
      resource.subresources.forEach(visit);
    };
    build.pkg.resources.forEach(visit);
    if (build.pkg.topLevel) visit(build.pkg.topLevel);
  }

  /** A tag whose key is worked out when first read (a cold run reads it for the manifest only). */
  tag(id: string, keyOf: () => string): PyUnitTag {
    let key: string | undefined;
    return {
      id,
      get key() {
        return (key ??= keyOf());
      },
    };
  }

  /** A resource module's key: the resource, its methods and nested resources' names, and what they reach. */
  resourceKey(resource: PyResource): string {
    const { own, roots } = this.resourceSlice(resource);
    return this.keyOf('resource', own, roots);
  }

  /**
   * A resource's test module's key (plan-tests.ts): what its resource module reads (the tests call its methods with
   * values built from the schemas their params reach, the IR's examples included) and the module's path.
   */
  testKey(resource: PyResource, path: string): string {
    const { own, roots } = this.resourceSlice(resource);
    return this.keyOf('test', `${JSON.stringify(path)}\0${own}`, roots);
  }

  private readonly slices = new Map<PyResource, { own: string; roots: string[] }>();
  /**
   * The slices made of each IR resource, by the JSON of its model's own fields: the package's resources and api.md's
   * are two models of the same IR resources (the former without methodless branches), most of them alike.
   */
  private readonly slicesOfIr = new Map<Resource, Map<string, { own: string; roots: string[] }>>();

  /** A resource's own facts and the schema ids they name (made once: its resource and test modules ask). */
  private resourceSlice(resource: PyResource): { own: string; roots: string[] } {
    const known = this.slices.get(resource);
    if (known) return known;
    const { methods, subresources, ir, ...rest } = resource;
    const json = JSON.stringify({
      ...rest,
      subresources: subresources.map((s) => [s.className, s.asyncClassName, s.module, s.attribute, s.chain]),
    });
    let byJson = this.slicesOfIr.get(ir);
    if (!byJson) this.slicesOfIr.set(ir, (byJson = new Map()));
    let slice = byJson.get(json);
    // (Another model of the same IR resource, with the same fields, has the same methods: the same slice.)
    if (!slice || !sameItems(methods, this.slicedMethods.get(slice))) {
      const facts = methods.map((method) => this.methodFacts(method));
      const text = [json, ...facts.map((f) => f.json)].join('\0');
      // (The IR's digest holds its methods' too; its own fields but theirs are read here.)
      const roots = referencesIn(json);
      referencesOf(ir, roots, ['subresources', 'methods']);
      for (const f of facts) roots.push(...f.reads);
      slice = { own: `${this.leaves.resource(ir).digest}\0${this.leaves.digest(text)}`, roots };
      byJson.set(json, slice);
      this.slicedMethods.set(slice, methods);
    }
    this.slices.set(resource, slice);
    return slice;
  }

  /** The methods each slice was made of. */
  private readonly slicedMethods = new WeakMap<object, readonly PyMethod[]>();

  /** api.md's key (plan-api-md.ts): each resource as the model has it, in the order listed, and the types' places. */
  apiMdKey(): string {
    const types = JSON.stringify(this.build.pkg.types.map(({ schema: _schema, ...place }) => place));
    const resources = this.documentedResources().map((r) => this.resourceSlice(r).own);
    return this.keyOf('api-md', this.leaves.digest([types, ...resources].join('\0')), []);
  }

  /** README.md's key (plan-readme.ts): the API's own facts, each resource and what its methods reach. */
  readmeKey(): string {
    const { resources: _resources, schemas: _schemas, ...facts } = this.api;
    const slices = this.documentedResources().map((r) => this.resourceSlice(r));
    const own = [JSON.stringify(facts), ...slices.map((s) => s.own)].join('\0');
    return this.keyOf(
      'readme',
      this.leaves.digest(own),
      slices.flatMap((s) => s.roots),
    );
  }

  /** The client's own methods' resource, then every resource depth first, as the docs list them. */
  private documentedResources(): PyResource[] {
    const out: PyResource[] = [];
    const visit = (resource: PyResource) => {
      out.push(resource);
      resource.subresources.forEach(visit);
    };
    if (this.build.pkg.topLevel) visit(this.build.pkg.topLevel);
    (this.build.pkg.apiMdResources ?? this.build.pkg.resources).forEach(visit);
    return out;
  }

  /** A type module's key: its place and everything its schema reaches. */
  typeKey(type: PyNamedType): string {
    const { schema, ...place } = type;
    return this.keyOf('type', JSON.stringify(place), [schema.id]);
  }

  /** A params module's key: the methods whose params it declares, their resources' IR and what they reach. */
  paramsKey(module: string): string {
    const owners = this.paramsOwners.get(module) ?? [];
    const facts = owners.map(({ method }) => this.methodFacts(method));
    const resources = owners.map(({ resource }) => this.leaves.resource(resource).digest).join(',');
    const text = [JSON.stringify(module), resources, ...facts.map((f) => f.json)].join('\0');
    return this.keyOf(
      'params',
      this.leaves.digest(text),
      facts.flatMap((f) => f.reads),
    );
  }

  private readonly methods = new Map<PyMethod, { json: string; reads: string[] }>();

  /**
   * A method as the model has it (its IR is in its resource's digest), and the schema ids it and its IR name, but
   * for its error responses: no Python printer reads those. Made once: a method's resource and params module ask.
   */
  private methodFacts(method: PyMethod): { json: string; reads: string[] } {
    let facts = this.methods.get(method);
    if (facts === undefined) {
      const { ir, ...model } = method;
      const json = JSON.stringify(model);
      const reads = referencesIn(json);
      referencesOf(ir, reads, ['errors']);
      facts = { json, reads };
      this.methods.set(method, facts);
    }
    return facts;
  }

  /** The ids a schema refers to (its type's references, and the schema it is the request variant of). */
  referencesOf(id: string): readonly string[] {
    const schema = this.schemaOf(id);
    if (!schema) return [];
    const ids = refIds(schema.type);
    return schema.requestVariantOf === undefined ? ids : [...ids, schema.requestVariantOf];
  }

  private keyOf(kind: string, own: string, roots: Iterable<string>): string {
    const reached = new Set<string>();
    for (const id of roots) reached.add(this.deepHash(id));
    return sha256(`${this.context}\0${kind}\0${own}\0${[...reached].sort().join(',')}`).slice(0, 32);
  }

  private schemaOf(id: string): { type: TypeRef; requestVariantOf?: string } | null {
    try {
      return this.build.index.schema(id);
    } catch {
      return null;
    }
  }

  /** What the printers read of one schema: its JSON and its Python places. */
  private facts(id: string): string {
    const { index } = this.build;
    const schema = this.schemaOf(id);
    if (!schema) return `none ${this.leaves.digest(JSON.stringify(id))}`;
    // (A type the emitter declared, an SSE method's event, is none of the IR's: hashed as it is.)
    const json = this.apiIds.has(id) ? this.leaves.schema(id) : this.leaves.digest(JSON.stringify(schema));
    const places = JSON.stringify([index.model(id), index.paramLocation(id), index.isShared(index.schema(id))]);
    return `${json}\0${places}`;
  }

  /**
   * The hash of everything `root` reaches, itself included. Schemas that reach each other (a cycle) share one: of
   * their facts, sorted, and of the hashes of what they reach outside it (Tarjan's algorithm, without recursion: a
   * chain of references may be thousands long).
   */
  private deepHash(root: string): string {
    const known = this.deepHashes.get(root);
    if (known !== undefined) return known;
    finishComponents(
      root,
      (id) => this.referencesOf(id),
      (id) => this.deepHashes.has(id),
      (members) => {
        const ids = new Set(members.map((m) => m.id));
        const outside = new Set<string>();
        for (const member of members)
          for (const ref of member.refs) if (!ids.has(ref)) outside.add(this.deepHashes.get(ref)!);
        const facts = members.map((m) => this.facts(m.id)).sort();
        const digest = sha256(`${facts.join('\n')}\n\n${[...outside].sort().join(',')}`).slice(0, 32);
        for (const id of ids) this.deepHashes.set(id, digest);
      },
    );
    return this.deepHashes.get(root)!;
  }
}

/**
 * Adds to `ids` the schema ids `value` names (a `schemaId` or `requestVariantOf` string anywhere in it, as
 * key-leaves.ts's referencesIn finds them in its JSON), leaving out its own fields named in `except`. Walked rather
 * than written as JSON and searched: a method's IR is most of a large API's model, and its JSON is made for its
 * resource's digest already.
 */
export function referencesOf(value: object, ids: string[], except: readonly string[] = []): void {
  const stack: object[] = [];
  const visit = (object: object, skip: readonly string[]) => {
    if (Array.isArray(object)) {
      for (const item of object) if (typeof item === 'object' && item !== null) stack.push(item);
      return;
    }
    const record = object as Record<string, unknown>;
    for (const key in record) {
      if (!Object.prototype.hasOwnProperty.call(record, key) || skip.includes(key)) continue;
      const field = record[key];
      if (typeof field === 'object') {
        if (field !== null) stack.push(field);
      } else if (typeof field === 'string' && (key === 'schemaId' || key === 'requestVariantOf')) ids.push(field);
    }
  };
  visit(value, except);
  while (stack.length > 0) visit(stack.pop()!, NONE);
}

const NONE: readonly string[] = [];

function sameItems<T>(a: readonly T[], b: readonly T[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((item, i) => item === b[i]);
}
