/**
 * A JSON Lines response (`application/x-jsonl`, NDJSON) with a schema, with a Stainless config: the method returns
 * `APIPromise<JSONLDecoder<T>>` as Stainless's TypeScript SDKs do (anthropic's `messages.batches.results`, both
 * generators' forms), the decoder at Stainless's path `internal/decoders/jsonl`, written only where a method needs it.
 * The generated SDK is run against a real server on 127.0.0.1 that sends the lines in pieces.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formsOfEra, inferStainlessEra } from '../generator/stainless/era';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';

const RESULT = {
  type: 'object',
  properties: { custom_id: { type: 'string' }, result: { type: 'object', properties: { ok: { type: 'boolean' } } } },
  required: ['custom_id', 'result'],
};

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/batches/{batch_id}/results': {
      get: {
        operationId: 'batchResults',
        parameters: [{ name: 'batch_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'one result a line',
            content: { 'application/x-jsonl': { schema: { $ref: '#/components/schemas/BatchResult' } } },
          },
        },
      },
    },
    // Sent without credentials: sdkgen's own form of the request.
    '/exports/{export_id}/lines': {
      get: {
        operationId: 'exportLines',
        security: [],
        parameters: [{ name: 'export_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'one result a line',
            content: { 'application/x-ndjson': { schema: { $ref: '#/components/schemas/BatchResult' } } },
          },
        },
      },
    },
    '/files/{file_id}/content': {
      get: {
        operationId: 'fileContent',
        parameters: [{ name: 'file_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'bytes', content: { 'application/octet-stream': {} } } },
      },
    },
  },
  components: {
    schemas: { BatchResult: RESULT },
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
  },
  security: [{ bearer: [] }],
};

const config = (target: 'typescript' | 'node', withLines = true) => `organization: { name: acme }
targets:
  ${target}:
    package_name: acme
resources:
  batches:
    models:
      batch_result: BatchResult
    methods:
${withLines ? '      results: get /batches/{batch_id}/results\n      export_lines: get /exports/{export_id}/lines\n' : ''}      content: get /files/{file_id}/content
`;

let root = '';
const read = (sdk: string, file: string) => readFileSync(path.join(root, sdk, file), 'utf8');

beforeAll(async () => {
  root = tempDir('stainless-jsonl');
  const options = { funcs: false, referenceDocs: false, format: true, mcp: false } as const;
  for (const target of ['typescript', 'node'] as const)
    writeFiles(path.join(root, target), (await generateFrom(root, SPEC, config(target), options)).files);
  // (Of an era qualified `+base-client`: anthropic's.)
  const based = { ...options, stainlessEra: '2025-09-17+base-client' };
  writeFiles(path.join(root, 'none'), (await generateFrom(root, SPEC, config('typescript', false), based)).files);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a JSON Lines method', () => {
  it("returns Stainless's JSONLDecoder of its lines' type, read from the raw response", () => {
    const batches = read('typescript', 'src/resources/batches.ts');
    expect(batches).toContain("import { JSONLDecoder } from '../internal/decoders/jsonl';");
    expect(batches).toMatch(
      /results\(batchID: string, options\?: RequestOptions\): APIPromise<JSONLDecoder<BatchResult>> \{\s*return this\._client\s*\.get\(path`\/batches\/\$\{batchID\}\/results`, \{\s*\.\.\.options,\s*headers: buildHeaders\(\[\{ Accept: 'application\/x-jsonl' \}, options\?\.headers\]\),\s*__binaryResponse: true,\s*\}\)\s*\._thenUnwrap\(\(_, props\) => JSONLDecoder\.fromResponse\(props\.response, props\.controller\)\) as APIPromise<\s*JSONLDecoder<BatchResult>\s*>;/,
    );
    // api.md lists it by its lines' type, as Stainless's does.
    expect(read('typescript', 'api.md')).toMatch(/results<\/a>\(batchID\) -> BatchResult<\/code>/);
  });

  it("is sdkgen's own request form where Stainless's cannot say the request (no credentials sent)", () => {
    const batches = read('typescript', 'src/resources/batches.ts');
    expect(batches).toMatch(
      /exportLines\(exportID: string, options\?: RequestOptions\): APIPromise<JSONLDecoder<BatchResult>>/,
    );
    expect(batches).toMatch(/request<Response>\(/);
    expect(batches).toMatch(
      /\)\s*\._thenUnwrap\(\(_, props\) =>\s*JSONLDecoder\.fromResponse<BatchResult>\(props\.response, props\.controller\),?\s*\);/,
    );
  });

  it("has Stainless's checked endpoint test, skipped (the mock server cannot send JSON Lines)", () => {
    const tests = read('typescript', 'tests/api-resources/batches.test.ts');
    expect(tests).toMatch(
      /\/\/ Mock server doesn't support application\/x-jsonl responses\s*test\.skip\('results', async \(\) => \{\s*const responsePromise = client\.batches\.results\('batch_id'\);/,
    );
    expect(tests).toMatch(
      /\/\/ Mock server doesn't support application\/x-ndjson responses\s*test\.skip\('exportLines'/,
    );
  });

  it("is the older generator's form too (`targets.node`)", () => {
    const batches = read('node', 'src/resources/batches.ts');
    expect(batches).toContain("headers: { Accept: 'application/x-jsonl', ...options?.headers }");
    expect(batches).toMatch(/as Core\.APIPromise<JSONLDecoder<BatchResult>>|as APIPromise<JSONLDecoder<BatchResult>>/);
  });

  it('has the decoder written only where a method returns JSON Lines', () => {
    expect(existsSync(path.join(root, 'typescript/src/internal/decoders/jsonl.ts'))).toBe(true);
    expect(existsSync(path.join(root, 'none/src/internal/decoders/jsonl.ts'))).toBe(false);
    // Another binary response is still the raw `Response`.
    expect(read('typescript', 'src/resources/batches.ts')).toMatch(
      /content\(fileID: string, options\?: RequestOptions\): APIPromise<Response>/,
    );
  });

  it('yields each line of a body sent in pieces from a real server, parsed', async () => {
    let accept = '';
    const server: Server = createServer((req, res) => {
      accept = req.headers.accept ?? '';
      res.writeHead(200, { 'content-type': 'application/x-jsonl' });
      // A line split across writes, an empty line, CRLF, and a last line without its newline.
      res.write('{"custom_id":"a","result":{"ok":true}}\n{"custom_');
      setTimeout(() => {
        res.write('id":"b","result":{"ok":false}}\r\n\n');
        res.end('{"custom_id":"c","result":{"ok":true}}');
      }, 20);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const sdk: any = await import(/* @vite-ignore */ pathToFileURL(path.join(root, 'typescript/src/index.ts')).href);
      const client = new sdk.Acme({ baseURL: `http://127.0.0.1:${port}`, apiKey: 'tok' });
      const decoder = await client.batches.results('b1');
      expect(decoder.controller).toBeInstanceOf(AbortController);
      const ids: string[] = [];
      for await (const line of decoder) ids.push(`${line.custom_id}:${line.result.ok}`);
      expect(ids).toEqual(['a:true', 'b:false', 'c:true']);
      expect(accept).toBe('application/x-jsonl');
      // sdkgen's form reads them alike.
      const own: string[] = [];
      for await (const line of await client.batches.exportLines('e1')) own.push(line.custom_id);
      expect(own).toEqual(['a', 'b', 'c']);
      expect(accept).toBe('application/x-ndjson');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("Stainless's client members that code written for its SDKs reads", () => {
  it('`_options`: the options as given, the credentials and base URL among them', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const sdk: any = await import(/* @vite-ignore */ pathToFileURL(path.join(root, 'typescript/src/index.ts')).href);
    // (Anthropic's owners' code: `(this._client as any)._options.timeout ?? 600000`.)
    const plain = new sdk.Acme({ apiKey: 'tok', baseURL: 'http://127.0.0.1:1' });
    expect(plain._options).toEqual({ apiKey: 'tok', baseURL: 'http://127.0.0.1:1' });
    expect(plain._options.timeout).toBeUndefined();
    expect(plain.timeout).toBe(60_000);
    expect(new sdk.Acme({ apiKey: 'tok', timeout: 5 })._options).toMatchObject({
      apiKey: 'tok',
      timeout: 5,
      baseURL: 'https://api.acme.test',
    });
  });
});

