import { SDKError } from '../core/error.js';

/**
 * Tagged template for request paths: path`/servers/${name}/releases/${id}`.
 *
 * Every interpolated value is percent-encoded with `encodeURIComponent`, so a value can never change the
 * shape of the path: `/`, `?` and `#` are escaped. Values that would still alter it once the URL is
 * normalised are rejected: the empty string (`//` collapses) and the dot segments `.` and `..`.
 */
export function path(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    const type = typeof value;
    const text =
      type === 'string' || type === 'number' || type === 'bigint' || type === 'boolean' ? String(value) : '';
    if (text === '' || text === '.' || text === '..') {
      throw new SDKError(
        `Invalid path parameter ${JSON.stringify(value) ?? String(value)} in ${strings.join('{}')}`,
      );
    }
    out += encodeURIComponent(text) + (strings[i + 1] ?? '');
  });
  return out;
}
