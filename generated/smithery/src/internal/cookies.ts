import { SDKError } from '../core/error.js';

/**
 * The `Cookie` header for a method's cookie parameters: `name=value; name2=value2`, in the order given, or
 * `undefined` when every value is undefined or null (those are left out, so no header is sent for them).
 *
 * Values are percent-encoded with `encodeURIComponent`, so a value can never add a cookie (`;`, `=`), hold
 * characters a cookie value may not (spaces, `"`, `,`, `\`) or end the header (CR/LF). The server sees the encoded
 * text. Names are the spec's, which the generator has checked to be HTTP tokens (RFC 6265 §4.1.1).
 *
 * The parameters `forms` names (the spec's arrays and objects) are written in OpenAPI's `form` style: `id=3,4,5`,
 * `id=role,admin,name,Al` (the parts encoded, joined by `,`); exploded (`true`), as cookies of their own:
 * `id=3; id=4; id=5`, `role=admin; name=Al` (an object's keys encoded too). Any other value must be a string,
 * number, bigint or boolean, else it is rejected with an error. Imported by the methods that have cookie parameters
 * only, so other programs do not bundle it; the client joins the result with the other Cookie headers of the
 * request (see `mergeHeaders`).
 */
export function cookieHeader(
  cookies: Record<string, unknown>,
  forms: Record<string, boolean> = {},
): string | undefined {
  const pairs: string[] = [];
  for (const name of Object.keys(cookies)) {
    const value = cookies[name];
    if (value === undefined || value === null) continue;
    const form = Object.prototype.hasOwnProperty.call(forms, name);
    const explode = form && forms[name] === true;
    if (form && Array.isArray(value)) {
      const items = value
        .filter((item) => item !== undefined && item !== null)
        .map((item) => cookieText(name, item));
      if (explode) for (const item of items) pairs.push(`${name}=${item}`);
      else pairs.push(`${name}=${items.join(',')}`);
    } else if (form && typeof value === 'object') {
      const members = Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined && item !== null)
        .map(([key, item]) => [encodeURIComponent(key), cookieText(name, item)] as const);
      if (explode) for (const [key, item] of members) pairs.push(`${key}=${item}`);
      else pairs.push(`${name}=${members.map(([key, item]) => `${key},${item}`).join(',')}`);
    } else pairs.push(`${name}=${cookieText(name, value)}`);
  }
  return pairs.length > 0 ? pairs.join('; ') : undefined;
}

/** One value of cookie `name`, percent-encoded; an error for anything but a string, number, bigint or boolean. */
function cookieText(name: string, value: unknown): string {
  const type = typeof value;
  if (type !== 'string' && type !== 'number' && type !== 'bigint' && type !== 'boolean') {
    throw new SDKError(
      `Invalid cookie parameter ${JSON.stringify(name)}: expected a string, number or boolean, or an array or object of them`,
    );
  }
  return encodeURIComponent(String(value));
}
