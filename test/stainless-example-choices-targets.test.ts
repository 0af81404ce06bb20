/**
 * The choices of Stainless's endpoint tests made once (generator/emit/example-choices.ts, test-skips.ts) and read by
 * both targets, each seen in a real pair:
 * - a header parameter's own example is written (phoebe's `accept_language="en"`), a query parameter's is not, a
 *   number with only a maximum is it (onebusaway's `maxCount`);
 * - an empty array an example gives gets an item, a nullable map given null is built, a nullable string stays null
 *   (knock-mgmt's `mappings`, knock's `properties`);
 * - a union's own example is written where nothing nearer gives one (knock-mgmt's `actor`);
 * - by era (EXAMPLES_AS_GIVEN_SINCE, isaacus's TypeScript and Python SDKs before and after 2026-04-11 on one spec):
 *   after, a body schema's `examples` before a field's own (`texts`), a scalar given null stays null (`top_n=None`,
 *   chunking `size`), a null-member `oneOf`'s own example (`dimensions: 1792`); before, the field's own, a value built
 *   (`top_n: 1`, `size: 512`) and the integer's (`dimensions: 1`);
 * - by era (CALLBACK_TESTS_RUN_SINCE, knock's SDKs of 2025): an operation defining `callbacks` has its tests skipped.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-example-values.test.ts samples Stainless's examples and endpoint-test values
// (docs/contributing.md, "What `npm test` samples").
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIr } from '../generator/api/analyze';
import { buildPythonModel } from '../generator/emit/python/types/build-model';
import { planPythonTests } from '../generator/emit/python/tests/plan-tests';
import type { Api } from '../generator/ir/types';
import { pythonFormsOfEra } from '../generator/stainless/python-era';
import { generateFrom, tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const intOrNull = (minimum: number) => ({ oneOf: [{ type: 'integer', minimum }, { type: 'null' }] });

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Choices', version: '1' },
  servers: [{ url: 'https://choices.test' }],
  paths: {
    '/embeddings': {
      post: {
        operationId: 'embed',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/EmbedRequest' } } },
        },
        responses: ok,
      },
    },
    '/locales': {
      get: {
        operationId: 'listLocales',
        parameters: [
          { name: 'Accept-Language', in: 'header', schema: { type: 'string' }, example: 'en' },
          { name: 'region', in: 'query', schema: { type: 'string' }, example: 'eu' },
          { name: 'maxCount', in: 'query', schema: { type: 'integer', maximum: 1000 } },
        ],
        responses: ok,
      },
    },
    '/sources': {
      post: {
        operationId: 'upsertSource',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              example: { mappings: [], properties: null, label: null },
              schema: {
                type: 'object',
                required: ['mappings', 'properties', 'label'],
                properties: {
                  mappings: {
                    type: 'array',
                    items: { type: 'object', required: ['event'], properties: { event: { type: 'string' } } },
                  },
                  properties: { type: ['object', 'null'], additionalProperties: true },
                  label: { type: ['string', 'null'], examples: ['main'] },
                  actor: { anyOf: [{ $ref: '#/components/schemas/RecipientReference' }, { type: 'null' }] },
                  setting: {
                    oneOf: [{ type: 'boolean' }, { type: 'object', properties: { note: { type: 'string' } } }],
                  },
                },
              },
            },
          },
        },
        responses: ok,
      },
    },
    '/items/{id}': {
      post: {
        operationId: 'updateItem',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
                  { type: 'object', required: ['url'], properties: { url: { type: 'string' } } },
                ],
              },
            },
          },
        },
        responses: ok,
      },
    },
    '/species': { get: { operationId: 'listSpecies', responses: ok } },
    '/hooks': {
      post: {
        operationId: 'createHook',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['url'], properties: { url: { type: 'string' } } },
            },
          },
        },
        callbacks: {},
        responses: ok,
      },
    },
  },
  components: {
    schemas: {
      EmbedRequest: {
        type: 'object',
        required: ['texts'],
        properties: {
          texts: { type: 'array', items: { type: 'string' }, examples: [['own text']] },
          dimensions: { ...intOrNull(1), examples: [1792] },
          top_n: { ...intOrNull(1), examples: [1] },
          chunking: { oneOf: [{ $ref: '#/components/schemas/Chunking' }, { type: 'null' }] },
        },
        examples: [{ texts: ['schema text'], top_n: null, chunking: { size: null } }],
      },
      Chunking: {
        type: 'object',
        properties: { size: { ...intOrNull(1), examples: [512] } },
      },
      RecipientReference: {
        example: { collection: 'projects', id: 'project_1' },
        oneOf: [
          { type: 'string' },
          {
            type: 'object',
            required: ['id', 'collection'],
            properties: { collection: { type: 'string' }, id: { type: 'string' } },
          },
        ],
      },
    },
  },
};

const CONFIG = `organization: { name: choices }
targets:
  typescript:
    package_name: choices
  python:
    package_name: choices
resources:
  embeddings:
    methods:
      create: post /embeddings
  locales:
    methods:
      list: get /locales
  sources:
    methods:
      upsert: post /sources
  hooks:
    methods:
      create: post /hooks
  items:
    methods:
      update: post /items/{id}
  species:
    methods:
      list: get /species
`;

const NEWER = '2026-05-01';
const OLDER = '2026-03-01';
const CALLBACK_ERA = '2025-06-01';
const CALLBACKS_REASON =
  'currently no good way to test endpoints defining callbacks, Prism mock server will fail trying to reach the provided callback url';

let root = '';
let api: Api;
const tsTests = new Map<string, Map<string, string>>();

beforeAll(async () => {
  root = tempDir('stainless-example-choices-targets');
  for (const era of [NEWER, OLDER, CALLBACK_ERA]) {
    const dir = path.join(root, era);
    mkdirSync(dir, { recursive: true });
    const result = await generateFrom(dir, SPEC, CONFIG, { funcs: false, referenceDocs: false, stainlessEra: era });
    tsTests.set(era, new Map(result.files.map((f) => [f.path, f.contents])));
  }
  writeFileSync(path.join(root, 'spec.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  ({ api } = await loadIr({ spec: path.join(root, 'spec.json'), config: path.join(root, 'stainless.yml') }));
}, 240_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The TypeScript test titled `title` in `file` of the SDK of `era`, on one line. */
function tsCall(era: string, file: string, title: string): string {
  const test = tsTests.get(era)?.get(`tests/api-resources/${file}.test.ts`) ?? '';
  const start = test.indexOf(`'${title}'`);
  expect(start, `${era} ${file}: ${title}`).toBeGreaterThan(0);
  return test
    .slice(test.lastIndexOf('\n', test.lastIndexOf('\n', start) - 1), test.indexOf('});', start))
    .replace(/\s*\n\s*/g, ' ')
    .replace(/,(?= [}\]])/g, '');
}

