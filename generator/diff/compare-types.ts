/**
 * Structural comparison of two TypeRefs, old (in the old Api) and new (in the new Api).
 *
 * - Objects, arrays, enums, unions and nullability are descended into, so a change is reported where
 *   it happens ("servers.get › response.connections[].url"), not as "the response type changed".
 * - Where two types are not structurally alike, `isSubtype` decides whether the new type is wider,
 *   narrower or incompatible; the rule table turns that into a classification using the variance.
 * - Refs to a pair of named schemas that `compare-schemas.ts` diffs once at the type level are not
 *   descended into at each use (a property removed from `Server` is reported once, with the methods
 *   it affects). Other refs are followed, with a visited set: types are recursive.
 */
import type { NamedSchema, ObjectType, Property, TypeRef } from '../ir/types';
import type { Direction } from './model';
import { readableLiteral, typeSummary } from '../emit/typescript/print-type';
import { joinKey, type ChangeSink, type Where } from './sink';
import type { Surface } from './surface';

type Side = 'old' | 'new';

export class TypeComparer {
  /** isSubtype results for pairs of refs (and the assumption made while one is being computed). */
  private readonly subtypeCache = new Map<string, boolean>();

  constructor(
    readonly oldSurface: Surface,
    readonly newSurface: Surface,
    /** Named schemas compared at the type level: old id → new id. */
    readonly matched: Map<string, string>,
    readonly sink: ChangeSink,
  ) {}

  /** Compare `o` (old) with `n` (new) at `path` below `where`, in a place used in direction `dir`. */
  compare(o: TypeRef, n: TypeRef, where: Where, path: string, dir: Direction, seen: Set<string> = new Set()): void {
    if (o.kind === 'ref' && n.kind === 'ref') {
      if (this.matched.get(o.schemaId) === n.schemaId) return; // diffed once, at the type level
      const key = `${o.schemaId}\u0000${n.schemaId}`;
      if (seen.has(key)) return;
      seen.add(key);
      this.compare(this.deref(o, 'old'), this.deref(n, 'new'), where, path, dir, seen);
      return;
    }
    const os = this.splitNull(o, 'old');
    const ns = this.splitNull(n, 'new');
    if (os.nullable !== ns.nullable) {
      this.sink.add(
        ns.nullable ? 'nullable-added' : 'nullable-removed',
        where,
        path,
        ns.nullable ? 'can now be `null`' : 'can no longer be `null`',
        {
          direction: dir,
          before: this.show(o, 'old'),
          after: this.show(n, 'new'),
        },
      );
    }
    if (os.rest === null || ns.rest === null) {
      if (os.rest !== ns.rest) this.leaf(o, n, where, path, dir);
      return;
    }
    if (os.nullable || ns.nullable) {
      this.compare(os.rest, ns.rest, where, path, dir, seen);
      return;
    }
    if (o.kind === 'ref' || n.kind === 'ref') {
      // One side is named, the other inline (or a ref that is not a matched pair): compare the shapes.
      const key = `${o.kind === 'ref' ? o.schemaId : '*'}\u0000${n.kind === 'ref' ? n.schemaId : '*'}\u0000${path}`;
      if (seen.has(key)) return;
      seen.add(key);
      this.compare(this.deref(o, 'old'), this.deref(n, 'new'), where, path, dir, seen);
      return;
    }
    this.compareCore(o, n, where, path, dir, seen);
  }

