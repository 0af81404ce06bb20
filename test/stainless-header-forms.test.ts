/**
 * Header params in Stainless's request form: a number (or boolean) header is sent as its text,
 * `...(retries?.toString() != null ? { retries: retries?.toString() } : undefined)` (cerebras-cloud-sdk-node's
 * `X-delay-time`), and the older layout (`targets.node`) sends a required string header as it is,
 * `connection_id: connection_id` (embed-node's `proxy` of 2024), and an array as its comma-joined text,
 * `...(betas?.toString() != null ? { 'anthropic-beta': betas?.toString() } : undefined)` (anthropic-sdk-typescript's),
 * rather than the whole method falling back to sdkgen's request form. A server on 127.0.0.1 gets the texts.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { echo, TestServer } from './runtime/helpers/server';

const header = (name: string, required: boolean, type: string) => ({ name, in: 'header', required, schema: { type } });
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/proxy/{endpoint}': {
      get: {
        operationId: 'proxyGet',
        parameters: [
          { name: 'endpoint', in: 'path', required: true, schema: { type: 'string' } },
          header('connection_id', true, 'string'),
          header('base_url_override', false, 'string'),
          header('retries', false, 'integer'),
          // anthropic-sdk-typescript's `betas`, sent as `anthropic-beta`.
          { name: 'acme-beta', in: 'header', schema: { type: 'array', items: { type: 'string' } } },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } },
          },
        },
      },
    },
  },
};

const config = (target: string) => `organization: { name: acme }
targets:
  ${target}:
    package_name: acme
resources:
  proxy:
    methods:
      get: get /proxy/{endpoint}
`;

const server = new TestServer();
const roots: string[] = [];
const module = async (target: string) => {
  const root = tempDir('stainless-header-forms');
  roots.push(root);
  const result = await generateFrom(root, SPEC, config(target), { format: false, referenceDocs: false });
  return { root, result, text: result.files.find((f) => f.path === 'src/resources/proxy.ts')!.contents };
};

beforeAll(() => server.start());
afterAll(async () => {
  await server.stop();
  roots.forEach((root) => rmSync(root, { recursive: true, force: true }));
});

describe("header params in Stainless's request form", () => {
  it('sends a required string header as it is in the older layout, a number as its text', async () => {
    const { text } = await module('node');
    expect(text).toContain('connection_id: connection_id,');
    expect(text).toContain('...(retries?.toString() != null ? { retries: retries?.toString() } : undefined)');
    expect(text).toContain('return this._client.get(`/proxy/${endpoint}`, {');
  });

  it("sends a number header's text in the newer layout, to the server too", async () => {
    const { root, result, text } = await module('typescript');
    expect(text).toContain('...(retries?.toString() != null ? { retries: retries?.toString() } : undefined)');
    const dir = path.join(root, 'sdk');
    writeFiles(dir, result.files);
    server.otherwise(echo);
    const { Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    await new Acme({ baseURL: server.url }).proxy.get('e1', { connection_id: 'c1', retries: 3 });
    const request = server.requests.at(-1)!;
    expect(`${request.method} ${request.path}`).toBe('GET /proxy/e1');
    expect(request.headers['connection_id']).toBe('c1');
    expect(request.headers['retries']).toBe('3');
  });

  it("sends an array header comma-joined, as anthropic-sdk-typescript's `betas`, to the server too", async () => {
    const { root, result, text } = await module('typescript');
    expect(text).toContain("...(acmeBeta?.toString() != null ? { 'acme-beta': acmeBeta?.toString() } : undefined)");
    const dir = path.join(root, 'sdk');
    writeFiles(dir, result.files);
    server.otherwise(echo);
    const { Acme } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    const client = new Acme({ baseURL: server.url });
    await client.proxy.get('e1', { connection_id: 'c1', 'acme-beta': ['files-2025-04-14', 'tools-2024-05-16'] });
    expect(server.requests.at(-1)!.headers['acme-beta']).toBe('files-2025-04-14,tools-2024-05-16');
    await client.proxy.get('e1', { connection_id: 'c1' });
    expect(server.requests.at(-1)!.headers['acme-beta']).toBeUndefined();
  });
});
