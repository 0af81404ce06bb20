/**
 * Schemas → TypeRefs, by shape: the part of the `TypeBuilder` (build-schema.ts) that types a schema by its own
 * keywords — composition (`allOf`/`oneOf`/`anyOf`), `type`, `enum`, arrays, objects and their properties. Which schemas
 * are named types and how a `$ref` is followed is the `TypeBuilder`'s, through `typeIn`, `refTypeOrNull` and `resolve`.
 */
import type { Diagnostics } from '../diagnostics';
import type { SchemaGraph, SchemaNode } from '../normalize/schema';
import { readDiscriminator } from './discriminator';
import { docsFrom, type DocsFields, NO_EXTRA_DOCS } from './docs';
import { enumType, literalType } from './enum-type';
import { emptyObject, mergedObject } from './merged-object';
import { unionOfMembers } from './null-member';
import { withOuterRequired } from './outer-required';
import { oneUnionOf, variantsWithOwn, type VariantOf } from './own-and-variants';
import { withRequiredKeys } from './required-keys';
import { BOOLEAN, INTEGER, NULL, NUMBER, UNKNOWN } from './scalars';
import { SchemaDocs } from './schema-docs';
import { hasOwnStructure, inferTypes, isConstraintOnly, isNullOnly, saysNothingOfMembers } from './schema-shape';
import type { Docs, ObjectType, Property, TypeRef } from './types';
import { asLoneMember, containsNull, unionKeepingObjects, unionOf } from './union';
import { firstMemberScalarExample } from './scalar-example';
import { withUnionExample } from './union-example';

/**
 * Where a type is used. Requests leave readOnly properties out and responses writeOnly ones; binary strings are
 * uploads in requests, plain strings in responses.
 */
export type Direction = 'request' | 'response';

/** How a schema is typed: for which direction, and whether binary strings are uploads. */
export interface Mode {
  direction: Direction;
  uploads: boolean;
}

/** What a `TypeBuilder` is made with (build-schema.ts). */
export interface TypeBuilderOptions {
  models?: ReadonlySet<string> | null;
  stainlessDocs?: boolean;
  stainlessTypes?: boolean;
}

/** Something that follows a `$ref` node to the schema it names (a `TypeBuilder`). */
export interface Resolver {
  resolve(node: SchemaNode): SchemaNode;
}

/** The schema a `$ref` node names, or null when it dangles (reported where its type is built). */
export function safeResolve(builder: Resolver, node: SchemaNode): SchemaNode | null {
  try {
    return builder.resolve(node);
  } catch {
    return null;
  }
}

export abstract class ShapeTyper implements Resolver {
  /**
   * The component pointers (`#/components/schemas/Foo`) that are named types when only models are (a Stainless
   * config's `models`); null when every component is one.
   */
  protected readonly models: ReadonlySet<string> | null;

  /** Docs as a Stainless config's SDKs write them (see schema-docs.ts). */
  protected readonly stainlessDocs: boolean;
  protected readonly docs: SchemaDocs;

  /** Types as a Stainless config's SDKs have them where they differ from sdkgen's (see object below). */
  protected readonly stainlessTypes: boolean;

  constructor(
    protected readonly graph: SchemaGraph,
    protected readonly diags: Diagnostics,
    options: TypeBuilderOptions,
  ) {
    this.models = options.models ?? null;
    this.stainlessDocs = options.stainlessDocs ?? false;
    this.stainlessTypes = options.stainlessTypes ?? false;
    this.docs = new SchemaDocs(this.stainlessDocs, (node) => safeResolve(this, node));
  }

  /** The schema a `$ref` node names (throws when it dangles). */
  abstract resolve(node: SchemaNode): SchemaNode;

  /** The type of a schema used inside another in `mode`: a named type's ref, or its shape's type. */
  protected abstract typeIn(node: SchemaNode, mode: Mode): TypeRef;

  /** The type of a `$ref` node: its target's, or null where it dangles. */
  protected abstract refTypeOrNull(node: SchemaNode, mode: Mode): TypeRef;

