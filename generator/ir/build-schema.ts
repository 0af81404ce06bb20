/**
 * Schemas → TypeRefs and named types.
 *
 * A `TypeBuilder` turns the normalized spec's `SchemaNode`s into IR `TypeRef`s, following `$ref` nodes through the
 * spec's schema graph (normalize/schema.ts). Component schemas and schemas named by a Stainless `id` become
 * `NamedSchema`s (referenced with `{ kind: 'ref' }`); everything else is inlined. A `$ref` to something that is not a
 * component (deep refs into paths, properties…) is inlined too, unless it is part of a cycle, in which case it is
 * promoted to a named schema so the cycle passes through a ref. With a
 * Stainless config, only its models are named: any other component is inlined where it is used, as Stainless's SDKs
 * declare it (`ChatCompletionChunk.Choice` for a `choices` property whose items are the `OpenAIChunkChoice` schema).
 *
 * Names are provisional here (`nameHint`); `naming/scope.ts` settles them once every schema is known.
 */
import type { Diagnostics } from '../diagnostics';
import type { NormalizedSpec } from '../normalize/normalize';
import type { SchemaGraph, SchemaNode } from '../normalize/schema';
import { DirectionalShapes } from './direction';
import { readDiscriminator } from './discriminator';
import { emptyObject, mergedObject } from './merged-object';
import { oneUnionOf, variantsWithOwn, type VariantOf } from './own-and-variants';
import { withRequiredKeys } from './required-keys';
import { componentName, hintedTypeName, isComponentPointer, nameFromPointer } from './schema-names';
import { ByPlace, locationKey, SelfReferences } from './self-reference';
import type { Docs, ObjectType, Property, SourceRef, TypeRef } from './types';
import { docsFrom, type DocsFields, NO_EXTRA_DOCS, sourceOf } from './docs';
import { SchemaDocs } from './schema-docs';
import {
  hasOwnStructure,
  inferTypes,
  isConstraintOnly,
  isNullOnly,
  saysNothingOfMembers,
  shapeKey,
} from './schema-shape';
import { enumType, literalType } from './enum-type';
import { BOOLEAN, INTEGER, NULL, NUMBER, UNKNOWN } from './scalars';
import { unionOfMembers } from './null-member';
import { declaredModel, isNullableModel } from './nullable-model';
import { asLoneMember, containsNull, unionKeepingObjects, unionOf } from './union';
import { withUnionExample } from './union-example';
import { withOuterRequired } from './outer-required';

/**
 * Where a type is used. Requests leave readOnly properties out and responses writeOnly ones; binary strings are
 * uploads in requests, plain strings in responses.
 */
export type Direction = 'request' | 'response';

/** How a schema is typed: for which direction, and whether binary strings are uploads. */
interface Mode {
  direction: Direction;
  uploads: boolean;
}

const RESPONSE: Mode = { direction: 'response', uploads: false };
/** A schema used inline in a request (a parameter, a body). */
const REQUEST: Mode = { direction: 'request', uploads: true };
/** The body of a named request-side type: as every named type, it types binary strings as strings. */
const NAMED_REQUEST: Mode = { direction: 'request', uploads: false };

/** A named type before names are settled. */
export interface PendingSchema {
  id: string;
  /** Preferred name (component key, `id`, hint); null for a type named after the method that declares it. */
  nameHint: string | null;
  /** Lower-priority fallbacks tried before numeric suffixes, e.g. owner-qualified names. */
  explicitName: boolean;
  type: TypeRef;
  docs: Docs;
  source: SourceRef;
  /** Order key: position of first definition, for deterministic output. */
  order: number;
  /** On the request-side variant of a schema whose shape differs by direction: the id of the schema. */
  requestVariantOf?: string;
}

/** How deep named() calls nest before the types of further named schemas are built afterwards (see named()). */
const MAX_NAMED_DEPTH = 200;

/**
 * How many components that are no models may be inlined one inside another before the next is named: each is written
 * out at every use, so a spec whose schemas refer to each other many times over would grow its types exponentially.
 */
const MAX_INLINED_DEPTH = 12;

