/**
 * A method the owners made stream by hand, where Stainless's config declared no streaming (groq/groq-typescript's
 * `chat.completions.create`: Stainless's generation posts `{ body, ...options }` and returns `ChatCompletion`;
 * their edit adds the `…Streaming` / `…NonStreaming` overloads and `stream: body.stream ?? false`, and patches
 * Stainless's `internal/parse.ts` to read `props.options.stream` as a `Stream`). Reading the method from Stainless's
 * generation first (for an owners' rewrite of a streaming call, dedalus's) must not hide the streaming their edit
 * added: the config `sdkgen migrate --from-repo` writes streams it, so sdkgen's client reads the `stream` option and
 * their `internal/parse.ts` patch is done by sdkgen rather than left for a person.
 */
import { rmSync } from 'node:fs';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../../generator/migrate/derived-config/input';
import { dropDoneBySdkgen } from '../../generator/migrate/owners/runtime-behaviours';
import { generateFrom, tempDir } from '../helpers/sdk';

const MODULE = 'src/resources/chat/completions.ts';

const API_MD = [
  '# Chat',
  '',
  '## Completions',
  '',
  'Types:',
  '',
  `- <code><a href="./${MODULE}">ChatCompletion</a></code>`,
  `- <code><a href="./${MODULE}">ChatCompletionChunk</a></code>`,
  '',
  'Methods:',
  '',
  `- <code title="post /openai/v1/chat/completions">client.chat.completions.<a href="./${MODULE}">create</a>({ ...params }) -> ChatCompletion</code>`,
  '',
].join('\n');

// Stainless's generation (written for this test, in its shape): no streaming declared.
const STAINLESS = `export class Completions extends APIResource {
  create(body: CompletionCreateParams, options?: RequestOptions): APIPromise<ChatCompletion> {
    return this._client.post('/openai/v1/chat/completions', { body, ...options });
  }
}
`;

// The owners' edit: overloads by the body's \`stream\`, and the call sending it as the request's \`stream\` option.
const OWNERS = `export class Completions extends APIResource {
  create(body: ChatCompletionCreateParamsNonStreaming, options?: RequestOptions): APIPromise<ChatCompletion>;
  create(
    body: ChatCompletionCreateParamsStreaming,
    options?: RequestOptions,
  ): APIPromise<Stream<ChatCompletionChunk>>;
  create(
    body: ChatCompletionCreateParamsBase,
    options?: RequestOptions,
  ): APIPromise<Stream<ChatCompletionChunk> | ChatCompletion>;
  create(
    body: ChatCompletionCreateParams,
    options?: RequestOptions,
  ): APIPromise<ChatCompletion> | APIPromise<Stream<ChatCompletionChunk>> {
    return this._client.post('/openai/v1/chat/completions', {
      body,
      ...options,
      stream: body.stream ?? false,
    }) as APIPromise<ChatCompletion> | APIPromise<Stream<ChatCompletionChunk>>;
  }
}
`;

// Their patch to Stainless's \`internal/parse.ts\`, as migrate finds no place for it in sdkgen's files.
const PARSE_HUNK = [
  '@@ -23,6 +24,10 @@',
  ' ',
  '     if (props.options.__binaryResponse) {',
  '       return response as unknown as T;',
  '+    }',
  '+',
  '+    if (props.options.stream) {',
  '+      return Stream.fromSSEResponse(response, props.controller, client) as unknown as T;',
  '     }',
  ' ',
  "     const contentType = response.headers.get('content-type');",
  '',
].join('\n');

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Groq', version: '1' },
  servers: [{ url: 'https://api.groq.test' }],
  paths: {
    '/openai/v1/chat/completions': {
      post: {
        operationId: 'createChatCompletion',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['model'],
                properties: { model: { type: 'string' }, stream: { type: ['boolean', 'null'] } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ChatCompletion' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      ChatCompletion: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      ChatCompletionChunk: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
    },
  },
};

const files = [
  { path: 'api.md', blob: null, text: API_MD },
  { path: MODULE, blob: null, text: OWNERS },
  { path: 'package.json', blob: null, text: JSON.stringify({ name: 'groq-sdk' }) },
];
const stainlessText = (path: string) => (path === MODULE ? STAINLESS : undefined);

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('a method the owners made stream, where Stainless generated none', () => {
  it('streams on its body field in the derived config, read from their edit', () => {
    const input = derivedConfigInput(files, null, null, stainlessText)!;
    expect(input.streamingMethods?.get('client.chat.completions.create')).toEqual({
      param: 'stream',
      event: 'ChatCompletionChunk',
      params: 'ChatCompletionCreateParams',
    });
    const config = yaml.load(deriveStainlessConfig(input).text) as {
      resources: Record<string, { subresources: Record<string, { methods: Record<string, unknown> }> }>;
    };
    expect(config.resources.chat.subresources.completions.methods.create).toMatchObject({
      streaming: { param_discriminator: 'stream' },
    });
  });

  it("makes sdkgen's client read the `stream` option, so their parse.ts patch is done by sdkgen", async () => {
    const config = deriveStainlessConfig(derivedConfigInput(files, null, SPEC, stainlessText)!).text;
    const root = tempDir('migrate-streaming-owners-added');
    roots.push(root);
    const result = await generateFrom(root, SPEC, config, { funcs: false, referenceDocs: false });
    const client = result.files.find((f) => f.path === 'src/core/base-client.ts')!.contents;
    const done: Array<{ path: string; does: string; test: string }> = [];
    const left = dropDoneBySdkgen([{ path: 'src/internal/parse.ts', hunks: [PARSE_HUNK] }], done, undefined, client);
    expect(left).toEqual([]);
    expect(done).toEqual([
      { path: 'src/internal/parse.ts', does: expect.stringContaining('`stream: true`'), test: expect.any(String) },
    ]);
  });

  it("still reads Stainless's streaming call where the owners rewrote it (dedalus's branches)", () => {
    // Stainless's method streams on `stream`; the owners' posts `stream: true` in a branch of theirs.
    const stainless = OWNERS;
    const owners = OWNERS.replace('stream: body.stream ?? false,', 'stream: true,');
    const input = derivedConfigInput(
      files.map((f) => (f.path === MODULE ? { ...f, text: owners } : f)),
      null,
      null,
      (path) => (path === MODULE ? stainless : undefined),
    )!;
    expect(input.streamingMethods?.get('client.chat.completions.create')?.param).toBe('stream');
  });
});
