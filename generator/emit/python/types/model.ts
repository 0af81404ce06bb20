/**
 * The Python package as the Python emitters see it: the IR's resources, methods and types with every Python name,
 * module path and type annotation settled (by `build-model.ts`, from the IR and the Python naming rules in
 * `naming/python.ts`). Plain data. The planners of each kind of file (the client and resources, the types, api.md,
 * the tests, the project files) read this and the IR, and decide no Python name of their own.
 *
 * Module paths are relative to the package folder `src/<importName>/`, with `/` separators and no `.py`:
 * `resources/prompts/prompts`, `types/prompt_create_params`, `types/responses/input_item_list_response`.
 */
import type { PyCasings } from '../../../naming/python';
import type {
  ClientCredentialsFlow,
  Method,
  NamedSchema,
  PaginationScheme,
  Resource,
  TypeRef,
} from '../../../ir/types';
import type { StainlessPythonTypeForms } from '../../../stainless/python-type-era';

export interface PyPackage {
  /** How the config's `custom_casings` write words in class names (naming/python.ts's `PyCasings`); empty: none. */
  casings?: PyCasings;
  /** The import name: "llama_stack_client" (a Stainless config's `targets.python.package_name`). */
  importName: string;
  /** The distribution name of pyproject.toml: "llama_stack_client" (`targets.python.project_name`). */
  distributionName: string;
  /**
   * The GitHub repository (`owner/name`) of the Python SDK (`targets.python.production_repo`: null when the config's
   * Python target names none); undefined without a Python target: the API's (`Api.repository`).
   */
  repository?: string | null;
  /** The README's heading when the config's Python target names one (`targets.python.readme_title`). */
  readmeTitle?: string;
  /** The Stainless config's `organization.name` as written, where it has one. */
  organizationName?: string;
  /** The GitHub repository (`owner/name`) pip installs the package from when a config keeps it off PyPI. */
  installFrom?: string;
  /** Made from a Stainless config: the README's title and programs are made as Stainless's. */
  fromStainlessConfig?: boolean;
  /** The mock spec's root document in the package (`mock/openapi.yml`), which `scripts/test` mocks; null: none. */
  mockSpec?: string | null;
  version: string;
  /** "LlamaStackClient"; the async client is `Async` + this. */
  clientName: string;
  asyncClientName: string;
  /** Prefix of the client's environment variables: "LLAMA_STACK_CLIENT" → LLAMA_STACK_CLIENT_BASE_URL. */
  envPrefix: string;
  /** Constructor options beyond the runtime's own (credentials, settings), in order. */
  clientOptions: PyClientOption[];
  /** Named environments (the first is the default); empty when the API has fewer than two. */
  environments: Array<{ name: string; url: string }>;
  /** The default base URL, or null when the caller must give one. */
  baseUrl: string | null;
  /**
   * The default base URL in parts where client options fill in variables of the server's URL (a Stainless config's
   * `server_variable`): text, or an option's keyword argument with the variable's default when it is None.
   */
  baseUrlTemplate?: Array<{ text: string } | { option: string; fallback: string }>;
  /** The resources with a method on or below them: the modules, client attributes and tests. */
  resources: PyResource[];
  /** Every resource, those without methods too (methodless.ts): api.md's sections; unset: `resources`. */
  apiMdResources?: PyResource[];
  /** Methods on the client itself (a Stainless config's `$client`), or null. */
  topLevel: PyResource | null;
  /** Every named type the package declares, each in its own module. */
  types: PyNamedType[];
  /** The forms of the era its types and api.md are written in (stainless/python-type-era.ts); unset: the newest. */
  typeForms?: StainlessPythonTypeForms;
  /** The page classes of `pagination.py`, one sync and one async per scheme. */
  pages: PyPage[];
  /** How the client's `qs` writes arrays and objects in a query (a Stainless config's `query_settings`). */
  queryFormats: { array: 'comma' | 'repeat' | 'brackets' | 'indices'; nested: 'brackets' | 'dots' };
  /** The header a generated idempotency key goes in on every non-GET request (`client_settings.idempotency`). */
  idempotencyHeader?: string;
  /** The Stainless config has a top-level `streaming:` section (`on_event` rules: `Api.streamEventRules`). */
  streamEventRules?: true;
}

