/**
 * With a Stainless config, a method makes its request as Stainless's SDKs write it (`this._client.put(path`…`,
 * { query: { … }, body, ...options })`), so that a migrated repository's methods read as Stainless wrote them and
 * the owners' patches to them land; and the request sent is the one the spec describes (checked on a real server).
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { json, parseMultipart, TestServer } from './runtime/helpers/server';

const item = { type: 'object', properties: { id: { type: 'string' } } };
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Shapes', version: '1' },
  servers: [{ url: 'https://shapes.test' }],
  paths: {
    '/notes': {
      get: {
        parameters: [
          { name: 'after', in: 'query', schema: { type: 'string' } },
          { name: 'tag', in: 'query', schema: { type: 'string' } },
          // Sent as the config's `query_settings` say, by the client (Stainless's methods pass them on as they are).
          { name: 'ids', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          {
            name: 'filter',
            in: 'query',
            schema: { type: 'object', properties: { status: { type: 'string' } } },
          },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { data: { type: 'array', items: item }, next: { type: 'string', nullable: true } },
                },
              },
            },
          },
        },
      },
      post: {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: item } } } },
      },
    },
    // An upload (a form body only), and a JSON body the operation also takes as a form (inbound's emails.send).
    '/files': {
      post: {
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: { type: 'string', format: 'binary' },
                  tags: { type: 'array', items: { type: 'string' } },
                },
              },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: item } } } },
      },
    },
    '/emails': {
      post: {
        requestBody: {
          required: true,
          content: Object.fromEntries(
            ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'].map((type) => [
              type,
              { schema: { type: 'object', required: ['to'], properties: { to: { type: 'string' } } } },
            ]),
          ),
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: item } } } },
      },
    },
    // A POST whose params are all query fields: taken out by name, as Stainless's SDKs take them.
    '/notes/{note_id}/archive': {
      post: {
        parameters: [
          { name: 'note_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'environment', in: 'query', required: true, schema: { type: 'string' } },
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: item } } } },
      },
    },
    '/books/{book_id}/notes/{note_id}': {
      put: {
        parameters: [
          { name: 'book_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'note_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'force', in: 'query', schema: { type: 'boolean' } },
          { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
        ],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  text: { type: 'string' },
                  at: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'string' }] },
                },
              },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: item } } } },
      },
      delete: {
        parameters: [
          { name: 'book_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'note_id', in: 'path', required: true, schema: { type: 'string' } },
        ],
        responses: { '204': { description: 'gone' } },
      },
    },
  },
};

const CONFIG = `organization: { name: shapes }
targets:
  typescript:
    package_name: shapes
pagination:
  - name: notes_page
    type: cursor
    request:
      after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      data: { type: array, items: { type: object } }
      next: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
resources:
  notes:
    methods:
      list: get /notes
      create: post /notes
      update: put /books/{book_id}/notes/{note_id}
      delete: delete /books/{book_id}/notes/{note_id}
      archive: post /notes/{note_id}/archive
  files:
    methods:
      upload: post /files
  emails:
    methods:
      send: post /emails
`;

const server = new TestServer();
let root = '';
let sdk = '';
let notes = '';
let files = '';
let emails = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-request-shape');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(root, 'openapi.json'),
    config: path.join(root, 'stainless.yml'),
    referenceDocs: false,
  });
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
  notes = result.files.find((f) => f.path === 'src/resources/notes.ts')!.contents;
  files = result.files.find((f) => f.path === 'src/resources/files.ts')!.contents;
  emails = result.files.find((f) => f.path === 'src/resources/emails.ts')!.contents;
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a Stainless config's methods", () => {
  it('make their request as Stainless wrote it, without standalone functions or @throws', () => {
    expect(notes).toContain("return this._client.post('/notes', { body, ...options });");
    expect(notes).toContain(
      "return this._client.getAPIList('/notes', NotesPage<NoteListResponse>, { query, ...options });",
    );
    // Path and header fields taken out by name, the query of a PUT named, the rest of the params its body.
    expect(notes).toContain("const { book_id, force, 'X-Trace': xTrace, ...body } = params;");
    expect(notes).toContain(
      "headers: buildHeaders([{ ...(xTrace != null ? { 'X-Trace': xTrace } : undefined) }, options?.headers]),",
    );
    expect(notes).toContain('query: { force },');
    // The query of another verb than GET is taken out by name too, the params named `params`.
    expect(notes).toMatch(
      /archive\(\s*noteID: string,\s*params: NoteArchiveParams,\s*options\?: RequestOptions,?\s*\)/,
    );
    expect(notes).toContain('const { environment } = params;');
    expect(notes).toContain(
      'return this._client.post(path`/notes/${noteID}/archive`, { query: { environment }, ...options });',
    );
    // A response without a body asks for any media type.
    expect(notes).toContain("headers: buildHeaders([{ Accept: '*/*' }, options?.headers]),");
    expect(notes).not.toContain('funcs/');
    expect(notes).not.toContain('@throws');
    expect(notes).toMatch(/^import \{ APIResource \} from '\.\.\/core\/resource';$/m);
  });

  it('say where an undescribed params field goes, and keep a string with a format beside a plain one', () => {
    expect(notes).toContain('  /**\n   * Body param\n   */\n  text?: string;');
    expect(notes).toContain('  /**\n   * Query param\n   */\n  force?: boolean;');
    expect(notes).toContain('at?: (string & {}) | string;');
  });

  it("send a form body through Stainless's helpers", () => {
    expect(files).toContain(
      "return this._client.post('/files', multipartFormRequestOptions({ body, ...options }, this._client));",
    );
    expect(files).toMatch(/^import \{ multipartFormRequestOptions \} from '\.\.\/internal\/uploads';$/m);
    expect(emails).toContain(
      "return this._client.post('/emails', maybeMultipartFormRequestOptions({ body, ...options }, this._client));",
    );
  });

  it('type-check under tsc --strict', () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('send what the spec describes', async () => {
    server.on('GET /notes', json(200, { data: [{ id: 'n1' }], next: null }));
    server.on('POST /notes', json(200, { id: 'n2' }));
    server.on('PUT /books/b1/notes/n1', json(200, { id: 'n1' }));
    server.on('DELETE /books/b1/notes/n1', (_req, res) => {
      res.statusCode = 204;
      res.end();
    });
    const { Shapes } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const client = new Shapes({ baseURL: server.url });
    const listed: unknown[] = [];
    for await (const note of client.notes.list({ tag: 'red', ids: ['a', 'b'], filter: { status: 'open' } }))
      listed.push(note);
    expect(listed).toEqual([{ id: 'n1' }]);
    const [listedWith] = server.received('GET /notes');
    expect(listedWith!.query.get('tag')).toBe('red');
    expect(listedWith!.query.getAll('ids')).toEqual(['a,b']);
    expect(listedWith!.query.get('filter[status]')).toBe('open');
    expect(await client.notes.create({ text: 'hi' })).toEqual({ id: 'n2' });
    expect(JSON.parse(server.received('POST /notes')[0]!.body.toString())).toEqual({ text: 'hi' });
    await client.notes.update('n1', { book_id: 'b1', force: true, text: 'new', 'X-Trace': 't-1' });
    await client.notes.update('n1', { book_id: 'b1' });
    const [traced, plain] = server.received('PUT /books/b1/notes/n1');
    expect(traced!.query.get('force')).toBe('true');
    expect(traced!.headers['x-trace']).toBe('t-1');
    expect(JSON.parse(traced!.body.toString())).toEqual({ text: 'new' });
    expect(plain!.headers['x-trace']).toBeUndefined();
    expect(plain!.query.has('force')).toBe(false);
    await client.notes.delete('n1', { book_id: 'b1' });
    server.on('POST /notes/n1/archive', json(200, { id: 'n1' }));
    expect(await client.notes.archive('n1', { environment: 'dev' })).toEqual({ id: 'n1' });
    expect(server.received('POST /notes/n1/archive')[0]!.query.get('environment')).toBe('dev');
    expect(server.received('DELETE /books/b1/notes/n1')[0]!.headers['accept']).toBe('*/*');
    server.on('POST /files', json(200, { id: 'f1' }));
    server.on('POST /emails', json(200, { id: 'e1' }));
    expect(await client.files.upload({ file: new Blob(['hi']), tags: ['a', 'b'] })).toEqual({ id: 'f1' });
    const [upload] = server.received('POST /files');
    const parts = parseMultipart(upload!.body, String(upload!.headers['content-type']));
    expect(parts.map((p) => [p.name, p.text])).toEqual([
      ['file', 'hi'],
      ['tags[]', 'a'],
      ['tags[]', 'b'],
    ]);
    await client.emails.send({ to: 'a@b.c' });
    const [email] = server.received('POST /emails');
    expect(email!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(email!.body.toString())).toEqual({ to: 'a@b.c' });
  });
});

