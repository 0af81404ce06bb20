/**
 * Nested interface names: the named types and params types → the name each inline object with properties is
 * declared as inside its type's namespace (`Server.Connection`), by object, from the labels of naming/rules.ts. Pure: the answer is a map from the
 * objects as they are to their names; the assemble pass builds the named copies.
 *
 * A subtree two types share (a page scheme's fields are its body's properties, an unwrapped field is its model's)
 * is named by the last type that reaches it, as one walk over all types in order would.
 */
import { NESTED_LABEL, nestedTypeName, STAINLESS_MAP_VALUE, stainlessUnnamedMapValue } from '../naming/rules';
import { NestedScope } from '../naming/scope';
import type { Discriminator, ObjectType, Param, Property, TypeRef } from './types';
import { holdsObject, refIds } from './walk';

export interface NestedNames {
  /** The name each inline object is declared as. */
  names: ReadonlyMap<TypeRef, string>;
  /** The models each object's interface extends (see ObjectType.extends). */
  extendsOf: ReadonlyMap<TypeRef, NonNullable<ObjectType['extends']>>;
}

/** How Stainless's SDKs name what sdkgen would name otherwise. */
export interface StainlessNesting {
  /**
   * A nested interface's name from its title or variant name (the schema's key: `QATConfig` → `QatConfig`) or its
   * property (`image_url` → `ImageURL`).
   */
  member(title: string): string;
  /** The properties of the object a ref names, when an interface can extend it (an object type); null otherwise. */
  propertiesOf(ref: TypeRef): readonly Property[] | null;
  /** The name a ref prints as. */
  nameOf(ref: TypeRef): string;
}

/**
 * `types` (named types, in declaration order) and `params` (params types' fields, by the params type's name). With
 * `stainless`, named as Stainless's SDKs name them: the items of a named array type are `{Type}Item` (not `Item`),
 * and an object an `allOf` joins with models is declared under the intersection's name, extending them (each
 * without the properties the object declares: an interface may not redeclare them otherwise).
 */
