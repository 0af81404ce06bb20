/** Retry policy: which responses are retried and how long to wait before the next attempt. */

/**
 * Exponential backoff: the first retry's delay, doubled for each retry after it up to the cap, in milliseconds
 * (500 and 8,000 where the client has none).
 */
export type RetryBackoff = [initialMs: number, maxMs: number];

const MAX_SERVER_DELAY_MS = 60_000;

/** `x-should-retry: true|false` decides; otherwise 408, 409, 429 and 5xx are retried. */
export function shouldRetry(response: Response): boolean {
  const hint = response.headers.get('x-should-retry');
  if (hint === 'true' || hint === 'false') return hint === 'true';
  const { status } = response;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Milliseconds to wait before retry number `retry` (0 for the first retry).
 *
 * The server's `retry-after-ms`, or `Retry-After` in seconds or as an HTTP date, is honoured when it asks for
 * more than 0 and at most 60 seconds; otherwise exponential backoff (from 0.5 s, capped at 8 s, unless the client
 * says otherwise), minus up to 25% jitter so that clients that failed together do not retry together.
 */
export function retryDelay(retry: number, headers?: Headers, backoff?: RetryBackoff): number {
  return serverRetryDelay(headers) ?? backoffDelay(retry, backoff);
}

/** The server's delay (`retry-after-ms`, else `Retry-After`) in milliseconds, where it is over 0 and at most 60 s. */
export function serverRetryDelay(headers: Headers | undefined): number | undefined {
  const ms = headers && serverDelay(headers);
  return ms && ms > 0 && ms <= MAX_SERVER_DELAY_MS ? ms : undefined;
}

/** The backoff's delay before retry number `retry` (0 for the first), jitter taken off. */
export function backoffDelay(retry: number, [initialMs, maxMs]: RetryBackoff = [500, 8000]): number {
  const delay = Math.min(initialMs * 2 ** retry, maxMs);
  return delay * (1 - Math.random() * 0.25);
}

function serverDelay(headers: Headers): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms && Number.isFinite(+ms)) return +ms;
  const after = headers.get('retry-after')?.trim();
  if (!after) return undefined;
  // Either delta-seconds ("120") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT").
  return /^\d+(\.\d+)?$/.test(after) ? +after * 1000 : Date.parse(after) - Date.now();
}
