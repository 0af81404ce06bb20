/**
 * Two model forms of lobehub-sit-typescript's Stainless SDK: a resource's config models are declared in the order of
 * their config keys (`agent` before `api_response_agent`: `Agent` before `APIResponseAgent`, where the names' code
 * units would put `APIResponseAgent` first), and a property that is a nullable `x-stainless-empty-object` is an empty
 * interface of the model's namespace, still nullable (`data?: APIResponseVoid.Data | null;`, `export interface Data {}`).
 * Called against a real 127.0.0.1 server.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { json, TestServer } from './runtime/helpers/server';

const ok = (ref: string) => ({
  '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Lobe', version: '1' },
  servers: [{ url: 'https://api.lobe.test' }],
  paths: {
    '/agents/{id}': {
      get: {
        operationId: 'getAgent',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok('ApiResponseAgent'),
      },
      delete: {
        operationId: 'deleteAgent',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok('ApiResponseVoid'),
      },
    },
  },
  components: {
    schemas: {
      Agent: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      ApiResponseAgent: { type: 'object', properties: { data: { $ref: '#/components/schemas/Agent' } } },
      ApiResponseVoid: {
        type: 'object',
        properties: {
          data: {
            type: 'object',
            nullable: true,
            'x-stainless-empty-object': true,
            description: 'Empty response payload',
          },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: lobe }
targets:
  typescript: { package_name: lobe }
resources:
  agents:
    models:
      api_response_agent: "#/components/schemas/ApiResponseAgent"
      agent: "#/components/schemas/Agent"
      api_response_void: "#/components/schemas/ApiResponseVoid"
    methods:
      retrieve: get /agents/{id}
      delete: delete /agents/{id}
`;

const server = new TestServer();
let root = '';
let sdk = '';
let agents = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('model-forms');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(root, 'openapi.json'),
    config: path.join(root, 'stainless.yml'),
    format: false,
  });
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
  agents = result.files.find((f) => f.path === 'src/resources/agents.ts')?.contents ?? '';
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('Stainless config: model forms of lobehub’s SDK', () => {
  it('declares a resource’s config models in the order of their config keys', () => {
    const at = (text: string) => agents.indexOf(text);
    expect(at('export interface Agent {')).toBeGreaterThan(-1);
    expect(at('export interface Agent {')).toBeLessThan(at('export interface APIResponseAgent {'));
    expect(at('export interface APIResponseAgent {')).toBeLessThan(at('export interface APIResponseVoid {'));
    expect(at('type Agent as Agent,')).toBeLessThan(at('type APIResponseAgent as APIResponseAgent,'));
  });

  it('declares a nullable x-stainless-empty-object property as an empty interface, still nullable', () => {
    expect(agents).toContain('data?: APIResponseVoid.Data | null;');
    // (Unformatted: format is off.)
    expect(agents).toMatch(
      /export namespace APIResponseVoid \{\s*\/\*\*\s*\* Empty response payload\s*\*\/\s*export interface Data \{\s*\}\s*\}/,
    );
  });

  it.runIf(SLOW_FULL)('type-checks under tsc --strict, and the calls return what the server sends', async () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
    server.on('GET /agents/a_1', json(200, { data: { id: 'a_1' } }));
    server.on('DELETE /agents/a_1', json(200, { data: null }));
    const { default: Lobe } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const client = new Lobe({ baseURL: server.url });
    expect(await client.agents.retrieve('a_1')).toEqual({ data: { id: 'a_1' } });
    expect(await client.agents.delete('a_1')).toEqual({ data: null });
  });
});
