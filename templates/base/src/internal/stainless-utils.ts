/**
 * The small helpers Stainless's SDKs had in their runtime (in `core` for its older generator, `targets.node`; in
 * `internal/utils` for the newer), which hand-written code in those repositories calls (`isObj(value)`,
 * `castToError(err)`): kept, with the behaviour they had, so that such code compiles and runs unchanged in an SDK made
 * from the same config. Written only into those SDKs, and exported from those modules alone: nothing of the SDK's own
 * uses them.
 */
import type { Fetch } from '../core/base-client.js';
import { SDKError } from '../core/error.js';
import { LOG_LEVELS, type Logger, type LogLevel } from './log.js';

/** Headers as those SDKs typed them: values may be null (a header to leave out). */
export type Headers = Record<string, string | null | undefined>;

/** Query parameters a client sends with every request. */
export type DefaultQuery = Record<string, string | undefined>;

/** An object with every key of `T`, each `true`: a compile-time list of a type's keys. */
export type KeysEnum<T> = { [P in keyof Required<T>]: true };

/** Something with a `get(name)`, as `Headers` and similar classes have. */
export interface HeadersProtocol {
  get: (header: string) => string | null | undefined;
}

/** Headers as a plain object (single or repeated values) or as something with a `get(name)`. */
export type HeadersLike = Record<string, string | string[] | undefined> | HeadersProtocol;

/** The fetch a client sends with when it is given none: the runtime's own. */
export function getDefaultFetch(): Fetch {
  if (typeof fetch === 'undefined')
    throw new Error(
      '`fetch` is not defined as a global: pass `fetch` to the client, or set `globalThis.fetch`',
    );
  return fetch;
}

/** Whether `value` is a non-null object that is not an array. */
export function isObj(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether `value` is null, undefined or an object with no enumerable keys (`for … in` finds none). */
export function isEmptyObj(value: object | null | undefined): boolean {
  if (!value) return true;
  for (const _key in value) return false;
  return true;
}

/** Whether `value` has `key` as an own property. */
export function hasOwn<T extends object = object>(value: T, key: PropertyKey): key is keyof T {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/** `value` when it is an object, else an empty object: for reading optional fields off anything. */
export function maybeObj(value: unknown): object {
  return typeof value === 'object' && value !== null ? value : {};
}

/** Whether `value` is an array. */
export function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

/** Whether `value` is an array, typed as one that is not to be changed. */
export function isReadonlyArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** Whether `url` starts with a scheme (`https:`, `mailto:`). */
export function isAbsoluteURL(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(url);
}

/** `value` when it is a whole number of at least 0, else an SDKError naming `name`. */
export function validatePositiveInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new SDKError(`${name} must be an integer`);
  if (value < 0) throw new SDKError(`${name} must be a positive integer`);
  return value;
}

/** `error` as an Error: itself when it is one, else an Error whose message is it (objects as JSON). */
export function castToError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (typeof error === 'object' && error !== null) {
    try {
      return new Error(JSON.stringify(error));
    } catch {
      // (a cycle, a BigInt: the plain string conversion below)
    }
  }
  return new Error(String(error));
}

/** The JSON value `text` holds, or undefined when it is not JSON. */
export function safeJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `value`, or an SDKError when it is null or undefined. */
export function ensurePresent<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new SDKError(`a value is required, got ${value}`);
  return value;
}

/** `value` as a whole number: numbers are rounded, strings parsed; anything else is an SDKError. */
export function coerceInteger(value: unknown): number {
  if (typeof value === 'number') return Math.round(value);
  if (typeof value === 'string') return parseInt(value, 10);
  throw new SDKError(`cannot make a number of ${String(value)} (${typeof value})`);
}

/** `value` as a number: strings are parsed; anything else but a number is an SDKError. */
export function coerceFloat(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return parseFloat(value);
  throw new SDKError(`cannot make a number of ${String(value)} (${typeof value})`);
}

/** `value` as a boolean: the strings `true` and `false` are read as such; anything else by truthiness. */
export function coerceBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === 'true';
  return Boolean(value);
}

