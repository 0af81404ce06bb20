/** Walks over the named-schema references inside a `TypeRef` (used by the IR passes, validation, emit and diff). */
import type { TypeRef } from './types';

/** Calls `visit` with the id of every named-schema reference inside `type` (not following them). */
export function walkRefs(type: TypeRef, visit: (id: string) => void): void {
  forEachRef(type, (ref) => visit(ref.schemaId));
}

/** Point every reference to a key of `redirect` at its value instead (in place). */
export function redirectRefs(type: TypeRef, redirect: Map<string, string>): void {
  forEachRef(type, (ref) => {
    ref.schemaId = redirect.get(ref.schemaId) ?? ref.schemaId;
  });
}

/** Calls `visit` with every `ref` node inside `type`. */
function forEachRef(type: TypeRef, visit: (ref: Extract<TypeRef, { kind: 'ref' }>) => void): void {
  switch (type.kind) {
    case 'ref':
      visit(type);
      return;
    case 'array':
      forEachRef(type.items, visit);
      return;
    case 'tuple':
      type.items.forEach((t) => forEachRef(t, visit));
      if (type.rest) forEachRef(type.rest, visit);
      return;
    case 'object':
      type.properties.forEach((p) => forEachRef(p.type, visit));
      if (type.additional) forEachRef(type.additional, visit);
      if (type.propertyNames) forEachRef(type.propertyNames, visit);
      return;
    case 'union':
      type.variants.forEach((t) => forEachRef(t, visit));
      return;
    case 'intersection':
      type.parts.forEach((t) => forEachRef(t, visit));
      return;
    default:
      return;
  }
}
