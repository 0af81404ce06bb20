/**
 * A Stainless config's model is named in Python by its key: its module is the key (`tts_sse_event.py`) and its class
 * the key's words cased (`TTSSSEEvent`), where the name alone runs two acronyms together (`Ttssse…`). Seen in
 * cartesia-python's generation: `types/tts_sse_event.py` declares `TTSSSEEvent`, its members `TTSSSEChunkEvent` and
 * `VoiceChangerSSEChunk` (schema names, cased by the config's casings). Given/want tables of our own.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { derivePythonConfig } from '../../generator/migrate/python/derived-config/derived-config';
import { pyClassName, pyModelClassName, pyModelModuleName, pyUnionMemberName } from '../../generator/naming/python';
import { StainlessNames } from '../../generator/naming/stainless';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const ACRONYMS = new Map([
  ['tts', 'TTS'],
  ['sse', 'SSE'],
]);

describe("a config model's Python class and module, from its key", () => {
  it.each([
    // [key, settled name (names.model(key)), class, module, casings]
    ['tts_sse_event', 'TTSSSEEvent', 'TTSSSEEvent', 'tts_sse_event', ACRONYMS],
    ['tts_sse_event', 'TtsSseEvent', 'TtsSseEvent', 'tts_sse_event', new Map<string, string>()],
    ['api_id', 'APIID', 'APIID', 'api_id', new Map<string, string>()],
    ['apiResponse', 'APIResponse', 'APIResponse', 'api_response', new Map<string, string>()],
    [
      'UrlEndpointResponse',
      'URLEndpointResponse',
      'URLEndpointResponse',
      'url_endpoint_response',
      new Map<string, string>(),
    ],
    ['openai_model', 'OpenAIModel', 'OpenAIModel', 'openai_model', new Map<string, string>()],
    ['class', 'Class', 'Class', 'class_', new Map<string, string>()],
    ['lumaai_generation', 'LumaAIGeneration', 'LumaAIGeneration', 'lumaai_generation', new Map([['lumaai', 'LumaAI']])],
    // Numbers kept apart in the name: cased as any name.
    ['veo3_1', 'Veo3_1', 'Veo3_1', 'veo3_1', new Map<string, string>()],
  ])('%s (%s): class %s, module %s', (key, settled, wantClass, wantModule, casings) => {
    expect(pyModelClassName(key, settled, casings)).toBe(wantClass);
    expect(pyModelModuleName(key)).toBe(wantModule);
  });

  it('cases acronyms run together in a schema name by the casings that write them', () => {
    expect(pyClassName('TTSSSEChunkEvent', ACRONYMS)).toBe('TTSSSEChunkEvent');
    expect(pyUnionMemberName('', 'VoiceChangerSSEChunk', 0, ACRONYMS)).toBe('VoiceChangerSSEChunk');
    // Not wholly acronyms: `TTSSSE` a word; `HTTPMCP` the known `HTTP` and a word (acronym-tiles.ts).
    expect(pyClassName('TTSSSEChunkEvent')).toBe('TtssseChunkEvent');
    expect(pyClassName('HTTPMCPServer')).toBe('HTTPMcpServer');
  });
});

const event = (type: string, extra: Record<string, unknown>) => ({
  type: 'object',
  properties: { type: { type: 'string', enum: [type] }, ...extra },
  required: ['type'],
});

const spec = openapi({
  paths: {
    '/tts/sse': {
      post: {
        operationId: 'ttsSse',
        requestBody: {
          content: {
            'application/json': { schema: { type: 'object', properties: { transcript: { type: 'string' } } } },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/TTSSSEEvent' } } },
          },
        },
      },
    },
    '/voices': {
      post: {
        operationId: 'createVoice',
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { last_event: { $ref: '#/components/schemas/TTSSSEEvent' } } },
            },
          },
        },
        responses: { '204': { description: 'none' } },
      },
    },
  },
  schemas: {
    TTSSSEEvent: {
      oneOf: [{ $ref: '#/components/schemas/TTSSSEChunkEvent' }, { $ref: '#/components/schemas/TTSSSEDoneEvent' }],
      discriminator: {
        propertyName: 'type',
        mapping: { chunk: '#/components/schemas/TTSSSEChunkEvent', done: '#/components/schemas/TTSSSEDoneEvent' },
      },
    },
    TTSSSEChunkEvent: event('chunk', { data: { type: 'string' } }),
    TTSSSEDoneEvent: event('done', { done: { type: 'boolean' } }),
  },
});

const config = `organization:
  name: acme
targets:
  python:
    package_name: acme
custom_casings:
  tts: TTS
  sse: SSE
resources:
  tts:
    models:
      tts_sse_event: '#/components/schemas/TTSSSEEvent'
    methods:
      generate_sse: post /tts/sse
      create_voice: post /voices
`;

describe("TypeScript's names of acronyms run together", () => {
  it('are the casings that write them, where those tile the word', () => {
    expect(new StainlessNames(ACRONYMS).pascal('TTSSSEChunkEvent')).toBe('TTSSSEChunkEvent');
    expect(new StainlessNames().pascal('TTSSSEChunkEvent')).toBe('TtssseChunkEvent');
    expect(new StainlessNames(ACRONYMS).pascal('QATConfig')).toBe('QatConfig');
    expect(new StainlessNames().pascal('APIURL')).toBe('APIURL');
  });
});

describe('a package whose config model key keeps acronyms apart', async () => {
  const file = writeSpec(spec);
  const stainless = path.join(path.dirname(file), 'stainless.yml');
  writeFileSync(stainless, config);
  const { files } = await generate({ spec: file, config: stainless, target: 'python', format: false });
  const text = (name: string) => files.find((f) => f.path === name)?.contents;

  it("declares the model in the key's module, named by the key's words", () => {
    expect(text('src/acme/types/ttssse_event.py')).toBeUndefined();
    const module = text('src/acme/types/tts_sse_event.py') ?? '';
    expect(module).toMatch(/^TTSSSEEvent: TypeAlias = /m);
    expect(module).toContain('class TTSSSEChunkEvent(BaseModel):');
    expect(module).toContain('class TTSSSEDoneEvent(BaseModel):');
  });

  it('exports, imports and lists it there', () => {
    expect(text('src/acme/types/__init__.py')).toContain('from .tts_sse_event import TTSSSEEvent as TTSSSEEvent');
    expect(text('src/acme/resources/tts.py')).toContain('from ..types.tts_sse_event import TTSSSEEvent');
    expect(text('api.md')).toContain('<a href="./src/acme/types/tts_sse_event.py">TTSSSEEvent</a>');
  });

  it("writes its params form in the key's `_param` module", () => {
    const param = text('src/acme/types/tts_sse_event_param.py') ?? '';
    expect(param).toMatch(/^TTSSSEEventParam: TypeAlias = /m);
    expect(text('src/acme/types/__init__.py')).toContain(
      'from .tts_sse_event_param import TTSSSEEventParam as TTSSSEEventParam',
    );
  });
});

const API_MD = `# TTS

Types:

\`\`\`python
from acme.types import TTSModel, TTSSSEEvent
\`\`\`

Methods:

- <code title="post /tts/sse">client.tts.<a href="./src/acme/resources/tts.py">generate_sse</a>(\\*\\*<a href="src/acme/types/tts_generate_sse_params.py">params</a>) -> <a href="./src/acme/types/tts_sse_event.py">TTSSSEEvent</a></code>
`;

describe('migrate --from-repo (Python): a model api.md links to its module', () => {
  it("is keyed by that module, its words' casings beside it", () => {
    const shape = (members: string[]) => ({ kind: 'object' as const, members });
    const spec = {
      schemas: [
        { key: 'TTSSSEEvent', name: 'TTSSSEEvent', shape: { kind: 'union' as const, members: ['A', 'B'] } },
        { key: 'TTSModel', name: 'TTSModel', shape: shape(['id']) },
      ],
      responseSchemas: new Map([['post /tts/sse', 'TTSSSEEvent']]),
    };
    const derived = derivePythonConfig([{ path: 'api.md', text: API_MD }] as never, 'acme', spec)!;
    const config = yaml.load(derived.text) as {
      custom_casings: Record<string, string>;
      resources: Record<string, { models?: Record<string, string> }>;
    };
    expect(config.resources.tts.models).toEqual({
      tts_model: '#/components/schemas/TTSModel',
      tts_sse_event: '#/components/schemas/TTSSSEEvent',
    });
    expect(config.custom_casings).toEqual({ tts: 'TTS', sse: 'SSE' });
  });
});

describe('the TypeScript package of the same config', async () => {
  const file = writeSpec(spec, 'ts-spec');
  const stainless = path.join(path.dirname(file), 'stainless.yml');
  writeFileSync(stainless, config);
  const { files } = await generate({ spec: file, config: stainless, format: false });
  const text = (name: string) => files.find((f) => f.path === name)?.contents ?? '';

  it("names the union's members as the spec's schemas, cased by the casings", () => {
    const tts = text('src/resources/tts.ts');
    expect(tts).toContain('export namespace TTSSSEEvent {');
    expect(tts).toContain('export interface TTSSSEChunkEvent {');
    expect(tts).toContain('export interface TTSSSEDoneEvent {');
  });
});
