/**
 * The client's credentials as its members send them: `auth_headers` (with the per-scheme properties it reads),
 * `auth_query`, `auth_cookies`, `default_headers`, and where operations name their own schemes, what each scheme sends
 * and which options hold it. In the forms of Stainless's clients: one credential read into a local, several each a
 * property named after its scheme, merged in the order the schemes are declared.
 */
import { snakeCase } from '../../../naming/python';
import { pythonFormsOfEra, type StainlessPythonForms } from '../../../stainless/python-era';
import { credentialSchemes, namesSchemes, schemeOptionsMethod, validateHeadersMethod } from './credentials';
import type { PyClientOption, PyPackage } from '../types/model';
import { pyString } from '../docs/print-doc';
import { layoutConditional, layoutExpr } from '../py-layout';
import { CLIENT_CREDENTIALS_HEADERS, clientCredentialsMembers, clientCredentialsPair } from './print-client-oauth';

/**
 * The dict entry `{key: value}` of an option as an item of a dict display: spread only while it is set (a required
 * option is never None: no check).
 */
function entryIfSet(option: PyClientOption, dict: string): string {
  return option.required ? dict.slice(1, -1) : `**(${dict} if self.${option.name} is not None else {})`;
}

/**
 * Whether the option is a credential: of a security scheme. A config's other options sent in a header
 * (`send_in_header`) go with every request from `default_headers`, whatever security the operation names.
 */
function isCredential(option: PyClientOption): boolean {
  return option.scheme !== null && option.sentAs.kind !== 'none';
}

/**
 * The `default_headers` entries of the options that are no credential but sent in a header, as Stainless's clients
 * write them (openai's `"OpenAI-Organization": self.organization if self.organization is not None else Omit()`).
 */
function settingHeaders(pkg: PyPackage): string[] {
  return pkg.clientOptions.flatMap((option) => {
    if (option.scheme !== null || option.sentAs.kind !== 'header') return [];
    const value =
      option.annotation.replace(/ \| None$/, '') === 'str' ? `self.${option.name}` : `str(self.${option.name})`;
    const entry = option.required ? value : `${value} if self.${option.name} is not None else Omit()`;
    return [`            ${pyString(option.sentAs.name)}: ${entry},`];
  });
}

/** The forms of the client's era: given whole, or (an older caller) only whether it sends by `SecurityOptions`. */
function formsOf(forms: StainlessPythonForms | boolean): StainlessPythonForms {
  return typeof forms === 'boolean' ? { ...pythonFormsOfEra(null), securityOptions: forms } : forms;
}

/** Where an option's credential goes when sent: a dict display `{key: value}`; null for a basic part or no credential. */
function sent(option: PyClientOption): string | null {
  const value = `self.${option.name}`;
  switch (option.sentAs.kind) {
    case 'bearer':
      return `{"Authorization": f${pyString(`${option.sentAs.keyword} `.replace(/[{}]/g, (b) => b + b)).slice(0, -1)}{${value}}"}`;
    case 'header':
      return `{${pyString(option.sentAs.name)}: str(${value})}`;
    case 'query':
    case 'cookie':
      return `{${pyString(option.sentAs.name)}: ${value}}`;
    default:
      return null;
  }
}

/**
 * Whether requests name the schemes of their operation (`security=` in a method, the client's `_scheme_credentials`)
 * in the era of `forms`: sdkgen's list form, where some operation names schemes of its own.
 */
function namesSchemesIn(pkg: PyPackage, forms: StainlessPythonForms): boolean {
  return forms.requestSecurity && namesSchemes(pkg);
}

