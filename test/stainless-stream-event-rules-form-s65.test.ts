/**
 * A Stainless config with `streaming.on_event` rules (the SDK-wide rules by which Stainless's runtime read every
 * stream): a method streaming on a params flag is still written in Stainless's form,
 * `this._client.post(…, { body, ...options, stream: body.stream ?? false })`, so that the owners' rewrites of its body
 * (dedalus's `chat.completions.create` in two branches, `stream: false` / `stream: true`) land on the text they were
 * made on; and the client reads every call in that form by the config's rules, as Stainless's runtime did: `[DONE]`
 * ends the stream, an `error` event is thrown as an `APIError`. Run against a server on 127.0.0.1; tsc --strict.
 */
// Generating and type-checking an SDK: left to `npm run test:slow` (SDKGEN_SLOW_TESTS=full) for npm test's budget.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { json, sse, TestServer } from './runtime/helpers/server';

const object = (id: string) => ({ type: 'object', required: [id], properties: { [id]: { type: 'string' } } });

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/chat/completions': {
      post: {
        operationId: 'createChatCompletion',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['model'],
                properties: { model: { type: 'string' }, stream: { type: 'boolean' } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ChatCompletion' } },
              'text/event-stream': { schema: { $ref: '#/components/schemas/ChatCompletionChunk' } },
            },
          },
        },
      },
    },
  },
  components: { schemas: { ChatCompletion: object('id'), ChatCompletionChunk: object('delta') } },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
streaming:
  on_event:
    - data_starts_with: '[DONE]'
      handle: done
    - event_type: error
      handle: error
    - kind: fallthrough
      handle: yield
resources:
  chat:
    subresources:
      completions:
        models:
          chat_completion: '#/components/schemas/ChatCompletion'
          chat_completion_chunk: '#/components/schemas/ChatCompletionChunk'
        methods:
          create:
            endpoint: post /chat/completions
            streaming:
              stream_event_model: chat.completions.chat_completion_chunk
              param_discriminator: stream
`;

/**
 * The owners' rewrite of the method, as dedalus's: two branches on the flag, each Stainless's call with the flag's
 * value, the whole completion handed to code of theirs.
 */
const OWNERS_BODY = `    if (!(body.stream ?? false)) {
      return this._client
        .post<ChatCompletion>('/chat/completions', { body, ...options, stream: false })
        .then((completion) => ({ ...completion, checked: true })) as APIPromise<ChatCompletion>;
    }
    return this._client.post('/chat/completions', { body, ...options, stream: true }) as APIPromise<
      Stream<ChatCompletionChunk>
    >;
`;

const STAINLESS_CALL =
  "return this._client.post('/chat/completions', { body, ...options, stream: body.stream ?? false }) as APIPromise<ChatCompletion> | APIPromise<Stream<ChatCompletionChunk>>;";

const server = new TestServer();
let root = '';
let dir = '';
let completions = '';

beforeAll(async () => {
  if (!SLOW_FULL) return;
  await server.start();
  root = tempDir('stainless-stream-event-rules-form');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  completions = result.files.find((f) => f.path === 'src/resources/chat/completions.ts')!.contents;
});

afterAll(async () => {
  if (!SLOW_FULL) return;
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)("a flag-streaming method under the config's event rules, in Stainless's form", () => {
  it("sends Stainless's request, cast to either promise", () => {
    expect(completions.replace(/\s+/g, ' ')).toContain(STAINLESS_CALL);
  });

  it("reads a stream of the method, and of the client's own call, by the config's rules", async () => {
    server.on('POST /chat/completions', (req, res, call) => {
      const body = JSON.parse(req.body.toString('utf8')) as { stream?: boolean; model: string };
      if (body.stream !== true) return json(200, { id: 'whole' })(req, res, call);
      // The failing stream ends with the connection: were its error event not thrown, it would be read to its end.
      if (body.model === 'failing')
        return sse(
          ['data: {"delta":"a"}\n\n', 'event: error\ndata: {"message":"overloaded"}\n\n', 'data: {"delta":"b"}\n\n'],
          { end: 'close' },
        )(req, res, call);
      sse(['data: {"delta":"a"}\n\n', 'data: {"delta":"b"}\n\n', 'data: [DONE]\n\n'], { end: 'hang' })(req, res, call);
    });
    const { Acme, APIError } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    const client = new Acme({ baseURL: server.url, maxRetries: 0 });
    const read = async (stream: AsyncIterable<unknown>) => {
      const events: unknown[] = [];
      try {
        for await (const event of stream) events.push(event);
      } catch (error) {
        events.push(error instanceof APIError ? ['APIError', (error as { error: unknown }).error] : error);
      }
      return events;
    };
    expect(await read(await client.chat.completions.create({ model: 'm', stream: true }))).toEqual([
      { delta: 'a' },
      { delta: 'b' },
    ]);
    expect(await read(await client.chat.completions.create({ model: 'failing', stream: true }))).toEqual([
      { delta: 'a' },
      ['APIError', { message: 'overloaded' }],
    ]);
    // Stainless's form from code of the owners': the same rules.
    const own = await client.post('/chat/completions', { body: { model: 'failing', stream: true }, stream: true });
    expect(await read(own)).toEqual([{ delta: 'a' }, ['APIError', { message: 'overloaded' }]]);
    expect(await client.chat.completions.create({ model: 'm' })).toEqual({ id: 'whole' });
  });

  it("takes the owners' rewrite of the body in branches, type-checked under tsc --strict", () => {
    const module = path.join(dir, 'src/resources/chat/completions.ts');
    const lines = completions.split('\n');
    const start = lines.findIndex((line) => line.trim().startsWith("return this._client.post('/chat/completions'"));
    const end = lines.findIndex((line, i) => i >= start && /;\s*$/.test(line));
    expect(start).toBeGreaterThan(0);
    writeFileSync(module, [...lines.slice(0, start), OWNERS_BODY.trimEnd(), ...lines.slice(end + 1)].join('\n'));
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'tests/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