  private compareCore(o: TypeRef, n: TypeRef, where: Where, path: string, dir: Direction, seen: Set<string>): void {
    if (o.kind === 'object' && n.kind === 'object') return this.compareObject(o, n, where, path, dir, seen);
    if (o.kind === 'array' && n.kind === 'array') return this.compare(o.items, n.items, where, `${path}[]`, dir, seen);
    if (
      o.kind === 'tuple' &&
      n.kind === 'tuple' &&
      o.items.length === n.items.length &&
      (o.rest === null) === (n.rest === null)
    ) {
      o.items.forEach((item, i) => this.compare(item, n.items[i], where, `${path}[${i}]`, dir, seen));
      if (o.rest && n.rest) this.compare(o.rest, n.rest, where, `${path}[…]`, dir, seen);
      return;
    }
    if (isEnumLike(o) && isEnumLike(n)) return this.compareEnum(o, n, where, path, dir);
    if (o.kind === 'union' && n.kind === 'union') return this.compareUnion(o, n, where, path, dir, seen);
    if (o.kind === 'union' || n.kind === 'union') {
      // `A` → `A | B` is "member added" (and the reverse "member removed") when `A` is a member of
      // the union; otherwise the types are just different.
      const single = o.kind === 'union' ? n : o;
      const union = (o.kind === 'union' ? o : n) as Extract<TypeRef, { kind: 'union' }>;
      const singleSide: Side = o.kind === 'union' ? 'new' : 'old';
      const unionSide: Side = singleSide === 'old' ? 'new' : 'old';
      const wrapped: Extract<TypeRef, { kind: 'union' }> = { kind: 'union', variants: [single], discriminator: null };
      const key = this.variantKey(single, 0, wrapped, singleSide, false);
      const same = (v: TypeRef) =>
        this.isSubtype(single, singleSide, v, unionSide) && this.isSubtype(v, unionSide, single, singleSide);
      if (union.variants.some((v, i) => this.variantKey(v, i, union, unionSide, false) === key || same(v))) {
        return o.kind === 'union'
          ? this.compareUnion(o, wrapped, where, path, dir, seen)
          : this.compareUnion(wrapped, union, where, path, dir, seen);
      }
    }
    if (o.kind === 'intersection' && n.kind === 'intersection' && o.parts.length === n.parts.length) {
      o.parts.forEach((part, i) => this.compare(part, n.parts[i], where, path, dir, seen));
      return;
    }
    if (o.kind === 'string' && n.kind === 'string' && o.format !== n.format) {
      this.sink.add(
        'format-changed',
        where,
        path,
        `format changed from ${o.format ?? 'none'} to ${n.format ?? 'none'}`,
        {
          direction: dir,
          before: this.show(o, 'old'),
          after: this.show(n, 'new'),
        },
      );
    }
    if (
      o.kind === n.kind &&
      ['string', 'number', 'integer', 'boolean', 'null', 'unknown', 'any', 'file'].includes(o.kind)
    ) {
      const before = constraintsText(o);
      const after = constraintsText(n);
      if (before !== after) {
        this.sink.add(
          'constraints-changed',
          where,
          path,
          `constraints changed from ${before || 'none'} to ${after || 'none'}`,
          { direction: dir, before: before || null, after: after || null },
        );
      }
      return;
    }
    this.leaf(o, n, where, path, dir);
  }

  /** Types that are not alike: decide by value sets whether the change widens, narrows or neither. */
  private leaf(o: TypeRef, n: TypeRef, where: Where, path: string, dir: Direction): void {
    const widened = this.isSubtype(o, 'old', n, 'new');
    const narrowed = this.isSubtype(n, 'new', o, 'old');
    if (widened && narrowed) return; // same values, different spelling (a literal vs a one-value enum…)
    const before = this.show(o, 'old');
    const after = this.show(n, 'new');
    const kind = widened ? 'type-widened' : narrowed ? 'type-narrowed' : 'type-changed';
    const verb = widened ? 'widened' : narrowed ? 'narrowed' : 'changed';
    this.sink.add(kind, where, path, `type ${verb} from \`${before}\` to \`${after}\``, {
      direction: dir,
      before,
      after,
    });
  }

