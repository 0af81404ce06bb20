/**
 * The rule table: every change kind → classification and reason, for an SDK user.
 *
 * Type-structure kinds depend on the variance of the place the type is used:
 * - request (params, bodies — values the user writes): narrowing breaks, widening is safe;
 * - response (values the user reads): widening breaks, narrowing is safe — except that TypeScript
 *   rejects comparisons with literal values a type no longer contains (TS2367, TS2678), so removing an
 *   enum value or a discriminated variant from a response also breaks code that handled it;
 * - both: both rules apply and the stricter one wins;
 * - error: documented error bodies are typed `unknown` by the SDK, so their changes are notes.
 *
 * Every kind has exactly one entry here; `test/diff/rules.test.ts` checks each against a fixture pair.
 */
import type { ChangeKind, Classification, Direction } from './model';

export interface Rule {
  classification: Classification;
  reason: string;
}

/** Extra facts some rules need. */
export interface RuleContext {
  /** variant-removed: the union has a discriminator property. */
  discriminated?: boolean;
}

type Fixed = Rule;
type ByDirection = { request: Rule; response: Rule };
type Entry = Fixed | ByDirection | ((ctx: RuleContext) => Fixed | ByDirection);

const breaking = (reason: string): Rule => ({ classification: 'breaking', reason });
const safe = (reason: string): Rule => ({ classification: 'non-breaking', reason });
const note = (reason: string): Rule => ({ classification: 'note', reason });

