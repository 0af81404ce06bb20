/**
 * What a value of a string or number type looks like in an example: a string of a format, a number within a
 * schema's bounds, a short string a spec's pattern accepts.
 */
import type { NumberConstraints } from '../ir/types';
import { firstMatching, type PatternBudget } from './spec-pattern';

/** Values of string formats: what such a string looks like. */
export const FORMAT_VALUES: Record<string, string> = {
  'date-time': '2019-12-27T18:11:19.117Z',
  date: '2019-12-27',
  uri: 'https://example.com',
  url: 'https://example.com',
  uuid: '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
  email: 'user@example.com',
  time: '18:11:19.117Z',
};

/** A time of day as RFC 3339's full-time writes it (JSON Schema's `time`): seconds and an offset included. */
const FULL_TIME = /^\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * Whether a spec's string example is a value of the schema's format, as Stainless's endpoint tests take it: one of
 * format `time` that is no full-time (knock-mgmt's send window `from: 09:00`) is not written, the format's value
 * (`FORMAT_VALUES.time`) is, in both targets' tests.
 */
export function exampleOfFormat(format: string | null | undefined, example: string): boolean {
  return format !== 'time' || FULL_TIME.test(example);
}

/** The smallest "nice" number that satisfies the bounds (0 when unconstrained). */
export function numberWithin(c: NumberConstraints | undefined, integer: boolean): number {
  if (!c) return 0;
  let value = 0;
  if (c.minimum !== undefined && value < c.minimum) value = c.minimum;
  if (c.exclusiveMinimum !== undefined && value <= c.exclusiveMinimum)
    value = integer ? Math.floor(c.exclusiveMinimum) + 1 : c.exclusiveMinimum + 1;
  if (c.maximum !== undefined && value > c.maximum) value = c.maximum;
  if (c.exclusiveMaximum !== undefined && value >= c.exclusiveMaximum)
    value = integer ? Math.ceil(c.exclusiveMaximum) - 1 : c.exclusiveMaximum - 1;
  if (integer) value = Math.ceil(value);
  if (c.multipleOf !== undefined && value % c.multipleOf !== 0) value = Math.ceil(value / c.multipleOf) * c.multipleOf;
  return value;
}

/** The string a pattern that is a literal alone matches (`^conn_` → `conn_`, `^v1\.` → `v1.`); null for any other. */
export function literalOfPattern(pattern: string): string | null {
  const literal = /^\^?((?:[A-Za-z0-9_-]|\\[./-])+)$/.exec(pattern)?.[1];
  return literal === undefined ? null : literal.replace(/\\/g, '');
}

/**
 * A short value a string `pattern` accepts, tried among a few candidates (the name, `string`, the pattern's literal
 * prefix such as `msg` of `^msg.*` followed by them); null when none matches. The pattern is the spec's: it is only
 * ever tested against these few short strings, within a time limit (spec-pattern.ts). With the string's length
 * bounds, only a candidate of an allowed length is taken, and runs of one character of an allowed length are tried
 * after them (`111111111` for a routing number of nine digits, `^[0-9]*$`).
 */
export function valueMatching(
  pattern: string,
  name: string | null,
  budget: PatternBudget,
  length?: { min: number; max: number },
): string | null {
  // (Punctuation that is no operator in a pattern is a literal there: the `/` of `^/.*`, the `:` of `^urn:`.)
  const prefix = /^\^?((?:[A-Za-z0-9_/:@=,#%&!~-]|\\[./-])*)/.exec(pattern)?.[1]?.replace(/\\/g, '') ?? '';
  const words = [...(name && name.length <= 40 ? [name] : []), 'string', '1', 'a'];
  const candidates = [...words, ...words.map((w) => `${prefix}${w}`), prefix].filter((candidate) => candidate !== '');
  if (length === undefined) return firstMatching(pattern, candidates, budget);
  const { min, max } = length;
  const fits = (value: string) => value.length >= min && value.length <= max;
  // (A few lengths from the least up: a postal code of `^[0-9]{5}(?:-?[0-9]{4})?$` allowed 1 to 10 characters.)
  const padded: string[] = [];
  for (let size = Math.max(min, 1); size <= Math.min(max, Math.max(min, 1) + 15); size++)
    for (const unit of ['x', '1', 'a', 'A']) padded.push(`${prefix}${unit.repeat(Math.max(0, size - prefix.length))}`);
  return firstMatching(pattern, [...new Set([...candidates, ...padded])].filter(fits), budget);
}
