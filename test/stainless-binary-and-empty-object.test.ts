/**
 * Two shapes of Stainless-configured APIs whose tests ran against a mock server:
 * - a body-flag streaming method whose non-streaming answer is offered only as binary media
 *   (`application/octet-stream`, `audio/*`) beside `text/event-stream`: without the flag it returns the raw
 *   response and asks for the first binary media type (a JSON Accept gets 406);
 * - an object schema with no properties and nothing said of its values: its example is `{}` (a string gets 400).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { generateFrom, tempDir } from './helpers/sdk';

const binary = { type: 'string', format: 'binary' };
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Voice', version: '1' },
  servers: [{ url: 'https://api.voice.test' }],
  paths: {
    '/speech': {
      post: {
        operationId: 'createSpeech',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['input'],
                properties: {
                  input: { type: 'string' },
                  stream: { type: 'boolean' },
                  extra: { type: 'object', additional_properties: true },
                  labels: { type: 'object', additionalProperties: true },
                  tags: { type: 'array', items: {} },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Audio',
            content: {
              'application/octet-stream': { schema: binary },
              'audio/wav': { schema: binary },
              'text/event-stream': { schema: { $ref: '#/components/schemas/SpeechChunk' } },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      SpeechChunk: { type: 'object', properties: { data: { type: 'string' } } },
    },
  },
};

const CONFIG = `organization: { name: voice }
targets:
  typescript:
    package_name: voice
  python:
    package_name: voice
resources:
  speech:
    methods:
      create:
        endpoint: post /speech
        streaming: { param_discriminator: stream }
`;

const roots: string[] = [];
const ts = new Map<string, string>();
const py = new Map<string, string>();

beforeAll(async () => {
  for (const [target, into] of [
    [null, ts],
    ['python', py],
  ] as const) {
    const root = tempDir(`stainless-binary-empty-${target ?? 'ts'}`);
    roots.push(root);
    const result = await generateFrom(root, SPEC, CONFIG, {
      funcs: false,
      referenceDocs: false,
      format: false,
      ...(target ? { target } : {}),
    });
    for (const f of result.files) into.set(f.path, f.contents);
  }
}, 120_000);

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const flat = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ');

describe('a body-flag stream beside binary media', () => {
  it('TypeScript returns the raw Response without the flag and asks for the binary media type', () => {
    const resource = flat(ts.get('src/resources/speech.ts'));
    expect(resource).toContain(
      'create(body: SpeechCreateParamsNonStreaming, options?: RequestOptions): APIPromise<Response>;',
    );
    expect(resource).toContain("responseKind: body.stream === true ? 'sse' : 'binary'");
    expect(resource).toContain("accept: 'application/octet-stream'");
    expect(resource).not.toContain('APIPromise<unknown>');
  });

  it('Python returns a binary response and asks for the binary media type', () => {
    const resource = flat(py.get('src/voice/resources/speech.py'));
    expect(resource).toContain(') -> BinaryAPIResponse:');
    expect(resource).toContain('extra_headers = {"Accept": "application/octet-stream", **(extra_headers or {})}');
  });
});

describe('examples of a value of no known shape', () => {
  it("TypeScript writes {} (a map of them { foo: 'bar' })", () => {
    const test = flat(ts.get('tests/api-resources/speech.test.ts'));
    expect(test).toContain('extra: {},');
    expect(test).toContain("labels: { foo: 'bar' },");
    expect(test).toContain('tags: [{}],');
    expect(test).not.toMatch(/extra: 'bar'|tags: \['bar'\]/);
  });

  it('Python writes {} (a map of them {"foo": "bar"})', () => {
    const test = flat(py.get('tests/api_resources/test_speech.py'));
    expect(test).toContain('extra={},');
    expect(test).toContain('labels={"foo": "bar"},');
    expect(test).toContain('tags=[{}],');
  });
});
