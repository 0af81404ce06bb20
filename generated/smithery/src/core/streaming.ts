// Streamed responses: Server-Sent Events (text/event-stream) and JSON Lines as async iterables.

import type { APIResponseProps } from './api-promise.js';
import type { Reconnect, SSEData, SSERule } from './base-client.js';
import { APIConnectionError, APIError, SDKError } from './error.js';
import { retryDelay } from '../internal/retry.js';
import { sleep } from '../internal/utils.js';

// Declared with the request options that carry the rules (so that an SDK without streaming needs no core/streaming).
export type { SSEData, SSERule };

/** One Server-Sent Event. `data` is parsed JSON or the raw text, depending on the method. */
export interface ServerSentEvent<Data = string> {
  /** The `event:` field, null when the event has none (an unnamed "message" event). */
  event: string | null;
  /** The `data:` lines of the event, joined with "\n" (then JSON-parsed for JSON streams). */
  data: Data;
  id: string | null;
  /** The `retry:` field in milliseconds. */
  retry: number | null;
}

/**
 * An async iterable of values (for SSE methods: `ServerSentEvent`s) read from a streamed response.
 * It can be iterated once; `tee()` splits it. Breaking out of the loop, or `controller.abort()`, closes the
 * connection.
 */
export class Stream<T> implements AsyncIterable<T> {
  private consumed = false;

  constructor(
    private readonly iterate: () => AsyncIterator<T>,
    /** Aborts the underlying request; iteration then ends quietly. */
    readonly controller: AbortController,
  ) {}

  /**
   * The stream of a successful `responseKind: 'sse'` or `'jsonl'` call (what the client calls through the request's
   * `stream`): its body is the caller's to read (no timeout, the caller's signal still cancels it), as the request's
   * `sseData` and `sseItems` say; a JSON Lines body yields each line's value.
   * @internal
   */
  static fromAPIResponse(props: APIResponseProps): unknown {
    const { response, request, attempt } = props;
    attempt.settle(false);
    // Streamed attempts always have a controller (see `Attempt`).
    if (request.responseKind === 'jsonl') return Stream.fromJSONLines(response, attempt.controller!);
    return Stream.fromSSEResponse(
      response,
      attempt.controller!,
      request.sseData ?? 'json',
      request.sseItems,
      props,
      request.sseRules,
    );
  }

  /**
   * The events of a `text/event-stream` response. With `data: 'json'` each event's data is JSON-parsed, and an
   * event whose data is `[DONE]` ends the stream; with `'any'` it is JSON-parsed where it is JSON, else kept as
   * text (`[DONE]` ends it too: Stainless's `stream: true` calls read their events so, chat completions among them).
   * With `items: 'data'` the stream yields each event's data alone.
   *
   * With `reconnect`, for GET streams, a connection cut after the server sent an event `id:` is reopened with
   * `Last-Event-ID`, after the server's `retry:` delay (else the retry backoff), as the event-stream standard
   * says; a 204 to the new request ends the stream, an error status throws. At most `maxRetries` (the request's)
   * reconnections in a row may fail (an event received starts the count again). A stream whose server sends
   * no ids is not resumed: it would start over and repeat its events.
   *
   * With `rules`, each event is yielded, skipped, ends the stream or is thrown as the first rule that applies to it
   * says (see `SSERule`); a JSON stream still ends at `[DONE]`.
   */
  static fromSSEResponse<Data>(
    response: Response,
    controller: AbortController,
    data: SSEData,
    items?: 'events',
    reconnect?: Reconnect,
    rules?: readonly SSERule[],
  ): Stream<ServerSentEvent<Data>>;
  static fromSSEResponse<Data>(
    response: Response,
    controller: AbortController,
    data: SSEData,
    items: 'data',
    reconnect?: Reconnect,
    rules?: readonly SSERule[],
  ): Stream<Data>;
  static fromSSEResponse<Data>(
    response: Response,
    controller: AbortController,
    data: SSEData,
    items?: 'events' | 'data',
    reconnect?: Reconnect,
    rules?: readonly SSERule[],
  ): Stream<ServerSentEvent<Data>> | Stream<Data>;
  static fromSSEResponse<Data>(
    response: Response,
    controller: AbortController,
    data: SSEData,
    items: 'events' | 'data' = 'events',
    reconnect?: Reconnect,
    rules?: readonly SSERule[],
  ): Stream<ServerSentEvent<Data>> | Stream<Data> {
    let events: () => AsyncGenerator<ServerSentEvent<Data>, void, undefined>;
    let publicController = controller;
    // GET streams can be resumed where they were cut; a POST cannot be sent twice.
    if (reconnect?.request.method === 'get') {
      // One controller for the whole stream, whichever connection is open.
      publicController = new AbortController();
      const whole = publicController;
      whole.signal.addEventListener('abort', () => controller.abort());
      reconnect.attempt.signal?.addEventListener('abort', () => whole.abort());
      events = () => readResumable<Data>(response, controller, data, reconnect, whole, rules);
    } else {
      events = () => readEvents<Data>(response, controller, data, {}, rules);
    }
    if (items === 'events') return new Stream(events, publicController);
    return new Stream(async function* () {
      for await (const event of events()) yield event.data;
    }, publicController);
  }

