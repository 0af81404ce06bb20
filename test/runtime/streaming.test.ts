/** Server-Sent Events over real HTTP: parsing, chunk boundaries, cuts, aborts, reconnection, tee. */
import { describe, expect, test } from 'vitest';
import { json, noContent, resetConnection, sequence, sse, type Handler } from './helpers/server';
import { caught, setup, timed } from './helpers/setup';

const t = setup();

/** A ServerSentEvent as the tests see it (the SDK module is loaded untyped). */
interface SSE {
  event: string | null;
  id: string | null;
  retry: number | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
}

async function collect(stream: AsyncIterable<SSE>): Promise<SSE[]> {
  const out: SSE[] = [];
  for await (const value of stream) out.push(value);
  return out;
}

const event = (data: unknown, extra: Record<string, unknown> = {}) => ({
  event: null,
  id: null,
  retry: null,
  data,
  ...extra,
});

describe('parsing', () => {
  test('JSON events with names, ids, retry, comments and multi-line data', async () => {
    t.server.on(
      'GET /events',
      sse([
        ': keep-alive comment\n\n',
        'data: {"type":"a","n":1}\n\n',
        'event: update\nid: 7\nretry: 1500\ndata: {"type":"b",\ndata: "n":2}\n\n',
        'event: ping\n\n', // no data: not dispatched
        'data:{"type":"c","n":3}\nid\n\n', // no space after colon; bare field name
      ]),
    );
    const stream = await t.client().items.events();
    expect(stream).toBeInstanceOf(t.sdk.Stream);
    expect(await collect(stream)).toEqual([
      event({ type: 'a', n: 1 }),
      event({ type: 'b', n: 2 }, { event: 'update', id: '7', retry: 1500 }),
      event({ type: 'c', n: 3 }, { id: '' }),
    ]);
    expect(t.server.received()[0]?.headers['accept']).toBe('text/event-stream');
  });

  test('text events keep the raw data', async () => {
    t.server.on('GET /text-events', sse(['data: hello\n\n', 'data: two\ndata: lines\n\n', 'data:  leading space\n\n']));
    const events = await collect(await t.client().items.textEvents());
    expect(events.map((e) => e.data)).toEqual(['hello', 'two\nlines', ' leading space']);
  });

  test('CRLF, CR and LF line endings, split anywhere, including inside UTF-8 characters', async () => {
    const wire =
      'data: {"type":"é€😀","n":1}\r\n\r\ndata: {"type":"cr","n":2}\r\revent: x\ndata: {"type":"lf","n":3}\n\n';
    const bytes = Buffer.from(wire, 'utf8');
    // Every split position: each chunk boundary lands somewhere different ("\r" | "\n", mid-character…).
    for (let split = 1; split < bytes.length; split += 3) {
      t.server.on('GET /events', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(bytes.subarray(0, split));
        setTimeout(() => res.end(bytes.subarray(split)), 2);
      });
      const events = await collect(await t.client().items.events());
      expect({ split, events }).toEqual({
        split,
        events: [
          event({ type: 'é€😀', n: 1 }),
          event({ type: 'cr', n: 2 }),
          event({ type: 'lf', n: 3 }, { event: 'x' }),
        ],
      });
    }
  });

  test('"\\r" at the end of a chunk followed by "\\n" is one line break, not two', async () => {
    t.server.on('GET /text-events', sse(['data: a\r', '\ndata: b\r\n', '\r\n'], { gapMs: 5 }));
    const events = await collect(await t.client().items.textEvents());
    expect(events.map((e) => e.data)).toEqual(['a\nb']);
  });

  test('[DONE] ends a JSON stream and closes the connection', async () => {
    t.server.on('GET /events', sse(['data: {"type":"a","n":1}\n\n', 'data: [DONE]\n\n'], { end: 'hang' }));
    const events = await collect(await t.client().items.events());
    expect(events).toEqual([event({ type: 'a', n: 1 })]);
  });

  test('invalid JSON in an event raises a TestError', async () => {
    t.server.on('GET /events', sse(['data: {"type":\n\n']));
    const stream = await t.client().items.events();
    const error = await caught(() => collect(stream));
    expect(error).toBeInstanceOf(t.sdk.TestError);
    expect((error as Error).message).toMatch(/Invalid JSON in a server-sent event/);
  });

  test('an error status is thrown when awaiting, before any streaming', async () => {
    t.server.on('GET /events', json(404, { error: 'No such stream' }));
    const error = await caught(() => t.client().items.events());
    expect(error).toBeInstanceOf(t.sdk.NotFoundError);
    expect((error as Error).message).toBe('404 No such stream');
  });
});

