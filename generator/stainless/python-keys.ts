/**
 * What the Python SDK (`--target python`) does with each Stainless config key that can change it: the Python section
 * of docs/reference/stainless-config.md (`npm run docs:reference`). The keys are the config reader's
 * (config-keys.ts, which `test/python/stainless-config-python-keys.test.ts` holds these rows to); a key whose Python
 * status is `warns` is one the config reader warns of, with its line, whatever the target.
 */

/**
 * `follows`: the Python SDK has the key's effect. `partly`: some of it, a warning says what is missing. `warns`: not
 * followed, with a warning. `no effect`: the key changes nothing a Python SDK holds (Stainless's neither), quiet.
 */
export type PythonKeyStatus = 'follows' | 'partly' | 'warns' | 'no effect';

export interface PythonKey {
  /** Key paths, written as in config-keys.ts. */
  keys: string[];
  /** The value forms read (as real configs write them). */
  forms: string;
  python: PythonKeyStatus;
  /** What the Python SDK has (Markdown). */
  how: string;
  /** The test that holds it, under test/python/. */
  test?: string;
}

const KEYS_TEST = 'stainless-config-python-keys.test.ts';

export const PYTHON_KEYS: PythonKey[] = [
  {
    keys: ['targets.python', 'targets.python.package_name'],
    forms: 'string',
    python: 'follows',
    how: "the import name (`src/<package_name>/`); a dotted one (`cerebras.cloud.sdk`) is a package nested in namespace packages, at `src/cerebras/cloud/sdk/`, as Stainless lays it out (an empty `__init__.py` in each folder between, none in the top one; the wheel packs the top folder); a distribution's spelling (`meter-sdk`) is imported with underscores (`meter_sdk`) and is pyproject.toml's `name` as written; another name Python cannot import warns and the default, the snake_case of the package name, is used",
    test: 'python-config-keys-followed.test.ts',
  },
  {
    keys: ['targets.python.project_name', 'targets.python.publish.pypi.package_name'],
    forms: 'string',
    python: 'follows',
    how: "pyproject.toml's `name` (else `package_name` as written)",
    test: 'install-from-repository.test.ts',
  },
  {
    keys: ['targets.python.production_repo'],
    forms: '`owner/name`, `owner/name#branch`, `null`',
    python: 'follows',
    how: "pyproject.toml's URLs, the README's links and its install from git, the resources' `with_raw_response` docstrings; without one, the staging repository (`staging_repo`, else `stainless-sdks/<project>-python`); the branch is read and dropped (sdkgen writes the checkout it runs in)",
    test: KEYS_TEST,
  },
  {
    keys: ['targets.python.publish', 'targets.python.publish.pypi', 'targets.python.staging_repo'],
    forms: '`pypi: true`, `pypi: false`, `pypi: { … }`',
    python: 'follows',
    how: "`false`: the README installs the package from git (`production_repo`, else `staging_repo`, else `stainless-sdks/<project>-python`); other `publish` keys are the release workflow's",
    test: 'install-from-repository.test.ts',
  },
  {
    keys: ['targets.python.readme_title'],
    forms: 'string',
    python: 'follows',
    how: "the README's heading",
    test: 'project-metadata.test.ts',
  },
  {
    keys: ['targets.python.edition', 'edition'],
    forms: '`python.YYYY-MM-DD`, `YYYY-MM-DD`',
    python: 'follows',
    how: "the top-level `edition` orders methods as in TypeScript and picks forms of that date (generator/stainless/python-era.ts); the target's own edition changes nothing: sdkgen writes the newest forms, or those of `--stainless-era`",
  },
  {
    keys: ['targets.python.options.use_uv', 'targets.python.skip'],
    forms: 'bool',
    python: 'no effect',
    how: '`scripts/bootstrap` installs with pip into `.venv`; `--target python` generates the package whatever `skip` says',
  },
  {
    keys: ['targets.python.options.module_client'],
    forms: 'bool',
    python: 'follows',
    how: "sdkgen's own key: `true` writes the module-level client (`acme.users.list()`, `acme.api_key = …`): `_module_client.py`'s lazy proxies of the top-level resources and, closing `__init__.py`, a module attribute for each client option, `base_url`, `timeout`, `max_retries`, `default_headers`, `default_query` and `http_client`, read by one sync client built on first use (`_load_client()`, `_reset_client()`)",
    test: 'module-client-r32m.test.ts',
  },
  {
    keys: [
      'targets.python.options.*',
      'targets.python.keep_files',
      'targets.python.version',
      'targets.python.output',
      'targets.python.extra_files',
    ],
    forms: 'any',
    python: 'warns',
    how: 'not keys sdkgen reads (config-keys.ts says what stands for each)',
  },
  {
    keys: ['targets.{typescript,node}.*', 'targets.<other language>.*', 'package.*'],
    forms: 'any',
    python: 'no effect',
    how: "another target's settings (what warns there warns here too: the config is read once)",
  },
  {
    keys: ['organization.name', 'client_settings.default_client_name', 'client_settings.default_env_prefix'],
    forms: 'string',
    python: 'follows',
    how: 'the client classes (`Acme`, `AsyncAcme`) and the environment variables (`ACME_BASE_URL`, a credential\'s `read_env`); `organization.name` also pyproject.toml\'s `description` and `authors` (its words cased: `knock mgmt` → "Knock Mgmt")',
    test: KEYS_TEST,
  },
  {
    keys: ['organization.docs', 'organization.contact', 'organization.security_contact'],
    forms: 'string',
    python: 'follows',
    how: "the README's link to the API's documentation; `SECURITY.md`; `organization.contact` is the email of pyproject.toml's `authors`",
    test: 'pyproject-organization-r35k.test.ts',
  },
  {
    keys: ['environments', 'environments.<name>'],
    forms: 'name → URL',
    python: 'follows',
    how: "the client's `ENVIRONMENTS` and its `environment: Literal[…]` option (two or more); the first is the default base URL",
    test: KEYS_TEST,
  },
  {
    keys: ['client_settings.opts.<key>', 'client_settings.opts.<key>.{type,read_env,nullable,default,description}'],
    forms: 'mapping',
    python: 'follows',
    how: 'a keyword argument of both clients, read from its `read_env` variable when not given, else its `default`; `nullable` accepts `None`',
    test: 'test-client-options.test.ts',
  },
  {
    keys: [
      'client_settings.opts.<key>.auth',
      'client_settings.opts.<key>.auth.{security_scheme,role}',
      'security',
      'security_schemes',
    ],
    forms: 'mapping; `role: username | password | client_id | client_secret`',
    python: 'follows',
    how: 'the credentials the client sends (`auth_headers`, basic auth from the two roles, the access token an OAuth2 client ID and secret are exchanged for before a request), in the order the schemes are declared',
    test: 'auth-declared-order.test.ts',
  },
  {
    keys: ['client_settings.opts.<key>.example'],
    forms: 'scalar',
    python: 'follows',
    how: "the value `tests/conftest.py`'s clients give the option",
    test: 'test-client-options.test.ts',
  },
  {
    keys: [
      'client_settings.opts.<key>.send_in_header',
      'client_settings.opts.<key>.send_as_query_param',
      'client_settings.opts.<key>.send_as_path_param',
      'client_settings.opts.<key>.send_as_body_param',
    ],
    forms: 'string',
    python: 'follows',
    how: "with `auth`: where the credential goes; without: the option fills that header (in the client's `default_headers`, sent whatever security an operation names), query, path or body field (a path parameter so filled is keyword-only and `None` takes the client's)",
    test: 'client-filled-params.test.ts',
  },
  {
    keys: ['client_settings.opts.<key>.server_variable'],
    forms: 'string',
    python: 'follows',
    how: 'the default base URL is built from the option (`f"https://{region}.api.test"`), the variable\'s default standing in while it is None; `base_url`, its env var and `environments` still win',
    test: 'python-config-keys-followed.test.ts',
  },
  {
    keys: ['client_settings.default_timeout', 'client_settings.default_retries.*'],
    forms: 'milliseconds, `PT90S`; `max_retries`, `initial_delay_seconds`, `max_delay_seconds`',
    python: 'follows',
    how: "`_constants.py`'s `DEFAULT_TIMEOUT`, `DEFAULT_MAX_RETRIES`, `INITIAL_RETRY_DELAY` and `MAX_RETRY_DELAY`",
    test: KEYS_TEST,
  },
  {
    keys: ['client_settings.idempotency', 'client_settings.idempotency.header'],
    forms: '`{ header: Idempotency-Key }`',
    python: 'follows',
    how: "the client sends a key of its own (`stainless-python-retry-<uuid>`, as Stainless's) in the header on every non-GET request, the same on its retries; every non-GET method takes `idempotency_key: str | None = None` (after `timeout`), sent instead; the spec's header parameter of that name is no method's, and a param named `idempotency_key` too is `idempotency_key_`",
    test: 'python-config-keys-followed.test.ts',
  },
  {
    keys: ['query_settings.array_format', 'query_settings.nested_format'],
    forms: '`comma`, `repeat`, `brackets`, `indices`; `brackets`, `dots`',
    python: 'follows',
    how: "the client's `qs`",
    test: 'query-array-format.test.ts',
  },
  {
    keys: ['pagination[i]', 'pagination[i].{name,type,request,response}'],
    forms: '`cursor`, `cursor_id`, `offset`, `page_number`, `cursor_url`, `cursor_uri`, `fake_page`',
    python: 'follows',
    how: "`pagination.py`'s `Sync…`/`Async…` page classes; a `cursor_id` page asks for the next after its last item's id (before its first one's when the list was asked for with `previous_cursor_id_param`), a `cursor` page asked for with its `previous_cursor_param` goes on by its `previous_cursor_field`; the page's fields in the config's order, an object field typed by a model named after the page and the field (`EntriesCursorPageInfo`); a `has_more` of false ends the list, a numbered page stops at its total pages, an offset one at its total count and counts on from `offset_count_start_field` when the scheme has one; a `cursor_url` page's link is requested with the query parameters of the request before it that the link lacks, the link's own winning (`?limit=2` then `next: …?p=2` → `?limit=2&p=2`), carried on to the pages after, as Stainless's Python runtime merges them (`cursor_uri`, in no Stainless documentation or config found, is read as `cursor_url`)",
    test: KEYS_TEST,
  },
  {
    keys: ['pagination[i].response.<f>.x-stainless-pagination-property.{from_header,is_top_level_array}'],
    forms: 'string, bool',
    python: 'follows',
    how: "the page class's `build` classmethod, which the client calls with the response: a bare array body is the items (`is_top_level_array`, a `fake_page`'s array field), a header's value is set on the page's property of the field's name (a number or boolean read as one; a `Link` header: its `rel=\"next\"` URL)",
    test: 'page-forms-python.test.ts',
  },
  {
    keys: ['streaming.on_event'],
    forms: 'rules (`event_type`, `data_starts_with`, `handle`, `error_property`, `kind: fallthrough`)',
    python: 'follows',
    how: "`_streaming.py`'s `_EVENT_RULES`: the first rule that applies to an event yields it (raising an `APIError` when its data has `error_property`), skips it, raises it (`handle: error`: the client's status error for the response, its JSON data the body), or ends the stream; an event none applies to is skipped. Rules that only restate a stream's own handling (yield every event, end at `[DONE]`) leave the module as it is. An event's data is its JSON, but a stream of events the spec types as text (`Stream[str]`) yields a JSON string decoded (`data: \"ready\"` is `ready`, as Stainless's runtime reads it) and any other event's text (`data: 42` is `\"42\"`), with or without rules (Stainless's runtime decoded every event as JSON, failing on plain text). Like Stainless's, a cut stream is not reconnected",
    test: KEYS_TEST,
  },
  {
    keys: [
      'resources.<r>',
      'resources.<r>.subresources',
      'resources.<r>.methods.<m>',
      'resources.<r>.methods.<m>.endpoint',
      'resources.<r>.models.<k>',
    ],
    forms: '`<verb> /path`, mapping; model: name, `#/components/schemas/…`, `{ openapi_uri }`',
    python: 'follows',
    how: "resource classes (`client.a.b`), methods and `types/` modules, laid out as Stainless's",
  },
  {
    keys: ['resources.<r>.{skip,only}', 'resources.<r>.methods.<m>.{skip,only}'],
    forms: '`true`, a target, a list of targets',
    python: 'follows',
    how: '`true` or a list naming `python` (`only` not naming it) leaves it out of the Python SDK alone',
    test: KEYS_TEST,
  },
  {
    keys: ['resources.<r>.methods.<m>.positional_params', 'settings.positional_params'],
    forms: 'list of names; `false`',
    python: 'follows',
    how: 'the path parameters taken positionally',
    test: 'positional-params-python.test.ts',
  },
  {
    keys: ['resources.<r>.methods.<m>.paginated'],
    forms: '`false`, a scheme name',
    python: 'follows',
    how: 'as in TypeScript (the IR decides)',
  },
  {
    keys: ['resources.<r>.methods.<m>.body_param_name'],
    forms: 'string',
    python: 'follows',
    how: 'a body that is not an object is the keyword argument of that name',
    test: KEYS_TEST,
  },
  {
    keys: ['resources.<r>.methods.<m>.deprecated'],
    forms: '`true`, a message',
    python: 'follows',
    how: '`@typing_extensions.deprecated(…)` on the method',
    test: KEYS_TEST,
  },
  {
    keys: ['resources.<r>.methods.<m>.streaming.{param_discriminator,stream_event_model,params_type_name}'],
    forms: 'string, `null`',
    python: 'follows',
    how: '`stream: Literal[True]` overloads returning `Stream[…]` (`null`: always streams), events typed by the model',
    test: 'stream-json-events.test.ts',
  },
  {
    keys: ['resources.<r>.methods.<m>.type', 'resources.<r>.methods.<m>.webhook_key_opt'],
    forms: '`webhook_unwrap`; an option name',
    python: 'follows',
    how: '`client.<r>.unwrap(payload, headers=…, key=…)`, verifying with `standardwebhooks` when a key option is named',
    test: 'webhooks-python.test.ts',
  },
  {
    keys: ['resources.<r>.methods.<m>.discriminator'],
    forms: 'a property name',
    python: 'follows',
    how: "a `webhook_unwrap` method's union of events is `Annotated[Union[…], PropertyInfo(discriminator=…)]` by that property (2025-12-02 era on), where every event requires a value of its own for it; without the key, the first property that tells them apart",
    test: 'webhook-config-discriminator.test.ts',
  },
  {
    keys: ['resources.<r>.methods.<m>.skip_test_reason'],
    forms: 'string',
    python: 'follows',
    how: "the method's generated tests are marked `@pytest.mark.skip(reason=…)` with it, as Stainless's Python SDKs",
    test: 'python-config-keys-followed.test.ts',
  },
  {
    keys: ['resources.<r>.methods.<m>.default_request_options'],
    forms: '`max_retries`, `timeout`',
    python: 'follows',
    how: "the method's own timeout and retries where the client has the package's defaults: a timeout given to the call, or a client given its own `timeout` or `max_retries` (`with_options`), wins",
    test: 'python-config-keys-followed.test.ts',
  },
  {
    keys: ['resources.<r>.standalone_api'],
    forms: 'bool',
    python: 'follows',
    how: "the resource's api.md of its own",
    test: 'standalone-api-python.test.ts',
  },
  {
    keys: ['resources.<r>.mcp', 'resources.<r>.methods.<m>.mcp', 'resources.<r>.terraform'],
    forms: 'any',
    python: 'no effect',
    how: "the MCP server's and Terraform's (what warns there warns here too)",
  },
  {
    keys: ['settings.license'],
    forms: 'SPDX expression',
    python: 'follows',
    how: "pyproject.toml's `license` and classifier, and `LICENSE`",
    test: KEYS_TEST,
  },
  {
    keys: ['settings.unwrap_response_fields', 'settings.sort_schema_properties'],
    forms: 'list of names; bool',
    python: 'follows',
    how: "as in TypeScript (the IR decides): the method returns the field; the models' property order",
    test: KEYS_TEST,
  },
  {
    keys: ['settings.disable_mock_tests'],
    forms: 'bool',
    python: 'follows',
    how: 'the generated tests are written, marked skipped',
    test: 'stainless-configs-python.test.ts',
  },
  {
    keys: ['settings.file_header'],
    forms: 'string',
    python: 'no effect',
    how: "Stainless's Python SDKs start each file with its banner alone, whatever the key says; so do sdkgen's",
  },
  {
    keys: ['custom_casings'],
    forms: 'list or mapping',
    python: 'follows',
    how: 'the words in class names',
    test: 'docs-sections-python.test.ts',
  },
  {
    keys: ['readme.example_requests.*'],
    forms: '`default`, `headline`, `pagination`, `streaming`',
    python: 'follows',
    how: "the README's programs, called with the given `params`",
    test: 'readme-examples-python.test.ts',
  },
  {
    keys: ['openapi.transformations', 'unspecified_endpoints'],
    forms: 'list',
    python: 'follows',
    how: 'as in TypeScript: applied to the spec before anything reads it; endpoints left out quietly',
  },
  {
    keys: ['openapi.code_samples', 'readme.*', 'diagnostics.*', 'codeflow.*', 'organization.*'],
    forms: 'any',
    python: 'no effect',
    how: "Stainless's docs and service settings",
  },
];
