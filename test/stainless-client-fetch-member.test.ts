/**
 * An SDK made from a Stainless config keeps the fetch its client sends with as a `fetch` member, as Stainless's
 * clients do (`private fetch: Fetch`): hand-written code reads it to send a request of its own with the client's
 * fetch, as runway's upload helper does for the presigned URL (`(this._client as unknown as { fetch: Fetch }).fetch`,
 * runwayml/sdk-node src/resources/uploads.ts). Before, sdkgen's client kept it in a private field, so that code got
 * `undefined`. Without a Stainless config the client has no such member.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-client-surface.test.ts samples a Stainless client's options and surface (docs/contributing.md,
// "What `npm test` samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/uploads': {
      post: {
        operationId: 'createUpload',
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['uploadUrl'], properties: { uploadUrl: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
  },
};

const CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
resources:
  uploads:
    methods:
      create: post /uploads
`;

/** The owners' helper: asks the API for a URL, then sends the bytes there with the client's own fetch. */
const HELPER = [
  "import type { Fetch } from '../internal/builtin-types.js';",
  "import { Acme } from '../client.js';",
  '',
  'export async function directUpload(client: Acme, bytes: string): Promise<number> {',
  '  const { uploadUrl } = await client.uploads.create();',
  '  const fetch = (client as unknown as { fetch: Fetch }).fetch;',
  "  const response = await fetch(uploadUrl, { method: 'PUT', body: bytes });",
  '  return response.status;',
  '}',
  '',
].join('\n');

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe.runIf(SLOW_FULL)("a Stainless client's fetch member", () => {
  it("is the fetch the client was given, which the owners' code sends with", async () => {
    const root = tempDir('stainless-client-fetch');
    roots.push(root);
    const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
    writeFiles(root, [...files, { path: 'src/lib/direct-upload.ts', contents: HELPER }]);
    const { status, output } = typeCheckStrict(root, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);

    const server = new TestServer();
    await server.start();
    try {
      server.on('POST /uploads', json(200, { uploadUrl: `${server.url}/bucket/object` }));
      server.on('PUT /bucket/object', json(201, {}));
      const { Acme } = await import(pathToFileURL(path.join(root, 'src/index.ts')).href);
      const { directUpload } = await import(pathToFileURL(path.join(root, 'src/lib/direct-upload.ts')).href);
      const sent: string[] = [];
      const counting = (url: string, init: RequestInit) => {
        sent.push(`${init.method ?? 'GET'} ${new URL(url).pathname}`);
        return fetch(url, init);
      };
      const client = new Acme({ baseURL: server.url, fetch: counting });
      expect(await directUpload(client, 'hello')).toBe(201);
      expect(sent).toEqual(['POST /uploads', 'PUT /bucket/object']);
      expect(server.requests.at(-1)!.body.toString()).toBe('hello');
      // A copy made with other options keeps it.
      expect(await directUpload(client.withOptions({ timeout: 5000 }), 'again')).toBe(201);
      expect(sent.slice(2)).toEqual(['POST /uploads', 'PUT /bucket/object']);
      // Without a fetch of its own the client's member is the global one.
      const plain = new Acme({ baseURL: server.url });
      expect((plain as unknown as { fetch: unknown }).fetch).toBe(globalThis.fetch);
    } finally {
      await server.stop();
    }
  });

  it('is not there without a Stainless config', async () => {
    const root = tempDir('stainless-client-fetch-plain');
    roots.push(root);
    const { files } = await generateFrom(root, SPEC, null, { funcs: false, referenceDocs: false });
    const base = files.find((f) => f.path === 'src/core/base-client.ts')!.contents;
    expect(base).toContain('#fetch');
    expect(base).not.toMatch(/get fetch\(\)/);
  });
});
