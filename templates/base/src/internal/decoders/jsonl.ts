/**
 * A JSON Lines body (`application/x-jsonl`, NDJSON) read a value at a time, as Stainless's SDKs return it from such a
 * method (`APIPromise<JSONLDecoder<MessageBatchIndividualResponse>>`), at Stainless's path: code written for them
 * imports it from here and builds one with `JSONLDecoder.fromResponse(response, controller)`.
 */
import { SDKError } from '../../core/error.js';
import { ReadableStreamToAsyncIterable } from '../stainless-utils.js';

type Bytes = Uint8Array | ArrayBuffer | string;

export class JSONLDecoder<T> {
  /** Aborts the request whose body this reads (ending the iteration). */
  controller: AbortController;
  readonly #iterator: AsyncIterableIterator<Bytes>;

  constructor(iterator: AsyncIterableIterator<Bytes>, controller: AbortController) {
    this.#iterator = iterator;
    this.controller = controller;
  }

  async *#decode(): AsyncGenerator<T, void, undefined> {
    const decoder = new TextDecoder();
    let buffered = '';
    for await (const chunk of this.#iterator) {
      buffered += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      const lines = buffered.split(/\r\n|\r|\n/);
      // The last piece may be a line still arriving.
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
    }
    buffered += decoder.decode();
    if (buffered.trim()) yield JSON.parse(buffered) as T;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.#decode();
  }

  /** The decoder of `response`'s body; `controller` aborts its request. */
  static fromResponse<T>(response: Response, controller: AbortController): JSONLDecoder<T> {
    if (!response.body) {
      controller.abort();
      throw new SDKError('Attempted to iterate over a response with no body');
    }
    return new JSONLDecoder<T>(ReadableStreamToAsyncIterable<Bytes>(response.body), controller);
  }
}
