/**
 * A field a client option fills in (`send_as_path_param`, `send_as_query_param`, `send_as_body_param`), written as
 * Stainless's SDKs write it (stainless-api-typescript's `builds` and `projects.branches`): taken out of the params with
 * the option as its default (`const { project = this._client.project, ...body } = params;`), put back first into the
 * rest it belongs to (`body: { project, ...body }`, `query: { project, ...query }`), declared among the required
 * fields where the spec requires it, and documented as the spec documents it. A JSON media type with no schema
 * (`content: { application/json: {} }`) declares no body. Called against a real 127.0.0.1 server.
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

const ok = {
  '200': {
    description: 'ok',
    content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
  },
};
const projectPath = { name: 'project', in: 'path', required: true, schema: { type: 'string' } };

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Builds', version: '1' },
  servers: [{ url: 'https://api.builds.test' }],
  paths: {
    '/v0/builds': {
      post: {
        operationId: 'createBuild',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['project', 'revision'],
                properties: {
                  project: { type: 'string', description: 'Project name' },
                  branch: { type: 'string' },
                  revision: { type: 'string' },
                },
              },
            },
          },
        },
        responses: ok,
      },
      get: {
        operationId: 'listBuilds',
        parameters: [
          { name: 'project', in: 'query', required: true, description: 'Project name', schema: { type: 'string' } },
          { name: 'branch', in: 'query', schema: { type: 'string' } },
        ],
        responses: ok,
      },
    },
    '/v0/projects/{project}/branches/{branch}': {
      delete: {
        operationId: 'deleteBranch',
        parameters: [projectPath, { name: 'branch', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { content: { 'application/json': {} } },
        responses: ok,
      },
    },
  },
};

const CONFIG = `organization: { name: builds }
targets:
  typescript: { package_name: builds }
client_settings:
  opts:
    project:
      type: string
      nullable: true
      send_as_body_param: project
      send_as_query_param: project
      send_as_path_param: project
resources:
  builds:
    methods:
      create: post /v0/builds
      list: get /v0/builds
  branches:
    methods:
      delete: delete /v0/projects/{project}/branches/{branch}
`;

const server = new TestServer();
let root = '';
let sdk = '';
const file = new Map<string, string>();

beforeAll(async () => {
  await server.start();
  root = tempDir('client-filled-request');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(root, 'openapi.json'),
    config: path.join(root, 'stainless.yml'),
    format: false,
  });
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
  for (const f of result.files) file.set(f.path, f.contents);
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('Stainless config: a field a client option fills in, in the request Stainless writes', () => {
  it('is taken out with the option as its default and put back first into its rest', () => {
    const builds = file.get('src/resources/builds.ts') ?? '';
    expect(builds).toContain('const { project = this._client.project, ...body } = params;');
    expect(builds).toMatch(
      /this\._client\.post\('\/v0\/builds', \{ body: \{ project, \.\.\.body \}, \.\.\.options \}\)/,
    );
    expect(builds).toContain('const { project = this._client.project, ...query } = params ?? {};');
    expect(builds).toMatch(/query: \{ project, \.\.\.query \}, \.\.\.options/);
    const branches = file.get('src/resources/branches.ts') ?? '';
    expect(branches).toContain('const { project = this._client.project } = params ?? {};');
    expect(branches).toContain(
      'return this._client.delete(path`/v0/projects/${project}/branches/${branch}`, options);',
    );
  });

  it('is declared where the spec requires it, with the spec’s docs; a media type with no schema is no body', () => {
    const builds = file.get('src/resources/builds.ts') ?? '';
    const create = /export interface BuildCreateParams \{([^]*?)\n\}/.exec(builds)?.[1] ?? '';
    expect(create.indexOf('project?: string')).toBeGreaterThan(-1);
    expect(create.indexOf('project?: string')).toBeLessThan(create.indexOf('revision: string'));
    expect(builds).not.toContain("Defaults to the client's");
    const branches = file.get('src/resources/branches.ts') ?? '';
    const del = /export interface BranchDeleteParams \{([^]*?)\n\}/.exec(branches)?.[1] ?? '';
    expect(del).toContain('project?: string');
    expect(del).not.toContain('body');
  });

  it.runIf(SLOW_FULL)('type-checks under tsc --strict', () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it.runIf(SLOW_FULL)(
    'sends the option where the call leaves the field out, and the given value where it does not',
    async () => {
      server.on('POST /v0/builds', json(200, { id: 'b_1' }));
      server.on('GET /v0/builds', json(200, { id: 'b_2' }));
      server.on('DELETE /v0/projects/p_0/branches/main', json(200, { id: 'br' }));
      const { Builds } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
      const client = new Builds({ baseURL: server.url, apiKey: 'k', project: 'p_0' });
      await client.builds.create({ revision: 'main' });
      await client.builds.create({ revision: 'main', project: 'p_1' });
      await client.builds.list({ branch: 'dev' });
      await client.branches.delete('main');
      const asked = server.requests.map((r) => `${r.method} ${r.url} ${r.body.toString('utf8')}`.trim());
      expect(asked).toEqual([
        'POST /v0/builds {"project":"p_0","revision":"main"}',
        'POST /v0/builds {"project":"p_1","revision":"main"}',
        'GET /v0/builds?project=p_0&branch=dev',
        'DELETE /v0/projects/p_0/branches/main',
      ]);
    },
  );
});