/** The Python test module of `resource` in the SDK of `era`. */
function pyModule(era: string, resource: string): string {
  const pkg = buildPythonModel(api, { importName: 'choices', distributionName: 'choices', fromStainlessConfig: true });
  const file = planPythonTests(pkg, api, undefined, { forms: pythonFormsOfEra(era) }).find(
    (f) => f.path === `tests/api_resources/test_${resource}.py`,
  );
  expect(file, resource).toBeDefined();
  return file!.contents;
}

/** The sync Python test `name`'s text, its lines joined. */
function pyTest(era: string, resource: string, name: string): string {
  const text = pyModule(era, resource);
  const start = text.indexOf(`    def ${name}(`);
  expect(start, name).toBeGreaterThan(-1);
  const end = text.indexOf('    @parametrize', start);
  return text.slice(start, end < 0 ? undefined : end).replace(/\s*\n\s*/g, ' ');
}

describe.runIf(SLOW_FULL)('the same choices in both targets', () => {
  it("a header's own example, not a query's; a number's maximum", () => {
    const ts = tsCall(NEWER, 'locales', 'list: request options and params are passed correctly');
    expect(ts).toContain("'Accept-Language': 'en'");
    expect(ts).toContain("region: 'region'");
    expect(ts).toContain('maxCount: 1000');
    const py = pyTest(NEWER, 'locales', 'test_method_list_with_all_params');
    expect(py).toContain('accept_language="en"');
    expect(py).toContain('region="region"');
    expect(py).toContain('max_count=1000');
  });

  it('an empty array gets an item, a nullable map given null is built, a nullable string stays null', () => {
    const ts = tsCall(NEWER, 'sources', 'upsert: only required params');
    expect(ts).toContain("mappings: [{ event: 'event' }]");
    expect(ts).toContain("properties: { foo: 'bar' }");
    expect(ts).toContain('label: null');
    const py = pyTest(NEWER, 'sources', 'test_method_upsert');
    expect(py).toContain('mappings=[{"event": "event"}]');
    expect(py).toContain('properties={"foo": "bar"}');
    expect(py).toContain('label=None');
  });

  it("a union's own example where nothing nearer gives one", () => {
    expect(tsCall(NEWER, 'sources', 'upsert: required and optional params')).toMatch(
      /actor: \{ (id: 'project_1', collection: 'projects'|collection: 'projects', id: 'project_1') \}/,
    );
    expect(pyTest(NEWER, 'sources', 'test_method_upsert_with_all_params')).toMatch(
      /actor=\{ ?("id": "project_1", "collection": "projects"|"collection": "projects", "id": "project_1"),? ?\}/,
    );
  });
});

