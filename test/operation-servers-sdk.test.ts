/**
 * An operation on a server of its own (OpenAPI `servers` on the operation), in the generated TypeScript and Python
 * SDKs of one spec from a Stainless config: its request goes to that server, the others' to the client's; a base URL
 * given to the client (the option, or the `<PREFIX>_BASE_URL` variable) wins over both, as in Stainless's SDKs (its
 * TypeScript client compares the URL with the default, its Python client notes that one was given); a copy of the
 * client keeps whether it was given. Two real servers of 127.0.0.1 record what each received.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environmentWithout, pythonTempDir, runPythonAgainstFiles } from './helpers/python-sdk';
import { generatePythonFiles } from './helpers/python';
import { oneMethodConfig, writtenTypeScriptSdk } from './helpers/multipart-sdk';
import { json, TestServer } from './runtime/helpers/server';

const main = new TestServer();
const uploads = new TestServer();

function spec(): object {
  const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
  return {
    openapi: '3.1.0',
    info: { title: 'Media', version: '1' },
    servers: [{ url: `${main.url}/default` }],
    paths: {
      '/files/{id}/upload': {
        post: {
          operationId: 'uploadFile',
          servers: [{ url: `${uploads.url}/up` }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: ok,
        },
      },
      '/files/{id}': {
        get: {
          operationId: 'getFile',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: ok,
        },
      },
    },
  };
}

const CONFIG = `${oneMethodConfig('media', 'files', 'post /files/{id}/upload')}      retrieve: get /files/{id}\n`;

/** Where each request went: the server's name and the path it received. */
function seen(): string[] {
  const all = [
    ...main.requests.map((r) => ({ at: 'main', r })),
    ...uploads.requests.map((r) => ({ at: 'uploads', r })),
  ];
  return all.map(({ at, r }) => `${at} ${r.method} ${r.path}`).sort();
}

describe("an operation's own server, in the generated SDKs", () => {
  let root = '';
  let pyDir = '';
  let pyFiles = new Map<string, string>();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Media: new (options?: object) => any;

  beforeAll(async () => {
    await Promise.all([main.start(), uploads.start()]);
    for (const server of [main, uploads]) server.otherwise(json(200, {}));
    const sdk = await writtenTypeScriptSdk('operation-servers-sdk', spec(), CONFIG);
    root = sdk.dir;
    ({ default: Media } = await sdk.importModule('index.ts'));
    pyDir = pythonTempDir('operation-servers-py');
    pyFiles = await generatePythonFiles(pyDir, JSON.stringify(spec()), CONFIG);
  });
  afterAll(async () => {
    await Promise.all([main.stop(), uploads.stop()]);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("TypeScript: the upload at its server, unless the client's base URL is given", async () => {
    main.reset();
    uploads.reset();
    const client = new Media();
    await client.files.create('a');
    await client.files.retrieve('a');
    await client.withOptions({ timeout: 5000 }).files.create('b');
    const given = new Media({ baseURL: main.url });
    await given.files.create('c');
    await given.withOptions({ timeout: 5000 }).files.create('d');
    expect(seen()).toEqual([
      'main GET /default/files/a',
      'main POST /files/c/upload',
      'main POST /files/d/upload',
      'uploads POST /up/files/a/upload',
      'uploads POST /up/files/b/upload',
    ]);
  });

  it('Python: the same, the base URL given by the option or the environment variable', async () => {
    main.reset();
    uploads.reset();
    const program = `
from media import Media

client = Media()
client.files.create("a")
client.files.retrieve("a")
client.with_options(timeout=5).files.create("b")
given = Media(base_url=${JSON.stringify(main.url)})
given.files.create("c")
given.with_options(timeout=5).files.create("d")
import os
os.environ["MEDIA_BASE_URL"] = ${JSON.stringify(main.url)}
Media().files.create("e")
`;
    const result = await runPythonAgainstFiles(pyDir, pyFiles, program, { env: environmentWithout('MEDIA_') });
    expect(result.stderr).toBe('');
    expect(seen()).toEqual([
      'main GET /default/files/a',
      'main POST /files/c/upload',
      'main POST /files/d/upload',
      'main POST /files/e/upload',
      'uploads POST /up/files/a/upload',
      'uploads POST /up/files/b/upload',
    ]);
  });
});
