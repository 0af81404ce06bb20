/**
 * A JSON Lines response (`application/x-jsonl`, NDJSON, with a schema) in sdkgen's own SDKs (no Stainless config):
 * the method returns `APIPromise<Stream<T>>`, the runtime's `Stream` of core/streaming reading the body a line at a
 * time (`responseKind: 'jsonl'`), as it reads event streams; `.asResponse()` / `.withResponse()` give the raw response
 * as for any method. Before, it returned the raw `Response` (an SDK from a Stainless config returns Stainless's
 * `JSONLDecoder<T>`: stainless-jsonl-r35b2.test.ts). api.md, the README, the reference docs and the MCP server say so.
 * The generated SDK runs against a real server on 127.0.0.1; with SDKGEN_SLOW_TESTS=full it is also type-checked
 * (strict) with a program reading the lines as their type. Python's own SDKs already returned `JSONLDecoder[T]`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_FULL } from './helpers/slow-tests';
import { generateFrom, runTsc, tempDir, writeFiles } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/batches/{batch_id}/results': {
      get: {
        operationId: 'batchResults',
        summary: 'Results of a batch',
        parameters: [{ name: 'batch_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'one result a line',
            content: { 'application/x-jsonl': { schema: { $ref: '#/components/schemas/BatchResult' } } },
          },
        },
      },
    },
    '/exports/{export_id}/lines': {
      get: {
        operationId: 'exportLines',
        parameters: [{ name: 'export_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'one row a line',
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
    schemas: {
      BatchResult: {
        type: 'object',
        required: ['custom_id'],
        properties: { custom_id: { type: 'string' }, score: { type: 'number' } },
      },
    },
  },
};

let root = '';
const sdk = () => path.join(root, 'ts');
const read = (file: string) => readFileSync(path.join(sdk(), file), 'utf8');

beforeAll(async () => {
  root = tempDir('jsonl-own');
  writeFiles(sdk(), (await generateFrom(root, SPEC, null, { mcp: true })).files);
});

describe("a JSON Lines method of sdkgen's own TypeScript SDK", () => {
  it('returns a Stream of its lines’ type, read by the runtime as JSON Lines', () => {
    const resource = read('src/resources/batches/results.ts');
    expect(resource).toContain("import type { Stream } from '../../core/streaming.js';");
    expect(resource).toMatch(/retrieve\(batchId: string, options\?: RequestOptions\): APIPromise<Stream<BatchResult>>/);
    const func = read('src/funcs/batchesResultsRetrieve.ts');
    expect(func).toContain('Promise<Result<Stream<BatchResult>, BatchesResultsRetrieveError>>');
    expect(func).toMatch(
      /client\.request<Stream<BatchResult>>\(\s*\{\s*method: 'get',\s*path: path`\/batches\/\$\{batchId\}\/results`,\s*responseKind: 'jsonl',\s*accept: 'application\/x-jsonl',\s*stream: Stream,\s*\}/,
    );
    expect(read('src/funcs/exportsLinesRetrieve.ts')).toContain("accept: 'application/x-ndjson'");
    // Another binary response is still the raw `Response`; Stainless's decoder module is not written.
    expect(read('src/resources/files.ts')).toMatch(
      /content\(fileId: string, options\?: RequestOptions\): APIPromise<Response>/,
    );
    expect(existsSync(path.join(sdk(), 'src/internal/decoders/jsonl.ts'))).toBe(false);
  });

  it('is documented as the Stream it returns: api.md, README, reference docs, @example, MCP', () => {
    const apiMd = read('api.md');
    expect(apiMd).toContain('retrieve</a>(batchId) -> Stream&lt;BatchResult&gt;</code>');
    expect(apiMd).toMatch(/^- <code><a href="[^"]+">BatchResult<\/a><\/code>$/m);
    const readme = read('README.md');
    expect(readme).toContain('## JSON Lines responses');
    expect(readme).toMatch(
      /const stream = await client\.batches\.results\.retrieve\('batch_id'\);\nfor await \(const batchResult of stream\) \{\n {2}console\.log\(batchResult\);\n\}/,
    );
    // The binary section shows a download, not the JSON Lines method.
    expect(readme).toMatch(/## Binary responses[\s\S]*?const response = await client\.files\.content\('file_id'\);/);
    expect(read('docs/sdks/batches/results/README.md')).toContain(
      'A `Stream` of the lines of the response (`application/x-jsonl`), each a [BatchResult](../../../models/BatchResult.md)',
    );
    expect(read('src/resources/batches/results.ts')).toContain(
      "   * const stream = await client.batches.results.retrieve('batch_id');\n   * for await (const batchResult of stream) {",
    );
    expect(read('packages/mcp-server/src/endpoints.ts')).toContain("returns: 'Stream<BatchResult>',");
  });

  it('has an endpoint test that reads the stream (skipped: the mock server sends no JSON Lines)', () => {
    expect(read('tests/api-resources/batches/results.test.ts')).toMatch(
      /\/\/ Mock server doesn't support application\/x-jsonl responses\n {2}it\.skip\('retrieve: only required params', async \(\) => \{\n {4}const stream = await client\.batches\.results\.retrieve\('batch_id'\);\n {4}for await \(const line of stream\) expect\(line\)\.not\.toBeUndefined\(\);/,
    );
  });
});

describe('against a real server on 127.0.0.1', () => {
  let server: Server;
  let base = '';
  let handle: (req: IncomingMessage, res: ServerResponse) => void = () => {};
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Acme: any;

  beforeAll(async () => {
    server = createServer((req, res) => handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    Acme = (await import(/* @vite-ignore */ pathToFileURL(path.join(sdk(), 'src/index.ts')).href)).default;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const client = () => new Acme({ baseURL: base, maxRetries: 0 });

  it('yields each line’s value as it arrives, asking for the spec’s media type', async () => {
    let accept = '';
    handle = (req, res) => {
      accept = req.headers.accept ?? '';
      res.writeHead(200, { 'content-type': 'application/x-jsonl' });
      // A line split across writes (inside a UTF-8 character too), a blank line, CRLF, a last line without newline.
      const wire = Buffer.from('{"custom_id":"a","score":1}\n{"custom_id":"é', 'utf8');
      res.write(wire.subarray(0, wire.length - 1));
      setTimeout(() => {
        res.write(Buffer.concat([wire.subarray(wire.length - 1), Buffer.from('","score":2}\r\n\n')]));
        res.end('{"custom_id":"c"}');
      }, 20);
    };
    const stream = await client().batches.results.retrieve('b1');
    expect(stream).toBeInstanceOf(
      (await import(/* @vite-ignore */ pathToFileURL(path.join(sdk(), 'src/index.ts')).href)).Stream,
    );
    const values: unknown[] = [];
    for await (const value of stream) values.push(value);
    expect(values).toEqual([{ custom_id: 'a', score: 1 }, { custom_id: 'é', score: 2 }, { custom_id: 'c' }]);
    expect(accept).toBe('application/x-jsonl');
  });

  it('gives the raw Response as other methods do (asResponse, withResponse)', async () => {
    handle = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-ndjson', 'x-request-id': 'r1' });
      res.end('{"custom_id":"a"}\n{"custom_id":"b"}\n');
    };
    const raw = await client().exports.lines.retrieve('e1').asResponse();
    expect(raw).toBeInstanceOf(Response);
    expect(await raw.text()).toBe('{"custom_id":"a"}\n{"custom_id":"b"}\n');
    const { data, response } = await client().exports.lines.retrieve('e1').withResponse();
    expect(response.headers.get('x-request-id')).toBe('r1');
    const ids: string[] = [];
    for await (const line of data) ids.push(line.custom_id);
    expect(ids).toEqual(['a', 'b']);
  });

  it('closes the connection when the loop is left early', async () => {
    let closed: Promise<void> = Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    handle = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-jsonl' });
      let n = 0;
      // An endless body: only the client leaving ends it.
      timer = setInterval(() => res.write(`{"custom_id":"${n++}"}\n`), 5);
      closed = new Promise((resolve) => res.on('close', () => resolve()));
    };
    const stream = await client().batches.results.retrieve('b1');
    const ids: string[] = [];
    for await (const line of stream) {
      ids.push(line.custom_id);
      if (ids.length === 3) break;
    }
    expect(ids).toEqual(['0', '1', '2']);
    await closed;
    clearInterval(timer);
    expect(stream.controller.signal.aborted).toBe(true);
  });

  it('throws a clear error for a line that is not JSON, after the lines before it', async () => {
    handle = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-jsonl' });
      res.end('{"custom_id":"a"}\n\n{"custom_id": oops}\n{"custom_id":"c"}\n');
    };
    const index = await import(/* @vite-ignore */ pathToFileURL(path.join(sdk(), 'src/index.ts')).href);
    const ids: string[] = [];
    let error: unknown;
    try {
      for await (const line of await client().batches.results.retrieve('b1')) ids.push(line.custom_id);
    } catch (e) {
      error = e;
    }
    expect(ids).toEqual(['a']);
    expect(error).toBeInstanceOf(index.AcmeError);
    expect((error as Error).message).toBe('Invalid JSON on line 3 of a JSON Lines response: {"custom_id": oops}');
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it('throws the API error of an error status, as other methods do', async () => {
    handle = (_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"message":"no such batch"}');
    };
    const index = await import(/* @vite-ignore */ pathToFileURL(path.join(sdk(), 'src/index.ts')).href);
    await expect(client().batches.results.retrieve('gone')).rejects.toBeInstanceOf(index.NotFoundError);
  });

  it("is returned by the MCP server's tool as the list of the lines' values, up to --max-stream-events", async () => {
    handle = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-jsonl' });
      res.end('{"custom_id":"a"}\n{"custom_id":"b"}\nnot json\n{"custom_id":"d"}\n');
    };
    const mcp = path.join(sdk(), 'packages/mcp-server');
    const outfile = path.join(root, 'mcp-results.mjs');
    await build({
      entryPoints: [path.join(mcp, 'src/results.ts')],
      tsconfig: path.join(mcp, 'tsconfig.json'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      external: ['@modelcontextprotocol/sdk', '@modelcontextprotocol/sdk/*'],
      outfile,
      logLevel: 'warning',
    });
    const { responseResult } = await import(/* @vite-ignore */ pathToFileURL(outfile).href);
    const response = await client().batches.results.retrieve('b1').asResponse();
    const result = await responseResult(response, null, null, { maxResponseChars: 10_000, maxStreamEvents: 3 });
    expect(result.content[0].text).toBe(
      `${JSON.stringify([{ custom_id: 'a' }, { custom_id: 'b' }, 'not json'], null, 2)}\n… [response closed after 3 lines]`,
    );
  });
});

