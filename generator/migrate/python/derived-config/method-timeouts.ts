/**
 * The timeout a Stainless Python method sets of its own, as its module shows it: a config's
 * `default_request_options.timeout` makes Stainless write, before the request, `if not is_given(timeout) and
 * self._client.timeout == DEFAULT_TIMEOUT:` then `timeout = 600` (in seconds; the config's value is milliseconds).
 */

const METHOD_TIMEOUT =
  /^(\s+)if not is_given\(timeout\) and self\._client\.timeout == DEFAULT_TIMEOUT:\n\1 {4}timeout = (\d+(?:\.\d+)?)\s*$/m;

/**
 * The timeout (milliseconds) `method` sets where the client's is the default, in the Python module `module` (its
 * text); null where it sets none or is not found. Of overloads, the implementation is the one with code.
 */
export function methodTimeoutMs(module: string, method: string): number | null {
  const escaped = method.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const def = new RegExp(`^ {4}(?:async )?def ${escaped}\\(`, 'gm');
  for (const match of module.matchAll(def)) {
    const rest = module.slice(match.index + match[0].length);
    // The method ends where the next member of the class, or the next class, begins.
    const end = /^ {0,4}(?:@|(?:async )?def |class )\S/m.exec(rest);
    const found = METHOD_TIMEOUT.exec(end === null ? rest : rest.slice(0, end.index));
    if (found) return Math.round(Number(found[2]) * 1000);
  }
  return null;
}
