/**
 * The era of a Stainless Python SDK (the sibling of era.ts, which holds the TypeScript forms): the forms its
 * generator wrote at the time, which its config does not decide. An SDK keeps the older forms until Stainless
 * regenerates it, so `sdkgen migrate` keeps them too; without an era, the newest forms.
 */

import {
  CALLBACK_TESTS_RUN_SINCE,
  callbackTestsSkipOfEra,
  type CallbackTestsSkip,
  ENUM_EXAMPLES_SINCE,
  EXAMPLES_AS_GIVEN_SINCE,
  MOCK_SERVER_WORDING_SINCE,
  NAMED_STRINGS_SINCE,
  ONE_ITEM_ARRAYS_SINCE,
  OWN_EXAMPLE_KEYS_SINCE,
  PRISM_WORDING_SINCE,
  WEBHOOK_OPTIONS_TESTS_SINCE,
} from './era';
import { RAW_BINARY_BODY_SINCE, RAW_CONTENT_ARG_SINCE, RAW_TEXT_BINARY_BODY_SINCE } from './python-body-era';
import {
  MODEL_IMPORTS_BY_MODULE_SINCE,
  API_MD_KEYWORD_PATH_PARAMS_SINCE,
  API_MD_RUFF_WIDTH_SINCE,
  CLASS_DOCSTRINGS_SINCE,
  ITERABLE_PARAMS_SINCE,
  MODEL_EXTRA_FIELD_CHECKED_SINCE,
  MODEL_EXTRA_FIELD_SINCE,
  NO_PHANTOM_RESPONSE_TYPES_SINCE,
  PARAMS_EXTRA_ITEMS_PRAGMA_SINCE,
  PARAMS_EXTRA_ITEMS_SINCE,
  REBUILD_IN_TYPES_INIT_SINCE,
  REBUILD_V1_BRANCH_FIRST_SINCE,
  SEQUENCE_NOT_STR_SINCE,
  SHARED_OBJECT_PARAMS_BY_NAME_SINCE,
  SHARED_PLAIN_PARAMS_BY_NAME_SINCE,
  TYPE_ALIAS_MARKER_SINCE,
  WEBHOOK_EVENT_DISCRIMINATOR_SINCE,
} from './python-type-era';

