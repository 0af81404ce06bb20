/** Verbosity of the client's logs; each level includes the ones before it. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where logs go (default: `console`). */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

export const LOG_LEVELS: Record<LogLevel, number> = {
  off: 0,
  error: 1,
  warn: 2,
  info: 3,
  debug: 4,
};

/** Header and query parameter names whose values never appear in logs. */
const SECRET = /key|token|secret|auth|cookie|password|session|signature|credential/i;
const REDACTED = '***';

/** A copy of `headers` for logging, with the values of secret-looking headers replaced by `***`. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers)) out[name] = SECRET.test(name) ? REDACTED : (headers[name] ?? '');
  return out;
}

/**
 * The URL for logging: credentials in the authority and the values of secret-looking query parameters, or of
 * `secretParams` (the client's auth query parameters), replaced by `***`.
 */
export function redactURL(url: string, secretParams: string[]): string {
  const parsed = new URL(url);
  if (parsed.username || parsed.password) {
    parsed.username = REDACTED;
    parsed.password = '';
  }
  for (const name of new Set(parsed.searchParams.keys())) {
    if (SECRET.test(name) || secretParams.includes(name)) parsed.searchParams.set(name, REDACTED);
  }
  return parsed.toString();
}

/** A new id for the log lines of one call (`log_` and 6 hex digits), shared by its retries. */
export function logID(): string {
  return `log_${Math.floor(Math.random() * 0x1000000)
    .toString(16)
    .padStart(6, '0')}`;
}

/**
 * The secret values of a request, to keep them out of logged bodies (an echo endpoint would send them back): the
 * values of secret-looking headers (whole, and the credential after a scheme such as `Bearer`) and of
 * secret-looking or `secretParams` query parameters, longest first; values shorter than 4 characters are left out.
 */
export function secretValues(headers: Record<string, string>, url: string, secretParams: string[]): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (SECRET.test(name)) values.push(value, value.slice(value.indexOf(' ') + 1));
  }
  for (const [name, value] of new URL(url).searchParams) {
    if (SECRET.test(name) || secretParams.includes(name)) values.push(value);
  }
  return values.filter((value) => value.length > 3).sort((a, b) => b.length - a.length);
}

/** A body for the debug log: its text (JSON for plain objects and arrays), secret values replaced by `***`. */
export function loggedBody(body: unknown, encoding: string | undefined, secrets: string[]): unknown {
  const plain =
    typeof body !== 'object' ||
    body === null ||
    Array.isArray(body) ||
    Object.getPrototypeOf(body) === Object.prototype;
  // Uploads and other objects (FormData, Blob, streams…) are only named.
  if (encoding === 'multipart' || encoding === 'binary' || !plain) return `[${encoding ?? 'object'} body]`;
  let text = typeof body === 'string' ? body : (JSON.stringify(body) ?? '');
  for (const secret of secrets) text = text.split(secret).join(REDACTED);
  return text;
}
