/**
 * Nested interface names: the named types and params types → the name each inline object with properties is
 * declared as inside its type's namespace (`Server.Connection`), by object. Pure: the answer is a map from the
 * objects as they are to their names; the assemble pass builds the named copies.
 *
 * A subtree two types share (a page scheme's fields are its body's properties, an unwrapped field is its model's)
 * is named by the last type that reaches it, as one walk over all types in order would.
 */
import { pascalCase, singularize } from '../naming/case';
import { RESERVED_TYPE_NAMES, TAKEN_TYPE_NAMES } from '../naming/reserved';
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
          if (type.additional) visit(type.additional, scope, `${label}Value`);
          return;
        }
        const name = scope.claim(validNested(label));
        const inner = scope.child(name);
        for (const p of type.properties) visit(p.type, inner, pascalCase(p.key, { acronyms: false }));
        if (type.additional) visit(type.additional, inner, 'Value');
        names.set(type, name);
        return;
      }
      case 'array':
        visit(type.items, scope, singularize(label));
        return;
      case 'tuple':
        type.items.forEach((t, i) => visit(t, scope, `${label}${i}`));
        return;
      case 'union':
        type.variants.forEach((v, i) => {
          const named = v.kind === 'object' ? (v.variantName ?? v.docs.summary) : null;
          const title = named ? pascalCase(named, { acronyms: false }) : null;
          const discriminated = type.discriminator?.mapping.find((m) => m.variant === i)?.value;
          visit(
            v,
            scope,
            title ?? (discriminated ? pascalCase(discriminated, { acronyms: false }) : `UnionMember${i}`),
          );
        });
        return;
      case 'intersection':
        type.parts.forEach((p, i) => visit(p, scope, i === 0 ? label : `${label}${i}`));
        return;
      default:
        return;
    }
  };
  for (const { name, type } of types) {
    const scope = new NestedScope([], [name]);
    // The root object is the type itself: its properties are named in the type's namespace.
    if (type.kind === 'object') {
      for (const p of type.properties) visit(p.type, scope, pascalCase(p.key, { acronyms: false }));
      if (type.additional) visit(type.additional, scope, 'Value');
    } else visit(type, scope, 'Item');
  }
  for (const { name, fields } of params) {
    const scope = new NestedScope([], [name]);
    for (const field of fields) visit(field.type, scope, pascalCase(field.key, { acronyms: false }));
  }
  return names;
}

function validNested(label: string): string {
  const name = pascalCase(label, { acronyms: false });
  if (!name || !/^[A-Za-z_$]/.test(name)) return `Type${name}`;
  return RESERVED_TYPE_NAMES.has(name.toLowerCase()) || TAKEN_TYPE_NAMES.has(name) ? `${name}Type` : name;
}