/** The forms of a Stainless Python SDK that changed with its generator rather than with its config. */
export interface StainlessPythonForms {
  /**
   * The client's resources are `cached_property`s that import their module on first use (LAZY_RESOURCES_SINCE on, or
   * an era qualified ERA_LAZY_RESOURCES); before, attributes set in `__init__` from modules the client imports.
   */
  lazyResources: boolean;
  /**
   * An argument left out defaults to `not_given` (and a params' field to `omit`), from OMIT_SENTINELS_SINCE on; before,
   * to `NOT_GIVEN`, and the client's `timeout` is annotated `Union[…]`.
   */
  omitSentinels: boolean;
  /** The package exports `DefaultAioHttpClient` and its README shows it (AIOHTTP_SINCE on). */
  aiohttp: boolean;
  /**
   * A resource class and the properties returning a resource open with its description as a docstring
   * (RESOURCE_DOCSTRINGS_SINCE on); before, they had none.
   */
  resourceDocstrings: boolean;
  /**
   * The client reads headers from `<PREFIX>_CUSTOM_HEADERS` (one `Name: value` a line) under those the caller gives
   * (CUSTOM_HEADERS_ENV_SINCE on).
   */
  customHeadersEnv: boolean;
  /**
   * Each request sends the credentials of the schemes its operation's security names (the client's
   * `_auth_headers(security)`, the methods' `security={…}`): SDKs of a top-level edition from SECURITY_OPTIONS_EDITION
   * on, generated from SECURITY_OPTIONS_SINCE on. Before, or in an older edition, the client's `auth_headers` always.
   */
  securityOptions: boolean;
  /**
   * A request names its operation's own security where it is not the client's credentials as configured (sdkgen's
   * `security=[[…]]`, or the `security={…}` of `securityOptions`), from SECURITY_OPTIONS_SINCE on: before it,
   * Stainless's methods never did, and the client sends every credential it holds.
   */
  requestSecurity: boolean;
  /**
   * A path with path params is `path_template("/a/{id}", id=id)`, each value percent-encoded (PATH_TEMPLATE_SINCE
   * on); before, an f-string (`f"/a/{id}"`).
   */
  pathTemplate: boolean;
  /**
   * A multipart body is copied by `deepcopy_with_paths(body, paths)` (`_files`), only the containers on the files'
   * paths, from DEEPCOPY_WITH_PATHS_SINCE on; before, whole by `deepcopy_minimal(body)` (`_utils`).
   */
  deepcopyWithPaths: boolean;
  /**
   * Several credentials in headers are merged, every one configured sent (`{**self._a, **self._b}`), from
   * MERGED_AUTH_HEADERS_SINCE on; before, the first configured alone (`if self._a: return self._a`).
   */
  mergedAuthHeaders: boolean;
  /**
   * `_validate_headers` passes once a credential header is set, whoever set it (LOOSE_AUTH_VALIDATION_SINCE on);
   * before, only where the option holding it is set too (`if self.api_key and headers.get(…)`).
   */
  looseAuthValidation: boolean;
  /** Each request says its read timeout in `X-Stainless-Read-Timeout` (READ_TIMEOUT_HEADER_SINCE on); before, not. */
  readTimeoutHeader: boolean;
  /**
   * The reason of the skip mark over every test when the config turns the mock tests off: none (`@pytest.mark.skip()`)
   * before PRISM_WORDING_SINCE, "Prism tests are disabled" before MOCK_SERVER_WORDING_SINCE, then "Mock server tests
   * are disabled" (era.ts; Stainless changed both targets' wording together).
   */
  mockTestsOffReason: string | null;
  /**
   * The `_utils` import of a resource module and of the client written one name a line with a trailing comma, which
   * Ruff keeps so (before UTILS_IMPORT_ON_ONE_LINE_SINCE); from then on, on one line where it fits.
   */
  utilsImportOneNameALine: boolean;
  /**
   * A resource module's `_base_client` import written one name a line (from API_MD_RUFF_WIDTH_SINCE to
   * BASE_CLIENT_IMPORT_ON_ONE_LINE_SINCE).
   */
  baseClientImportOneNameALine: boolean;
  /** A resource's raw and streaming response properties have a docstring (WRAPPER_DOCSTRINGS_SINCE on). */
  wrapperDocstrings: boolean;
  /**
   * The package's `__init__.py` makes `resources` importable from the package (`from acme import resources`) without
   * loading it (DIRECT_RESOURCE_IMPORTS_SINCE on); before, it did not name it.
   */
  directResourceImports: boolean;
  /** The package's `__init__.py` exports `Omit` (OMIT_PUBLIC_SINCE on); before, `_types` kept it. */
  omitPublic: boolean;
  /**
   * The client constructors' docstrings name their class (`Construct a new async AsyncAcme client instance`, from
   * CONSTRUCTOR_DOC_CLASS_SINCE on); before, both named the config's organization as written (`… async acme client`).
   */
  constructorDocClass: boolean;
  /**
   * The eager client reaches its resources through the package (`from . import resources, _exceptions`,
   * `resources.UsersResource`, `"resources"` in `__all__`), before RESOURCE_MODULE_IMPORTS_SINCE; from then on through
   * their modules (`from .resources import users`, `users.UsersResource`).
   */
  resourcesPackage: boolean;
  /** The endpoint tests take the spec's examples more as given (EXAMPLES_AS_GIVEN_SINCE, era.ts: both targets'). */
  examplesAsGiven: boolean;
  /** Why the tests of an operation defining `callbacks` are skipped (era.ts, both targets'); null: they run. */
  callbackTestsSkip: CallbackTestsSkip | null;
  /**
   * A path param passed positionally (a method's one param) takes in the endpoint tests the `example` its parameter
   * object gives (beside a schema without one), from PATH_PARAM_OWN_EXAMPLE_SINCE on; before, only its schema's
   * example counted, else it says its name. (One passed by keyword took its parameter's example in every era.)
   */
  pathParamOwnExample: boolean;
  /**
   * An object the example around it gives for a named schema takes the keys it lacks from the schema's own example in
   * the endpoint tests (example-choices.ts), from OWN_EXAMPLE_KEYS_SINCE on (era.ts: both targets', knock-python's
   * c0b14a4 below: `"sms": {"conditions": …}` from `PreferenceSetChannelTypes`); before, they are built.
   */
  ownExampleKeys: boolean;
  /** An enum's value in the endpoint tests is the spec's example of it (ENUM_EXAMPLES_SINCE on); before, its first. */
  enumExamples: boolean;
  /**
   * How many items an array the endpoint tests build holds: three (`["string", "string", "string"]`) before
   * ONE_ITEM_ARRAYS_SINCE (era.ts, both targets': openplugin-python's and letta-python's of 2024-11-18), then one.
   */
  arrayItems: number;
  /**
   * A string with no example in the endpoint tests (a path param's too) is its name from NAMED_STRINGS_SINCE on (era.ts,
   * both targets': openplugin-python's of 2024-07-17); before, `"string"` (embed-python's of 2024-06-17).
   */
  namedStrings: boolean;
  /**
   * `_module_client.py` (`targets.python.options.module_client`) imports the resource classes for type checkers alone
   * (`if TYPE_CHECKING:`, `LazyProxy["UsersResource"]`), from MODULE_CLIENT_TYPE_IMPORTS_SINCE on; before, the
   * `resources` package at import (`from . import resources, _load_client`, `LazyProxy[resources.UsersResource]`).
   */
  moduleClientTypeImports: boolean;
  /**
   * A webhook unwrap's test takes its key from the client's option or the call, each of five ways
   * (`@pytest.mark.parametrize("client_opt,method_opt", …)`), from WEBHOOK_OPTIONS_TESTS_SINCE on (era.ts: both
   * targets' on one day, whopsdk-python's "chore(tests): update webhook tests"); before, it passes `key = b"secret"`.
   */
  webhookOptionsTests: boolean;
  /**
   * The endpoint tests pass a method's positional path params by name whenever other arguments follow
   * (`retrieve(collection_key="issues", integration_id=…)`), from KEYWORD_PATH_ARGS_SINCE on; before, positionally in
   * call order (`retrieve("issues", integration_id=…)`), the keyword-only ones by name.
   */
  keywordPathArgs: boolean;
  /**
   * What the tests of a JSON Lines method assert (emit/python/tests/jsonl-tests.ts): the decoder's type of each result
   * (`decoder`, `assert_matches_type(JSONLDecoder[T], batch, …)`); from JSON_LINES_STREAM_TESTS_SINCE the call's result
   * named `<x>_stream` and the parsed ones closed unread (`close`); from JSON_LINES_ITEM_TESTS_SINCE each line's type,
   * iterating (`items`, `for item in stream: assert_matches_type(T, item, …)`).
   */
  jsonLinesTests: 'decoder' | 'close' | 'items';
  /**
   * A raw binary body is the call's `content=`, a path read first (RAW_CONTENT_ARG_SINCE on, python-body-era.ts);
   * before, `body=read_file_content(x)`, which the runtime sends as the file's bytes.
   */
  rawContentArg: boolean;
  /**
   * A raw binary body is sent as the file (RAW_BINARY_BODY_SINCE on); before, through the params' transform,
   * `body=maybe_transform(image, …Params)`, which sdkgen's runtime sends as the file's bytes too.
   */
  rawBinaryBody: boolean;
  /** The same for a `text/*` body of `format: binary` (RAW_TEXT_BINARY_BODY_SINCE on). */
  rawTextBinaryBody: boolean;
  /**
   * A method's `timeout` also takes an `httpx.Timeout` (`float | httpx.Timeout | None | NotGiven`, the resource module
   * importing httpx), from HTTPX_TIMEOUT_ARG_SINCE on; before, `float | None | NotGiven` and no httpx import.
   */
  httpxTimeoutArg: boolean;
  /**
   * An offset page's check of where it starts ends `return None  # type: ignore[unreachable]` (Stainless's "avoid lint
   * errors in pagination expressions", PAGINATION_LINT_IGNORES_SINCE on); before, `return None` alone.
   */
  paginationLintIgnores: boolean;
  /**
   * A resource's subresources and wrappers are `cached_property`s (RESOURCE_PROPERTIES_SINCE on); before, declared on
   * the class and set in its `__init__(self, client: Acme)`, the client imported for type checkers alone.
   */
  resourceProperties: boolean;
  /**
   * A wrapper class keeps its resource (`self._users = users`) and its subresources' wrappers are `cached_property`s
   * (WRAPPER_PROPERTIES_SINCE on); before, those are set in its `__init__`, ahead of its methods.
   */
  wrapperProperties: boolean;
  /**
   * An async method transforms its params by `await async_maybe_transform(…)` (ASYNC_TRANSFORMS_SINCE on); before, by
   * the sync `maybe_transform(…)`.
   */
  asyncTransforms: boolean;
  /**
   * A resource has `with_raw_response` and its two raw wrapper classes (exported by its package's `__init__.py`, the
   * client's `with_raw_response` holding its top-level resources' wrappers, the README's "Accessing raw response data"
   * and the endpoint tests' `test_raw_response_*`), from RAW_RESPONSE_WRAPPERS_SINCE on; before, none of them.
   */
  rawResponseWrappers: boolean;
  /**
   * The same of `with_streaming_response` (STREAMING_RESPONSE_WRAPPERS_SINCE on; the client's and the tests'
   * `test_streaming_response_*` too); before, a raw test reads its response without `assert response.is_closed is True`.
   */
  streamingResponseWrappers: boolean;
  /**
   * A resource module imports each type from its own module (`from ...types.server import Server`), from
   * MODEL_IMPORTS_BY_MODULE_SINCE on; before, from the package holding it, beside the params modules
   * (`from ...types import Server, server_create_params`, `from ...types.servers import ActionListResponse`).
   */
  modelImportsByModule: boolean;
  /**
   * A method raises `ValueError` for a string path param that is empty (`if not x: raise ValueError(…)`), and its tests
   * check it (`test_path_params_*`), from EMPTY_PATH_PARAM_CHECKS_SINCE on; before, neither.
   */
  emptyPathParamChecks: boolean;
  /**
   * The endpoint tests take their clients from conftest.py's fixtures (`indirect=True`, the async class's
   * `async_client`), from TEST_CLIENT_FIXTURES_SINCE on; before, each test class builds its own two
   * (`strict_client = Acme(base_url=base_url, …)`, `loose_client`), the async class's tests taking `client` too.
   */
  testClientFixtures: boolean;
  /** The variable the endpoint tests read the mock server's URL from: `TEST_API_BASE_URL` from TEST_BASE_URL_ENV_SINCE on. */
  testBaseUrlEnv: 'TEST_API_BASE_URL' | 'API_BASE_URL';
  /**
   * The endpoint tests' clients are built with the dummy credentials as module constants (`api_key = "My API Key"`),
   * from TEST_DUMMY_CREDENTIALS_SINCE on; before, the first from the environment
   * (`api_key = os.environ.get("API_KEY", "something1234")`), any other option given inline after the validation flag.
   */
  testDummyCredentials: boolean;
}

