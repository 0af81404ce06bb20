/**
 * tests/node-fetch.ts, what 'node-fetch' is in the tests of an SDK whose Stainless target was the legacy `node` one
 * (templates/base/tests/node-fetch.ts.hbs), stands in for everything Stainless's tests of that layout took from
 * node-fetch: `Response`, and in tests/index.test.ts `import defaultFetch, { Response, type RequestInit, type
 * RequestInfo } from 'node-fetch'`. The owners' edits to those tests, carried into sdkgen's, use them (cerebras-ts's
 * `testFetch = async (url: RequestInfo, init: RequestInit = {}): Promise<Response> => … defaultFetch(url, init)`): the
 * global ones, type-checked here under the SDK's own tsconfig.json (strict).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTsc } from './helpers/run-tsc';
import { generateWithStainlessConfig, writeFiles } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Notes', version: '1.0.0' },
  paths: {
    '/notes': {
      get: {
        operationId: 'listNotes',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

const CONFIG = [
  'organization: { name: notes }',
  'targets:',
  '  node: { package_name: notes-sdk }',
  'resources:',
  '  notes:',
  "    methods: { list: 'get /notes' }",
  '',
].join('\n');

// An owners' test as Stainless's node-layout tests/index.test.ts wrote its custom fetch.
const OWNERS_TEST = `import Notes from 'notes-sdk';
import defaultFetch, { Response, type RequestInit, type RequestInfo } from 'node-fetch';
import { expect, test } from 'vitest';

test('a custom fetch', async () => {
  const testFetch = async (url: RequestInfo, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('x-owner', '1');
    return defaultFetch(url, { ...init, headers });
  };
  const client = new Notes({ baseURL: 'http://127.0.0.1:4010', fetch: testFetch });
  expect(client).toBeDefined();
});
`;

describe("the node layout's node-fetch stand-in", () => {
  it('gives the tests the default fetch, Response, RequestInit and RequestInfo Stainless’s took from node-fetch', async () => {
    const { dir, result, files } = await generateWithStainlessConfig('node-fetch-stand-in', SPEC, CONFIG, {
      referenceDocs: false,
    });
    expect(files.get('tests/node-fetch.ts')).toContain('export default fetch;');
    const sdk = path.join(dir, 'sdk');
    writeFiles(sdk, result.files);
    writeFileSync(path.join(sdk, 'tests/owners.test.ts'), OWNERS_TEST);
    const checked = runTsc(path.join(sdk, 'tsconfig.json'));
    expect(checked.output).toBe('');
    expect(checked.status).toBe(0);
  }, 180_000);
});