export class TypeBuilder {
  /** Named schemas by id, in registration order. */
  readonly schemas = new Map<string, PendingSchema>();
  /** Place → named schema id, for components, inline ids and promoted cycles. */
  private readonly namedAt = new ByPlace<string>();
  /**
   * With a Stainless config, the components that are a `$ref` alone to a schema that is no model, and a model of their
   * own (stagehand's `ModelConfig: $ref ModelConfigObject`, which its config names), by the root document's `$ref` to
   * them: a `$ref` to one names it (`ModelConfigParam`), not the schema it refers to, written out in place.
   */
  private readonly refAliases = new Map<string, { node: SchemaNode; key: string }>();
  /** Inline `id` name → the raw shape first registered under it, to detect conflicting reuse. */
  private readonly inlineIdShapes = new Map<string, { key: string; shape: string }>();
  /** Places of non-named refs currently being inlined (cycle detection). */
  private readonly inlining = new ByPlace<true>();
  /** How many of `inlining` are components that are no models (see MAX_INLINED_DEPTH). */
  private inlinedComponents = 0;
  private order = 0;
  /** How many named() calls are building a type, each inside the one before (a chain of `$ref`s between schemas). */
  private namedDepth = 0;
  /** Named schemas registered past MAX_NAMED_DEPTH, whose types the outermost named() call builds before it returns. */
  private readonly deferred: Array<() => void> = [];
  /** The named schemas registered whose type is not built yet (inside a cycle, or deferred), but for their type. */
  private readonly building = new Map<string, Omit<PendingSchema, 'type'>>();
  /** Named schema id → id of its request-side variant, for schemas whose shape differs by direction. */
  readonly requestVariants = new Map<string, string>();
  private readonly shapes: DirectionalShapes;
  private readonly selfReferences: SelfReferences;

  private readonly graph: SchemaGraph;

  /**
   * Every pointer a deep `$ref` target may have (each suffix of a target that starts with `#`): a place whose pointer
   * is not among them is no target, found without making its long key.
   */
  private readonly deepPointers = new Set<string>();

  /**
   * The component pointers (`#/components/schemas/Foo`) that are named types when only models are (a Stainless
   * config's `models`); null when every component is one.
   */
  private readonly models: ReadonlySet<string> | null;

  /** Docs as a Stainless config's SDKs write them (see schema-docs.ts). */
  private readonly stainlessDocs: boolean;
  private readonly docs: SchemaDocs;

  /** Types as a Stainless config's SDKs have them where they differ from sdkgen's (see object below). */
  private readonly stainlessTypes: boolean;

  constructor(
    private readonly spec: NormalizedSpec,
    private readonly diags: Diagnostics,
    options: { models?: ReadonlySet<string> | null; stainlessDocs?: boolean; stainlessTypes?: boolean } = {},
  ) {
    this.models = options.models ?? null;
    this.stainlessDocs = options.stainlessDocs ?? false;
    this.stainlessTypes = options.stainlessTypes ?? false;
    this.docs = new SchemaDocs(this.stainlessDocs, (node) => safeResolve(this, node));
    this.graph = spec.schemas;
    for (const target of this.graph.deepRefTargets)
      for (let at = target.indexOf('#'); at >= 0; at = target.indexOf('#', at + 1))
        this.deepPointers.add(target.slice(at));
    this.shapes = new DirectionalShapes((node) => safeResolve(this, node));
    this.selfReferences = new SelfReferences((node) => safeResolve(this, node));
  }

  /** A schema's docs (SchemaDocs.of): the IR's callers ask the builder, which knows whether Stainless's are meant. */
  docsOf(node: SchemaNode | null, extra: DocsFields = NO_EXTRA_DOCS): Docs {
    return this.docs.of(node, extra);
  }

  /** A property's, body field's or response's docs (SchemaDocs.throughRef). */
  docsThroughRef(node: SchemaNode | null): Docs {
    return this.docs.throughRef(node);
  }

