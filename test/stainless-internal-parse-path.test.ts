/**
 * Stainless's `src/internal/parse.ts` answers, in an SDK made from a Stainless config, with the type of the response
 * props hand-written code builds an `APIPromise` from (`APIResponseProps`, sdkgen's `StainlessResponseProps`):
 * mixedbread's `src/lib/upload-file.ts` imports it to make `new APIPromise<FileObject>(client, responsePromise,
 * async () => data)` around requests it sends itself (mixedbread-ai/mixedbread-ts). Before, no module was written at
 * that path: migrate kept Stainless's, which imports what sdkgen's runtime has not (`formatRequestDetails`), and tsc
 * failed.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-runtime-paths.test.ts samples Stainless's runtime modules and paths (docs/contributing.md,
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
    '/files/{id}': {
      get: {
        operationId: 'getFile',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/FileObject' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      FileObject: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
    },
  },
};

const CONFIG = `organization:
  name: acme
targets:
  typescript:
    package_name: acme
resources:
  files:
    models:
      file_object: '#/components/schemas/FileObject'
    methods:
      retrieve: get /files/{id}
`;

/** The owners' helper: sends a request itself and hands back an APIPromise of what it resolved. */
const HELPER = [
  "import type { Acme } from '../client.js';",
  "import type { FileObject } from '../resources/files.js';",
  "import type { APIResponseProps } from '../internal/parse.js';",
  "import { APIPromise } from '../core/api-promise.js';",
  '',
  'function props(response: Response): APIResponseProps {',
  '  return {',
  '    response,',
  '    options: {},',
  '    controller: new AbortController(),',
  "    requestLogID: '',",
  '    retryOfRequestLogID: undefined,',
  '    startTime: Date.now(),',
  '  };',
  '}',
  '',
  'export function uploadFile(client: Acme, url: string): APIPromise<FileObject> {',
  '  let resolved: FileObject | undefined;',
  '  const responsePromise: Promise<APIResponseProps> = (async () => {',
  "    const response = await fetch(url, { method: 'PUT', body: 'bytes' });",
  '    resolved = (await response.clone().json()) as FileObject;',
  '    return props(response);',
  '  })();',
  '  return new APIPromise<FileObject>(client, responsePromise, async () => resolved!);',
  '}',
  '',
  'export function rawFile(client: Acme, url: string): APIPromise<FileObject> {',
  '  return new APIPromise<FileObject>(client, fetch(url).then(props));',
  '}',
  '',
].join('\n');

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe.runIf(SLOW_FULL)("Stainless's internal/parse path", () => {
  it("types the response props hand-written code makes an APIPromise from, which awaits to the owners' value", async () => {
    const root = tempDir('stainless-internal-parse');
    roots.push(root);
    const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
    const parse = files.find((f) => f.path === 'src/internal/parse.ts');
    expect(parse?.contents).toContain('StainlessResponseProps as APIResponseProps');
    writeFiles(root, [...files, { path: 'src/lib/upload-file.ts', contents: HELPER }]);
    const { status, output } = typeCheckStrict(root, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);

    const server = new TestServer();
    await server.start();
    try {
      server.on('PUT /uploads/1', json(200, { id: 'file_1' }));
      server.on('GET /uploads/2', json(200, { id: 'file_2' }));
      const { Acme } = await import(pathToFileURL(path.join(root, 'src/index.ts')).href);
      const helper = await import(pathToFileURL(path.join(root, 'src/lib/upload-file.ts')).href);
      const client = new Acme({ baseURL: server.url });
      expect(await helper.uploadFile(client, `${server.url}/uploads/1`)).toEqual({ id: 'file_1' });
      expect(server.requests.at(-1)!.body.toString()).toBe('bytes');
      const raw = helper.rawFile(client, `${server.url}/uploads/2`);
      expect((await raw.asResponse()).status).toBe(200);
      expect(await helper.rawFile(client, `${server.url}/uploads/2`)).toEqual({ id: 'file_2' });
    } finally {
      await server.stop();
    }
  });

  it('is not written without a Stainless config', async () => {
    const root = tempDir('stainless-internal-parse-plain');
    roots.push(root);
    const { files } = await generateFrom(root, SPEC, null, { funcs: false, referenceDocs: false });
    expect(files.some((f) => f.path === 'src/internal/parse.ts')).toBe(false);
  });
});