export interface PyClientOption {
  /** Keyword argument of the constructor: "api_key". */
  name: string;
  /** Python annotation of the stored value: "str", "str | None". */
  annotation: string;
  envVar: string | null;
  default: string | number | boolean | null;
  /** The client raises when it ends up with no value. */
  required: boolean;
  /** The security scheme a credential is of (an operation's `security` names it), else null. */
  scheme: string | null;
  /** Of a scheme no security's first requirement names, or the security allows none (`AuthScheme.unnamed`). */
  unnamedScheme?: true;
  /** Its scheme's place among the declared ones (`AuthScheme.declared`); absent where that is unknown. */
  declared?: number;
  /** How it is sent: a header (`Authorization: Bearer {}` or a named header), a query param, a cookie, or not at all. */
  sentAs:
    | { kind: 'bearer'; keyword: string }
    | { kind: 'header'; name: string }
    // `sendAsQueryParam`: a credential its Stainless option's `send_as_query_param` puts there (IR `Auth`'s).
    | { kind: 'query'; name: string; sendAsQueryParam?: true }
    | { kind: 'cookie'; name: string }
    | { kind: 'basic'; part: 'username' | 'password' }
    // An OAuth2 client ID (`username`) or secret (`password`): exchanged at the token URL, the token sent as Bearer.
    | { kind: 'clientCredentials'; part: 'username' | 'password'; flow: ClientCredentialsFlow }
    | { kind: 'none' };
}

export interface PyResource {
  /** "PromptsResource"; the async class is "AsyncPromptsResource". */
  className: string;
  asyncClassName: string;
  /** Attribute on the parent (client or resource): "prompts", "input_items". */
  attribute: string;
  /** Attributes from the client down: ["prompts", "versions"] → client.prompts.versions. */
  chain: string[];
  /**
   * The client's own method this top-level resource is too (IR Resource.callable): its class's `__call__`, so that
   * `client.namespaces(…)` and `client.namespaces.delete_all(…)` both run, as Stainless's api.md writes them.
   */
  call?: PyMethod;
  /**
   * The module declaring the classes: "resources/toolgroups" for a leaf without subresources, else
   * "resources/prompts/prompts" (its package "resources/prompts" re-exports them from `__init__.py`).
   */
  module: string;
  /** The types module folder of its methods' params and responses: "types", "types/responses". */
  typesPackage: string;
  methods: PyMethod[];
  subresources: PyResource[];
  /** The types api.md lists under this resource's "Types:", in order. */
  listedTypes: PyTypeLocation[];
  ir: Resource;
}

export interface PyTypeLocation {
  /** The class or alias name: "ResponseListResponse". */
  name: string;
  /** Its module: "types/response_list_response". */
  module: string;
  /**
   * The package that lists it (api.md's import, `__init__.py`'s re-export) where not its module's folder: "types" for
   * "types/session/session", a model moved into the types package of its own name.
   */
  listedIn?: string;
}

export interface PyParam {
  /** Keyword argument name: "agency_id", "from_". */
  name: string;
  /** Its key in the params TypedDict and the dict the method sends: "agency_id", "from". */
  key: string;
  wireName: string;
  in: 'path' | 'query' | 'header' | 'cookie' | 'body';
  /** Annotation in a method signature: "str", "SequenceNotStr[str]", "Iterable[prompt_create_params.Message]". */
  annotation: string;
  /**
   * The same annotation as the params module writes it (its nested TypedDicts unqualified): "Iterable[Message]";
   * absent where it is `annotation`.
   */
  moduleAnnotation?: string;
  required: boolean;
  type: TypeRef;
  /** Its description for the method's docstring, not yet escaped; absent when none. */
  description?: string;
  /**
   * Its OpenAPI style, which the method passes to the runtime (`encode_path_param`, `style_query`): absent where the
   * plain value (a path primitive) or the client's query formats already write it so.
   */
  style?: { style: string; explode: boolean };
  /** A styled path param: the local holding its encoded text, which `pythonPath` interpolates. */
  pathLocal?: string;
  /** The client attribute whose value it takes when the call leaves it out (`project`); absent otherwise. */
  clientOption?: string;
  /**
   * A raw binary body the era's call takes positionally after the positional path params, required, and no key of
   * the params TypedDict (resources/raw-body.ts); absent otherwise.
   */
  rawBody?: true;
}