  private compareObject(
    o: ObjectType,
    n: ObjectType,
    where: Where,
    path: string,
    dir: Direction,
    seen: Set<string>,
  ): void {
    if (o.declareAs && n.declareAs && o.declareAs !== n.declareAs && path) {
      this.sink.add(
        'nested-type-renamed',
        where,
        path,
        `nested type \`${o.declareAs}\` renamed to \`${n.declareAs}\``,
        { before: o.declareAs, after: n.declareAs },
      );
    }
    const oldProps = new Map(o.properties.map((p) => [p.key, p]));
    const newProps = new Map(n.properties.map((p) => [p.key, p]));
    for (const np of n.properties) {
      if (oldProps.has(np.key)) continue;
      const d = propertyDirection(dir, np);
      if (d === null) continue;
      this.sink.add(
        np.required ? 'required-property-added' : 'optional-property-added',
        where,
        joinKey(path, np.key),
        `${np.required ? 'required' : 'optional'} property \`${np.key}\` added`,
        {
          direction: d,
          after: this.show(np.type, 'new'),
        },
      );
    }
    for (const op of o.properties) {
      const np = newProps.get(op.key);
      const at = joinKey(path, op.key);
      if (!np) {
        const d = propertyDirection(dir, op);
        if (d !== null)
          this.sink.add('property-removed', where, at, `property \`${op.key}\` removed`, {
            direction: d,
            before: this.show(op.type, 'old'),
          });
        continue;
      }
      const d = propertyDirection(dir, np) ?? propertyDirection(dir, op);
      if (d === null) continue;
      if (op.required !== np.required) {
        this.sink.add(
          np.required ? 'property-made-required' : 'property-made-optional',
          where,
          at,
          `property \`${op.key}\` is now ${np.required ? 'required' : 'optional'}`,
          {
            direction: d,
            before: op.required ? 'required' : 'optional',
            after: np.required ? 'required' : 'optional',
          },
        );
      }
      if (!op.docs.deprecated && np.docs.deprecated) {
        this.sink.add(
          'property-deprecated',
          where,
          at,
          `property \`${op.key}\` deprecated${typeof np.docs.deprecated === 'string' ? `: ${np.docs.deprecated}` : ''}`,
        );
      }
      if ((op.docs.description ?? op.docs.summary) !== (np.docs.description ?? np.docs.summary)) {
        this.sink.add('docs-changed', where, at, `description of \`${op.key}\` changed`, {
          before: op.docs.description ?? op.docs.summary,
          after: np.docs.description ?? np.docs.summary,
        });
      }
      this.compare(op.type, np.type, where, at, d, seen);
    }
    const mapPath = `${path}{*}`;
    if (o.additional && n.additional) this.compare(o.additional, n.additional, where, mapPath, dir, seen);
    else if (o.additional || n.additional) {
      const widened = n.additional !== null;
      this.sink.add(
        widened ? 'type-widened' : 'type-narrowed',
        where,
        mapPath,
        widened ? 'additional properties are now allowed' : 'additional properties are no longer allowed',
        {
          direction: dir,
          before: this.show(o, 'old'),
          after: this.show(n, 'new'),
        },
      );
    }
  }

  private compareEnum(o: TypeRef, n: TypeRef, where: Where, path: string, dir: Direction): void {
    const ov = enumValues(o);
    const nv = enumValues(n);
    const key = (v: string | number | boolean) => `${typeof v}:${String(v)}`;
    const oldKeys = new Set(ov.map(key));
    const newKeys = new Set(nv.map(key));
    const added = nv.filter((v) => !oldKeys.has(key(v)));
    const removed = ov.filter((v) => !newKeys.has(key(v)));
    const before = this.show(o, 'old');
    const after = this.show(n, 'new');
    if (added.length > 0) {
      this.sink.add(
        'enum-values-added',
        where,
        path,
        `enum value${added.length > 1 ? 's' : ''} added: ${added.map(readableLiteral).join(', ')}`,
        { direction: dir, before, after },
      );
    }
    if (removed.length > 0) {
      this.sink.add(
        'enum-values-removed',
        where,
        path,
        `enum value${removed.length > 1 ? 's' : ''} removed: ${removed.map(readableLiteral).join(', ')}`,
        { direction: dir, before, after },
      );
    }
  }

