/**
 * An `allOf` of objects and one `oneOf` of objects, as a union of objects: each variant with the objects' properties.
 * Python has no intersection type; Stainless's Python SDKs distribute such an `allOf` over its `oneOf` (openint's
 * `core.connection_select`, base fields `allOf` a `oneOf` of `connector.<x>.discriminated_connection_settings`:
 * `CreateConnectionResponse = Union[ConnectorAcceloDiscriminatedConnectionSettings, …]`, each class with the variant's
 * fields and the base's). Read as a class, the intersection printed a class with no name and an alias with no value.
 * Only that form: where a part is a ref, or the union has a variant that is not an inline object, it stays as it is.
 */
import type { Api, ObjectType, TypeRef } from '../../../ir/types';
import { mergedObject } from '../../../ir/merged-object';

/** `api` with each such intersection of its schemas distributed (see above); `api` itself where there is none. */
export function distributedIntersections(api: Api): Api {
  let changed = false;
  const schemas = api.schemas.map((schema) => {
    const type = distributed(schema.type);
    if (type === schema.type) return schema;
    changed = true;
    return { ...schema, type };
  });
  return changed ? { ...api, schemas } : api;
}

function distributed(type: TypeRef): TypeRef {
  switch (type.kind) {
    case 'array': {
      const items = distributed(type.items);
      return items === type.items ? type : { ...type, items };
    }
    case 'object': {
      let changed = false;
      const properties = type.properties.map((property) => {
        const inner = distributed(property.type);
        if (inner === property.type) return property;
        changed = true;
        return { ...property, type: inner };
      });
      return changed ? { ...type, properties } : type;
    }
    case 'union': {
      let changed = false;
      const variants = type.variants.map((variant) => {
        const inner = distributed(variant);
        if (inner !== variant) changed = true;
        return inner;
      });
      return changed ? { ...type, variants } : type;
    }
    case 'intersection': {
      const parts = type.parts.map(distributed);
      const unions = parts.filter((part) => part.kind === 'union');
      const objects = parts.filter((part): part is ObjectType => part.kind === 'object');
      const union = unions[0];
      if (union?.kind !== 'union' || unions.length !== 1 || objects.length !== parts.length - 1) return type;
      const variants = union.variants;
      if (variants.length === 0 || !variants.every((variant) => variant.kind === 'object')) return type;
      return {
        ...union,
        variants: variants.map((variant) => {
          // (Named as the variant: the union's member is the variant with the rest's fields.)
          const merged = mergedObject([...objects, variant], variant.docs);
          const { declareAs, variantName, title, inlinedFrom } = variant;
          return {
            ...merged,
            declareAs,
            ...(variantName !== undefined ? { variantName } : {}),
            ...(title !== undefined ? { title } : {}),
            ...(inlinedFrom !== undefined ? { inlinedFrom } : {}),
          };
        }),
      };
    }
    default:
      return type;
  }
}
