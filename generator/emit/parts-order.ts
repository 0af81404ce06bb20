/** The order Stainless's tests write an `allOf`'s properties in: one rule for both targets' example values. */
import type { ObjectType, Property } from '../ir/types';

/**
 * The properties of an `allOf`'s object parts in the order Stainless's tests write them: the parts one after another,
 * each with its required properties first, and a property a later part declares again in that part's place, with its
 * type (grid's `allOf: [CustomerCreateRequest, IndividualCustomerFields]`: platformCustomerId, umaAddress, then
 * customerType, which both declare, and IndividualCustomerFields' others). Required where any part requires it.
 */
export function partsOrder(objects: readonly ObjectType[]): Map<string, Property> {
  const order = new Map<string, Property>();
  for (const object of objects)
    for (const p of requiredFirst(object.properties)) {
      const required = p.required || order.get(p.key)?.required === true;
      // (Not by a part that extends the models before it: imagekit's `allOf: [BaseWebhookEvent, { …, type }]`, its
      // `interface … extends BaseWebhookEvent`, writes `id`, `type`, then its own `created_at`, ….)
      if (!object.extends?.length) order.delete(p.key);
      order.set(p.key, required === p.required ? p : { ...p, required });
    }
  return order;
}

/** Required fields or properties first, each group in its order. */
export function requiredFirst<T extends { required: boolean }>(items: readonly T[]): T[] {
  return [...items.filter((i) => i.required), ...items.filter((i) => !i.required)];
}