  private compareUnion(
    o: Extract<TypeRef, { kind: 'union' }>,
    n: Extract<TypeRef, { kind: 'union' }>,
    where: Where,
    path: string,
    dir: Direction,
    seen: Set<string>,
  ): void {
    const useDiscriminator = o.discriminator !== null && n.discriminator !== null;
    const oldKeys = o.variants.map((v, i) => this.variantKey(v, i, o, 'old', useDiscriminator));
    const newKeys = n.variants.map((v, i) => this.variantKey(v, i, n, 'new', useDiscriminator));
    const pairs: Array<[number, number]> = [];
    const oldLeft = new Set(o.variants.keys());
    const newLeft = new Set(n.variants.keys());
    for (const i of [...oldLeft]) {
      const j = [...newLeft].find((k) => newKeys[k] === oldKeys[i]);
      if (j === undefined) continue;
      pairs.push([i, j]);
      oldLeft.delete(i);
      newLeft.delete(j);
    }
    // Members that were renamed or inlined but hold the same values are the same member.
    for (const i of [...oldLeft]) {
      const j = [...newLeft].find(
        (k) =>
          this.isSubtype(o.variants[i], 'old', n.variants[k], 'new') &&
          this.isSubtype(n.variants[k], 'new', o.variants[i], 'old'),
      );
      if (j === undefined) continue;
      pairs.push([i, j]);
      oldLeft.delete(i);
      newLeft.delete(j);
    }
    // One unmatched variant on each side: the same variant, changed.
    if (oldLeft.size === 1 && newLeft.size === 1) {
      pairs.push([[...oldLeft][0], [...newLeft][0]]);
      oldLeft.clear();
      newLeft.clear();
    }
    for (const i of oldLeft) {
      const label = this.variantLabel(o.variants[i], i, o, 'old');
      this.sink.add('variant-removed', where, `${path}(${label})`, `union member \`${label}\` removed`, {
        direction: dir,
        ctx: { discriminated: o.discriminator !== null },
        before: this.show(o, 'old'),
        after: this.show(n, 'new'),
      });
    }
    for (const j of newLeft) {
      const label = this.variantLabel(n.variants[j], j, n, 'new');
      this.sink.add('variant-added', where, `${path}(${label})`, `union member \`${label}\` added`, {
        direction: dir,
        before: this.show(o, 'old'),
        after: this.show(n, 'new'),
      });
    }
    for (const [i, j] of pairs) {
      const single = o.variants.length === 1 && n.variants.length === 1;
      this.compare(
        o.variants[i],
        n.variants[j],
        where,
        single ? path : `${path}(${this.variantLabel(n.variants[j], j, n, 'new')})`,
        dir,
        seen,
      );
    }
  }

  /** Identity of a union member across versions. */
  private variantKey(
    v: TypeRef,
    index: number,
    union: Extract<TypeRef, { kind: 'union' }>,
    side: Side,
    useDiscriminator: boolean,
  ): string {
    if (useDiscriminator && union.discriminator) {
      const values = union.discriminator.mapping
        .filter((m) => m.variant === index)
        .map((m) => m.value)
        .sort();
      if (values.length > 0) return `disc:${values.join('|')}`;
    }
    if (v.kind === 'ref') return `ref:${this.refName(v.schemaId, side)}`;
    if (v.kind === 'integer' || v.kind === 'number') return 'kind:number';
    if (v.kind === 'enum') return `kind:${typeof v.values[0]}`;
    if (v.kind === 'literal') return `lit:${typeof v.value}:${String(v.value)}`;
    if (v.kind === 'object') {
      const nth = union.variants.slice(0, index).filter((x) => x.kind === 'object').length;
      return v.declareAs ? `object:${v.declareAs}` : `object#${nth}`;
    }
    return `kind:${v.kind}`;
  }

  private variantLabel(v: TypeRef, index: number, union: Extract<TypeRef, { kind: 'union' }>, side: Side): string {
    if (v.kind === 'ref') return this.schema(v.schemaId, side)?.name ?? v.schemaId;
    if (v.kind === 'object' && v.declareAs) return v.declareAs;
    const disc = union.discriminator?.mapping.find((m) => m.variant === index);
    if (disc) return `${union.discriminator!.property}: ${readableLiteral(disc.value)}`;
    return this.show(v, side);
  }

