/**
 * The runtime's modules with the API's own settings written in: `_constants.py` with its request defaults (a Stainless
 * config's `client_settings` `default_timeout` and `default_retries`: the client's timeout, its retries and the
 * backoff's first and longest delay, where Stainless's Python SDKs write them, so that `DEFAULT_TIMEOUT` and
 * `DEFAULT_MAX_RETRIES`, which the package exports, say what the client does), and `_streaming.py` with its rules for
 * server-sent events (`streaming.on_event`).
 */
import type { Api, StreamEventRule } from '../../ir/types';
import { pyString } from './docs/print-doc';

type RequestDefaults = Pick<Api, 'requestDefaults' | 'retryBackoff'>;

/** `60000` ms → `60.0`, `500` → `0.5`: seconds as a Python float literal. */
function pySeconds(ms: number): string {
  const seconds = ms / 1000;
  return Number.isInteger(seconds) ? `${seconds}.0` : String(seconds);
}

/** `contents` (templates/python/runtime/_constants.py) with each default the API sets in place of the runtime's. */
export function constantsWithDefaults(contents: string, api: RequestDefaults): string {
  const { timeoutMs, maxRetries } = api.requestDefaults;
  const replacements: Array<[RegExp, string | null]> = [
    [
      /^DEFAULT_TIMEOUT = httpx\.Timeout\(timeout=[^,]+,/m,
      timeoutMs === null ? null : `DEFAULT_TIMEOUT = httpx.Timeout(timeout=${pySeconds(timeoutMs)},`,
    ],
    [/^DEFAULT_MAX_RETRIES = .*$/m, maxRetries === null ? null : `DEFAULT_MAX_RETRIES = ${maxRetries}`],
    [
      /^INITIAL_RETRY_DELAY = .*$/m,
      api.retryBackoff ? `INITIAL_RETRY_DELAY = ${pySeconds(api.retryBackoff.initialMs)}` : null,
    ],
    [/^MAX_RETRY_DELAY = .*$/m, api.retryBackoff ? `MAX_RETRY_DELAY = ${pySeconds(api.retryBackoff.maxMs)}` : null],
  ];
  let written = contents;
  for (const [line, value] of replacements) {
    if (value === null) continue;
    // A runtime without the line would drop the config's value without a word: a generator bug.
    if (!line.test(written)) throw new Error(`templates/python/runtime/_constants.py has no line ${String(line)}`);
    written = written.replace(line, value);
  }
  return written;
}

/** `_utils/_logs.py` with the environment variable that turns the library's logging on (`<PREFIX>_LOG`) as `_LOG_ENV`. */
export function logsWithEnvVar(contents: string, envPrefix: string): string {
  const line = /^_LOG_ENV = .*$/m;
  if (!line.test(contents)) throw new Error(`templates/python/runtime/_utils/_logs.py has no line ${String(line)}`);
  return contents.replace(line, `_LOG_ENV = ${pyString(`${envPrefix}_LOG`)}`);
}

/**
 * `_base_client.py` with the prefix of the idempotency keys the client makes: in an SDK from a Stainless config,
 * Stainless's `stainless-python-retry-` (an API's logs may tell its SDK's retries apart by it, and the keys of a moved
 * SDK's users do not change), as sdkgen's TypeScript client keeps `stainless-node-retry-`; else sdkgen's own.
 */
export function baseClientWithIdempotencyPrefix(contents: string, fromStainlessConfig: boolean): string {
  if (!fromStainlessConfig) return contents;
  const line = /^(\s+return f")sdk-python-retry-(\{uuid\.uuid4\(\)\}")$/m;
  if (!line.test(contents)) throw new Error(`templates/python/runtime/_base_client.py has no line ${String(line)}`);
  return contents.replace(line, '$1stainless-python-retry-$2');
}

/**
 * `_base_client.py` without the `X-Stainless-Read-Timeout` header its requests send: the runtime of an SDK of an era
 * before Stainless's clients sent it (python-era.ts, READ_TIMEOUT_HEADER_SINCE) neither sends it nor carries the code.
 */
export function baseClientWithoutReadTimeoutHeader(contents: string): string {
  const block =
    /^( +)if "x-stainless-read-timeout" not in custom_lower:\n(?:\1 +.*\n)+?\1 +headers\["X-Stainless-Read-Timeout"\] = .*\n/m;
  if (!block.test(contents)) throw new Error(`templates/python/runtime/_base_client.py has no block ${String(block)}`);
  return contents.replace(block, '');
}

/** `_streaming.py` with the API's event rules as `_EVENT_RULES` (none: the module as it is). */
export function streamingWithEventRules(contents: string, rules: StreamEventRule[]): string {
  if (rules.length === 0) return contents;
  const line = /^_EVENT_RULES: Tuple\[_EventRule, \.\.\.\] = \(\)$/m;
  if (!line.test(contents)) throw new Error(`templates/python/runtime/_streaming.py has no line ${String(line)}`);
  const optional = (text: string | null) => (text === null ? 'None' : pyString(text));
  const tuple = (items: string[]) => `(${items.join(', ')}${items.length === 1 ? ',' : ''})`;
  const entries = rules.map(
    (rule) =>
      `    (${rule.events === null ? 'None' : tuple(rule.events.map(optional))}, ${optional(rule.dataStartsWith)}, ${pyString(rule.handle)}, ${optional(rule.errorProperty)}),`,
  );
  return contents.replace(line, ['_EVENT_RULES: Tuple[_EventRule, ...] = (', ...entries, ')'].join('\n'));
}
