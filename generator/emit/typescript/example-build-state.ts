/**
 * What example-build.ts's `ValueBuilder` works with: the state of building one argument (`Build`), how files are
 * written, its limits and the small checks it makes of types and values.
 */
import type { TypeRef } from '../../ir/types';
import type { StainlessForms } from '../../stainless/era';
import { preferredQuoteString } from './print-doc';

/** At most this many values (objects, arrays, scalars) in one argument; beyond it, it is too large to write out. */
export const MAX_VALUES = 2000;

/** A spec example longer than this (as JSON) is not copied into docs and tests: it would drown the call. */
export const MAX_EXAMPLE_JSON = 600;

/** The email address Stainless's endpoint tests give a string of format `email` without an example. */
export const STAINLESS_EMAIL = 'dev@stainless.com';
/**
 * How a file (an `Uploadable`) is written: a stream of a local file in docs, bytes in tests (no file system);
 * the README's upload section shows the other ways too.
 */
export type FileStyle = 'stream' | 'file' | 'toFile' | 'bytes';

export const FILE_VALUES: Record<FileStyle, string> = {
  stream: "fs.createReadStream('path/to/file')",
  file: "new File(['my bytes'], 'file.txt')",
  toFile: "await toFile(Buffer.from('my bytes'), 'file.txt')",
  bytes: "await toFile(new TextEncoder().encode('example'), 'example.txt')",
};

/** The forms of Stainless's endpoint tests that changed with its generator (the SDK's era: stainless/era.ts). */
export type TestForms = Pick<
  StainlessForms,
  'brokenObjects' | 'uploadText' | 'ownExampleKeys' | 'examplesAsGiven' | 'enumExamples' | 'namedStrings' | 'arrayItems'
>;

/** The file a Stainless endpoint test uploads: `toFile(Buffer.from('Example data'), 'README.md')` (the era's text). */
export const stainlessUpload = (text: string) =>
  `await toFile(Buffer.from(${preferredQuoteString(text)}), 'README.md')`;

/** State of building one argument. */
export interface Build {
  /** Test arguments must type-check (throw NoExample); docs may hold a placeholder. */
  strict: boolean;
  files: FileStyle;
  /** Named schemas being expanded, outermost first: a reference back into one of them is a cycle. */
  expanding: string[];
  /** Values written so far (see MAX_VALUES). */
  count: number;
  /**
   * Values as Stainless's tests write them: only a scalar example of the spec's (or an array of them) is used, never
   * a default; a string says its property's name (`'string'` in an array), one of a least length is that many x's
   * (`'xxx'`), an email `'dev@stainless.com'`; an `unknown` is `{}`, a map `{ foo: … }` (`{ foo: 'bar' }` of unknown
   * values); required properties come first.
   */
  stainless?: boolean;
  /** Every optional property too, at every depth (Stainless's `required and optional params`), where one can be written. */
  deep?: boolean;
}

/** Whether `value` is as long as a string type's `minLength`/`maxLength` allow. */
export function fitsLengths(type: Extract<TypeRef, { kind: 'string' }>, value: string): boolean {
  const { minLength = 0, maxLength = Infinity } = type.constraints ?? {};
  return value.length >= minLength && value.length <= maxLength;
}

/** A type of no known shape. */
export const isUnknown = (t: TypeRef) => t.kind === 'unknown' || t.kind === 'any';

/** In a Stainless-style argument, optional properties are written only while it holds fewer values than this. */
export const MAX_DEEP_VALUES = 500;

/** A spec example's value, or undefined when it is not JSON. */
export function parseJson(example: string): unknown {
  try {
    return JSON.parse(example) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a union is one type or null (a nullable property): its value is that type's, named as the property. */
export function nullable(union: Extract<TypeRef, { kind: 'union' }>): boolean {
  return union.variants.filter((v) => v.kind !== 'null').length === 1;
}
