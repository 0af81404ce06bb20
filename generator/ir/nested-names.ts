/**
 * Nested interface names: the named types and params types → the name each inline object with properties is
 * declared as inside its type's namespace (`Server.Connection`), by object, from the labels of naming/rules.ts. Pure: the answer is a map from the
 * objects as they are to their names; the assemble pass builds the named copies.
 *
 * A subtree two types share (a page scheme's fields are its body's properties, an unwrapped field is its model's)
 * is named by the last type that reaches it, as one walk over all types in order would.
 */
import { NESTED_LABEL, nestedTypeName } from '../naming/rules';
import { NestedScope } from '../naming/scope';
import type { Param, TypeRef } from './types';

export type NestedNames = ReadonlyMap<TypeRef, string>;

/** `types` (named types, in declaration order) and `params` (params types' fields, by the params type's name). */
export function nestedNames(
  types: Array<{ name: string; type: TypeRef }>,
  params: Array<{ name: string; fields: readonly Param[] }>,
): NestedNames {
  const names = new Map<TypeRef, string>();
  const visit = (type: TypeRef, scope: NestedScope, label: string): void => {
    switch (type.kind) {
      case 'object': {
        if (type.properties.length === 0) {
          if (type.additional) visit(type.additional, scope, NESTED_LABEL.additionalOf(label));
          return;
        }
        const name = scope.claim(nestedTypeName(label));
        const inner = scope.child(name);
        for (const p of type.properties) visit(p.type, inner, NESTED_LABEL.property(p.key));
        if (type.additional) visit(type.additional, inner, NESTED_LABEL.additional);
        names.set(type, name);
        return;
      }
      case 'array':
        visit(type.items, scope, NESTED_LABEL.arrayItem(label));
        return;
      case 'tuple':
        type.items.forEach((t, i) => visit(t, scope, NESTED_LABEL.tupleItem(label, i)));
        return;
      case 'union':
        type.variants.forEach((v, i) => {
          const title = v.kind === 'object' ? (v.variantName ?? v.docs.summary) : null;
          const discriminated = type.discriminator?.mapping.find((m) => m.variant === i)?.value;
          visit(v, scope, NESTED_LABEL.unionMember(title, discriminated, i));
        });
        return;
      case 'intersection':
        type.parts.forEach((p, i) => visit(p, scope, NESTED_LABEL.intersectionPart(label, i)));
        return;
      default:
        return;
    }
  };
  for (const { name, type } of types) {
    const scope = new NestedScope([], [name]);
    // The root object is the type itself: its properties are named in the type's namespace.
    if (type.kind === 'object') {
      for (const p of type.properties) visit(p.type, scope, NESTED_LABEL.property(p.key));
      if (type.additional) visit(type.additional, scope, NESTED_LABEL.additional);
    } else visit(type, scope, NESTED_LABEL.root);
  }
  for (const { name, fields } of params) {
    const scope = new NestedScope([], [name]);
    for (const field of fields) visit(field.type, scope, NESTED_LABEL.property(field.key));
  }
  return names;
}