describe("`Base<Client>`, where the era says Stainless's client module declared it (`+base-client`)", () => {
  it('is the core client, exported from client.ts and the root', () => {
    expect(read('none', 'src/client.ts')).toContain('export { AcmeCore as BaseAcme };');
    expect(read('none', 'src/index.ts')).toContain('AcmeCore as BaseAcme');
    expect(read('typescript', 'src/client.ts')).not.toContain('BaseAcme');
    expect(read('typescript', 'src/index.ts')).not.toContain('BaseAcme');
  });

  it("is read from the release's client.ts by the era migrate infers", () => {
    const resource = { path: 'src/resources/batches.ts', text: 'export class Batches extends APIResource {}\n' };
    const client = (text: string) => ({ path: 'src/client.ts', text });
    expect(inferStainlessEra([resource, client('export class BaseAnthropic {\n}\n')], '2025-09-17T15:29:28Z')).toBe(
      '2025-09-17+base-client',
    );
    expect(inferStainlessEra([resource, client('export class Anthropic {\n}\n')], '2025-09-17T15:29:28Z')).toBe(
      '2025-09-17',
    );
    expect(formsOfEra('2025-09-17+base-client').baseClient).toBe(true);
    expect(formsOfEra('2025-09-17').baseClient).toBe(false);
  });
});