// (Unchanged here, held with SDKGEN_SLOW_TESTS=full: npm test's budget.)
describe.runIf(SLOW_FULL)("sdkgen's own Python SDK (no config)", () => {
  it("returns the decoder of the lines' type, as with a Stainless config", async () => {
    const files = (await generateFrom(root, SPEC, null, { target: 'python' })).files;
    const text = (file: string) => files.find((f) => f.path === file)?.contents ?? '';
    const results = text('src/acme_sdk/resources/batches/results.py');
    expect(results).toContain(') -> JSONLDecoder[BatchResult]:');
    expect(results).toContain(') -> AsyncJSONLDecoder[BatchResult]:');
    expect(results).toMatch(/cast_to=JSONLDecoder\[BatchResult\],\s*stream=True,/);
    expect(results).toContain('extra_headers = {"Accept": "application/x-jsonl", **(extra_headers or {})}');
    expect(text('api.md')).toMatch(
      /retrieve<\/a>\(batch_id\) -> <a href="[^"]+">JSONLDecoder\[BatchResult\]<\/a><\/code>/,
    );
  });
});

describe.runIf(SLOW_FULL)('type-checked (strict)', () => {
  it('the SDK, its tests, and a program reading the lines as their type', () => {
    mkdirSync(path.join(sdk(), 'examples'), { recursive: true });
    writeFileSync(
      path.join(sdk(), 'examples/lines.ts'),
      `import Acme, { Stream, type BatchResult } from '../src/index.js';
import { batchesResultsRetrieve } from '../src/funcs/batchesResultsRetrieve.js';
import { AcmeCore } from '../src/client-core.js';

export async function main(): Promise<number> {
  const stream: Stream<BatchResult> = await new Acme().batches.results.retrieve('b1');
  let total = 0;
  for await (const line of stream) {
    const id: string = line.custom_id;
    total += (line.score ?? 0) + id.length;
    // @ts-expect-error: a line has no such field
    void line.missing;
  }
  const raw: Response = await new Acme().exports.lines.retrieve('e1').asResponse();
  const res = await batchesResultsRetrieve(new AcmeCore(), 'b1');
  if (res.ok) for await (const line of res.value) total += line.custom_id.length;
  return total + raw.status;
}
`,
    );
    const tsc = runTsc(path.join(sdk(), 'tsconfig.json'));
    expect(tsc.output).toBe('');
    expect(tsc.status).toBe(0);
  }, 300_000);
});