/**
 * Stainless's "chore: improve example values" of its Python tests (knock-python c0b14a4, 2025-09-22 19:29: 42 lines
 * `"message_id"` → `"1jNaXzB2RZX3LY8wVQnfCKyPnv7"`; OneBusAway's python-sdk 7a14d29, 2025-09-23: `"agencyID"` → `"40"`;
 * the same commit in agentex, papr and isaacus-python those two days): a positional path param takes the example its
 * parameter object gives. Before, its schema's alone (retell-python-sdk 94f2910 of 2025-09-18: `"oBeDLo…"`, a
 * `schema.example`); knock-python's keyword ones (`message_id="1jNa…"`, `collection="projects"`) had theirs already.
 */
export const PATH_PARAM_OWN_EXAMPLE_SINCE = '2025-09-22';
/** Stainless's "feat(client): add support for aiohttp". */
export const AIOHTTP_SINCE = '2025-06-21';
/** Stainless's "chore(docs): add missing descriptions" (knock-python 74388c5): resources described. */
export const RESOURCE_DOCSTRINGS_SINCE = '2026-02-27';
/** Stainless's "chore(types): change optional parameter type from NotGiven to Omit". */
export const OMIT_SENTINELS_SINCE = '2025-09-18';
/**
 * Stainless's "chore: speedup initial import" (2025-12-16 and 17 across the SDKs). Not the day for every SDK: one may
 * hold the lazy form earlier (llama-stack-client-python since 2025-08-25), so the era inferred from a repository says
 * what its client shows where that differs from its day (ERA_LAZY_RESOURCES, ERA_EAGER_RESOURCES).
 */
