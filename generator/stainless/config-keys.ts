/**
 * Every key of a Stainless config (https://www.stainless.com/docs/reference/config) and what sdkgen does with it:
 * the one list the config reader checks keys against (`knownKeys`) and docs/reference/stainless-config.md is
 * written from (`npm run docs:reference`).
 *
 * A key path is written as in the config: `<name>` stands for any one key, `[i]` for any item of a list,
 * `{a,b}` for either spelling, and a trailing `.*` for the key and everything below it. A row with `otherKeys`
 * says what happens to the keys under its path that no other row names (its examples, when given).
 */

/** `read`: sdkgen acts on it. `quiet`: accepted with no effect and no warning. `warns`: not supported; a warning names its line. */
export type StainlessKeyStatus = 'read' | 'quiet' | 'warns';

export interface StainlessKey {
  keys: string[];
  /** The row is about the other keys under `keys` (examples of them, if any). */
  otherKeys?: string[];
  /** Values or sub-keys the row covers, shown after the keys. */
  examples?: string[];
  /** When the row applies (`no \`auth\``). */
  note?: string;
  status: StainlessKeyStatus;
  /** What sdkgen does with it (Markdown). */
  how: string;
}

export const STAINLESS_KEYS: StainlessKey[] = [
  {
    keys: ['edition'],
    status: 'read',
    how: "from `2026-05-06` on, each resource's methods keep the config's order (in the class, api.md, the params declared and the tests), as Stainless's SDKs of that edition; before it, Stainless's order (create, retrieve, update, list, delete, then by name)",
  },
  {
    keys: ['targets.{typescript,node}.edition'],
    status: 'quiet',
    how: "read, with no effect: only the top-level `edition` changes the methods' order",
  },
  {
    keys: ['organization', 'organization.name'],
    status: 'read',
    how: 'client class and env prefix (see [names](stainless-layout.md#names)); `organization: acme` is short for `organization: { name: acme }`',
  },
  {
    keys: ['organization.docs'],
    status: 'read',
    how: 'the README links it ("The API\'s own documentation is at …"); without it, the spec\'s `externalDocs.url`. Only an http(s) URL is linked; another value warns',
  },
  {
    keys: ['organization.security_contact', 'organization.contact'],
    status: 'read',
    how: '`SECURITY.md` asks for vulnerability reports at the first of the two given (none given: no `SECURITY.md`)',
  },
  { keys: ['organization.*'], otherKeys: ['github_org', 'upload_spec'], status: 'quiet', how: '' },
  { keys: ['project'], status: 'warns', how: "the Stainless project's name; sdkgen names the SDK from `organization`" },
  {
    keys: ['targets.{typescript,node}.edition'],
    status: 'quiet',
    how: 'no TypeScript edition changes what sdkgen writes',
  },
  {
    keys: ['targets', 'targets.typescript'],
    status: 'read',
    how: 'current call shape: the last path parameter positional, the others in params',
  },
  {
    keys: ['targets.node'],
    status: 'read',
    how: 'legacy call shape: every path parameter positional, request options accepted in place of optional params; if both are set, `typescript` wins (warning)',
  },
  { keys: ['targets.{typescript,node}.package_name'], status: 'read', how: 'npm package name' },
  {
    keys: ['targets.{typescript,node}.readme_title'],
    status: 'read',
    how: "the generated README's heading (else `<spec title> TypeScript SDK`)",
  },
  {
    keys: ['targets.{typescript,node}.production_repo'],
    status: 'read',
    how: "the GitHub repository (`owner/name`, or `owner/name#branch`, whose branch is dropped) the SDK is published from, as Stainless used it: package.json's `repository` (`github:owner/name`), the README's link to its issues, CONTRIBUTING.md's `git clone` and install from git, and the MCP server's `repository` and `homepage`; `null` names none; another value warns",
  },
  {
    keys: ['targets.{typescript,node}.publish.npm.auth_method'],
    status: 'read',
    how: "`oidc`: the package is published by npm's trusted publishing, so `.github/workflows/release.yml` updates npm to 11.5.1 or later (which asks GitHub for the workflow's identity) before `npm publish`; `token` (or absent): published with the `<PREFIX>_NPM_TOKEN` or `NPM_TOKEN` secret. Another value warns",
  },
  {
    keys: [
      'targets.{typescript,node}.staging_repo',
      'targets.{typescript,node}.publish.*',
      'targets.{typescript,node}.skip',
    ],
    status: 'quiet',
    how: "sdkgen writes the package in the repository it runs in; publishing is the repository's job",
  },
  {
    keys: [
      'targets.{typescript,node}.options.mcp_server',
      'targets.{typescript,node}.options.mcp_server.package_name',
      'targets.{typescript,node}.options.mcp_server.instructions',
      'targets.{typescript,node}.options.mcp_server.enable_all_resources',
    ],
    status: 'read',
    how: "an [MCP server](../guides/mcp-server.md) package; `package_name` names it; `instructions` are what it tells its clients (MCP's `instructions`); `enable_all_resources` (true unless false) gives every method a tool but those with `mcp: false`, and `false` only those with `mcp: true` (none set: a warning, as the server would have no tools); `host` (Stainless's hosted server) is ignored quietly, other keys with a warning",
  },
  {
    keys: ['targets.{typescript,node}.options.mcp_server.host'],
    status: 'quiet',
    how: "Stainless's hosted server; sdkgen's runs where its users run it",
  },
  { keys: ['targets.{typescript,node}.options.mcp_server.*'], otherKeys: [], status: 'warns', how: '' },
  {
    keys: ['targets.{typescript,node}.options', 'targets.{typescript,node}.options.enable_treeshaking'],
    status: 'read',
    how: "as sdkgen's `treeShaking: true`: every resource class also has a `Base…` variant without its nested resources that knows its path on the client (`static _key`), and `<package>/tree-shakable` exports `createClient({ ...options, resources: [BaseReleases, Servers] })`, typed `Partial<Client><{ servers: { releases: BaseReleases } }>`, and `Base<Client>` (the client without resources; the package root exports it too, as Stainless's did). A one-resource bundle does not grow with the SDK (`test/tree-shaking.test.ts`: 4.9 KB gzip for 5 and for 503 endpoints, the full client 5.6 KB and 16.1 KB)",
  },
  {
    keys: ['targets.{typescript,node}.options.client_name'],
    status: 'read',
    how: "the client class's name (`Inbound`: `new Inbound()`, `InboundError`), over the one from `organization.name`",
  },
  {
    keys: ['targets.{typescript,node}.options.package_manager'],
    status: 'read',
    how: "as sdkgen's `packageManager:` (`npm`, `pnpm`, `yarn`; another value warns and npm is used): package.json names it with a pinned version (`pnpm@10.34.9`, `yarn@1.22.22`; a migrated repository's own `packageManager` wins) and `./scripts/bootstrap` installs with it: the one on PATH, else that version through `npx --yes`, as GitHub's runners have no pnpm (`test/templates/bootstrap-script.test.ts`)",
  },
  {
    keys: [
      'targets.{typescript,node}.options.browser',
      'targets.{typescript,node}.options.browser.state',
      'targets.{typescript,node}.options.browser.message',
    ],
    status: 'read',
    how: "`state: disallow`: the client refuses to be constructed in a browser's page (a `window` with a `document`) unless given `dangerouslyAllowBrowser: true`, throwing `message` (or sdkgen's own); `allow` or no setting: no such option. `migrate` reads it back from a Stainless client that refuses browsers, with its message",
  },
  {
    keys: [
      'targets.{typescript,node}.options.multipart_form',
      'targets.{typescript,node}.options.multipart_form.json',
      'targets.{typescript,node}.options.multipart_form.bracketed',
    ],
    status: 'read',
    how: "sdkgen's own key (Stainless's config reference names none): how the SDK's generic multipart encoder sends nested values, the `createForm`, `multipartFormRequestOptions` and `maybeMultipartFormRequestOptions` of `src/internal/uploads.ts` that hand-written code and tests call with a body alone (the SDK's methods send each part as the spec's `encoding` says). `json: objects`: an object holding no file is one JSON part, arrays and objects holding files under Stainless's bracketed keys (`tags[]`, `docs[cover]`), their items and properties each by the same rule; `json: values`: every value holding no file is one JSON part, an array of files a part per file under the field's own name; `bracketed: [env_vars]`: those fields under bracketed keys (`env_vars[KEY]`) whatever they hold. Without it, Stainless's bracketed keys, or `values` where the spec gives every nested part an `encoding`. `sdkgen migrate` writes it where the owners patched Stainless's encoder so (`test/multipart-form-option-sdk.test.ts`)",
  },
  {
    keys: ['targets.{typescript,node}.options.enable_react_query'],
    status: 'warns',
    how: "`false` is quiet; `true` warns: Stainless's React Query code is not generated, and the warning names sdkgen's own (`tanstackQuery: true` in an sdkgen config: `<package>/tanstack`, TanStack Query options for every method)",
  },
  { keys: ['targets.{typescript,node}.options.*'], otherKeys: [], status: 'warns', how: '' },
  {
    keys: [
      'targets.{typescript,node,python}.version',
      'targets.{typescript,node,python}.output',
      'targets.{typescript,node,python}.extra_files',
    ],
    status: 'warns',
    how: "not keys of Stainless's config reference, so the warning says what stands for each: a version is set by the SDK's releases (release-please's manifest); the SDK is written where `-o` says (each target into its own folder with `--target typescript,python`); extra files are kept in the repository, where a regeneration leaves files it did not write alone",
  },
  { keys: ['targets.{typescript,node}.*'], otherKeys: [], status: 'warns', how: '' },
  {
    keys: ['targets.python', 'targets.python.package_name'],
    status: 'read',
    how: 'with `--target python`: the import name of the Python package (`src/<package_name>/`); else the snake_case of the package name',
  },
  {
    keys: ['targets.python.project_name'],
    status: 'read',
    how: 'with `--target python`: the distribution name of pyproject.toml, as written',
  },
  {
    keys: ['targets.python.publish.pypi.package_name'],
    status: 'read',
    how: 'with `--target python` and no `project_name`: the distribution name of pyproject.toml (else `package_name` as written, a dotted one with `_` for its dots)',
  },
  {
    keys: ['targets.python.production_repo'],
    status: 'read',
    how: "with `--target python`: the GitHub repository (`owner/name`, or `owner/name#branch`, whose branch is dropped) the Python SDK is published from; without one (absent or `null`) its links (docstrings, README, pyproject.toml) name the staging repository, as Stainless's do: `staging_repo`, else `stainless-sdks/<project>-python` (the project, else `organization.name`, lower-cased)",
  },
  {
    keys: ['targets.python.publish.pypi'],
    status: 'read',
    how: 'with `--target python`: `false` keeps the package off PyPI; its README installs it with pip from `production_repo` (else `staging_repo`, else `stainless-sdks/<project>-python`)',
  },
  {
    keys: ['targets.python.staging_repo', 'targets.python.publish.*', 'targets.python.skip', 'targets.python.options'],
    status: 'quiet',
    how: "sdkgen writes the package in the repository it runs in; publishing is the repository's job",
  },
  {
    keys: ['targets.python.options.use_uv'],
    status: 'quiet',
    how: "sdkgen's `scripts/bootstrap` installs into `.venv` with pip: neither rye nor uv is needed",
  },
  {
    keys: ['targets.python.options.module_client'],
    status: 'read',
    how: "sdkgen's own key (Stainless's config reference names none; Stainless writes the same for the SDKs it turns it on for): `true` gives the Python package a module-level client, `acme.users.list()` with `acme.api_key = …` (`_module_client.py` and the end of `__init__.py`); `sdkgen migrate` sets it where the repository holds Stainless's `_module_client.py`",
  },
  { keys: ['targets.python.options.*'], otherKeys: [], status: 'warns', how: '' },
  {
    keys: ['targets.python.readme_title'],
    status: 'read',
    how: "with `--target python`: the Python README's heading (else `<API title> Python API library`); the TypeScript target's heading is the TypeScript README's only",
  },
  {
    keys: ['targets.python.edition'],
    status: 'quiet',
    how: "read, with no effect: sdkgen writes the forms of Stainless's Python SDKs of edition `python.2025-11-20`, the newest real configs name",
  },
  { keys: ['targets.python.*'], otherKeys: [], status: 'warns', how: '' },
  {
    keys: ['targets.<other language>.*'],
    examples: ['go', 'java', 'kotlin', 'ruby', 'csharp', 'php', 'cli', 'swift', 'sql'],
    status: 'quiet',
    how: 'sdkgen writes TypeScript and Python',
  },
  {
    keys: ['package', 'package.node', 'package.node.name', 'package.node.repo', 'package.node.skip'],
    status: 'read',
    how: "`package.node.name` is the npm package's name when no target names one; `repo` and `skip` are quiet, the other languages' entries too",
  },
  { keys: ['package.node.*'], otherKeys: [], status: 'warns', how: '' },
  {
    keys: ['package.<other language>.*'],
    examples: ['package.go'],
    status: 'quiet',
    how: 'sdkgen writes TypeScript and Python',
  },
  {
    keys: ['environments', 'environments.<name>'],
    status: 'read',
    how: "name → URL; the first is the default base URL; with two or more, all are the client's `environment` option (one environment leaves nothing to choose: the client has no such option, as in Stainless's SDKs). A relative URL (`/api/v1`) is resolved against the spec's first http(s) server; without one it stays relative (a warning: outside a browser, callers pass `baseURL`)",
  },
  { keys: ['client_settings'], status: 'read', how: 'see its keys' },
  { keys: ['client_settings.default_env_prefix'], status: 'read', how: 'env prefix (`{PREFIX}_BASE_URL`…)' },
  {
    keys: ['client_settings.default_client_name'],
    status: 'read',
    how: "the client class's name (`MyPOSConnect`: kept as written when it is a class name, else cased), over the organization's; a target's `options.client_name` wins",
  },
  {
    keys: ['client_settings.opts', 'client_settings.opts.<key>'],
    status: 'read',
    how: "each option with `auth` is a client credential option named `camelCase(key)`, acronyms as in method names after the first word (`app_api_key` → `appAPIKey`, `api_key` → `apiKey`). Every option is also a public field of the client, as Stainless's SDKs declared them (`client.privateKey: string`, `client.password: string | null` for a nullable one), one without `send_*`, `server_variable` or `auth` too (held for hand-written code, never sent). Resources hold the client in `this._client`, typed as the SDK's client (`Acme`, as Stainless's `protected _client: Acme`: hand-written resources read its options and reach its resources); without a Stainless config, as `AcmeCore`, which has every option (a type-only import: no cycle at run time)",
  },
  {
    keys: ['client_settings.opts.<key>.read_env'],
    status: 'read',
    how: 'the env var a credential option defaults to (`GRID_CLIENT_ID` for `username`…)',
  },
  {
    keys: ['client_settings.opts.<key>.auth.*'],
    examples: ['security_scheme', 'role'],
    status: 'read',
    how: 'sent as its security scheme (from `security_schemes` or the spec) says: bearer, API key, or the `username`/`password` role of basic auth; the `client_id`/`client_secret` roles of an `oauth2` scheme with a `clientCredentials.tokenUrl` are exchanged there for an access token sent as a bearer token; an unknown role warns and is read as `value`',
  },
  {
    keys: [
      'client_settings.opts.<key>.send_in_header',
      'client_settings.opts.<key>.send_as_query_param',
      'client_settings.opts.<key>.send_in_cookie',
    ],
    note: 'with `auth`',
    status: 'read',
    how: "for an API-key credential: where it is sent, over the scheme's own `in`/`name`",
  },
  {
    keys: ['client_settings.opts.<key>.send_in_header'],
    note: 'no `auth`',
    status: 'read',
    how: 'a client option of its `type` (`org_id` → `orgID`), defaulting to its `read_env` variable, else its `default`; sent with every request as that header (folded into `defaultHeaders`, over the same name there; a per-request header still wins), and the methods no longer ask for it',
  },
  {
    keys: [
      'client_settings.opts.<key>.send_as_path_param',
      'client_settings.opts.<key>.send_as_query_param',
      'client_settings.opts.<key>.send_as_body_param',
    ],
    note: 'no `auth`',
    status: 'read',
    how: 'a client option of its `type` (read as above) that fills in the path parameter, query parameter or JSON body field of that name where a method has one (others do not send it), as Stainless does: methods take it as an optional params field (never positional) defaulting to the option, `const { project_id = client.project } = params`; an unset option is not sent in a query or body and stops a path before the request. In Python a path param so filled is keyword-only, `project_id: str | None = None`, and `None` takes the client option, else raises a ValueError asking for it (`_get_project_id_path_param()`)',
  },
  {
    keys: ['client_settings.opts.<key>.server_variable'],
    status: 'read',
    how: "a client option (read as above) that fills in that variable of the spec's first http(s) server: the default base URL is built from it (`https://${shard ?? 'eu1'}.api.test`, the variable's default when unset); `baseURL`, its env var and `environments` still win. A variable the server lacks warns",
  },
  {
    keys: ['client_settings.opts.<key>.nullable', 'client_settings.opts.<key>.description'],
    status: 'read',
    how: "`nullable: true` makes the option accept `null`, which means no value: a credential that is null is not sent (for basic auth with both parts configured, either part null sends no `Authorization`, as Stainless's SDKs did); the description documents the option",
  },
  {
    keys: [
      'client_settings.opts.<key>.type',
      'client_settings.opts.<key>.default',
      'client_settings.opts.<key>.example',
    ],
    status: 'read',
    how: "the option's type and default: an option with a `default` is optional, its value the one given, else its `read_env` variable, else the default (`password = readEnv('X_PASSWORD') ?? 'do_not_set'`; a credential's default is never \"missing\"); `example` is the value the generated Python tests' client (`tests/conftest.py`) gives an option it needs (a credential, or one neither nullable nor defaulted)",
  },
  {
    keys: ['client_settings.default_timeout'],
    status: 'read',
    how: "the client's default `timeout`, in ms (or an ISO 8601 duration such as `PT90S`); otherwise 60 s",
  },
  {
    keys: [
      'client_settings.default_retries',
      'client_settings.default_retries.max_retries',
      'client_settings.default_retries.initial_delay_seconds',
      'client_settings.default_retries.max_delay_seconds',
    ],
    status: 'read',
    how: "`max_retries`: the client's default `maxRetries` (otherwise 2); `initial_delay_seconds`, `max_delay_seconds`: the retry backoff's first delay and its cap (otherwise 0.5 s and 8 s; reconnecting event streams wait by it too), stated in the README",
  },
  {
    keys: ['client_settings.idempotency', 'client_settings.idempotency.header'],
    status: 'read',
    how: "the header carrying an idempotency key on non-GET requests, `stainless-node-retry-<uuid>` (Python: `stainless-python-retry-<uuid>`) as Stainless's SDKs made them, the same on every attempt (sdkgen's `client.idempotencyHeader` wins); a spec's header parameter of that name is no method's",
  },
  { keys: ['client_settings.*'], otherKeys: [], status: 'warns', how: '' },
  {
    keys: ['security_schemes', 'security_schemes.<name>.*'],
    examples: ['type', 'scheme', 'in', 'name'],
    status: 'read',
    how: "schemes the credential options name, over the spec's",
  },
  {
    keys: ['security', 'security[i]', 'security[i].<scheme>'],
    status: 'read',
    how: "over the spec's top-level `security`: the credentials the client sends (without client options that name a scheme) and the parameters the client sends for them, which methods then leave out; whether an option is required comes from its `nullable` and `default`. Stainless's client threw \"Could not resolve authentication method\" before a request without any credential; sdkgen's TypeScript client sends it, its Python client raises the same `TypeError` (unless the header is omitted with `Omit()`), as Stainless's Python SDKs do",
  },
  {
    keys: ['resources', 'resources.<r>'],
    examples: ['subresources', '$shared', '$client'],
    status: 'read',
    how: "resource tree: property `camelCase`, class `PascalCase` ([names](stainless-layout.md#names)); `$shared` models go to the shared module (a resource called `shared` has that module, class and models, as Stainless wrote it); `$client` methods are the client's own (`client.getWelcomeMessage()`), their types (`GetWelcomeMessageResponse`, `EchoParams`) in `resources/top-level` and the client's namespace, first in api.md under `# <Client>`, tested in `tests/api-resources/top-level.test.ts`; a name the client already has (`get`) warns and is left out; one named as a top-level resource is that resource's property too, called (`client.namespaces({ … })` runs the method, `client.namespaces.deleteAll(…)` the resource's: api.md's two chains, which Stainless's client declared as a method and a property of one name, a class TypeScript refuses; in Python the client's `namespaces` is the resource, whose class's `__call__` is the method, and its wrapper classes are the method's wrappers too: `client.with_raw_response.namespaces(…)` and `client.with_raw_response.namespaces.delete_all(…)`, sync and async, raw and streamed). They have standalone functions where the config asks for them (`src/funcs/getWelcomeMessage.ts`), MCP tools and a reference page (`docs/sdks/top-level/README.md`) like any method",
  },
  {
    keys: ['resources.<r>.methods', 'resources.<r>.methods.<m>', 'resources.<r>.methods.<m>.endpoint'],
    status: 'read',
    how: 'method name and placement; `<verb>` is any HTTP method (`get`…`delete`, `query`, an `additionalOperations` method such as `copy`, in any case); an endpoint the spec lacks is left out with a warning',
  },
  {
    keys: ['resources.<r>.methods.<m>.paginated'],
    status: 'read',
    how: "`false`: not paginated; a scheme name: only that scheme is tried (also in a POST's JSON body, for a scheme whose params are body fields: the next page changes them there); a scheme that does not match the method warns at this line",
  },
  { keys: ['resources.<r>.methods.<m>.body_param_name'], status: 'read', how: "name of the body's params field" },
  {
    keys: [
      'resources.<r>.methods.<m>.streaming',
      'resources.<r>.methods.<m>.streaming.param_discriminator',
      'resources.<r>.methods.<m>.streaming.stream_event_model',
    ],
    status: 'read',
    how: 'the method streams when that body field is `true` (`null`: always); event type from the model, else the `text/event-stream` response. A method without `streaming` reads a `text/event-stream` response as text (`-> string`), as Stainless does',
  },
  {
    keys: ['resources.<r>.methods.<m>.streaming.params_type_name'],
    status: 'read',
    how: "the name of a dual-mode method's TypeScript params type, and of its `…Streaming` and `…NonStreaming` variants; the Python SDK names it after the method (`SessionActParams`), as Stainless's Python SDKs do whatever it says",
  },
  {
    keys: ['resources.<r>.methods.<m>.skip', 'resources.<r>.methods.<m>.only'],
    status: 'read',
    how: '`skip: true`, or a target or list naming `typescript`/`node` (`only` not naming them) leaves the method out (its endpoint is not reported as in no resource); with `--target python`, a list naming `python` (`only` not naming it)',
  },
  {
    keys: ['resources.<r>.methods.<m>.type'],
    examples: ['http', 'webhook_unwrap'],
    status: 'read',
    how: "`webhook_unwrap`: `client.<r>.<m>(body)` parses the body of a webhook request into the union of the spec's `webhooks` events (`<Key>WebhookEvent` types in the resource's module, or the config model a payload `$ref`s; union `<M>WebhookEvent`, documented as its first event; of one webhook, its payload is `<M>WebhookEvent` itself); another type warns and leaves the method out",
  },
  {
    keys: ['resources.<r>.methods.<m>.deprecated'],
    status: 'read',
    how: '`true` or a message: the method is `@deprecated` (also when the spec does not say so)',
  },
  {
    keys: [
      'resources.<r>.methods.<m>.default_request_options',
      'resources.<r>.methods.<m>.default_request_options.max_retries',
      'resources.<r>.methods.<m>.default_request_options.timeout',
    ],
    status: 'read',
    how: "the method's own retries and timeout (ms or ISO `PT5S`), over the client's; the options given with a call still win (`{ maxRetries: 0, ...options }`); other keys warn",
  },
  {
    keys: ['resources.<r>.methods.<m>.skip_test_reason'],
    status: 'read',
    how: "the method's generated tests are written skipped with this reason, as in Stainless's SDKs: TypeScript `// <reason>` over `test.skip(…)`, Python `@pytest.mark.skip(reason=…)`. Without one, a method Prism does not route (QUERY, an `additionalOperations` method) is skipped with Stainless's `Prism doesn't support query methods yet` (`copy` for COPY…)",
  },
  {
    keys: ['resources.<r>.methods.<m>.positional_params'],
    status: 'read',
    how: 'the path parameters named are positional, in that order; the others go in the params. A name that is not a path parameter warns and stays in the params',
  },
  {
    keys: ['resources.<r>.methods.<m>.webhook_key_opt'],
    status: 'read',
    how: "the client option holding the key: `unwrap(body, { headers, key })` verifies the Standard Webhooks signature with the `standardwebhooks` package (a dependency), as Stainless's SDKs do and in their form (`new Webhook(keyStr)`, so that owners' patches to it carry over), before parsing; a request that does not verify throws that package's `WebhookVerificationError`; the option is a client option read from its `read_env`, never sent",
  },
  {
    keys: ['resources.<r>.methods.<m>.discriminator', 'resources.<r>.methods.<m>.description'],
    status: 'quiet',
    how: "the events' union narrows on its own by the discriminator's literal types",
  },
  {
    keys: ['resources.<r>.methods.<m>.mcp'],
    status: 'read',
    how: '`false`: the MCP server has no tool for the method; `true`: it has one even when `mcp_server.enable_all_resources` is false',
  },
  { keys: ['resources.<r>.methods.<m>.*'], otherKeys: [], status: 'warns', how: '' },
  {
    keys: ['resources.<r>.models', 'resources.<r>.models.<k>'],
    status: 'read',
    how: "a component schema named `PascalCase(k)`, declared in the resource's module (`$shared`: shared, with every model a shared one refers to, as Stainless's shared module imports no resource); a bare name, a `#/components/schemas/…` ref or `{ openapi_uri }`; a JSON pointer inside a schema (`#/components/schemas/A/properties/b`, a parameter's `#/paths/~1a/get/parameters/0/schema`) names that schema, which becomes a model used wherever its place is. A resource that declares models and no methods is still a resource, as in Stainless's SDKs: `client.recipients`, its module `resources/recipients/recipients.ts` declaring them, its api.md section",
  },
  {
    keys: ['models', 'models.<k>'],
    note: 'top level',
    status: 'warns',
    how: "Stainless's generator does not read it (VAIF's TypeScript and Python SDKs, generated from a config with one, declare none of its names), so neither does sdkgen; shared models go under `resources.$shared.models`",
  },
  { keys: ['resources.<r>.subresources'], status: 'read', how: 'nested resources (`client.a.b`)' },
  {
    keys: ['resources.<r>.standalone_api'],
    status: 'read',
    how: "as in Stainless's SDKs (cloudflare-typescript): the resource's module goes in a folder of its own (`src/resources/ips/ips.ts`, with `index.ts` and `src/resources/ips.ts` re-exporting it), its api.md sections (and its subresources') in `src/resources/ips/api.md`, and the root api.md has `# [IPs](src/resources/ips/api.md)` in their place; `sdkgen diff` follows the links",
  },
  { keys: ['resources.<r>.description', 'resources.<r>.name'], status: 'quiet', how: '' },
  {
    keys: ['resources.<r>.skip', 'resources.<r>.only'],
    status: 'read',
    how: 'as a method\'s: the resource, its methods and its subresources\' are left out, without the "in no resource" warning',
  },
  { keys: ['resources.<r>.*'], otherKeys: [], status: 'warns', how: '' },
  {
    keys: ['pagination', 'pagination[i].name', 'pagination[i].type', 'pagination[i].request', 'pagination[i].response'],
    status: 'read',
    how: "a method is paginated by the first scheme whose request params and response fields it has, schemes asking something of the request tried before those asking nothing (a `fake_page`'s empty `request`), each in the config's order; fields matched by `x-stainless-pagination-property.purpose`, else by usual names; page class `PascalCase(name)`, with its `…Params` and `…Response` interfaces (in `src/pagination.ts` and the client's namespace); a scheme no method uses still has them, typed from its own `response` fields. Types: `cursor` (a list asked for with its `previous_cursor_param`, `?before=<cursor>`, goes on backwards by its `previous_cursor_field`), `cursor_id` (the next request sends the last item's id, its `cursor_item_id` field, as the `next_cursor_id_param`: `?starting_after=<id>`, until a page comes back empty; asked for with its `previous_cursor_id_param`, the first item's id, backwards), `offset` (counting on from the page's `offset_count_start_field` when the scheme has one; a page without it is the last), `page_number`, `cursor_url`, `cursor_uri` (the next page's link is requested with the first request's query parameters it does not have, its own winning: `next: …?p=2` of `?limit=2` → `?p=2&limit=2`, as Stainless's TypeScript runtime does; a page fetched by its link passes none on; sdkgen's own pages, with no config, request a link as sent; `cursor_uri` is in no Stainless documentation or config found and is read as `cursor_url`), `fake_page`; another type warns and the scheme is left out. A method returning a model whose items are written inline in it has a page named after the model's nested item type (`Sessionslist.Session` → `SessionslistSessionsSessionsCursor`), as Stainless names it",
  },
  {
    keys: ['pagination[i].request.*', 'pagination[i].response.*'],
    status: 'read',
    how: "the fields (any names, nested like `query_options.limit`) as above; a response field's `properties` are fields too, so `page_info: { properties: { after: { x-stainless-pagination-property: { purpose: next_cursor_field } } } }` reads the cursor at `page_info.after`",
  },
  {
    keys: ['pagination[i].response.<f>.x-stainless-pagination-property.from_header'],
    status: 'read',
    how: "the field is read from that response header instead of the body (`nextCursor: { header: 'X-Next-Cursor' }` in the page class's shape; a `has_more` header `false` ends the list), and the page holds its value under the field's name as Stainless's did (`page.has_more: boolean | null`, null when the header is absent); from a `Link` header, the URL marked `rel=\"next\"`",
  },
  {
    keys: ['pagination[i].response.<f>.x-stainless-pagination-property.is_top_level_array'],
    status: 'read',
    how: "the array field is the response body itself: a method whose body is an array of items is paginated by the scheme, its page reads the items from the body (`items: []` in the page class's shape), holds them under the field's name (`page.items`, typed `<Page>Response<Item> = Item[]` as Stainless's) and its other fields from headers (`from_header`); a `fake_page`'s array field is read so too when the body is an array, and such a page asks for no other",
  },
  { keys: ['pagination[i].*'], otherKeys: [], status: 'quiet', how: '' },
  {
    keys: ['settings.unwrap_response_fields'],
    status: 'read',
    how: 'a response object whose only property is one of these returns that property',
  },
  {
    keys: ['settings.license'],
    status: 'read',
    how: "the package's licence (`package.json` `license`, and the `LICENSE` text for MIT, Apache-2.0 and ISC); an sdkgen config's `client.license` wins; a value that is no SPDX expression warns",
  },
  {
    keys: ['settings.disable_mock_tests'],
    status: 'read',
    how: "`true`: the generated tests (`tests/api-resources/`) are written with their calls but skipped, as Stainless wrote them, so that CI runs what it ran; your own tests still run. sdkgen's `mockTests:` says the same and wins over it (`mockTests: true` runs them again)",
  },
  {
    keys: ['settings.file_header'],
    status: 'read',
    how: "written above the generated banner of every source file, a `//` line each and an empty `//` line after, as Stainless wrote it (a licence notice), and atop the runtime's files (`src/core`, `src/internal`), where Stainless left it out and owners added it by hand; an sdkgen config's `client.fileHeader` wins",
  },
  {
    keys: ['settings.sort_schema_properties'],
    status: 'read',
    how: "true unless false: objects declare their properties as Stainless's SDKs do, required ones first, `id` and then `token` leading each group, the rest by name (`localeCompare`'s order); a params type keeps its path parameters first, in the path's order, then the query's before the body's and the headers last among fields required alike. The types' names are given in the spec's order, before the sorting. `false` keeps the spec's order",
  },
  {
    keys: ['settings.positional_params'],
    status: 'read',
    how: '`false`: no method takes a path parameter as a positional argument unless its own `positional_params` names it; the others are fields of its params (`client.things.update({ org, thing_id, … })`). Another value warns, with its line, and is ignored',
  },
  { keys: ['settings.*'], otherKeys: ['mock_server'], status: 'warns', how: '' },
  {
    keys: ['query_settings', 'query_settings.array_format', 'query_settings.nested_format'],
    status: 'read',
    how: "for query parameters whose spec gives no `style`: `array_format: comma` joins arrays (`tag=a,b`; the default, as Stainless's SDKs sent them), `repeat` repeats the key, `brackets` sends `tag[]=a&tag[]=b`, `indices` `tag[0]=a&tag[1]=b`; `nested_format: brackets` sends objects as `filter[status]=x` (the default), `dots` as `filter.status=x`; an object's arrays are keyed by the same `array_format` (`filter[tags]=a,b`, `filter.tags[]=a`), as Stainless's serialiser keyed them",
  },
  {
    keys: ['custom_casings'],
    status: 'read',
    how: 'fixed casings of words in names: a list (`- { input: openai, typescript: OpenAI }`, `- openai: OpenAI`) or a mapping (`openai: OpenAI`, `ai: { initialism: true }` → `AI`, `openai: { pascal: OpenAI, camel: openAI }`); a key of several words (`openai_id_string: OpenAIIDString`) applies to that run of words',
  },
  {
    keys: ['openapi', 'openapi.transformations', 'openapi.transforms'],
    status: 'read',
    how: 'applied to the spec before anything reads it: `update`, `append`, `merge`, `remove`, `copy`, `move`, `mergeObject`, `replaceProperties`, `oneOfToAnyOf`, `guessDiscriminantUnions` (a union whose members each allow one string for a property they share gets it as its discriminator), `extractToRefs` (an inline schema moved to the named component, its places pointing at it), `renameKey`; a bad or unmatched transform warns and is skipped',
  },
  {
    keys: ['openapi.code_samples'],
    examples: ['mintlify', 'x-codeSamples', 'stainless', '{ bump.sh: true }'],
    status: 'read',
    how: "the repository gets `openapi.documented.json`: the spec as the SDK was generated from it, each operation with its code sample in `x-codeSamples` (`lang: JavaScript`: a program that imports the package, constructs the client and calls the method), which Mintlify, Redocly, Stoplight and bump.sh read; point the docs site at it where it read the spec Stainless published. Not in the npm package. `readme` (ReadMe's `x-readme` samples) warns",
  },
  {
    keys: ['openapi.*'],
    otherKeys: ['path', 'spec', 'code_sample_languages'],
    status: 'warns',
    how: 'pass the spec on the command line',
  },
  {
    keys: ['readme', 'readme.example_requests.*'],
    status: 'read',
    how: "`headline` (else `default`) is the README's usage example, `default` the request its sections on types, errors, retries, timeouts and raw responses show (types: where the package exports its types under their own names and it does not stream by a flag), and `pagination` its pagination example, called with the given `params` where they are values of the parameters' types",
  },
  { keys: ['readme.*'], otherKeys: [], status: 'quiet', how: '' },
  {
    keys: [
      'streaming',
      'streaming.on_event',
      'streaming.on_event[i]',
      'streaming.on_event[i].kind',
      'streaming.on_event[i].event_type',
      'streaming.on_event[i].data_starts_with',
      'streaming.on_event[i].handle',
      'streaming.on_event[i].error_property',
    ],
    status: 'read',
    how: "the client reads every stream by the rules (a method's, and a call in Stainless's form, `this._client.post(path, { body, ...options, stream: true })`, as Stainless's runtime did; so a method streaming on a flag is written as Stainless wrote it, `stream: body.stream ?? false`, and the owners' edits of its body land on it), and the first rule that applies to an event decides: `yield` it (with `error_property`: thrown as an `APIError` when its data has that property), `skip` it, end the stream (`done`), or throw its data as an `APIError` (`error`); an event no rule applies to is skipped. `event_type` is a name, `null` (an unnamed event) or a list; `kind: fallthrough` applies to every event. Unlike Stainless's code, where several rules can yield one event twice, only the first applies, and a JSON stream still ends at `[DONE]` rather than failing to parse it. Rules that only say what every stream does (`fallthrough` → `yield`, `[DONE]` → `done`) change nothing. A call in Stainless's form reads each event's data as JSON where it is JSON (Stainless's runtime parsed every one), except on a route whose events the spec types as text (the client's `STAINLESS_TEXT_STREAMS`): there each event's text is yielded (`data: 42` is `'42'` in the method's `Stream<string>`), for the method and any call of the owners' to the route. A GET stream in either form resumes a cut connection after the server's `retry:` delay with `Last-Event-ID` (Stainless's runtime did not reconnect). An unknown `handle` warns with its line and the rule is left out; other `streaming.*` keys warn",
  },
  {
    keys: ['unspecified_endpoints', 'unspecified_endpoints[i]'],
    status: 'read',
    how: 'endpoints left out on purpose: no warning for them',
  },
  { keys: ['diagnostics.*', 'codeflow.*'], status: 'quiet', how: 'Stainless service settings' },
  { keys: ['*'], otherKeys: [], status: 'warns', how: '' },
];

