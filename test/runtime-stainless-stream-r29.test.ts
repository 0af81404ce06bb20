/**
 * Owners' code written for Stainless's TypeScript runtime keeps working in an SDK made from a Stainless config.
 * groq-typescript's owners keep their own `src/core/streaming.ts` (Stainless's streaming module, theirs since their
 * config made none): sdkgen's client imports the `Stream` at that path, so it must read a response through
 * Stainless's `Stream.fromSSEResponse(response, controller, client)`, and the module's imports of Stainless's
 * `internal/shims` (`makeReadableStream`, `ReadableStreamToAsyncIterable`) must be there, with Stainless's behaviour.
 */
import path from 'node:path';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runGeneratedTests, typeCheckStrict } from './helpers/generated-tests';
import { SLOW_FULL } from './helpers/slow-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { sse, TestServer } from './runtime/helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/events': {
      get: {
        operationId: 'streamEvents',
        responses: { '200': { description: 'ok', content: { 'text/event-stream': { schema: { type: 'string' } } } } },
      },
    },
  },
};

const CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
resources:
  events:
    methods:
      stream:
        endpoint: get /events
        streaming: { param_discriminator: null }
`;

/** Stainless's `internal/shim-types.ts` (which migrate keeps where owners' code imports it). */
const SHIM_TYPES = `// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.
type _ReadableStream<R = any> = globalThis.ReadableStream<R>;
export type { _ReadableStream as ReadableStream };
`;

/**
 * The owners' streaming module, as Stainless writes one (groq's, shortened): it reads the body through Stainless's
 * shims, parses each event's data as JSON, ends at `[DONE]`, throws an event's `error`, and builds
 * `toReadableStream()` with `makeReadableStream`.
 */
const OWNERS_STREAMING = `import { AcmeError, APIError } from './error';
import { type ReadableStream } from '../internal/shim-types';
import { makeReadableStream, ReadableStreamToAsyncIterable } from '../internal/shims';
import { isAbortError } from '../internal/errors';
import { encodeUTF8, decodeUTF8 } from '../internal/utils/bytes';
import { loggerFor } from '../internal/utils/log';
import type { Acme } from '../client';

export type ServerSentEvent = { event: string | null; data: string; raw: string[] };

export class Stream<Item> implements AsyncIterable<Item> {
  controller: AbortController;
  #client: Acme | undefined;

  constructor(private iterator: () => AsyncIterator<Item>, controller: AbortController, client?: Acme) {
    this.controller = controller;
    this.#client = client;
  }

  static fromSSEResponse<Item>(response: Response, controller: AbortController, client?: Acme): Stream<Item> {
    let consumed = false;
    const logger = client ? loggerFor(client) : console;
    async function* iterator(): AsyncIterator<Item, any, undefined> {
      if (consumed) throw new AcmeError('Cannot iterate over a consumed stream, use \`.tee()\` to split the stream.');
      consumed = true;
      let done = false;
      try {
        for await (const sse of _iterSSEMessages(response, controller)) {
          if (done) continue;
          if (sse.data.startsWith('[DONE]')) {
            done = true;
            continue;
          }
          let data;
          try {
            data = JSON.parse(sse.data);
          } catch (e) {
            logger.error('Could not parse message into JSON:', sse.data);
            throw e;
          }
          if (data && data.error) throw new APIError(undefined, data.error, undefined, response.headers);
          yield data;
        }
        done = true;
      } catch (e) {
        if (isAbortError(e)) return;
        throw e;
      } finally {
        if (!done) controller.abort();
      }
    }
    return new Stream(iterator, controller, client);
  }

  [Symbol.asyncIterator](): AsyncIterator<Item> {
    return this.iterator();
  }

  get client(): Acme | undefined {
    return this.#client;
  }

  toReadableStream(): ReadableStream {
    const self = this;
    let iter: AsyncIterator<Item>;
    return makeReadableStream({
      async start() {
        iter = self[Symbol.asyncIterator]();
      },
      async pull(ctrl: any) {
        try {
          const { value, done } = await iter.next();
          if (done) return ctrl.close();
          ctrl.enqueue(encodeUTF8(JSON.stringify(value) + '\\n'));
        } catch (err) {
          ctrl.error(err);
        }
      },
      async cancel() {
        await iter.return?.();
      },
    });
  }
}

export async function* _iterSSEMessages(
  response: Response,
  controller: AbortController,
): AsyncGenerator<ServerSentEvent, void, unknown> {
  if (!response.body) {
    controller.abort();
    throw new AcmeError('Attempted to iterate over a response with no body');
  }
  let text = '';
  for await (const chunk of ReadableStreamToAsyncIterable<Uint8Array>(response.body)) {
    // (Lines end in CRLF or LF, as Stainless's line decoder reads them.)
    text = (text + decodeUTF8(chunk)).replace(/\\r\\n/g, '\\n');
    let end;
    while ((end = text.indexOf('\\n\\n')) !== -1) {
      const raw = text.slice(0, end).split('\\n');
      text = text.slice(end + 2);
      const field = (name: string) => raw.filter((l) => l.startsWith(name + ':')).map((l) => l.slice(name.length + 1).trimStart());
      yield { event: field('event')[0] ?? null, data: field('data').join('\\n'), raw };
    }
  }
}
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