export const LAZY_RESOURCES_SINCE = '2025-12-16';

/**
 * An era is a `YYYY-MM-DD` day, optionally followed by `+<form>` qualifiers: the forms an SDK shows that its day does
 * not say (`2025-10-21+lazy-resources`). Every reader of a day reads its first ten characters, so they stay readable.
 */
export const ERA_LAZY_RESOURCES = 'lazy-resources';
/** The qualifier of a client whose resources are set in `__init__` on a day from LAZY_RESOURCES_SINCE on. */
export const ERA_EAGER_RESOURCES = 'eager-resources';
/**
 * The qualifier of an SDK whose resource classes bear the resource's name alone (`Messages`, `AsyncMessages`,
 * `MessagesWithRawResponse`): Stainless's SDKs begun before it named them `MessagesResource` (early 2024; groq-python,
 * anthropic-sdk-python and openai-python) keep those names in every later generation, whatever its day.
 */
export const ERA_PLAIN_RESOURCE_NAMES = 'plain-resource-names';

/**
 * The qualifier of a client that sends each request the credentials of its operation's schemes
 * (`def _auth_headers(self, security: SecurityOptions)`), which its config's edition may not say (a config `sdkgen
 * migrate --from-repo` writes names none): the form stands as the client shows it.
 */
export const ERA_SECURITY_OPTIONS = 'security-options';

