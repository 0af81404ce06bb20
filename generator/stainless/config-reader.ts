/**
 * The value readers every part of the Stainless config reader shares, so that each key is read and reported the
 * same way: a value in a form sdkgen does not know is a warning naming the key path and its line, and is read as
 * absent; a key sdkgen does not implement is a warning too.
 */
import type { Diagnostics } from '../diagnostics';
import { lineOfKey } from './yaml-lines';

/** The readers of one config file; each reports against that file's text. */
export interface ConfigReader {
  /** A key sdkgen does not implement: said once with its line. */
  warn: (where: string, message: string) => void;
  /** A value sdkgen cannot read: said once with its line, then treated as absent. */
  invalid: (where: string, message: string) => void;
  str: (value: unknown, where: string) => string | null;
  map: (value: unknown, where: string) => Record<string, unknown>;
  list: (value: unknown, where: string) => unknown[];
  /** A value from a fixed set, or null (with a warning) when it is another. */
  oneOf: <T extends string>(value: unknown, where: string, allowed: readonly T[]) => T | null;
  wholeNumber: (value: unknown, where: string) => number | null;
  /** A number above 0 (a fraction allowed: `0.5`), or null (with a warning) when it is something else. */
  positiveNumber: (value: unknown, where: string) => number | null;
}

export function configReader(file: string, text: string, diags: Diagnostics): ConfigReader {
  return readerReporting(
    (where, message) =>
      diags.config('warning', 'stainless-config-ignored', file, where, lineOfKey(text, where), message),
    (where, message) =>
      diags.config('warning', 'stainless-config-invalid', file, where, lineOfKey(text, where), `${message}; ignored`),
  );
}

/** Readers that report through `warn` (a key sdkgen does not implement) and `invalid` (a value it cannot read). */
export function readerReporting(
  warn: (where: string, message: string) => void,
  invalid: (where: string, message: string) => void,
): ConfigReader {
  const str = (value: unknown, where: string): string | null => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    // YAML reads an unquoted date (`edition: 2025-10-10`) as a Date under some schemas.
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    invalid(where, `must be a string, got ${describe(value)}`);
    return null;
  };
  const map = (value: unknown, where: string): Record<string, unknown> => {
    if (value === undefined || value === null) return {};
    if (isMapping(value)) return value;
    invalid(where, `must be a mapping, got ${describe(value)}`);
    return {};
  };
  const list = (value: unknown, where: string): unknown[] => {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    invalid(where, `must be a list, got ${describe(value)}`);
    return [];
  };
  const oneOf = <T extends string>(value: unknown, where: string, allowed: readonly T[]): T | null => {
    const text = str(value, where);
    if (text === null) return null;
    if ((allowed as readonly string[]).includes(text)) return text as T;
    invalid(where, `must be ${allowed.join(', ')}; got ${JSON.stringify(text)}`);
    return null;
  };
  const wholeNumber = (value: unknown, where: string): number | null => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    invalid(where, `must be a whole number, got ${describe(value)}`);
    return null;
  };
  const positiveNumber = (value: unknown, where: string): number | null => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
    invalid(where, `must be a number above 0, got ${describe(value)}`);
    return null;
  };
  return { warn, invalid, str, map, list, oneOf, wholeNumber, positiveNumber };
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}
