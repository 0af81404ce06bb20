/**
 * A credential the client sends is no method's argument, also when neither the document nor its operations say
 * anything about security: a Stainless config whose client option authenticates with the spec's bearer scheme
 * (`auth: { security_scheme: … }`) makes the client send `Authorization` with every request, so the `authorization`
 * header parameter each operation lists is dropped from every method (as Stainless's SDK drops it). Calls written
 * as Stainless's SDK takes them type-check under tsc --strict, and the server on 127.0.0.1 gets the client's token.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';

const authorization = { name: 'authorization', in: 'header', required: true, schema: { type: 'string' } };
const ok = {
  '200': {
    description: 'ok',
    content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
  },
};

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/things': {
      get: { operationId: 'listThings', parameters: [authorization], responses: ok },
    },
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          authorization,
          { name: 'X-Trace-Id', in: 'header', schema: { type: 'string' } },
        ],
        responses: ok,
      },
    },
    '/health': {
      get: { operationId: 'health', security: [], parameters: [authorization], responses: ok },
    },
  },
  components: { securitySchemes: { BearerAuth: { type: 'http', scheme: 'bearer' } } },
};

const CONFIG = `organization: { name: acme }
client_settings:
  opts:
    api_token:
      type: string
      read_env: ACME_API_TOKEN
      auth: { security_scheme: BearerAuth }
resources:
  things:
    methods:
      list: get /things
      retrieve: get /things/{id}
      health: get /health
`;

/** The calls Stainless's SDK takes: no credential argument (an operation with `security: []` keeps its own). */
const CONSUMER = `import Acme from './src/index.js';
const client = new Acme({ apiToken: 'tok' });
async function calls() {
  await client.things.list();
  await client.things.retrieve('t1');
  await client.things.retrieve('t1', { 'X-Trace-Id': 'x' });
  await client.things.health({ authorization: 'other' });
}
void calls;
`;

const server = new TestServer();
let root = '';
let dir = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-credential-headers');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
});

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a credential header with no security in the spec, sent by a client option', () => {
  it("type-checks Stainless's calls under tsc --strict: no method asks for the header", () => {
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts', 'consumer.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it("sends the client option's token as the Authorization header", async () => {
    server.on('GET /things', json(200, { id: 'all' }));
    server.on('GET /things/t1', json(200, { id: 't1' }));
    const { Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    const client = new Acme({ apiToken: 'tok', baseURL: server.url });
    expect(await client.things.list()).toEqual({ id: 'all' });
    expect(await client.things.retrieve('t1', { 'X-Trace-Id': 'x' })).toEqual({ id: 't1' });
    const [list, retrieve] = server.requests;
    expect(list.headers.authorization).toBe('Bearer tok');
    expect(retrieve.headers.authorization).toBe('Bearer tok');
    expect(retrieve.headers['x-trace-id']).toBe('x');
  });
});