  /**
   * The values of a JSON Lines body (`application/x-jsonl`, `application/jsonl`, NDJSON: one JSON value a line; blank
   * lines skipped), read as it arrives; a line that is not JSON throws an `SDKError` saying which line it is.
   */
  static fromJSONLines<T>(response: Response, controller: AbortController): Stream<T> {
    const body = response.body;
    return new Stream(async function* () {
      if (body) yield* readJSONLines<T>(body, controller);
    }, controller);
  }

  /** Reads a stream written by `toReadableStream()` (one JSON value per line). */
  static fromReadableStream<T>(
    stream: ReadableStream<Uint8Array>,
    controller: AbortController = new AbortController(),
  ): Stream<T> {
    return new Stream(() => readJSONLines<T>(stream, controller), controller);
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.consumed)
      throw new SDKError('This stream has already been iterated; use tee() to read it twice.');
    this.consumed = true;
    return this.iterate();
  }

  /** Two independent streams of the same values (the values are buffered until both have read them). */
  tee(): [Stream<T>, Stream<T>] {
    const queues: Array<Array<Promise<IteratorResult<T>>>> = [[], []];
    let source: AsyncIterator<T> | undefined;
    const branch = (own: Array<Promise<IteratorResult<T>>>) =>
      new Stream<T>(
        () => ({
          next: () => {
            if (own.length === 0) {
              const result = (source ??= this[Symbol.asyncIterator]()).next();
              for (const queue of queues) queue.push(result);
            }
            return own.shift() as Promise<IteratorResult<T>>;
          },
        }),
        this.controller,
      );
    return [branch(queues[0] ?? []), branch(queues[1] ?? [])];
  }

  /** The values as a byte stream of JSON lines (e.g. to send to a browser); see `fromReadableStream`. */
  toReadableStream(): ReadableStream<Uint8Array> {
    const encoder = new TextEncoder();
    let iterator: AsyncIterator<T> | undefined;
    return new ReadableStream<Uint8Array>({
      pull: async (sink) => {
        try {
          const { value, done } = await (iterator ??= this[Symbol.asyncIterator]()).next();
          if (done) sink.close();
          else sink.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        } catch (error) {
          sink.error(error);
        }
      },
      cancel: async () => {
        await iterator?.return?.();
      },
    });
  }
}

/** What the standard keeps across events and connections: the last event ID and the reconnection time. */
interface StreamState {
  lastEventID?: string;
  retry?: number;
}

/**
 * The events of `response`, then of each reconnection (see `Stream.fromSSEResponse`). `whole` aborts the
 * stream, whichever connection is open.
 */
