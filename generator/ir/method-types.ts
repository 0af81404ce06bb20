/**
 * The IR's description of resources and their methods: `Resource`, `Method`, its params, responses and errors.
 * Re-exported by `ir/types.ts`.
 */
import type { HttpMethod } from '../normalize/operations';
import type { RequestBody } from './body-types';
import type { MethodPagination } from './pagination-types';
import type { Docs, SourceRef, TypeRef } from './type-expr';

export interface Resource {
  /** Class name: "Releases". */
  className: string;
  /**
   * The name its namespace (`Parent.Class.Type`) takes when not the class's: the name of a model of its module that
   * the class (only declaring models) would have had (`ChannelData`, beside the class `RecipientChannelData`).
   */
  namespaceName?: string;
  /** Property on the parent: "releases" (client.servers.releases). */
  property: string;
  /**
   * A top-level resource whose property is also the client's own method of that name (a Stainless config's `$client`
   * method named as the resource, turbopuffer's `namespaces`): Stainless's api.md calls both through it,
   * `client.namespaces({ ...params })` and `client.namespaces.deleteAll(…)`, so the client's property is the resource
   * and, called, runs the method. Absent otherwise.
   */
  callable?: true;
  /** The key a config names it by, as written there ("mongodb", "scoring_functions"); absent when none does. */
  configKey?: string;
  /** Prefix of its generated type names: "Release" → ReleaseGetParams. */
  singular: string;
  /** Dotted path from the client: "servers.releases". */
  path: string;
  /** Module that declares the class, without extension: "resources/servers/releases". */
  module: string;
  methods: Method[];
  /** Methods that parse (and verify) the webhook events the API sends: a Stainless config's `webhook_unwrap`. */
  webhookUnwraps: WebhookUnwrap[];
  subresources: Resource[];
  /** Named schemas declared in this resource's module (ids into Api.schemas), in order. */
  schemaIds: string[];
  /**
   * Its api.md section (and its subresources') is a file of its own beside its module, linked from the root api.md
   * (a Stainless config's `standalone_api`). Absent otherwise.
   */
  standaloneApi?: true;
  docs: Docs;
}

/**
 * `client.webhooks.unwrap(body)`: the body of a request the API sent to the user's server, parsed into an event;
 * with a key option, `unwrap(body, { headers, key })` verifies its Standard Webhooks signature first.
 */
export interface WebhookUnwrap {
  /** Method name: "unwrap". */
  name: string;
  /** What it returns: the union of the spec's webhook events (a named type of the resource's module). */
  event: TypeRef;
  /** The client option holding the verifying key ("webhookKey"), or null when the method only parses. */
  keyOption: string | null;
  /** The event property the config names as telling the events apart (`discriminator: type`); absent if none. */
  discriminator?: string;
  docs: Docs;
}

export interface Method {
  /** Method name on the resource: "get", "list", "deploy". */
  name: string;
  /** The key a config names it by, as written there ("get_oauth_apps"); absent when none does. */
  configKey?: string;
  operationId: string | null;
  http: HttpMethod;
  /** Path template as in the spec, after the API's `basePath`: "/servers/{qualifiedName}/releases/{id}". */
  path: string;
  /** Path parameters taken positionally, in call order: get('id', { qualifiedName }). */
  positional: Param[];
  positionalByConfig?: true; // the config's `positional_params`: every language's call shape (absent: its own)
  /** The `params` argument; null when the method takes none. */
  params: ParamsType | null;
  body: RequestBody | null;
  response: ResponseKind;
  /** Documented non-2xx responses with a body schema. */
  errors: ErrorResponse[];
  pagination: MethodPagination | null;
  /** Field of the response body the method returns instead of the body (`settings.unwrap_response_fields`). */
  unwrap: string | null;
  /**
   * A method that streams only when asked: `{ [param]: true }` returns a `Stream` of `event`, otherwise the
   * response is `response` as usual (a Stainless config's `streaming.param_discriminator`).
   */
  streamWhen: { param: string; event: TypeRef } | null;
  /** Whether the method sends the client's credentials (false for `security: []`). */
  authenticated: boolean;
  /**
   * The operation's own `security`: its alternatives in order, each the scheme names sent together. Absent when it
   * has none of its own (the API's apply) or an empty one (`authenticated` is false).
   */
  security?: string[][];
  /** The operation's (or its path's) own server URL where not the API's: used unless the client was given one. */
  defaultBaseUrl?: string;
  /** Set when the MCP server has no tool for it (a Stainless config's `mcp: false`); absent otherwise. */
  noMcpTool?: true;
  /**
   * With a Stainless config, the spec's example of the request body's fields (`content[<type>].example`), which the
   * method's `@example` calls it with, as Stainless's SDKs do. Untrusted: printed only as values. Absent otherwise.
   */
  bodyExample?: Readonly<Record<string, unknown>>;
  /** Set when `bodyExample` is the body schema's `example` (not the media type's): calls keep its required fields. */
  bodyExampleOfSchema?: true;
  /**
   * Set when that schema writes it `example:` (not 3.1's `examples:`): its values come before the fields' own examples,
   * as Stainless's SDKs take them (papr's `memory.search`: `SearchRequest.example`'s `query`, not the field's
   * `examples`); a body schema's `examples` come after them (isaacus's `enrichments.create`).
   */
  bodyExampleFirst?: true;
  /** With a Stainless config, set when the success response's schema has an `example` of its own (not its fields'). */
  responseExample?: true;
  /** The method's own request defaults over the client's (config `default_request_options`); call options win. */
  requestDefaults?: { timeoutMs: number | null; maxRetries: number | null };
  /** Why the method's generated tests are written skipped (a Stainless config's `skip_test_reason`); absent if not. */
  testSkipReason?: string;
  /**
   * Without a Stainless config, where the request body requires one of several sets of its fields (ir/method-tests.ts
   * `eitherCondition`): the body fields (wire names) its tests send as required, and those its all-params test leaves
   * out (the body must take exactly one set). Absent otherwise.
   */
  testFieldSet?: { required: string[]; leftOut: string[] };
  /** Set when the operation defines `callbacks` (even `{}`), which the SDK ignores; Stainless's tests once skipped it. */
  definesCallbacks?: true;
  docs: Docs;
  source: SourceRef;
}

