import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import type { PyMethod, PyPackage, PyResource } from '../../generator/emit/python/types/model';
import { importLine, planApiMd } from '../../generator/emit/python/docs/plan-api-md';
import type { Method, Resource } from '../../generator/ir/types';
import { readFileSync } from 'node:fs';
import { sharedPath } from '../helpers/paths';

const str = { kind: 'string', format: null } as const;

function method(partial: Partial<PyMethod> & Pick<PyMethod, 'name' | 'http' | 'specPath'>): PyMethod {
  const pathParams = partial.pathParams ?? [];
  return {
    pythonPath: partial.specPath,
    pathParams,
    // (The last path param, as a method without a config's `positional_params` takes it.)
    positional: pathParams.slice(-1),
    params: [],
    paramsType: null,
    castTo: 'NoneType',
    unwrap: null,
    overloads: null,
    page: null,
    filePaths: [],
    accept: null,
    doc: '',
    returns: 'None',
    asyncReturns: 'None',
    returnsType: null,
    stream: null,
    ir: {} as Method,
    ...partial,
  };
}

const files: PyResource = {
  className: 'FilesResource',
  asyncClassName: 'AsyncFilesResource',
  attribute: 'files',
  chain: ['vector_stores', 'files'],
  module: 'resources/vector_stores/files',
  typesPackage: 'types/vector_stores',
  listedTypes: [{ name: 'VectorStoreFile', module: 'types/vector_stores/vector_store_file' }],
  subresources: [],
  ir: { property: 'files', configKey: 'files', className: 'Files', webhookUnwraps: [] } as unknown as Resource,
  methods: [
    method({
      name: 'update',
      http: 'post',
      specPath: '/v1/vector_stores/{vector_store_id}/files/{file_id}',
      pathParams: [
        {
          name: 'vector_store_id',
          key: 'vector_store_id',
          wireName: 'vector_store_id',
          in: 'path',
          annotation: 'str',
          required: true,
          type: str,
        },
        {
          name: 'file_id',
          key: 'file_id',
          wireName: 'file_id',
          in: 'path',
          annotation: 'str',
          moduleAnnotation: 'str',
          description: '',
          required: true,
          type: str,
        },
      ],
      params: [
        {
          name: 'attributes',
          key: 'attributes',
          wireName: 'attributes',
          in: 'body',
          annotation: 'str',
          moduleAnnotation: 'str',
          description: '',
          required: true,
          type: str,
        },
      ],
      paramsType: { name: 'FileUpdateParams', module: 'types/vector_stores/file_update_params' },
      returns: 'VectorStoreFile',
      asyncReturns: 'VectorStoreFile',
      returnsType: { name: 'VectorStoreFile', module: 'types/vector_stores/vector_store_file' },
    }),
    method({ name: 'delete', http: 'delete', specPath: '/v1/files/{file_id}' }),
  ],
};

const pkg: PyPackage = {
  importName: 'acme',
  distributionName: 'acme',
  version: '0.1.0',
  clientName: 'Acme',
  asyncClientName: 'AsyncAcme',
  envPrefix: 'ACME',
  clientOptions: [],
  environments: [],
  queryFormats: { array: 'comma', nested: 'brackets' },
  baseUrl: null,
  topLevel: null,
  pages: [],
  types: [
    { name: 'Zeta', module: 'types/shared/zeta', shared: true, schema: {} as never },
    { name: 'Alpha', module: 'types/shared/alpha', shared: true, schema: {} as never },
  ],
  resources: [
    {
      className: 'VectorStoresResource',
      asyncClassName: 'AsyncVectorStoresResource',
      attribute: 'vector_stores',
      chain: ['vector_stores'],
      module: 'resources/vector_stores/vector_stores',
      typesPackage: 'types',
      listedTypes: [],
      methods: [],
      subresources: [files],
      ir: {
        property: 'vectorStores',
        configKey: 'vector_stores',
        className: 'VectorStores',
        webhookUnwraps: [],
      } as unknown as Resource,
    },
  ],
};

describe('api.md of a Python package', () => {
  test('shared types sorted, headings by depth, method lines with positional, keyword-only and params', () => {
    expect(planApiMd(pkg)).toBe(`# Shared Types

\`\`\`python
from acme.types import Alpha, Zeta
\`\`\`

# VectorStores

## Files

Types:

\`\`\`python
from acme.types.vector_stores import VectorStoreFile
\`\`\`

Methods:

- <code title="post /v1/vector_stores/{vector_store_id}/files/{file_id}">client.vector_stores.files.<a href="./src/acme/resources/vector_stores/files.py">update</a>(file_id, \\*, vector_store_id, \\*\\*<a href="src/acme/types/vector_stores/file_update_params.py">params</a>) -> <a href="./src/acme/types/vector_stores/vector_store_file.py">VectorStoreFile</a></code>
- <code title="delete /v1/files/{file_id}">client.vector_stores.files.<a href="./src/acme/resources/vector_stores/files.py">delete</a>() -> None</code>
`);
  });

  test('a resource keyed by a tail of the word Resource (`source`) is headed by its own name', () => {
    const source: PyResource = {
      ...files,
      className: 'SourceResource',
      asyncClassName: 'AsyncSourceResource',
      attribute: 'source',
      chain: ['source'],
      module: 'resources/source',
      typesPackage: 'types',
      listedTypes: [],
      ir: { property: 'source', configKey: 'source', className: 'Source', webhookUnwraps: [] } as unknown as Resource,
    };
    const headings = planApiMd({ ...pkg, types: [], resources: [source] })
      .split('\n')
      .filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['# Source']);
  });

  test('an import line past 100 columns is wrapped one name a line', () => {
    expect(importLine('acme.types', ['A', 'B'])).toBe('from acme.types import A, B');
    const names = ['ListVectorStoresResponse', 'VectorStore', 'VectorStoreDeleteResponse', 'VectorStoreSearchResponse'];
    expect(importLine('llama_stack_client.types', names)).toBe(
      `from llama_stack_client.types import (\n${names.map((n) => `    ${n},\n`).join('')})`,
    );
  });

  test('a spec path cannot break out of the title attribute', () => {
    const hostile = {
      ...pkg,
      types: [],
      resources: [
        { ...files, chain: ['files'], methods: [method({ name: 'x', http: 'get', specPath: '/a"><script>' })] },
      ],
    };
    expect(planApiMd(hostile)).toContain('title="get /a&quot;&gt;&lt;script&gt;"');
  });
});

const shared = sharedPath('stainless-compat-python');

describe('api.md against Stainless', () => {
  test.each([
    ['onebusaway', 'onebusaway'],
    ['llama-stack', 'llama_stack_client'],
  ])(
    '%s: every method line of the expected api.md is ours',
    async (name, importName) => {
      const { api } = await loadIr({
        spec: path.join(shared, name, 'openapi.yml'),
        config: path.join(shared, name, 'stainless.yml'),
      });
      const ours = planApiMd(buildPythonModel(api, { importName, distributionName: importName })).split('\n');
      const expected = readFileSync(path.join(shared, name, 'expected', 'api.md'), 'utf8').split('\n');
      const methodLines = expected.filter((l) => l.startsWith('- <code'));
      expect(methodLines.length).toBeGreaterThan(0);
      expect(methodLines.filter((l) => !ours.includes(l))).toEqual([]);
    },
    60_000,
  );
});