export const RULES: Record<ChangeKind, Entry> = {
  // ── client ──────────────────────────────────────────────────────────────────────────────────
  'client-renamed': breaking(
    'the client class is imported and constructed by name: `new OldName()` no longer compiles',
  ),
  'package-renamed': breaking('imports from the old package name no longer resolve'),
  'env-prefix-changed': breaking(
    'the client reads differently named environment variables (base URL, log level): deployments that set the old ones behave differently',
  ),
  'base-url-changed': breaking('clients constructed without `baseURL` send their requests to a different server'),
  'base-url-removed': breaking(
    'the spec no longer names a default server: constructing the client without `baseURL` now throws',
  ),
  'base-url-added': safe('the client can now be constructed without `baseURL`'),
  'server-added': note('documentation only: the default base URL is unchanged'),
  'server-removed': note('documentation only: the default base URL is unchanged'),
  'required-auth-added': breaking(
    'the client now requires a new credential: constructing it without the option (or its environment variable) throws',
  ),
  'optional-auth-added': safe('a new, optional client option'),
  'auth-removed': breaking('the client option no longer exists: `new Client({ option })` no longer compiles'),
  'auth-changed': breaking(
    'the credential is passed under a different client option or environment variable: existing code or deployments no longer authenticate',
  ),
  'auth-wire-changed': note('the SDK sends the credential in its new place: call sites are unchanged'),
  'auth-made-required': breaking('constructing the client without this credential now throws'),
  'auth-made-optional': safe('the credential may now be omitted'),
  'idempotency-header-changed': note('the SDK sets the idempotency header itself: call sites are unchanged'),
  'stream-rules-changed': note(
    'call sites are unchanged; a stream may now yield, skip or throw on other events, or end at another',
  ),
  'spec-version-changed': note('informational: the API document declares a new version'),

  // ── resources ───────────────────────────────────────────────────────────────────────────────
  'resource-added': safe('new resource: existing code is unaffected'),
  'resource-removed': breaking('the resource no longer exists: every call through it no longer compiles'),
  'resource-renamed': breaking('the resource has a new name: calls through the old name no longer compile'),

  // ── methods ─────────────────────────────────────────────────────────────────────────────────
  'method-added': safe('new method: existing code is unaffected'),
  'method-removed': breaking('the method no longer exists: calls to it no longer compile'),
  'method-renamed': breaking('same operation, new method name: calls to the old name no longer compile'),
  'method-moved': breaking('same operation, now on another resource: calls through the old resource no longer compile'),
  'endpoint-changed': note('the SDK calls the new HTTP endpoint: call sites are unchanged'),
  'method-auth-changed': note('the SDK decides whether to send credentials: call sites are unchanged'),
  'method-server-changed': note(
    "the operation's own server: call sites are unchanged; a client given a base URL sends there",
  ),
  'method-deprecated': note('still works; editors show it struck through — plan a migration'),
  'method-undeprecated': note('no longer deprecated'),
  'docs-changed': note('documentation only'),

  // ── parameters (always request side) ──────────────────────────────────────────────────────
  'positional-added': breaking('the method takes one more positional argument: existing calls no longer compile'),
  'positional-removed': breaking(
    'the method takes one positional argument less: existing calls pass the wrong arguments and no longer compile',
  ),
  'positional-renamed': note('positional arguments are passed by position: call sites are unchanged'),
  'required-param-added': breaking('a new required parameter: calls without it no longer compile'),
  'optional-param-added': safe('a new optional parameter: existing calls are unaffected'),
  'param-removed': breaking(
    'object literals that pass it no longer compile (excess property check), and the API ignores it',
  ),
  'param-made-required': breaking('calls that omit it no longer compile'),
  'param-made-optional': safe('calls that pass it still compile'),
  'param-location-changed': note(
    'the SDK sends it in its new place (query, header, path or body): call sites are unchanged',
  ),
  'param-deprecated': note('still accepted; editors show it struck through'),
  'params-type-renamed': breaking(
    'code that names the params type (e.g. to build params in a variable) no longer compiles',
  ),
  'body-encoding-changed': note('the SDK encodes the body: call sites are unchanged'),

  // ── responses ───────────────────────────────────────────────────────────────────────────────
  'response-kind-changed': breaking(
    'the method resolves to a different kind of value (JSON, text, binary, stream): code using the result no longer compiles',
  ),
  'response-body-added': safe('the method used to resolve to void: code that ignored the result still compiles'),
  'response-body-removed': breaking('the method now resolves to void: code that reads the result no longer compiles'),

  // ── pagination ──────────────────────────────────────────────────────────────────────────────
  'pagination-added': breaking(
    'the method now returns a page instead of the response body: code that reads the body no longer compiles',
  ),
  'pagination-removed': breaking(
    'the method no longer returns a page: `for await` loops and page helpers over it no longer compile',
  ),
  'pagination-scheme-changed': breaking(
    'the method returns a different page class: code naming the page type or reading its fields may no longer compile',
  ),
  'page-style-changed': breaking('the page class paginates differently: its fields and the params it drives change'),
  'page-params-changed': note('the SDK fills the pagination params: call sites are unchanged'),

  // ── errors (bodies are `unknown` in the SDK) ───────────────────────────────────────────────
  'error-added': note('error bodies are typed `unknown` and errors are classes by status: code is unaffected'),
  'error-removed': note('error bodies are typed `unknown` and errors are classes by status: code is unaffected'),

  // ── named types ─────────────────────────────────────────────────────────────────────────────
  'type-added': safe('new exported type'),
  'type-removed': breaking('the exported type no longer exists: imports of it no longer compile'),
  'type-renamed': breaking('the exported type has a new name: imports of the old name no longer compile'),
  'nested-type-renamed': breaking('the nested type has a new name: references to the old name no longer compile'),

  // ── type structure (variance-dependent) ────────────────────────────────────────────────────
  'required-property-added': {
    request: breaking('objects built without the new required property no longer compile'),
    response: safe('a new property to read'),
  },
  'optional-property-added': {
    request: safe('a new optional property: existing objects still compile'),
    response: safe('a new property to read'),
  },
  'property-removed': {
    request: breaking('object literals that set it no longer compile (excess property check)'),
    response: breaking('code that reads it no longer compiles'),
  },
  'property-made-required': {
    request: breaking('objects built without it no longer compile'),
    response: safe('it is now always present'),
  },
  'property-made-optional': {
    request: safe('objects that set it still compile'),
    response: breaking(
      'reads must now handle `undefined`: `x.prop.method()` no longer compiles under strictNullChecks',
    ),
  },
  'property-deprecated': note('still works; editors show it struck through'),
  'nullable-added': {
    request: safe('`null` is now accepted as well'),
    response: breaking('reads must now handle `null`: `x.prop.method()` no longer compiles under strictNullChecks'),
  },
  'nullable-removed': {
    request: breaking('passing `null` no longer compiles'),
    response: safe('`null` is no longer returned'),
  },
  'enum-values-added': {
    request: safe('more values are accepted'),
    response: breaking(
      'exhaustive `switch`es and `Record<…>` maps over the type no longer compile, and code meets values it does not handle',
    ),
  },
  'enum-values-removed': {
    request: breaking('passing a removed value no longer compiles'),
    response: breaking('`case`/`===` checks against a removed value no longer compile (TS2678/TS2367)'),
  },
  'variant-added': {
    request: safe('more shapes are accepted'),
    response: breaking(
      'code that narrows the union exhaustively no longer compiles, and code meets a shape it does not handle',
    ),
  },
  'variant-removed': (ctx) => ({
    request: breaking('values of the removed shape no longer compile'),
    response: ctx.discriminated
      ? breaking(
          "`case`/`===` checks against the removed variant's discriminator value no longer compile (TS2678/TS2367)",
        )
      : safe('one shape fewer to handle'),
  }),
  'type-widened': {
    request: safe('every value accepted before is still accepted'),
    response: breaking(
      'reads may now see values of the wider type: code that used them as the narrower type no longer compiles',
    ),
  },
  'type-narrowed': {
    request: breaking('values accepted before may no longer compile'),
    response: safe('every value returned now was possible before'),
  },
  'type-changed': {
    request: breaking('the old and new types are incompatible: values built for the old type no longer compile'),
    response: breaking('the old and new types are incompatible: code reading the old type no longer compiles'),
  },
  'format-changed': note('both are `string` in TypeScript: only the documented format changed'),
  'constraints-changed': note(
    'validation keywords (minimum, maxLength, pattern…) are not part of the TypeScript types and the SDK does not ' +
      'check them; the API may accept or return different values',
  ),

  // ── against a published SDK: signatures as api.md / .d.ts show them ────────────────────────
  'required-params-added': breaking(
    'the method now takes a required params object: existing calls without it no longer compile',
  ),
  'optional-params-added': safe('the method now takes an optional params object: existing calls are unaffected'),
  'params-removed': breaking('the method no longer takes a params object: calls that pass one no longer compile'),
  'params-made-required': breaking('the params object can no longer be omitted: calls without it no longer compile'),
  'params-made-optional': safe('calls that pass the params object still compile'),
  'return-type-changed': breaking(
    'the method resolves to a different type: code that names the old type or reads its fields may no longer compile',
  ),
  'page-type-renamed': breaking(
    'the same page of the same items, but the page type alias has a new name: code that names the old alias no longer compiles (iteration is unchanged)',
  ),
  'type-moved': breaking(
    'the type is declared in another module: deep imports of the old module path (`pkg/resources/…`) no longer ' +
      'resolve (imports from the package root still work)',
  ),
};