export function authMembers(pkg: PyPackage, isAsync: boolean, era: StainlessPythonForms | boolean = false): string[] {
  const forms = formsOf(era);
  const bySecurity = forms.securityOptions;
  const lines: string[] = [];
  const headerParts: string[] = [];
  const queryParts: string[] = [];
  const cookieParts: string[] = [];
  const basic = pkg.clientOptions.filter((o) => o.sentAs.kind === 'basic');
  // An OAuth2 client ID and secret: the token they are exchanged for (print-client-oauth.ts), in a dict display.
  const exchanged = clientCredentialsPair(pkg) !== null;
  if (exchanged) headerParts.push(`**self.${CLIENT_CREDENTIALS_HEADERS}`);
  // Several schemes may each set Authorization: the first one configured wins (later entries of a dict display win).
  const authorization: number[] = [];
  for (const option of pkg.clientOptions.filter(isCredential)) {
    const dict = sent(option);
    if (option.sentAs.kind === 'bearer' || (option === basic[0] && basic.length === 2))
      authorization.push(headerParts.length);
    if (option.sentAs.kind === 'bearer' || option.sentAs.kind === 'header') headerParts.push(entryIfSet(option, dict!));
    if (option.sentAs.kind === 'query') queryParts.push(entryIfSet(option, dict!));
    if (option.sentAs.kind === 'cookie') cookieParts.push(entryIfSet(option, dict!));
    if (option === basic[0] && basic.length === 2) headerParts.push('**self._basic_auth');
  }
  const reversed = authorization.map((i) => headerParts[i]).reverse();
  authorization.forEach((at, i) => (headerParts[at] = reversed[i]));
  const perRequest = bySecurity && !exchanged ? securityOptionsAuth(pkg, sent) : null;
  const stainless = perRequest || exchanged ? null : stainlessAuthHeaders(pkg, sent, forms);
  if (basic.length === 2 && !stainless && !perRequest) {
    lines.push('    @property', '    def _basic_auth(self) -> dict[str, str]:');
    // (Only the optional ones can be None: strict pyright refuses a comparison that is always false.)
    const optional = basic.filter((o) => !o.required);
    if (optional.length > 0)
      lines.push(`        if ${optional.map((o) => `self.${o.name} is None`).join(' or ')}:`, '            return {}');
    lines.push('        import base64', '');
    lines.push(
      `        credentials = f"{self.${basic[0].name}}:{self.${basic[1].name}}".encode("ascii")`,
      '        return {"Authorization": f"Basic {base64.b64encode(credentials).decode(\'ascii\')}"}',
      '',
    );
  }
  if (perRequest) lines.push(...perRequest);
  else if (stainless || headerParts.length > 0) {
    // (No credential in a header: no `auth_headers`, the base client's sends none, as Stainless's clients.)
    lines.push('    @property', '    @override', '    def auth_headers(self) -> dict[str, str]:');
    lines.push(...(stainless ?? [returnDict('        ', headerParts)]), '');
  }
  lines.push(...clientCredentialsMembers(pkg, isAsync));
  if (cookieParts.length) {
    lines.push('    @property', '    @override', `    def auth_cookies(self) -> dict[str, str]:`);
    lines.push(returnDict('        ', cookieParts), '');
  }
  lines.push(
    '    @property',
    '    @override',
    '    def default_headers(self) -> dict[str, str | Omit]:',
    '        return {',
    '            **super().default_headers,',
    `            "X-Stainless-Async": ${isAsync ? 'f"async:{get_async_library()}"' : '"false"'},`,
    ...settingHeaders(pkg),
    '            **self._custom_headers,',
    '        }',
    '',
  );
  // Credentials sent as query params are part of the client's default query, after the base client's and before
  // the caller's `default_query`, as Stainless's clients send them (onebusaway's `"key": self.api_key`).
  if (queryParts.length && !perRequest)
    lines.push(
      '    @property',
      '    @override',
      '    def default_query(self) -> dict[str, object]:',
      '        return {',
      '            **super().default_query,',
      ...queryParts.map((part) => `            ${part},`),
      '            **self._custom_query,',
      '        }',
      '',
    );
  if (namesSchemesIn(pkg, forms) && !perRequest)
    lines.push(...schemeCredentials(pkg, sent), ...schemeOptionsMethod(pkg));
  lines.push(...validateHeadersMethod(pkg, forms.looseAuthValidation));
  return lines;
}