export function nestedNames(
  types: Array<{ name: string; module: string; type: TypeRef }>,
  params: Array<{
    name: string;
    module: string;
    fields: readonly Param[];
    variants?: ReadonlyArray<{ name: string; fields: readonly Param[] }>;
  }>,
  stainless: StainlessNesting | null = null,
  /** The name a named type prints as: a nested interface never takes one its namespace refers to. */
  refName: ((schemaId: string) => string) | null = null,
): NestedNames {
  // Asked for only when a nested name is claimed: most types declare no nested interface.
  const referred = (roots: TypeRef[]): { has(name: string): boolean } => {
    let out: Set<string> | null = null;
    return {
      has(name) {
        if (out === null) {
          const names = new Set<string>();
          if (refName) for (const root of roots) for (const id of refIds(root)) names.add(refName(id));
          out = names;
        }
        return out.has(name);
      },
    };
  };
  const names = new Map<TypeRef, string>();
  const extendsOf = new Map<TypeRef, NonNullable<ObjectType['extends']>>();
  /**
   * `Model & { … }` (objects and one inline object): the object, extending the models but for the keys it has. Not
   * where a named type would extend a model of its own name (itself). A nested interface may (`Event.Transaction
   * extends Omit<TransfersAPI.Transaction, 'type'>`): printed inside its namespace, the model is qualified.
   */
  const extending = (type: TypeRef, name: string, record = true): ObjectType | null => {
    if (!stainless || type.kind !== 'intersection') return null;
    const objects = type.parts.filter((p): p is ObjectType => p.kind === 'object');
    const refs = type.parts.filter((p) => p.kind === 'ref');
    if (objects.length !== 1 || objects[0].properties.length === 0 || refs.length + 1 !== type.parts.length)
      return null;
    const own = new Map(objects[0].properties.map((p) => [p.key, p]));
    const bases = refs.map((ref) => ({ ref, properties: stainless.propertiesOf(ref) }));
    if (bases.some((b) => b.properties === null || stainless.nameOf(b.ref) === name)) return null;
    // A redeclared property that narrows the base's (`type: 'upload.error'` over `type: string`) needs no Omit<>.
    const omitted = (base: Property) => own.has(base.key) && !narrows(own.get(base.key)!, base);
    if (record)
      extendsOf.set(
        objects[0],
        bases.map((b) => ({ ref: b.ref, omit: b.properties!.filter(omitted).map((p) => p.key) })),
      );
    return objects[0];
  };
  // Stainless writes a property's nested interface with its casings (`image_url` → `ImageURL`).
  const property = (key: string) => (stainless ? stainless.member(key) : NESTED_LABEL.property(key));
  /** The objects written out from a component schema, by scope, its label, the component and its shape. */
  const inlined = new WeakMap<NestedScope, Map<string, TypeRef>>();
  /** The module of the type being named, and how many map values without a label each module has named. */
  let module = '';
  const unnamedMapValues = new Map<string, number>();
  /**
   * The values of a map that has no label of its own to give them (a map's values, a union member, the index
   * signature of an object with properties): Stainless names an object there `unnamed_schema_with_map_parent_<n>`,
   * counting through the module. Anything else is named as before.
   */
  const visitUnlabelled = (values: TypeRef, scope: NestedScope, label: string): void => {
    if (stainless && values.kind === 'object' && values.properties.length > 0) {
      const n = unnamedMapValues.get(module) ?? 0;
      unnamedMapValues.set(module, n + 1);
      visit(values, scope, stainlessUnnamedMapValue(n), true);
    } else visit(values, scope, label, false, 'map');
  };
  /**
   * `exact`: the label is the name as it is (Stainless's `item`), not a label to case. `within`: what holds the type,
   * where that is a map or a union member with no title, so that a map's values have no label of their own.
   */
  const visit = (
    type: TypeRef,
    scope: NestedScope,
    label: string,
    exact = false,
    within: 'map' | 'union' | null = null,
  ): void => {
    switch (type.kind) {
      case 'object': {
        // (An object marked `x-stainless-empty-object` is declared, empty, under its label: `export interface Data {}`.)
        if (type.properties.length === 0 && !(stainless && type.emptyObject)) {
          if (!type.additional) return;
          // A map's values: Stainless names them after the map (`status: { [key: string]: X.Status }`), when the
          // map has a name to give.
          if (stainless && within !== null) visitUnlabelled(type.additional, scope, label);
          else visit(type.additional, scope, stainless ? label : NESTED_LABEL.additionalOf(label), exact, 'map');
          return;
        }
        // The same component schema, the same shape, under the same label in this namespace: declared once.
        if (type.inlinedFrom !== undefined) {
          const seen = inlined.get(scope) ?? new Map<string, TypeRef>();
          inlined.set(scope, seen);
          const key = `${label}\0${type.inlinedFrom}\0${JSON.stringify(type)}`;
          const first = seen.get(key);
          if (first) return copyNames(names, extendsOf, first, type);
          seen.set(key, type);
        }
        const name = scope.claim(exact ? label : nestedTypeName(label, { stainless: stainless !== null }));
        const inner = scope.child(name);
        for (let i = 0; i < type.properties.length; i++) {
          const p = type.properties[i];
          if (holdsObject(p.type)) visit(p.type, inner, property(p.key));
        }
        if (type.additional) visitUnlabelled(type.additional, inner, NESTED_LABEL.additional);
        names.set(type, name);
        return;
      }
      case 'array':
        visit(type.items, scope, NESTED_LABEL.arrayItem(label));
        return;
      // (Loops, not forEach: a closure over `scope` and `label` would cost each call of visit a context.)
      case 'tuple':
        for (let i = 0; i < type.items.length; i++) visit(type.items[i], scope, NESTED_LABEL.tupleItem(label, i));
        return;
      case 'union': {
        // `Usage | null`: the one type is named as it would be alone.
        const types = stainless ? type.variants.filter((v) => v.kind !== 'null') : null;
        if (types?.length === 1) {
          visit(types[0], scope, label);
          return;
        }
        for (let i = 0; i < type.variants.length; i++) {
          const v = type.variants[i];
          if (!holdsObject(v)) continue;
          // (Of `Model & { … }`, the object's name.)
          const mapped = type.discriminator ? mappingOf(type.discriminator, i) : undefined;
          // A value the mapping does not give (inferred: the one its property allows alone) names the variant before
          // its title or component does, as Stainless names it (`Message.Function`, `Message.Custom`).
          const titled = mapped?.inferred ? null : v.kind === 'object' ? v : stainless ? extending(v, '', false) : null;
          const given = titled ? (titled.variantName ?? titled.title ?? titled.docs.summary ?? null) : null;
          const title = given !== null && stainless ? stainless.member(given) : given;
          // Its discriminator value names it; else, in a Stainless SDK, an object of one property and nothing else is
          // named after that property (`FileInput.Content | FileInput.URL`).
          const value = mapped?.value;
          const sole =
            stainless && v.kind === 'object' && v.properties.length === 1 && !v.additional ? v.properties[0].key : null;
          const word = value ?? sole ?? undefined;
          // Cased as Stainless cases a name (`url` → `URL`).
          const named = word !== undefined && stainless ? stainless.member(word) : word;
          // A titled array member (`list[TextPart]`): its items are named after the title, as Stainless names them.
          if (stainless && v.kind === 'array' && v.title) visit(v.items, scope, stainless.member(v.title));
          // (A name Stainless cased is kept as cased: `Veo3_1` keeps the underscore between its digits.)
          else if (stainless && (title || named)) visit(v, scope, (title || named)!, false, null);
          else visit(v, scope, NESTED_LABEL.unionMember(title, named, i), false, title || named ? null : 'union');
        }
        return;
      }
      case 'intersection': {
        const object = extending(type, '');
        if (object) visit(object, scope, label);
        else
          for (let i = 0; i < type.parts.length; i++)
            visit(type.parts[i], scope, NESTED_LABEL.intersectionPart(label, i));
        return;
      }
      default:
        return;
    }
  };
  for (const { name, module: typeModule, type } of types) {
    module = typeModule;
    const scope = new NestedScope([], [name], referred([type]), stainless !== null);
    // The root object is the type itself (extending its models): its properties are named in the type's namespace.
    const root = type.kind === 'object' ? type : extending(type, name);
    if (root) {
      // (An index, not for…of: this runs for each property of each named type, mostly before V8 optimizes it.)
      for (let i = 0; i < root.properties.length; i++) {
        const p = root.properties[i];
        if (holdsObject(p.type)) visit(p.type, scope, property(p.key));
      }
      // A map's values: Stainless names them `item`, in lower case (`ConfigRetrieveResponse.item`).
      if (root.additional && stainless && root.properties.length === 0)
        visit(root.additional, scope, STAINLESS_MAP_VALUE, true);
      else if (root.additional) visitUnlabelled(root.additional, scope, NESTED_LABEL.additional);
    } else visit(type, scope, stainless && type.kind === 'array' ? `${name}Item` : NESTED_LABEL.root);
  }
  for (const { name, module: paramsModule, fields, variants } of params) {
    module = paramsModule;
    const roots = (variants ?? [{ fields }]).flatMap((v) => v.fields.map((f) => f.type));
    const scope = new NestedScope([], [name], referred(roots), stainless !== null);
    // Params that are one of several bodies: each variant's objects in the namespace of its interface, as Stainless's
    // SDKs declare them (imagekit's `FileUpdateParams.ChangePublicationStatus.Publish`).
    const groups = variants && stainless ? variants.map((v) => ({ fields: v.fields, scope: scope.child(v.name) })) : [];
    if (groups.length === 0) groups.push({ fields, scope });
    for (const group of groups)
      for (let i = 0; i < group.fields.length; i++)
        if (holdsObject(group.fields[i].type)) visit(group.fields[i].type, group.scope, property(group.fields[i].key));
  }
  return { names, extendsOf };
}

