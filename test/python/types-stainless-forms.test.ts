/**
 * Types modules as Stainless's Python SDKs write them (issue 91), each on a small spec, in-process (cheap):
 * - a model extending another (`allOf` with a named part) names its nested classes after itself
 *   (OneBusAway's `AgencyRetrieveResponseData`, imagekit's `VideoTransformationReadyEventData`);
 * - a config's model that is a union nothing refers to has no module (llama-stack's `response_input`);
 * - a discriminated union's variant is named by the discriminator value its property allows alone (imagekit's
 *   `remove-bg` extension → `…RemoveBg`), a plural array alias's item singular (`Extensions` → `ExtensionItem`);
 * - a streaming method's params module opens with its `…ParamsBase` class;
 * - `import builtins` sits with the standard library's imports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';

const extension = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', const: value }, ...extra },
});

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Media', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/events/{id}': {
      get: {
        operationId: 'getEvent',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ReadyEvent' } } },
          },
        },
      },
    },
    '/uploads': {
      post: {
        operationId: 'createUpload',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  extensions: { $ref: '#/components/schemas/Extensions' },
                  stream: { type: 'boolean' },
                  note: { type: 'object', properties: { text: { type: 'string' } } },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Upload' } },
              'text/event-stream': { schema: { $ref: '#/components/schemas/Upload' } },
            },
          },
        },
      },
    },
  },
  webhooks: Object.fromEntries(
    ['PingEvent', 'PongEvent'].map((name) => [
      name,
      {
        post: {
          requestBody: { content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } },
          responses: { '200': { description: 'ok' } },
        },
      },
    ]),
  ),
  components: {
    schemas: {
      BaseEvent: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      ReadyEvent: {
        allOf: [
          { $ref: '#/components/schemas/BaseEvent' },
          {
            type: 'object',
            properties: { data: { type: 'object', properties: { url: { type: 'string' } } } },
          },
        ],
      },
      Upload: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          object: { type: 'string' },
          meta: { type: 'object', additionalProperties: true },
          // (After `object` in the class: its map's `object` is the builtin, qualified there.)
          tags: { type: 'object', additionalProperties: true },
          extensions: { $ref: '#/components/schemas/Extensions' },
          origin: {
            discriminator: { propertyName: 'type' },
            oneOf: ['WEB_FOLDER', 'GCS'].map((value) => ({
              type: 'object',
              required: ['type'],
              properties: { type: { type: 'string', const: value }, bucket: { type: 'string' } },
            })),
          },
        },
      },
      Extensions: {
        type: 'array',
        items: {
          discriminator: { propertyName: 'name' },
          anyOf: [
            { $ref: '#/components/schemas/RemoveBackgroundExtension' },
            { $ref: '#/components/schemas/TaggingExtension' },
          ],
        },
      },
      RemoveBackgroundExtension: extension('remove-bg', { shadow: { type: 'boolean' } }),
      TaggingExtension: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', enum: ['google-tagging', 'aws-tagging'] } },
      },
      PingEvent: { type: 'object', required: ['type'], properties: { type: { type: 'string', const: 'ping' } } },
      PongEvent: { type: 'object', required: ['type'], properties: { type: { type: 'string', const: 'pong' } } },
      AnyEvent: {
        oneOf: [{ $ref: '#/components/schemas/ReadyEvent' }, { $ref: '#/components/schemas/BaseEvent' }],
      },
    },
  },
});

const CONFIG = [
  'organization: { name: media }',
  'targets:',
  '  python: { package_name: media }',
  'resources:',
  '  events:',
  '    models:',
  '      base_event: BaseEvent',
  '      ready_event: ReadyEvent',
  '      any_event: AnyEvent',
  '    methods:',
  '      retrieve: get /events/{id}',
  '  uploads:',
  '    models:',
  '      extensions: Extensions',
  '      upload: Upload',
  '    methods:',
  '      create:',
  '        type: http',
  '        endpoint: post /uploads',
  '        streaming:',
  '          param_discriminator: stream',
  '  webhooks:',
  '    models:',
  '      ping_event: PingEvent',
  '      pong_event: PongEvent',
  '    methods:',
  '      unwrap:',
  '        type: webhook_unwrap',
  '        discriminator: type',
  '',
].join('\n');

let dir: string;
let files: Map<string, string>;
const module = (name: string): string => {
  const text = files.get(`src/media/types/${name}.py`);
  if (text === undefined) throw new Error(`no module types/${name}.py`);
  return text;
};
const classes = (text: string): string[] => [...text.matchAll(/^class (\w+)\(/gm)].map((match) => match[1]);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-types-forms-'));
  files = await generatePythonFiles(dir, SPEC, CONFIG);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("types modules in Stainless's forms", () => {
  it("names an extending model's nested classes after it", () => {
    const text = module('ready_event');
    expect(text).toMatch(/^class ReadyEvent\(BaseEvent\):/m);
    expect(classes(text)).toEqual(['ReadyEventData', 'ReadyEvent']);
    expect(text).toContain('data: Optional[ReadyEventData] = None');
  });

  it('writes no module for a union model nothing refers to, nor re-exports it', () => {
    expect(files.has('src/media/types/any_event.py')).toBe(false);
    expect(files.get('src/media/types/__init__.py')).not.toContain('AnyEvent');
    // (api.md still lists it among the resource's types, as Stainless's.)
    expect(files.get('api.md')).toContain('AnyEvent');
  });

  it('writes the union a webhook unwrap returns', () => {
    expect(module('unwrap_webhook_event')).toMatch(/^UnwrapWebhookEvent: TypeAlias = /m);
  });

  it("names a discriminated variant by its one value, and a plural array alias's item singular", () => {
    const text = module('extensions').replace(/^.*?\n(?=class )/s, '');
    expect(classes(text)).toEqual(['ExtensionItemRemoveBg', 'ExtensionItemTaggingExtension']);
    expect(text).toContain('Extensions: TypeAlias = List[ExtensionItem]');
    // (A value in capitals alone is read in lower case.)
    expect(classes(module('upload'))).toEqual(expect.arrayContaining(['OriginWebFolder', 'OriginGcs']));
  });

  it("opens a streaming method's params module with its base class", () => {
    const text = module('upload_create_params');
    expect(classes(text)).toEqual([
      'UploadCreateParamsBase',
      'Note',
      'UploadCreateParamsNonStreaming',
      'UploadCreateParamsStreaming',
    ]);
  });

  it('imports builtins with the standard library', () => {
    const text = module('upload');
    const imports = text.split('\n\n\n')[0];
    expect(imports).toMatch(/^import builtins\nfrom typing import/m);
  });
});
