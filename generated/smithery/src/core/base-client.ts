import { APIPromise, type APIResponseProps } from './api-promise.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  SDKError,
} from './error.js';
import type { AbstractPage, PageClass, PagePromise } from './pagination.js';
import { readEnv } from '../internal/env.js';
import { mergeHeaders, parseHeaderLines, type HeadersLike } from '../internal/headers.js';
import { LOG_LEVELS, redactHeaders, redactRequest, type Logger, type LogLevel } from '../internal/log.js';
import { stringifyFormQuery, type QueryStyle } from '../internal/query.js';
import { retryDelay, shouldRetry as retryable, type RetryBackoff } from '../internal/retry.js';
import { sleep } from '../internal/utils.js';

export { readEnv };
export type { HeadersLike, Logger, LogLevel };

/** A `fetch` implementation (by default the global one, as it was when the client was made). */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * What a stream does with the events a rule applies to (a Stainless config's `streaming.on_event` rules). A
 * stream given rules takes the first that applies to each event: `yield` it, `skip` it, end the stream (`done`), or
 * throw it as an `APIError` (`error`, with the event's data as the error). An event no rule applies to is skipped.
 */
export interface SSERule {
  /** The `event:` names it applies to (null: an event without one); absent: any. */
  events?: ReadonlyArray<string | null>;
  /** It applies when the event's data text starts with this; absent: whatever the data. */
  dataStartsWith?: string;
  handle: 'yield' | 'skip' | 'done' | 'error';
  /** With `yield`: a property of the parsed data that, when set, makes the event an error thrown instead. */
  errorProperty?: string;
}

/**
 * How a stream reads each event's data: as JSON (`json`: an event whose data is `[DONE]` ends the stream), as the
 * text it is (`text`), or as JSON where it is JSON and as text where it is not (`any`: a stream whose events the
 * method does not describe; `[DONE]` ends it too).
 */
export type SSEData = 'json' | 'text' | 'any';

/** A URL with a scheme (`https:`): anything else is relative. */
const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:/i;

/** Options every client accepts. */
export interface BaseClientOptions {
  /**
   * Defaults to the `<ENV>_BASE_URL` environment variable, then to the API's documented server (`null` skips the
   * environment variable).
   */
  baseURL?: string | null | undefined;
  /**
   * Milliseconds each attempt may take (default 60 000): until the headers arrive, and until the body is read
   * for bodies the SDK reads itself (not for streams, binary downloads or `asResponse()`).
   */
  timeout?: number | undefined;
  /** How many times a failed request is retried (default 2). */
  maxRetries?: number | undefined;
  /** A custom `fetch`, e.g. a proxying one (default: `globalThis.fetch` as it is when the client is made). */
  fetch?: Fetch | undefined;
  /** Extra `RequestInit` fields for every request (e.g. `{ keepalive: true }`). */
  fetchOptions?: RequestInit | undefined;
  /**
   * Headers sent with every request (an object, a `Headers` or `[name, value]` pairs); a `null` value removes a
   * header the client would otherwise send. They go over the `<ENV>_CUSTOM_HEADERS` environment variable's
   * (newline-separated `Name: value` lines).
   */
  defaultHeaders?: HeadersLike | undefined;
  /** Query parameters sent with every request. */
  defaultQuery?: Record<string, unknown> | undefined;
  /** Defaults to the `<ENV>_LOG` environment variable, else `'warn'`. */
  logLevel?: LogLevel | undefined;
  /**
   * Defaults to `console`. At `debug`, each request and response is logged with its headers and body, under an
   * id shared by the retries of one call; secrets (auth headers and query parameters, cookies) are never logged.
   */
  logger?: Logger | undefined;
}

/**
 * What a generated client passes to `super`: its whole options object, its own options (`apiKey`…) included,
 * so that `withOptions` can rebuild it. (The second member admits those extra options in an object literal.)
 */
export type ClientOptionsInput = BaseClientOptions | (BaseClientOptions & Record<string, unknown>);

/** What the generated client tells the runtime about its API. */
export type ClientConfig = {
  /** Base URL when neither the option nor the environment variable is set; null makes `baseURL` required. */
  defaultBaseURL: string | null;
  /** Prefix of the environment variables: "SMITHERY" → SMITHERY_BASE_URL, SMITHERY_LOG. */
  envPrefix: string;
  packageName: string;
  packageVersion: string;
  /** The retry backoff, when the API's differs from the runtime's (0.5 s first, 8 s at most). */
  backoff?: RetryBackoff;
} & (
  | {
      /** Header carrying an idempotency key on non-GET requests. */
      idempotencyHeader: string;
      /**
       * Makes the key of a call: `uuid4` from `internal/utils`, passed by clients that have an idempotency header
       * so that others don't bundle it.
       */
      idempotencyKey: () => string;
    }
  | { idempotencyHeader?: null | undefined; idempotencyKey?: undefined }
);

/** What a client sends as Stainless's SDKs did (`internal/stainless-headers`: a client from a Stainless config's). */
export interface StainlessHeaders {
  /** The headers of a call whose attempts each time out after `timeoutMs`. */
  headers(timeoutMs: number): Record<string, string>;
  /** Updates an attempt's headers (built by `mergeHeaders`, maybe changed by `prepareRequest`) for its retry number. */
  retried(init: RequestInit, retry: number): void;
}

/** Per-request options, the last argument of every method. */
export interface RequestOptions {
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Merged over every other header (an object, a `Headers` or `[name, value]` pairs); a `null` value removes a header. */
  headers?: HeadersLike | undefined;
  /**
   * Merged over the method's query parameters. Any object (a params interface too, as Stainless's SDKs and code
   * written for them pass it: `this._client.get('/things', { query, ...options })`); null is none.
   */
  query?: object | null | undefined;
  /**
   * Aborting it cancels the request (raising `APIUserAbortError`), including retries and streamed bodies.
   * (A `signal` in `fetchOptions` is honoured the same way.)
   */
  signal?: AbortSignal | null | undefined;
  /** Overrides the idempotency key generated for this call (sent when the API declares an idempotency header). */
  idempotencyKey?: string | undefined;
  fetchOptions?: RequestInit | undefined;
  /** Sends the request with this HTTP method instead of the method's own. */
  method?: APIRequest['method'] | undefined;
  /** Sends the request to this path (relative to the base URL) instead of the method's own. */
  path?: string | undefined;
  /**
   * Sends this body instead of the one built from the method's parameters: JSON-encoded, unless it is a
   * `FormData`, `URLSearchParams`, `Blob`, `ArrayBuffer`, typed array or `ReadableStream` (sent as it is).
   */
  body?: unknown;
  /** Sends to this server instead of the method's own, unless the client was given a base URL (Stainless's option). */
  defaultBaseURL?: string | undefined;
}

/**
 * What `authHeaders` gives: the credentials' headers, or a promise of them (a subclass's may fetch a token first, as
 * code written for Stainless's async `authHeaders(options)` does).
 */
export type AuthHeaders = HeadersLike | undefined | Promise<HeadersLike | undefined>;

/**
 * The options `authHeaders` sees (Stainless's name for them): the call's request options, with the method, path and
 * body it sends.
 */
export interface FinalRequestOptions extends RequestOptions {
  method: APIRequest['method'];
  path: string;
}

/**
 * What a call sends, built once for all its attempts (see `makeRequest`): the call as `prepareOptions` left it, its
 * options, URL and headers, the `RequestInit` (its method in capitals) and each attempt's timeout in milliseconds. A
 * tuple: its names would stay in every bundle.
 */
type PreparedRequest = [
  req: APIRequest,
  options: FinalRequestOptions,
  url: string,
  headers: Record<string, string>,
  init: RequestInit & { method: string },
  timeout: number,
];

/**
 * What an event stream needs to reopen itself after the connection was cut, if it was a GET (see
 * `Stream.fromSSEResponse`): the client and the call, whose options say how many reconnections may fail and whose
 * attempt holds the caller's signal. (The streaming module does the reconnecting, so that programs that never
 * stream don't bundle it.)
 * @internal
 */
export interface Reconnect {
  client: BaseClient;
  request: APIRequest;
  options: RequestOptions | undefined;
  attempt: Attempt;
  /** The client's retry backoff, which reconnections wait by too. */
  backoff: RetryBackoff | undefined;
}

/** One API call, as described by the generated method. */
export type APIRequest = RequestDescription & QuerySerialisation;

/**
 * Non-default query serialisation per wire name (default: form, explode=true: arrays repeat the key), with its
 * serialiser: `stringifyQuery` from `internal/query`, passed by the method so that the styles' code is only bundled
 * into programs that use it. The compiler sees that `queryStyles` come with it.
 */
type QuerySerialisation =
  | { queryStyles?: undefined; styledQuery?: StyledQuery | undefined }
  | { queryStyles: Record<string, QueryStyle>; styledQuery: StyledQuery };

type StyledQuery = (query: Record<string, unknown>, styles: Record<string, QueryStyle>) => string;

interface RequestDescription {
  /** Lowercased; sent in capitals. QUERY (OpenAPI 3.2) and any other method a spec names (`additionalOperations`) too. */
  method: 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options' | 'query' | (string & {});
  /** Already encoded by the `path` template tag; may be an absolute URL on the API's origin (next-page links). */
  path: string;
  /** Undefined (and null) values are dropped. */
  query?: Record<string, unknown> | null | undefined;
  /** Header parameters: undefined dropped, others stringified; CR/LF rejected. */
  headers?: Record<string, unknown> | undefined;
  body?: unknown;
  /** Default 'json' when body !== undefined; any other needs `encode`. */
  bodyEncoding?: 'json' | 'multipart' | 'form' | 'binary' | 'text' | undefined;
  /**
   * Required with a `bodyEncoding` other than 'json': `encodeBody` from `internal/encode-body`. Passed by the method
   * so that programs sending only JSON bodies do not bundle the other encodings.
   */
  encode?: ((req: APIRequest) => Promise<EncodedBody>) | undefined;
  /** Multipart parts to send as JSON text (objects/arrays otherwise also JSON-encoded; strings sent as-is). */
  jsonParts?: string[] | undefined;
  /** Multipart array parts whose items are each a part under the field's own name (`files`, not `files[]`). */
  repeatParts?: string[] | undefined;
  /**
   * Required with `bodyEncoding: 'multipart'`: `toFormData` from `core/uploads`. Passed by the method so that
   * the upload code is only bundled into programs that upload.
   */
  multipart?: ((body: unknown, jsonParts: string[], repeatParts: string[]) => Promise<FormData>) | undefined;
  /**
   * Required with `bodyEncoding: 'binary'` for `Response` and async-iterable bodies (Node streams): `toBlob` from
   * `core/uploads`, which reads them whole. Passed by the method so that only programs that send such bodies
   * bundle it; `Blob`, `ArrayBuffer`, typed array and `ReadableStream` bodies need nothing.
   */
  binary?: ((body: unknown) => Promise<Blob>) | undefined;
  /** Content-Type for 'binary'/'text' bodies. */
  contentType?: string | undefined;
  /** The `Accept` header, when the response's media type is known (binary downloads: `application/zip`). */
  accept?: string | undefined;
  /**
   * Default: decide by response content-type (JSON for application/json and +json, else text; 204/empty → undefined).
   * 'jsonl': a JSON Lines body (one JSON value a line), read a value at a time by `stream`.
   */
  responseKind?: 'json' | 'text' | 'binary' | 'sse' | 'jsonl' | 'empty' | undefined;
  /** For 'sse': parse each event's data as JSON ('json', the default), keep the string ('text'), or either (see SSEData). */
  sseData?: SSEData | undefined;
  /** For 'sse': yield each whole `ServerSentEvent` ('events', the default) or only its data ('data'). */
  sseItems?: 'events' | 'data' | undefined;
  /** For 'sse': what becomes of each event (yielded, skipped, the end, an error); absent: every event is yielded. */
  sseRules?: readonly SSERule[] | undefined;
  /**
   * Required with `responseKind: 'sse'` or 'jsonl': the `Stream` class from `core/streaming` (passed by the method so
   * that the streaming code is only bundled into programs that stream). `Stream.fromAPIResponse` reads the `sseData`,
   * `sseItems` and `sseRules` above.
   */
  stream?: { fromAPIResponse(props: APIResponseProps): unknown } | undefined;
  /** The field of the parsed JSON body the call resolves to, instead of the whole body. */
  unwrap?: string | undefined;
  /** false for operations with `security: []`: no auth headers/query. Default true. */
  authenticated?: boolean | undefined;
  /** The operation's own server (OpenAPI `servers` on it): the base URL, unless the client was given one. */
  defaultBaseURL?: string | undefined;
  /**
   * Required when `path` is an absolute URL (a next-page link): `absoluteURL` from `internal/utils`, which keeps the
   * request on the API's origin. Passed by the page that follows the link, so that other programs do not bundle it.
   */
  absoluteURL?:
    | ((path: string, baseURL: string, query: Record<string, unknown>, search: string) => string)
    | undefined;
}

/**
 * The HTTP machinery shared by every generated client: URL and header building, retries with backoff,
 * timeouts, error mapping, logging. Generated clients extend it and override `authHeaders`/`authQuery`.
 * `Options` are the generated client's options (`withOptions` takes them).
 */
export class BaseClient<Options extends ClientOptionsInput = ClientOptionsInput> {
  // `declare`: set by the constructor, so the class body need not define them first.
  declare readonly baseURL: string;
  declare readonly timeout: number;
  declare readonly maxRetries: number;
  declare readonly logLevel: LogLevel;
  declare readonly logger: Logger;
  /** The options the client was created with, including the subclass's own (see `withOptions`). */
  declare protected readonly options: Options;
  readonly #config: ClientConfig;
  // Kept from construction, as Stainless's clients keep it: replacing the global afterwards (a test's mock of the
  // requests owners' code sends itself) leaves this client's requests alone. Undefined only when the runtime had no
  // global then; the global is read again at each request in that case.
  readonly #fetch: Fetch | undefined;
  /** Sent outside browsers only (browsers forbid it, and a custom header would cost a CORS preflight). */
  readonly #userAgent: string | undefined;
  /** From the `<ENV>_CUSTOM_HEADERS` environment variable: sent under `defaultHeaders`. */
  readonly #customHeaders: Record<string, string>;

  constructor(options: Options, config: ClientConfig) {
    this.options = options;
    this.#config = config;
    this.#fetch = options.fetch ?? globalThis.fetch;
    const prefix = config.envPrefix;
    // An explicit `baseURL: null` asks for the default: the environment variable is not read then.
    let baseURL: string | null | undefined =
      (options.baseURL === null ? null : (options.baseURL ?? readEnv(`${prefix}_BASE_URL`))) ??
      config.defaultBaseURL;
    // A relative one (`/api`: a page served from the API's origin) is the page's, resolved against its location.
    // Outside a page it stays relative, and so do the request URLs: the fetch that sends them resolves them or
    // refuses them (Node's, Deno's and Bun's own refuse them; a framework's or a proxy's may resolve them), which the
    // request's error then says.
    const page = (globalThis as { location?: { href: string } }).location;
    if (baseURL && page && !ABSOLUTE_URL.test(baseURL)) baseURL = new URL(baseURL, page.href).href;
    if (!baseURL) throw new SDKError(`No base URL: pass \`baseURL\` or set ${prefix}_BASE_URL.`);
    // As given (Stainless's clients keep it so); its trailing slashes go where a path is joined to it.
    this.baseURL = baseURL;
    // Read through globalThis: `document` is a DOM-only global (Deno's default types have no DOM).
    const browser =
      typeof (globalThis as { document?: unknown }).document !== 'undefined' ||
      'WorkerGlobalScope' in globalThis;
    this.#userAgent = browser ? undefined : `${config.packageName}/${config.packageVersion}`;
    this.timeout = options.timeout ?? 60_000;
    this.maxRetries = options.maxRetries ?? 2;
    this.logger = options.logger ?? console;
    const envLevel = readEnv(`${prefix}_LOG`)?.toLowerCase();
    const validEnvLevel = LOG_LEVELS.includes(envLevel as LogLevel);
    this.logLevel = options.logLevel ?? (validEnvLevel ? (envLevel as LogLevel) : 'warn');
    if (envLevel && !validEnvLevel) {
      this.log(
        'warn',
        `Ignoring ${prefix}_LOG=${JSON.stringify(envLevel)}: expected one of ${LOG_LEVELS.join(', ')}`,
      );
    }
    this.#customHeaders = parseHeaderLines(readEnv(`${prefix}_CUSTOM_HEADERS`), (line) =>
      this.log(
        'warn',
        `Ignoring a line of ${prefix}_CUSTOM_HEADERS that is not \`Name: value\`: ${JSON.stringify(line)}`,
      ),
    );
  }

  /** Auth headers for authenticated requests (awaited before each call); overridden by the generated client. */
  protected authHeaders(_options: FinalRequestOptions): AuthHeaders {
    return undefined;
  }

  /** Auth query parameters for authenticated requests; overridden by the generated client. */
  protected authQuery(): Record<string, string> | undefined {
    return undefined;
  }

  /**
   * A copy of this client (same class) with some options changed, the subclass's own options included.
   */
  withOptions(options: Partial<Options>): this {
    const Client = this.constructor as new (options: BaseClientOptions) => this;
    // The copy sends with the fetch this client kept, unless `options` names another.
    return new Client({ ...this.options, fetch: this.#fetch, ...options });
  }

  /** Sends a request; awaiting the result gives the parsed body. */
  request<T = unknown>(req: APIRequest, options?: RequestOptions): APIPromise<T> {
    return new APIPromise(this.makeRequest(req, options), parseResponse<T>);
  }

  /**
   * A GET to a path the SDK has no method for (relative to the base URL), with the client's auth, headers,
   * retries and errors: `client.get<Thing>('/things/1', { query: { expand: 'all' } })`. Resolves to the parsed
   * JSON body (text for other media types); `Rsp` is what you expect it to be (unchecked).
   */
  get<Rsp = unknown>(path: string, options?: RequestOptions): APIPromise<Rsp> {
    return this.request<Rsp>({ method: 'get', path }, options);
  }

  /** A POST to a path the SDK has no method for; the body goes in `options.body` (see `get`). */
  post<Rsp = unknown>(path: string, options?: RequestOptions): APIPromise<Rsp> {
    return this.request<Rsp>({ method: 'post', path }, options);
  }

  /** A PUT to a path the SDK has no method for; the body goes in `options.body` (see `get`). */
  put<Rsp = unknown>(path: string, options?: RequestOptions): APIPromise<Rsp> {
    return this.request<Rsp>({ method: 'put', path }, options);
  }

  /** A PATCH to a path the SDK has no method for; the body goes in `options.body` (see `get`). */
  patch<Rsp = unknown>(path: string, options?: RequestOptions): APIPromise<Rsp> {
    return this.request<Rsp>({ method: 'patch', path }, options);
  }

  /** A DELETE to a path the SDK has no method for (see `get`). */
  delete<Rsp = unknown>(path: string, options?: RequestOptions): APIPromise<Rsp> {
    return this.request<Rsp>({ method: 'delete', path }, options);
  }

  /** Sends a request for the first page of a list; the result is also async-iterable over every item. */
  requestPage<P extends AbstractPage<Item>, Item>(
    Page: PageClass<P>,
    req: APIRequest,
    options?: RequestOptions,
  ): PagePromise<P, Item> {
    // The page class brings the pagination code, so programs that never paginate do not bundle it.
    return Page.fetchPage(this, req, options) as PagePromise<P, Item>;
  }

  /**
   * Sends `req`, retrying as configured, and resolves with the first successful response (headers received,
   * body unread). Error responses are thrown as `APIError`s.
   * @internal
   */
  async makeRequest(call: APIRequest, requestOptions: RequestOptions = {}): Promise<APIResponseProps> {
    const [req, options, url, headers, init, timeout] = await this.#prepare(call, requestOptions);
    const { method, body } = init;
    const kind = req.responseKind;
    // A body the caller reads later (events, JSON Lines, a download): each attempt has a controller to close it.
    const streamed = kind === 'sse' || kind === 'jsonl' || kind === 'binary';
    const signal = options.signal ?? options.fetchOptions?.signal ?? this.options.fetchOptions?.signal;
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const fetch = this.#fetch ?? globalThis.fetch;
    // Its index in LOG_LEVELS (3: info, 4: debug).
    const level = LOG_LEVELS.indexOf(this.logLevel);
    // One id for every attempt of this call, so that its retries can be told apart from other calls'.
    // (`log_` and 6 hex digits, only made when something may be logged with it.)
    const id = level >= 3 /* info */ ? `log_${Math.random().toString(16).slice(2, 8).padEnd(6, '0')}` : '';
    // At `debug` only (`redact` is set then, and tells the debug lines below to log): the URL and bodies as the
    // log shows them, secrets redacted.
    const [loggedURL, redact] =
      level >= 4 /* debug */ ? redactRequest(url, headers, this.authQuery() ?? {}) : [];
    const logBody =
      redact &&
      ((status: number, text: string | undefined) =>
        this.log('debug', `[${id}] response body`, {
          status,
          body: text && redact(text),
        }));

    /** Logs why attempt number `retry` is retried, and waits (the server's `Retry-After`, else the backoff). */
    const waitToRetry = (retry: number, reason: string, headers?: Headers) => {
      const delay = Math.round(retryDelay(retry, headers, this.#config.backoff));
      const left = maxRetries - retry;
      this.log(
        'info',
        `[${id}] ${method} ${req.path} ${reason}; retrying in ${delay}ms (${left} ${left === 1 ? 'retry' : 'retries'} left)`,
      );
      return sleep(delay, signal);
    };

    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw new APIUserAbortError();
      const attempt = new Attempt(timeout, signal, streamed);
      const started = Date.now();
      if (redact) {
        this.log('debug', `[${id}] ${method} ${loggedURL}`, {
          retry,
          headers: redactHeaders(Object.entries(headers)),
          // The body as sent when it is text (JSON, form, text); others (uploads, blobs, streams…) only named.
          ...(body !== undefined && {
            body: typeof body === 'string' ? redact(body) : `[${req.bodyEncoding ?? 'object'} body]`,
          }),
        });
      }
      let response: Response;
      try {
        response = await attempt.send(fetch, url, init);
      } catch (cause) {
        attempt.settle(true);
        const error = attempt.failure(cause, url);
        if (error instanceof APIUserAbortError || retry >= maxRetries) throw error;
        await waitToRetry(retry, `failed (${error.message})`);
        continue;
      }
      if (redact) {
        this.log(
          'debug',
          `[${id}] ${method} ${loggedURL} → ${response.status} in ${Date.now() - started}ms`,
          {
            retry,
            headers: redactHeaders(response.headers),
          },
        );
      }

      if (!response.ok) {
        if (retry < maxRetries && retryable(response)) {
          attempt.settle(true);
          await response.body?.cancel().catch(noop);
          await waitToRetry(retry, `returned ${response.status}`, response.headers);
          continue;
        }
        const text = await attempt.readText(response).catch(() => '');
        attempt.settle(true);
        if (signal?.aborted) throw new APIUserAbortError();
        logBody?.(response.status, text);
        throw APIError.generate(response.status, parseErrorBody(text), text || undefined, response.headers);
      }
      return {
        response,
        request: req,
        options: requestOptions,
        attempt,
        client: this,
        logBody,
        backoff: this.#config.backoff,
      };
    }
  }

  /**
   * What a call sends, built once for all its attempts: the options after `prepareOptions`, the URL, the encoded
   * body and the `RequestInit` (`makeRequest` sends it; `buildRequest` shows it).
   */
  async #prepare(req: APIRequest, requestOptions: RequestOptions): Promise<PreparedRequest> {
    // A copy for `prepareOptions` to change: the caller's options are reused for the next page or reconnection.
    const options: FinalRequestOptions = {
      ...requestOptions,
      method: requestOptions.method ?? req.method,
      path: requestOptions.path ?? req.path,
      body: requestOptions.body ?? req.body,
    };
    req = { ...req, method: options.method, path: options.path, body: options.body };
    const timeout = options.timeout ?? this.timeout;
    const method = req.method.toUpperCase();
    const kind = req.responseKind;
    const url = this.#buildURL(req, options);
    const [body, contentType]: EncodedBody =
      req.body === undefined ? [] : await (req.encode ?? encodeJSONBody)(req);
    const idempotencyHeader = this.#config.idempotencyHeader;
    // A text or binary method reads whatever type the server sends (a JSON Accept would get a 406 from
    // a server that only has text/plain or text/csv), unless the spec names the media type.
    const accept =
      req.accept ??
      (kind === 'sse'
        ? 'text/event-stream'
        : kind === 'binary' || kind === 'text' || kind === 'jsonl'
          ? '*/*'
          : 'application/json');
    const layers = [
      {
        Accept: accept,
        'Content-Type': contentType,
        'User-Agent': this.#userAgent,
        // One key for every attempt of this call.
        ...(idempotencyHeader && {
          [idempotencyHeader]:
            options.idempotencyKey ?? (method === 'GET' ? undefined : this.#config.idempotencyKey?.()),
        }),
      },
      this.#customHeaders,
      this.options.defaultHeaders,
      req.authenticated === false ? undefined : await this.authHeaders(options),
      req.headers,
      options.headers,
    ];
    const headers = mergeHeaders(layers);
    const init: PreparedRequest[4] = {
      ...this.options.fetchOptions,
      ...options.fetchOptions,
      method,
      headers,
    };
    if (body !== undefined) init.body = body;
    return [req, options, url, headers, init, timeout];
  }

  /** The absolute URL of `req`: base URL + path, then default, auth, method and per-request query. */
  #buildURL(req: APIRequest, options: RequestOptions): string {
    const query: Record<string, unknown> = {
      ...this.options.defaultQuery,
      ...(req.authenticated === false ? undefined : this.authQuery()),
      ...req.query,
      ...options.query,
    };
    const { queryStyles, styledQuery } = req;
    const search = styledQuery && queryStyles ? styledQuery(query, queryStyles) : stringifyFormQuery(query);
    const { path } = req;
    // An operation's own server, unless the client's base URL is not its default (an option or the environment's).
    const own = options.defaultBaseURL ?? req.defaultBaseURL;
    const baseURL = own && this.baseURL === this.#config.defaultBaseURL ? own : this.baseURL;
    if (ABSOLUTE_URL.test(path)) {
      // Absolute URLs come from responses (next-page links), whose page passes `absoluteURL`.
      if (!req.absoluteURL) throw needs(`path: '${path}'`, 'absoluteURL');
      return req.absoluteURL(path, baseURL, query, search);
    }
    // A path from the `path` tag: nothing to parse or check (fetch parses the URL anyway).
    const url = baseURL.replace(/\/+$/, '') + (path.startsWith('/') ? '' : '/') + path;
    return search ? url + (url.includes('?') ? '&' : '?') + search : url;
  }

  /** Logs at `level` when the client's log level includes it. @internal */
  log(level: Exclude<LogLevel, 'off'>, message: string, ...details: unknown[]): void {
    if (LOG_LEVELS.indexOf(level) <= LOG_LEVELS.indexOf(this.logLevel)) {
      this.logger[level](`[${this.#config.packageName}] ${message}`, ...details);
    }
  }
}

/**
 * One attempt at a request: its timeout, and the caller's signal it follows.
 *
 * The fetch gets an `AbortSignal` only when something must be able to abort it: the caller's signal, or a
 * streamed response (`Stream.controller`). Giving fetch a signal costs more than all the rest of what the SDK
 * does per request (Node's fetch ties every request to it), so without one the timeout works differently: before
 * the headers arrive it abandons the fetch (the attempt fails at once; a response that still comes is discarded,
 * its body cancelled), and while the SDK reads the body it cancels the body, which closes the connection.
 * @internal
 */
export class Attempt {
  // `declare`: set by the constructor, so the class body need not define them first.
  /** Aborts the fetch. Only there when the caller passed a signal or the response is streamed. */
  declare readonly controller: AbortController | undefined;
  /** The caller's signal. */
  declare readonly signal: AbortSignal | null | undefined;
  readonly #abort: (() => void) | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  #timedOut: boolean | undefined;
  /** What the timeout stops when there is no controller: the wait for the headers, or the body being read. */
  #cancel: (() => void) | undefined;

  constructor(timeout: number, signal: AbortSignal | null | undefined, streamed: boolean) {
    this.signal = signal;
    if (signal || streamed) {
      const controller = (this.controller = new AbortController());
      this.#abort = () => controller.abort();
      signal?.addEventListener('abort', this.#abort);
    }
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.controller?.abort();
      this.#cancel?.();
    }, timeout);
  }

  /** `fetch(url, init)`, ended by the timeout (and the caller's signal). */
  send(fetch: Fetch, url: string, init: RequestInit): Promise<Response> {
    // A stream body (a hook's or a subclass's `buildRequest`'s) is sent only when fetch is told it streams one way.
    if (init.body instanceof ReadableStream) (init as { duplex?: 'half' }).duplex = 'half';
    if (this.controller) {
      init.signal = this.controller.signal;
      return fetch(url, init);
    }
    const pending = fetch(url, init);
    return new Promise((resolve, reject) => {
      this.#cancel = () => {
        reject();
        pending.then((late) => late.body?.cancel().catch(noop), noop);
      };
      pending.then(resolve, reject);
    });
  }

  /** The whole body as text, read within the timeout. Rejects with the errors of `failure`. */
  async readText(response: Response): Promise<string> {
    const reader = response.body?.getReader();
    const chunks: Uint8Array[] = [];
    try {
      if (reader) {
        this.#cancel = () => void reader.cancel().catch(noop);
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
          chunks.push(chunk.value);
      }
      // A cancelled body ends like a complete one.
      if (this.#timedOut) throw new APIConnectionTimeoutError();
    } catch (cause) {
      throw this.failure(cause);
    }
    return (utf8 ??= new TextDecoder()).decode(
      chunks.length === 1
        ? chunks[0]
        : await new Blob(chunks as ConstructorParameters<typeof Blob>[0]).arrayBuffer(),
    );
  }

  /**
   * The error for a failed fetch or body: the caller's abort, the timeout, else a connection error (which names a
   * relative `url`: the fetch may not resolve one).
   */
  failure(cause: unknown, url?: string): Error {
    return this.signal?.aborted
      ? new APIUserAbortError()
      : this.#timedOut
        ? new APIConnectionTimeoutError()
        : new APIConnectionError({
            cause,
            message:
              url && !ABSOLUTE_URL.test(url)
                ? `Connection error: ${url} is relative (the base URL is); outside a page, pass an absolute \`baseURL\` or a \`fetch\` that resolves it.`
                : undefined,
          });
  }

  /**
   * Stops the timeout, once the body is read or handed to the caller. With `detach`, also stops following the
   * caller's signal (kept for bodies the caller reads later: streams, raw responses).
   */
  settle(detach: boolean): void {
    clearTimeout(this.#timer);
    this.#cancel = undefined;
    if (detach && this.#abort) this.signal?.removeEventListener('abort', this.#abort);
  }
}

function noop(): void {}

/** Decodes response bodies as `Response.text()` does (UTF-8, BOM dropped); made on first use. */
let utf8: InstanceType<typeof TextDecoder> | undefined;

/**
 * What fetch sends as a body, named by the platform's own `Response` rather than DOM's `BodyInit`: the SDK then
 * type-checks with Node's types alone too, as code compiled without DOM's lib has it.
 */
export type FetchBody = NonNullable<ConstructorParameters<typeof Response>[0]>;

/** A request's fetch body and its Content-Type (undefined: let fetch choose, e.g. a multipart boundary). */
export type EncodedBody = [body?: FetchBody | undefined, contentType?: string | undefined];

/**
 * A JSON body, or one given already encoded through request options (`client.post(path, { body })`): FormData,
 * URLSearchParams, or binary. The other encodings are the method's `encode`.
 * @internal
 */
export async function encodeJSONBody(req: APIRequest): Promise<EncodedBody> {
  const { body, bodyEncoding } = req;
  if (bodyEncoding && bodyEncoding !== 'json')
    throw needs(`bodyEncoding: '${bodyEncoding}'`, 'encode: encodeBody');
  if (body instanceof FormData || body instanceof URLSearchParams) return [body, undefined];
  if (
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof ReadableStream
  )
    return binaryBody(
      body instanceof Blob ? body : await new Response(body as FetchBody).blob(),
      req.contentType,
    );
  return [JSON.stringify(body), 'application/json'];
}

/**
 * A binary body as a Blob (a retry has to send the same bytes again, and fetch cannot replay a stream), with its
 * Content-Type: a wildcard from the spec ("image/*") is no valid one, the blob's own type is preferred then.
 * @internal
 */
export function binaryBody(blob: Blob, contentType: string | undefined): EncodedBody {
  return [
    blob,
    contentType && !contentType.includes('*') ? contentType : blob.type || 'application/octet-stream',
  ];
}

/** The error for a request that asks for code the method must pass in (so that other programs don't bundle it). */
export function needs(what: string, helper: string): SDKError {
  return new SDKError(`\`${what}\` needs \`${helper}\``);
}

/** An error body: its JSON when it is JSON, else its text (undefined when empty). */
function parseErrorBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text || undefined;
  }
}

/**
 * Turns a successful response into what the method promises, according to `responseKind`.
 * @internal
 */
export async function parseResponse<T>(props: APIResponseProps): Promise<T> {
  const { response, request: req, attempt } = props;
  const kind = req.responseKind;
  if (kind === 'sse' || kind === 'jsonl') {
    if (!req.stream) throw needs(`responseKind: '${kind}'`, 'stream: Stream');
    return req.stream.fromAPIResponse(props) as T;
  }
  if (kind === 'binary') {
    // The caller reads the body: no timeout, but the caller's signal still cancels it.
    attempt.settle(false);
    return response as T;
  }
  // Undefined when there is no body to read (204, HEAD, or a method that expects none).
  let text: string | undefined;
  try {
    if (kind === 'empty' || response.status === 204 || req.method === 'head') {
      await response.body?.cancel().catch(noop);
    } else {
      text = await attempt.readText(response);
    }
  } finally {
    attempt.settle(true);
  }
  props.logBody?.(response.status, text);
  if (kind === 'text') return text as T;
  if (!text) return undefined as T;
  const contentType = response.headers.get('content-type') ?? '';
  if (kind !== 'json' && !/[/+]json\s*(;|$)/i.test(contentType)) return text as T;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw new SDKError(
      `Invalid JSON in the ${response.status} response (${contentType || 'no content-type'})`,
      { cause },
    );
  }
  if (req.unwrap === undefined) return body as T;
  return (
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[req.unwrap] : undefined
  ) as T;
}
