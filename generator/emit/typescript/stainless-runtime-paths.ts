/**
 * The modules of the runtime Stainless's newer generator (`targets.typescript`) wrote under `src/internal/`, by path,
 * with the names each exported that sdkgen's runtime has too: hand-written code in those repositories imports them by
 * path (`../internal/utils/uuid`), and an SDK made from such a config answers each path with its own code, so that
 * `sdkgen migrate` can remove Stainless's file. A name sdkgen has no counterpart of is left out (migrate reports an
 * import of it); a module none of whose names sdkgen has is not written (Stainless's stays where it is imported:
 * `internal/decoders/line`; `internal/decoders/jsonl` is sdkgen's own where a method returns JSON Lines,
 * runtime-files.ts). Its query-string serialiser (`internal/qs/*`, and
 * `internal/utils/query`, which its client called) is answered by `internal/stainless-qs`, written for these alone.
 *
 * `src/internal/headers.ts`, `src/internal/request-options.ts` and `src/core/*` are paths of sdkgen's runtime itself.
 */

/** One `export … from` of a module: names (`type X` for a type), from a module under src/ (no extension). */
interface Reexport {
  names: string;
  from: string;
}

/**
 * A module at a Stainless path: what it re-exports, and what it declares itself (types, or values built from what
 * `imports` names: `import { names } from` a module under src/).
 */
export interface StainlessRuntimePath {
  reexports: Reexport[];
  imports?: Reexport[];
  declares?: string[];
}

const UTILS = 'internal/stainless-utils';
const QS = 'internal/stainless-qs';

export const STAINLESS_RUNTIME_PATHS: ReadonlyMap<string, StainlessRuntimePath> = new Map([
  [
    'internal/utils/values',
    {
      reexports: [
        {
          names:
            'isAbsoluteURL, isArray, isReadonlyArray, maybeObj, isEmptyObj, hasOwn, isObj, ensurePresent, ' +
            'validatePositiveInteger, coerceInteger, coerceFloat, coerceBoolean, maybeCoerceInteger, ' +
            'maybeCoerceFloat, maybeCoerceBoolean, safeJSON',
          from: UTILS,
        },
      ],
    },
  ],
  ['internal/utils/base64', { reexports: [{ names: 'toBase64, fromBase64', from: UTILS }] }],
  ['internal/utils/bytes', { reexports: [{ names: 'concatBytes, encodeUTF8, decodeUTF8', from: UTILS }] }],
  ['internal/utils/env', { reexports: [{ names: 'readEnv', from: 'internal/env' }] }],
  [
    'internal/utils/log',
    {
      reexports: [
        { names: 'type Logger, type LogLevel', from: 'internal/log' },
        { names: 'loggerFor, parseLogLevel', from: UTILS },
      ],
    },
  ],
  [
    'internal/utils/path',
    {
      reexports: [
        { names: 'path', from: 'internal/path' },
        { names: 'encodeURIPath, createPathTagFunction', from: UTILS },
      ],
    },
  ],
  ['internal/utils/sleep', { reexports: [{ names: 'sleep', from: 'internal/utils' }] }],
  ['internal/utils/uuid', { reexports: [{ names: 'uuid4', from: 'internal/utils' }] }],
  ['internal/errors', { reexports: [{ names: 'castToError, isAbortError', from: UTILS }] }],
  [
    'internal/detect-platform',
    {
      reexports: [{ names: 'isRunningInBrowser', from: UTILS }],
      // Stainless's `buildHeaders`, carried as an override where owners edited it, calls this.
      imports: [
        { names: 'platformHeaders', from: 'internal/stainless-headers' },
        { names: 'VERSION', from: 'version' },
      ],
      declares: ['export const getPlatformHeaders = (): Record<string, string> => platformHeaders(VERSION);'],
    },
  ],
  [
    'internal/types',
    {
      reexports: [{ names: 'type KeysEnum', from: UTILS }],
      declares: [
        'export type PromiseOrValue<T> = T | Promise<T>;',
        // sdkgen's methods (its FinalRequestOptions' `method`), which code written for Stainless's passes on.
        "export type HTTPMethod = import('../core/base-client.js').APIRequest['method'];",
        'export type FinalizedRequestInit = RequestInit & { headers: Headers };',
        'export type MergedRequestInit = RequestInit;',
      ],
    },
  ],
  [
    'internal/shims',
    {
      reexports: [
        {
          names:
            'getDefaultFetch, makeReadableStream, ReadableStreamFrom, ReadableStreamToAsyncIterable, CancelReadableStream',
          from: UTILS,
        },
      ],
    },
  ],
  // The props a response is parsed from, which hand-written code builds to make an `APIPromise` of its own.
  [
    'internal/parse',
    { reexports: [{ names: 'type StainlessResponseProps as APIResponseProps', from: 'core/api-promise' }] },
  ],
  [
    'internal/builtin-types',
    {
      reexports: [{ names: 'type Fetch', from: 'core/base-client' }],
      // Stainless's aliases of the fetch API's global types, which hand-written code imports from here.
      declares: [
        'export type RequestInit = globalThis.RequestInit;',
        'export type Response = globalThis.Response;',
        'export type RequestInfo = Request | URL | string;',
        "export type HeadersInit = RequestInit['headers'];",
        "export type BodyInit = RequestInit['body'];",
        'export type Array<T> = globalThis.Array<T>;',
        'export type Record<K extends PropertyKey, T> = globalThis.Record<K, T>;',
      ],
    },
  ],
  ['internal/to-file', { reexports: [{ names: 'toFile, type Uploadable as ToFileInput', from: 'core/uploads' }] }],
  [
    'internal/uploads',
    {
      reexports: [
        { names: 'type Uploadable', from: 'core/uploads' },
        { names: 'isAsyncIterable', from: 'internal/utils' },
      ],
    },
  ],
  [
    'internal/qs/index',
    {
      reexports: [
        { names: 'stringify, formats', from: QS },
        { names: 'type DefaultEncoder, type Format, type StringifyOptions', from: QS },
      ],
    },
  ],
  ['internal/qs/stringify', { reexports: [{ names: 'stringify', from: QS }] }],
  [
    'internal/qs/formats',
    { reexports: [{ names: 'default_format, default_formatter, formatters, RFC1738, RFC3986', from: QS }] },
  ],
  [
    'internal/qs/types',
    { reexports: [{ names: 'type ArrayFormat, type DefaultEncoder, type Format, type StringifyOptions', from: QS }] },
  ],
  ['internal/qs/utils', { reexports: [{ names: 'encode', from: QS }] }],
  ['internal/utils/query', { reexports: [{ names: 'stringifyQuery', from: QS }] }],
]);
