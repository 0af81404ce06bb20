/**
 * The package's mock spec (generator/emit/mock-spec.ts): each loaded document printed as JSON, pretty while small;
 * a large one compact and in parts, which must join to exactly what JSON.stringify prints; a query parameter sent in a
 * Stainless config's format is described as Prism can read it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../generator/diagnostics';
import { mockSpecFiles } from '../../generator/emit/mock-spec';
import { generate } from '../../generator/generate';
import { loadSpecFromMemory } from '../../generator/load/load';
import { tempDir } from '../helpers/sdk';

/** An OpenAPI document of `count` operations, with what JSON.stringify prints in its own ways. */
function documentOf(count: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    paths[`/items/${i}`] = {
      get: {
        operationId: `get${i}`,
        // Beyond Latin-1 in some operations only; control characters, quotes and a lone surrogate to escape.
        description: i % 97 === 0 ? `Ünïcödé “${i}” ☃ 😀 \u0007 "q" \\ \ud800` : `Returns item ${i}.`,
        responses: { '404': { description: 'no' }, default: { description: 'e' }, '200': { description: 'ok' } },
        'x-numbers': [1e21, 0.1, -0, 5e-7, 12],
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 'Big', version: '1' }, paths, ['__proto__']: { own: true } };
}

async function mockOf(spec: Record<string, unknown>) {
  const loaded = await loadSpecFromMemory({ spec, file: 'openapi.json' }, new Diagnostics());
  const mock = mockSpecFiles(loaded);
  expect(mock?.files).toHaveLength(1);
  return { file: mock!.files[0], root: loaded.root.root };
}

describe('mockSpecFiles', () => {
  it('a small document is printed pretty, in one piece', async () => {
    const { file, root } = await mockOf(documentOf(3));
    expect(file.path).toBe('mock/openapi.json');
    expect(file.contentsParts).toBeUndefined();
    expect(file.contents).toBe(`${JSON.stringify(root, null, 2)}\n`);
  });

  it('a large document is printed compact, in parts that join to what JSON.stringify prints', async () => {
    const { file, root } = await mockOf(documentOf(12_000));
    const compact = JSON.stringify(root);
    expect(compact.length).toBeGreaterThan(2_000_000);
    expect(file.contentsParts!.length).toBeGreaterThan(12_000);
    expect(file.contentsParts!.join('')).toBe(`${compact}\n`);
    expect(file.contents).toBe(`${compact}\n`);
  });
});

describe("the mock of a Stainless config's query formats", () => {
  it('describes each query parameter as Prism can read it, and does not require one it cannot', async () => {
    const dir = tempDir('mock-query-formats');
    const listParams = [
      { name: 'ids', in: 'query', required: true, schema: { type: 'array', items: { type: 'string' } } },
      { $ref: '#/components/parameters/Filter' },
      { name: 'limit', in: 'query', required: true, schema: { type: 'integer' } },
    ];
    writeFileSync(
      path.join(dir, 'openapi.json'),
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'Things', version: '1' },
        paths: { '/things': { get: { parameters: listParams, responses: { '200': { description: 'ok' } } } } },
        components: {
          parameters: {
            Filter: {
              name: 'filter',
              in: 'query',
              required: true,
              schema: { type: 'object', properties: { status: { type: 'string' } } },
            },
          },
        },
      }),
    );
    const mockParams = async (arrays: string) => {
      writeFileSync(
        path.join(dir, 'stainless.yml'),
        `organization: { name: things }\nquery_settings: { array_format: ${arrays}, nested_format: brackets }\n` +
          'resources:\n  things:\n    methods:\n      list: get /things\n',
      );
      const { files } = await generate({
        spec: path.join(dir, 'openapi.json'),
        config: path.join(dir, 'stainless.yml'),
        format: false,
      });
      const mock = JSON.parse(files.find((f) => f.path === 'mock/openapi.json')!.contents) as {
        paths: { '/things': { get: { parameters: unknown[] } } };
        components: { parameters: { Filter: unknown } };
      };
      return [...mock.paths['/things'].get.parameters, mock.components.parameters.Filter];
    };
    // `ids[]=a`: Prism looks for `ids`; `filter[status]=x`: a deepObject; `limit` as it was.
    expect(await mockParams('brackets')).toEqual([
      { ...listParams[0], required: false },
      { $ref: '#/components/parameters/Filter' },
      listParams[2],
      expect.objectContaining({ name: 'filter', required: true, style: 'deepObject', explode: true }),
    ]);
    expect((await mockParams('comma'))[0]).toEqual({ ...listParams[0], style: 'form', explode: false });
    expect((await mockParams('repeat'))[0]).toEqual(listParams[0]);
  });

  it('describes a query array that may be null as an array, which Prism reads; other parameters as they are', async () => {
    const dir = tempDir('mock-nullable-array');
    const include = { type: 'array', items: { type: 'string', enum: ['a', 'b'] } };
    const params = [
      { name: 'include', in: 'query', schema: { anyOf: [include, { type: 'null' }], title: 'Include' } },
      { name: 'after', in: 'query', schema: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
      { name: 'tags', in: 'query', schema: { oneOf: [{ type: 'null' }, include] } },
    ];
    writeFileSync(
      path.join(dir, 'openapi.json'),
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'Things', version: '1' },
        paths: { '/things': { get: { parameters: params, responses: { '200': { description: 'ok' } } } } },
      }),
    );
    const { files } = await generate({ spec: path.join(dir, 'openapi.json'), format: false });
    const mock = JSON.parse(files.find((f) => f.path === 'mock/openapi.json')!.contents) as {
      paths: { '/things': { get: { parameters: unknown[] } } };
    };
    expect(mock.paths['/things'].get.parameters).toEqual([
      { ...params[0], schema: include },
      params[1],
      { ...params[2], schema: include },
    ]);
  });
});