/**
 * `_scheme_credentials(scheme)`: what the client's credential of each security scheme adds to a request whose
 * operation names its schemes, None while it has none.
 */
function schemeCredentials(pkg: PyPackage, sent: (option: PyClientOption) => string | null): string[] {
  const lines = ['    @override', '    def _scheme_credentials(self, scheme: str) -> AuthCredentials | None:'];
  const where = { bearer: 'headers', header: 'headers', basic: 'headers', query: 'query', cookie: 'cookies' } as const;
  for (const scheme of credentialSchemes(pkg)) {
    const options = pkg.clientOptions.filter((o) => o.scheme === scheme && o.sentAs.kind !== 'none');
    // An access token beside a client ID and secret (a spec's OAuth2 scheme): the token when given, else the exchange's.
    const paired = options.length > 2 && options.some((o) => o.sentAs.kind === 'clientCredentials');
    const [option] = paired ? options.filter((o) => o.sentAs.kind === 'clientCredentials') : options;
    if (!option || option.sentAs.kind === 'none') continue;
    lines.push(`        if scheme == ${pyString(scheme)}:`);
    for (const token of paired ? options.filter((o) => o.sentAs.kind === 'bearer') : [])
      lines.push(
        `            if self.${token.name} is not None:`,
        `                return AuthCredentials(headers=${sent(token)})`,
      );
    if (option.sentAs.kind === 'clientCredentials') {
      const held = `self.${CLIENT_CREDENTIALS_HEADERS}`;
      lines.push(`            return AuthCredentials(headers=${held}) if ${held} else None`);
      continue;
    }
    if (option.sentAs.kind === 'basic') {
      if (options.length !== 2) continue;
      lines.push('            return AuthCredentials(headers=self._basic_auth) if self._basic_auth else None');
      continue;
    }
    const credentials = `AuthCredentials(${where[option.sentAs.kind]}=${sent(option)})`;
    lines.push(
      option.required
        ? `            return ${credentials}`
        : (layoutConditional('            ', 'return ', credentials, `self.${option.name} is not None`, 'None') ??
            `            return ${credentials} if self.${option.name} is not None else None`),
    );
  }
  lines.push('        return None', '');
  return lines;
}

/** `return {…}` at `indent`, laid out as Ruff would, so that the module need not go through Ruff (py-layout.ts). */
function returnDict(indent: string, parts: readonly string[]): string {
  return layoutExpr(indent, 'return ', `{${parts.join(', ')}}`) ?? `${indent}return {${parts.join(', ')}}`;
}

/** Names a credential's property may not take: the base client's own private members. */
const BASE_CLIENT_MEMBERS: ReadonlySet<string> = new Set([
  '_client',
  '_version',
  '_base_url',
  '_platform',
  '_environment',
  '_basic_auth',
  '_custom_headers',
  '_custom_query',
  '_idempotency_header',
  '_default_stream_cls',
  '_strict_response_validation',
]);

/**
 * `auth_headers`'s body and the members after it, as Stainless's clients have them, or null where the dict display
 * of every credential stands (a credential sent otherwise than in a header beside others, two options of one scheme):
 * - one credential in a header: read into a local, `{}` while it is None (an optional one), else its header;
 * - a username and a password (HTTP basic): `{}` while an optional one is None, else the encoded pair;
 * - several, each of its own scheme (a username and a password one): a property per scheme (`_bearer_auth` of
 *   `BearerAuth`), merged in the order the schemes are declared (`AuthScheme.declared`), whatever the order of the
 *   security's alternatives, as Stainless's clients merge them; before `mergedAuthHeaders`, the first of them
 *   configured alone, in the same order (`if self._a: return self._a`).
 */
