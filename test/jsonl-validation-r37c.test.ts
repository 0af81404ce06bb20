/**
 * With `validation` on, sdkgen's own TypeScript SDK checks each line of a JSON Lines response (the method's `Stream`)
 * as it checks a JSON response: the method's `<function>Response` validator is the line type's, and the client's
 * `validateResponses` mode applies line by line ('strict' throws a `ValidationError` whose body is the line, after
 * the lines before it; 'warn' logs and yields; 'off' checks nothing). Run against a real server on 127.0.0.1.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { SLOW_FULL } from './helpers/slow-tests';
import { tempDir, writeFiles } from './helpers/sdk';

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
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
let server: Server;
let base = '';
let handle: (req: IncomingMessage, res: ServerResponse) => void = () => {};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let index: any;

beforeAll(async () => {
  root = tempDir('jsonl-validation');
  writeFileSync(path.join(root, 'spec.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'sdkgen.config.yaml'), 'validation: true\n');
  const result = await generate({
    spec: path.join(root, 'spec.json'),
    config: path.join(root, 'sdkgen.config.yaml'),
    referenceDocs: false,
  });
  writeFiles(root, result.files);
});

/** Lines of which the second has no `custom_id` and a string score; the server notes when the client leaves. */
function serveLines(): { closed: Promise<void> } {
  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  handle = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/x-jsonl' });
    res.write('{"custom_id":"a","score":1}\n\n{"score":"high"}\n');
    res.on('close', () => resolveClosed());
    // The rest comes later: a client that stops at the second line never reads it.
    setTimeout(() => res.end('{"custom_id":"c"}\n'), 50);
  };
  return { closed };
}

const client = (options: object) => new index.default({ baseURL: base, maxRetries: 0, ...options });

async function readAll(stream: AsyncIterable<unknown>): Promise<{ values: unknown[]; error: unknown }> {
  const values: unknown[] = [];
  try {
    for await (const value of stream) values.push(value);
  } catch (error) {
    return { values, error };
  }
  return { values, error: undefined };
}

describe("a JSON Lines method of sdkgen's own SDK with validation on", () => {
  it('has a response validator of the line type, passed to the request', () => {
    expect(read('src/schemas/batches/results.ts')).toMatch(
      /export const batchesResultsRetrieveResponse: v\.Schema<\w+\.BatchResult> =/,
    );
    expect(read('src/funcs/batchesResultsRetrieve.ts')).toMatch(
      /validate: \{ response: \w+\.batchesResultsRetrieveResponse \}/,
    );
  });
});

// (Held with SDKGEN_SLOW_TESTS=full: the SDK's first calls load its modules, about a second.)
describe.runIf(SLOW_FULL)('against a real server on 127.0.0.1', () => {
  beforeAll(async () => {
    server = createServer((req, res) => handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    index = await import(/* @vite-ignore */ pathToFileURL(path.join(root, 'src/index.ts')).href);
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("'strict': yields the lines before a refused one, then throws its ValidationError and closes the connection", async () => {
    const { closed } = serveLines();
    const stream = await client({ validateResponses: 'strict' }).batches.results.retrieve('b1');
    const { values, error } = await readAll(stream);
    expect(values).toEqual([{ custom_id: 'a', score: 1 }]);
    expect(error).toBeInstanceOf(index.ValidationError);
    const refused = error as { body: unknown; issues: Array<{ pointer: string }> };
    expect(refused.body).toBe('{"score":"high"}');
    expect(refused.issues.map((issue) => issue.pointer).sort()).toEqual(['/custom_id', '/score']);
    await closed;
    expect(stream.controller.signal.aborted).toBe(true);
  });

  it("'warn': logs what each line lacks and yields every line", async () => {
    serveLines();
    const warnings: unknown[][] = [];
    const logger = { error() {}, warn: (...args: unknown[]) => warnings.push(args), info() {}, debug() {} };
    const stream = await client({ validateResponses: 'warn', logger }).batches.results.retrieve('b1');
    const { values, error } = await readAll(stream);
    expect(error).toBeUndefined();
    expect(values).toEqual([{ custom_id: 'a', score: 1 }, { score: 'high' }, { custom_id: 'c' }]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]![0]).toBe('[acme-sdk] The response differs from the spec');
    expect(JSON.stringify(warnings[0]![1])).toContain('/custom_id');
  });

  it("'off' (the default): checks nothing", async () => {
    serveLines();
    const warnings: unknown[] = [];
    const logger = { error() {}, warn: (...args: unknown[]) => warnings.push(args), info() {}, debug() {} };
    const { values, error } = await readAll(await client({ logger }).batches.results.retrieve('b1'));
    expect(error).toBeUndefined();
    expect(values).toHaveLength(3);
    expect(warnings).toEqual([]);
  });
});
