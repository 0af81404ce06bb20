/**
 * A Stainless config's method names its endpoint `<verb> <path>`, and the verb may be any HTTP method the spec has:
 * the classic ones, OpenAPI 3.2's QUERY and every method of its `additionalOperations` (COPY, LINK, in any case).
 * The method is then the SDK's, sent with that verb (to a server of 127.0.0.1 here). A verb the spec has no
 * operation of is the planner's warning at the method's line; an entry of no `<verb> /path` form is the config
 * reader's warning at its line: neither refuses the config, and the other methods stay.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { tempDir, writeFiles } from '../helpers/sdk';
import { TestServer } from './helpers/server';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const jsonBody = (properties: object) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', properties } } },
});

const SPEC = {
  openapi: '3.2.0',
  info: { title: 'Kb', version: '1' },
  servers: [{ url: 'https://kb.test' }],
  paths: {
    '/models': {
      get: { responses: ok },
      additionalOperations: { COPY: { requestBody: jsonBody({ to: { type: 'string' } }), responses: ok } },
    },
    '/models/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      additionalOperations: { LINK: { responses: ok } },
    },
  },
};

// Line numbers matter: the warnings name them.
const CONFIG = [
  'organization:', // 1
  '  name: kb', // 2
  'resources:', // 3
  '  models:', // 4
  '    methods:', // 5
  '      list: get /models', // 6
  '      duplicate: COPY /models', // 7
  '      attach:', // 8
  '        endpoint: link /models/{id}', // 9
  '      fetch: fetch /models', // 10
  '      broken: get models', // 11
  '',
].join('\n');

describe('config methods of any HTTP method the spec has', () => {
  const server = new TestServer();
  let root = '';
  let warnings: Array<{ code: string; message: string; line: number | undefined }> = [];
  let methods: string[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Kb: new (options: object) => any;

  beforeAll(async () => {
    await server.start();
    server.otherwise((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    root = tempDir('config-verbs-r33f');
    writeFileSync(path.join(root, 'spec.json'), JSON.stringify(SPEC));
    writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
    const result = await generate({ spec: path.join(root, 'spec.json'), config: path.join(root, 'stainless.yml') });
    warnings = result.diagnostics.list
      .filter((d) => d.severity === 'warning' && d.code.startsWith('stainless-config'))
      .map((d) => ({ code: d.code, message: d.message, line: d.line }));
    methods = result.api.resources.flatMap((r) => r.methods.map((m) => `${r.path}.${m.name} ${m.http}`)).sort();
    writeFiles(path.join(root, 'sdk'), result.files);
    const entry = pathToFileURL(path.join(root, 'sdk', 'src', 'index.ts')).href;
    // (The default export: the client, whatever the config names it.)
    Kb = ((await import(entry)) as { default: typeof Kb }).default;
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('maps COPY and LINK entries to the spec’s additionalOperations', () => {
    expect(methods).toEqual(['models.attach link', 'models.duplicate copy', 'models.list get']);
  });

  it('warns, with the line, of a verb the spec lacks and of an entry that is no "<verb> /path"', () => {
    expect(warnings).toEqual([
      {
        code: 'stainless-config-invalid',
        message: expect.stringContaining('resources.models.methods.broken: must be "<verb> /path", got "get models"'),
        line: 11,
      },
      {
        code: 'stainless-config-method',
        message: expect.stringContaining('the spec has no operation fetch /models; method left out'),
        line: 10,
      },
    ]);
  });

  it('sends each method with its verb', async () => {
    const client = new Kb({ baseURL: server.url, apiKey: 'k' });
    await client.models.duplicate({ to: 'b' });
    await client.models.attach('m1');
    expect(server.received().map((r) => [r.method, r.path, r.body.toString('utf8')])).toEqual([
      ['COPY', '/models', '{"to":"b"}'],
      ['LINK', '/models/m1', ''],
    ]);
  });
});