  /** Register every component schema that is a named type, in spec order, so unused ones are exported too. */
  registerComponents(): void {
    for (const component of this.spec.components) {
      const node = component.node;
      if (node.hints.skip || this.inlines(node)) continue;
      // (Known before any is named: a component named earlier may refer to one. One that refers to a model is that
      // model, as before.)
      if (this.models === null || node.ref === null || node.loc.doc !== this.spec.root) continue;
      const target = this.resolve(node);
      if (componentName(target.loc) === null || this.inlines(target))
        this.refAliases.set(node.loc.pointer, { node, key: component.key });
    }
    for (const component of this.spec.components) {
      const node = component.node;
      if (node.hints.skip || this.inlines(node)) continue;
      this.named(node, component.key);
    }
  }

  /**
   * Id of the named schema a root-document pointer declares ("#/components/schemas/Foo"), if any: a component that
   * is inlined where it is used is named on this first request (a config's webhook events, stream events).
   */
  componentId(pointer: string): string | null {
    const known = this.namedAt.get({ doc: this.spec.root, pointer });
    if (known) return known;
    const component = this.spec.components.find((c) => c.node.loc.pointer === pointer);
    return component && !component.node.hints.skip ? this.named(component.node, component.key) : null;
  }

  /**
   * Whether the component schema `node` is written out where it is used rather than named (not a model). An `id` on
   * a component does not name it: Stainless's SDKs write such a schema out too (smithery's `id: StdioConnection`
   * is `ServerRetrieveResponse.StdioConnection`).
   */
  private inlines(node: SchemaNode): boolean {
    if (this.models === null || node.hints.modelName !== null) return false;
    if (componentName(node.loc) === null) return false;
    return !(node.loc.doc.absPath === this.spec.root.absPath && this.models.has(node.loc.pointer));
  }

  /** TypeRef for a schema used inline in a request or a response. */
  type(node: SchemaNode, direction: Direction): TypeRef {
    return this.typeIn(node, direction === 'request' ? REQUEST : RESPONSE);
  }

  private typeIn(node: SchemaNode, mode: Mode): TypeRef {
    if (node.hints.skip) return UNKNOWN;
    if (node.ref !== null) return this.refTypeOrNull(node, mode);
    if (node.idName !== null && !isComponentPointer(node.loc.pointer))
      return this.namedRef(node, this.named(node, node.idName), mode);
    // Only a schema read by place (a component, a `$ref`'s target, a deep target and what holds it) can be named
    // before its parent reaches it: any other is asked neither (most of a spec's, whose places are long to hash).
    if (!this.graph.readByPlace(node)) return this.structural(node, mode);
    const named = this.namedAt.get(node.loc);
    if (named) return this.namedRef(node, named, mode);
    // An inline schema that a deep `$ref` reaches from inside itself must be a named type, from its
    // first use on, so the cycle passes through a ref and is declared once.
    if (this.isDeepTarget(node) && this.selfReferences.reachesItself(node))
      return this.namedRef(node, this.named(node, nameFromPointer(node.loc.pointer)), mode);
    return this.structural(node, mode);
  }

  /** typeIn of each node. (A closure over `mode` would cost its maker, which types every schema, a context each call.) */
  private typesIn(nodes: readonly SchemaNode[], mode: Mode): TypeRef[] {
    return nodes.map((node) => this.typeIn(node, mode));
  }

  private isDeepTarget(node: SchemaNode): boolean {
    return this.deepPointers.has(node.loc.pointer) && this.graph.deepRefTargets.has(locationKey(node.loc));
  }

  /**
   * A reference to the named schema `id` declared by `node`: in requests, to its request-side variant when its shape
   * differs by direction; or null where a nullable model is (nullable-model.ts).
   */
  private namedRef(node: SchemaNode, id: string, mode: Mode): TypeRef {
    const request = mode.direction === 'request' && this.shapes.differs(node);
    const ref: TypeRef = { kind: 'ref', schemaId: request ? this.requestVariant(node, id) : id };
    return this.stainlessTypes && isNullableModel(node) ? unionOf([ref, NULL]) : ref;
  }