let made: Promise<string> | undefined;
/** The SDK with the owners' module in place of sdkgen's, generated once for the file. */
const sdkWithOwnersStreaming = () => (made ??= makeSdkWithOwnersStreaming());

async function makeSdkWithOwnersStreaming(): Promise<string> {
  const root = tempDir('runtime-stainless-stream');
  roots.push(root);
  const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
  const out = new Map(files.map((f) => [f.path, f.contents]));
  out.set('src/core/streaming.ts', OWNERS_STREAMING);
  out.set('src/internal/shim-types.ts', SHIM_TYPES);
  writeFiles(
    root,
    [...out].map(([file, contents]) => ({ path: file, contents })),
  );
  return root;
}

describe("an owners' streaming module written for Stainless's runtime", () => {
  // The strict type check of the SDK with their module takes ~20 s: CI's (SDKGEN_SLOW_TESTS=full).
  it.runIf(SLOW_FULL)("compiles against sdkgen's client and Stainless's shims", async () => {
    const root = await sdkWithOwnersStreaming();
    const { status, output } = typeCheckStrict(root, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
    // And with Node's types alone, as a Stainless repository's tsconfig has them (every `ReadableStream` iterable).
    const node = typeCheckStrict(root, ['src/**/*.ts'], { lib: ['ES2022'], types: ['node'] });
    expect(node.output).toBe('');
    expect(node.status).toBe(0);
  });

  it("is what the client's streaming calls return, reading the events through Stainless's shims", async () => {
    const root = await sdkWithOwnersStreaming();
    const server = new TestServer();
    await server.start();
    try {
      const events = ['data: {"n":1}\n\n', 'data: {"n":2}\n\n', 'data: [DONE]\n\n'];
      server.on('GET /events', sse(events));
      const { Acme } = await import(pathToFileURL(path.join(root, 'src/index.ts')).href);
      const { Stream } = await import(pathToFileURL(path.join(root, 'src/core/streaming.ts')).href);
      const client = new Acme({ baseURL: server.url, apiKey: 'k' });

      // The generated method, and Stainless's form of a streaming call (`stream: true`).
      for (const call of [() => client.events.stream(), () => client.get('/events', { stream: true })]) {
        const stream = await call();
        expect(stream).toBeInstanceOf(Stream);
        expect(stream.client).toBe(client);
        const items: unknown[] = [];
        for await (const item of stream) items.push(item);
        expect(items).toEqual([{ n: 1 }, { n: 2 }]);
      }

      // `toReadableStream()` is built with Stainless's `makeReadableStream`: the events as JSON lines.
      const readable: ReadableStream<Uint8Array> = (await client.events.stream()).toReadableStream();
      expect(await new Response(readable).text()).toBe('{"n":1}\n{"n":2}\n');

      // An event carrying an error is thrown by their module, as Stainless's did.
      server.on('GET /events', sse(['data: {"error":{"message":"over capacity"}}\n\n']));
      const failing = await client.events.stream();
      await expect(
        (async () => {
          for await (const _ of failing) void _;
        })(),
      ).rejects.toThrow(/over capacity/);
    } finally {
      await server.stop();
    }
  });

  // groq-ts: sdkgen's tests/streaming.test.ts imports the `Stream` at src/core/streaming, theirs here, which reads
  // the events as its own code says (data alone): the case of sdkgen's whole events is no test of their class.
  it("leaves sdkgen's tests of its event streams passing, the case of sdkgen's own events skipped", async () => {
    const root = await sdkWithOwnersStreaming();
    const run = await runGeneratedTests(root, 'http://127.0.0.1:9', 60_000, ['tests/streaming.test.ts']);
    expect(run.failed, run.text).toEqual([]);
    expect(run.passed).toContain('event streams > yields each event’s JSON data, however the body is split');
    expect(run.passed).toContain('event streams > is read once only');
    expect(run.skipped).toEqual(['event streams > yields whole events, with their names, and ends at [DONE]']);
  }, 90_000);

  it("finds Stainless's shims at `internal/shims`, with Stainless's behaviour", async () => {
    const root = await sdkWithOwnersStreaming();
    const shims = await import(pathToFileURL(path.join(root, 'src/internal/shims.ts')).href);
    const collected: number[] = [];
    for await (const n of shims.ReadableStreamToAsyncIterable(shims.ReadableStreamFrom([1, 2, 3]))) collected.push(n);
    expect(collected).toEqual([1, 2, 3]);
    // A stream whose reader is read by hand (no async iteration of its own), ended early: the stream is cancelled.
    let cancelled = false;
    const stream = shims.makeReadableStream({
      pull: (c: ReadableStreamDefaultController<number>) => c.enqueue(7),
      cancel: () => void (cancelled = true),
    });
    const readerOnly = { getReader: () => stream.getReader() };
    const iterator = shims.ReadableStreamToAsyncIterable(readerOnly);
    expect(await iterator.next()).toEqual({ done: false, value: 7 });
    await iterator.return();
    expect(cancelled).toBe(true);
    let cancelledToo = false;
    await shims.CancelReadableStream(shims.makeReadableStream({ cancel: () => void (cancelledToo = true) }));
    expect(cancelledToo).toBe(true);
  });
});
