/**
 * A `stream_event_model` names its model by the resource path that declares it: `chat.completions.chunk` is the
 * `chunk` model of `completions` nested in `chat`. Each key of the path is a resource of its own (its property is
 * named from its key alone), so a nested path must match the nested resource, and the stream yields that model, not
 * the event-stream wrapper the spec gives (`{ data: Chunk }`).
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Chatter', version: '1' },
  servers: [{ url: 'https://api.chatter.test' }],
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
                required: ['prompt'],
                properties: { prompt: { type: 'string' }, stream: { type: 'boolean' } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'A completion, or its chunks as events',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Completion' } },
              'text/event-stream': {
                schema: { type: 'object', properties: { data: { $ref: '#/components/schemas/CompletionChunk' } } },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Completion: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
      CompletionChunk: { type: 'object', required: ['delta'], properties: { delta: { type: 'string' } } },
    },
  },
};

const CONFIG = `organization: { name: chatter }
targets:
  typescript:
    package_name: chatter
resources:
  chat:
    subresources:
      completions:
        models:
          completion: '#/components/schemas/Completion'
          completion_chunk: '#/components/schemas/CompletionChunk'
        methods:
          create:
            endpoint: post /chat/completions
            streaming:
              param_discriminator: stream
              stream_event_model: chat.completions.completion_chunk
`;

const root = tempDir('stainless-stream-nested-event-model');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a stream_event_model of a nested resource', () => {
  it('streams the model the path names', async () => {
    const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
    const file = result.files.find((f) => f.path === 'src/resources/chat/completions.ts');
    const text = file!.contents.replace(/\s+/g, ' ');
    expect(text).toContain('Stream<CompletionChunk>');
    expect(result.diagnostics?.warnings?.map((w) => w.message).join('\n') ?? '').not.toContain('no event type');
  });
});
