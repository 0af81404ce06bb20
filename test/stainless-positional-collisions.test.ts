/**
 * A positional path param named as a body field (`PATCH /providers/{id}` with a body `id`), as Stainless's TypeScript
 * SDKs take it by era: before its "fix(client): improve parameter names" (2026-03-07) `update(pathID, { body_id })`,
 * the test calling `update('id', { body_id: 'id' })`; from then on `update(id, { id })`. A server on 127.0.0.1 gets
 * both values under their spec's names. Python's SDKs take `path_id` and `body_id` in every era.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerateResult } from '../generator/generate-options';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { echo, TestServer } from './runtime/helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/providers/{id}': {
      patch: {
        operationId: 'updateProvider',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['id'],
                properties: { id: { type: 'string' }, name: { type: 'string' } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } },
          },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  providers:
    methods:
      update: patch /providers/{id}
`;

const server = new TestServer();
let root = '';
const text = (result: GenerateResult, file: string) => result.files.find((f) => f.path === file)!.contents;

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-positional-collisions');
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a positional path param named as a body field', () => {
  it('is `pathID` beside `body_id` in a TypeScript SDK of before 2026-03-07, each sent under its own name', async () => {
    const result = await generateFrom(root, SPEC, CONFIG, { stainlessEra: '2025-11-19', format: false });
    const module = text(result, 'src/resources/providers.ts');
    expect(module).toMatch(/update\(\s*pathID: string,\s*params: ProviderUpdateParams,/);
    expect(module).toMatch(/export interface ProviderUpdateParams \{\s*body_id: string;/);
    expect(text(result, 'tests/api-resources/providers.test.ts')).toContain(
      "client.providers.update('id', { body_id: 'id' })",
    );
    const dir = path.join(root, 'old');
    writeFiles(dir, result.files);
    server.otherwise(echo);
    const { Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    await new Acme({ baseURL: server.url }).providers.update('p1', { body_id: 'b1', name: 'n' });
    const request = server.requests.at(-1)!;
    expect(`${request.method} ${request.path}`).toBe('PATCH /providers/p1');
    expect(JSON.parse(request.body.toString())).toEqual({ id: 'b1', name: 'n' });
  });

  it("keeps a positional whose own name is not the field's (`projectUuid` beside `body_project_uuid`), sent under the spec's names", async () => {
    // lilypad-sdk-node's 2025-04 `functions.create(projectUuid, body)` with `body_project_uuid` in its params.
    const op = SPEC.paths['/providers/{id}'].patch;
    const schema = {
      type: 'object',
      required: ['project_uuid'],
      properties: { project_uuid: { type: 'string' }, name: { type: 'string' } },
    };
    const patch = {
      ...op,
      parameters: [{ ...op.parameters[0], name: 'project_uuid' }],
      requestBody: { required: true, content: { 'application/json': { schema } } },
    };
    const spec = { ...SPEC, paths: { '/providers/{project_uuid}': { patch } } };
    const config = CONFIG.replace('{id}', '{project_uuid}');
    const result = await generateFrom(root, spec, config, { stainlessEra: '2025-04-02', format: false });
    const module = text(result, 'src/resources/providers.ts');
    expect(module).toMatch(/update\(\s*projectUuid: string,\s*params: ProviderUpdateParams,/);
    expect(module).toMatch(/export interface ProviderUpdateParams \{\s*body_project_uuid: string;/);
    const dir = path.join(root, 'uuid');
    writeFiles(dir, result.files);
    server.otherwise(echo);
    const { Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    await new Acme({ baseURL: server.url }).providers.update('p1', { body_project_uuid: 'b1', name: 'n' });
    const request = server.requests.at(-1)!;
    expect(`${request.method} ${request.path}`).toBe('PATCH /providers/p1');
    expect(JSON.parse(request.body.toString())).toEqual({ project_uuid: 'b1', name: 'n' });
  });

  it('keeps both names `id` in a TypeScript SDK of the newest era', async () => {
    const result = await generateFrom(root, SPEC, CONFIG, { format: false });
    const module = text(result, 'src/resources/providers.ts');
    expect(module).toMatch(/update\(\s*id: string,\s*body: ProviderUpdateParams,/);
    expect(module).toMatch(/export interface ProviderUpdateParams \{\s*id: string;/);
  });

  it('is `path_id` beside `body_id` in a Python SDK of that older era', async () => {
    const result = await generateFrom(root, SPEC, CONFIG, {
      target: 'python',
      stainlessEra: '2025-11-19',
      format: false,
    });
    const module = text(result, 'src/acme/resources/providers.py');
    expect(module).toMatch(/def update\(\s*self,\s*path_id: str,\s*\*,\s*body_id: str,/);
    expect(text(result, 'src/acme/types/provider_update_params.py')).toContain(
      'body_id: Required[Annotated[str, PropertyInfo(alias="id")]]',
    );
  });
});