describe("an older Stainless config's (targets.node) methods", () => {
  it('take request options in place of params that can be left out, and move them as Stainless wrote it', async () => {
    const dir = tempDir('stainless-request-shape-node');
    try {
      writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
      writeFileSync(path.join(dir, 'stainless.yml'), CONFIG.replace('  typescript:\n', '  node:\n'));
      const result = await generate({
        spec: path.join(dir, 'openapi.json'),
        config: path.join(dir, 'stainless.yml'),
        referenceDocs: false,
      });
      const legacy = result.files.find((f) => f.path === 'src/resources/notes.ts')!.contents;
      expect(legacy).toContain(
        ['    if (isRequestOptions(query)) {', '      return this.list({}, query);', '    }'].join('\n'),
      );
      expect(legacy).toMatch(/list\(\s*query\?: NoteListParams,\s*options\?: Core\.RequestOptions,?\s*\)/);
      expect(legacy).toMatch(/list\(\s*query: NoteListParams \| Core\.RequestOptions = \{\},/);
      // Imported and named as that generator's modules have them: `APIResource` from `resource`, the runtime's types
      // through `Core`, which the SDK's `core` module answers.
      expect(legacy).toContain(
        "import { APIResource } from '../resource';\nimport { isRequestOptions } from '../core';\nimport * as Core from '../core';\n",
      );
      expect(legacy).toMatch(
        /create\(body: NoteCreateParams, options\?: Core\.RequestOptions\): Core\.APIPromise<NoteCreateResponse>/,
      );
      expect(result.files.find((f) => f.path === 'src/resource.ts')!.contents).not.toContain('@deprecated');
      const out = path.join(dir, 'sdk');
      writeFiles(out, result.files);
      const { status, output } = typeCheckStrict(out, ['src/**/*.ts']);
      expect(output).toBe('');
      expect(status).toBe(0);
      server.on('GET /notes', json(200, { data: [], next: null }));
      const { Shapes } = await import(pathToFileURL(path.join(out, 'src/index.ts')).href);
      const before = server.received('GET /notes').length;
      await new Shapes({ baseURL: server.url }).notes.list({ headers: { 'X-Mine': 'yes' } });
      const [sent] = server.received('GET /notes').slice(before);
      expect(sent!.headers['x-mine']).toBe('yes');
      expect([...sent!.query.keys()]).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("name the runtime's types by name in a module that declares a `Core` of its own", async () => {
    const dir = tempDir('stainless-request-shape-node-core');
    try {
      const spec = JSON.parse(JSON.stringify(SPEC)) as typeof SPEC & { components?: unknown };
      spec.paths['/notes'].post.responses['200'].content['application/json'].schema = {
        $ref: '#/components/schemas/Core',
      } as unknown as typeof item;
      spec.components = { schemas: { Core: item } };
      writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(spec));
      const config = CONFIG.replace('  typescript:\n', '  node:\n').replace(
        '  notes:\n',
        "  notes:\n    models:\n      core: '#/components/schemas/Core'\n",
      );
      writeFileSync(path.join(dir, 'stainless.yml'), config);
      const result = await generate({
        spec: path.join(dir, 'openapi.json'),
        config: path.join(dir, 'stainless.yml'),
        referenceDocs: false,
      });
      const notes = result.files.find((f) => f.path === 'src/resources/notes.ts')!.contents;
      expect(notes).toContain('export interface Core {');
      expect(notes).not.toContain('import * as Core');
      expect(notes).toMatch(/create\(body: NoteCreateParams, options\?: RequestOptions\): APIPromise<Core>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