/** A key path as the reader names a parent: placeholders as `*`, list items as `[]`, braces expanded. */
export function expandKeyPath(key: string): string[] {
  const m = /\{([^}]+)\}/.exec(key);
  if (!m) return [key.replace(/<[^>]+>/g, '*').replace(/\[[^\]]*\]/g, '[]')];
  return m[1]
    .split(',')
    .flatMap((option) => expandKeyPath(key.slice(0, m.index) + option.trim() + key.slice(m.index + m[0].length)));
}

/** The keys sdkgen reads or accepts quietly, by parent: made when a Stainless config is first read, not at start-up. */
let known: Map<string, Set<string>> | undefined;

function knownByParent(): Map<string, Set<string>> {
  if (known) return known;
  known = new Map();
  for (const row of STAINLESS_KEYS) {
    if (row.status === 'warns') continue;
    for (const key of row.keys.flatMap(expandKeyPath)) {
      const parts = key.split('.');
      for (let i = 0; i < parts.length; i++) {
        const name = parts[i].replace(/\[\]$/, '');
        if (name === '*') continue;
        const parent = parts.slice(0, i).join('.');
        known.set(parent, (known.get(parent) ?? new Set()).add(name));
      }
    }
  }
  return known;
}

/**
 * The keys under `parent` (`''` for the top level, `resources.*.methods.*`, `streaming.on_event[]`) that sdkgen reads
 * or accepts quietly: any other key there gets the warning "not supported by sdkgen; ignored".
 */
export function knownKeys(parent: string): ReadonlySet<string> {
  return knownByParent().get(parent) ?? new Set();
}
