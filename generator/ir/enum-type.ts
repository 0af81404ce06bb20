/**
 * The types a schema's listed values give (`enum`, `const`): literals and enums, shared by every direction, since a
 * value is the same in a request and a response.
 */
import { pointerJoin, type Diagnostics } from '../diagnostics';
import type { SchemaNode } from '../normalize/schema';
import { NULL, UNKNOWN } from './scalars';
import type { TypeRef } from './types';
import { unionOf } from './union';

/**
 * A schema's `enum`: a literal for one value, an enum of several (each once), or-null where the list or the types
 * allow `null`. A value that is an object or an array is typed `unknown`, with a warning.
 */
export function enumType(node: SchemaNode, diags: Diagnostics): TypeRef {
  const values: Array<string | number | boolean> = [];
  let nullable = false;
  const listed = node.enum ?? [];
  // (An index, not for…of: enums are many, and most are read before V8 optimizes this.)
  for (let i = 0; i < listed.length; i++) {
    const value = listed[i];
    if (value === null) nullable = true;
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      if (!values.includes(value)) values.push(value);
    } else {
      diags.warn(
        'unsupported-enum-value',
        node.loc.doc.file,
        pointerJoin(node.loc.pointer, 'enum'),
        'an enum value that is an object or array is typed as unknown',
      );
      return UNKNOWN;
    }
  }
  if (node.types?.includes('null')) nullable = true;
  let type: TypeRef =
    values.length === 0 ? NULL : values.length === 1 ? { kind: 'literal', value: values[0] } : { kind: 'enum', values };
  if (nullable && values.length > 0) type = unionOf([type, NULL]);
  return type;
}

/** A schema's `const` value: a literal (or null where the schema's types allow it), `unknown` for an object or array. */
export function literalType(value: unknown, node: SchemaNode): TypeRef {
  if (value === null) return NULL;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const literal: TypeRef = { kind: 'literal', value };
    return node.types?.includes('null') ? unionOf([literal, NULL]) : literal;
  }
  return UNKNOWN;
}
