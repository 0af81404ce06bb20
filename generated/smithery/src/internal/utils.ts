import { SDKError } from '../core/error.js';

/** Resolves after `ms` milliseconds, or as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, signal?.aborted ? 0 : ms);
    signal?.addEventListener('abort', done);
  });
}

/** A random RFC 4122 version 4 UUID (crypto.randomUUID needs a secure context in browsers). */
export function uuid4(): string {
  return (
    (globalThis.crypto as typeof globalThis.crypto | undefined)?.randomUUID?.() ??
    'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
      const r = (Math.random() * 16) | 0;
      return (c === 'x' ? r : (r & 3) | 8).toString(16);
    })
  );
}

/**
 * The URL of a request whose path is an absolute URL (a next-page link), with the client's query (`query`, as
 * `search`): only on the base URL's origin (another would receive the credentials), and our values replace the
 * link's of the same names (a link may echo the auth parameter). Passed in the request (`absoluteURL`) by the page
 * that follows the link, so that programs that never follow one do not bundle it.
 */
export function absoluteURL(
  path: string,
  baseURL: string,
  query: Record<string, unknown>,
  search: string,
): string {
  const url = new URL(path);
  // A relative base URL (outside a page) names no origin to check the link against.
  const origin = /^[a-z][a-z\d+.-]*:/i.test(baseURL)
    ? new URL(baseURL).origin
    : `none: the base URL ${baseURL} is relative`;
  if (url.origin !== origin) {
    throw new SDKError(`Refusing to request ${url.origin}: it is not the API's origin (${origin}).`);
  }
  for (const key of Object.keys(query)) url.searchParams.delete(key);
  if (search) url.search = url.search ? `${url.search}&${search}` : search;
  return url.toString();
}

/** Whether `value` can be iterated with `for await` (streams, async generators, Node readables). */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return value != null && typeof (value as Record<symbol, unknown>)[Symbol.asyncIterator] === 'function';
}
