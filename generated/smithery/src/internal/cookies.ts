import { SDKError } from '../core/error.js';

/**
 * The `Cookie` header for a method's cookie parameters: `name=value; name2=value2`, in the order given, or
 * `undefined` when every value is undefined or null (those are left out, so no header is sent for them).
 *
 * Values are percent-encoded with `encodeURIComponent`, so a value can never add a cookie (`;`, `=`), hold
 * characters a cookie value may not (spaces, `"`, `,`, `\`) or end the header (CR/LF). The server sees the encoded
 * text. Names are the spec's, which the generator has checked to be HTTP tokens (RFC 6265 §4.1.1).
 *
 * Only strings, numbers, bigints and booleans are sent: arrays and objects have no agreed cookie form, and are
 * rejected. Imported by the methods that have cookie parameters only, so other programs do not bundle it; the
 * client joins the result with the other Cookie headers of the request (see `buildHeaders`).
 */
export function cookieHeader(cookies: Record<string, unknown>): string | undefined {
  const pairs: string[] = [];
  for (const name of Object.keys(cookies)) {
    const value = cookies[name];
    if (value === undefined || value === null) continue;
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'bigint' && type !== 'boolean') {
      throw new SDKError(
        `Invalid cookie parameter ${JSON.stringify(name)}: expected a string, number or boolean`,
      );
    }
    pairs.push(`${name}=${encodeURIComponent(String(value))}`);
  }
  return pairs.length > 0 ? pairs.join('; ') : undefined;
}
