import { SDKError } from '../core/error.js';

/**
 * Headers as callers may give them: a plain object (a `null` value removes a header the client would otherwise
 * send), a `Headers`, or `[name, value]` pairs.
 */
export type HeadersLike =
  | Record<string, string | null | undefined>
  | Headers
  | ReadonlyArray<readonly [string, string | null | undefined] | readonly string[]>;

/**
 * What `buildHeaders` returns. Stainless's SDKs name their merged headers so: a client subclass's `authHeaders`
 * written for one (`Promise<NullableHeaders | undefined>`, returning `buildHeaders([...])`) compiles against this.
 */
export type NullableHeaders = Record<string, string>;

/** One layer of headers: `undefined` leaves a header alone, `null` removes it, anything else sets it. */
export type HeadersLayer = HeadersLike | Record<string, unknown> | null | undefined;

/** An HTTP header name (RFC 9110 token). */
const NAME = /^[!#$%&'*+.^`|~\w-]+$/;
/** What a header value must not contain: CR or LF could smuggle extra headers, NUL is never valid. */
const FORBIDDEN_IN_VALUE = /[\r\n\0]/;

/**
 * Merges header layers into a plain object with lower-case names, later layers winning (names are
 * case-insensitive), except `Cookie`: the cookies of every layer are kept, joined with `; ` in layer order, so
 * that a caller's Cookie header adds to the API key and cookie parameters rather than replacing them (a `null`
 * still removes all of them). Arrays are comma-joined and objects sent as `k,v,k,v` (OpenAPI `simple` style).
 * An invalid name, or a value containing CR or LF, is rejected before anything is sent: it could otherwise
 * smuggle extra headers. (A plain object rather than `Headers`: fetch copies its headers anyway, and building a
 * `Headers` first costs more than the rest of the header work.)
 */
export function mergeHeaders(layers: HeadersLayer[]): Record<string, string> {
  // No prototype: a header named `__proto__` is a header like any other.
  const headers: Record<string, string> = Object.create(null);
  for (const layer of layers) {
    if (!layer) continue;
    for (const [name, value] of entries(layer)) {
      if (value === undefined) continue;
      const key = name.toLowerCase();
      if (value === null) {
        delete headers[key];
        continue;
      }
      const text =
        typeof value === 'object'
          ? (Array.isArray(value) ? value : Object.entries(value).flat()).join(',')
          : String(value);
      if (!NAME.test(name) || FORBIDDEN_IN_VALUE.test(text)) {
        throw new SDKError(
          `Invalid header ${JSON.stringify(name)}: a name that is no token, or CR or LF in the value`,
        );
      }
      // Cookie headers add up (`a=1; b=2`, in layer order); a null removes the ones before.
      headers[key] = key === 'cookie' && headers[key] ? `${headers[key]}; ${text}` : text;
    }
  }
  return headers;
}

/**
 * The `[name, value]` entries of a layer. `Headers` and pairs may repeat a name: its values are joined with
 * `, ` (as `Headers.get` does), so the layer still sets the header once.
 */
function entries(layer: NonNullable<HeadersLayer>): Array<[string, unknown]> {
  // A plain object, else `Headers` or pairs (both iterable).
  if (!(Symbol.iterator in layer)) return Object.entries(layer);
  const joined = new Map<string, unknown>();
  for (const [name, value] of layer as Iterable<readonly unknown[]>) {
    if (typeof name !== 'string') throw new SDKError('Invalid header: a name must be a string');
    const key = name.toLowerCase();
    const before = joined.get(key);
    joined.set(key, typeof before === 'string' && typeof value === 'string' ? `${before}, ${value}` : value);
  }
  return [...joined];
}

/**
 * Headers from newline-separated `Name: value` lines (the `<ENV>_CUSTOM_HEADERS` environment variable); blank
 * lines are skipped, other lines without a header name before a colon are passed to `invalid`.
 */
export function parseHeaderLines(
  text: string | undefined,
  invalid: (line: string) => void,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text?.split(/\r?\n/) ?? []) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (colon > 0 && NAME.test(name)) headers[name] = line.slice(colon + 1).trim();
    else if (line.trim()) invalid(line);
  }
  return headers;
}

/** The client's merge, under the name code written for Stainless's SDKs calls it by. */
export { mergeHeaders as buildHeaders };
