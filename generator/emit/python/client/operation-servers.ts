/**
 * An operation with a server of its own (`servers` on the operation or its path item, `Method.defaultBaseUrl` in the
 * IR, generator/ir/client.ts `operationBaseUrl`): its method sends the request to that server's absolute URL, unless
 * the client's base URL was set (the `base_url` argument or the `<PREFIX>_BASE_URL` variable), which then wins, as in
 * Stainless's Python SDKs (a client flag `_base_url_overridden`, kept by `copy`; choosing an environment is no
 * override). The TypeScript runtime does the same with `defaultBaseURL` (core/base-client).
 *
 * Hooks: print-client.ts (the flag, set in `__init__`), print-client-copy.ts (kept by `copy`), resources/
 * print-request.ts (the URL argument).
 */
import type { PyMethod, PyPackage, PyResource } from '../types/model';

/** Whether a method of the package sends its request to a server of its own. */
export function hasOperationServers(pkg: PyPackage): boolean {
  const some = (resources: PyResource[]): boolean =>
    resources.some((r) => r.methods.some((m) => m.ir.defaultBaseUrl !== undefined) || some(r.subresources));
  return some([...(pkg.topLevel ? [pkg.topLevel] : []), ...pkg.resources]);
}

/** `__init__`'s line recording whether `base_url` was given (or read from the environment) before any default. */
export function baseUrlOverriddenLine(pkg: PyPackage, indent: string, value = 'base_url is not None'): string[] {
  return hasOperationServers(pkg) ? [`${indent}self._base_url_overridden = ${value}`] : [];
}

/** `copy`'s line handing the flag on to the copy (whose `base_url` is always given). */
export function copiedBaseUrlOverriddenLine(pkg: PyPackage, copy: string): string[] {
  return hasOperationServers(pkg)
    ? [`        ${copy}._base_url_overridden = self._base_url_overridden or base_url is not None`]
    : [];
}

/**
 * The URL argument of a method: `path` (its printed path expression, flat) where it has no server of its own, else
 * `path if self._client._base_url_overridden else <the server's URL and the path>`; `absolute` prints the path with
 * the server's URL before it (the URL's braces doubled where the path is an f-string or a template).
 */
export function operationUrl(method: PyMethod, path: string, absolute: (prefix: string) => string): string {
  const server = method.ir.defaultBaseUrl;
  if (server === undefined) return path;
  return `${path} if self._client._base_url_overridden else ${absolute(server)}`;
}

/** `url` as a literal prefix of a path written as a Python string literal or template (`{`/`}` doubled). */
export function literalPrefix(url: string): string {
  return url.replace(/[{}]/g, (b) => b + b);
}
