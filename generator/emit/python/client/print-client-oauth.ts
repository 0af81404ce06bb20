/**
 * The client's members for an OAuth2 client ID and secret (`sentAs.kind: 'clientCredentials'`): before each
 * authenticated request (`_prepare_options`), the client exchanges the two at the token URL for an access token
 * (`grant_type=client_credentials`, form-encoded; the two as HTTP Basic credentials or as form fields), keeps it until
 * shortly before `expires_in`, and sends it as `Authorization: Bearer` (`_client_credentials_headers`, which
 * `auth_headers` merges). A failed exchange raises the SDK's status error for the token URL's response. The API's 401
 * for the token held drops it, and the request is retried with a new one, once (`_should_retry`, when retries are left);
 * a token exchanged so is dropped for a 401 of its own, which is raised. Tokens are kept by base URL, ID and secret in a
 * store the client's copies share (`copy` hands it on). Beside an access token option of the same scheme (a spec's
 * OAuth2 scheme without a Stainless config), a token given there is sent and nothing is exchanged.
 */
import type { PyClientOption, PyPackage } from '../types/model';
import { errorBaseName } from '../print-init';
import { pyString } from '../docs/print-doc';

/** The property holding the token's `Authorization` header (empty without a token for the options' values). */
export const CLIENT_CREDENTIALS_HEADERS = '_client_credentials_headers';

/** The client ID and secret options, in that order; null when the client has no such pair. */
export function clientCredentialsPair(pkg: PyPackage): [PyClientOption, PyClientOption] | null {
  const part = (role: 'username' | 'password') =>
    pkg.clientOptions.find((o) => o.sentAs.kind === 'clientCredentials' && o.sentAs.part === role);
  const id = part('username');
  const secret = part('password');
  return id && secret ? [id, secret] : null;
}

/** The imports the members need beyond the client module's own. */
export function clientCredentialsImports(pkg: PyPackage): string[] {
  if (!clientCredentialsPair(pkg)) return [];
  return ['import time', 'import anyio', 'import threading', 'from ._models import FinalRequestOptions'];
}

/**
 * The bearer option of the pair's scheme (a spec's OAuth2 scheme offers an access token beside its client ID and
 * secret): a token given there is sent, and nothing is exchanged. Null without one.
 */
function tokenOption(pkg: PyPackage, id: PyClientOption): PyClientOption | null {
  return pkg.clientOptions.find((o) => o.sentAs.kind === 'bearer' && o.scheme === id.scheme) ?? null;
}

/**
 * What `copy()` adds before it returns the copy (named `copy`): the access tokens it shares with this client, as the
 * TypeScript client's `withOptions` copies share theirs. Empty without a client ID and secret.
 */
export function clientCredentialsCopy(pkg: PyPackage, copy: string): string[] {
  if (!clientCredentialsPair(pkg)) return [];
  return [
    '        # (The copy shares the access tokens exchanged for client IDs and secrets, each kept by base URL, ID and',
    '        # secret: one with other credentials or another base URL exchanges its own.)',
    `        ${copy}._shared_access_tokens = self._access_tokens`,
  ];
}

