/**
 * How a class declares an `allOf`: the referenced named classes are its bases and it declares its own properties,
 * unless Python's type checkers would refuse that inheritance. Then the class inherits nothing and declares every
 * part's properties itself (a flat class: the same fields, the same wire keys).
 *
 * Inheritance is refused when a property is declared twice in ways that differ (a subclass making a base's optional
 * field required, two bases typing one key differently: pyright's incompatible overrides) or when no method
 * resolution order exists. A model's one exception is Stainless's: a class narrowing a base's primitive field to
 * some of its values (`type: str` → `Literal["video.ready"]`) inherits all the same and declares the narrowed field
 * itself, its incompatible override silenced for type checkers (`# type: ignore`). A base another base already
 * inherits from is left out rather than flattened: Python could not order the two, and the class inherits it anyway.
 */
import type { NamedSchema, Property, TypeRef } from '../../../ir/types';
import type { PySide } from './py-type-index';

type RefType = Extract<TypeRef, { kind: 'ref' }>;

export interface ClassPlan {
  bases: RefType[];
  /** The properties the class declares itself, in order, a later part's winning over an earlier one's. */
  properties: Property[];
  /** The keys of those that narrow a field a base declares (written with `# type: ignore`). */
  narrowed: ReadonlySet<string>;
}

/** A field a class has, and the class that declares it (a schema id, or the class being planned). */
interface Field {
  property: Property;
  declaredIn: string;
}

interface Planned extends ClassPlan {
  fields: Map<string, Field>;
  /** The class's method resolution order, as schema ids, itself first. */
  mro: string[];
}

const SELF = '\0self';
const planners = new WeakMap<object, Record<PySide, ClassPlanner>>();

/**
 * The planner of a type index for one side (plans are memoized per named schema): a model may narrow an inherited
 * field, a TypedDict never redeclares one it inherits.
 */
export function classPlanner(index: { schema(id: string): NamedSchema }, side: PySide): ClassPlanner {
  let bySide = planners.get(index);
  if (!bySide) {
    const schemaOf = (id: string) => index.schema(id);
    bySide = { model: new ClassPlanner(schemaOf, true), param: new ClassPlanner(schemaOf, false) };
    planners.set(index, bySide);
  }
  return bySide[side];
}

export class ClassPlanner {
  private readonly plans = new Map<string, Planned>();
  private readonly planning = new Set<string>();

  constructor(
    private readonly schemaOf: (id: string) => NamedSchema,
    private readonly mayNarrow: boolean,
  ) {}

  /** The bases and own properties of a class of `parts` (refs and inline objects). */
  plan(parts: TypeRef[]): ClassPlan {
    const { bases, properties, narrowed } = this.planParts(flatParts(parts), SELF);
    return { bases, properties, narrowed };
  }

  private planNamed(id: string): Planned {
    const known = this.plans.get(id);
    if (known) return known;
    // An `allOf` that reaches itself has no class form; it stands for nothing here.
    if (this.planning.has(id)) return { bases: [], properties: [], narrowed: new Set(), fields: new Map(), mro: [id] };
    this.planning.add(id);
    const type = this.schemaOf(id).type;
    const parts = type.kind === 'intersection' ? flatParts(type.parts) : type.kind === 'object' ? [type] : [];
    const planned = this.planParts(parts, id);
    this.planning.delete(id);
    this.plans.set(id, planned);
    return planned;
  }

