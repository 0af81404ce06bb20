/**
 * A union member that is an object saying nothing of its members (`{type: object}`) is one `object` member of the
 * union, as Stainless's Python SDKs write it, where it used to make the whole union `object`: llama-stack's
 * `additionalProperties: oneOf [null, boolean, number, string, array, object]` is
 * `Dict[str, Union[bool, float, str, Iterable[object], object, None]]` in params and the `List[object]` form in models;
 * its `after: oneOf [string, {type: object}]` is `Union[str, object]`. A member that says nothing at all (`{}`) still
 * makes the union `object`. And a config model nothing uses keeps its model module, while a body spread into the
 * params still has none. The text in-process (cheap); pyright on the package behind SDKGEN_PYTHON_TESTS=full.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { jsonContent as json, schemaRef as ref } from '../helpers/openapi';
import { tempDir } from '../helpers/sdk';

const ANY_JSON = {
  oneOf: [
    { type: 'null' },
    { type: 'boolean' },
    { type: 'number' },
    { type: 'string' },
    { type: 'array' },
    { type: 'object' },
  ],
};
const map = { type: 'object', additionalProperties: ANY_JSON };

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Rows', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/rows': {
      post: {
        operationId: 'appendRows',
        requestBody: { required: true, ...json(ref('AppendRowsRequest')) },
        responses: { '200': { description: 'ok', ...json(ref('Dataset')) } },
      },
      get: {
        operationId: 'listRows',
        parameters: [
          {
            name: 'after',
            in: 'query',
            required: true,
            schema: { oneOf: [{ type: 'string' }, { type: 'object', title: 'NotGiven' }] },
          },
        ],
        responses: { '200': { description: 'ok', ...json(ref('Dataset')) } },
      },
    },
  },
  components: {
    schemas: {
      AppendRowsRequest: {
        type: 'object',
        properties: {
          rows: { type: 'array', items: map },
          metadata: map,
          anything: { oneOf: [{ type: 'string' }, {}] },
        },
        required: ['rows'],
      },
      Dataset: {
        type: 'object',
        properties: { id: { type: 'string' }, rows: { type: 'array', items: map }, metadata: map },
        required: ['id', 'rows'],
      },
      Archive: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
    },
  },
});

const CONFIG = [
  'organization: { name: rows }',
  'targets:',
  '  python: { package_name: rows }',
  'resources:',
  '  rows:',
  '    models:',
  '      dataset: "#/components/schemas/Dataset"',
  '      archive: "#/components/schemas/Archive"',
  '      append_rows_request: "#/components/schemas/AppendRowsRequest"',
  '    methods:',
  '      append: post /rows',
  '      list: get /rows',
  '',
].join('\n');

const VALUE = 'Union[bool, float, str, Iterable[object], object, None]';
const MODEL_VALUE = 'Union[bool, float, str, List[object], object, None]';

const dir = tempDir('sdkgen-py-object-members');
let files: Map<string, string>;

beforeAll(async () => {
  const [specFile, configFile] = ['openapi.json', 'stainless.yml'].map((file) => path.join(dir, file));
  writeFileSync(specFile, SPEC);
  writeFileSync(configFile, CONFIG);
  const result = await generate({ spec: specFile, config: configFile, target: 'python' });
  files = new Map(result.files.map((file) => [file.path, file.contents]));
}, 120_000);

const file = (name: string) => files.get(name) ?? '';

describe('a union with an object that says nothing of its members', () => {
  if (!PYTHON_FULL) console.log(`python object union members: pyright on the package ${FULL_ONLY_NOTICE}`);
  it('keeps it as an `object` member, in params and in models', () => {
    const params = file('src/rows/types/row_append_params.py');
    expect(params).toContain(`rows: Required[Iterable[Dict[str, ${VALUE}]]]`);
    expect(params).toContain(`metadata: Dict[str, ${VALUE}]`);
    expect(file('src/rows/types/row_list_params.py')).toContain('after: Required[Union[str, object]]');
    const model = file('src/rows/types/dataset.py');
    expect(model).toContain(`rows: List[Dict[str, ${MODEL_VALUE}]]`);
    expect(model).toContain(`metadata: Optional[Dict[str, ${MODEL_VALUE}]] = None`);
  });

  it('is `object` as a whole where a member says nothing at all', () => {
    expect(file('src/rows/types/row_append_params.py')).toContain('anything: object');
  });
});

describe("a config's model", () => {
  it('nothing uses has its model module; a body spread into the params has none', () => {
    expect(file('src/rows/types/archive.py')).toMatch(/^class Archive\(BaseModel\):/m);
    expect(file('src/rows/types/__init__.py')).toContain('from .archive import Archive as Archive\n');
    expect(files.has('src/rows/types/append_rows_request.py')).toBe(false);
    expect(files.has('src/rows/types/append_rows_request_param.py')).toBe(false);
  });
});

describe('the package', () => {
  it.skipIf(!PYTHON_FULL)(
    'type-checks',
    async () => {
      const sdk = path.join(dir, 'sdk');
      for (const [name, contents] of files) {
        mkdirSync(path.dirname(path.join(sdk, name)), { recursive: true });
        writeFileSync(path.join(sdk, name), contents);
      }
      const checked = [...files.keys()].filter((name) => name.startsWith('src/rows/') && name.endsWith('.py'));
      expect(await pyrightErrorsUnderOwnSettings(sdk, checked)).toEqual([]);
    },
    300_000,
  );
});
