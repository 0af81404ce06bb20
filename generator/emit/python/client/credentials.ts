/**
 * The client options that are credentials, the dummy value the tests and the README give each (shared by the
 * project planner, conftest.py, and the README planner), and which security schemes a method's request names.
 */
import type { Api, Method } from '../../../ir/types';
import { pyIdentifier, snakeCase } from '../../../naming/python';
import type { PyClientOption, PyPackage, PyResource } from '../types/model';
import { pyString } from '../docs/print-doc';

/** Constructor options the tests give a dummy value: the credentials. */
export function credentialOptions(pkg: PyPackage): PyClientOption[] {
  return pkg.clientOptions.filter((o) => o.sentAs.kind !== 'none' && /\bstr\b/.test(o.annotation));
}

/** "api_key" → "My API Key": the dummy credential the tests and the README show. */
export function dummyValue(option: PyClientOption): string {
  const words = option.name.split('_').filter(Boolean);
  const spelled = words.map((w) =>
    ['api', 'id', 'url'].includes(w) ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1),
  );
  return `My ${spelled.join(' ')}`;
}

/**
 * The options the tests' client is built with (tests/conftest.py), each with its value as Python: the credentials
 * (but a nullable OAuth2 client ID and secret), and the options the client cannot do without (neither nullable nor
 * defaulted). Each takes the config's `example` where it gives one of the option's type, else a dummy: `"My API Key"`,
 * `0`, `True`.
 */
export function testClientOptions(pkg: PyPackage, api: Api): Array<{ name: string; value: string }> {
  const examples = new Map<string, string>();
  for (const auth of api.auth)
    if (auth.kind !== 'basic' && auth.docs.example) examples.set(auth.option, auth.docs.example);
  for (const setting of api.settingOptions)
    if (setting.docs.example) examples.set(setting.option, setting.docs.example);
  const exampleOf = (option: PyClientOption): unknown => {
    for (const [name, json] of examples) if (pyIdentifier(name) === option.name) return JSON.parse(json) as unknown;
    return undefined;
  };
  // An OAuth2 client ID and secret that may be None are left out: given, the client would ask the token URL for a
  // token before each test's request (the mock server has no token URL). So is an option sent in a header that is no
  // credential, where the client may do without it and the config gives no example: as in Stainless's tests, the
  // client sends its default or nothing (a dummy may be a value the API refuses: cartesia's `cartesia-version`).
  const credentials = credentialOptions(pkg).filter(
    (o) =>
      (o.sentAs.kind !== 'clientCredentials' || o.required) &&
      (o.scheme !== null || o.required || exampleOf(o) !== undefined),
  );
  const needed = pkg.clientOptions.filter((o) => o.required && !credentials.includes(o) && o.sentAs.kind !== 'basic');
  return [...credentials, ...needed].map((option) => {
    const example = exampleOf(option);
    const str = /\bstr\b/.test(option.annotation);
    if (str && typeof example === 'string') return { name: option.name, value: pyString(example) };
    if (option.annotation === 'bool')
      return { name: option.name, value: typeof example === 'boolean' && !example ? 'False' : 'True' };
    if (!str) return { name: option.name, value: typeof example === 'number' ? String(example) : '0' };
    return { name: option.name, value: pyString(dummyValue(option)) };
  });
}

/** The security schemes the client holds a credential of, in order. */
export function credentialSchemes(pkg: PyPackage): string[] {
  return [...new Set(pkg.clientOptions.flatMap((o) => (o.scheme === null ? [] : [o.scheme])))];
}

/**
 * The `security` a method's request names, as a Python list of requirements (`[["bearer"], []]`, `[]` for none), or
 * null where the client's credentials as configured are the operation's: it has no security of its own, or its
 * first requirement names every scheme the client holds and any other is empty. With `bySecurityOptions`, as
 * `SecurityOptions` (requestSecurityOptions), `apiSecurity` being the API's own (undefined: not known, taken to be
 * the client's credentials as configured).
 */
export function requestSecurity(
  method: Method,
  pkg: PyPackage,
  bySecurityOptions = false,
  apiSecurity?: readonly string[][] | null,
): string | null {
  if (bySecurityOptions) return requestSecurityOptions(method, pkg, apiSecurity);
  if (!method.authenticated) return '[]';
  const own = method.security;
  if (!own) return null;
  const first = own[0] ?? [];
  const asConfigured =
    first.length > 0 &&
    credentialSchemes(pkg).every((scheme) => first.includes(scheme)) &&
    own.slice(1).every((requirement) => requirement.length === 0);
  if (asConfigured) return null;
  return `[${own.map((requirement) => `[${requirement.map(pyString).join(', ')}]`).join(', ')}]`;
}

/**
 * The `security` a method's request names as `SecurityOptions` (the client's `_auth_headers(security)`): the schemes
 * the client holds a credential of that some alternative of the operation's security names (`{"bearer_auth": True}`),
 * none (`{}`) for an operation asking for none; null where that is every scheme the client holds (a request's
 * default). An operation with no security of its own has the API's (`apiSecurity`); where the API names none either,
 * it names no scheme (`{}`), as Stainless's SDKs write it. `apiSecurity` undefined: the API's is not known, and such an
 * operation keeps the default.
 */
export function requestSecurityOptions(
  method: Method,
  pkg: PyPackage,
  apiSecurity?: readonly string[][] | null,
): string | null {
  const held = credentialSchemes(pkg);
  if (method.authenticated && !method.security && apiSecurity === undefined) return null;
  const security = !method.authenticated ? [] : (method.security ?? apiSecurity ?? []);
  const named = held.filter((scheme) => security.some((requirement) => requirement.includes(scheme)));
  if (named.length === held.length) return null;
  return `{${named.map((scheme) => `${pyString(snakeCase(scheme))}: True`).join(', ')}}`;
}

