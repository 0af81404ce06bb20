/** `allOf` of objects as one object, as Stainless's SDKs declare it (see TypeBuilder.allOfType). */
import type { Docs, ObjectType, Property, TypeRef } from './types';

/**
 * One object with the properties of `parts`, in the order they first appear: a key several parts declare takes the
 * last one's type (the part that narrows it: `type: 'ACCOUNT'` over the base's enum), and is required where any part
 * requires it. Its docs are `docs`, else the first part's that has some.
 *
 * With `joinEnums` (the members of an `allOf`), a key two parts both declare as a set of values (an enum or a single
 * value) takes every value of both, the later part's first: Stainless joins them so (grid's InvitationClaimedWebhook,
 * `type: INVITATION_CLAIMED` over the base's WebhookType: the claimed value, then the base's others; OpenAI's
 * ComputerToolCallOutputResource's status).
 */
export function mergedObject(parts: ObjectType[], docs: Docs, { joinEnums = false } = {}): ObjectType {
  const properties = new Map<string, Property>();
  for (const part of parts)
    for (const p of part.properties) {
      const before = properties.get(p.key);
      const type = before && joinEnums ? (joinedValues(p.type, before.type) ?? p.type) : p.type;
      if (!before) {
        properties.set(p.key, p);
        continue;
      }
      // Two parts that describe the key in different words leave it undescribed, its object too, as Stainless's SDKs
      // (grid's BusinessCustomer: `businessInfo` of BusinessInfoUpdate, then of BusinessInfo, each described).
      const conflicting = describedApart(p.docs, before.docs);
      properties.set(p.key, {
        ...p,
        type: conflicting && type.kind === 'object' ? { ...type, docs: undescribed(type.docs) } : type,
        required: p.required || before.required,
        docs: conflicting ? undescribed(p.docs) : documents(p.docs) ? p.docs : before.docs,
      });
    }
  const declaring = parts.some((p) => p.properties.length > 0);
  const merged: ObjectType = {
    kind: 'object',
    properties: [...properties.values()],
    // (An object that says nothing of its members adds none to objects that declare some.)
    additional: parts.find((p) => p.additional !== null && !(p.unsaidMembers && declaring))?.additional ?? null,
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

/** The values of `later` then those of `earlier` it lacks, as one type; null unless both are sets of values. */
function joinedValues(later: TypeRef, earlier: TypeRef): TypeRef | null {
  const laterValues = valuesOf(later);
  const earlierValues = valuesOf(earlier);
  if (laterValues === null || earlierValues === null) return null;
  const values = [...laterValues, ...earlierValues.filter((v) => !laterValues.includes(v))];
  if (values.length === laterValues.length) return null;
  return { kind: 'enum', values };
}

function valuesOf(type: TypeRef): Array<string | number | boolean> | null {
  if (type.kind === 'literal') return [type.value];
  if (type.kind === 'enum') return type.values;
  return null;
}

/** Whether both docs describe something, not in the same words. */
function describedApart(a: Docs, b: Docs): boolean {
  const words = (d: Docs) => [d.summary, d.description].filter((t) => t !== undefined).join('\n');
  return words(a) !== '' && words(b) !== '' && words(a) !== words(b);
}

/** `docs` without their summary and description. */
function undescribed(docs: Docs): Docs {
  const { summary: _summary, description: _description, ...rest } = docs;
  return rest;
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