/** coerceInteger, leaving undefined as it is. */
export function maybeCoerceInteger(value: unknown): number | undefined {
  return value === undefined ? undefined : coerceInteger(value);
}

/** coerceFloat, leaving undefined as it is. */
export function maybeCoerceFloat(value: unknown): number | undefined {
  return value === undefined ? undefined : coerceFloat(value);
}

/** coerceBoolean, leaving undefined as it is. */
export function maybeCoerceBoolean(value: unknown): boolean | undefined {
  return value === undefined ? undefined : coerceBoolean(value);
}

/** Node's `Buffer`, where there is one: Stainless's base64 helpers used it first. */
const NodeBuffer = (
  globalThis as {
    Buffer?: { from(text: string, encoding: 'base64'): Uint8Array };
  }
).Buffer;

/**
 * The bytes `base64` encodes. With Node's `Buffer`, as Stainless's helper decoded: it skips what is not base64 (`_`,
 * `-`), where `atob` throws; owners' code and tests rely on that.
 */
export function fromBase64(base64: string): Uint8Array {
  if (NodeBuffer) {
    const buffer = NodeBuffer.from(base64, 'base64');
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** `data` (a text's UTF-8 bytes, or the bytes given) in base64; an empty string for null, undefined or ''. */
export function toBase64(data: string | Uint8Array | null | undefined): string {
  if (!data) return '';
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Whether `headers` has a `get(name)` method. */
export function isHeadersProtocol(headers: unknown): headers is HeadersProtocol {
  return typeof (headers as HeadersProtocol | null | undefined)?.get === 'function';
}

/**
 * The value of header `name` in `headers`, whatever its case; the first of repeated values; undefined when absent.
 */
export function getHeader(headers: HeadersLike | Headers, name: string): string | undefined {
  if (isHeadersProtocol(headers)) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    if (Array.isArray(value)) return value[0];
    return value ?? undefined;
  }
  return undefined;
}

/** getHeader, or an SDKError naming the header when it is absent. */
export function getRequiredHeader(headers: HeadersLike | Headers, name: string): string {
  const value = getHeader(headers, name);
  if (value === undefined) throw new SDKError(`the ${name} header is missing`);
  return value;
}

/** Whether this runs in a browser (a `window` with a `document`). */
export function isRunningInBrowser(): boolean {
  const scope = globalThis as { window?: { document?: unknown } };
  return typeof scope.window !== 'undefined' && typeof scope.window.document !== 'undefined';
}

/** Logs `action` and `args` to the console when the `DEBUG` environment variable is `true`. */
export function debug(action: string, ...args: unknown[]): void {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (env?.['DEBUG'] === 'true') console.log(`Debug [${action}]`, ...args);
}

/**
 * The client's logger, saying only what its log level lets through (`client.logLevel`: a `debug` call on a client at
 * `warn` does nothing), for hand-written code that logs beside the client.
 */
export function loggerFor(client: { logger: Logger; logLevel: LogLevel }): Logger {
  const verbosity = LOG_LEVELS.indexOf(client.logLevel);
  function at(level: Exclude<LogLevel, 'off'>): Logger['error'] {
    return (message, ...rest) => {
      if (LOG_LEVELS.indexOf(level) <= verbosity) client.logger[level](message, ...rest);
    };
  }
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

/**
 * `level` when it is a log level; else undefined, with a warning through the client's logger naming where it came
 * from (`sourceName`: an option or environment variable).
 */
export function parseLogLevel(
  level: string | undefined,
  sourceName: string,
  client: { logger: Logger; logLevel: LogLevel },
): LogLevel | undefined {
  if (!level) return undefined;
  const known = LOG_LEVELS.find((name) => name === level);
  if (known === undefined)
    loggerFor(client).warn(
      `${sourceName} was set to ${JSON.stringify(level)}, expected one of ${JSON.stringify(LOG_LEVELS)}`,
    );
  return known;
}

/** Whether `error` is what an aborted fetch or signal throws (an `AbortError`, an Error or a DOMException). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** The bytes of `text` in UTF-8. */
export function encodeUTF8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The text UTF-8 `bytes` hold. */
export function decodeUTF8(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** The byte arrays one after the other, in one array. */
export function concatBytes(buffers: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(buffers.reduce((length, buffer) => length + buffer.length, 0));
  let at = 0;
  for (const buffer of buffers) {
    out.set(buffer, at);
    at += buffer.length;
  }
  return out;
}

/** `text` percent-encoded for a path segment, keeping what RFC 3986 allows there unencoded (`:`, `@`, `$`, …). */
export function encodeURIPath(text: string): string {
  return text.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@]+/g, encodeURIComponent);
}

/**
 * A tagged template for request paths that encodes each value with `encode`; a value that would change the path's
 * shape once it is normalised (empty, `.` or `..`) is refused, as the SDK's own paths refuse it.
 */
export function createPathTagFunction(
  encode: (text: string) => string = encodeURIPath,
): (strings: TemplateStringsArray, ...values: unknown[]) => string {
  return (strings, ...values) => {
    let out = strings[0] ?? '';
    values.forEach((value, i) => {
      const text = String(value);
      if (text === '' || text === '.' || text === '..')
        throw new SDKError(`Invalid path parameter ${JSON.stringify(text)} in ${strings.join('{}')}`);
      out += encode(text) + (strings[i + 1] ?? '');
    });
    return out;
  };
}

/** The runtime's `ReadableStream` class, with a clear error where it has none. */
function readableStreamClass(): typeof ReadableStream {
  if (typeof ReadableStream === 'undefined')
    throw new SDKError(
      '`ReadableStream` is not defined as a global; You will need to polyfill it, `globalThis.ReadableStream = ReadableStream`',
    );
  return ReadableStream;
}

/**
 * A `ReadableStream` of the runtime's own class (Stainless's `internal/shims`, with which a `Stream` module written
 * for its runtime builds its `toReadableStream()`).
 */
export function makeReadableStream(...args: ConstructorParameters<typeof ReadableStream>): ReadableStream {
  const Readable = readableStreamClass();
  return new Readable(...args);
}

/** A `ReadableStream` of the values of `iterable`; cancelling the stream ends the iteration. */
export function ReadableStreamFrom<T>(iterable: Iterable<T> | AsyncIterable<T>): ReadableStream<T> {
  const iterator: AsyncIterator<T> | Iterator<T> =
    Symbol.asyncIterator in iterable ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
  const Readable = readableStreamClass();
  return new Readable<T>({
    pull: async (controller) => {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: async () => {
      await iterator.return?.();
    },
  });
}

/** A body as `for await` reads it: `ReadableStream`s that are not async iterable are read through their reader. */
export function ReadableStreamToAsyncIterable<T>(
  stream: ReadableStream<T> | AsyncIterable<T>,
): AsyncIterableIterator<T> {
  // Not narrowed by `in`: where the runtime's types make every `ReadableStream` async iterable, the other branch
  // would be `never`, yet older runtimes' streams have only a reader.
  const iterate = (stream as Partial<AsyncIterable<T>>)[Symbol.asyncIterator];
  if (iterate) {
    const inner = iterate.call(stream);
    const iterator: AsyncIterableIterator<T> = {
      next: () => inner.next(),
      return: async () => (await inner.return?.()) ?? { done: true, value: undefined },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
  const reader = (stream as ReadableStream<T>).getReader();
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      try {
        const result = await reader.read();
        // Released once the stream is closed (or errored, below), so that others may read or cancel it.
        if (result.done) reader.releaseLock();
        return result.done ? { done: true, value: undefined } : result;
      } catch (error) {
        reader.releaseLock();
        throw error;
      }
    },
    async return() {
      const cancelled = reader.cancel();
      reader.releaseLock();
      await cancelled;
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** Cancels a body that will not be read, so that its connection is released. */
export async function CancelReadableStream(stream: unknown): Promise<void> {
  if (stream === null || typeof stream !== 'object') return;
  if (Symbol.asyncIterator in stream) {
    await (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]().return?.();
    return;
  }
  const reader = (stream as ReadableStream).getReader();
  const cancelled = reader.cancel();
  reader.releaseLock();
  await cancelled;
}
