/**
 * OpenAPI's `allowReserved: true` on a query parameter, in the generated TypeScript and Python SDKs of one spec from a
 * Stainless config: not honoured, by decision. The value's reserved characters (`:/?#[]@!$&'()*+,;=`) are
 * percent-encoded as any value's are, as Stainless's SDKs send them (their query serialisers have no such option):
 * a server decoding its query (RFC 3986, the WHATWG URL parser) reads the very value the caller gave, where the value
 * sent raw could add parameters (`&`, `=`) or end the query (`#`). A real server of 127.0.0.1 records what it got.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environmentWithout, pythonTempDir, runPythonAgainstFiles } from './helpers/python-sdk';
import { generatePythonFiles } from './helpers/python';
import { oneMethodConfig, writtenTypeScriptSdk } from './helpers/multipart-sdk';
import { json, TestServer } from './runtime/helpers/server';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Search', version: '1' },
  servers: [{ url: 'https://search.test' }],
  paths: {
    '/search': {
      get: {
        operationId: 'search',
        parameters: [{ name: 'q', in: 'query', required: true, allowReserved: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

const CONFIG = oneMethodConfig('search', 'search', 'get /search').replace('create:', 'list:');
const VALUE = "a:b/c?d=e&f=g#h[i]@!$'()*+,;";

describe('allowReserved on a query parameter, in the generated SDKs', () => {
  const server = new TestServer();
  let root = '';
  let pyDir = '';
  let pyFiles = new Map<string, string>();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let Search: new (options: object) => any;

  beforeAll(async () => {
    await server.start();
    server.otherwise(json(200, {}));
    const sdk = await writtenTypeScriptSdk('query-allow-reserved-sdk', SPEC, CONFIG);
    root = sdk.dir;
    ({ default: Search } = await sdk.importModule('index.ts'));
    pyDir = pythonTempDir('query-allow-reserved-py');
    pyFiles = await generatePythonFiles(pyDir, JSON.stringify(SPEC), CONFIG);
  });
  afterAll(async () => {
    await server.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** The query the server read from the last request: its parameters, decoded. */
  const lastQuery = () => [...server.requests.at(-1)!.query.entries()];

  it('TypeScript: the value arrives whole, its reserved characters percent-encoded on the wire', async () => {
    server.reset();
    await new Search({ baseURL: server.url }).search.list({ q: VALUE });
    expect(lastQuery()).toEqual([['q', VALUE]]);
    expect(server.requests[0]!.url).not.toContain('&f=');
  });

  it('Python: the same', async () => {
    server.reset();
    const program = `
from search import Search

Search(base_url=${JSON.stringify(server.url)}).search.list(q=${JSON.stringify(VALUE)})
`;
    const result = await runPythonAgainstFiles(pyDir, pyFiles, program, { env: environmentWithout('SEARCH_') });
    expect(result.stderr).toBe('');
    expect(lastQuery()).toEqual([['q', VALUE]]);
    expect(server.requests[0]!.url).not.toContain('&f=');
  });
});
