/** The paths `extract_files` takes out of a multipart body before it is sent as JSON-free form fields. */
import type { TypeRef } from '../../../ir/types';
import type { PythonTypeIndex } from './type-index';

/** Where files sit in a multipart param: a file, an array's items, an object's (or a named schema's) properties. */
export function filePathsOf(type: TypeRef, at: string[], index: PythonTypeIndex, seen: string[] = []): string[][] {
  if (type.kind === 'file') return [at];
  if (type.kind === 'array') return filePathsOf(type.items, [...at, '<array>'], index, seen);
  if (type.kind === 'union')
    return type.variants.flatMap((variant) => filePathsOf(variant, at, index, seen)).slice(0, 1);
  if (type.kind === 'object')
    return type.properties.flatMap((property) => filePathsOf(property.type, [...at, property.key], index, seen));
  // A recursive schema's files are found once, at its first level.
  if (type.kind === 'ref' && !seen.includes(type.schemaId))
    return filePathsOf(index.schema(type.schemaId).type, at, index, [...seen, type.schemaId]);
  return [];
}
