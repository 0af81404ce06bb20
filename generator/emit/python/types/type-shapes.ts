/**
 * What the types printer asks of a TypeRef and of an annotation's text (print-types.ts): whether a type is nullable,
 * a plain alias or names a class, the properties it declares, a `Union`'s members, forward references quoted.
 */
import type { NamedSchema, ObjectType, TypeRef } from '../../../ir/types';
import { NESTED_LABEL } from '../../../naming/rules';

/** The members' text of an annotation that is one `Union[...]` as a whole (not `Union[A, B] | C`), else null. */
export function unionMembers(annotation: string): string | null {
  if (!annotation.startsWith('Union[') || !annotation.endsWith(']')) return null;
  let depth = 0;
  for (let i = 'Union'.length; i < annotation.length; i++) {
    const char = annotation[i];
    if (char === '"' || char === "'") {
      // (A string literal's brackets are no brackets.)
      let close = i + 1;
      while (close < annotation.length && annotation[close] !== char) close += annotation[close] === '\\' ? 2 : 1;
      if (close >= annotation.length) return null;
      i = close;
    } else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return i === annotation.length - 1 ? annotation.slice(6, -1) : null;
  }
  return null;
}

/** `value` with each of `names` outside string literals quoted: a forward reference. */
export function quoteNames(value: string, names: ReadonlySet<string>): string {
  if (names.size === 0) return value;
  return value
    .split(/("(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/\b[A-Za-z_]\w*\b/g, (word) => (names.has(word) ? `"${word}"` : word)),
    )
    .join('');
}

/**
 * The label of the object a property holds, by the naming rules' labels (an array's items singular: `stages` →
 * `Stage`; through a nullable union). Not the IR's `declareAs`, which avoids TypeScript's reserved names.
 */
export function nestedObjectLabel(key: string, type: TypeRef): string {
  // (A query array's wire key `objects[]` is named as its field, `objects`: its items are `Object`s.)
  if (type.kind === 'array') return NESTED_LABEL.arrayItem(nestedObjectLabel(key.replace(/\[\]$/, ''), type.items));
  if (type.kind === 'union') {
    const present = type.variants.filter((variant) => variant.kind !== 'null');
    return present.length === 1 ? nestedObjectLabel(key, present[0]) : key;
  }
  return key;
}

/**
 * A union's members, a member that is an unnamed union itself giving its own in its place, as Stainless writes them:
 * `anyOf: [A, oneOf: [B, C], null]` is one `Union[A, B, C, None]`, named once where it stands. So does a member that
 * names a union of its own, with `schemaOf` (agentex's `Union[Task, TaskMessageUpdate]` is `Union[Task,
 * StreamTaskMessageStart, …]`; llama-stack's `InterleavedContentItem` gives the classes of its members), unless one of
 * that union's members names a union in turn (a recursive one, say). An array of such a union keeps its name
 * (`List[InterleavedContentItem]`).
 */
export function flatVariants(
  type: Extract<TypeRef, { kind: 'union' }>,
  schemaOf?: (id: string) => NamedSchema,
): TypeRef[] {
  const plain = type.variants.flatMap((variant) => (variant.kind === 'union' ? flatVariants(variant) : [variant]));
  // (`X | null` is X where it stands, a union of its own or not.)
  if (!schemaOf || plain.filter((variant) => variant.kind !== 'null').length < 2) return plain;
  return plain.flatMap((variant) => {
    const named = variant.kind === 'ref' ? schemaOf(variant.schemaId).type : null;
    if (named?.kind !== 'union' || named.variants.filter((member) => member.kind !== 'null').length < 2)
      return [variant];
    const members = flatVariants(named);
    return members.some((member) => member.kind === 'ref' && schemaOf(member.schemaId).type.kind === 'union')
      ? [variant]
      : members;
  });
}

/** The map (an object of no properties, of values) a property holds, itself or or null: one, or none. */
export function heldMap(type: TypeRef): ObjectType[] {
  if (type.kind === 'union') {
    const present = type.variants.filter((variant) => variant.kind !== 'null');
    return present.length === 1 ? heldMap(present[0]) : [];
  }
  return type.kind === 'object' && type.properties.length === 0 && !type.emptyObject && type.additional ? [type] : [];
}

/** Whether a property of the objects `types` declare (nested ones too; not those behind a `ref`) passes `test`. */
export function someProperty(types: TypeRef[], test: (key: string) => boolean): boolean {
  return someNested(types, (type) => type.kind === 'object' && type.properties.some((property) => test(property.key)));
}

/**
 * Whether a string of `format` is among `types`, nested ones and those behind a `ref` too (what a module may write
 * itself, an `allOf` part's fields among them, and then some).
 */
export function someStringOf(types: TypeRef[], format: string, schemaOf: (id: string) => NamedSchema): boolean {
  return someNested(types, (type) => type.kind === 'string' && type.format === format, schemaOf);
}

/**
 * Whether `found` holds of one of `types` or of a type nested in them (properties and values of objects, items,
 * variants, parts); behind a `ref` too where `schemaOf` is given.
 */
function someNested(
  types: TypeRef[],
  found: (type: TypeRef) => boolean,
  schemaOf?: (id: string) => NamedSchema,
): boolean {
  const seen = new Set<TypeRef | string>();
  const visit = (type: TypeRef): boolean => {
    if (seen.has(type)) return false;
    seen.add(type);
    if (found(type)) return true;
    switch (type.kind) {
      case 'ref':
        if (!schemaOf || seen.has(type.schemaId)) return false;
        seen.add(type.schemaId);
        return visit(schemaOf(type.schemaId).type);
      case 'object':
        return (
          type.properties.some((property) => visit(property.type)) || (type.additional ? visit(type.additional) : false)
        );
      case 'array':
        return visit(type.items);
      case 'union':
        return type.variants.some(visit);
      case 'intersection':
        return type.parts.some(visit);
      default:
        return false;
    }
  };
  return types.some(visit);
}

/** A type its model and params forms write alike and that names nothing: an enum, a literal, a plain scalar. */
export function isPlainAlias(type: TypeRef): boolean {
  if (type.kind === 'union') return type.variants.every(isPlainAlias);
  if (type.kind === 'string') return type.format === null;
  return ['enum', 'literal', 'number', 'integer', 'boolean', 'null'].includes(type.kind);
}

/**
 * Whether requests name the plain alias by its model (`VideoSize`, an enum; a string), as Stainless's Python SDKs do,
 * or by a params form of its own: a union of several members (`Union[str, Literal[…]]`) has one, `VideoModelParam` in
 * openai's `video_model_param.py`, anthropic's `ModelParam` (an optional enum, one member and null, has none).
 */
export function paramsNameModel(type: TypeRef): boolean {
  if (!isPlainAlias(type)) return false;
  return type.kind !== 'union' || type.variants.filter((variant) => variant.kind !== 'null').length < 2;
}

/**
 * Whether a union member is (or lists) a class: a named type, an object of properties, an `allOf`. (A map, an object
 * of no properties, is a `Dict`: `Union[str, Dict[str, object]]` is no union of classes to Stainless.)
 */
export function namesClass(type: TypeRef, schemaOf: (id: string) => NamedSchema): boolean {
  if (type.kind === 'array') return namesClass(type.items, schemaOf);
  if (type.kind === 'ref') return !isPlainAlias(schemaOf(type.schemaId).type);
  if (type.kind === 'object') return type.properties.length > 0 || type.emptyObject === true;
  return type.kind === 'intersection';
}

export function isObject(type: TypeRef): type is ObjectType {
  return type.kind === 'object';
}

export function isNullable(type: TypeRef): boolean {
  return type.kind === 'null' || (type.kind === 'union' && type.variants.some((variant) => variant.kind === 'null'));
}

/** Builtins an annotation may name that a field of the same name would shadow in its class. */
export const SHADOWABLE_BUILTINS: ReadonlySet<string> = new Set([
  'str',
  'int',
  'float',
  'bool',
  'object',
  'bytes',
  'list',
  'dict',
  'set',
  'type',
]);

/**
 * `annotation` with the names of builtins among `names` qualified (`builtins.str`), string literals kept; null where
 * it names none of them.
 */
export function qualifyBuiltins(annotation: string, names: ReadonlySet<string>): string | null {
  let changed = false;
  const text = annotation
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![\w.])[A-Za-z_]\w*/g, (name) =>
            names.has(name) ? ((changed = true), `builtins.${name}`) : name,
          ),
    )
    .join('');
  return changed ? text : null;
}