const SEVERITY: Record<Classification, number> = { breaking: 2, 'non-breaking': 1, note: 0 };

/** The more severe of two classifications. */
export function worst(a: Classification, b: Classification): Classification {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

export function severity(c: Classification): number {
  return SEVERITY[c];
}

/** Classify a change of `kind` at a place used in `direction` (null for kinds that ignore variance). */
export function classify(kind: ChangeKind, direction: Direction | null, ctx: RuleContext = {}): Rule {
  const raw = RULES[kind];
  const entry = typeof raw === 'function' ? raw(ctx) : raw;
  if (!('request' in entry)) return entry;
  switch (direction) {
    case 'error':
      return note('only used in error bodies, which the SDK types as `unknown`');
    case 'response':
      return entry.response;
    case 'both': {
      const { request, response } = entry;
      if (request.classification === response.classification) {
        return request.reason === response.reason
          ? request
          : {
              classification: request.classification,
              reason: `in requests: ${request.reason}; in responses: ${response.reason}`,
            };
      }
      const [side, rule] =
        severity(request.classification) > severity(response.classification)
          ? ['requests', request]
          : ['responses', response];
      return {
        classification: rule.classification,
        reason: `used in requests and responses; in ${side}: ${rule.reason}`,
      };
    }
    case 'request':
    case null:
    default:
      return entry.request;
  }
}