/** The members, for the sync or the async client. */
export function clientCredentialsMembers(pkg: PyPackage, isAsync: boolean): string[] {
  const pair = clientCredentialsPair(pkg);
  if (!pair) return [];
  const [id, secret] = pair;
  const flow = id.sentAs.kind === 'clientCredentials' ? id.sentAs.flow : null;
  if (!flow) return [];
  const token = tokenOption(pkg, id);
  const aw = isAsync ? 'await ' : '';
  const form = [
    '"grant_type": "client_credentials"',
    ...(flow.scopes.length ? [`"scope": ${pyString(flow.scopes.join(' '))}`] : []),
    ...(flow.credentialsIn === 'body' ? ['"client_id": client_id', '"client_secret": client_secret'] : []),
  ];
  const fresh = 'held is not None and held[1] > time.monotonic()';
  const exchange = [
    '        request = self._client.build_request(',
    '            "POST",',
    `            self._prepare_url(${pyString(flow.tokenUrl)}),`,
    '            headers={"Accept": "application/json"},',
    `            data={${form.join(', ')}},`,
    '            timeout=self.timeout,',
    '        )',
    '        try:',
    flow.credentialsIn === 'body'
      ? `            response = ${aw}self._client.send(request)`
      : `            response = ${aw}self._client.send(request, auth=httpx.BasicAuth(client_id, client_secret))`,
    '        except httpx.TimeoutException as err:',
    '            raise _exceptions.APITimeoutError(request=request) from err',
    '        except httpx.HTTPError as err:',
    '            raise _exceptions.APIConnectionError(request=request) from err',
    '        token, until = self._access_token_of(response)',
    '        tokens = self._access_tokens',
    '        # Expired tokens are dropped, whichever credentials they were for.',
    '        now = time.monotonic()',
    '        for stale in [k for k, (_, kept_to, _) in list(tokens.items()) if kept_to <= now]:',
    '            tokens.pop(stale, None)',
    '        tokens[key] = (token, until, self._access_token_renewing)',
    '        self._access_token_renewing = False',
  ];
  const indent = (lines: string[]) => lines.map((line) => (line ? `    ${line}` : line));
  const tokensType = 'dict[tuple[str, str, str], tuple[str, float, bool]]';
  const lines = [
    '    # The access tokens exchanged for client IDs and secrets, by (base URL, ID, secret): (token, monotonic time it is',
    "    # kept to, whether it was exchanged in place of one the API refused). Shared with the client's copies (`copy`).",
    `    _shared_access_tokens: ${tokensType} | None = None`,
    ...(isAsync
      ? ['    _access_token_lock: anyio.Lock | None = None']
      : [
          '    _access_token_lock: threading.Lock | None = None',
          "    # Guards the making of each client's own lock and token store (held for an instant).",
          '    _access_token_lock_guard = threading.Lock()',
        ]),
    '    # Whether the next exchange replaces a token the API refused (401), which is then not replaced again.',
    '    _access_token_renewing: bool = False',
    '',
    '    @property',
    `    def _access_tokens(self) -> ${tokensType}:`,
    '        tokens = self._shared_access_tokens',
    '        if tokens is None:',
    ...(isAsync
      ? ['            tokens = self._shared_access_tokens = {}']
      : [
          '            with self._access_token_lock_guard:',
          '                tokens = self._shared_access_tokens',
          '                if tokens is None:',
          '                    tokens = self._shared_access_tokens = {}',
        ]),
    '        return tokens',
    '',
    '    @property',
    '    def _access_token_key(self) -> tuple[str, str, str] | None:',
    '        """Where the token for the client ID and secret is kept; None without both."""',
    `        client_id, client_secret = self.${id.name}, self.${secret.name}`,
    ...optionalCheck([id, secret], 'None'),
    '        return (str(self.base_url), client_id, client_secret)',
    '',
    '    @property',
    `    def ${CLIENT_CREDENTIALS_HEADERS}(self) -> dict[str, str]:`,
    '        key = self._access_token_key',
    '        held = None if key is None else self._access_tokens.get(key)',
    '        if held is None:',
    '            return {}',
    '        return {"Authorization": f"Bearer {held[0]}"}',
    '',
    '    @override',
    `    ${isAsync ? 'async ' : ''}def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:`,
    `        options = ${aw}super()._prepare_options(options)`,
    '        # (An operation asking for no credential sends none; a request giving its own Authorization sends it.)',
    '        own = [name.lower() for name in options.headers] if is_given(options.headers) else []',
    '        if options.security_alternatives != [] and "authorization" not in own:',
    `            ${aw}self._fetch_access_token()`,
    '        return options',
    '',
    '    @override',
    '    def _should_retry(self, response: httpx.Response) -> bool:',
    '        # The API refused the token held (401), which it may have revoked before it expires: the token is dropped,',
    '        # and the request retried with a new one, once (a token exchanged so is dropped for a 401 of its own, and',
    '        # that 401 raised). A request whose own Authorization header was sent instead keeps the token.',
    '        key = self._access_token_key',
    '        held = None if key is None else self._access_tokens.get(key)',
    '        if (',
    '            key is not None',
    '            and held is not None',
    '            and response.status_code == 401',
    '            and response.request.headers.get("Authorization") == f"Bearer {held[0]}"',
    '            and response.headers.get("x-should-retry") != "false"',
    '        ):',
    '            if self._access_tokens.get(key) == held:',
    '                self._access_tokens.pop(key, None)',
    '            if not held[2]:',
    '                self._access_token_renewing = True',
    '                return True',
    '        return super()._should_retry(response)',
    '',
    `    ${isAsync ? 'async ' : ''}def _fetch_access_token(self) -> None:`,
    '        """',
    '        Exchanges the client ID and secret at the token URL for an access token (OAuth2 client credentials), unless',
    `        the one held for them is still fresh: it is kept until shortly before it expires.${token ? ` Not while \`${token.name}\`` : ''}`,
    ...(token ? ['        holds a token: that one is sent.'] : []),
    '        """',
    ...(token ? [`        if self.${token.name} is not None:`, '            return'] : []),
    `        client_id, client_secret = self.${id.name}, self.${secret.name}`,
    // (Only an optional one may be None: strict pyright refuses a comparison that is always false.)
    ...optionalCheck([id, secret], ''),
    '        key = (str(self.base_url), client_id, client_secret)',
    '        held = self._access_tokens.get(key)',
    `        if ${fresh}:`,
    '            return',
    ...(isAsync
      ? [
          '        if self._access_token_lock is None:',
          '            self._access_token_lock = anyio.Lock()',
          '        # One exchange at a time: calls waiting on it use its token.',
          '        async with self._access_token_lock:',
          '            held = self._access_tokens.get(key)',
          `            if ${fresh}:`,
          '                return',
          ...indent(exchange),
        ]
      : [
          '        lock = self._access_token_lock',
          '        if lock is None:',
          '            with self._access_token_lock_guard:',
          '                lock = self._access_token_lock',
          '                if lock is None:',
          '                    lock = self._access_token_lock = threading.Lock()',
          '        # One exchange at a time: threads waiting on it use its token.',
          '        with lock:',
          '            held = self._access_tokens.get(key)',
          `            if ${fresh}:`,
          '                return',
          ...indent(exchange),
        ]),
    '',
    '    def _access_token_of(self, response: httpx.Response) -> tuple[str, float]:',
    '        """The token URL\'s access token and the monotonic time it is kept to; its error response raised."""',
    '        if response.is_error:',
    '            raise self._make_status_error_from_response(response)',
    '        try:',
    '            payload: object = response.json()',
    '        except ValueError:',
    '            payload = None',
    '        data: dict[str, object] = cast("dict[str, object]", payload) if isinstance(payload, dict) else {}',
    '        token = data.get("access_token")',
    '        if not isinstance(token, str) or not token:',
    `            raise ${errorBaseName(pkg)}("The token URL answered without an access_token.")`,
    '        expires_in = data.get("expires_in")',
    '        if isinstance(expires_in, bool) or not isinstance(expires_in, (int, float)):',
    '            return token, float("inf")',
    '        # Kept until a tenth of its lifetime (at most a minute) before it expires.',
    '        lifetime = float(expires_in)',
    '        return token, time.monotonic() + lifetime - min(60.0, lifetime / 10)',
    '',
  ];
  return lines;
}

/** `if client_id is None …: return <value>` for the parts that may be None (none: no check). */
function optionalCheck(parts: readonly [PyClientOption, PyClientOption], value: string): string[] {
  const locals = ['client_id', 'client_secret'].filter((_, i) => !parts[i].required);
  return locals.length
    ? [
        `        if ${locals.map((local) => `${local} is None`).join(' or ')}:`,
        `            return${value ? ` ${value}` : ''}`,
      ]
    : [];
}
