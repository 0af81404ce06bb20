/**
 * Stainless's `internal/utils/base64`, as an SDK made from a Stainless config answers it, decodes as Stainless's did:
 * with Node's `Buffer` where there is one, which skips what is not base64 (cartesia's owners' WebSocket tests send
 * `data: 'audio_0'` in their fake audio chunks, and their client decodes every chunk), and with `atob` elsewhere.
 * sdkgen's decoder called `atob` alone, which throws on `_`: 40 of their tests failed.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/widgets/{id}': {
      get: {
        operationId: 'getWidget',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
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
  widgets:
    methods:
      retrieve: get /widgets/{id}
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe("Stainless's base64 module, in an SDK made from a Stainless config", () => {
  it('decodes as Buffer does, skipping what is not base64, and encodes as it does', async () => {
    const root = tempDir('stainless-base64');
    roots.push(root);
    const { files } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
    const out = tempDir('stainless-base64-run');
    roots.push(out);
    writeFiles(out, files);
    const base64 = await import(pathToFileURL(path.join(out, 'src/internal/utils/base64.ts')).href);
    for (const text of ['audio_0', 'YWJj', 'YW Jj\n', 'YQ', '']) {
      expect([...base64.fromBase64(text)], text).toEqual([...Buffer.from(text, 'base64')]);
    }
    expect(base64.toBase64(new Uint8Array([0, 250, 251]))).toBe(Buffer.from([0, 250, 251]).toString('base64'));
    expect(base64.toBase64('héllo')).toBe(Buffer.from('héllo').toString('base64'));
  });
});
