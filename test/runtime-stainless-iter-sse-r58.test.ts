/**
 * Stainless's streaming module exports `_iterSSEMessages(response, controller)`, its reader of a response's raw
 * events, and owners' code imports it (anthropic-sdk-typescript's test helper `tests/lib/sse-helpers.ts` parses its
 * recorded streams with it). An SDK made from a Stainless config with streaming methods exports it too, reading the
 * events as Stainless's decoder did: the cases below are Stainless's own tests of it (`tests/streaming.test.ts`).
 */
import path from 'node:path';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { SLOW_FULL } from './helpers/slow-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';

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

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

let made: Promise<string> | undefined;
const sdk = () => (made ??= makeSdk());

async function makeSdk(): Promise<string> {
  const root = tempDir('runtime-iter-sse');
  roots.push(root);
  const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
  writeFiles(root, files);
  return root;
}

interface RawEvent {
  event: string | null;
  data: string;
  raw: string[];
}

/** The events `_iterSSEMessages` reads from a body sent in `chunks`. */
async function eventsOf(chunks: Array<string | Uint8Array>): Promise<RawEvent[]> {
  return (await yielded(chunks)).map((event) => ({ event: event.event, data: event.data, raw: event.raw }));
}

/** The objects `_iterSSEMessages` yields for a body sent in `chunks`, as they are. */
async function yielded(chunks: Array<string | Uint8Array>): Promise<RawEvent[]> {
  const root = await sdk();
  const streaming = await import(pathToFileURL(path.join(root, 'src/core/streaming.ts')).href);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      controller.close();
    },
  });
  const events: RawEvent[] = [];
  for await (const event of streaming._iterSSEMessages(new Response(body), new AbortController())) events.push(event);
  return events;
}

describe("Stainless's `_iterSSEMessages` in an SDK from a Stainless config", () => {
  it('reads each event as sent: its name, its data as text, its lines', async () => {
    expect(await eventsOf(['event: completion\n', 'data: {"foo":true}\n', '\n'])).toEqual([
      { event: 'completion', data: '{"foo":true}', raw: ['event: completion', 'data: {"foo":true}'] },
    ]);
    expect(await eventsOf(['data: {"foo":true}\n', '\n'])).toEqual([
      { event: null, data: '{"foo":true}', raw: ['data: {"foo":true}'] },
    ]);
    // The stream's end is the caller's to read: `[DONE]` is an event like any other.
    expect((await eventsOf(['data: [DONE]\n\n'])).map((e) => e.data)).toEqual(['[DONE]']);
  });

  it("yields Stainless's objects key for key: `id:` and `retry:` fields are read by no one", async () => {
    // Owners' tests compare whole events (`toEqual({ event, data, raw })`): an `id: null` key would fail them.
    const events = await yielded(['id: 7\n', 'retry: 100\n', 'event: ping\n', 'data:x\n', 'data\n', '\n']);
    expect(events).toStrictEqual([
      { event: 'ping', data: 'x\n', raw: ['id: 7', 'retry: 100', 'event: ping', 'data:x', 'data'] },
    ]);
  });

  it('yields an event without data, and one event per blank line', async () => {
    expect(await eventsOf(['event: foo\n', '\n', 'event: ping\n', '\n'])).toEqual([
      { event: 'foo', data: '', raw: ['event: foo'] },
      { event: 'ping', data: '', raw: ['event: ping'] },
    ]);
  });

  it('joins data lines with newlines, empty ones too, and skips comments', async () => {
    const events = await eventsOf([
      ': keep-alive\n',
      'event: ping\n',
      'data: {\n',
      'data: "foo":\n',
      'data: \n',
      'data:\n',
      'data: true}\n',
      '\n\n',
    ]);
    expect(events).toHaveLength(1);
    expect(events[0].event).toBe('ping');
    expect(events[0].data).toBe('{\n"foo":\n\n\ntrue}');
    expect(JSON.parse(events[0].data)).toEqual({ foo: true });
    expect(events[0].raw[0]).toBe(': keep-alive');
  });

  it('decodes characters split across chunks and CRLF line ends', async () => {
    const bytes = new TextEncoder().encode('event: completion\r\ndata: {"content":"известни"}\r\n\r\n');
    const cut = 40;
    const events = await eventsOf([bytes.slice(0, cut), bytes.slice(cut)]);
    expect(events.map((e) => [e.event, JSON.parse(e.data)])).toEqual([['completion', { content: 'известни' }]]);
  });

  it('throws for a response without a body, and aborts its request', async () => {
    const root = await sdk();
    const streaming = await import(pathToFileURL(path.join(root, 'src/core/streaming.ts')).href);
    const controller = new AbortController();
    const reading = (async () => {
      for await (const _ of streaming._iterSSEMessages(new Response(null), controller)) void _;
    })();
    await expect(reading).rejects.toThrow(/no body/);
    expect(controller.signal.aborted).toBe(true);
  });

  // The strict type check of the SDK takes a while: CI's (SDKGEN_SLOW_TESTS=full).
  it.runIf(SLOW_FULL)('type-checks, with the events typed as Stainless typed them', async () => {
    const root = await sdk();
    writeFiles(root, [
      {
        path: 'src/uses-iter.ts',
        contents: `import { _iterSSEMessages } from './core/streaming';
export async function names(response: Response): Promise<Array<string | null>> {
  const out: Array<string | null> = [];
  for await (const sse of _iterSSEMessages(response, new AbortController())) {
    const text: string = sse.data;
    const lines: string[] = sse.raw;
    out.push(sse.event ?? (text + lines.length));
  }
  return out;
}
`,
      },
    ]);
    const { status, output } = typeCheckStrict(root, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