describe.runIf(SLOW_FULL)('the Python tests as Stainless writes them', () => {
  it("a union's first variant with every optional property too, as TypeScript's", () => {
    expect(tsCall(NEWER, 'sources', 'upsert: required and optional params')).toContain('setting: true');
    expect(pyTest(NEWER, 'sources', 'test_method_upsert_with_all_params')).toContain('setting=True');
  });

  it("each overload's own path-params test, after its tests", () => {
    const text = pyModule(NEWER, 'items');
    const names = [...text.matchAll(/ {4}def (test_\w+)\(/g)].map((m) => m[1]);
    expect(names).toEqual([
      'test_method_update_overload_1',
      'test_raw_response_update_overload_1',
      'test_streaming_response_update_overload_1',
      'test_path_params_update_overload_1',
      'test_method_update_overload_2',
      'test_raw_response_update_overload_2',
      'test_streaming_response_update_overload_2',
      'test_path_params_update_overload_2',
    ]);
    expect(pyTest(NEWER, 'items', 'test_path_params_update_overload_2')).toContain('id="", url="url",');
  });

  it("the result's variable is the resource's singular as Stainless forms it (`species` → `specie`)", () => {
    expect(pyTest(NEWER, 'species', 'test_method_list')).toContain('specie = client.species.list()');
  });
});

describe.runIf(SLOW_FULL)('by era: the examples as the spec gives them (from 2026-04-11)', () => {
  it('after: the body schema’s examples first, null kept, the null-member oneOf’s own example', () => {
    const ts = tsCall(NEWER, 'embeddings', 'create: required and optional params');
    expect(ts).toContain("texts: ['schema text']");
    expect(ts).toContain('top_n: null');
    expect(ts).toContain('chunking: { size: null }');
    expect(ts).toContain('dimensions: 1792');
    const py = pyTest(NEWER, 'embeddings', 'test_method_create_with_all_params');
    expect(py).toContain('texts=["schema text"]');
    expect(py).toContain('top_n=None');
    expect(py).toContain('chunking={"size": None}');
    expect(py).toContain('dimensions=1792');
  });

  it('before: the field’s own example first, a value built for null, the integer’s value', () => {
    const ts = tsCall(OLDER, 'embeddings', 'create: required and optional params');
    expect(ts).toContain("texts: ['own text']");
    expect(ts).toContain('top_n: 1');
    expect(ts).toContain('chunking: { size: 512 }');
    expect(ts).toContain('dimensions: 1,');
    const py = pyTest(OLDER, 'embeddings', 'test_method_create_with_all_params');
    expect(py).toContain('texts=["own text"]');
    expect(py).toContain('top_n=1');
    expect(py).toContain('chunking={"size": 512}');
    expect(py).toContain('dimensions=1,');
  });
});

describe.runIf(SLOW_FULL)('by era: the tests of an operation defining callbacks (skipped before 2026-03-19)', () => {
  it('are skipped with Stainless’s reason in its era, in both targets', () => {
    expect(tsCall(CALLBACK_ERA, 'hooks', 'create: only required params')).toContain(
      `// skipped: ${CALLBACKS_REASON} test.skip('create: only required params'`,
    );
    expect(pyModule(CALLBACK_ERA, 'hooks')).toContain(`@pytest.mark.skip(reason="${CALLBACKS_REASON}")`);
  });

  it('run from then on', () => {
    expect(tsCall(NEWER, 'hooks', 'create: only required params')).not.toContain('callbacks');
    expect(pyModule(NEWER, 'hooks')).not.toContain('callbacks');
  });
});
