/**
 * Walks over `TypeRef`s: the named-schema references inside one (read by the IR passes, validation, emit and diff),
 * and a rewriter that returns new types, for the passes that may not change the ones they are given.
 */
import type { Property, TypeRef } from './types';

/** Calls `visit` with the id of every named-schema reference inside `type` (not following them). */
export function walkRefs(type: TypeRef, visit: (id: string) => void): void {
  forEachRef(type, (ref) => visit(ref.schemaId));
}

/** Calls `visit` with every `ref` node inside `type`. */
export function forEachRef(type: TypeRef, visit: (ref: Extract<TypeRef, { kind: 'ref' }>) => void): void {
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

/**
 * Returns new types in which `edit` has been applied to every node, children first (`edit` gets the node as it was
 * and as rebuilt). A node reached twice (types share subtrees: a page scheme's fields are its body schema's
 * properties) is rebuilt once, so what was shared stays shared and one rewriter must serve every holder.
 */
export class TypeRewriter {
  private readonly types = new Map<TypeRef, TypeRef>();
  private readonly properties = new Map<Property, Property>();

  constructor(private readonly edit: (original: TypeRef, rebuilt: TypeRef) => TypeRef) {}

  type(type: TypeRef): TypeRef {
    let done = this.types.get(type);
    if (done === undefined) {
      done = this.edit(type, this.children(type));
      this.types.set(type, done);
    }
    return done;
  }

  property(property: Property): Property {
    let done = this.properties.get(property);
    if (done === undefined) {
      done = { ...property, type: this.type(property.type) };
      this.properties.set(property, done);
    }
    return done;
  }

  private children(type: TypeRef): TypeRef {
    switch (type.kind) {
      case 'array':
        return { ...type, items: this.type(type.items) };
      case 'tuple':
        return { ...type, items: type.items.map((t) => this.type(t)), rest: type.rest && this.type(type.rest) };
      case 'object':
        return {
          ...type,
          properties: type.properties.map((p) => this.property(p)),
          additional: type.additional && this.type(type.additional),
          propertyNames: type.propertyNames && this.type(type.propertyNames),
        };
      case 'union':
        return { ...type, variants: type.variants.map((t) => this.type(t)) };
      case 'intersection':
        return { ...type, parts: type.parts.map((t) => this.type(t)) };
      default:
        return { ...type };
    }
  }
}