/** The first mapping entry of `discriminator` that names variant `i`. */
function mappingOf(discriminator: Discriminator, i: number): Discriminator['mapping'][number] | undefined {
  for (let m = 0; m < discriminator.mapping.length; m++)
    if (discriminator.mapping[m].variant === i) return discriminator.mapping[m];
  return undefined;
}

/**
 * Gives the objects of `to` the names of those of `from`, a type of the same shape, and the models they extend: a
 * Stainless SDK declares the copy again under the same name, where the two interfaces merge only if they are the same
 * (an `Item extends Model` and an `Item` used as `Item & Model` declare a property of two types: TS2717).
 */
function copyNames(
  names: Map<TypeRef, string>,
  extendsOf: Map<TypeRef, NonNullable<ObjectType['extends']>>,
  from: TypeRef,
  to: TypeRef,
): void {
  const name = names.get(from);
  if (name !== undefined) names.set(to, name);
  const bases = extendsOf.get(from);
  if (bases !== undefined) extendsOf.set(to, bases);
  const copy = (a: TypeRef, b: TypeRef) => copyNames(names, extendsOf, a, b);
  if (from.kind === 'object' && to.kind === 'object') {
    from.properties.forEach((p, i) => copy(p.type, to.properties[i].type));
    if (from.additional && to.additional) copy(from.additional, to.additional);
  } else if (from.kind === 'array' && to.kind === 'array') copy(from.items, to.items);
  else if (from.kind === 'tuple' && to.kind === 'tuple') from.items.forEach((t, i) => copy(t, to.items[i]));
  else if (from.kind === 'union' && to.kind === 'union') from.variants.forEach((v, i) => copy(v, to.variants[i]));
  else if (from.kind === 'intersection' && to.kind === 'intersection')
    from.parts.forEach((p, i) => copy(p, to.parts[i]));
}

/** Whether an interface may redeclare `base` as `own`: TypeScript accepts the same or a narrower type. */
function narrows(own: Property, base: Property): boolean {
  return (own.required || !base.required) && narrowsType(own.type, base.type);
}

function narrowsType(own: TypeRef, base: TypeRef): boolean {
  if (base.kind === 'unknown' || base.kind === 'any' || sameType(own, base)) return true;
  if (base.kind === 'union') return base.variants.some((v) => narrowsType(own, v));
  if (own.kind === 'union') return own.variants.every((v) => narrowsType(v, base));
  const values = own.kind === 'literal' ? [own.value] : own.kind === 'enum' ? own.values : null;
  if (values === null) return false;
  if (base.kind === 'enum') return values.every((v) => base.values.includes(v));
  if (base.kind === 'literal') return values.every((v) => v === base.value);
  const scalar = base.kind === 'integer' ? 'number' : base.kind;
  return values.every((v) => typeof v === scalar);
}

function sameType(a: TypeRef, b: TypeRef): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'ref' && b.kind === 'ref') return a.schemaId === b.schemaId;
  return JSON.stringify(a) === JSON.stringify(b);
}