function stainlessAuthHeaders(
  pkg: PyPackage,
  sent: (option: PyClientOption) => string | null,
  forms: StainlessPythonForms,
): string[] | null {
  const credentials = pkg.clientOptions.filter(isCredential);
  const inHeaders = credentials.filter((o) => o.sentAs.kind === 'bearer' || o.sentAs.kind === 'header');
  const basic = credentials.filter((o) => o.sentAs.kind === 'basic');
  if (basic.length === 2 && basic.length === credentials.length) {
    if (namesSchemesIn(pkg, forms)) return null;
    const optional = basic.filter((o) => !o.required);
    return [
      ...(optional.length
        ? [`        if ${optional.map((o) => `self.${o.name} is None`).join(' or ')}:`, '            return {}']
        : []),
      `        credentials = f"{self.${basic[0].name}}:{self.${basic[1].name}}".encode("ascii")`,
      '        header = f"Basic {base64.b64encode(credentials).decode(\'ascii\')}"',
      '        return {"Authorization": header}',
    ];
  }
  if (!inHeaders.length || (basic.length && (basic.length !== 2 || namesSchemesIn(pkg, forms)))) return null;
  if (inHeaders.length === 1 && !basic.length) return readAndSend(inHeaders[0], sent, '        ');
  // One property a scheme: each header credential's, and the username and password's together.
  const perScheme = [...inHeaders, ...basic.slice(0, 1)];
  // (Without a Stainless config, a username and a password beside other credentials keep sdkgen's dict display.)
  if (basic.length && perScheme.some((o) => o.declared === undefined)) return null;
  const schemes = perScheme.map((o) => o.scheme);
  if (schemes.some((s) => s === null) || new Set(schemes).size !== schemes.length) return null;
  const names = perScheme.map(schemeProperty);
  // (sdkgen's own `_basic_auth` helper is not printed beside these properties: a scheme's may take its name.)
  const taken = new Set([...pkg.clientOptions.map((o) => o.name), ...BASE_CLIENT_MEMBERS]);
  taken.delete('_basic_auth');
  if (names.some((n) => taken.has(n) || !/^_[a-z_][a-z0-9_]*$/.test(n)) || new Set(names).size !== names.length)
    return null;
  // In the order the schemes are declared: later entries of the dict display win, so the last declared configured
  // is sent where two set one header (Stainless's order; before it merged them, the first declared configured).
  const ordered = perScheme
    .map((option, i) => ({ option, i }))
    .sort((a, b) => (a.option.declared ?? Infinity) - (b.option.declared ?? Infinity) || a.i - b.i)
    .map(({ option }) => option);
  const lines = forms.mergedAuthHeaders
    ? [
        returnDict(
          '        ',
          ordered.map((o) => `**self.${schemeProperty(o)}`),
        ),
        '',
      ]
    : [
        ...ordered.flatMap((o) => [
          `        if self.${schemeProperty(o)}:`,
          `            return self.${schemeProperty(o)}`,
        ]),
        '        return {}',
        '',
      ];
  for (const option of ordered)
    lines.push(...(option.sentAs.kind === 'basic' ? basicProperty(option, basic) : credentialProperty(option, sent)));
  return lines.slice(0, -1);
}

/** The key of a security scheme in a request's `SecurityOptions` and the name of its credential's property. */
export function securityOptionKey(scheme: string): string {
  return snakeCase(scheme);
}

/**
 * `_auth_headers(security)` and `_auth_query(security)`, each merging the credentials of the schemes `security`
 * marks, then a property per scheme: what its credential sends (`{}` while an optional one is None). Null where a
 * credential has no scheme of its own or is not sent in a header or a query param (basic auth, a cookie): the
 * client then sends its credentials whatever the operation's security.
 */
