/**
 * TypeRef → JSON Schema, for the input schemas of MCP tools. MCP clients differ in what they understand, so the
 * schemas keep to what all of them take: no `$ref` (named schemas are inlined, to a depth limit, and a cycle
 * stops at its first repeat), unions kept as `anyOf`, tuples loosened to arrays (no draft-2020 `prefixItems`).
 * An object the spec closes (`additionalProperties: false`) is closed here too, so that a model is not led to send
 * fields the API refuses; except as a part of an `allOf`, where it would refuse the other parts' properties too.
 */
import type { Docs, NamedSchema, TypeRef } from '../../ir/types';

export type JsonSchema = { [key: string]: unknown };

/** How many named schemas deep a schema is inlined; deeper ones accept any value and say what they were. */
export const MAX_INLINED_REF_DEPTH = 4;

/** Descriptions are cut here: they are read by a model on every request. */
const MAX_DESCRIPTION = 1000;

export function describe(docs: Docs | null): string | null {
  const text = [docs?.summary?.trim(), docs?.description?.trim()]
    .filter((t, i, all) => t && all.indexOf(t) === i)
    .join('\n\n');
  if (!text) return null;
  return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text;
}

export class JsonSchemaPrinter {
  constructor(private readonly schemas: ReadonlyMap<string, NamedSchema>) {}

  schema(type: TypeRef, docs: Docs | null = null): JsonSchema {
    const out = this.convert(type, [], false);
    const description = describe(docs);
    return description && out.description === undefined ? { ...out, description } : out;
  }

  /** `inAllOf`: `type` is a part of an intersection (or a variant of a union that is), so it is not closed. */
  private convert(type: TypeRef, stack: string[], inAllOf: boolean): JsonSchema {
    switch (type.kind) {
      case 'string': {
        const out: JsonSchema = { type: 'string' };
        // Only the formats JSON Schema defines: validators reject schemas with formats they do not know (`int64`).
        if (type.format && STANDARD_FORMATS.has(type.format)) out.format = type.format;
        const { pattern, ...lengths } = type.constraints ?? {};
        Object.assign(out, lengths);
        if (pattern !== undefined && isUnicodeRegExp(pattern)) out.pattern = pattern;
        return out;
      }
      case 'number':
        return { type: 'number', ...type.constraints };
      case 'integer':
        return { type: 'integer', ...type.constraints };
      case 'boolean':
        return { type: 'boolean' };
      case 'null':
        return { type: 'null' };
      case 'unknown':
      case 'any':
        return {};
      case 'literal':
        return { type: jsonType(type.value), const: type.value };
      case 'enum': {
        const types = [...new Set(type.values.map(jsonType))];
        return { ...(types.length === 1 ? { type: types[0] } : {}), enum: type.values };
      }
      case 'array':
        return { type: 'array', items: this.convert(type.items, stack, false) };
      case 'tuple': {
        const parts = [...type.items, ...(type.rest ? [type.rest] : [])].map((t) => this.convert(t, stack, false));
        const out: JsonSchema = { type: 'array', items: parts.length === 1 ? parts[0] : { anyOf: parts } };
        if (type.items.length > 0) out.minItems = type.items.length;
        if (!type.rest) out.maxItems = type.items.length;
        return out;
      }
      case 'object': {
        const out: JsonSchema = { type: 'object' };
        // Entries, not assignments: a property named `__proto__` stays a property.
        const properties: Array<[string, JsonSchema]> = [];
        const required: string[] = [];
        for (const p of type.properties) {
          const property = this.convert(p.type, stack, false);
          const description = describe(p.docs);
          properties.push([
            p.key,
            description && property.description === undefined ? { ...property, description } : property,
          ]);
          if (p.required) required.push(p.key);
        }
        if (type.properties.length > 0) out.properties = Object.fromEntries(properties);
        if (required.length > 0) out.required = required;
        if (type.additional) out.additionalProperties = this.convert(type.additional, stack, false);
        else if (type.closed && !inAllOf) out.additionalProperties = false;
        const description = describe(type.docs);
        if (description) out.description = description;
        return out;
      }
      case 'union':
        return { anyOf: type.variants.map((v) => this.convert(v, stack, inAllOf)) };
      case 'intersection':
        return { allOf: type.parts.map((p) => this.convert(p, stack, true)) };
      case 'file':
        return {
          type: 'string',
          description: 'A file: a data: URL with its bytes in base64 (data:image/png;base64,…), or its text.',
        };
      case 'ref': {
        const schema = this.schemas.get(type.schemaId);
        if (!schema) throw new Error(`generator bug: unknown schema ${type.schemaId}`);
        if (stack.includes(type.schemaId))
          return { description: `A ${schema.name} (recursive; any value is accepted here).` };
        if (stack.length >= MAX_INLINED_REF_DEPTH)
          return { description: `A ${schema.name} (nested too deep to describe; any value is accepted here).` };
        const out = this.convert(schema.type, [...stack, type.schemaId], inAllOf);
        const description = describe(schema.docs);
        return description && out.description === undefined ? { ...out, description } : out;
      }
    }
  }
}

const STANDARD_FORMATS = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uuid',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
]);

/** A `pattern` a JavaScript validator can compile (JSON Schema patterns are ECMA-262 with the `u` flag). */
function isUnicodeRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function jsonType(value: string | number | boolean): string {
  return typeof value === 'string'
    ? 'string'
    : typeof value === 'boolean'
      ? 'boolean'
      : Number.isInteger(value)
        ? 'integer'
        : 'number';
}
