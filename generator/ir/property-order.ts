/**
 * The order Stainless's SDKs declare properties in (a Stainless config's `settings.sort_schema_properties`, on unless
 * it says false): required ones first, then optional ones; in each, `id` and then `token` lead, and the rest follow
 * by name, as `localeCompare` orders them (`Alpha` before `zeta`, `page_size` before `page.limit`). Read from the
 * interfaces of a dozen Stainless TypeScript SDKs against their specs.
 *
 * A params type keeps its path parameters first, in the path's order; the other fields are ordered as properties,
 * with the query's before the body's and the headers last among those required alike (a field the spec requires
 * that a client option fills in among the required: stainless-api's `project`).
 */
import type { ObjectType, Param, ParamLocation, Property } from './types';

const LEADING = ['id', 'token'];
// Made on first use: creating a collator loads ICU's data, a few milliseconds at start-up that an SDK without a
// Stainless config never needs.
let collator: Intl.Collator | null = null;

function leading(key: string): number {
  const at = LEADING.indexOf(key);
  return at < 0 ? LEADING.length : at;
}

function byKey(a: { key: string }, b: { key: string }): number {
  return leading(a.key) - leading(b.key) || (collator ??= new Intl.Collator('en')).compare(a.key, b.key);
}

function sortedProperties(properties: Property[]): Property[] {
  return [...properties].sort((a, b) => Number(!a.required) - Number(!b.required) || byKey(a, b));
}

/** The object with its properties in Stainless's order; the object itself when they are in it already. */
export function inStainlessOrder(type: ObjectType): ObjectType {
  const properties = sortedProperties(type.properties);
  return properties.every((p, i) => p === type.properties[i]) ? type : { ...type, properties };
}

const LOCATION_RANK: Record<ParamLocation, number> = { path: 0, query: 1, body: 2, cookie: 3, header: 4 };

/** Required as the spec says: a field a client option fills in is optional in the call but keeps its place. */
function requiredBySpec(field: Param): boolean {
  return field.required || field.requiredBySpec === true;
}

export function sortedParams(fields: Param[]): Param[] {
  const path = fields.filter((f) => f.in === 'path');
  const others = fields
    .filter((f) => f.in !== 'path')
    .sort(
      (a, b) =>
        Number(!requiredBySpec(a)) - Number(!requiredBySpec(b)) ||
        LOCATION_RANK[a.in] - LOCATION_RANK[b.in] ||
        byKey(a, b),
    );
  return [...path, ...others];
}