describe("rules for each event (a Stainless config's streaming.on_event)", () => {
  test('the first rule that applies decides: yield, skip, done; an event no rule applies to is skipped', async () => {
    t.server.on(
      'POST /ruled-events',
      sse(
        [
          'data: {"type":"a","n":1}\n\n',
          'data: {"keepalive":true}\n\n', // skip, by the start of its data
          'event: update\ndata: {"type":"b","n":2}\n\n',
          'event: other\ndata: {"type":"c","n":3}\n\n', // no rule applies
          'event: end\ndata: {}\n\n', // done: the rest is not read
          'data: {"type":"d","n":4}\n\n',
        ],
        { end: 'hang' },
      ),
    );
    const events = await collect(await t.client().items.ruledEvents());
    expect(events).toEqual([event({ type: 'a', n: 1 }), event({ type: 'b', n: 2 }, { event: 'update' })]);
  });

  test('an error event is thrown as an APIError with its data, after the events before it', async () => {
    t.server.on(
      'POST /ruled-events',
      sse(['data: {"type":"a","n":1}\n\n', 'event: error\ndata: {"message":"overloaded"}\n\n', 'data: {"n":2}\n\n']),
    );
    const seen: number[] = [];
    const error = await caught(async () => {
      for await (const e of await t.client().items.ruledEvents()) seen.push(e.data.n);
    });
    expect(seen).toEqual([1]);
    expect(error).toBeInstanceOf(t.sdk.APIError);
    expect(error).toMatchObject({ status: undefined, error: { message: 'overloaded' } });
    expect((error as { headers: Headers }).headers.get('content-type')).toBe('text/event-stream');
    // Data that is not JSON is the error as it came.
    t.server.on('POST /ruled-events', sse(['event: error\ndata: overloaded\n\n']));
    expect(await caught(async () => collect(await t.client().items.ruledEvents()))).toMatchObject({
      error: 'overloaded',
    });
  });

  test("a yielded event whose data has the rule's error property is thrown instead", async () => {
    t.server.on(
      'POST /ruled-events',
      sse(['data: {"type":"a","n":1}\n\n', 'data: {"failure":{"code":"quota"}}\n\n', 'data: {"n":2}\n\n']),
    );
    const seen: number[] = [];
    const error = await caught(async () => {
      for await (const e of await t.client().items.ruledEvents()) seen.push(e.data.n);
    });
    expect(seen).toEqual([1]);
    expect(error).toBeInstanceOf(t.sdk.APIError);
    expect(error).toMatchObject({ error: { code: 'quota' } });
  });
});