  /** The new-side name of a schema: an old schema matched to a new one goes by the new name. */
  private refName(id: string, side: Side): string {
    if (side === 'old') {
      const matchedId = this.matched.get(id);
      if (matchedId) return this.newSurface.schemasById.get(matchedId)?.name ?? matchedId;
      return this.oldSurface.schemasById.get(id)?.name ?? id;
    }
    return this.newSurface.schemasById.get(id)?.name ?? id;
  }

  // ── value-set reasoning ───────────────────────────────────────────────────────────────────

  /** Whether every value of `a` is a value of `b` (refs resolved in their own Api; cycles assumed true). */
  isSubtype(a: TypeRef, aSide: Side, b: TypeRef, bSide: Side): boolean {
    if (a.kind === 'ref' || b.kind === 'ref') {
      const key = `${aSide}:${a.kind === 'ref' ? a.schemaId : JSON.stringify(a)}\u0000${bSide}:${b.kind === 'ref' ? b.schemaId : JSON.stringify(b)}`;
      const cached = this.subtypeCache.get(key);
      if (cached !== undefined) return cached;
      this.subtypeCache.set(key, true); // coinductive: a cycle back to this pair holds
      const result = this.isSubtype(this.deref(a, aSide), aSide, this.deref(b, bSide), bSide);
      this.subtypeCache.set(key, result);
      return result;
    }
    if (b.kind === 'unknown' || b.kind === 'any') return true;
    if (a.kind === 'unknown' || a.kind === 'any') return false;
    if (a.kind === 'union') return a.variants.every((v) => this.isSubtype(v, aSide, b, bSide));
    if (a.kind === 'enum') return a.values.every((v) => this.isSubtype({ kind: 'literal', value: v }, aSide, b, bSide));
    if (b.kind === 'union') {
      if (a.kind === 'boolean' && this.isSubtype({ kind: 'enum', values: [true, false] }, aSide, b, bSide)) return true;
      return b.variants.some((v) => this.isSubtype(a, aSide, v, bSide));
    }
    if (b.kind === 'intersection') return b.parts.every((p) => this.isSubtype(a, aSide, p, bSide));
    if (a.kind === 'intersection') return a.parts.some((p) => this.isSubtype(p, aSide, b, bSide));
    switch (a.kind) {
      case 'null':
        return b.kind === 'null';
      case 'literal':
        if (b.kind === 'literal') return b.value === a.value;
        if (b.kind === 'enum') return b.values.includes(a.value);
        if (typeof a.value === 'string') return b.kind === 'string';
        if (typeof a.value === 'boolean') return b.kind === 'boolean';
        return b.kind === 'number' || (b.kind === 'integer' && Number.isInteger(a.value));
      case 'string':
        return b.kind === 'string';
      case 'integer':
        return b.kind === 'integer' || b.kind === 'number';
      case 'number':
        return b.kind === 'number';
      case 'boolean':
        return b.kind === 'boolean' || (b.kind === 'enum' && b.values.includes(true) && b.values.includes(false));
      case 'file':
        return b.kind === 'file';
      case 'array':
        return b.kind === 'array' && this.isSubtype(a.items, aSide, b.items, bSide);
      case 'tuple':
        if (b.kind === 'array')
          return (
            a.items.every((t) => this.isSubtype(t, aSide, b.items, bSide)) &&
            (!a.rest || this.isSubtype(a.rest, aSide, b.items, bSide))
          );
        if (b.kind !== 'tuple' || b.items.length !== a.items.length) return false;
        return (
          a.items.every((t, i) => this.isSubtype(t, aSide, b.items[i], bSide)) &&
          (!a.rest || (b.rest !== null && this.isSubtype(a.rest, aSide, b.rest, bSide)))
        );
      case 'object':
        return b.kind === 'object' && this.objectSubtype(a, aSide, b, bSide);
      default:
        return false;
    }
  }