/** Whether the SDK of `era` names its resource classes without the `Resource` suffix (ERA_PLAIN_RESOURCE_NAMES). */
export function plainResourceNames(era: string | null | undefined): boolean {
  return eraQualifiers(era).has(ERA_PLAIN_RESOURCE_NAMES);
}

/**
 * Stainless's "feat(client): support passing httpx.Timeout to method timeout argument" (2023-11-06, 21:22, the same
 * day across SDKs: anthropic-sdk-python ec109f1a, increase-python 6db1c2c1, lithic-python f503c9b7); hetzner-python
 * e719e0e of 2023-09-01 has `timeout: float | None | NotGiven`.
 */
export const HTTPX_TIMEOUT_ARG_SINCE = '2023-11-06';
/**
 * Stainless's "chore: use property declarations for resource members" (lithic-python 45de7127, increase-python
 * 1a72558f, 2024-01-04); hetzner-python e719e0e of 2023-09-01 sets its subresources in `__init__`.
 */
export const RESOURCE_PROPERTIES_SINCE = '2024-01-04';
/** Stainless's "chore: lazy load raw resource class properties" (lithic-python 204aec3e, 2024-01-17). */
export const WRAPPER_PROPERTIES_SINCE = '2024-01-17';
/**
 * Stainless's "feat(client): support accessing raw response objects" (lithic-python 217f0e00, increase-python 780292d7,
 * modern-treasury-python 52d0085b, all 2023-10-27): the raw wrappers; hetzner-python e719e0e of 2023-09-01 has none.
 */
export const RAW_RESPONSE_WRAPPERS_SINCE = '2023-10-27';
/**
 * Stainless's "feat(client): add support for streaming raw responses" (lithic-python 814d931c, increase-python
 * 4e89d588, modern-treasury-python 26808a1d, all 2024-01-15).
 */
export const STREAMING_RESPONSE_WRAPPERS_SINCE = '2024-01-15';
/**
 * Stainless's "chore(internal): split up transforms into sync / async" (lithic-python 0cecc632, increase-python
 * 131f88b9, 2024-03-04).
 */
export const ASYNC_TRANSFORMS_SINCE = '2024-03-04';
/**
 * Stainless's "chore(internal): codegen related update" of embed-python 99debe5 (2024-08-06): the tests pass positional
 * path params by name where other arguments follow; before, positionally (embed's of 2024-06-17, the only SDK seen).
 */
export const KEYWORD_PATH_ARGS_SINCE = '2024-08-06';
/** Stainless's "chore(internal): variable name and test updates" (anthropic-sdk-python c112e6ff, 2025-04-03). */
export const JSON_LINES_STREAM_TESTS_SINCE = '2025-04-03';
/** Stainless's "chore(internal): update jsonl tests" (anthropic-sdk-python a8e6a6e5 and 7c5ac9bf, 2026-02-20). */
export const JSON_LINES_ITEM_TESTS_SINCE = '2026-02-20';

// ---- The package layout's forms ----
/**
 * Stainless's "chore(internal): import reformatting" (OneBusAway's python-sdk 55369d4, written 2025-04-23): a resource
 * module's `from .._utils import maybe_transform, async_maybe_transform` and the client's `from ._utils import
 * is_given, get_async_library` on one line; before, one name a line with a trailing comma, which Ruff keeps so.
 */
export const UTILS_IMPORT_ON_ONE_LINE_SINCE = '2025-04-23';
/**
 * A resource module's `from .._base_client import make_request_options` on one line where it fits (structify-python's
 * generations: split on 2024-07-10, joined on 2024-07-11; OneBusAway's python-sdk 2fc0ce6); before, one name a line.
 */
export const BASE_CLIENT_IMPORT_ON_ONE_LINE_SINCE = '2024-07-11';
/**
 * Stainless's "chore: add docstrings to raw response properties" (structify-python, 2024-09-09; OneBusAway's
 * python-sdk 0fecff5): a resource's `with_raw_response` and `with_streaming_response` open with a docstring.
 */
export const WRAPPER_DOCSTRINGS_SINCE = '2024-09-09';
/** Stainless's "fix(package): support direct resource imports" (honcho-python e5a6dd3, 2025-05-10). */
export const DIRECT_RESOURCE_IMPORTS_SINCE = '2025-05-10';
/** Stainless's "chore: make the `Omit` type public" (lumaai-python 59ff5b0, 2024-12-04). */
export const OMIT_PUBLIC_SINCE = '2024-12-04';
/**
 * Stainless's "chore: use lazy imports for module level client" (openai-python 1356c89a, authored 2025-05-05;
 * replicate-python-beta 859cfcc, 2025-05-06).
 */