describe('ends, cuts and aborts', () => {
  test('a stream cut mid-event (clean close) drops the partial event and ends', async () => {
    t.server.on('GET /events', sse(['data: {"type":"a","n":1}\n\n', 'event: half\ndata: {"type":"b"']));
    expect(await collect(await t.client().items.events())).toEqual([event({ type: 'a', n: 1 })]);
  });

  test('a connection reset mid-event raises APIConnectionError after the complete events', async () => {
    t.server.on('GET /events', sse(['data: {"type":"a","n":1}\n\n', 'data: {"type":"b"'], { gapMs: 10, end: 'cut' }));
    const stream = await t.client().items.events();
    const seen: unknown[] = [];
    const error = await caught(async () => {
      for await (const e of stream) seen.push(e.data);
    });
    expect(seen).toEqual([{ type: 'a', n: 1 }]);
    expect(error).toBeInstanceOf(t.sdk.APIConnectionError);
  });

  /** Streams an event every 10 ms until the client goes away; resolves `closed` when it does. */
  function endless(): { handler: Handler; closed: Promise<number> } {
    let resolveClosed: (sent: number) => void = () => {};
    const closed = new Promise<number>((resolve) => (resolveClosed = resolve));
    const handler: Handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      let n = 0;
      const timer = setInterval(() => res.write(`data: {"type":"tick","n":${++n}}\n\n`), 10);
      res.on('close', () => {
        clearInterval(timer);
        resolveClosed(n);
      });
    };
    return { handler, closed };
  }

  test('breaking out of the loop closes the connection', async () => {
    const { handler, closed } = endless();
    t.server.on('GET /events', handler);
    const seen = [];
    for await (const e of await t.client().items.events()) {
      seen.push(e.data.n);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(await closed).toBeLessThan(10);
  });

  test('controller.abort() ends the iteration quietly and closes the connection', async () => {
    const { handler, closed } = endless();
    t.server.on('GET /events', handler);
    const stream = await t.client().items.events();
    const seen = [];
    for await (const e of stream) {
      seen.push(e.data.n);
      if (seen.length === 2) stream.controller.abort();
    }
    expect(seen).toEqual([1, 2]);
    await closed;
  });

  test("the caller's signal still aborts the stream after the response arrived", async () => {
    const { handler, closed } = endless();
    t.server.on('GET /events', handler);
    const controller = new AbortController();
    const stream = await t.client().items.events({ signal: controller.signal });
    // Aborted at the third event (not after a wall-clock delay, which a loaded machine stretches): the stream never
    // ends of itself, so the loop ending and the server seeing the connection close are the abort's doing.
    const events: unknown[] = [];
    for await (const event of stream) {
      events.push(event);
      if (events.length === 3) controller.abort();
    }
    expect(events.length).toBeGreaterThanOrEqual(3);
    await closed;
  });

  test('the request timeout does not cut a long-running stream', async () => {
    const ticks = Array.from({ length: 6 }, (_, i) => `data: {"type":"t","n":${i}}\n\n`);
    t.server.on('GET /events', sse(ticks, { gapMs: 50 }));
    // Retries to spare: on a loaded machine the headers themselves may come later than 100 ms (that attempt is retried).
    const client = t.client({ timeout: 100, maxRetries: 5 });
    const { ms, result } = await timed(async () => collect(await client.items.events()));
    expect(result).toHaveLength(6);
    expect(ms).toBeGreaterThan(250);
  });
});

