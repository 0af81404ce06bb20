/**
 * The data model of `sdkgen diff`: one `Change` per difference an SDK user would see between two
 * generated SDKs, and the `DiffResult` that the reporters (text, Markdown, JSON) print.
 *
 * Everything here is plain, JSON-serialisable data; `report-json.ts` documents the JSON shape and
 * `DIFF_SCHEMA_VERSION` is bumped whenever a field is removed or changes meaning.
 */
import type { SourceRef } from '../ir/types';

export const DIFF_SCHEMA_VERSION = 1;

/**
 * - breaking: code that compiled against the old SDK no longer compiles, or behaves differently.
 * - non-breaking: additions and relaxations; existing code keeps compiling and working.
 * - note: nothing changes for code (docs, deprecations, error documentation, endpoint moves the SDK hides).
 */
export type Classification = 'breaking' | 'non-breaking' | 'note';

/**
 * Where a type is used, which decides its variance:
 * - request: values the user writes (params, bodies): contravariant, narrowing breaks;
 * - response: values the user reads: covariant, widening breaks;
 * - both: used on both sides, both rules apply (the stricter wins);
 * - error: only in documented error bodies, which the SDK types as `unknown` (changes are notes).
 */
export type Direction = 'request' | 'response' | 'both' | 'error';

/** Every kind of change, by area. The rule table in classify.ts gives each its classification and reason. */
export type ChangeKind =
  // client
  | 'client-renamed'
  | 'package-renamed'
  | 'env-prefix-changed'
  | 'base-url-changed'
  | 'base-url-removed'
  | 'base-url-added'
  | 'server-added'
  | 'server-removed'
  | 'required-auth-added'
  | 'optional-auth-added'
  | 'auth-removed'
  | 'auth-changed'
  | 'auth-wire-changed'
  | 'auth-made-required'
  | 'auth-made-optional'
  | 'idempotency-header-changed'
  | 'stream-rules-changed'
  | 'spec-version-changed'
  // resources
  | 'resource-added'
  | 'resource-removed'
  | 'resource-renamed'
  // methods
  | 'method-added'
  | 'method-removed'
  | 'method-renamed'
  | 'method-moved'
  | 'endpoint-changed'
  | 'method-auth-changed'
  | 'method-server-changed'
  | 'method-deprecated'
  | 'method-undeprecated'
  | 'docs-changed'
  // parameters
  | 'positional-added'
  | 'positional-removed'
  | 'positional-renamed'
  | 'required-param-added'
  | 'optional-param-added'
  | 'param-removed'
  | 'param-made-required'
  | 'param-made-optional'
  | 'param-location-changed'
  | 'param-deprecated'
  | 'params-type-renamed'
  | 'body-encoding-changed'
  // responses
  | 'response-kind-changed'
  | 'response-body-added'
  | 'response-body-removed'
  // pagination
  | 'pagination-added'
  | 'pagination-removed'
  | 'pagination-scheme-changed'
  | 'page-style-changed'
  | 'page-params-changed'
  // errors
  | 'error-added'
  | 'error-removed'
  // named types
  | 'type-added'
  | 'type-removed'
  | 'type-renamed'
  | 'nested-type-renamed'
  // type structure (anywhere: params, bodies, responses, named types)
  | 'required-property-added'
  | 'optional-property-added'
  | 'property-removed'
  | 'property-made-required'
  | 'property-made-optional'
  | 'property-deprecated'
  | 'nullable-added'
  | 'nullable-removed'
  | 'enum-values-added'
  | 'enum-values-removed'
  | 'variant-added'
  | 'variant-removed'
  | 'type-widened'
  | 'type-narrowed'
  | 'type-changed'
  | 'format-changed'
  | 'constraints-changed'
  // against a published SDK (`sdkgen diff --against`: api.md or .d.ts signatures, no type structure)
  | 'required-params-added'
  | 'optional-params-added'
  | 'params-removed'
  | 'params-made-required'
  | 'params-made-optional'
  | 'return-type-changed'
  | 'page-type-renamed'
  | 'type-moved';

export interface Change {
  kind: ChangeKind;
  classification: Classification;
  /** Why it has this classification, for an SDK user. */
  reason: string;
  /** What changed, in one sentence. */
  message: string;
  /**
   * Report group: a resource path ("servers.releases"), "client" for client-level changes, or
   * "types" for named types declared in the shared module.
   */
  group: string;
  /** Resource path of the method, or null. */
  resource: string | null;
  /** Method name, or null. */
  method: string | null;
  /** Named type the change is inside, or null. */
  type: string | null;
  /** Location in the SDK surface: "servers.releases.get › params.qualifiedName", "type Server › connections[].url". */
  location: string;
  /** Variance that decided the classification (null when types are not involved). */
  direction: Direction | null;
  /** Short renderings of the old and new value (a type, a name, a path), or null. */
  before: string | null;
  after: string | null;
  /** For changes to a named type: the methods that use it ("servers.get (response)"). */
  affects: string[];
  /** Where the changed element is defined in the old and the new spec. */
  source: { old: SourceRef | null; new: SourceRef | null };
}

export type SemverBump = 'major' | 'minor' | 'patch' | 'none';

export interface DiffSide {
  /** The input as given: a file path or "git:<ref>:<path>". */
  input: string;
  title: string;
  specVersion: string;
  clientName: string;
}

export interface DiffResult {
  schemaVersion: number;
  old: DiffSide;
  new: DiffSide;
  summary: {
    breaking: number;
    nonBreaking: number;
    notes: number;
    /** Suggested version bump of the SDK package: breaking → major, additions → minor, notes → patch. */
    semver: SemverBump;
  };
  /** Changes, grouped: client first, then resources in SDK order, then shared types; breaking first within a group. */
  changes: Change[];
}
