// Results for the standalone functions (`src/funcs/*`): a call that resolves to a value or to the error it
// failed with, instead of throwing. Only the functions import this module, so the class API never bundles it.

import { APIError } from './error.js';

/** The outcome of a standalone function: `ok: true` with its value, or `ok: false` with the error. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/**
 * Awaits `promise` (an `APIPromise` or `PagePromise`) and returns its value as a `Result`. Every `APIError` —
 * an error response, and the connection, timeout and abort errors that never got one — becomes
 * `{ ok: false, error }`. Anything else still rejects: an `SDKError` about the call itself (an empty or `..` path
 * parameter, a body it cannot encode) or a bug, which are no outcome of the request for the caller to handle.
 *
 * `E` is the union of the error classes the call documents; the value is the one the runtime threw (an error
 * response is an instance of the class its status maps to, whose `error` holds the parsed body).
 */
export async function toResult<T, E extends APIError>(promise: PromiseLike<T>): Promise<Result<T, E>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (error instanceof APIError) return { ok: false, error: error as E };
    throw error;
  }
}