describe('reconnection (GET streams, as the event-stream standard says)', () => {
  const first = [
    'retry: 5\n\n',
    'id: 1\ndata: {"type":"a","n":1}\n\n',
    'id: 2\ndata: {"type":"b","n":2}\n\n',
    'data: {"type":"half"',
  ];

  test('a cut GET stream reconnects after the retry: delay with Last-Event-ID and goes on', async () => {
    t.server.on(
      'GET /events',
      sequence(
        sse(first, { gapMs: 5, end: 'cut' }),
        sse(['id: 3\ndata: {"type":"c","n":3}\n\n', 'data: {"type":"d","n":4}\n\n']),
      ),
    );
    const events = await collect(await t.client({ maxRetries: 1 }).items.events());
    expect(events.map((e) => e.data.n)).toEqual([1, 2, 3, 4]);
    const sent = t.server.received('GET /events');
    expect(sent.map((r) => r.headers['last-event-id'])).toEqual([undefined, '2']);
    expect(sent.map((r) => r.headers['accept'])).toEqual(['text/event-stream', 'text/event-stream']);
  });

  test('a 204 to the reconnection ends the stream', async () => {
    t.server.on('GET /events', sequence(sse(first, { gapMs: 5, end: 'cut' }), noContent));
    expect((await collect(await t.client().items.events())).map((e) => e.data.n)).toEqual([1, 2]);
    expect(t.server.received('GET /events')).toHaveLength(2);
  });

  test('an error status to the reconnection is thrown as its APIError', async () => {
    t.server.on('GET /events', sequence(sse(first, { gapMs: 5, end: 'cut' }), json(404, { error: 'gone' })));
    const seen: number[] = [];
    const error = await caught(async () => {
      for await (const e of await t.client().items.events()) seen.push(e.data.n);
    });
    expect(seen).toEqual([1, 2]);
    expect(error).toBeInstanceOf(t.sdk.NotFoundError);
  });

  test('reconnections that keep failing stop after maxRetries, with the connection error', async () => {
    t.server.on(
      'GET /events',
      sequence(sse(first, { gapMs: 5, end: 'cut' }), resetConnection, resetConnection, resetConnection),
    );
    const seen: number[] = [];
    const error = await caught(async () => {
      for await (const e of await t.client({ maxRetries: 2 }).items.events()) seen.push(e.data.n);
    });
    expect(seen).toEqual([1, 2]);
    expect(error).toBeInstanceOf(t.sdk.APIConnectionError);
    expect(t.server.received('GET /events')).toHaveLength(3);
  });

  test('a POST stream is never sent twice; nor is a stream without event ids', async () => {
    t.server.on('POST /events', sse(first, { gapMs: 5, end: 'cut' }));
    expect(await caught(async () => collect(await t.client().items.postEvents()))).toBeInstanceOf(
      t.sdk.APIConnectionError,
    );
    expect(t.server.received('POST /events')).toHaveLength(1);

    t.server.on('GET /events', sse(['data: {"type":"a","n":1}\n\n', 'data: {"type":"b"'], { gapMs: 5, end: 'cut' }));
    expect(await caught(async () => collect(await t.client().items.events()))).toBeInstanceOf(t.sdk.APIConnectionError);
    expect(t.server.received('GET /events')).toHaveLength(1);
  });

  test('aborting while it waits to reconnect ends the stream quietly, without a new request', async () => {
    // The server asks for a minute between reconnections: only the abort can end the wait.
    t.server.on(
      'GET /events',
      sse(['retry: 60000\nid: 1\ndata: {"type":"a","n":1}\n\n', 'data: {"type":"half"'], { gapMs: 5, end: 'cut' }),
    );
    const stream = await t.client().items.events();
    const seen: number[] = [];
    for await (const e of stream) {
      seen.push(e.data.n);
      setTimeout(() => stream.controller.abort(), 50);
    }
    expect(seen).toEqual([1]);
    expect(t.server.received('GET /events')).toHaveLength(1);
  });
});

describe('Stream helpers', () => {
  const three = ['data: {"type":"a","n":1}\n\n', 'data: {"type":"b","n":2}\n\n', 'data: {"type":"c","n":3}\n\n'];

  test('a stream can be iterated once; tee() gives two full copies', async () => {
    t.server.on('GET /events', sse(three, { gapMs: 5 }));
    const stream = await t.client().items.events();
    const [left, right] = stream.tee();
    const [a, b] = await Promise.all([collect(left), collect(right)]);
    expect(a.map((e) => e.data.n)).toEqual([1, 2, 3]);
    expect(b).toEqual(a);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(t.sdk.TestError);
    expect(t.server.received()).toHaveLength(1);
  });

  test('toReadableStream() writes JSON lines that fromReadableStream() reads back', async () => {
    t.server.on('GET /events', sse(three));
    const readable = (await t.client().items.events()).toReadableStream();
    const text = await new Response(readable).text();
    expect(
      text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).data.n),
    ).toEqual([1, 2, 3]);

    t.server.on('GET /events', sse(three));
    const again = t.sdk.Stream.fromReadableStream((await t.client().items.events()).toReadableStream());
    expect((await collect(again)).map((e) => e.data.type)).toEqual(['a', 'b', 'c']);
  });
});
