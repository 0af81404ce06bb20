/**
 * Every form of a Stainless config's `query_settings` (`array_format`: comma, repeat, indices, brackets;
 * `nested_format`: brackets, dots; each left out), in both targets, checked on the wire: a generated SDK sends one
 * request to a local server, which records the query's (key, value) pairs. What each form must send is what
 * Stainless's own serialiser sends for the same params: the table below is the output of the `Querystring` of a
 * Stainless Python SDK (conductor-is/quickbooks-desktop-python 1.91.0, `src/conductor/_qs.py`, `stringify_items`)
 * run on `PARAMS`, an array, an object holding an array and an object, and a boolean. Its TypeScript SDKs' `qs`
 * (`arrayFormat`, `allowDots`) sends the same pairs.
 */
// `npm test` leaves the requests to `npm run test:slow` (SDKGEN_SLOW_TESTS=full) and `npm run test:python`
// (SDKGEN_PYTHON_TESTS=full): each form is a generation and a request.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYTHON_FULL, generatePythonFiles } from './helpers/python';
import { LOCAL_SERVER, pythonTempDir, runPythonAgainstFiles } from './helpers/python-sdk';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { json, TestServer } from './runtime/helpers/server';

const SPEC = `
openapi: 3.0.3
info: { title: Feeds, version: '1' }
servers: [{ url: 'https://feeds.test' }]
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - { name: ids, in: query, schema: { type: array, items: { type: string } } }
        - name: filter
          in: query
          schema:
            type: object
            properties:
              status: { type: string }
              tags: { type: array, items: { type: string } }
              range: { type: object, properties: { gt: { type: integer } } }
        - { name: flag, in: query, schema: { type: boolean } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const PARAMS = { ids: ['x', 'y'], filter: { status: 'open', tags: ['a', 'b'], range: { gt: 1 } }, flag: true };
const PYTHON_CALL =
  'client.items.list(ids=["x", "y"], filter={"status": "open", "tags": ["a", "b"], "range": {"gt": 1}}, flag=True)';

type Pairs = Array<[string, string]>;
/** Stainless's serialiser on PARAMS, by `array_format/nested_format`. */
const STAINLESS: Record<string, Pairs> = {
  'comma/brackets': [
    ['ids', 'x,y'],
    ['filter[status]', 'open'],
    ['filter[tags]', 'a,b'],
    ['filter[range][gt]', '1'],
    ['flag', 'true'],
  ],
  'comma/dots': [
    ['ids', 'x,y'],
    ['filter.status', 'open'],
    ['filter.tags', 'a,b'],
    ['filter.range.gt', '1'],
    ['flag', 'true'],
  ],
  'repeat/brackets': [
    ['ids', 'x'],
    ['ids', 'y'],
    ['filter[status]', 'open'],
    ['filter[tags]', 'a'],
    ['filter[tags]', 'b'],
    ['filter[range][gt]', '1'],
    ['flag', 'true'],
  ],
  'repeat/dots': [
    ['ids', 'x'],
    ['ids', 'y'],
    ['filter.status', 'open'],
    ['filter.tags', 'a'],
    ['filter.tags', 'b'],
    ['filter.range.gt', '1'],
    ['flag', 'true'],
  ],
  'indices/brackets': [
    ['ids[0]', 'x'],
    ['ids[1]', 'y'],
    ['filter[status]', 'open'],
    ['filter[tags][0]', 'a'],
    ['filter[tags][1]', 'b'],
    ['filter[range][gt]', '1'],
    ['flag', 'true'],
  ],
  'indices/dots': [
    ['ids[0]', 'x'],
    ['ids[1]', 'y'],
    ['filter.status', 'open'],
    ['filter.tags[0]', 'a'],
    ['filter.tags[1]', 'b'],
    ['filter.range.gt', '1'],
    ['flag', 'true'],
  ],
  'brackets/brackets': [
    ['ids[]', 'x'],
    ['ids[]', 'y'],
    ['filter[status]', 'open'],
    ['filter[tags][]', 'a'],
    ['filter[tags][]', 'b'],
    ['filter[range][gt]', '1'],
    ['flag', 'true'],
  ],
  'brackets/dots': [
    ['ids[]', 'x'],
    ['ids[]', 'y'],
    ['filter.status', 'open'],
    ['filter.tags[]', 'a'],
    ['filter.tags[]', 'b'],
    ['filter.range.gt', '1'],
    ['flag', 'true'],
  ],
};

/** Each form as a config writes it: both keys, one of them, or none (the defaults: comma and brackets). */
const FORMS: Array<{ settings: string; sends: string }> = [
  ...Object.keys(STAINLESS).map((form) => {
    const [array, nested] = form.split('/');
    return { settings: `query_settings:\n  nested_format: ${nested}\n  array_format: ${array}`, sends: form };
  }),
  { settings: 'query_settings:\n  array_format: repeat', sends: 'repeat/brackets' },
  { settings: 'query_settings:\n  nested_format: dots', sends: 'comma/dots' },
  { settings: '', sends: 'comma/brackets' },
];

const config = (target: 'typescript' | 'python', settings: string) => `
organization: { name: feeds }
targets:
  ${target}: { package_name: ${target === 'python' ? 'feeds_sdk' : 'feeds'} }
${settings}
resources:
  items:
    methods:
      list: get /items
`;

const sorted = (pairs: Pairs) => [...pairs].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
const expected = () => FORMS.map(({ sends }) => sorted(STAINLESS[sends]!));

describe.runIf(SLOW_FULL)("every form of query_settings, the TypeScript client's requests", () => {
  const server = new TestServer();
  const roots: string[] = [];
  beforeAll(() => server.start());
  afterAll(async () => {
    await server.stop();
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('sends what Stainless sends', async () => {
    const sent: Pairs[] = [];
    for (const [index, { settings }] of FORMS.entries()) {
      const root = tempDir('query-settings-form');
      roots.push(root);
      const { files } = await generateFrom(root, yaml.load(SPEC) as object, config('typescript', settings), {
        referenceDocs: false,
      });
      writeFiles(path.join(root, 'sdk'), files);
      const route = `GET /items`;
      server.on(route, json(200, {}));
      const { Feeds } = await import(pathToFileURL(path.join(root, 'sdk/src/index.ts')).href);
      await new Feeds({ apiKey: 'k', baseURL: server.url, maxRetries: 0 }).items.list(PARAMS);
      const received = server.received(route);
      sent[index] = sorted([...received[received.length - 1]!.query.entries()]);
    }
    expect(sent).toEqual(expected());
  }, 240_000);
});

describe.runIf(PYTHON_FULL)("every form of query_settings, the Python client's requests", () => {
  const dir = pythonTempDir('py-query-settings-form');
  it('sends what Stainless sends', async () => {
    const sent: Pairs[] = [];
    for (const [index, { settings }] of FORMS.entries()) {
      const own = path.join(dir, String(index));
      mkdirSync(own);
      const files = await generatePythonFiles(own, SPEC, config('python', settings), { spec: 'feeds.yaml' });
      const program = `${LOCAL_SERVER}
from urllib.parse import urlsplit, parse_qsl
from feeds_sdk import Feeds

url, received = serve_recording(lambda request: parse_qsl(urlsplit(request.path).query))
client = Feeds(base_url=url, max_retries=0)
${PYTHON_CALL}
print(json.dumps(received[0]))
`;
      const result = await runPythonAgainstFiles(path.join(own, 'sdk'), files, program);
      expect(result.stderr).toBe('');
      sent[index] = sorted(JSON.parse(result.stdout) as Pairs);
    }
    expect(sent).toEqual(expected());
  }, 300_000);
});