async function* readResumable<Data>(
  response: Response | undefined,
  controller: AbortController,
  mode: SSEData,
  reconnect: Reconnect,
  whole: AbortController,
  rules: readonly SSERule[] | undefined,
): AsyncGenerator<ServerSentEvent<Data>, void, undefined> {
  const state: StreamState = {};
  let failures = 0;
  let cut: unknown;
  for (;;) {
    if (response) {
      try {
        for await (const event of readEvents<Data>(response, controller, mode, state, rules)) {
          failures = 0;
          yield event;
        }
        return;
      } catch (error) {
        if (!(error instanceof APIConnectionError) || state.lastEventID === undefined) throw error;
        cut = error;
      }
    }
    if (whole.signal.aborted) return;
    if (failures >= (reconnect.options?.maxRetries ?? reconnect.client.maxRetries)) throw cut;
    await sleep(state.retry ?? retryDelay(failures, undefined, reconnect.backoff), whole.signal);
    failures++;
    if (whole.signal.aborted) return;
    try {
      ({ response, controller } = await reopen(reconnect, state.lastEventID ?? '', whole.signal));
    } catch (error) {
      if (whole.signal.aborted) return;
      // A connection that fails counts as a failed reconnection; an error status ends the stream.
      if (!(error instanceof APIConnectionError)) throw error;
      cut = error;
      response = undefined;
      continue;
    }
    if (whole.signal.aborted) controller.abort();
    // "No content": the server has nothing more to send.
    if (response.status === 204) return;
  }
}

/** Sends the stream's request again with `Last-Event-ID`; resolves once the new response's headers arrived. */
async function reopen(
  { client, request, options }: Reconnect,
  lastEventID: string,
  signal: AbortSignal,
): Promise<{ response: Response; controller: AbortController }> {
  const next = await client.makeRequest(
    { ...request, headers: { ...request.headers, 'Last-Event-ID': lastEventID } },
    { ...options, maxRetries: 0, signal },
  );
  // The stream reads the body: no timeout (as for the first response).
  next.attempt.settle(false);
  // Streamed attempts always have a controller (see `Attempt`).
  return { response: next.response, controller: next.attempt.controller ?? new AbortController() };
}

/**
 * Parses the SSE wire format (WHATWG HTML § 9.2.6). A trailing event without its blank line is dropped.
 * `state` receives the `id:` and `retry:` fields as they arrive; `rules` say what becomes of each event.
 */
async function* readEvents<Data>(
  response: Response,
  controller: AbortController,
  mode: SSEData,
  state: StreamState,
  rules?: readonly SSERule[],
): AsyncGenerator<ServerSentEvent<Data>, void, undefined> {
  let event: string | null = null;
  let id: string | null = null;
  let retry: number | null = null;
  let data: string[] = [];
  if (!response.body) return;
  const lines = new Lines(response.body, controller);
  for await (const line of lines.read()) {
    if (line === '') {
      // A blank line dispatches the event, if it has data.
      if (data.length > 0) {
        const text = data.join('\n');
        // The stream's own end: the connection is closed, the request not aborted (see `Lines.end`).
        if (mode !== 'text' && text === '[DONE]') {
          lines.end();
          return;
        }
        // Without rules every event is yielded; with them, an event no rule applies to is skipped.
        const rule = rules ? ruleFor(rules, event, text) : YIELD;
        if (rule?.handle === 'done') {
          lines.end();
          return;
        }
        if (rule?.handle === 'error')
          throw new APIError(undefined, safeJSON(text), undefined, response.headers);
        if (rule?.handle === 'yield') {
          const parsed = mode === 'json' ? parseJSON(text) : mode === 'any' ? safeJSON(text) : text;
          const error = rule.errorProperty ? propertyOf(parsed, rule.errorProperty) : undefined;
          if (error) throw new APIError(undefined, error, undefined, response.headers);
          yield { event, data: parsed as Data, id, retry };
        }
      }
      event = id = retry = null;
      data = [];
      continue;
    }
    const read = readField(line);
    if (!read) continue; // comment / keep-alive
    const { field, value } = read;
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = state.lastEventID = value;
    else if (field === 'retry' && /^\d+$/.test(value)) retry = state.retry = Number(value);
  }
}

