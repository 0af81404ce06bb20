import type { RequestOptions } from '../core/base-client.js';

// Where Stainless's SDKs export them from: code written against one (a client subclass's `prepareOptions`) imports
// them from here.
export type { FinalRequestOptions, RequestOptions } from '../core/base-client.js';

/** Every key of `RequestOptions` (the compiler checks that none is missing or extra). */
const KEYS: { [K in keyof Required<RequestOptions>]: true } = {
  timeout: true,
  maxRetries: true,
  headers: true,
  query: true,
  signal: true,
  idempotencyKey: true,
  fetchOptions: true,
  method: true,
  path: true,
  body: true,
  defaultBaseURL: true,
};

/**
 * Whether `value` is request options rather than a method's params (legacy call shape `list({ timeout: 5 })`):
 * a non-empty object whose keys are all request option names.
 */
export function isRequestOptions(value: unknown): value is RequestOptions {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => Object.hasOwn(KEYS, key));
}
