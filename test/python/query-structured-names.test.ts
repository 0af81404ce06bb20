/**
 * Query params whose spec names spell a structure, on the wire of the Python client:
 * - `inserted_at.gt` and `inserted_at.lt`, grouped as the object field `inserted_at`, go out under the spec's dotted
 *   names without a Stainless config, and in the config's `nested_format` with one (`inserted_at[gt]` under
 *   brackets, as Stainless's client sends them);
 * - an array named `tags[]` goes out as `tags[0]=…` where the config's `array_format` is indices (the field needs no
 *   alias then), and as `tags[]=…` otherwise; a key `ids[]` the caller adds (`extra_query`) alike.
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
        - { name: inserted_at.gt, in: query, schema: { type: string } }
        - { name: inserted_at.lt, in: query, schema: { type: string } }
        - { name: 'tags[]', in: query, schema: { type: array, items: { type: string } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const configWith = (querySettings: string) => `
organization: { name: feeds }
targets:
  python: { package_name: feeds_sdk }
query_settings:
${querySettings}
resources:
  items:
    methods:
      list: get /items
`;

const SETTINGS = {
  none: null,
  brackets: configWith('  nested_format: brackets\n  array_format: indices'),
  dots: configWith('  nested_format: dots\n  array_format: comma'),
} as const;
type Setting = keyof typeof SETTINGS;

const CHECK = `${LOCAL_SERVER}
from urllib.parse import unquote
from feeds_sdk import Feeds

received = []
client = Feeds(base_url=serve(lambda request: received.append(unquote(request.path)) or {}), max_retries=0)
client.items.list(inserted_at={"gt": "2025-01-01", "lt": "2026-01-01"}, tags=["a", "b"])
client.items.list(extra_query={"ids[]": ["x", "y"]})
print("\\n".join(received))
`;

describe('query params named as structures, in the Python client', () => {
  const dir = pythonTempDir('py-query-names');
  const files = new Map<Setting, Map<string, string>>();
  beforeAll(async () => {
    for (const setting of Object.keys(SETTINGS) as Setting[]) {
      const own = path.join(dir, setting);
      mkdirSync(own);
      files.set(setting, await generatePythonFiles(own, SPEC, SETTINGS[setting], { spec: 'feeds.yaml' }));
    }
  }, 60_000);

  const text = (setting: Setting, file: string) => files.get(setting)!.get(`src/feeds_sdk/${file}`) ?? '';

  it('styles a dotted group in dots only without a config', () => {
    expect(text('none', 'resources/items.py')).toContain('{"inserted_at": ("dots", True)}');
    for (const setting of ['brackets', 'dots'] as const) {
      expect(text(setting, 'resources/items.py')).toContain('"inserted_at": inserted_at,');
      expect(text(setting, 'resources/items.py')).not.toContain('style_query');
    }
  });

  it('names a bracketed array by its field alone where the client writes arrays with indices', () => {
    expect(text('brackets', 'types/item_list_params.py')).toMatch(/^ {4}tags: SequenceNotStr\[str\]$/m);
    for (const setting of ['none', 'dots'] as const)
      expect(text(setting, 'types/item_list_params.py')).toContain('PropertyInfo(alias="tags[]")');
  });

  if (!PYTHON_FULL) console.log(`query-structured-names: the requests are ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'sends them so on the wire',
    async () => {
      const sent: Record<string, string[]> = {};
      for (const setting of Object.keys(SETTINGS) as Setting[]) {
        const root = path.join(dir, setting, 'sdk');
        const result = await runPythonAgainstFiles(root, files.get(setting)!, CHECK);
        expect(result.stderr).toBe('');
        sent[setting] = result.stdout.trim().split('\n');
      }
      expect(sent).toEqual({
        none: [
          '/items?inserted_at.gt=2025-01-01&inserted_at.lt=2026-01-01&tags[]=a&tags[]=b',
          '/items?ids[]=x&ids[]=y',
        ],
        brackets: [
          '/items?inserted_at[gt]=2025-01-01&inserted_at[lt]=2026-01-01&tags[0]=a&tags[1]=b',
          '/items?ids[0]=x&ids[1]=y',
        ],
        dots: [
          '/items?inserted_at.gt=2025-01-01&inserted_at.lt=2026-01-01&tags[]=a&tags[]=b',
          '/items?ids[]=x&ids[]=y',
        ],
      });
    },
    180_000,
  );
});
