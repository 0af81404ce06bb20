/** `allOf` of objects as one object, as Stainless's SDKs declare it (see TypeBuilder.allOfType). */
import type { Docs, ObjectType, Property } from './types';

/**
 * One object with the properties of `parts`, in the order they first appear: a key several parts declare takes the
 * last one's type (the part that narrows it: `type: 'ACCOUNT'` over the base's enum), and is required where any part
 * requires it. Its docs are `docs`, else the first part's that has some.
 */
export function mergedObject(parts: ObjectType[], docs: Docs): ObjectType {
  const properties = new Map<string, Property>();
  for (const part of parts)
    for (const p of part.properties) {
      const before = properties.get(p.key);
      properties.set(
        p.key,
        before ? { ...p, required: p.required || before.required, docs: documents(p.docs) ? p.docs : before.docs } : p,
      );
    }
  const merged: ObjectType = {
    kind: 'object',
    properties: [...properties.values()],
    additional: parts.find((p) => p.additional !== null)?.additional ?? null,
    propertyNames: null,
    declareAs: null,
    docs: documents(docs) ? docs : (parts.find((p) => documents(p.docs))?.docs ?? docs),
  };
  // What the parts require beyond their properties, still checked by the validators.
  const required = parts.flatMap((p) => (p.requiredKeys ? [p.requiredKeys] : []));
  if (required.length > 0)
    merged.requiredKeys = {
      keys: [...new Set(required.flatMap((r) => r.keys))],
      alternatives: required.flatMap((r) => r.alternatives),
    };
  return merged;
}

/** Whether docs say anything. */
function documents(docs: Docs): boolean {
  return (
    docs.summary !== undefined ||
    docs.description !== undefined ||
    docs.deprecated !== undefined ||
    docs.example !== undefined ||
    docs.default !== undefined
  );
}

/** An object the schema says has no members (`hints.emptyObject`). */
export function emptyObject(docs: Docs): ObjectType {
  return {
    kind: 'object',
    properties: [],
    additional: null,
    propertyNames: null,
    declareAs: null,
    emptyObject: true,
    docs,
  };
}
