/**
 * A method that streams when a params flag is true, as the newer Stainless generator (`targets.typescript`) writes it
 * (together's and llama-stack's `chat.completions.create`):
 * - the params: `XParams`, the union of `XParamsNonStreaming` and `XParamsStreaming`; `XParamsBase`, the fields, its
 *   nested types in `XParams`'s namespace, which ends with the variants' aliases; the variants extend the base with
 *   the flag narrowed and described as the field is;
 * - three overloads (the third taking `XParamsBase`), the implementation returning one promise or the other, and the
 *   request Stainless's: `this._client.post(…, { body, ...options, stream: body.stream ?? false })` cast to them;
 * - run against a server on 127.0.0.1: `stream: true` yields the events' data until `[DONE]`, otherwise the JSON.
 * Type-checking the SDK with calls made as Stainless's users make them runs with SDKGEN_SLOW_TESTS=full.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-stream-forms.test.ts samples Stainless's streams (docs/contributing.md, "What `npm test`
// samples").
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
                properties: {
                  model: { type: 'string', description: 'The model.' },
                  stream: { type: 'boolean', description: 'Stream the tokens as server-sent events.' },
                  reasoning: { type: 'object', properties: { enabled: { type: 'boolean' } } },
                },
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

/** Calls as code written for Stainless's SDK makes them. */
const CONSUMER = `import Acme from './src/index.js';
import type { Stream } from './src/core/streaming.js';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  CompletionCreateParams,
  CompletionCreateParamsBase,
} from './src/resources/chat/completions.js';
const client = new Acme();
async function calls(flag: boolean, params: CompletionCreateParams) {
  const whole: ChatCompletion = await client.chat.completions.create({ model: 'm' });
  const chunks: Stream<ChatCompletionChunk> = await client.chat.completions.create({ model: 'm', stream: true });
  const either: Stream<ChatCompletionChunk> | ChatCompletion = await client.chat.completions.create({ model: 'm', stream: flag });
  const base: CompletionCreateParamsBase = params;
  const nested: CompletionCreateParams.Reasoning = { enabled: true };
  return [whole, chunks, either, base, nested];
}
void calls;
`;

const server = new TestServer();
let root = '';
let dir = '';
let completions = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-stream-flag-params');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
  // On one line, as the code is not formatted here.
  completions = result.files.find((f) => f.path === 'src/resources/chat/completions.ts')!.contents.replace(/\s+/g, ' ');
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)("a method streaming on a params flag, as Stainless's newer SDKs write it", () => {
  it('declares the params as the union of the variants, which extend XParamsBase', () => {
    expect(completions).toContain(
      'export type CompletionCreateParams = CompletionCreateParamsNonStreaming | CompletionCreateParamsStreaming;',
    );
    expect(completions).toMatch(
      /export interface CompletionCreateParamsBase \{ \/\*\* \* The model\. \*\/ model: string; reasoning\?: CompletionCreateParams\.Reasoning;/,
    );
    // One namespace: the nested types, then the variants' aliases.
    expect(completions.match(/export namespace CompletionCreateParams \{/g)).toHaveLength(1);
    expect(completions).toMatch(
      /export namespace CompletionCreateParams \{ export interface Reasoning \{ enabled\?: boolean; \} export type CompletionCreateParamsNonStreaming = CompletionsAPI\.CompletionCreateParamsNonStreaming; export type CompletionCreateParamsStreaming = CompletionsAPI\.CompletionCreateParamsStreaming; \}/,
    );
    const flagDoc = '/** * Stream the tokens as server-sent events. */';
    expect(completions).toContain(
      `export interface CompletionCreateParamsNonStreaming extends CompletionCreateParamsBase { ${flagDoc} stream?: false; }`,
    );
    expect(completions).toContain(
      `export interface CompletionCreateParamsStreaming extends CompletionCreateParamsBase { ${flagDoc} stream: true; }`,
    );
    expect(completions).not.toContain('export interface CompletionCreateParams {');
  });

  it("overloads the method on the flag and sends Stainless's request, cast to either promise", () => {
    expect(completions).toContain(
      'create(body: CompletionCreateParamsNonStreaming, options?: RequestOptions): APIPromise<ChatCompletion>;',
    );
    expect(completions).toMatch(
      /create\( ?body: CompletionCreateParamsStreaming, options\?: RequestOptions,? ?\): APIPromise<Stream<ChatCompletionChunk>>;/,
    );
    expect(completions).toMatch(
      /create\( ?body: CompletionCreateParamsBase, options\?: RequestOptions,? ?\): APIPromise<Stream<ChatCompletionChunk> \| ChatCompletion>;/,
    );
    expect(completions).toMatch(
      /create\( ?body: CompletionCreateParams, options\?: RequestOptions,? ?\): APIPromise<ChatCompletion> \| APIPromise<Stream<ChatCompletionChunk>> \{/,
    );
    expect(completions).toContain(
      "return this._client.post('/chat/completions', { body, ...options, stream: body.stream ?? false }) as APIPromise<ChatCompletion> | APIPromise<Stream<ChatCompletionChunk>>;",
    );
  });

  it('yields the events until [DONE] when the flag is true, else the JSON, against a server on 127.0.0.1', async () => {
    server.on('POST /chat/completions', (req, res, call) => {
      const body = JSON.parse(req.body.toString('utf8')) as { stream?: boolean };
      if (body.stream === true)
        sse(['data: {"delta":"a"}\n\n', 'data: {"delta":"b"}\n\n', 'data: [DONE]\n\n'], { end: 'hang' })(
          req,
          res,
          call,
        );
      else json(200, { id: 'whole' })(req, res, call);
    });
    const { Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    const client = new Acme({ baseURL: server.url, maxRetries: 0 });
    const events: unknown[] = [];
    for await (const event of await client.chat.completions.create({ model: 'm', stream: true })) events.push(event);
    expect(events).toEqual([{ delta: 'a' }, { delta: 'b' }]);
    expect(await client.chat.completions.create({ model: 'm', stream: false })).toEqual({ id: 'whole' });
    expect(await client.chat.completions.create({ model: 'm' })).toEqual({ id: 'whole' });
    const sent = server.received('POST /chat/completions');
    expect(sent.map((r) => r.headers.accept)).toEqual(['text/event-stream', 'application/json', 'application/json']);
    expect(sent.map((r) => JSON.parse(r.body.toString('utf8')))).toEqual([
      { model: 'm', stream: true },
      { model: 'm', stream: false },
      { model: 'm' },
    ]);
  });

  it.runIf(SLOW_FULL)("type-checks Stainless's calls under tsc --strict", () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'tests/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
