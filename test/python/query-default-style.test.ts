/**
 * Without a Stainless config, a query param the spec gives no style has OpenAPI's default style, form exploded: an
 * array repeats its key (`ids=x&ids=y`) and an object's properties are params of their own (`status=open`), as the
 * TypeScript SDK sends them. A param with a style of its own (deepObject, form not exploded) keeps it. With a config,
 * its `query_settings` decide (test/python/query-array-format.test.ts).
 * The texts are read from an in-process generation (cheap); with SDKGEN_PYTHON_TESTS=full the request goes to a local
 * server that records its query string.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, generatePythonFiles } from '../helpers/python';
import { LOCAL_SERVER, pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Feeds, version: '1' }
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - { name: ids, in: query, schema: { type: array, items: { type: string } } }
        - name: codes
          in: query
          style: form
          explode: false
          schema: { type: array, items: { type: string } }
        - name: filter
          in: query
          schema: { type: object, properties: { status: { type: string }, kind: { type: string } } }
        - name: deep
          in: query
          style: deepObject
          explode: true
          schema: { type: object, properties: { level: { type: string } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CHECK = `${LOCAL_SERVER}
from urllib.parse import unquote
from feeds_sdk import Feeds

url, received = serve_recording(lambda request: unquote(request.path))
client = Feeds(base_url=url, max_retries=0)
client.items.list(ids=["x", "y"], codes=["a", "b"], filter={"status": "open", "kind": "new"}, deep={"level": "1"})
print(received[0])
`;

describe('the OpenAPI default query style in a Python SDK without a Stainless config', () => {
  const dir = pythonTempDir('py-query-default-style');
  let files = new Map<string, string>();
  beforeAll(async () => {
    files = await generatePythonFiles(dir, SPEC, null, { spec: 'feeds.yaml' });
  }, 60_000);

  const text = (file: string) => files.get(`src/feeds_sdk/${file}`) ?? '';

  it('repeats array keys client-wide and sends the rest in their own styles', () => {
    expect(text('_client.py')).toContain('        return Querystring(array_format="repeat")\n');
    const resource = text('resources/items.py');
    expect(resource).toContain('{"codes": ("form", False), "filter": ("form", True)}');
    expect(resource).not.toContain('"ids": (');
    expect(resource).not.toContain('"deep": (');
  });

  if (!PYTHON_FULL) console.log(`query-default-style: the request is ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'sends them so on the wire',
    async () => {
      const root = path.join(dir, 'sdk');
      const result = await runPythonAgainstFiles(root, files, CHECK);
      expect(result.stderr).toBe('');
      // (In the params' order; the object's properties where the object was.)
      expect(result.stdout.trim()).toBe('/items?ids=x&ids=y&codes=a,b&status=open&kind=new&deep[level]=1');
    },
    180_000,
  );
});