export type ParamLocation = 'path' | 'query' | 'header' | 'cookie' | 'body';

export interface Param {
  /** Key in the params object (verbatim wire name where possible; quoted by the printer if needed). */
  key: string;
  /** Local variable name used when destructuring: a valid identifier, unique in the method. */
  local: string;
  /** Name on the wire (query key, header name, path variable, body property). */
  wireName: string;
  in: ParamLocation;
  type: TypeRef;
  required: boolean;
  /**
   * Query/path/header serialisation (OpenAPI `style`/`explode`); null = the location's default (a header: set only
   * for an array or object the spec explodes).
   */
  style: ParamStyle | null;
  /**
   * `x-stainless-const`: the field always has this value; the SDK sends it when the caller leaves it out
   * (so the field is optional). Absent otherwise.
   */
  fixedValue?: string | number | boolean;
  /**
   * The client option that fills it in when the call leaves it out (a Stainless config's `send_as_path_param` or
   * `send_as_body_param`): "projectId". The field is then optional. Absent otherwise.
   */
  clientDefault?: string;
  /**
   * Set on a field a client option fills in (`clientDefault`) that the spec requires: optional in the call, but a
   * generated test's call with only what is required gives it all the same (the test client sets no such option).
   */
  requiredBySpec?: true;
  /**
   * A query object field the spec lists as one parameter per property (`inserted_at.gt`, `inserted_at.lt`): each
   * property is sent under its own wire name. Absent otherwise.
   */
  members?: Array<{ property: string; wireName: string }>;
  /**
   * With a Stainless config, set when `docs.example` is the parameter object's own `example` (beside its schema) and
   * its schema has none: Stainless's tests take a query or header parameter's value from its schema only. Absent
   * otherwise.
   */
  exampleOnParameter?: true;
  /**
   * A spec parameter's description its schema gives (through a `$ref`), kept apart from `docs.description` (which
   * prefers the parameter object's own): some generators document a param only by what its schema says. Absent when
   * the schema has none.
   */
  schemaDescription?: string;
  docs: Docs;
  source: SourceRef;
}

export interface ParamStyle {
  /**
   * OpenAPI's styles, and the query formats of a Stainless config it has no style for: `brackets` (`tag[]=a`),
   * `indices` (`tag[0]=a`), `dots` (`filter.status=x`).
   */
  style:
    | 'form'
    | 'spaceDelimited'
    | 'pipeDelimited'
    | 'deepObject'
    | 'simple'
    | 'label'
    | 'matrix'
    | 'brackets'
    | 'indices'
    | 'dots';
  explode: boolean;
}

export interface ParamsType {
  /** "ReleaseGetParams". */
  typeName: string;
  /** Module declaring it (same as the method's resource). */
  fields: Param[];
  /** True when at least one field is required, so the argument cannot be omitted. */
  required: boolean;
  /**
   * A body that is one of several objects: the params type is a union of these (`XParams.Variant0 | …`), each with
   * every other field and that variant's body fields; `fields` are the first's. `closed`: the variant's object takes
   * no property it does not declare (`additionalProperties: false`).
   */
  variants?: Array<{ name: string; fields: Param[]; closed?: true }>;
}

export type ResponseKind =
  | {
      kind: 'json';
      type: TypeRef;
      typeName: string | null;
      /**
       * The media type (`text/plain`) of a text body holding the number or boolean its schema says: asked for as
       * that (Accept), read as JSON all the same (`responseKind: 'json'`).
       */
      textBody?: string;
      /** The media types asked for (Accept) when the spec's are JSON but not `application/json`: a vendor's. */
      accept?: string;
      /** The spec gives the body no schema (examples at most). */
      schemaless?: true;
    }
  | { kind: 'empty' }
  /*
   * accept: the media type asked for (Stainless's: the body's own); schemaless: the spec gives no schema; event: for an
   * event stream a Stainless config does not mark `streaming`, the type of its events, for a target that streams it
   */
  | { kind: 'text'; accept?: string; schemaless?: true; event?: TypeRef }
  | {
      kind: 'binary';
      contentType: string;
      /** Every media type the spec lists for the response, for the Accept header: "image/png, image/jpeg". */
      accept: string;
      /**
       * A JSON Lines body (`application/x-jsonl`) the spec gives a schema: the type of each line. Stainless's Python
       * SDKs read it a line at a time (`JSONLDecoder[MessageBatchIndividualResponse]`).
       */
      lines?: TypeRef;
    }
  /* json: the spec gives the body as JSON (a method a config marks always streaming): nothing but JSON is asked for */
  | { kind: 'sse'; event: TypeRef; json?: true };

export interface ErrorResponse {
  /** HTTP status, or "4XX"/"5XX"/"default". */
  status: string;
  /** The error class a response of this status is thrown as: "NotFoundError", else "APIError". */
  className: string;
  /** Media type of the documented body: "application/json". */
  contentType: string;
  type: TypeRef;
}
