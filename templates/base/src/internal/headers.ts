import { SDKError } from '../core/error.js';

/** One layer of headers: `undefined` leaves a header alone, `null` removes it, anything else sets it. */
export type HeadersLayer = Record<string, unknown> | null | undefined;

/**
 * Merges header layers, later layers winning (names are case-insensitive). Arrays are comma-joined and
 * objects sent as `k,v,k,v` (OpenAPI `simple` style). A value or name containing CR or LF is rejected
 * before anything is sent: it could otherwise smuggle extra headers.
 */
export function buildHeaders(layers: HeadersLayer[]): Headers {
  const headers = new Headers();
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer ?? {})) {
      if (value === undefined) continue;
      if (value === null) {
        headers.delete(name);
        continue;
      }
      const text = Array.isArray(value)
        ? value.join(',')
        : typeof value === 'object'
          ? Object.entries(value).flat().join(',')
          : String(value);
      if (/[\r\n]/.test(name + text)) {
        throw new SDKError(
          `Invalid header ${JSON.stringify(name)}: names and values must not contain CR or LF`,
        );
      }
      headers.set(name, text);
    }
  }
  return headers;
}
