/**
 * The client's members for an OAuth2 client ID and secret (`sentAs.kind: 'clientCredentials'`): before each
 * authenticated request (`_prepare_options`), the client exchanges the two at the token URL for an access token
 * (`grant_type=client_credentials`, form-encoded; the two as HTTP Basic credentials or as form fields), keeps it until
 * shortly before `expires_in`, and sends it as `Authorization: Bearer` (`_client_credentials_headers`, which
 * `auth_headers` merges). A failed exchange raises the SDK's status error for the token URL's response. The API's 401
 * for the token held drops it, and the request is retried with a new one, once (`_should_retry`, when retries are left).
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

/** The members, for the sync or the async client. */
export function clientCredentialsMembers(pkg: PyPackage, isAsync: boolean): string[] {
  const pair = clientCredentialsPair(pkg);
  if (!pair) return [];
  const [id, secret] = pair;
  const flow = id.sentAs.kind === 'clientCredentials' ? id.sentAs.flow : null;
  if (!flow) return [];
  const aw = isAsync ? 'await ' : '';
  const form = [
    '"grant_type": "client_credentials"',
    ...(flow.scopes.length ? [`"scope": ${pyString(flow.scopes.join(' '))}`] : []),
    ...(flow.credentialsIn === 'body' ? ['"client_id": client_id', '"client_secret": client_secret'] : []),
  ];
  const fresh = 'held is not None and held[0] == client_id and held[1] == client_secret and held[3] > time.monotonic()';
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
    '        self._access_token = (client_id, client_secret, token, until)',
    '        self._access_token_renewed = token if self._access_token_renewing else None',
    '        self._access_token_renewing = False',
  ];
  const indent = (lines: string[]) => lines.map((line) => (line ? `    ${line}` : line));
  const lines = [
    '    # The access token exchanged for the client ID and secret: (ID, secret, token, monotonic time it is kept to).',
    '    _access_token: tuple[str, str, str, float] | None = None',
    ...(isAsync
      ? ['    _access_token_lock: anyio.Lock | None = None']
      : [
          '    _access_token_lock: threading.Lock | None = None',
          "    # Guards the making of each client's own lock above (held for an instant).",
          '    _access_token_lock_guard = threading.Lock()',
        ]),
    '    # A token exchanged in place of one the API refused (401), which is not replaced again; whether one is due.',
    '    _access_token_renewed: str | None = None',
    '    _access_token_renewing: bool = False',
    '',
    '    @property',
    `    def ${CLIENT_CREDENTIALS_HEADERS}(self) -> dict[str, str]:`,
    '        held = self._access_token',
    `        if held is None or held[0] != self.${id.name} or held[1] != self.${secret.name}:`,
    '            return {}',
    '        return {"Authorization": f"Bearer {held[2]}"}',
    '',
    '    @override',
    `    ${isAsync ? 'async ' : ''}def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:`,
    `        options = ${aw}super()._prepare_options(options)`,
    '        # (An operation asking for no credential sends none.)',
    '        if options.security != []:',
    `            ${aw}self._fetch_access_token()`,
    '        return options',
    '',
    '    @override',
    '    def _should_retry(self, response: httpx.Response) -> bool:',
    '        # The API refused the token held (401), which it may have revoked before it expires: the token is dropped',
    '        # and the request retried with a new one, once (a token exchanged so is not dropped for a 401 of its own).',
    '        held = self._access_token',
    '        if (',
    '            response.status_code == 401',
    '            and held is not None',
    '            and held[2] != self._access_token_renewed',
    '            and response.request.headers.get("Authorization") == f"Bearer {held[2]}"',
    '            and response.headers.get("x-should-retry") != "false"',
    '        ):',
    '            self._access_token = None',
    '            self._access_token_renewing = True',
    '            return True',
    '        return super()._should_retry(response)',
    '',
    `    ${isAsync ? 'async ' : ''}def _fetch_access_token(self) -> None:`,
    '        """',
    '        Exchanges the client ID and secret at the token URL for an access token (OAuth2 client credentials), unless',
    '        the one held for them is still fresh: it is kept until shortly before it expires.',
    '        """',
    `        client_id, client_secret = self.${id.name}, self.${secret.name}`,
    // (Only an optional one may be None: strict pyright refuses a comparison that is always false.)
    ...optionalCheck([id, secret]),
    '        held = self._access_token',
    `        if ${fresh}:`,
    '            return',
    ...(isAsync
      ? [
          '        if self._access_token_lock is None:',
          '            self._access_token_lock = anyio.Lock()',
          '        # One exchange at a time: calls waiting on it use its token.',
          '        async with self._access_token_lock:',
          '            held = self._access_token',
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
          '            held = self._access_token',
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

/** `if client_id is None …: return` for the parts that may be None (none: no check). */
function optionalCheck(parts: readonly [PyClientOption, PyClientOption]): string[] {
  const locals = ['client_id', 'client_secret'].filter((_, i) => !parts[i].required);
  return locals.length
    ? [`        if ${locals.map((local) => `${local} is None`).join(' or ')}:`, '            return']
    : [];
}
