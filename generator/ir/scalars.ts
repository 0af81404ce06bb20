/**
 * The types without parts or constraints (`unknown`, `null`, `boolean`, `integer`, `number`), one object each, shared
 * by every schema that has one: a large spec has tens of thousands, each a survivor the garbage collector copies. The
 * IR is never changed once built (each pass returns new data), and they are frozen besides.
 */
import type { TypeRef } from './types';

export const UNKNOWN: TypeRef = Object.freeze({ kind: 'unknown' });
export const NULL: TypeRef = Object.freeze({ kind: 'null' });
export const BOOLEAN: TypeRef = Object.freeze({ kind: 'boolean' });
export const INTEGER: TypeRef = Object.freeze({ kind: 'integer' });
export const NUMBER: TypeRef = Object.freeze({ kind: 'number' });