  private objectSubtype(a: ObjectType, aSide: Side, b: ObjectType, bSide: Side): boolean {
    const aProps = new Map(a.properties.map((p) => [p.key, p]));
    for (const bp of b.properties) {
      const ap = aProps.get(bp.key);
      if (!ap) {
        if (bp.required) return false;
        if (a.additional && !this.isSubtype(a.additional, aSide, bp.type, bSide)) return false;
        continue;
      }
      if (bp.required && !ap.required) return false;
      if (!this.isSubtype(ap.type, aSide, bp.type, bSide)) return false;
    }
    if (b.additional) {
      const bKeys = new Set(b.properties.map((p) => p.key));
      for (const ap of a.properties)
        if (!bKeys.has(ap.key) && !this.isSubtype(ap.type, aSide, b.additional, bSide)) return false;
      if (a.additional && !this.isSubtype(a.additional, aSide, b.additional, bSide)) return false;
    } else if (a.additional) {
      return false;
    }
    return true;
  }

  // ── helpers ───────────────────────────────────────────────────────────────────────────────

  schema(id: string, side: Side): NamedSchema | undefined {
    return (side === 'old' ? this.oldSurface : this.newSurface).schemasById.get(id);
  }

  /** Resolve a ref to its named schema's type (through aliases); other types are returned as they are. */
  deref(type: TypeRef, side: Side): TypeRef {
    let current = type;
    for (let i = 0; i < 32 && current.kind === 'ref'; i++) {
      const schema = this.schema(current.schemaId, side);
      if (!schema) return { kind: 'unknown' };
      current = schema.type;
    }
    return current;
  }

  /** `T | null` → { nullable: true, rest: T }; looks through refs whose type is a nullable union. */
  private splitNull(type: TypeRef, side: Side): { nullable: boolean; rest: TypeRef | null } {
    const t = type.kind === 'ref' ? this.deref(type, side) : type;
    if (t.kind === 'null') return { nullable: true, rest: null };
    if (t.kind !== 'union' || !t.variants.some((v) => v.kind === 'null')) return { nullable: false, rest: type };
    const rest: TypeRef[] = t.variants.filter((v) => v.kind !== 'null');
    if (rest.length === 0) return { nullable: true, rest: null };
    if (rest.length === 1) return { nullable: true, rest: rest[0] };
    // Keep the discriminator's variant indexes pointing at the same members.
    const discriminator = t.discriminator
      ? {
          property: t.discriminator.property,
          mapping: t.discriminator.mapping
            .map((m) => ({ value: m.value, variant: rest.indexOf(t.variants[m.variant]) }))
            .filter((m) => m.variant >= 0),
        }
      : null;
    return { nullable: true, rest: { kind: 'union', variants: rest, discriminator } };
  }

  show(type: TypeRef, side: Side): string {
    const schemas = (side === 'old' ? this.oldSurface : this.newSurface).schemasById;
    return typeSummary(type, (id) => schemas.get(id)?.name ?? id, 'shapes');
  }
}

/** "minimum: 1, maxLength: 64" — validation keywords of a primitive, in a stable order; "" when none. */
function constraintsText(t: TypeRef): string {
  const c = (t as { constraints?: Record<string, unknown> }).constraints;
  if (!c) return '';
  return Object.keys(c)
    .sort()
    .filter((k) => c[k] !== undefined)
    .map((k) => `${k}: ${JSON.stringify(c[k])}`)
    .join(', ');
}

function isEnumLike(t: TypeRef): boolean {
  return (
    t.kind === 'enum' ||
    t.kind === 'literal' ||
    (t.kind === 'union' && t.variants.length > 0 && t.variants.every((v) => v.kind === 'literal' || v.kind === 'enum'))
  );
}

function enumValues(t: TypeRef): Array<string | number | boolean> {
  if (t.kind === 'enum') return t.values;
  if (t.kind === 'literal') return [t.value];
  if (t.kind === 'union') return t.variants.flatMap(enumValues);
  return [];
}

/**
 * readOnly properties only appear in responses and writeOnly ones only in requests: narrow the
 * direction accordingly, or return null when the property is invisible in this direction.
 */
function propertyDirection(dir: Direction, p: Property): Direction | null {
  if (p.readOnly) return dir === 'request' ? null : dir === 'both' ? 'response' : dir;
  if (p.writeOnly) return dir === 'response' ? null : dir === 'both' ? 'request' : dir;
  return dir;
}
