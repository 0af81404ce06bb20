/**
 * A discriminated union's variants with their tag narrowed to the values the mapping gives them, as Stainless writes
 * them: where the variants' tag is a shared enum (llama-stack's `type: ScoringFnParamsType`, `llm_as_judge`,
 * `regex_parser` or `basic`), the variant the mapping names for `basic` declares `type: Literal["basic"]`, not the
 * enum's every value. A variant the mapping names under several values keeps each of them; a tag that allows no more
 * than its mapped values, or none of them, is left as it is.
 */
import type { Api, Discriminator, Method, NamedSchema, ObjectType, Resource, TypeRef } from '../../../ir/types';

type Values = Array<string | number | boolean>;

/** `api` with its union variants' tags narrowed (see above); `api` itself where nothing narrows. */
export function narrowUnionTags(api: Api): Api {
  const byId = new Map(api.schemas.map((schema) => [schema.id, schema]));
  const narrowing = new Narrowing(byId);
  let changed = false;
  const schemas = api.schemas.map((schema) => {
    const type = narrowing.type(schema.type);
    if (type === schema.type) return schema;
    changed = true;
    return { ...schema, type };
  });
  // Variants that are refs: their named schema declares the narrowed tag.
  const narrowed = schemas.map((schema) => {
    const tags = narrowing.refTags.get(schema.id);
    if (!tags) return schema;
    const type = narrowTag(schema.type, tags.property, tags.values, byId);
    if (type === schema.type) return schema;
    changed = true;
    return { ...schema, type };
  });
  // A method's body that is such a union: its params' variants (one a variant, in order) declare the narrowed tag.
  const resource = (r: Resource): Resource => {
    const methods = sameOrMapped(r.methods, (method) => narrowParamsVariants(method, byId));
    const subresources = sameOrMapped(r.subresources, resource);
    return methods === r.methods && subresources === r.subresources ? r : { ...r, methods, subresources };
  };
  const resources = sameOrMapped(api.resources, resource);
  const topLevel = api.topLevel && resource(api.topLevel);
  if (!changed && resources === api.resources && topLevel === api.topLevel) return api;
  return { ...api, schemas: narrowed, resources, ...(topLevel ? { topLevel } : {}) };
}

/** `method` with the discriminating field of each of its body's variants narrowed to the values mapped to it. */
function narrowParamsVariants(method: Method, byId: Map<string, NamedSchema>): Method {
  const variants = method.params?.variants;
  const schemaId = method.body?.schemaId;
  if (!variants || schemaId === undefined) return method;
  const union = byId.get(schemaId)?.type;
  if (union?.kind !== 'union' || !union.discriminator || union.variants.length !== variants.length) return method;
  const discriminator = union.discriminator;
  const narrowed = sameOrMapped(variants, (variant, i) => {
    const values = mappedValues(discriminator, i);
    if (values.length === 0) return variant;
    const fields = sameOrMapped(variant.fields, (field) => {
      if (field.in !== 'body' || field.wireName !== discriminator.property) return field;
      const type = narrowedValues(field.type, values, byId);
      return type === null ? field : { ...field, type };
    });
    return fields === variant.fields ? variant : { ...variant, fields };
  });
  return narrowed === variants ? method : { ...method, params: { ...method.params!, variants: narrowed } };
}

class Narrowing {
  /** The tag values each named schema is a variant under, where a union names it by ref (one property per schema). */
  readonly refTags = new Map<string, { property: string; values: Values }>();
  /** Types already rewritten: one object reached twice stays one object (its class is declared once). */
  private readonly done = new Map<TypeRef, TypeRef>();
  /** Schemas that are variants under two properties: narrowed under neither. */
  private readonly conflicting = new Set<string>();

  constructor(private readonly byId: Map<string, NamedSchema>) {}

  type(type: TypeRef): TypeRef {
    const known = this.done.get(type);
    if (known) return known;
    const result = this.rewrite(type);
    this.done.set(type, result);
    return result;
  }

