/**
 * How a stream read to its end leaves its `controller`: not aborted (as a Stainless stream leaves it), whether the body
 * ended or the stream's terminator (`[DONE]`, a `done` rule) came first. Code written for Stainless's SDKs reads it so
 * after a loop (a chat completion helper: "aborted after the loop" is a user's abort, thrown as `APIUserAbortError`).
 * A stream the reader leaves early is aborted (that closes its connection), as before. Real HTTP, a local server.
 */
import { describe, expect, test } from 'vitest';
import { sse, type Handler } from './helpers/server';
import { setup } from './helpers/setup';

const t = setup();

interface Streamed {
  controller: AbortController;
  [Symbol.asyncIterator](): AsyncIterator<{ data: unknown }>;
}

/** Writes `chunks`, then keeps the connection open; `closed` resolves when the client goes away. */
function thenHang(chunks: string[]): { handler: Handler; closed: Promise<void> } {
  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const handler: Handler = (_req, res) => {
    res.on('close', () => resolveClosed());
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const chunk of chunks) res.write(chunk);
  };
  return { handler, closed };
}

async function readAll(stream: Streamed): Promise<unknown[]> {
  const seen: unknown[] = [];
  for await (const event of stream) seen.push(event.data);
  return seen;
}

describe("a stream read to its end leaves its controller alone (as Stainless's streams do)", () => {
  test('[DONE] on a POST stream: the connection is closed, the controller not aborted', async () => {
    const { handler, closed } = thenHang(['data: {"type":"a","n":1}\n\n', 'data: [DONE]\n\n']);
    t.server.on('POST /events', handler);
    const stream = (await t.client().items.postEvents()) as Streamed;
    expect(await readAll(stream)).toEqual([{ type: 'a', n: 1 }]);
    expect(stream.controller.signal.aborted).toBe(false);
    await closed;
  });

  test('[DONE] on a GET stream (one that may reconnect), and a body that ends', async () => {
    const { handler, closed } = thenHang(['data: {"type":"a","n":1}\n\n', 'data: [DONE]\n\n']);
    t.server.on('GET /events', handler);
    const stream = (await t.client().items.events()) as Streamed;
    expect(await readAll(stream)).toEqual([{ type: 'a', n: 1 }]);
    expect(stream.controller.signal.aborted).toBe(false);
    await closed;
    t.server.on('POST /events', sse(['data: {"type":"b","n":2}\n\n']));
    const ended = (await t.client().items.postEvents()) as Streamed;
    expect(await readAll(ended)).toEqual([{ type: 'b', n: 2 }]);
    expect(ended.controller.signal.aborted).toBe(false);
  });

  test("an event a `done` rule applies to (a Stainless config's streaming.on_event)", async () => {
    const { handler, closed } = thenHang(['data: {"type":"a","n":1}\n\n', 'event: end\ndata: {}\n\n']);
    t.server.on('POST /ruled-events', handler);
    const stream = (await t.client().items.ruledEvents()) as Streamed;
    expect(await readAll(stream)).toEqual([{ type: 'a', n: 1 }]);
    expect(stream.controller.signal.aborted).toBe(false);
    await closed;
  });

  test('the values of a tee() read to the end: the controller they share is not aborted', async () => {
    t.server.on('POST /events', sse(['data: {"type":"a","n":1}\n\n', 'data: [DONE]\n\n'], { end: 'hang' }));
    const stream = (await t.client().items.postEvents()) as Streamed & { tee(): [Streamed, Streamed] };
    const [left, right] = stream.tee();
    expect(await readAll(left)).toEqual([{ type: 'a', n: 1 }]);
    expect(await readAll(right)).toEqual([{ type: 'a', n: 1 }]);
    expect(left.controller.signal.aborted).toBe(false);
  });

  test('leaving the loop early still aborts the request (and closes the connection)', async () => {
    const { handler, closed } = thenHang(['data: {"type":"a","n":1}\n\n', 'data: {"type":"b","n":2}\n\n']);
    t.server.on('POST /events', handler);
    const stream = (await t.client().items.postEvents()) as Streamed;
    for await (const _event of stream) break;
    expect(stream.controller.signal.aborted).toBe(true);
    await closed;
  });
});