  /** A schema's docs (SchemaDocs.of): the IR's callers ask the builder, which knows whether Stainless's are meant. */
  docsOf(node: SchemaNode | null, extra: DocsFields = NO_EXTRA_DOCS): Docs {
    return this.docs.of(node, extra);
  }

  /** A property's, body field's or response's docs (SchemaDocs.throughRef). */
  docsThroughRef(node: SchemaNode | null): Docs {
    return this.docs.throughRef(node);
  }

  /** typeIn of each node. (A closure over `mode` would cost its maker, which types every schema, a context each call.) */
  protected typesIn(nodes: readonly SchemaNode[], mode: Mode): TypeRef[] {
    return nodes.map((node) => this.typeIn(node, mode));
  }

  protected structural(node: SchemaNode, mode: Mode): TypeRef {
    const type = withOuterRequired(this.shapeType(node, mode), node, { stainless: this.stainlessTypes });
    return withRequiredKeys(type, node, mode.direction, this.graph);
  }

  private shapeType(node: SchemaNode, mode: Mode): TypeRef {
    // (A Stainless config's `x-stainless-any` on an open map is that map: xquik's `job`, `EventDetail.data`.)
    if (node.hints.any && !(this.stainlessTypes && isOpenMap(node))) return UNKNOWN;
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
      const distributed = this.allOfOverUnion(node, allOf, mode);
      if (distributed) return this.orNull(node, distributed, nullableByMember);
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

  /**
   * With a Stainless config, `allOf: [ {object}, { oneOf: [A, B] } ]` (the schema with no keyword of its own beside
   * it) is a union of the variants, each holding the object's properties too, as Stainless's SDKs write it: the
   * object's properties all optional there, only a variant's own required keys required (openint's
   * `core.connection_select` and `core.event`). Null when it is not that shape (the caller intersects the parts).
   */
  private allOfOverUnion(node: SchemaNode, allOf: SchemaNode[], mode: Mode): TypeRef | null {
    if (this.models === null || node.oneOf !== null || node.anyOf !== null || hasOwnStructure(node)) return null;
    const unions = allOf.filter((m) => m.ref === null && m.allOf === null && !hasOwnStructure(m) && oneUnionOf(m));
    if (unions.length !== 1 || allOf.length < 2) return null;
    const union = unions[0];
    const parts = this.typesIn(
      allOf.filter((m) => m !== union),
      mode,
    );
    const base = parts.length === 1 ? parts[0] : this.allOfType(parts, node);
    if (base.kind !== 'object') return null;
    const own: ObjectType = { ...base, properties: base.properties.map((p) => ({ ...p, required: false })) };
    const variantNodes = oneUnionOf(union)!;
    const merged = variantsWithOwn(own, this.variantsOf(variantNodes, mode));
    return merged ? this.unionFrom(union, variantNodes, merged) : null;
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
    if (flat.kind !== 'union') return flat;
    // (With a Stainless config, a first member naming a scalar component gives the union that component's example.)
    const memberExample = this.stainlessDocs
      ? firstMemberScalarExample(variantNodes, (n) => safeResolve(this, n))
      : null;
    return withUnionExample(unionOfMembers(flat, variants, discriminator), node, memberExample);
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

/**
 * `{ type: object, additionalProperties: true }` and nothing more: Stainless's SDKs write it as a map of unknown values
 * (`{ [key: string]: unknown }`, `Dict[str, object]`) with `x-stainless-any` on it too (xquik's TypeScript and Python
 * SDKs: `ExtractionRetrieveResponse.job`, `EventDetail.data`, `Event.data`).
 */
function isOpenMap(node: SchemaNode): boolean {
  const types = node.types?.filter((type) => type !== 'null') ?? [];
  return (
    types.length === 1 &&
    types[0] === 'object' &&
    node.additionalProperties === true &&
    node.properties.length === 0 &&
    node.allOf === null &&
    node.oneOf === null &&
    node.anyOf === null
  );
}