  private planParts(parts: TypeRef[], self: string): Planned {
    const refs = parts.filter((part): part is RefType => part.kind === 'ref');
    const own = mergeProperties(parts.flatMap((part) => (part.kind === 'object' ? part.properties : [])));
    const named = refs.map((ref) => ({ ref, planned: this.planNamed(ref.schemaId) }));
    // One base once, and none that another base inherits from.
    const kept = named.filter(
      ({ ref }, i) =>
        named.findIndex((other) => other.ref.schemaId === ref.schemaId) === i &&
        !named.some((other, j) => j !== i && other.planned.mro.slice(1).includes(ref.schemaId)),
    );
    const mro = linearize(
      self,
      kept.map(({ planned }) => planned.mro),
    );
    const fields = new Map<string, Field>();
    let compatible = mro !== null;
    for (const { planned } of kept)
      for (const [key, field] of planned.fields) {
        const seen = fields.get(key);
        if (seen && !sameField(seen, field)) compatible = false;
        if (!seen) fields.set(key, field);
      }
    const narrowed = new Set<string>();
    for (const property of own) {
      const seen = fields.get(property.key);
      const field = { property, declaredIn: self };
      if (seen && this.mayNarrow && narrows(property, seen.property)) narrowed.add(property.key);
      else if (seen && !sameField(seen, field)) compatible = false;
      fields.set(property.key, field);
    }
    if (compatible) return { bases: kept.map(({ ref }) => ref), properties: own, narrowed, fields, mro: mro! };
    const properties = mergeProperties(
      parts.flatMap((part) =>
        part.kind === 'ref'
          ? [...this.planNamed(part.schemaId).fields.values()].map((field) => field.property)
          : part.kind === 'object'
            ? part.properties
            : [],
      ),
    );
    return {
      bases: [],
      properties,
      narrowed: new Set(),
      fields: new Map(properties.map((property) => [property.key, { property, declaredIn: self }])),
      mro: [self],
    };
  }
}

/** Properties by key, in first-seen order, a later one replacing an earlier one of its key. */
function mergeProperties(properties: Property[]): Property[] {
  const byKey = new Map<string, Property>();
  for (const property of properties) byKey.set(property.key, property);
  const order = [...new Set(properties.map((property) => property.key))];
  return order.map((key) => byKey.get(key)!);
}

/**
 * Whether two declarations of one key type-check together: one declaration inherited twice, or two alike that name
 * no class of their own (an inline object is a class of each declaring module: two classes, never one type).
 */
function sameField(a: Field, b: Field): boolean {
  if (a.declaredIn === b.declaredIn && a.declaredIn !== SELF) return true;
  const text = JSON.stringify(a.property.type);
  return (
    a.property.required === b.property.required &&
    text === JSON.stringify(b.property.type) &&
    !/"kind":"(object|intersection)"/.test(text)
  );
}

/** Whether `own` keeps `inherited`'s requiredness and narrows its primitive type to some of its values. */
function narrows(own: Property, inherited: Property): boolean {
  if (own.required !== inherited.required) return false;
  const values = own.type.kind === 'literal' ? [own.type.value] : own.type.kind === 'enum' ? own.type.values : null;
  const base = inherited.type.kind;
  const valueType =
    base === 'string'
      ? 'string'
      : base === 'number' || base === 'integer'
        ? 'number'
        : base === 'boolean'
          ? 'boolean'
          : null;
  if (values === null || values.length === 0 || valueType === null) return false;
  return values.every((value) => typeof value === valueType && (base !== 'integer' || Number.isInteger(value)));
}

/** C3 linearization of a class with bases of these orders; null when none exists (Python raises TypeError). */
function linearize(self: string, orders: string[][]): string[] | null {
  const lists = [...orders.map((order) => [...order]), orders.map((order) => order[0])].filter((l) => l.length);
  const result = [self];
  while (lists.some((list) => list.length)) {
    const head = lists
      .filter((list) => list.length)
      .map((list) => list[0])
      .find((candidate) => !lists.some((list) => list.slice(1).includes(candidate)));
    if (head === undefined) return null;
    result.push(head);
    for (const list of lists) if (list[0] === head) list.shift();
  }
  return result;
}

/** An `allOf`'s parts with the parts of an `allOf` among them spliced in (an `allOf` of `allOf`s is one). */
export function flatParts(parts: TypeRef[]): TypeRef[] {
  return parts.flatMap((part) => (part.kind === 'intersection' ? flatParts(part.parts) : [part]));
}

/**
 * Whether a type is printed as a class: an object with properties (or declared empty), or an `allOf` of objects and
 * references to such classes (a class can inherit only from classes).
 */
export function isClassType(type: TypeRef, schemaOf: (id: string) => NamedSchema, seen = new Set<string>()): boolean {
  if (type.kind === 'object') return type.properties.length > 0 || !!type.emptyObject;
  if (type.kind === 'ref') {
    if (seen.has(type.schemaId)) return false;
    return isClassType(schemaOf(type.schemaId).type, schemaOf, new Set([...seen, type.schemaId]));
  }
  if (type.kind !== 'intersection') return false;
  return flatParts(type.parts).every(
    (part) => part.kind === 'object' || (part.kind === 'ref' && isClassType(part, schemaOf, seen)),
  );
}
