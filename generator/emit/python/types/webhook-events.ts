/**
 * The union of events a `webhook_unwrap` method returns, discriminated as Stainless writes it from
 * WEBHOOK_EVENT_DISCRIMINATOR_SINCE on: when every event has a required property of a value of its own (a `const`,
 * or an enum of one: imagekit's `type: "video.transformation.accepted"`), the union is
 * `Annotated[Union[...], PropertyInfo(discriminator="type")]`, so that a payload is read as its event by that value.
 * The spec names no discriminator there (the union is the config's, not the spec's): the method's `discriminator:` in
 * the config names the property, else the first that tells every event apart is taken. An older era's union has none.
 */
import type { Api, Discriminator, NamedSchema, TypeRef } from '../../../ir/types';
import { objectParts } from '../../../ir/object-parts';
import { resourcesWithTopLevel } from '../../../ir/resources';

/** `api` with its webhook event unions discriminated where their events allow it; `api` itself where none is. */
export function discriminateWebhookEvents(api: Api): Api {
  const byId = new Map(api.schemas.map((schema) => [schema.id, schema]));
  const replaced = new Map<string, NamedSchema>();
  for (const resource of resourcesWithTopLevel(api))
    for (const unwrap of resource.webhookUnwraps) {
      if (unwrap.event.kind !== 'ref') continue;
      const schema = byId.get(unwrap.event.schemaId);
      if (!schema || schema.type.kind !== 'union' || schema.type.discriminator) continue;
      const discriminator = sharedTag(schema.type.variants, byId, unwrap.discriminator);
      if (discriminator) replaced.set(schema.id, { ...schema, type: { ...schema.type, discriminator } });
    }
  if (replaced.size === 0) return api;
  return { ...api, schemas: api.schemas.map((schema) => replaced.get(schema.id) ?? schema) };
}

/**
 * The property (`named`, else the first) every variant requires with a string value of its own, as a discriminator;
 * null if none: a named property some variant lacks, or shares a value of, tells them apart no better than none.
 */
function sharedTag(variants: TypeRef[], byId: Map<string, NamedSchema>, named?: string): Discriminator | null {
  if (variants.length < 2) return null;
  const tagsOf = variants.map((variant) => requiredTags(variant, byId));
  for (const key of named === undefined ? tagsOf[0].keys() : [named]) {
    const values = tagsOf.map((tags) => tags.get(key));
    if (values.some((value) => value === undefined) || new Set(values).size !== values.length) continue;
    return { property: key, mapping: values.map((value, variant) => ({ value: value!, variant })) };
  }
  return null;
}

/**
 * The required properties of `type` whose value is one string, by wire key, in declaration order; an `allOf`'s
 * parts together, a part's narrower value (a literal over a base's `string`) winning.
 */
function requiredTags(type: TypeRef, byId: Map<string, NamedSchema>): Map<string, string> {
  const tags = new Map<string, string>();
  for (const object of objectParts(type, (id) => byId.get(id)))
    for (const property of object.properties) {
      const value = soleString(property.type);
      if (property.required && value !== null) tags.set(property.key, value);
    }
  return tags;
}

function soleString(type: TypeRef): string | null {
  if (type.kind === 'literal') return typeof type.value === 'string' ? type.value : null;
  if (type.kind === 'enum' && type.values.length === 1)
    return typeof type.values[0] === 'string' ? type.values[0] : null;
  return null;
}