export const MODULE_CLIENT_TYPE_IMPORTS_SINCE = '2025-05-05';
/**
 * Stainless's "chore(internal): avoid lint errors in pagination expressions" (openintegrations' python-sdk 8bac923 and
 * mixedbread-python dd9defb, 2025-05-10): `# type: ignore[unreachable]` on an offset page's `return None`.
 */
export const PAGINATION_LINT_IGNORES_SINCE = '2025-05-10';
// ---- end of the package layout's forms ----

// ---- The client's forms (py-client helper's block) ----
/** Stainless's "feat: support setting headers via env" (`<PREFIX>_CUSTOM_HEADERS`). */
export const CUSTOM_HEADERS_ENV_SINCE = '2026-04-28';
/** Stainless's "chore(internal): refactor authentication internals" (`_auth_headers(self, security)`). */
export const SECURITY_OPTIONS_SINCE = '2026-03-04';
/** The oldest top-level edition whose SDKs have it (axiora's `2026-01-30`; stagehand's `2025-10-10` has not). */
export const SECURITY_OPTIONS_EDITION = '2026-01-30';
/**
 * Stainless's "chore(docs): update client docstring" (lumaai-python 33e4b1c, 2025-02-28): the constructors' docstrings
 * name the client's class, not the organization.
 */
export const CONSTRUCTOR_DOC_CLASS_SINCE = '2025-02-28';
/**
 * Stainless's "chore(internal): updated imports" (lumaai-python #78 and tractorbeam-python 9da599d, 2024-12-14, after
 * two "codegen related update" commits that day switched it back and forth): the client imports its resources' modules.
 */
export const RESOURCE_MODULE_IMPORTS_SINCE = '2024-12-14';
// ---- end of the client's forms ----

// ---- The requests' and credentials' forms (py-security helper's block) ----
/** Stainless's "fix(client): send all configured auth headers" (sink-python-public, v1.21.0-beta.4). */
export const MERGED_AUTH_HEADERS_SINCE = '2025-04-08';
/** Stainless's "fix(client): loosen auth header validation" (imagekit-python, authored 2026-01-07). */
export const LOOSE_AUTH_VALIDATION_SINCE = '2026-01-07';
/**
 * Stainless's "feat(client): send `X-Stainless-Read-Timeout` header" (anthropic-sdk-python, openai-python,
 * lithic-python, increase-python, all 2025-02-05).
 */
export const READ_TIMEOUT_HEADER_SINCE = '2025-02-05';
/** Stainless's "fix: sanitize endpoint path params" (`path_template`; isaacus, terminal, axiora on 2026-03-20). */
export const PATH_TEMPLATE_SINCE = '2026-03-20';
/**
 * Stainless's multipart bodies copied along the files' paths alone (`deepcopy_with_paths`): letta-python 1e73b563,
 * scale-agentex-python f5064f93 and runwayml's sdk-python 00138cf on 2026-04-17, a dozen more SDKs by 04-18.
 */
export const DEEPCOPY_WITH_PATHS_SINCE = '2026-04-17';
/**
 * Stainless's "fix(client): ensure path params are non-empty" (lithic-python 8a1649c8, increase-python 51363eb6,
 * modern-treasury-python 13eaf8d3, all 2024-01-16): the check and its `test_path_params_*` tests.
 */
export const EMPTY_PATH_PARAM_CHECKS_SINCE = '2024-01-16';
/**
 * Stainless's "chore(internal): share client instances between all tests" (lithic-python a580c55e, increase-python
 * 95b0633f, modern-treasury-python 3b21ca01, all 2024-01-18): conftest.py's `client` and `async_client` fixtures.
 */
export const TEST_CLIENT_FIXTURES_SINCE = '2024-01-18';
/**
 * Stainless's "test: rename `API_BASE_URL` to `TEST_API_BASE_URL`" (lithic-python 0ae19167, increase-python 5c193daf,
 * modern-treasury-python 985e3f2f, all 2023-10-02).
 */
export const TEST_BASE_URL_ENV_SINCE = '2023-10-02';
/**
 * Stainless's "refactor(test): refactor authentication tests" (lithic-python 10577dd7, increase-python 4c51294c,
 * modern-treasury-python 9c6bf575, all 2023-10-12): `api_key = os.environ.get("API_KEY", "something1234")` became
 * `api_key = "My API Key"`, modern-treasury's inline `organization_id="my-organization-ID"` a constant beside it.
 */
export const TEST_DUMMY_CREDENTIALS_SINCE = '2023-10-12';
export { MODEL_IMPORTS_BY_MODULE_SINCE };
// ---- end of the requests' and credentials' forms ----