  /**
   * Register (once) the request-side variant of the named schema `baseId` (declared by `node`) and return its id.
   * It is named after the schema once names are settled (`Pet` → `PetParam`) and declared right after it.
   */
  private requestVariant(node: SchemaNode, baseId: string): string {
    const existing = this.requestVariants.get(baseId);
    if (existing) return existing;
    const base = this.schemas.get(baseId) ?? this.building.get(baseId)!;
    const id = `${baseId}#param`;
    // Registered before its shape is built, so a variant that reaches itself refers to itself.
    this.requestVariants.set(baseId, id);
    const type = declaredModel(this.structural(node, NAMED_REQUEST), node, this.stainlessTypes);
    this.schemas.set(id, {
      id,
      nameHint: base.nameHint,
      explicitName: base.explicitName,
      type,
      docs: base.docs,
      source: base.source,
      order: base.order + 0.5,
      requestVariantOf: baseId,
    });
    return id;
  }

  private refTypeOrNull(node: SchemaNode, mode: Mode): TypeRef {
    const target = this.refType(node, mode);
    return node.nullable ? unionOf([target, NULL]) : target;
  }

  /** The schema a `$ref` node points at, if it names a registered or registrable named schema. */
  private refType(node: SchemaNode, mode: Mode): TypeRef {
    const target = this.resolve(node);
    const alias = node.loc.doc === this.spec.root ? this.refAliases.get(node.ref!) : undefined;
    if (alias !== undefined) return this.namedRef(target, this.named(alias.node, alias.key), mode);
    const existing = this.namedAt.get(target.loc);
    if (existing) return this.namedRef(target, existing, mode);
    const component = componentName(target.loc);
    const inlined = component !== null && this.inlines(target);
    if (component !== null && !inlined) return this.namedRef(target, this.named(target, component), mode);
    if (target.idName !== null && !inlined) return this.namedRef(target, this.named(target, target.idName), mode);
    // A component that is no model: unknown where it reaches itself, as Stainless's (knock's `Array<unknown>`
    // branches); too deep among others, named after all.
    if (inlined && this.selfReferences.reachesItself(target)) return UNKNOWN;
    if (inlined && this.inlinedComponents >= MAX_INLINED_DEPTH)
      return this.namedRef(target, this.named(target, component), mode);
    // A deep ref (into paths, properties, …) or a component that is no model: inlined, unless inside it (a cycle).
    if (this.inlining.has(target.loc)) {
      this.diags.warn(
        'cycle-through-inline-schema',
        target.loc.doc.file,
        target.loc.pointer,
        'a schema that is not a component refers to itself; it is exported as a named type',
        'move the schema to #/components/schemas to choose its name',
      );
      return this.namedRef(target, this.named(target, nameFromPointer(target.loc.pointer)), mode);
    }
    this.inlining.set(target.loc, true);
    if (inlined) this.inlinedComponents++;
    try {
      const inner = this.typeIn(target, mode);
      // As a union's variant, it is declared under the component's name (`Tool.FileSearchTool`); of models and one
      // object (`allOf: [Customer, {…}]`), the object is, documented by a `$ref`'s own description (`on_yes`).
      if (!inlined) return inner;
      const variantName = target.hints.variantName ?? component;
      const key = locationKey(target.loc);
      const docs = this.stainlessDocs && node.description !== null ? { docs: this.docsOf(node) } : {};
      const named = (o: ObjectType): ObjectType => ({ ...o, ...docs, variantName, inlinedFrom: key });
      if (inner.kind === 'object') return named(inner);
      const objects = inner.kind === 'intersection' ? inner.parts.filter((p) => p.kind === 'object') : [];
      if (inner.kind === 'intersection' && objects.length === 1)
        return { ...inner, parts: inner.parts.map((p) => (p.kind === 'object' ? named(p) : p)) };
      // A union's own objects (`oneOf: [boolean, {…}]`), reached twice in one namespace, are declared there once too.
      if (inner.kind === 'union' && inner.variants.some((v) => v.kind === 'object'))
        return {
          ...inner,
          variants: inner.variants.map((v, i) => (v.kind === 'object' ? { ...v, inlinedFrom: `${key}|${i}` } : v)),
        };
      return inner;
    } finally {
      this.inlining.delete(target.loc);
      if (inlined) this.inlinedComponents--;
    }
  }

  /** The id of the named schema `node` is or `$ref`s to, if one is registered (none is named by asking). */
  namedIdOf(node: SchemaNode): string | null {
    const target = node.ref === null ? node : safeResolve(this, node);
    return (target && this.namedAt.get(target.loc)) ?? null;
  }