/**
 * A line's field and value (WHATWG HTML § 9.2.6): the text before the first colon, the rest after it less one leading
 * space; a line without a colon is a field with an empty value. Null for a comment (a line starting with a colon).
 */
function readField(line: string): { field: string; value: string } | null {
  if (line.startsWith(':')) return null;
  const colon = line.indexOf(':');
  if (colon < 0) return { field: line, value: '' };
  const value = line.slice(colon + 1);
  return { field: line.slice(0, colon), value: value.startsWith(' ') ? value.slice(1) : value };
}

const YIELD: SSERule = { handle: 'yield' };

/** The first rule that applies to an event. */
function ruleFor(rules: readonly SSERule[], event: string | null, text: string): SSERule | undefined {
  return rules.find(
    (rule) =>
      (!rule.events || rule.events.includes(event)) &&
      (rule.dataStartsWith === undefined || text.startsWith(rule.dataStartsWith)),
  );
}

/** An error event's data: its JSON, else its text. */
function safeJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function propertyOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function parseJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new SDKError(`Invalid JSON in a server-sent event: ${text.slice(0, 100)}`, { cause });
  }
}

/** Each line's JSON value (blank lines skipped); a line that is not JSON is an `SDKError` naming it. */
async function* readJSONLines<T>(
  stream: ReadableStream<Uint8Array>,
  controller: AbortController,
): AsyncGenerator<T, void, undefined> {
  let number = 0;
  for await (const line of new Lines(stream, controller).read()) {
    number++;
    if (!line.trim()) continue;
    let value: T;
    try {
      value = JSON.parse(line) as T;
    } catch (cause) {
      throw new SDKError(`Invalid JSON on line ${number} of a JSON Lines response: ${line.slice(0, 100)}`, {
        cause,
      });
    }
    yield value;
  }
}

/**
 * The lines of a UTF-8 byte stream (split on CRLF, LF or CR), the unterminated last one included. A read error
 * becomes an `APIConnectionError`; an abort through `controller` ends the lines quietly. Leaving early (or an
 * error) aborts the request so the connection is not left open, unless the reader ended the stream first (`end()`:
 * its terminator read, `[DONE]`): the connection is then closed and `controller` left alone, as it is when the body
 * ends, so that code reading `stream.controller.signal.aborted` after a stream it read to its end sees `false`, as
 * with Stainless's streams (a chat completion helper throws an abort error otherwise).
 */
class Lines {
  #ended = false;

  constructor(
    private readonly stream: ReadableStream<Uint8Array>,
    private readonly controller: AbortController,
  ) {}

  /** Marks the stream as ended by its reader: leaving `read()` now closes the body without aborting. */
  end(): void {
    this.#ended = true;
  }

  async *read(): AsyncGenerator<string, void, undefined> {
    const { controller } = this;
    const reader = this.stream.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    // A chunk ending in "\r" may be the first half of a "\r\n" pair.
    let skipLF = false;
    let finished = false;
    try {
      for (;;) {
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch (cause) {
          if (controller.signal.aborted) return;
          throw new APIConnectionError({ message: 'The stream was interrupted.', cause });
        }
        let text = chunk.done ? decoder.decode() : decoder.decode(chunk.value, { stream: true });
        if (skipLF && text.startsWith('\n')) text = text.slice(1);
        if (text) skipLF = text.endsWith('\r');
        buffer += text;
        const lines = buffer.split(/\r\n|\r|\n/);
        buffer = lines.pop() ?? '';
        for (const line of lines) yield line;
        if (chunk.done) {
          finished = true;
          if (buffer) yield buffer;
          return;
        }
      }
    } finally {
      if (finished) reader.releaseLock();
      else if (this.#ended) reader.cancel().catch(noop);
      else {
        controller.abort();
        reader.releaseLock();
      }
    }
  }
}

function noop(): void {}
