/**
 * The package's mock spec (generator/emit/mock-spec.ts): a JSON document nothing changed is a copy of its file;
 * otherwise each loaded document printed as JSON, pretty while small; a large one compact and in parts, which must join
 * to exactly what JSON.stringify prints; a query parameter sent in a Stainless config's format is described as Prism
 * can read it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../generator/diagnostics';
import { documentedSpecFile } from '../../generator/emit/documented-spec';
import { mockSpecFiles } from '../../generator/emit/mock-spec';
import { generate } from '../../generator/generate';
import { loadSpec, loadSpecFromMemory } from '../../generator/load/load';
import { parseStainlessConfig } from '../../generator/stainless/config';
import { normalize } from '../../generator/normalize/normalize';
import { EMPTY_CONFIG, type SdkConfig } from '../../generator/config';
import { writeOutput } from '../../generator/write/write';
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

/** The mock of the JSON spec `text`, written to a file and loaded from it (`edit` changes the loaded spec first). */
async function mockOfFile(
  text: string | Buffer,
  edit: (loaded: Awaited<ReturnType<typeof loadSpec>>) => void = () => {},
) {
  const dir = tempDir('mock-copy');
  const file = path.join(dir, 'openapi.json');
  writeFileSync(file, text);
  const loaded = await loadSpec(file, new Diagnostics());
  edit(loaded);
  return { file, dir, mock: mockSpecFiles(loaded)!.files[0], loaded };
}

/** A JSON spec as someone wrote it: indented their way, with characters beyond ASCII, numbers JSON.stringify prints otherwise. */
function handWritten(operations: number): string {
  const paths = Array.from(
    { length: operations },
    (_, i) =>
      `"/items/${i}": { "get": { "operationId": "get${i}", "description": "Ünïcödé “${i}” ☃ 😀", ` +
      `"x-numbers": [1.0, 1E2], "responses": { "200": { "description": "ok" } } } }`,
  );
  return `{\n    "openapi": "3.1.0",\n    "info": {"title": "Big", "version": "1"},\n    "paths": {\n      ${paths.join(',\n      ')}\n    }\n}\n`;
}

describe('the mock of a JSON spec nothing changed: a copy of its file', () => {
  it('a small file is copied as it is, as its text', async () => {
    const { file, mock } = await mockOfFile(handWritten(3));
    expect(mock.path).toBe('mock/openapi.json');
    expect(mock.copyOf).toBeUndefined();
    expect(mock.contents).toBe(readFileSync(file, 'utf8'));
  });

  it('a large file is copied by the writer; its text is read only when asked for', async () => {
    const text = handWritten(20_000);
    expect(text.length).toBeGreaterThan(2_000_000);
    const { file, dir, mock } = await mockOfFile(text);
    expect(mock.copyOf).toEqual({ file, stamp: expect.any(String), size: Buffer.byteLength(text) });
    expect(mock.contentsParts).toBeUndefined();
    expect(mock.contents === text).toBe(true);
    const out = path.join(dir, 'out');
    await writeOutput(out, [mock], { force: false });
    expect(readFileSync(path.join(out, 'mock/openapi.json')).equals(readFileSync(file))).toBe(true);
  });

  it('a file written since it was read: printed, or (copied already) the write fails and leaves nothing', async () => {
    const text = handWritten(20_000);
    const { file, loaded } = await mockOfFile(text);
    writeFileSync(file, text.replace('"Big"', '"Bug"'));
    const printed = mockSpecFiles(loaded)!.files[0];
    expect(printed.copyOf).toBeUndefined();
    expect(JSON.parse(printed.contents)).toEqual(JSON.parse(text));

    const again = await mockOfFile(text);
    writeFileSync(again.file, text.replace('"Big"', '"Bug"'));
    const out = path.join(again.dir, 'out');
    await expect(writeOutput(out, [again.mock], { force: false })).rejects.toThrow(/changed while sdkgen was running/);
    expect(existsSync(out) ? readdirSync(out, { recursive: true }) : []).toEqual([]);
    expect(() => again.mock.contents).toThrow(/changed while sdkgen was running/);
  });

  it('printed when the file is not its text byte for byte (a byte order mark, malformed UTF-8)', async () => {
    const withBom = await mockOfFile(`\ufeff${handWritten(3)}`);
    expect(withBom.mock.contents).toBe(`${JSON.stringify(withBom.loaded.root.root, null, 2)}\n`);
    // (A lone 0xff in a string: JSON.parse reads it as U+FFFD, which a copy would not hold.)
    const malformed = Buffer.concat([
      Buffer.from('{"openapi":"3.1.0","info":{"title":"'),
      Buffer.from([0xff]),
      Buffer.from('","version":"1"},"paths":{}}'),
    ]);
    const bad = await mockOfFile(malformed);
    expect(bad.mock.contents).toBe(`${JSON.stringify(bad.loaded.root.root, null, 2)}\n`);
  });

  it('printed when sdkgen changed the document: Swagger 2.0 converted, a Stainless transformation, a path parameter left out', async () => {
    const swagger = await mockOfFile(JSON.stringify({ swagger: '2.0', info: { title: 'T', version: '1' }, paths: {} }));
    expect(JSON.parse(swagger.mock.contents)).toMatchObject({ openapi: expect.stringMatching(/^3\.0/) });

    const raw = {
      organization: { name: 'acme' },
      openapi: { transformations: [{ command: 'remove', args: { target: '$.paths["/items/1"]' } }] },
    };
    const diags = new Diagnostics();
    const config: SdkConfig = {
      ...EMPTY_CONFIG,
      stainless: parseStainlessConfig(raw, 'stainless.yml', JSON.stringify(raw), diags),
    };
    const transformed = await mockOfFile(handWritten(3), (loaded) => void normalize(loaded, config, diags));
    expect(Object.keys(JSON.parse(transformed.mock.contents).paths)).toEqual(['/items/0', '/items/2']);

    const unsendable = JSON.stringify(
      {
        openapi: '3.1.0',
        info: { title: 'T', version: '1' },
        paths: {
          '/a': {
            get: {
              parameters: [{ name: 'gone', in: 'path', required: true, schema: { type: 'string' } }],
              responses: { '204': { description: 'none' } },
            },
          },
        },
      },
      null,
      4,
    );
    const left = await mockOfFile(unsendable);
    expect(left.mock.contents).not.toBe(unsendable);
    expect(JSON.parse(left.mock.contents).paths['/a'].get.parameters).toEqual([]);
  });
});