  /** Follow `$ref`s to the schema they name, reporting dangling refs with the pointer of the `$ref`. */
  resolve(node: SchemaNode): SchemaNode {
    return this.graph.deref(node);
  }

  /**
   * Register (once) a named schema for `node` and return its id. The id (and its order) is taken before the type
   * is built, so recursive schemas terminate.
   */
  named(node: SchemaNode, nameHint: string): string {
    const existing = this.namedAt.get(node.loc);
    if (existing) return existing;
    let id = `${node.loc.doc.file}${node.loc.pointer}`;
    const hinted = node.hints.typeName ?? node.hints.modelName;
    const explicitName = hinted ? hintedTypeName(hinted) : node.idName && !componentName(node.loc) ? node.idName : null;
    if (node.idName !== null && componentName(node.loc) === null) {
      // Inline `id`: the same id in several places is one type (Stainless deduplicates by id).
      id = `id:${node.idName}`;
      const shape = shapeKey(node);
      const seen = this.inlineIdShapes.get(node.idName);
      if (seen) {
        if (seen.shape !== shape) {
          this.diags.warn(
            'conflicting-inline-id',
            node.loc.doc.file,
            node.loc.pointer,
            `id "${node.idName}" names two different schemas; this one is exported under a separate name`,
            'give the two schemas different ids, or make them identical',
          );
          id = `${node.loc.doc.file}${node.loc.pointer}`;
        } else {
          this.namedAt.set(node.loc, id);
          return id;
        }
      } else {
        this.inlineIdShapes.set(node.idName, { key: locationKey(node.loc), shape });
      }
    }
    this.namedAt.set(node.loc, id);
    const order = this.order++;
    const pending = {
      id,
      nameHint: explicitName ?? nameHint,
      explicitName: explicitName !== null,
      docs: this.docsOf(node),
      source: sourceOf(node.loc),
      order,
    };
    this.building.set(id, pending);
    const build = () => {
      // The response shape; requests refer to a request-side variant when the shapes differ (see namedRef).
      const type = declaredModel(this.structural(node, RESPONSE), node, this.stainlessTypes);
      const { nameHint, explicitName, docs, source } = pending;
      this.schemas.set(id, { id, nameHint, explicitName, type, docs, source, order });
      this.building.delete(id);
    };
    // Each schema a type refers to is built inside it: a long chain of schemas, each referring to the next, would
    // exhaust the call stack. Past MAX_NAMED_DEPTH the type is built later, once the outermost call is done.
    if (this.namedDepth >= MAX_NAMED_DEPTH) {
      this.deferred.push(build);
      return id;
    }
    this.namedDepth++;
    try {
      build();
      if (this.namedDepth === 1) {
        // (Building one may defer more: the list grows while it is run.)
        for (let i = 0; i < this.deferred.length; i++) this.deferred[i]();
        this.deferred.length = 0;
      }
    } finally {
      this.namedDepth--;
    }
    return id;
  }

  /** The type a named schema declaring `node` (its `$ref`s followed) has: for a type that copies a schema's shape. */
  declaredType(node: SchemaNode): TypeRef {
    return this.structural(this.resolve(node), RESPONSE);
  }

  /** Register a type a method declares (its response, its page item), named after the method (`id` says which). */
  synthetic(id: string, type: TypeRef, docs: Docs, source: SourceRef): string {
    if (!this.schemas.has(id)) {
      this.schemas.set(id, { id, nameHint: null, explicitName: false, type, docs, source, order: this.order++ });
    }
    return id;
  }

  private structural(node: SchemaNode, mode: Mode): TypeRef {
    const type = withOuterRequired(this.shapeType(node, mode), node, { stainless: this.stainlessTypes });
    return withRequiredKeys(type, node, mode.direction, this.graph);
  }

