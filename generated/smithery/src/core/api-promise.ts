import type { APIRequest, Attempt, BaseClient, RequestOptions } from './base-client.js';
import type { RetryBackoff } from '../internal/retry.js';

/** What a successful attempt hands over: the response (headers received, body unread) and its context. */
export interface APIResponseProps {
  response: Response;
  request: APIRequest;
  options: RequestOptions | undefined;
  /** The attempt that got the response: its timeout and abort state, and how to read the body within them. */
  attempt: Attempt;
  /** Logs the body text once read (set at log level `debug`). */
  logBody: ((status: number, text: string | undefined) => void) | undefined;
  /** The client that sent the request (GET event streams send it again to resume, see `Reconnect`). */
  client: BaseClient;
  /** The client's retry backoff (see `Reconnect`). */
  backoff: RetryBackoff | undefined;
}

/**
 * The result of an API call: a Promise of the parsed body that also gives access to the raw `Response`.
 *
 * The request is sent straight away; the body is only read when the promise is awaited (or `.then`ed), so
 * `asResponse()` can hand over an untouched body.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #response: Promise<APIResponseProps>;
  readonly #parseResponse: (props: APIResponseProps) => Promise<T>;
  #parsed: Promise<T> | undefined;

  constructor(
    responsePromise: Promise<APIResponseProps>,
    parseResponse: (props: APIResponseProps) => Promise<T>,
  ) {
    // The base Promise is a placeholder: then/catch/finally are redirected to the parsed body below.
    super((resolve) => resolve(undefined as T));
    this.#response = responsePromise;
    this.#parseResponse = parseResponse;
  }

  /** The raw `Response` once its headers arrived. Its body is left for you to read (and is not timed out). */
  asResponse(): Promise<Response> {
    return this.#response.then((props) => {
      props.attempt.settle(false);
      return props.response;
    });
  }

  /** The parsed body together with the raw `Response` (whose body has then been consumed). */
  async withResponse(): Promise<{ data: T; response: Response }> {
    // Parsing awaits the response first: once it is parsed, the response is there.
    const data = await this.#parse();
    return { data, response: (await this.#response).response };
  }

  #parse(): Promise<T> {
    return (this.#parsed ??= this.#response.then(this.#parseResponse));
  }

  // `catch` needs no override: Promise's own calls `this.then(undefined, onrejected)`. `finally` does: Promise's
  // own would build an APIPromise for its result.
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parse().then(onfulfilled, onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parse().finally(onfinally);
  }
}