/** Every day a form changed, in order: a day past the last is the newest forms. */
export const PYTHON_FORM_CHANGES = [
  AIOHTTP_SINCE,
  OMIT_SENTINELS_SINCE,
  LAZY_RESOURCES_SINCE,
  TYPE_ALIAS_MARKER_SINCE,
  NO_PHANTOM_RESPONSE_TYPES_SINCE,
  API_MD_KEYWORD_PATH_PARAMS_SINCE,
  HTTPX_TIMEOUT_ARG_SINCE,
  RAW_RESPONSE_WRAPPERS_SINCE,
  STREAMING_RESPONSE_WRAPPERS_SINCE,
  MODEL_IMPORTS_BY_MODULE_SINCE,
  RESOURCE_PROPERTIES_SINCE,
  WRAPPER_PROPERTIES_SINCE,
  ASYNC_TRANSFORMS_SINCE,
  API_MD_RUFF_WIDTH_SINCE,
  SEQUENCE_NOT_STR_SINCE,
  SHARED_PLAIN_PARAMS_BY_NAME_SINCE,
  SHARED_OBJECT_PARAMS_BY_NAME_SINCE,
  ITERABLE_PARAMS_SINCE,
  CLASS_DOCSTRINGS_SINCE,
  MODEL_EXTRA_FIELD_SINCE,
  MODEL_EXTRA_FIELD_CHECKED_SINCE,
  PARAMS_EXTRA_ITEMS_SINCE,
  PARAMS_EXTRA_ITEMS_PRAGMA_SINCE,
  REBUILD_IN_TYPES_INIT_SINCE,
  REBUILD_V1_BRANCH_FIRST_SINCE,
  WEBHOOK_EVENT_DISCRIMINATOR_SINCE,
  KEYWORD_PATH_ARGS_SINCE,
  JSON_LINES_STREAM_TESTS_SINCE,
  JSON_LINES_ITEM_TESTS_SINCE,
  CUSTOM_HEADERS_ENV_SINCE,
  SECURITY_OPTIONS_SINCE,
  MERGED_AUTH_HEADERS_SINCE,
  LOOSE_AUTH_VALIDATION_SINCE,
  READ_TIMEOUT_HEADER_SINCE,
  PATH_TEMPLATE_SINCE,
  DEEPCOPY_WITH_PATHS_SINCE,
  EMPTY_PATH_PARAM_CHECKS_SINCE,
  TEST_CLIENT_FIXTURES_SINCE,
  TEST_BASE_URL_ENV_SINCE,
  TEST_DUMMY_CREDENTIALS_SINCE,
  PRISM_WORDING_SINCE,
  MOCK_SERVER_WORDING_SINCE,
  CALLBACK_TESTS_RUN_SINCE,
  WEBHOOK_OPTIONS_TESTS_SINCE,
  PATH_PARAM_OWN_EXAMPLE_SINCE,
  ENUM_EXAMPLES_SINCE,
  ONE_ITEM_ARRAYS_SINCE,
  NAMED_STRINGS_SINCE,
  UTILS_IMPORT_ON_ONE_LINE_SINCE,
  BASE_CLIENT_IMPORT_ON_ONE_LINE_SINCE,
  WRAPPER_DOCSTRINGS_SINCE,
  DIRECT_RESOURCE_IMPORTS_SINCE,
  OMIT_PUBLIC_SINCE,
  MODULE_CLIENT_TYPE_IMPORTS_SINCE,
  CONSTRUCTOR_DOC_CLASS_SINCE,
  RESOURCE_MODULE_IMPORTS_SINCE,
].sort();

/**
 * The forms of a Python SDK of `era` (a `YYYY-MM-DD` date; null or unreadable: the newest) whose config's top-level
 * `edition` is `edition` (null: none, the oldest).
 */