  private shapeType(node: SchemaNode, mode: Mode): TypeRef {
    if (node.hints.any) return UNKNOWN;
    // (Nullable still: lobehub's `data: { type: object, nullable: true, x-stainless-empty-object: true }`.)
    if (node.hints.emptyObject) return this.orNull(node, emptyObject(this.docsOf(node)));
    // A named schema that is only a `$ref` (`WidgetAlias: {$ref: Widget}`, chains included) is an alias of its target.
    if (node.ref !== null) return this.refTypeOrNull(node, mode);
    if (node.const !== null) return literalType(node.const.value, node);

    // (Most schemas have no composition keyword: no list is made for them.)
    if (node.allOf === null && node.oneOf === null && node.anyOf === null) return this.plain(node, mode);
    // Composition keywords first; sibling object keywords are intersected with them.
    const composed: TypeRef[] = [];
    // `allOf: [{ nullable: true }, LogProbs]`: the member that says only that it may be null makes the schema
    // nullable, as 3.0 generators mean it and Stainless reads it (together's `Choice.logprobs`, `LogProbs | null`).
    const allOf = node.allOf?.filter((member) => !isNullOnly(member)) ?? null;
    const nullableByMember = allOf !== null && allOf.length < node.allOf!.length;
    if (allOf && allOf.length > 0) {
      this.graph.checkAllOf(node);
      const parts = this.typesIn(allOf, mode);
      composed.push(parts.length === 1 ? parts[0] : this.allOfType(parts, node));
    }
    // `anyOf: [{ required: [email] }, { required: [phone] }]` only says which of the object's own properties must
    // be there: it adds no type, and the object is typed by its own keywords (as Stainless types it).
    const own = hasOwnStructure(node) ? this.plain(node, mode) : null;
    // Properties beside one `oneOf`/`anyOf` alone are merged into its variants (see own-and-variants.ts).
    const alone = own?.kind === 'object' && composed.length === 0 ? oneUnionOf(node) : null;
    const merged = alone ? variantsWithOwn(own as ObjectType, this.variantsOf(alone, mode)) : null;
    if (merged) return this.orNull(node, this.unionFrom(node, alone!, merged));
    for (const variants of [node.oneOf, node.anyOf])
      if (variants && variants.length > 0 && !variants.every(isConstraintOnly))
        composed.push(asLoneMember(node, this.union(node, variants, mode), this.stainlessDocs && this.docsOf(node)));
    if (composed.length > 0) {
      const all = own ? [own, ...composed] : composed;
      return this.orNull(node, all.length === 1 ? all[0] : this.allOfType(all, node), nullableByMember);
    }
    const plain = this.plain(node, mode);
    return nullableByMember ? this.orNull(node, plain, true) : plain;
  }

  private orNull(node: SchemaNode, type: TypeRef, nullable = false): TypeRef {
    const saysNull = nullable || node.types?.includes('null') || node.nullable;
    return saysNull && !containsNull(type) ? unionOf([type, NULL]) : type;
  }

  /**
   * Types that all hold: their intersection; with a Stainless config, its objects (a model is a ref) are one object
   * with every part's properties, as Stainless's SDKs declare them.
   */
  private allOfType(all: TypeRef[], node: SchemaNode): TypeRef {
    if (this.models === null) return { kind: 'intersection', parts: all };
    // (`{}`, as a transformation leaves a part it took the `$ref` out of, adds nothing.)
    const parts = all.some((p) => p.kind !== 'unknown') ? all.filter((p) => p.kind !== 'unknown') : all;
    const objects = parts.filter((p): p is ObjectType => p.kind === 'object');
    if (parts.length === 1) return parts[0];
    if (objects.length < 2) return { kind: 'intersection', parts };
    const merged = this.docs.titled(mergedObject(objects, this.docsOf(node), { joinEnums: true }), node);
    // Stainless's SDKs document an object merged from several by the `allOf`'s own description alone, not by a
    // part's (grid's `BulkCustomerImportJob.errors` items, imagekit's error event `transformation`).
    if (this.stainlessDocs && node.description === null && merged.docs.description !== undefined)
      merged.docs = docsFrom({ ...merged.docs, description: null });
    const others = parts.filter((p) => p.kind !== 'object');
    return others.length === 0 ? merged : { kind: 'intersection', parts: [...others, merged] };
  }

