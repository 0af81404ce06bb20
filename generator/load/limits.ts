import { SpecError } from '../diagnostics';

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
