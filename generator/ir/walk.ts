/**
 * Walks over `TypeRef`s: the named-schema references inside one (read by the IR passes, validation, emit and diff),
 * and a rewriter that returns new types, for the passes that may not change the ones they are given.
 */
import type { Property, TypeRef } from './types';

/** Calls `visit` with the id of every named-schema reference inside `type` (not following them). */
export function walkRefs(type: TypeRef, visit: (id: string) => void): void {
  forEachRef(type, (ref) => visit(ref.schemaId));
}

/**
 * Adds to `seen` the id of every named schema `type` refers to, and of every schema those refer to in turn. Without
 * recursion: a spec's schemas may refer to each other in a chain thousands long.
 */
export function addReachable(type: TypeRef, schemas: ReadonlyMap<string, { type: TypeRef }>, seen: Set<string>): void {
  const stack = [type];
  while (stack.length > 0)
    walkRefs(stack.pop()!, (id) => {
      if (seen.has(id)) return;
      seen.add(id);
      const schema = schemas.get(id);
      if (schema) stack.push(schema.type);
    });
}

/**
 * The references of named schemas by id, each schema's walked once for every caller (refIds): the emit stage's
 * planners ask for the schemas a set of types reaches several times (api.md, the reference docs), and a large API's
 * schemas hold tens of thousands of type nodes.
 */
export class SchemaRefs {
  constructor(private readonly schemas: ReadonlyMap<string, { type: TypeRef }>) {}

  /** The ids `id`'s schema refers to, each once, in the order walkRefs first meets them (none for an id no schema has). */
  of(id: string): readonly string[] {
    const schema = this.schemas.get(id);
    return schema ? refIds(schema.type) : [];
  }

  /** addReachable(type, schemas, seen), each schema's references walked once. */
  addReachable(type: TypeRef, seen: Set<string>): void {
    const open: string[] = [];
    const add = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      open.push(id);
    };
    walkRefs(type, add);
    while (open.length > 0) for (const ref of this.of(open.pop()!)) add(ref);
  }
}

/** refIds()' answers, by type (the IR's types are never changed once built). */
const refIdsOf = new WeakMap<TypeRef, readonly string[]>();

/**
 * The ids of the named schemas `type` refers to (not following them), each once, in the order walkRefs meets them.
 * Remembered: the passes that place and name the types each ask it of every named type.
 */
export function refIds(type: TypeRef): readonly string[] {
  let ids = refIdsOf.get(type);
  if (ids === undefined) {
    const found = new Set<string>();
    forEachRef(type, (ref) => found.add(ref.schemaId));
    ids = [...found];
    refIdsOf.set(type, ids);
  }
  return ids;
}

/**
 * Gives `copy` the refIds `original` has been asked for: a copy that only names the objects inside it (assemble.ts)
 * refers to the same schemas in the same order, and validation and the emit stage ask them of every named type.
 */
export function sameRefIds(original: TypeRef, copy: TypeRef): void {
  const ids = refIdsOf.get(original);
  if (ids !== undefined && copy !== original) refIdsOf.set(copy, ids);
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
    // (Indexed loops, not forEach with a closure nor for…of with an iterator: this walks every type of the API.)
    case 'tuple':
      for (let i = 0; i < type.items.length; i++) forEachRef(type.items[i], visit);
      if (type.rest) forEachRef(type.rest, visit);
      return;
    case 'object':
      for (let i = 0; i < type.properties.length; i++) forEachRef(type.properties[i].type, visit);
      if (type.additional) forEachRef(type.additional, visit);
      if (type.propertyNames) forEachRef(type.propertyNames, visit);
      return;
    case 'union':
      for (let i = 0; i < type.variants.length; i++) forEachRef(type.variants[i], visit);
      return;
    case 'intersection':
      for (let i = 0; i < type.parts.length; i++) forEachRef(type.parts[i], visit);
      return;
    default:
      return;
  }
}

/**
 * Returns new types in which `edit` has been applied to every node, children first (`edit` gets the node as it was
 * and as rebuilt). A node with children reached twice (types share subtrees: a page scheme's fields are its body
 * schema's properties) is rebuilt once, so what was shared stays shared and one rewriter must serve every holder. A node none
 * of whose children changed is not copied: "rebuilt" is then the node itself (the IR is never mutated, so sharing it
 * is safe), which spares the passes a copy of every type of the API.
 */