export function pythonFormsOfEra(
  era: string | null | undefined,
  edition: string | null | undefined = null,
): StainlessPythonForms {
  const date = era && /^\d{4}-\d{2}-\d{2}/.test(era) ? era.slice(0, 10) : null;
  const since = (change: string) => date === null || date >= change;
  const qualifiers = eraQualifiers(era);
  return {
    lazyResources:
      qualifiers.has(ERA_LAZY_RESOURCES) || (since(LAZY_RESOURCES_SINCE) && !qualifiers.has(ERA_EAGER_RESOURCES)),
    omitSentinels: since(OMIT_SENTINELS_SINCE),
    aiohttp: since(AIOHTTP_SINCE),
    resourceDocstrings: since(RESOURCE_DOCSTRINGS_SINCE),
    customHeadersEnv: since(CUSTOM_HEADERS_ENV_SINCE),
    securityOptions:
      qualifiers.has(ERA_SECURITY_OPTIONS) ||
      (since(SECURITY_OPTIONS_SINCE) && edition != null && edition >= SECURITY_OPTIONS_EDITION),
    requestSecurity: qualifiers.has(ERA_SECURITY_OPTIONS) || since(SECURITY_OPTIONS_SINCE),
    pathTemplate: since(PATH_TEMPLATE_SINCE),
    deepcopyWithPaths: since(DEEPCOPY_WITH_PATHS_SINCE),
    mergedAuthHeaders: since(MERGED_AUTH_HEADERS_SINCE),
    looseAuthValidation: since(LOOSE_AUTH_VALIDATION_SINCE),
    readTimeoutHeader: since(READ_TIMEOUT_HEADER_SINCE),
    mockTestsOffReason: since(MOCK_SERVER_WORDING_SINCE)
      ? 'Mock server tests are disabled'
      : since(PRISM_WORDING_SINCE)
        ? 'Prism tests are disabled'
        : null,
    utilsImportOneNameALine: !since(UTILS_IMPORT_ON_ONE_LINE_SINCE),
    // (Not in the isort era before API_MD_RUFF_WIDTH_SINCE: hetzner-python's and openai-python's of 2023 are one line.)
    baseClientImportOneNameALine: since(API_MD_RUFF_WIDTH_SINCE) && !since(BASE_CLIENT_IMPORT_ON_ONE_LINE_SINCE),
    wrapperDocstrings: since(WRAPPER_DOCSTRINGS_SINCE),
    directResourceImports: since(DIRECT_RESOURCE_IMPORTS_SINCE),
    omitPublic: since(OMIT_PUBLIC_SINCE),
    constructorDocClass: since(CONSTRUCTOR_DOC_CLASS_SINCE),
    resourcesPackage: !since(RESOURCE_MODULE_IMPORTS_SINCE),
    examplesAsGiven: since(EXAMPLES_AS_GIVEN_SINCE),
    callbackTestsSkip: callbackTestsSkipOfEra(date),
    pathParamOwnExample: since(PATH_PARAM_OWN_EXAMPLE_SINCE),
    ownExampleKeys: since(OWN_EXAMPLE_KEYS_SINCE),
    enumExamples: since(ENUM_EXAMPLES_SINCE),
    arrayItems: since(ONE_ITEM_ARRAYS_SINCE) ? 1 : 3,
    namedStrings: since(NAMED_STRINGS_SINCE),
    moduleClientTypeImports: since(MODULE_CLIENT_TYPE_IMPORTS_SINCE),
    webhookOptionsTests: since(WEBHOOK_OPTIONS_TESTS_SINCE),
    keywordPathArgs: since(KEYWORD_PATH_ARGS_SINCE),
    rawContentArg: since(RAW_CONTENT_ARG_SINCE),
    rawBinaryBody: since(RAW_BINARY_BODY_SINCE),
    rawTextBinaryBody: since(RAW_TEXT_BINARY_BODY_SINCE),
    httpxTimeoutArg: since(HTTPX_TIMEOUT_ARG_SINCE),
    jsonLinesTests: since(JSON_LINES_ITEM_TESTS_SINCE)
      ? 'items'
      : since(JSON_LINES_STREAM_TESTS_SINCE)
        ? 'close'
        : 'decoder',
    paginationLintIgnores: since(PAGINATION_LINT_IGNORES_SINCE),
    resourceProperties: since(RESOURCE_PROPERTIES_SINCE),
    wrapperProperties: since(WRAPPER_PROPERTIES_SINCE),
    asyncTransforms: since(ASYNC_TRANSFORMS_SINCE),
    rawResponseWrappers: since(RAW_RESPONSE_WRAPPERS_SINCE),
    streamingResponseWrappers: since(STREAMING_RESPONSE_WRAPPERS_SINCE),
    modelImportsByModule: since(MODEL_IMPORTS_BY_MODULE_SINCE),
    emptyPathParamChecks: since(EMPTY_PATH_PARAM_CHECKS_SINCE),
    testClientFixtures: since(TEST_CLIENT_FIXTURES_SINCE),
    testBaseUrlEnv: since(TEST_BASE_URL_ENV_SINCE) ? 'TEST_API_BASE_URL' : 'API_BASE_URL',
    testDummyCredentials: since(TEST_DUMMY_CREDENTIALS_SINCE),
  };
}

/** The `+<form>` qualifiers of an era (ERA_LAZY_RESOURCES …). */
function eraQualifiers(era: string | null | undefined): Set<string> {
  return new Set(era ? era.split('+').slice(1) : []);
}

export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
