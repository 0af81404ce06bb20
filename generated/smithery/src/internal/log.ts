/** Verbosity of the client's logs; each level includes the ones before it. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where logs go (default: `console`). */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

export const LOG_LEVELS: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

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