function securityOptionsAuth(pkg: PyPackage, sent: (option: PyClientOption) => string | null): string[] | null {
  const credentials = pkg.clientOptions.filter(isCredential);
  const sendable = (o: PyClientOption) => ['bearer', 'header', 'query'].includes(o.sentAs.kind) && o.scheme !== null;
  if (!credentials.length || !credentials.every(sendable)) return null;
  const schemes = credentials.map((o) => o.scheme!);
  const taken = new Set([...pkg.clientOptions.map((o) => o.name), ...BASE_CLIENT_MEMBERS]);
  if (new Set(schemes).size !== schemes.length) return null;
  if (credentials.some((o) => taken.has(schemeProperty(o)) || !/^_[a-z_][a-z0-9_]*$/.test(schemeProperty(o))))
    return null;
  const lines: string[] = [];
  for (const [method, inQuery] of [
    ['_auth_headers', false],
    ['_auth_query', true],
  ] as const) {
    const own = credentials.filter((o) => (o.sentAs.kind === 'query') === inQuery);
    if (!own.length) continue;
    lines.push(
      '    @override',
      `    def ${method}(self, security: SecurityOptions) -> dict[str, str]:`,
      '        return {',
    );
    for (const option of own)
      lines.push(
        `            **(self.${schemeProperty(option)} if security.get(${pyString(securityOptionKey(option.scheme!))}, False) else {}),`,
      );
    lines.push('        }', '');
  }
  for (const option of credentials) lines.push(...credentialProperty(option, sent));
  return lines;
}

/** The client's property holding what a scheme's credential sends: `_bearer_auth` of `BearerAuth`. */
function schemeProperty(option: PyClientOption): string {
  return `_${securityOptionKey(option.scheme!)}`;
}

/** That property: what the credential sends, `{}` while an optional one is None. */
function credentialProperty(option: PyClientOption, sent: (option: PyClientOption) => string | null): string[] {
  return [
    '    @property',
    `    def ${schemeProperty(option)}(self) -> dict[str, str]:`,
    ...readAndSend(option, sent, '        '),
    '',
  ];
}

/**
 * The property of a username and a password's scheme among others: `{}` while an optional part is None (each part
 * checked on its own), else their `Authorization` header, encoded inline (the module imports `base64`).
 */
function basicProperty(option: PyClientOption, parts: readonly PyClientOption[]): string[] {
  const part = (role: 'username' | 'password') =>
    parts.find((o) => o.sentAs.kind === 'basic' && o.sentAs.part === role)!.name;
  return [
    '    @property',
    `    def ${schemeProperty(option)}(self) -> dict[str, str]:`,
    ...parts.filter((o) => !o.required).flatMap((o) => [`        if self.${o.name} is None:`, '            return {}']),
    `        credentials = f"{self.${part('username')}}:{self.${part('password')}}".encode("ascii")`,
    '        header = f"Basic {base64.b64encode(credentials).decode(\'ascii\')}"',
    '        return {"Authorization": header}',
    '',
  ];
}

/** The credential read into a local, `{}` while it is None (an optional one), else what it sends. */
function readAndSend(
  option: PyClientOption,
  sent: (option: PyClientOption) => string | null,
  indent: string,
): string[] {
  const local = option.name;
  const value = option.annotation === 'str' ? local : `str(${local})`;
  const dict = sent(option)!.replace(`str(self.${local})`, value).replace(`{self.${local}}`, `{${local}}`);
  return [
    `${indent}${local} = self.${local}`,
    ...(option.required ? [] : [`${indent}if ${local} is None:`, `${indent}    return {}`]),
    layoutExpr(indent, 'return ', dict) ?? `${indent}return ${dict}`,
  ];
}

/** Whether the client module imports `base64` (its credentials are a username and a password, encoded inline). */
export function encodesBasicAuth(pkg: PyPackage, era: StainlessPythonForms | boolean = false): boolean {
  const forms = formsOf(era);
  const basic = pkg.clientOptions.filter((o) => o.sentAs.kind === 'basic');
  if (basic.length !== 2 || namesSchemesIn(pkg, forms)) return false;
  return (
    !(forms.securityOptions && securityOptionsAuth(pkg, sent) !== null) &&
    stainlessAuthHeaders(pkg, sent, forms) !== null
  );
}

/**
 * Whether the client of `forms` sends each request the credentials of the schemes its `SecurityOptions` marks
 * (`_auth_headers(security)`): its era's form, and every credential one `_auth_headers` can send.
 */
export function sendsBySecurityOptions(pkg: PyPackage, forms: StainlessPythonForms): boolean {
  return forms.securityOptions && securityOptionsAuth(pkg, () => '{}') !== null;
}
