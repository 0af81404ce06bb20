/**
 * `sdkgen migrate --from-repo` reads which methods stream from Stainless's code. An event stream its config left
 * unmarked is streamed by the newer Stainless generator all the same, but its request asks for `text/event-stream`
 * itself (cartesia-js's `tts.generateSSE`: `headers: buildHeaders([{ Accept: 'text/event-stream' }, …]), stream:
 * true`); a marked one sends no `Accept`. The derived config marked both, so sdkgen's SDK dropped the `Accept` and its
 * README got a "Streaming responses" section Stainless's had not. Such a method stays unmarked now.
 */
import path from 'node:path';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { sse, TestServer } from './runtime/helpers/server';

const API_MD = `# TTS

Types:

- <code><a href="./src/resources/tts.ts">TTSSSEEvent</a></code>

Methods:

- <code title="post /tts/sse">client.tts.<a href="./src/resources/tts.ts">generateSSE</a>({ ...params }) -> TTSSSEEvent</code>

# Events

Types:

- <code><a href="./src/resources/events.ts">EventListResponse</a></code>

Methods:

- <code title="get /events">client.events.<a href="./src/resources/events.ts">list</a>() -> EventListResponse</code>

# Chat

Types:

- <code><a href="./src/resources/chat.ts">ChatCompletion</a></code>

Methods:

- <code title="post /chat">client.chat.<a href="./src/resources/chat.ts">create</a>({ ...params }) -> ChatCompletion</code>
`;

// Stainless's modules in their shapes (written for this test).
const TTS = `export class TTS extends APIResource {
  generateSSE(body: TTSGenerateSSEParams, options?: RequestOptions): APIPromise<Stream<TTSSSEEvent>> {
    return this._client.post('/tts/sse', {
      body,
      ...options,
      headers: buildHeaders([{ Accept: 'text/event-stream' }, options?.headers]),
      stream: true,
    }) as APIPromise<Stream<TTSSSEEvent>>;
  }
}
`;
const EVENTS = `export class Events extends APIResource {
  list(options?: RequestOptions): APIPromise<Stream<EventListResponse>> {
    return this._client.get('/events', { ...options, stream: true }) as APIPromise<Stream<EventListResponse>>;
  }
}
`;
const CHAT = `export class Chat extends APIResource {
  create(body: ChatCreateParams, options?: RequestOptions): APIPromise<ChatCompletion> | APIPromise<Stream<ChatCompletionChunk>> {
    return this._client.post('/chat', { body, ...options, stream: body.stream ?? false }) as
      | APIPromise<ChatCompletion>
      | APIPromise<Stream<ChatCompletionChunk>>;
  }
}
`;

const files = (apiMd: string) => [
  { path: 'api.md', blob: null, text: apiMd },
  { path: 'src/resources/tts.ts', blob: null, text: TTS },
  { path: 'src/resources/events.ts', blob: null, text: EVENTS },
  { path: 'src/resources/chat.ts', blob: null, text: CHAT },
  { path: 'package.json', blob: null, text: JSON.stringify({ name: 'acme' }) },
];

type Methods = Record<string, unknown>;
const methodsOf = (config: string, resource: string) =>
  (yaml.load(config) as { resources: Record<string, { methods: Methods }> }).resources[resource].methods;

describe('migrate: an event stream its Stainless config left unmarked', () => {
  it('is not among the streaming methods; a marked one, by a body field or always, is', () => {
    const input = derivedConfigInput(files(API_MD), null)!;
    expect(Object.fromEntries(input.streamingMethods!)).toEqual({
      'client.events.list': { param: null, event: 'EventListResponse' },
      'client.chat.create': { param: 'stream', event: 'ChatCompletionChunk' },
    });
    const { text } = deriveStainlessConfig(input);
    expect(methodsOf(text, 'tts')).toEqual({ generate_sse: 'post /tts/sse' });
    expect(methodsOf(text, 'events').list).toMatchObject({ streaming: { param_discriminator: null } });
    expect(methodsOf(text, 'chat').create).toMatchObject({ streaming: { param_discriminator: 'stream' } });
  });

  const SPEC = {
    openapi: '3.1.0',
    info: { title: 'Acme', version: '1' },
    servers: [{ url: 'https://api.acme.test' }],
    paths: {
      '/tts/sse': {
        post: {
          operationId: 'ttsSSE',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', required: ['transcript'], properties: { transcript: { type: 'string' } } },
              },
            },
          },
          responses: {
            '200': {
              description: 'ok',
              content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/TTSSSEEvent' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        TTSSSEEvent: { type: 'object', required: ['type'], properties: { type: { type: 'string' } } },
      },
    },
  };
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  // A generation and a run of the SDK: CI's full run.
  it.runIf(SLOW_FULL)(
    "gives an SDK that streams it as Stainless's did, asking for text/event-stream, with no README section",
    async () => {
      const apiMd = API_MD.slice(0, API_MD.indexOf('# Events'));
      const config = deriveStainlessConfig(derivedConfigInput(files(apiMd), null, SPEC)!).text;
      const root = tempDir('migrate-unmarked-stream');
      roots.push(root);
      const result = await generateFrom(root, SPEC, config, { funcs: false, referenceDocs: false });
      writeFiles(root, result.files);
      const readme = result.files.find((f) => f.path === 'README.md')!.contents;
      expect(readme).not.toContain('## Streaming responses');
      const tts = result.files.find((f) => f.path === 'src/resources/tts.ts')!.contents;
      expect(tts).toContain("headers: buildHeaders([{ Accept: 'text/event-stream' }, options?.headers]),");

      const server = new TestServer();
      await server.start();
      try {
        server.on('POST /tts/sse', sse(['data: {"type":"chunk"}\n\n', 'data: {"type":"done"}\n\n']));
        const { Acme } = await import(pathToFileURL(path.join(root, 'src/index.ts')).href);
        const client = new Acme({ baseURL: server.url, apiKey: 'k' });
        const events: unknown[] = [];
        for await (const event of await client.tts.generateSSE({ transcript: 'hi' })) events.push(event);
        expect(events).toEqual([{ type: 'chunk' }, { type: 'done' }]);
        expect(server.requests[0].headers.accept).toBe('text/event-stream');
      } finally {
        await server.stop();
      }
    },
    60_000,
  );
});
