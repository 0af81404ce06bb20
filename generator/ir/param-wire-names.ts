/**
 * Parameter names that spell how a value is sent rather than what it is: an array query parameter named `expand[]`
 * (`timestamp_granularities[]`, `tags[]`) is the field `expand` in Stainless's SDKs (cartesia's
 * `VoiceListParams.expand?: Array<…> | null`), sent `expand[]=a&expand[]=b` by the brackets array format. A nullable
 * array (`type: [array, "null"]`, `anyOf: [array, null]`) is an array here too.
 */
import type { TypeRef } from './type-expr';

/** `tags[]`: a name with one trailing pair of brackets and no other brackets or dots. */
const BRACKETED_ARRAY_NAME = /^([^.[\]]+)\[\]$/;

/** Whether a value of this type is an array or null (at least one variant an array, the others null). */
export function isArrayOrNull(type: TypeRef): boolean {
  if (type.kind === 'array') return true;
  if (type.kind !== 'union') return false;
  const values = type.variants.filter((v) => v.kind !== 'null');
  return values.length > 0 && values.every((v) => v.kind === 'array');
}

/**
 * The field name of a parameter named `name[]` whose value is an array (or null): `name`. Null for any other name or
 * type (a `tags[]` holding a string keeps its whole name).
 */
export function bracketedArrayField(wireName: string, type: TypeRef): string | null {
  const match = BRACKETED_ARRAY_NAME.exec(wireName);
  return match && isArrayOrNull(type) ? match[1]! : null;
}
