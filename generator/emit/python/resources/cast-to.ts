/**
 * Which response types a `type[T]` parameter (`cast_to`, a page's `model`) takes only through `cast(Any, …)`: those
 * Python writes as no class.
 */
import type { TypeRef } from '../../../ir/types';
import { walkRefs } from '../../../ir/walk';
import type { PyTypeIndex } from '../types/py-type-index';

/**
 * A union or an enum (named or not): a `Union`/`Literal` alias, no class, so a `type[T]` parameter takes it only
 * through `cast(Any, …)`.
 */
export function isUnion(type: TypeRef, index: PyTypeIndex): boolean {
  const resolved = type.kind === 'ref' ? index.schema(type.schemaId).type : type;
  return resolved.kind === 'union' || resolved.kind === 'enum' || resolved.kind === 'literal';
}

/**
 * An alias (no class) naming a type that reaches a recursive one: printed as a `TypeAliasType` (print-types.ts), which
 * a `type[T]` parameter takes only through `cast(Any, …)` too.
 */
export function isAliasOfRecursive(type: TypeRef, index: PyTypeIndex): boolean {
  const resolved = type.kind === 'ref' ? index.schema(type.schemaId).type : type;
  if (resolved.kind === 'object' || resolved.kind === 'intersection') return false;
  let reaches = false;
  walkRefs(resolved, (id) => {
    if (index.reachesCycle?.(id)) reaches = true;
  });
  return reaches;
}
