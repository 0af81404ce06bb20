import { SpecError, pointerJoin } from '../diagnostics';

/**
 * Inline schemas nested deeper than this (properties of properties…, not `$ref`s) are refused, with the pointer of the
 * first one too deep: no real spec comes near it, and the stages that recurse into a schema's nested schemas (the
 * Swagger 2.0 conversion, normalization, the types and their printing) would exhaust the call stack.
 */
export const MAX_SCHEMA_DEPTH = 256;

/** The error for a schema nested deeper than MAX_SCHEMA_DEPTH; `definitions` is where the spec declares schemas. */
export function schemaTooDeep(file: string, pointer: string, definitions: string): SpecError {
  return new SpecError({
    code: 'schema-too-deep',
    file,
    pointer,
    message: `schemas are nested here more than ${MAX_SCHEMA_DEPTH} levels deep, inside one another`,
    hint: `declare the inner schemas in ${definitions} and point at them with $ref`,
  });
}

/**
 * Any value of a document (an extension, an example, a default, a schema) nested deeper than this is refused, with
 * its pointer: the later stages walk values recursively (normalization, the mock spec, printing examples), and a
 * value thousands of levels deep would exhaust the call stack. It leaves room for MAX_SCHEMA_DEPTH schemas, two levels
 * each (`properties/name`), under the deepest place a schema sits in a document.
 */
export const MAX_VALUE_DEPTH = 2 * MAX_SCHEMA_DEPTH + 64;

/** A SpecError naming the first place in `root` nested deeper than MAX_VALUE_DEPTH, or null when there is none. */
export function valueTooDeep(root: unknown, file: string): SpecError | null {
  const tokens = root !== null && typeof root === 'object' ? deepPlace(root, 0) : null;
  if (tokens === null) return null;
  return new SpecError({
    code: 'value-too-deep',
    file,
    pointer: pointerJoin('#', ...tokens.reverse()),
    message: `values are nested here more than ${MAX_VALUE_DEPTH} levels deep`,
    hint: 'flatten the value, or declare nested schemas in the components and point at them with $ref',
  });
}

/** The keys, innermost first, leading to a value at depth MAX_VALUE_DEPTH; recursion never goes deeper than that. */
function deepPlace(value: unknown, depth: number): string[] | null {
  if (depth >= MAX_VALUE_DEPTH) return [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue;
      const found = deepPlace(item, depth + 1);
      if (found) return (found.push(String(i)), found);
    }
    return null;
  }
  // (Object.keys, not for…in: a large spec has millions of values, and this walk is on every load's path.)
  const keys = Object.keys(value as object);
  for (let i = 0; i < keys.length; i++) {
    const item = (value as Record<string, unknown>)[keys[i]!];
    if (item === null || typeof item !== 'object') continue;
    const found = deepPlace(item, depth + 1);
    if (found) return (found.push(keys[i]!), found);
  }
  return null;
}
