/**
 * Which container a params' array is annotated with (print-types.ts). A plain string satisfies `Iterable[str]` (it
 * iterates over its characters), so where a lone string would be taken for the list, Stainless's params say otherwise:
 * - items that are choices (`enum`, a `literal`, or a name of one): `List[Literal[...]]`, `List[ElementType]`;
 * - items a string may be (a plain string, or a union with a string among its members, in place or by a name), or a
 *   file (whose `FileTypes` Stainless treats alike): `SequenceNotStr[...]` (SEQUENCE_NOT_STR_SINCE on), `List[...]` before;
 * - any other items: `Iterable[...]`.
 */
import type { NamedSchema, TypeRef } from '../../../ir/types';

export type ParamsSequence = 'list' | 'not-str' | 'iterable';

/** The container of a params' array of `items`; `schema` resolves a named type. */
export function paramsSequence(items: TypeRef, schema: (id: string) => NamedSchema): ParamsSequence {
  if (items.kind === 'enum' || items.kind === 'literal') return 'list';
  if (items.kind === 'ref' && ['enum', 'literal'].includes(schema(items.schemaId).type.kind)) return 'list';
  return takesString(items, schema, new Set()) ? 'not-str' : 'iterable';
}

function takesString(type: TypeRef, schema: (id: string) => NamedSchema, seen: Set<string>): boolean {
  switch (type.kind) {
    case 'string':
      // (A date's is `Union[str, date]` annotated with its format: an `Iterable` of those.)
      return type.format !== 'date' && type.format !== 'date-time';
    case 'file':
      return true;
    case 'union':
      return type.variants.some((variant) => takesString(variant, schema, seen));
    case 'ref': {
      if (seen.has(type.schemaId)) return false;
      seen.add(type.schemaId);
      return takesString(schema(type.schemaId).type, schema, seen);
    }
    default:
      return false;
  }
}
