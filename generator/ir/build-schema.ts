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
 * A schema's type by its own keywords (composition, `type`, arrays, objects) is `ShapeTyper`'s (shape-types.ts), which
 * this class extends.
 *
 * Names are provisional here (`nameHint`); `naming/scope.ts` settles them once every schema is known.
 */
import type { Diagnostics } from '../diagnostics';
import type { NormalizedSpec } from '../normalize/normalize';
import type { SchemaNode } from '../normalize/schema';
import { DirectionalShapes } from './direction';
import { componentName, hintedTypeName, isComponentPointer, nameFromPointer } from './schema-names';
import { ByPlace, locationKey, SelfReferences } from './self-reference';
import type { Docs, SourceRef, TypeRef, ObjectType } from './types';
import { sourceOf } from './docs';
import { shapeKey } from './schema-shape';
import { NULL, UNKNOWN } from './scalars';
import { declaredModel, isNullableModel } from './nullable-model';
import { unionOf } from './union';
import { type Direction, type Mode, safeResolve, ShapeTyper, type TypeBuilderOptions } from './shape-types';

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

export class TypeBuilder extends ShapeTyper {
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

  /**
   * Every pointer a deep `$ref` target may have (each suffix of a target that starts with `#`): a place whose pointer
   * is not among them is no target, found without making its long key.
   */
  private readonly deepPointers = new Set<string>();

  constructor(
    private readonly spec: NormalizedSpec,
    diags: Diagnostics,
    options: TypeBuilderOptions = {},
  ) {
    super(spec.schemas, diags, options);
    for (const target of this.graph.deepRefTargets)
      for (let at = target.indexOf('#'); at >= 0; at = target.indexOf('#', at + 1))
        this.deepPointers.add(target.slice(at));
    this.shapes = new DirectionalShapes((node) => safeResolve(this, node));
    this.selfReferences = new SelfReferences((node) => safeResolve(this, node));
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

  protected typeIn(node: SchemaNode, mode: Mode): TypeRef {
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

  protected refTypeOrNull(node: SchemaNode, mode: Mode): TypeRef {
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
}
