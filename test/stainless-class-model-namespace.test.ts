/**
 * A nested resource class named as a model of its own module merges with the model (knock's `ChannelData`): its
 * namespace lists the model as it lists the module's other types, `type ChannelData as ChannelData`, as Stainless's
 * SDKs do. With SDKGEN_SLOW_TESTS=full the SDK's declarations are emitted too (a name they cannot write fails there).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/users/{id}/channel_data': {
      get: {
        operationId: 'getChannelData',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ChannelData' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      ChannelData: {
        type: 'object',
        required: ['channel_id'],
        properties: {
          channel_id: { type: 'string' },
          data: {
            type: 'object',
            properties: {
              devices: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
            },
          },
        },
      },
      SlackChannelData: { type: 'object', properties: { token: { type: 'string' } } },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  recipients:
    subresources:
      channel_data:
        models:
          channel_data: '#/components/schemas/ChannelData'
          slack_channel_data: '#/components/schemas/SlackChannelData'
  users:
    methods:
      get_channel_data: get /users/{id}/channel_data
`;

let root = '';
let channelData = '';

beforeAll(async () => {
  root = tempDir('stainless-class-model-namespace');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  writeFiles(path.join(root, 'sdk'), result.files);
  channelData = result.files
    .find((f) => f.path === 'src/resources/recipients/channel-data.ts')!
    .contents.replace(/\s+/g, ' ');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a resource class merged with the model of its name', () => {
  it("lists the model in the class's namespace, as Stainless's SDKs do", () => {
    expect(channelData).toMatch(/export class ChannelData extends APIResource \{ ?\}/);
    expect(channelData).toContain('export interface ChannelData {');
    expect(channelData).toMatch(
      /export declare namespace ChannelData \{ export \{ type ChannelData as ChannelData, type SlackChannelData as SlackChannelData,? ?\}; \}/,
    );
  });

  it.runIf(SLOW_FULL)('type-checks and emits its declarations under tsc --strict', () => {
    const { status, output } = typeCheckStrict(path.join(root, 'sdk'), ['src/**/*.ts'], {
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      outDir: 'dts',
    });
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