/** Whether some method's request names schemes of its own (the client then says what each scheme sends). */
export function namesSchemes(pkg: PyPackage): boolean {
  const resources: PyResource[] = [...pkg.resources, ...(pkg.topLevel ? [pkg.topLevel] : [])];
  const named = (resource: PyResource): boolean =>
    resource.methods.some((m) => m.ir.authenticated && requestSecurity(m.ir, pkg) !== null) ||
    resource.subresources.some(named);
  return resources.some(named);
}

/** The header an option's credential is sent in, null for a query param, a cookie or no credential. */
function credentialHeader(option: PyClientOption): string | null {
  switch (option.sentAs.kind) {
    case 'bearer':
    case 'basic':
      return 'Authorization';
    case 'header':
      return option.sentAs.name;
    default:
      return null;
  }
}

/**
 * `_scheme_options(scheme)`: the options holding each security scheme's credential (name, environment variable,
 * header), which a request naming schemes the client holds none of names in its error before it is sent.
 */
export function schemeOptionsMethod(pkg: PyPackage): string[] {
  const lines = ['    @override', '    def _scheme_options(self, scheme: str) -> tuple[SchemeOption, ...]:'];
  for (const scheme of credentialSchemes(pkg)) {
    const options = pkg.clientOptions.filter((o) => o.scheme === scheme && o.sentAs.kind !== 'none');
    if (!options.length) continue;
    const entries = options.map((option) => {
      const header = credentialHeader(option);
      const envVar = option.envVar === null ? 'None' : pyString(option.envVar);
      return `SchemeOption(${pyString(option.name)}, ${envVar}, ${header === null ? 'None' : pyString(header)})`;
    });
    lines.push(`        if scheme == ${pyString(scheme)}:`, `            return (${entries.join(', ')},)`);
  }
  lines.push('        return ()', '');
  return lines;
}

/**
 * Whether the client always sends the option's credential: it is required, and so is every other part of its scheme
 * (a username and its password).
 */
function alwaysSent(option: PyClientOption, credentials: readonly PyClientOption[]): boolean {
  if (!option.required) return false;
  if (option.sentAs.kind !== 'basic') return true;
  return credentials.every((o) => o.sentAs.kind !== 'basic' || o.scheme !== option.scheme || o.required);
}

/**
 * `_validate_headers`, as a Stainless client whose credentials may all be missing (`nullable`, or a username whose
 * password is) has it: before a request,
 * some credential header must be set (by an option or the request) or explicitly omitted (`Omit()`), else a
 * `TypeError` naming the options and headers. None where a credential is required (the client always has it) or
 * the API's security allows none (Stainless's own tests then call without one). Before `loose` (an older era), a
 * header counts only where the options holding its credential are set too, each scheme in turn.
 */
export function validateHeadersMethod(pkg: PyPackage, loose = true): string[] {
  const credentials = pkg.clientOptions.filter((o) => o.scheme !== null && o.sentAs.kind !== 'none');
  const inHeaders = credentials.filter((o) => credentialHeader(o) !== null);
  // Only as Stainless's clients from a config: a plain spec's optional credential may be one its API goes without.
  if (!pkg.fromStainlessConfig || !inHeaders.length) return [];
  // Every scheme unnamed: the security allows none (`{}`), and Stainless's own tests call without a credential.
  if (credentials.some((o) => alwaysSent(o, credentials)) || credentials.every((o) => o.unnamedScheme)) return [];
  const headers = [...new Set(inHeaders.map((o) => credentialHeader(o)!))];
  const lines = [
    '    @override',
    '    def _validate_headers(self, headers: Headers, custom_headers: Headers) -> None:',
  ];
  if (loose)
    for (const header of headers)
      lines.push(
        `        if headers.get(${pyString(header)}) or isinstance(custom_headers.get(${pyString(header)}), Omit):`,
        '            return',
        '',
      );
  else
    for (const scheme of [...new Set(inHeaders.map((o) => o.scheme))]) {
      const holding = inHeaders.filter((o) => o.scheme === scheme);
      const header = pyString(credentialHeader(holding[0])!);
      const set = holding.map((o) => `self.${o.name}`).join(' and ');
      lines.push(
        `        if ${set} and headers.get(${header}):`,
        '            return',
        `        if isinstance(custom_headers.get(${header}), Omit):`,
        '            return',
        '',
      );
    }
  const names = inHeaders.map((o) => o.name);
  // The message names each scheme's header, one a scheme (two may both be `Authorization`), as Stainless's does.
  const schemes = [...new Set(inHeaders.map((o) => o.scheme))];
  const quoted = schemes.map((scheme) => `\`${credentialHeader(inHeaders.find((o) => o.scheme === scheme)!)}\``);
  const several = schemes.length > 1;
  const message =
    `Could not resolve authentication method. Expected ${several ? 'either' : 'the'} ${listed(names)}` +
    ` to be set. Or for ${several ? 'one of the' : 'the'} ${quoted.join(' or ')} headers to be explicitly omitted`;
  // Stainless's message is itself wrapped in double quotes; a single-quoted literal keeps them readable.
  const literal = /^[^'\\\x00-\x1f\x7f]*$/.test(message) ? `'"${message}"'` : pyString(`"${message}"`);
  lines.push('        raise TypeError(', `            ${literal}`, '        )', '');
  return lines;
}

/** `a`, `a or b`, `a, b or c`: names listed as Stainless's messages list them. */
function listed(names: readonly string[]): string {
  return names.length > 2 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join(' or ');
}
