/**
 * A Stainless config's `query_settings` (`array_format`: comma, repeat, indices, brackets; `nested_format`: brackets,
 * dots) are the formats the Python client's `qs` writes every query in. With brackets (or indices) arrays, a param the
 * spec names `tags[]` is the field `tags` with no alias (the client writes `tags[]=…`, `tags[0]=…`); other formats keep
 * the alias.
 * The texts are read from in-process generations (cheap); with SDKGEN_PYTHON_TESTS=full the requests go to a local
 * server that records their query strings.
 */
import { mkdirSync } from 'node:fs';
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
        - { name: 'tags[]', in: query, schema: { type: array, items: { type: string } } }
        - { name: ids, in: query, schema: { type: array, items: { type: string } } }
        - name: filter
          in: query
          schema: { type: object, properties: { status: { type: string }, kind: { type: string } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const configWith = (querySettings: string) => `
organization: { name: feeds }
targets:
  python: { package_name: feeds_sdk }
${querySettings}
resources:
  items:
    methods:
      list: get /items
`;

const SETTINGS = {
  brackets: 'query_settings:\n  array_format: brackets\n  nested_format: dots',
  indices: 'query_settings:\n  array_format: indices',
  repeat: 'query_settings:\n  array_format: repeat',
  unset: '',
} as const;
type Setting = keyof typeof SETTINGS;

const CHECK = `${LOCAL_SERVER}
from urllib.parse import unquote
from feeds_sdk import Feeds

url, received = serve_recording(lambda request: unquote(request.path))
client = Feeds(base_url=url, max_retries=0)
client.items.list(tags=["a", "b"], ids=["x", "y"], filter={"status": "open"})
print(received[0])
`;

describe("a config's query_settings in the Python client", () => {
  const dir = pythonTempDir('py-query-format');
  const files = new Map<Setting, Map<string, string>>();
  beforeAll(async () => {
    for (const setting of Object.keys(SETTINGS) as Setting[]) {
      const own = path.join(dir, setting);
      mkdirSync(own);
      files.set(setting, await generatePythonFiles(own, SPEC, configWith(SETTINGS[setting]), { spec: 'feeds.yaml' }));
    }
  }, 60_000);

  const text = (setting: Setting, file: string) => files.get(setting)!.get(`src/feeds_sdk/${file}`) ?? '';

  it("gives the client's qs the config's formats, the nested one (first) only where it is not brackets", () => {
    expect(text('brackets', '_client.py')).toContain(
      '        return Querystring(nested_format="dots", array_format="brackets")\n',
    );
    expect(text('indices', '_client.py')).toContain('        return Querystring(array_format="indices")\n');
    expect(text('repeat', '_client.py')).toContain('        return Querystring(array_format="repeat")\n');
    expect(text('unset', '_client.py')).toContain('        return Querystring(array_format="comma")\n');
  });

  it('names a bracketed array by its field alone where the client writes arrays in brackets or with indices', () => {
    for (const setting of ['brackets', 'indices'] as const) {
      const params = text(setting, 'types/item_list_params.py');
      expect(params).toMatch(/^ {4}tags: SequenceNotStr\[str\]$/m);
      expect(params).not.toContain('alias="tags[]"');
    }
    for (const setting of ['repeat', 'unset'] as const)
      expect(text(setting, 'types/item_list_params.py')).toContain('PropertyInfo(alias="tags[]")');
  });

  if (!PYTHON_FULL) console.log(`query-array-format: the requests are ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'sends each format on the wire',
    async () => {
      const sent: Record<string, string> = {};
      for (const setting of Object.keys(SETTINGS) as Setting[]) {
        const root = path.join(dir, setting, 'sdk');
        const result = await runPythonAgainstFiles(root, files.get(setting)!, CHECK);
        expect(result.stderr).toBe('');
        sent[setting] = result.stdout.trim();
      }
      // (A key the spec names `tags[]` is sent once per entry, indexed under indices; the query's keys go out sorted.)
      expect(sent).toEqual({
        brackets: '/items?filter.status=open&ids[]=x&ids[]=y&tags[]=a&tags[]=b',
        indices: '/items?filter[status]=open&ids[0]=x&ids[1]=y&tags[0]=a&tags[1]=b',
        repeat: '/items?filter[status]=open&ids=x&ids=y&tags[]=a&tags[]=b',
        unset: '/items?filter[status]=open&ids=x,y&tags[]=a&tags[]=b',
      });
    },
    180_000,
  );
});
