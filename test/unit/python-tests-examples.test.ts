/**
 * The values of a Python package's generated tests (`tests/api_resources/…`) and the shape of its README's programs,
 * as Stainless writes them from a Stainless config: a body field takes its value from the spec's example of the whole
 * request body (a list's items, a date-time as given, an object's missing fields filled in), a result variable that
 * would shadow a builtin class gets a trailing `_`, and the pagination section collects a list's items, then pages by
 * hand.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import type { PyPackage } from '../../generator/emit/python/types/model';
import { planPythonTests } from '../../generator/emit/python/tests/plan-tests';
import { planReadme } from '../../generator/emit/python/docs/plan-readme';
import type { Api } from '../../generator/ir/types';
import { pythonFormsOfEra } from '../../generator/stainless/python-era';

const SPEC = `openapi: 3.1.0
info: { title: Shapes, version: 1.0.0 }
servers: [{ url: https://api.shapes.test }]
components:
  schemas:
    Size:
      type: object
      required: [w]
      properties:
        w: { type: integer }
        h: { type: integer }
    Shape:
      type: object
      required: [id]
      properties:
        id: { type: string }
paths:
  /objects:
    get:
      operationId: listObjects
      parameters:
        - { name: cursor, in: query, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Shape' } }
                  next_cursor: { type: string }
    post:
      operationId: createObject
      requestBody:
        required: true
        content:
          application/json:
            example:
              name: Bolt
              tags: [a, b]
              made_at: '2024-01-01T00:00:00Z'
              size: { w: 3 }
              kind: round
            schema:
              type: object
              required: [name, tags]
              properties:
                name: { type: string }
                tags: { type: array, items: { type: string } }
                made_at: { type: string, format: date-time }
                size: { $ref: '#/components/schemas/Size' }
                kind: { type: string, enum: [square, round] }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Shape' } } }
`;

const CONFIG = `organization: { name: shapes }
targets:
  python:
    package_name: shapes
pagination:
  - name: cursor_page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      data: { type: array }
      next_cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
resources:
  objects:
    models:
      shape: Shape
    methods:
      list: get /objects
      create: post /objects
`;

let dir: string;
let api: Api;
let pkg: PyPackage;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-test-values-'));
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  ({ api } = await loadIr({ spec: path.join(dir, 'openapi.yml'), config: path.join(dir, 'stainless.yml') }));
  pkg = buildPythonModel(api, { importName: 'shapes', distributionName: 'shapes', fromStainlessConfig: true });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function testModule(): string {
  const file = planPythonTests(pkg, api).find((f) => f.path === 'tests/api_resources/test_objects.py');
  expect(file).toBeDefined();
  return file!.contents;
}

/** The body of the sync test `name` (up to the next test). */
function testBody(text: string, name: string): string {
  const start = text.indexOf(`    def ${name}(`);
  expect(start).toBeGreaterThan(-1);
  const end = text.indexOf('    @parametrize', start);
  return text.slice(start, end < 0 ? undefined : end);
}

describe("the generated tests' values", () => {
  test('the required params come from the example of the request body', () => {
    const body = testBody(testModule(), 'test_method_create');
    expect(body).toContain(
      'object_ = client.objects.create(\n            name="Bolt",\n            tags=["a", "b"],\n        )',
    );
  });

  test('with every param: the example where it says, the rest filled in, a date-time as given', () => {
    const body = testBody(testModule(), 'test_method_create_with_all_params');
    expect(body).toContain('made_at=parse_datetime("2024-01-01T00:00:00Z"),');
    expect(body).toContain('size={\n                "w": 3,\n                "h": 0,\n            },');
    expect(body).toContain('kind="round",');
    expect(body).toContain('assert_matches_type(Shape, object_, path=["response"])');
  });
});

describe('the test classes, by era and config', () => {
  test('before aiohttp, the async tests run with httpx alone; after, with aiohttp too', () => {
    const older = planPythonTests(pkg, api, undefined, { forms: pythonFormsOfEra('2025-05-28') }).find(
      (f) => f.path === 'tests/api_resources/test_objects.py',
    )!.contents;
    expect(older).toContain(
      'class TestAsyncObjects:\n    parametrize = pytest.mark.parametrize("async_client", [False, True], indirect=True, ids=["loose", "strict"])\n',
    );
    expect(older).not.toContain('aiohttp');
    expect(testModule()).toContain('"async_client", [False, True, {"http_client": "aiohttp"}]');
  });

  test("with the config's mock tests off, every test is written skipped", () => {
    const text = planPythonTests(pkg, api, undefined, { mockTestsOff: true }).find(
      (f) => f.path === 'tests/api_resources/test_objects.py',
    )!.contents;
    const tests = text.match(/^ {4}(async )?def test_/gm)!.length;
    const skipped = text.match(
      /^ {4}@pytest\.mark\.skip\(reason="Mock server tests are disabled"\)\n {4}@parametrize\n/gm,
    );
    expect(tests).toBeGreaterThan(0);
    expect(skipped?.length).toBe(tests);
    expect(testModule()).not.toContain('pytest.mark.skip');
  });

  test('the skip mark says what Stainless said in the era: nothing, then Prism, then the mock server', () => {
    const markOf = (era: string) =>
      planPythonTests(pkg, api, undefined, { mockTestsOff: true, forms: pythonFormsOfEra(era) })
        .find((f) => f.path === 'tests/api_resources/test_objects.py')!
        .contents.match(/^ {4}@pytest\.mark\.skip\(.*\)$/m)?.[0];
    expect(markOf('2025-08-01')).toBe('    @pytest.mark.skip()');
    expect(markOf('2025-12-01')).toBe('    @pytest.mark.skip(reason="Prism tests are disabled")');
    expect(markOf('2026-02-19')).toBe('    @pytest.mark.skip(reason="Mock server tests are disabled")');
  });
});

describe("the README's pagination programs", () => {
  test('collect every item, with each client, then page by hand', () => {
    const readme = planReadme(pkg, api, null);
    const pages = readme.slice(readme.indexOf('## Pagination'), readme.indexOf('## Handling errors'));
    expect(pages).toContain('all_objects = []\nfor object in client.objects.list():\n    all_objects.append(object)\n');
    expect(pages).toContain('    async for object in client.objects.list():\n        all_objects.append(object)\n');
    expect(pages).toContain('first_page = await client.objects.list()\nif first_page.has_next_page():\n');
    expect(pages).toContain('for object in first_page.data:\n    print(object.id)\n');
  });

  test("lists the status errors of Stainless's table, 409 not among them", () => {
    const readme = planReadme(pkg, api, null);
    expect(readme).toContain('| 404         | `NotFoundError`            |\n| 422 ');
  });
});
