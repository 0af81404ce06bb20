/**
 * Inline schemas nested deeper than this (properties of properties…, not `$ref`s) are refused, with the pointer of the
 * first one too deep: no real spec comes near it, and the stages that recurse into a schema's nested schemas (the
 * Swagger 2.0 conversion, normalization, the types and their printing) would exhaust the call stack.
 */
export const MAX_SCHEMA_DEPTH = 256;
