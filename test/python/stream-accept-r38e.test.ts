/**
 * What a Python SDK from a Stainless config asks for when it streams, as Stainless's SDKs do in every era: a method the
 * config marks always streaming (`streaming: {}`) sends no `Accept` of its own, the client's `application/json` going
 * out (opencode-python's `event.list`; neither anthropic-python nor openai-python ever wrote one for a stream); nor
 * does a method streaming on its `stream` param (anthropic-python's `messages.create`); an event stream the config
 * left unmarked asks for `text/event-stream` (cartesia-python's `tts.generate_sse`). Before, sdkgen's marked method
 * sent `text/event-stream` too. Its README holds the stream's result, and iterates its events, in the variable
 * Stainless's programs hold it in: after the events' type, as a JSON response of it would be (opencode-python's
 * `for events in stream:`, its events `EventListResponse`), not `response`.
 * With SDKGEN_PYTHON_TESTS=full the package streams from a real server on 127.0.0.1, which records each Accept.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /event:
    get:
      operationId: eventList
      responses:
        '200':
          description: ok
          content:
            text/event-stream:
              schema:
                oneOf:
                  - { type: object, properties: { type: { const: started } }, required: [type] }
                  - { type: object, properties: { type: { const: ended } }, required: [type] }
  /chat:
    post:
      operationId: chat
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { stream: { type: boolean }, q: { type: string } }, required: [q] }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { $ref: '#/components/schemas/Chunk' } }
            text/event-stream: { schema: { $ref: '#/components/schemas/Chunk' } }
  /logs:
    get:
      operationId: logs
      responses:
        '200': { description: ok, content: { text/event-stream: { schema: { $ref: '#/components/schemas/Chunk' } } } }
components:
  schemas:
    Chunk: { type: object, properties: { text: { type: string } }, required: [text] }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  event:
    methods:
      list: { endpoint: get /event, streaming: {} }
  chat:
    models: { chunk: Chunk }
    methods:
      create: { endpoint: post /chat, streaming: { param_discriminator: stream } }
  logs:
    methods:
      list: get /logs
`;

const ASKS_FOR_EVENTS = 'extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}';

const root = pythonTempDir('py-stream-accept');
writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
writeFileSync(path.join(root, 'stainless.yml'), CONFIG);

/** The package's files of `era` (null: the newest), by their paths in the package. */
async function packageOf(era: string | null): Promise<(file: string) => string> {
  const spec = path.join(root, 'openapi.yaml');
  const result = await generate({
    spec,
    config: path.join(root, 'stainless.yml'),
    target: 'python',
    stainlessEra: era,
  });
  return (file) => {
    const found = result.files.find((f) => f.path === file || f.path === `src/acme/${file}`);
    if (!found) throw new Error(`no ${file}`);
    return found.contents;
  };
}

describe("a streaming method's Accept, from a Stainless config", () => {
  it.each([null, '2025-10-27', '2024-06-01', '2023-09-01'])(
    'sends none of its own where the config marks it streaming (era %s)',
    async (era) => {
      const file = await packageOf(era);
      const event = file('resources/event.py');
      expect(event).toMatch(/def list\([\s\S]*?\) -> Stream\[EventListResponse\]:/);
      expect(event).not.toContain('Accept');
      const chat = file('resources/chat.py');
      expect(chat).toContain('stream_cls=Stream[Chunk]');
      expect(chat).not.toContain('Accept');
    },
  );

  it('asks for text/event-stream where the config left the stream unmarked, streamed or read as text', async () => {
    const newest = (await packageOf(null))('resources/logs.py');
    expect(newest).toContain('stream_cls=Stream[Chunk]');
    expect(newest).toContain(ASKS_FOR_EVENTS);
    expect((await packageOf('2024-06-01'))('resources/logs.py')).toContain(ASKS_FOR_EVENTS);
  });
});

describe("the README's streaming program", () => {
  it("holds the result and each event after the events' type, as Stainless's do", async () => {
    const readme = (await packageOf(null))('README.md');
    expect(readme).toContain('stream = client.event.list()\nfor events in stream:\n    print(events)');
    expect(readme).toContain('stream = await client.event.list()\nasync for events in stream:\n    print(events)');
    expect(readme).not.toMatch(/for response in stream/);
  });
});

const SCRIPT = `${LOCAL_SERVER}
import asyncio
from acme import Acme, AsyncAcme

accepts = {}

def answer(request):
    accepts.setdefault(request.path, []).append(request.headers.get("Accept"))
    if request.path == "/event":
        return (200, "text/event-stream", b'data: {"type": "started"}\\n\\ndata: {"type": "ended"}\\n\\n')
    return (200, "text/event-stream", b'data: {"text": "a"}\\n\\ndata: {"text": "b"}\\n\\n')

url = serve(answer)
client = Acme(base_url=url, max_retries=0)
events = [event.type for event in client.event.list()]
chunks = [chunk.text for chunk in client.chat.create(q="hi", stream=True)]
logs = [chunk.text for chunk in client.logs.list()]

async def main():
    client = AsyncAcme(base_url=url, max_retries=0)
    return [event.type async for event in await client.event.list()]

print(json.dumps({"events": events, "chunks": chunks, "logs": logs, "async": asyncio.run(main()), "accepts": accepts}))
`;

describe.runIf(PYTHON_FULL)('the generated package against a real server', () => {
  const sdk = pythonSdk('py-stream-accept-full', {
    spec: { name: 'openapi.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });
  it('asks for JSON where Stainless does, text/event-stream where the stream is unmarked; reads every stream', async () => {
    const run = await sdk.run(SCRIPT, { timeout: 120_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual({
      events: ['started', 'ended'],
      chunks: ['a', 'b'],
      logs: ['a', 'b'],
      async: ['started', 'ended'],
      accepts: {
        '/event': ['application/json', 'application/json'],
        '/chat': ['application/json'],
        '/logs': ['text/event-stream'],
      },
    });
  }, 180_000);
});
if (!PYTHON_FULL) it.skip(`a real server: ${FULL_ONLY_NOTICE}`, () => {});
