/**
 * The shape of a normalized schema (`SchemaNode`) and of the graph later stages read them through, apart from the
 * reader that builds them (schema.ts), so that its helpers (all-of-conflicts.ts) can name them without an import
 * cycle.
 */
import type { Location } from '../load/load';
import type { Hints } from './hints';
import type { NumberConstraints, StringConstraints } from './schema-keywords';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface SchemaNode {
  loc: Location;
  /** The raw `$ref` when this node is a reference (3.1 siblings such as `description` are kept in docs). */
  ref: string | null;
  /** Allowed JSON types, `null` when unconstrained. `nullable: true` (3.0) adds 'null'. */
  types: readonly JsonType[] | null;
  /**
   * `nullable: true` on a schema without a `type` (the 3.0 idiom `nullable: true` + `allOf: [$ref]`, or next to
   * a `$ref`): the schema's value may also be null.
   */
  nullable: boolean;
  format: string | null;
  enum: unknown[] | null;
  /** `const` (3.1) or a single-value `x-stainless-const` enum. */
  const: { value: unknown } | null;
  properties: ReadonlyArray<{ key: string; schema: SchemaNode }>;
  /** Whether `properties` was written, even empty (`properties: {}` says there are none). */
  propertiesWritten: boolean;
  required: readonly string[];
  /** `additionalProperties`: a schema, `true` (any), `false` (closed), or null (unspecified). */
  additionalProperties: SchemaNode | boolean | null;
  propertyNames: SchemaNode | null;
  patternProperties: readonly SchemaNode[];
  items: SchemaNode | null;
  prefixItems: SchemaNode[] | null;
  allOf: SchemaNode[] | null;
  anyOf: SchemaNode[] | null;
  oneOf: SchemaNode[] | null;
  discriminator: {
    propertyName: string;
    /** Value → target as written (a `$ref` or a bare schema name), in spec order. */
    mapping: Array<[string, string]>;
    /** Where each mapping entry's target is (same order as `mapping`), null when it does not resolve. */
    targets: Array<Location | null>;
  } | null;
  readOnly: boolean;
  writeOnly: boolean;
  title: string | null;
  description: string | null;
  deprecated: boolean | string;
  default: { value: unknown } | null;
  /** The schema's example: its `example:` (`written`), else the first of 3.1's `examples:`. */
  example: { value: unknown; written?: true } | null;
  /** Stainless inline `id` naming this schema, when it is a valid type name. */
  idName: string | null;
  /** Content media type of a string (`contentMediaType`/`contentEncoding` or binary format). */
  binary: boolean;
  hints: Hints;
  /** Numeric bounds with 3.1 semantics (3.0 boolean `exclusiveMinimum` folded into a number). */
  numberConstraints: NumberConstraints | null;
  stringConstraints: StringConstraints | null;
}

/** What later stages ask of the schema graph: where a `$ref` node leads, and checks made when a schema is used. */
export interface SchemaGraph {
  /** The node a `ref` node names, following a chain of `$ref`s to its end; any other node itself. */
  deref(node: SchemaNode): SchemaNode;
  /** Warn (once per node) when no value can satisfy all of `node`'s `allOf` members at once. */
  checkAllOf(node: SchemaNode): void;
  /**
   * `raw` normalized as the schema at `loc` (once per place); a schema from elsewhere (a Stainless config's) read so
   * resolves its `$ref`s in `loc`'s document.
   */
  read(raw: unknown, loc: Location): SchemaNode;
  /**
   * Places (document path + pointer) that some `$ref` points at without being a component schema (`#/paths/…`,
   * `…/properties/b`): a schema there may have to become a named type.
   */
  readonly deepRefTargets: ReadonlySet<string>;
  /**
   * Whether `node` was read by place (a component, a `$ref`'s target, a schema above a deep target): any other is a
   * subschema only its parent reaches, the one schema at its place.
   */
  readByPlace(node: SchemaNode): boolean;
}