  private union(node: SchemaNode, variantNodes: SchemaNode[], mode: Mode): TypeRef {
    // A `format` beside the union (`anyOf: [{type: string}, {type: null}], format: date-time`) is its strings' format.
    const variants = this.variantsOf(variantNodes, mode).map((v) =>
      node.format !== null && v.type.kind === 'string' && v.type.format === null && v.type.constraints === undefined
        ? this.stringType(node.format)
        : v.type,
    );
    return this.unionFrom(node, variantNodes, variants);
  }

  private variantsOf(variantNodes: SchemaNode[], mode: Mode): VariantOf[] {
    // `anyOf: [X, { nullable: true }]`: a member that says only that it may be null is null, as generators of 3.0
    // specs mean it (and Stainless reads it); read by the letter, it would take anything and the union with it.
    return variantNodes.map((v) =>
      isNullOnly(v) ? { type: NULL, schema: null } : { type: this.typeIn(v, mode), schema: safeResolve(this, v) },
    );
  }

  private unionFrom(node: SchemaNode, variantNodes: SchemaNode[], variants: TypeRef[]): TypeRef {
    const discriminator = node.discriminator
      ? readDiscriminator(node, variantNodes, {
          resolve: (n) => this.resolve(n),
          diags: this.diags,
          // With a Stainless config, a variant written out in place is named after its value (`CheckStep.Queued`).
          inferValues: this.models !== null,
        })
      : null;
    const objectSaid = (at: number) => safeResolve(this, variantNodes[at])?.types?.join() === 'object';
    const flat = (this.stainlessTypes && unionKeepingObjects(variants, objectSaid)) || unionOf(variants);
    return flat.kind === 'union' ? withUnionExample(unionOfMembers(flat, variants, discriminator), node) : flat;
  }

  /** Types for `type`/`enum`/structure, without composition keywords. */
  private plain(node: SchemaNode, mode: Mode): TypeRef {
    if (node.enum !== null) return enumType(node, this.diags);
    const types = node.types ?? inferTypes(node);
    if (types === null) return UNKNOWN;
    if (types.length === 0) return UNKNOWN; // `false` schema: nothing validates; unknown is the honest type
    // (Most schemas have one type: no list of parts is made for them.)
    if (types.length === 1) return this.single(node, types[0], mode);
    // (A loop, not map: most of these are a nullable schema's two types, and a closure each costs more.)
    const parts: TypeRef[] = [];
    for (let i = 0; i < types.length; i++) parts.push(this.single(node, types[i], mode));
    return (this.stainlessTypes && unionKeepingObjects(parts, () => true)) || unionOf(parts);
  }

  private single(node: SchemaNode, type: string, mode: Mode): TypeRef {
    switch (type) {
      case 'string':
        if (node.binary && mode.uploads) return { kind: 'file' };
        return node.stringConstraints
          ? { kind: 'string', format: node.format, constraints: node.stringConstraints }
          : this.stringType(node.format);
      case 'integer':
        return node.numberConstraints ? { kind: 'integer', constraints: node.numberConstraints } : INTEGER;
      case 'number':
        return node.numberConstraints ? { kind: 'number', constraints: node.numberConstraints } : NUMBER;
      case 'boolean':
        return BOOLEAN;
      case 'null':
        return NULL;
      case 'array': {
        if (node.prefixItems && !(this.stainlessTypes && node.items)) {
          return {
            kind: 'tuple',
            items: this.typesIn(node.prefixItems, mode),
            rest: node.items ? this.typeIn(node.items, mode) : null,
          };
        }
        const items: TypeRef = node.items ? this.itemsType(node.items, mode) : UNKNOWN;
        return this.models !== null && node.title
          ? { kind: 'array', items, title: node.title }
          : { kind: 'array', items };
      }
      case 'object':
        return this.object(node, mode);
      default:
        return UNKNOWN;
    }
  }

