/** Verbosity of the client's logs; each level includes the ones before it. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where logs go (default: `console`). */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

/** The levels, least verbose first: a level's index is its verbosity. */
export const LOG_LEVELS: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

/** Header and query parameter names whose values never appear in logs. */
const SECRET = /key|token|secret|auth|cookie|password|session|signature|credential/i;
const REDACTED = '***';

/**
 * Headers for logging (an object's entries or a response's `Headers`), secret-looking values as `***`. (`Headers` is
 * iterable in every runtime; typed so for SDKs whose tsconfig leaves out the DOM.Iterable lib.)
 */
export function redactHeaders(headers: Iterable<[string, string]> | Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers as Iterable<[string, string]>)
    out[name] = SECRET.test(name) ? REDACTED : value;
  return out;
}

/**
 * What the debug log shows of a request: its URL, with credentials in the authority and the values of
 * secret-looking query parameters, or of those named in `secretParams` (the client's auth query), replaced by
 * `***`; and a function that replaces the request's secret values by `***` in a body's text, wherever they appear
 * (an echo endpoint would send them back). The secret values are those of secret-looking headers (whole, and the
 * credential after a scheme such as `Bearer`) and of the redacted query parameters; values shorter than 4
 * characters are left alone.
 */
export function redactRequest(
  url: string,
  headers: Record<string, string>,
  secretParams: Record<string, string>,
): [url: string, redact: (text: string) => string] {
  // A relative URL (a relative base URL, for a custom fetch) is parsed against a placeholder scheme, dropped after.
  const parsed = new URL(url, 'x:/');
  if (parsed.username || parsed.password) {
    parsed.username = REDACTED;
    parsed.password = '';
  }
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (SECRET.test(name)) secrets.push(value, value.slice(value.indexOf(' ') + 1));
  }
  for (const [name, value] of [...(parsed.searchParams as unknown as Iterable<[string, string]>)]) {
    if (SECRET.test(name) || Object.hasOwn(secretParams, name)) {
      secrets.push(value);
      parsed.searchParams.set(name, REDACTED);
    }
  }
  // Longest first: a secret may contain a shorter one.
  const replaced = secrets.filter((value) => value.length > 3).sort((a, b) => b.length - a.length);
  return [
    parsed.href.replace(/^x:/, ''),
    (text) => replaced.reduce((redacted, secret) => redacted.replaceAll(secret, REDACTED), text),
  ];
}
