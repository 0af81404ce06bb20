/**
 * A Stainless config's `targets.typescript.options.multipart_form` (sdkgen's own key, the form `sdkgen migrate` writes
 * where the owners patched Stainless's multipart encoder): the TypeScript SDK's generic encoder (`createForm`,
 * `multipartFormRequestOptions` at `internal/uploads`, what hand-written code and the owners' tests call with a body
 * alone) sends that form, each request received by a real server of 127.0.0.1 that parses the multipart body; the
 * SDK's methods still send each part as the spec's `encoding` says.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kbFormReceived, kbSpec, oneMethodConfig, partsRead, writtenTypeScriptSdk } from './helpers/multipart-sdk';
import { multipartEcho, TestServer, type ParsedPart } from './runtime/helpers/server';

const CONFIG = oneMethodConfig('kb', 'kb', 'post /kb').replace(
  '    package_name: kb\n',
  '    package_name: kb\n    options:\n      multipart_form:\n        json: objects\n        bracketed: [env_vars]\n',
);

describe('multipart_form: { json: objects, bracketed: [env_vars] }', () => {
  const server = new TestServer();
  let root = '';
  let uploads: {
    createForm(body: unknown, fetch?: unknown): Promise<FormData>;
    multipartFormRequestOptions(options: object, fetch?: unknown): Promise<{ body: FormData }>;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Kb: new (options: object) => any;
  let uploadsText = '';

  beforeAll(async () => {
    await server.start();
    const sdk = await writtenTypeScriptSdk('multipart-form-option', kbSpec({ meta: true }), CONFIG);
    root = sdk.dir;
    ({ default: Kb } = await sdk.importModule('index.ts'));
    uploads = await sdk.importModule('internal/uploads.ts');
    const { readFileSync } = await import('node:fs');
    uploadsText = readFileSync(`${sdk.src}/internal/uploads.ts`, 'utf8');
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** The parts a server read from `form` sent by the SDK's client (a file as `file:<text>`). */
  const received = (form: FormData) => kbFormReceived(server, Kb, form);

  it("createForm sends an object holding no file as JSON, arrays and `env_vars` under Stainless's brackets", async () => {
    const body = {
      name: 'base',
      source: { type: 'github', ref: 'main' },
      env_vars: { API_KEY: 'secret', DEBUG: 'true' },
      bar: { foo: 'string', baz: undefined },
      gone: { baz: undefined },
      urls: ['https://a.example'],
      texts: [{ title: 't' }],
      files: [new File(['one'], 'one.txt')],
    };
    expect(await received(await uploads.createForm(body))).toEqual([
      ['name', 'base'],
      ['source', '{"type":"github","ref":"main"}'],
      ['env_vars[API_KEY]', 'secret'],
      ['env_vars[DEBUG]', 'true'],
      ['bar', '{"foo":"string"}'],
      ['urls[]', 'https://a.example'],
      ['texts[]', '{"title":"t"}'],
      ['files[]', 'file:one'],
    ]);
    expect((await uploads.multipartFormRequestOptions({ body: { meta: { owner: 'me' } } })).body.get('meta')).toBe(
      '{"owner":"me"}',
    );
    await expect(uploads.createForm({ a: null })).rejects.toThrow(TypeError);
    expect(uploadsText).toContain("encodeForm(body, fetch, 'objects', ['env_vars'])");
  });

  it("the SDK's method sends its parts as the spec's encoding says", async () => {
    server.on('POST /kb', multipartEcho);
    const client = new Kb({ baseURL: server.url });
    const echo = (await client.kb.create({
      name: 'base',
      texts: [{ title: 't' }],
      urls: ['https://a.example'],
      files: [new File(['one'], 'one.txt')],
      meta: { owner: 'me' },
    })) as { parts: ParsedPart[] };
    expect(partsRead(echo.parts)).toEqual([
      ['name', 'base'],
      ['texts', '[{"title":"t"}]'],
      ['urls', '["https://a.example"]'],
      ['files', 'file:one'],
      ['meta[owner]', 'me'],
    ]);
  });
});