  /**
   * An array's items. Stainless's SDKs type items that are a nullable object saying nothing of its members as a map or
   * null (leadsnap's `grid_points?: Array<{ [key: string]: unknown } | null>`), where that object is `unknown | null`
   * as a property (knock's `schema`) and items of one not nullable are `unknown` (tambo's `tool_calls`).
   */
  private itemsType(items: SchemaNode, mode: Mode): TypeRef {
    const nullableObject =
      items.types !== null && items.types.includes('object') && (items.nullable || items.types.includes('null'));
    const plainInline =
      items.ref === null &&
      items.idName === null &&
      items.enum === null &&
      !items.allOf &&
      !items.anyOf &&
      !items.oneOf;
    if (
      !this.stainlessTypes ||
      !nullableObject ||
      !plainInline ||
      !saysNothingOfMembers(items) ||
      items.hints.skip ||
      items.hints.any ||
      items.hints.emptyObject ||
      this.graph.readByPlace(items)
    )
      return this.typeIn(items, mode);
    return unionOf([this.object(items, mode, true), NULL]);
  }

  /** A string of `format` without constraints: one object for each format, shared as the other scalars are (scalars.ts). */
  private readonly strings = new Map<string | null, TypeRef>();

  private stringType(format: string | null): TypeRef {
    let type = this.strings.get(format);
    if (type === undefined) this.strings.set(format, (type = Object.freeze({ kind: 'string', format })));
    return type;
  }

  /** `memberlessAsMap`: an object that says nothing of its members is a map even under a Stainless config. */
  private object(node: SchemaNode, mode: Mode, memberlessAsMap = false): TypeRef {
    // Stainless's SDKs type an object that says nothing of its members as `unknown` (knock's `schema?: unknown | null`,
    // inbound's `headers?: unknown`); sdkgen's own SDKs have a map.
    if (this.stainlessTypes && !memberlessAsMap && saysNothingOfMembers(node)) return UNKNOWN;
    // (A short list is searched: a Set for each of a spec's objects costs more.)
    const required = node.required.length > 8 ? new Set(node.required) : node.required;
    const properties: Property[] = [];
    let declared = 0;
    // (An index, not for…of: the loop runs for each of a spec's properties, mostly before V8 optimizes it.)
    for (let i = 0; i < node.properties.length; i++) {
      const { key, schema } = node.properties[i];
      if (schema.hints.skip) continue;
      declared++;
      // A `$ref` property is readOnly or writeOnly as its target is (direction.ts's isReadOnly): followed once.
      const target = schema.ref === null ? null : safeResolve(this, schema);
      const readOnly = schema.readOnly || (target?.readOnly ?? false);
      const writeOnly = schema.writeOnly || (target?.writeOnly ?? false);
      // readOnly properties are never sent, writeOnly ones never returned.
      if (mode.direction === 'request' ? readOnly : writeOnly) continue;
      const property: Property = {
        key,
        type: this.typeIn(schema, mode),
        required: required instanceof Set ? required.has(key) : required.includes(key),
        docs: this.docsThroughRef(schema),
      };
      if (readOnly) property.readOnly = true;
      if (writeOnly) property.writeOnly = true;
      properties.push(property);
    }
    let additional: TypeRef | null = null;
    if (node.additionalProperties === true) additional = UNKNOWN;
    else if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      additional = this.typeIn(node.additionalProperties, mode);
    } else if (node.additionalProperties === null && declared === 0) {
      additional = node.patternProperties.length > 0 ? unionOf(this.typesIn(node.patternProperties, mode)) : UNKNOWN;
    }
    const unsaid = node.additionalProperties === null && declared === 0 && node.patternProperties.length === 0;
    let propertyNames: TypeRef | null = null;
    if (node.propertyNames && additional !== null) {
      const names = this.typeIn(node.propertyNames, mode);
      if (names.kind === 'enum' || names.kind === 'literal') propertyNames = names;
    }
    const result: ObjectType = {
      kind: 'object',
      properties,
      additional,
      propertyNames,
      declareAs: null,
      docs: this.docsOf(node),
    };
    if (node.hints.variantName) result.variantName = node.hints.variantName;
    const { title } = this.docs.titled(result, node);
    if (title !== undefined) result.title = title;
    if (node.additionalProperties === false && node.patternProperties.length === 0) result.closed = true;
    if (unsaid) result.unsaidMembers = true;
    return result;
  }
}

/** The schema a `$ref` node names, or null when it dangles (reported where its type is built). */
export function safeResolve(builder: TypeBuilder, node: SchemaNode): SchemaNode | null {
  try {
    return builder.resolve(node);
  } catch {
    return null;
  }
}