describe("the mock of a Stainless config's nested models", () => {
  it('names each model moved out of another schema as a spec may name a component, its $refs following it (the documented spec too)', async () => {
    const spec = {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/servers': {
          post: {
            operationId: 'createServer',
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/create_response' } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          create_response: {
            type: 'object',
            properties: {
              placement_group: { type: 'object', properties: { id: { type: 'integer' } } },
              options: { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'integer' }] } },
            },
          },
        },
      },
    };
    const raw = {
      organization: { name: 'acme' },
      resources: {
        servers: {
          models: {
            placement_group: '#/components/schemas/create_response/properties/placement_group',
            server_option: '#/components/schemas/create_response/properties/options/items',
          },
          methods: { create: 'post /servers' },
        },
      },
    };
    const diags = new Diagnostics();
    const config: SdkConfig = {
      ...EMPTY_CONFIG,
      stainless: parseStainlessConfig(raw, 'stainless.yml', JSON.stringify(raw), diags),
    };
    // A YAML spec (a JSON one nothing else changed is copied as its file, without the models moved).
    const file = path.join(tempDir('mock-nested-models'), 'openapi.yaml');
    writeFileSync(file, yaml.dump(spec));
    const loaded = await loadSpec(file, diags);
    normalize(loaded, config, diags);
    expect(diags.list).toEqual([]);
    for (const file of [mockSpecFiles(loaded)!.files[0], documentedSpecFile(loaded, [])!])
      expectComponentNames(JSON.parse(file.contents) as Written);
  });
});

type Written = { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };

/** Every component name is one a spec may have, every $ref leads to one, and the moved models are there. */
function expectComponentNames(written: Written): void {
  const names = Object.keys(written.components.schemas);
  // OpenAPI's component names (Steady refuses a spec with any other: a `#` in a $ref's fragment is no pointer).
  for (const name of names) expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
  expect(names).toHaveLength(3);
  const refs: string[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string') refs.push(child);
        else collect(child);
      }
  };
  collect(written);
  expect(refs.length).toBeGreaterThanOrEqual(3);
  for (const ref of refs) expect(names).toContain(ref.replace(/^#\/components\/schemas\//, ''));
  const placement = written.components.schemas.create_response.properties!.placement_group as { $ref: string };
  expect(written.components.schemas[placement.$ref.split('/').pop()!]).toEqual({
    type: 'object',
    properties: { id: { type: 'integer' } },
  });
}

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
