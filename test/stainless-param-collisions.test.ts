/**
 * Parameters of one name in two places, as Stainless's SDKs take them: only within the method where they meet is each
 * prefixed with where it goes, `path_providerId` / `body_providerId` (the prefix, `_`, the name as the SDK writes
 * it); a method whose only `providerId` is in the path keeps `providerId`. The spec's `x-stainless-param-name:
 * pathProviderId` (not an extension Stainless reads) renames nothing. Stainless's calls type-check under tsc
 * --strict, and a server on 127.0.0.1 gets each value at its place under the spec's name.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-request-shape.test.ts samples Stainless's request forms and params (docs/contributing.md, "What
// `npm test` samples").
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { echo, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const pathParam = (name: string, spelled: string) => ({
  name,
  'x-stainless-param-name': spelled,
  in: 'path',
  required: true,
  schema: { type: 'string' },
});
const ok = {
  '200': {
    description: 'ok',
    content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } },
  },
};
const body = (required: string[], properties: Record<string, object>) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', required, properties } } },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/models/{providerId}/{modelId}': {
      parameters: [pathParam('providerId', 'pathProviderId'), pathParam('modelId', 'pathModelId')],
      get: { operationId: 'getModel', responses: ok },
      patch: {
        operationId: 'updateModel',
        requestBody: body(['providerId'], { providerId: { type: 'string' }, name: { type: 'string' } }),
        responses: ok,
      },
    },
    '/groups/{id}/members/{memberId}': {
      put: {
        operationId: 'putMember',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'memberId', in: 'path', required: true, schema: { type: 'string' } },
        ],
        requestBody: body(['id'], { id: { type: 'string' }, role: { type: 'string' } }),
        responses: ok,
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
resources:
  models:
    methods:
      retrieve: get /models/{providerId}/{modelId}
      update: patch /models/{providerId}/{modelId}
  members:
    methods:
      update: put /groups/{id}/members/{memberId}
`;

/** The calls of Stainless's SDK. */
const CONSUMER = `import Acme from './src/index.js';
const client = new Acme();
async function calls() {
  await client.models.retrieve('m1', { providerId: 'p1' });
  await client.models.update('m1', { path_providerId: 'p1', body_providerId: 'p2', name: 'n' });
  await client.members.update('u1', { path_id: 'g1', body_id: 'b1', role: 'admin' });
}
void calls;
`;

const server = new TestServer();
let root = '';
let dir = '';
let warnings: string[] = [];

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-param-collisions');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
  warnings = result.diagnostics.warnings.map((w) => w.code);
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)('parameters of one name in two places', () => {
  it("type-checks Stainless's calls under tsc --strict: prefixed only where they meet", () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
    // Each x-stainless-param-name is reported as renaming nothing.
    expect(warnings.filter((code) => code === 'stainless-hint-ignored')).toHaveLength(2);
  });

  it("sends each value to its place under the spec's name", async () => {
    server.otherwise(echo);
    const { Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    const client = new Acme({ baseURL: server.url });
    await client.models.retrieve('m1', { providerId: 'p1' });
    await client.models.update('m1', { path_providerId: 'p1', body_providerId: 'p2', name: 'n' });
    await client.members.update('u1', { path_id: 'g1', body_id: 'b1', role: 'admin' });
    const [retrieve, update, member] = server.requests;
    expect(`${retrieve.method} ${retrieve.path}`).toBe('GET /models/p1/m1');
    expect(`${update.method} ${update.path}`).toBe('PATCH /models/p1/m1');
    expect(JSON.parse(update.body.toString())).toEqual({ providerId: 'p2', name: 'n' });
    expect(`${member.method} ${member.path}`).toBe('PUT /groups/g1/members/u1');
    expect(JSON.parse(member.body.toString())).toEqual({ id: 'b1', role: 'admin' });
  });
});