export interface PyMethod {
  /** "retrieve", "set_default_version". */
  name: string;
  http: string;
  /** The path as the spec writes it, after the base path: api.md's title (`get /v1/prompts/{prompt_id}`). */
  specPath: string;
  /** The path as a Python f-string body, path params by their Python names: "/v1/prompts/{prompt_id}". */
  pythonPath: string;
  /** Path params in the path's order. */
  pathParams: PyParam[];
  /**
   * Those of them that are positional, in call order (the last path param; or a Stainless config's
   * `positional_params`); the others are keyword-only.
   */
  positional: PyParam[];
  /**
   * Query, header, cookie and body params, keyword-only (but a raw body: `rawBody`), required first as Stainless
   * orders them.
   */
  params: PyParam[];
  /** The params TypedDict, or null when the method takes none but path params. */
  paramsType: PyTypeLocation | null;
  /** The response as `cast_to` takes it: "Prompt", "NoneType", "BinaryAPIResponse", "cast(Any, Union[A, B])". */
  castTo: string;
  /**
   * The wire name of the one response field the method returns (a Stainless config's `unwrap_response_fields`): the
   * body is parsed as `{field: castTo}` and the field's value returned; null when it returns the whole body.
   */
  unwrap: string | null;
  /**
   * A body that is one of several objects: one `@overload` per variant, each taking the params named here (required
   * or not in that variant, with its own annotation where the variants' types differ); `params` then holds every
   * variant's, required only where all require it, annotated with the union of theirs; each documented as its variant
   * describes it (`description`). Else null.
   */
  overloads: Array<
    Array<{
      name: string;
      required: boolean;
      description: string;
      annotation?: string;
      moduleAnnotation?: string;
      type?: TypeRef;
    }>
  > | null;
  /**
   * The page class and item of a paginated method ("SyncOpenAICursorPage", "Prompt"), and the item as `model=` takes
   * it ("Prompt"; "cast(Any, Item)" for a union), else null.
   */
  page: { syncName: string; asyncName: string; item: string; model: string } | null;
  /** Wire names of the multipart body's file fields, as `extract_files` paths: [["file"]], [["files", "<array>"]]. */
  filePaths: string[][];
  /** What the sync method returns: "Prompt", "SyncOpenAICursorPage[Prompt]", "None", "BinaryAPIResponse". */
  returns: string;
  /** What the async method returns (awaited): "AsyncOpenAICursorPage[Prompt]". */
  asyncReturns: string;
  /** The named type api.md links the return type to, or null (None, builtins). */
  returnsType: PyTypeLocation | null;
  /**
   * Streaming: always (an SSE endpoint), or only when `stream=True` (`param`); null when it never streams. `event` is
   * the annotation of one event, `eventType` the named type it is (to import), or null.
   */
  stream: {
    always: boolean;
    param: string | null;
    event: string;
    eventType: PyTypeLocation | null;
    /** `eventType` is the method's own (an unnamed event), declared by the emitter. */
    declared?: true;
  } | null;
  /** The `Accept` header the method sends instead of JSON's ("*\/*" for empty, the media types of a binary), or null. */
  accept: string | null;
  /**
   * Takes `idempotency_key: str | None = None` after `timeout`, sent in the client's idempotency header (a non-GET
   * method of a client with one: `client_settings.idempotency`).
   */
  idempotencyKey?: true;
  /** The docstring's text (summary and description), not yet escaped. */
  doc: string;
  ir: Method;
}

export interface PyNamedType extends PyTypeLocation {
  /** Whether `types/__init__.py` (or `types/<sub>/__init__.py`) re-exports it; shared types via `types/shared`. */
  shared: boolean;
  /** Set on the params form (TypedDict) of a named type a request reaches (`FooParam` in `types/foo_param`). */
  paramForm?: true;
  schema: NamedSchema;
}

export interface PyPage {
  /** "SyncOpenAICursorPage" / "AsyncOpenAICursorPage". */
  syncName: string;
  asyncName: string;
  schemeClassName: string;
  scheme: PaginationScheme;
}

/** The path params a method takes by keyword, in the path's order. */
export function keywordOnlyPathParams(method: PyMethod): PyParam[] {
  return method.pathParams.filter((p) => !method.positional.includes(p));
}

/** The client method a path param filled from a client option calls for its value (`_get_project_id_path_param`). */
export function clientPathParamGetter(option: string): string {
  return `_get_${option}_path_param`;
}
