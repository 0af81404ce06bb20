/**
 * The IR's type expressions (`TypeRef`) and what they are made of: objects, their properties, discriminators, and the
 * spec's words (`Docs`) and place (`SourceRef`) they carry. Plain data, as all of the IR (see `types.ts`, which
 * re-exports every declaration here).
 */
import type { NumberConstraints, StringConstraints } from '../normalize/schema';

/** Where something came from: used in diagnostics and never lost. */
export interface SourceRef {
  /** Path of the spec file, as given by the user or relative to the root spec. */
  file: string;
  /** JSON pointer inside that file, e.g. "#/paths/~1servers/get". */
  pointer: string;
}

/**
 * A type expression. Printed by emit/typescript/print-type.ts; compared by `sdkgen diff`.
 * Nullability is a union with `{ kind: 'null' }`.
 */
export type TypeRef =
  | { kind: 'string'; format: string | null; constraints?: StringConstraints }
  | { kind: 'number'; constraints?: NumberConstraints }
  | { kind: 'integer'; constraints?: NumberConstraints }
  | { kind: 'boolean' }
  | { kind: 'null' }
  /** Free-form value ({} / no schema). */
  | { kind: 'unknown'; requiredKeys?: RequiredKeys }
  /** Only where a hint says anything goes (x-stainless-any is mapped to unknown, never here). */
  | { kind: 'any' }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'enum'; values: Array<string | number | boolean> }
  /** `title`: the schema's, with a Stainless config (a union member's items are named after it). */
  | { kind: 'array'; items: TypeRef; title?: string }
  | { kind: 'tuple'; items: TypeRef[]; rest: TypeRef | null }
  | ObjectType
  /**
   * `nullMember`: the null is one of the `oneOf`/`anyOf`'s members (`[X, { type: 'null' }]`), not the schema's own
   * `nullable` or type list: Stainless's tests write a value where an example gives such a union null (isaacus's
   * `size: 512`), and null where it gives a nullable one null. Absent otherwise.
   */
  | {
      kind: 'union';
      variants: TypeRef[];
      discriminator: Discriminator | null;
      requiredKeys?: RequiredKeys;
      nullMember?: true;
      /**
       * The `oneOf`/`anyOf`'s own example (JSON), or that of a union written out in it: Stainless's tests write it
       * where nothing nearer gives one (see ir/union-example.ts). Absent otherwise.
       */
      example?: string;
      /**
       * The example is a flattened member union's, not this union's own: kept in every era, since the null member
       * the era rule looks at is not the one that example was given beside (knock-mgmt's `actor`).
       */
      exampleFromMember?: true;
    }
  | { kind: 'intersection'; parts: TypeRef[]; requiredKeys?: RequiredKeys }
  /** An uploadable file (binary string in a request body). */
  | { kind: 'file' }
  | { kind: 'ref'; schemaId: string; requiredKeys?: RequiredKeys };

/**
 * What a response schema requires that its type does not say, for the validators: `keys` no property declares there,
 * and the lists of each union of `required` lists alone (`anyOf: [{ required: [a] }, { required: [b] }]`).
 */
export interface RequiredKeys {
  keys: string[];
  alternatives: string[][][];
}

/** Validation keywords (3.1 semantics), as the normalize stage reads them from a schema. */
export type { NumberConstraints, StringConstraints };

export interface ObjectType {
  kind: 'object';
  properties: Property[];
  /** Type of additional properties (`additionalProperties`), or null when closed/unspecified. */
  additional: TypeRef | null;
  /** Restricts the keys of additional properties (`propertyNames` enum/const), or null. */
  propertyNames: TypeRef | null;
  /**
   * Name of the nested interface this inline object is declared as, inside the namespace of the
   * named type that contains it ("Security" → ServerGetResponse.Security); null prints it inline.
   */
  declareAs: string | null;
  /**
   * The name the spec gives this object as a union variant (`x-stainless-variantName: dynamic`): its nested interface
   * is named after it (`Config.Dynamic`). Absent otherwise.
   */
  variantName?: string;
  /**
   * The schema's `title`, where a Stainless config's docs leave it out: a union member is named after it
   * (`Message.RejectedEvent`). Absent otherwise (the title is then the docs' summary).
   */
  title?: string;
  /**
   * The component schema this object was written out from (its location), where a Stainless config names only its
   * models: the same schema reached twice in one namespace is declared there once. Absent otherwise.
   */
  inlinedFrom?: string;
  /**
   * The named types its interface extends (refs to objects), each without the properties it declares itself (`omit`,
   * printed `Omit<Transaction, 'type'>`): with a Stainless config, the models an `allOf` joins it with, which the
   * intersection holding it still lists (`interface BusinessCustomer extends Customer`). Absent otherwise.
   */
  extends?: Array<{ ref: TypeRef; omit: string[] }>;
  /**
   * `additionalProperties: false`: a value with a property the object does not declare is refused (by a server
   * validating requests, and so by the examples, which pick a union's value only one variant takes). Absent otherwise.
   */
  closed?: true;
  /** `x-stainless-empty-object: true`: no members at all (a Stainless SDK's `interface FileCopyResponse {}`). */
  emptyObject?: true;
  /** No property and nothing said of others (see mergedObject: an `allOf` adds no index signature of it). */
  unsaidMembers?: true;
  /** Validation only: see RequiredKeys. Absent where the properties say all the spec requires. */
  requiredKeys?: RequiredKeys;
  docs: Docs;
}

export interface Discriminator {
  /** Wire name of the discriminating property. */
  property: string;
  /**
   * Discriminator value → index into `variants`; `inferred` where the mapping names none and the value is the one the
   * variant's property allows alone (a Stainless SDK names such a variant after it).
   */
  mapping: Array<{ value: string; variant: number; inferred?: true }>;
  /** Mapping entries naming a schema that is no variant: the validators check a value so tagged against it. */
  outside?: Array<{ value: string; schema: SourceRef }>;
}

/**
 * A property of an object. Request-side types leave readOnly properties out and response-side types writeOnly
 * ones, so a readOnly property is only ever seen in a response type and a writeOnly one in a request type.
 */
export interface Property {
  /** Wire key, kept verbatim; the printer quotes it when it is not an identifier. */
  key: string;
  type: TypeRef;
  required: boolean;
  /** Present (true) only on a readOnly property. */
  readOnly?: true;
  /** Present (true) only on a writeOnly property. */
  writeOnly?: true;
  docs: Docs;
}

/** What the spec documents; each field is absent when the spec gives none (most schemas share one empty object). */
export interface Docs {
  summary?: string;
  description?: string;
  /** true, or the deprecation message; absent when not deprecated. */
  deprecated?: true | string;
  /** A JSON example from the spec, serialized (for docs only). */
  example?: string;
  default?: string;
}