  private rewrite(type: TypeRef): TypeRef {
    switch (type.kind) {
      case 'array': {
        const items = this.type(type.items);
        return items === type.items ? type : { ...type, items };
      }
      case 'object': {
        const properties = sameOrMapped(type.properties, (property) => {
          const propertyType = this.type(property.type);
          return propertyType === property.type ? property : { ...property, type: propertyType };
        });
        const additional = type.additional && this.type(type.additional);
        if (properties === type.properties && additional === type.additional) return type;
        return { ...type, properties, additional };
      }
      case 'intersection': {
        const parts = sameOrMapped(type.parts, (part) => this.type(part));
        return parts === type.parts ? type : { ...type, parts };
      }
      case 'union': {
        const discriminator = type.discriminator;
        const variants = sameOrMapped(type.variants, (variant, i) => {
          const inner = this.type(variant);
          if (!discriminator) return inner;
          const values = mappedValues(discriminator, i);
          if (values.length === 0) return inner;
          if (inner.kind === 'ref') {
            this.noteRef(inner.schemaId, discriminator.property, values);
            return inner;
          }
          return narrowTag(inner, discriminator.property, values, this.byId);
        });
        return variants === type.variants ? type : { ...type, variants };
      }
      default:
        return type;
    }
  }

  private noteRef(schemaId: string, property: string, values: Values): void {
    if (this.conflicting.has(schemaId)) return;
    const known = this.refTags.get(schemaId);
    if (!known) {
      this.refTags.set(schemaId, { property, values: [...values] });
      return;
    }
    if (known.property !== property) {
      this.refTags.delete(schemaId);
      this.conflicting.add(schemaId);
      return;
    }
    for (const value of values) if (!known.values.includes(value)) known.values.push(value);
  }
}

/** The values the mapping gives the variant at `index`, as the spec names them (inferred ones are single already). */
function mappedValues(discriminator: Discriminator, index: number): Values {
  return discriminator.mapping
    .filter((entry) => entry.variant === index && !entry.inferred)
    .map((entry) => entry.value);
}

/** `type` (an object, or an `allOf` of objects) with its `property` narrowed to `values`; `type` where none narrows. */
function narrowTag(type: TypeRef, property: string, values: Values, byId: Map<string, NamedSchema>): TypeRef {
  if (type.kind === 'intersection') {
    const parts = sameOrMapped(type.parts, (part) =>
      part.kind === 'object' ? narrowTag(part, property, values, byId) : part,
    );
    return parts === type.parts ? type : { ...type, parts };
  }
  if (type.kind !== 'object') return type;
  const properties = sameOrMapped(type.properties, (candidate) => {
    if (candidate.key !== property) return candidate;
    const narrowed = narrowedValues(candidate.type, values, byId);
    return narrowed === null ? candidate : { ...candidate, type: narrowed };
  });
  return properties === type.properties ? type : ({ ...type, properties } satisfies ObjectType);
}

/** The tag type allowing only `values` (in the order the tag lists them), or null where it would allow no fewer. */
function narrowedValues(type: TypeRef, values: Values, byId: Map<string, NamedSchema>): TypeRef | null {
  const allowed = enumValues(type, byId, new Set());
  if (allowed === null) return null;
  const kept = allowed.filter((value) => values.includes(value));
  if (kept.length === 0 || kept.length === allowed.length) return null;
  return kept.length === 1 ? { kind: 'literal', value: kept[0] } : { kind: 'enum', values: kept };
}

/**
 * The values of an enum tag (or of a ref to one); null for any other type. A `oneOf` of `const`s is no such tag: a
 * variant keeps each of its values, whichever the mapping names (llama-stack's web search tool, `web_search`,
 * `web_search_preview`…), as Stainless's do.
 */
function enumValues(type: TypeRef, byId: Map<string, NamedSchema>, seen: Set<string>): Values | null {
  if (type.kind === 'enum') return type.values;
  if (type.kind !== 'ref' || seen.has(type.schemaId)) return null;
  seen.add(type.schemaId);
  const schema = byId.get(type.schemaId);
  return schema ? enumValues(schema.type, byId, seen) : null;
}

/** `items` mapped by `map`, or `items` itself where every item maps to itself. */
function sameOrMapped<T>(items: T[], map: (item: T, index: number) => T): T[] {
  let out: T[] | null = null;
  items.forEach((item, i) => {
    const mapped = map(item, i);
    if (mapped !== item && out === null) out = items.slice(0, i);
    if (out !== null) out.push(mapped);
  });
  return out ?? items;
}
