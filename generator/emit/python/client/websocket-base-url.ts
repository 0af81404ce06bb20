/**
 * Stainless's `websocket_base_url`, the client option of SDKs with WebSocket resources (openai's realtime, cartesia's
 * STT/TTS sockets; `migrate --from-repo` reads it from Stainless's client as an option): neither read from the
 * environment nor sent, typed `str | httpx.URL`, declared after the other options with its docstring, taken after
 * `base_url` in `__init__` and before it in `copy()`. Its WebSocket resources read it on the client.
 */
import type { PyClientOption } from '../types/model';

const NAME = 'websocket_base_url';
const ANNOTATION = 'str | httpx.URL';

/** The option is Stainless's `websocket_base_url` (before `inStainlessOrder` or after it). */
export function isWebsocketBaseUrl(option: PyClientOption): boolean {
  return (
    option.name === NAME &&
    (option.annotation === 'str' || option.annotation === ANNOTATION) &&
    option.envVar === null &&
    option.default === null &&
    !option.required &&
    option.sentAs.kind === 'none'
  );
}

/** The options in the order Stainless prints them, `websocket_base_url` last and in its own type. */
export function inStainlessOrder(options: readonly PyClientOption[]): PyClientOption[] {
  const socket = options.filter(isWebsocketBaseUrl);
  return [...options.filter((o) => !isWebsocketBaseUrl(o)), ...socket.map((o) => ({ ...o, annotation: ANNOTATION }))];
}

/** The class-level declaration with Stainless's docstring, set apart by a blank line. */
export function websocketBaseUrlDeclaration(): string[] {
  return [
    '',
    `    ${NAME}: ${ANNOTATION} | None`,
    '    """Base URL for WebSocket connections.',
    '',
    "    If not specified, the default base URL will be used, with 'wss://' replacing the",
    "    'http://' or 'https://' scheme. For example: 'http://example.com' becomes",
    "    'wss://example.com'",
    '    """',
  ];
}
