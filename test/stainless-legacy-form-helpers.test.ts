/**
 * The older Stainless generator's (`targets.node`) multipart helpers, `core.multipartFormRequestOptions` (its SDK's
 * own methods call it) and `uploads.createForm`, follow the SDK's multipart form as `internal/uploads` does
 * (generator/emit/typescript/stainless-uploads-alias.ts, `legacyFormExports`): Stainless's brackets, or, where the spec
 * gives every nested part an `encoding`, each value by what it holds; a null field is a TypeError, as that generator's
 * encoder threw. The form data is sent through the client to a server on 127.0.0.1 that parses it.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-legacy-request-forms.test.ts samples the older Stainless generator's forms (targets.node)
// (docs/contributing.md, "What `npm test` samples").
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { tempDir, writeFiles } from './helpers/sdk';
import { multipartEcho, TestServer, type ParsedPart } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const body = (encoding?: Record<string, unknown>) => ({
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary' },
          meta: { type: 'object', properties: { owner: { type: 'string' } } },
          tags: { type: 'array', items: { type: 'string' } },
        },
      },
      ...(encoding ? { encoding } : {}),
    },
  },
});

const spec = (encoding?: Record<string, unknown>) => ({
  openapi: '3.1.0',
  info: { title: 'Shelf', version: '1' },
  servers: [{ url: 'https://shelf.test' }],
  paths: {
    '/files': {
      post: {
        requestBody: body(encoding),
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
});

const CONFIG = `organization: { name: shelf }
targets:
  node:
    package_name: shelf
resources:
  files:
    methods:
      create: post /files
`;

interface Sdk {
  client: { post(path: string, options: unknown): Promise<unknown> };
  core: { multipartFormRequestOptions(options: object): Promise<{ body: FormData }> };
  uploads: { createForm(body: unknown): Promise<FormData> };
}

const server = new TestServer();
const roots: string[] = [];

async function sdkOf(name: string, encoding?: Record<string, unknown>): Promise<Sdk> {
  const root = tempDir(`stainless-legacy-form-${name}`);
  roots.push(root);
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(spec(encoding)));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(root, 'openapi.json'),
    config: path.join(root, 'stainless.yml'),
    referenceDocs: false,
  });
  writeFiles(path.join(root, 'sdk'), result.files);
  const load = (file: string) => import(pathToFileURL(path.join(root, 'sdk', 'src', file)).href);
  const { default: Shelf } = (await load('index.ts')) as { default: new (options: object) => Sdk['client'] };
  return {
    client: new Shelf({ baseURL: server.url, apiKey: 'k' }),
    core: (await load('core.ts')) as Sdk['core'],
    uploads: (await load('uploads.ts')) as Sdk['uploads'],
  };
}

/** What the server read of a request the helper made: name and text, a file part as `file:<its text>`. */
async function sent(sdk: Sdk, fields: Record<string, unknown>): Promise<string[][]> {
  server.on('POST /files', multipartEcho);
  const echo = (await sdk.client.post('/files', sdk.core.multipartFormRequestOptions({ body: fields }))) as {
    parts: ParsedPart[];
  };
  return echo.parts.map((p) => [p.name, p.filename === null ? p.text : `file:${p.text}`]);
}

const FIELDS = { file: new File(['x'], 'x.txt'), meta: { owner: 'me' }, tags: ['a', 'b'] };

beforeAll(() => server.start());
afterAll(async () => {
  await server.stop();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)("the older generator's multipart helpers", () => {
  it("send Stainless's brackets where the spec says nothing of nested parts; null is a TypeError", async () => {
    const sdk = await sdkOf('brackets');
    expect(await sent(sdk, FIELDS)).toEqual([
      ['file', 'file:x'],
      ['meta[owner]', 'me'],
      ['tags[]', 'a'],
      ['tags[]', 'b'],
    ]);
    await expect(sdk.core.multipartFormRequestOptions({ body: { ...FIELDS, meta: null } })).rejects.toThrow(TypeError);
    await expect(sdk.uploads.createForm({ tags: null })).rejects.toThrow(/Received null for "tags"/);
  });

  it("send the SDK's values form where the spec gives every nested part an encoding", async () => {
    const sdk = await sdkOf('values', {
      meta: { contentType: 'application/json' },
      tags: { contentType: 'application/json' },
    });
    expect(await sent(sdk, FIELDS)).toEqual([
      ['file', 'file:x'],
      ['meta', '{"owner":"me"}'],
      ['tags', '["a","b"]'],
    ]);
    const form = await sdk.uploads.createForm({ files: [new File(['y'], 'y.txt')], n: 1 });
    expect([...form.keys()]).toEqual(['files', 'n']);
  });
});