export class TypeRewriter {
  private readonly types = new Map<TypeRef, TypeRef>();
  private readonly properties = new Map<Property, Property>();

  /**
   * `objectsOnly`: `edit` returns every node but an object as rebuilt, so a subtree without an object (a nullable
   * string, an array of enums) stays as it is and is not walked.
   */
  constructor(
    private readonly edit: (original: TypeRef, rebuilt: TypeRef) => TypeRef,
    private readonly objectsOnly = false,
  ) {}

  /** type() and property() as functions, made once (not a bound copy for every node). */
  private readonly typeFn = (type: TypeRef): TypeRef => this.type(type);
  private readonly propertyFn = (property: Property): Property => this.property(property);

  type(type: TypeRef): TypeRef {
    if (this.objectsOnly && !holdsObject(type)) return type;
    // A type without children (most of an API's) is edited wherever it is reached, not remembered.
    if (!hasChildren(type)) return this.edit(type, type);
    let done = this.types.get(type);
    if (done === undefined) {
      done = this.edit(type, this.children(type));
      this.types.set(type, done);
    }
    return done;
  }

  property(property: Property): Property {
    // (type() remembers its answers: a property whose type stays is itself, without a lookup of its own.)
    const type = this.type(property.type);
    if (type === property.type) return property;
    // Only a copy is remembered, to be shared as its property was.
    let done = this.properties.get(property);
    if (done === undefined) {
      done = { ...property, type };
      this.properties.set(property, done);
    }
    return done;
  }

  private children(type: TypeRef): TypeRef {
    switch (type.kind) {
      case 'array': {
        const items = this.type(type.items);
        return items === type.items ? type : { ...type, items };
      }
      case 'tuple': {
        const items = sameOrNew(type.items, this.typeFn);
        const rest = type.rest && this.type(type.rest);
        return items === type.items && rest === type.rest ? type : { ...type, items, rest };
      }
      case 'object': {
        const properties = sameOrNew(type.properties, this.propertyFn);
        const additional = type.additional && this.type(type.additional);
        const propertyNames = type.propertyNames && this.type(type.propertyNames);
        return properties === type.properties && additional === type.additional && propertyNames === type.propertyNames
          ? type
          : { ...type, properties, additional, propertyNames };
      }
      case 'union': {
        const variants = sameOrNew(type.variants, this.typeFn);
        return variants === type.variants ? type : { ...type, variants };
      }
      case 'intersection': {
        const parts = sameOrNew(type.parts, this.typeFn);
        return parts === type.parts ? type : { ...type, parts };
      }
      default:
        return type;
    }
  }
}

function hasChildren(type: TypeRef): boolean {
  switch (type.kind) {
    case 'array':
    case 'tuple':
    case 'object':
    case 'union':
    case 'intersection':
      return true;
    default:
      return false;
  }
}

/** `items` mapped by `f`, or `items` itself when `f` returns every item as it was. */
export function sameOrNew<T>(items: readonly T[], f: (item: T) => T): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const done = f(items[i]);
    if (out === null && done !== items[i]) out = items.slice(0, i);
    if (out !== null) out.push(done);
  }
  return out ?? (items as T[]);
}

/**
 * Whether `type` holds an object: nothing else declares a nested interface or has properties to order, and most of
 * an API's types (strings, refs, arrays or unions of them) hold none.
 */
export function holdsObject(type: TypeRef): boolean {
  switch (type.kind) {
    case 'object':
      return true;
    case 'array':
      return holdsObject(type.items);
    case 'tuple':
      return anyHoldsObject(type.items) || (type.rest !== null && holdsObject(type.rest));
    case 'union':
      return anyHoldsObject(type.variants);
    case 'intersection':
      return anyHoldsObject(type.parts);
    default:
      return false;
  }
}

function anyHoldsObject(types: readonly TypeRef[]): boolean {
  for (let i = 0; i < types.length; i++) if (holdsObject(types[i])) return true;
  return false;
}
