/**
 * TanStack Query options (`tanstackQuery: true`, `<package>/tanstack`), checked as users meet them:
 * - tsc --strict over a program that uses every factory of the flagship with useQuery, useInfiniteQuery, useMutation
 *   and queryClient.invalidateQueries, with `@ts-expect-error` lines for wrong params and wrong data types, and the
 *   React example of docs/guides/tanstack-query.md;
 * - a React tree rendered with @tanstack/react-query against a 127.0.0.1 server: a query, a mutation that invalidates
 *   it, an infinite query paging to the end for each pagination shape, and a request aborted on unmount. The DOM is
 *   happy-dom's (CI machines have no Chromium, and installing it needs apt): what is checked here is what TanStack
 *   Query and the SDK do, which a browser's engine does not change; the requests are Node's fetch, to a real server;
 * - the bundle of a component using one query: that method's factory, the client and the runtime, no other method;
 * - an SDK with the legacy call shape (`targets.node`), with validators and without, through standalone functions
 *   and not: its factories type-check, and a body field named like the path parameter keeps apart from it in the key.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { parseConfig } from '../generator/config';
import { generate } from '../generator/generate';
import { ROOT } from './helpers/paths';
import { typeCheckStrict } from './helpers/generated-tests';
import { SLOW_FULL } from './helpers/slow-tests';
import { removeWhenAllPass, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { okJson as ok } from './helpers/openapi';

// A small API with a pagination scheme of each shape the runtime pages by: page number, cursor, offset, a next-page URL
// in the body, and, the body being the items, a cursor in a response header or the next page's URL in a Link header.
const item = { $ref: '#/components/schemas/Item' };
const query = (name: string, type = 'string') => ({ name, in: 'query', schema: { type } });
/** A list paged by page number (`page`, `pageSize`; `pagination.totalPages` in the body). */
const numberedList = (operationId: string) => ({
  operationId,
  parameters: [query('page', 'integer'), query('pageSize', 'integer')],
  responses: ok({
    type: 'object',
    required: ['items', 'pagination'],
    properties: {
      items: { type: 'array', items: item },
      pagination: {
        type: 'object',
        required: ['currentPage', 'totalPages'],
        properties: { currentPage: { type: 'integer' }, totalPages: { type: 'integer' } },
      },
    },
  }),
});
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Shelf', version: '1' },
  servers: [{ url: 'https://api.shelf.test' }],
  paths: {
    '/counter': {
      get: { operationId: 'getCounter', responses: ok({ $ref: '#/components/schemas/Counter' }) },
      post: { operationId: 'incrementCounter', responses: ok({ $ref: '#/components/schemas/Counter' }) },
    },
    // A path parameter named like a variable of the factories.
    '/signals/{signal}': {
      get: {
        operationId: 'getSignal',
        parameters: [{ name: 'signal', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok({ $ref: '#/components/schemas/Counter' }),
      },
    },
    '/slow': { get: { operationId: 'getSlow', responses: ok({ $ref: '#/components/schemas/Counter' }) } },
    '/numbered': { get: numberedList('listNumbered') },
    '/cursored': {
      get: {
        operationId: 'listCursored',
        parameters: [query('cursor'), query('limit', 'integer')],
        responses: ok({
          type: 'object',
          required: ['data'],
          properties: { data: { type: 'array', items: item }, next_cursor: { type: ['string', 'null'] } },
        }),
      },
    },
    '/offset': {
      get: {
        operationId: 'listOffset',
        parameters: [query('offset', 'integer'), query('limit', 'integer')],
        responses: ok({
          type: 'object',
          required: ['results', 'total'],
          properties: { results: { type: 'array', items: item }, total: { type: 'integer' } },
        }),
      },
    },
    '/linked': {
      get: {
        operationId: 'listLinked',
        parameters: [query('size', 'integer')],
        responses: ok({
          type: 'object',
          required: ['values'],
          properties: { values: { type: 'array', items: item }, next: { type: 'string' } },
        }),
      },
    },
    // Another resource's list: its params are named as the first's (\`ItemNumberedParams\`).
    '/archive/numbered': { get: numberedList('listArchivedNumbered') },
    '/link-header': { get: { operationId: 'listByLinkHeader', responses: ok({ type: 'array', items: item }) } },
    '/header-cursor': {
      get: {
        operationId: 'listByHeaderCursor',
        parameters: [query('after')],
        responses: ok({ type: 'array', items: item }),
      },
    },
  },
  components: {
    schemas: {
      Item: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      Counter: { type: 'object', required: ['value'], properties: { value: { type: 'integer' } } },
    },
  },
};

const STAINLESS = `organization:
  name: shelf
pagination:
  - name: numbered_page
    type: page_number
    request:
      page: { type: integer, x-stainless-pagination-property: { purpose: page_number_param } }
      pageSize: { type: integer, x-stainless-pagination-property: { purpose: page_size_param } }
    response:
      items: { type: array }
      pagination:
        type: object
        properties:
          currentPage: { type: integer, x-stainless-pagination-property: { purpose: current_page_number_field } }
          totalPages: { type: integer, x-stainless-pagination-property: { purpose: total_page_count_field } }
  - name: cursor_page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
      limit: { type: integer, x-stainless-pagination-property: { purpose: page_size_param } }
    response:
      data: { type: array }
      next_cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
  - name: offset_page
    type: offset
    request:
      offset: { type: integer, x-stainless-pagination-property: { purpose: offset_count_param } }
      limit: { type: integer, x-stainless-pagination-property: { purpose: page_size_param } }
    response:
      results: { type: array }
      total: { type: integer, x-stainless-pagination-property: { purpose: offset_total_count_field } }
  - name: linked_page
    type: cursor_url
    response:
      values: { type: array }
      next: { type: string, x-stainless-pagination-property: { purpose: cursor_url_field } }
  - name: header_cursor_page
    type: cursor
    request:
      after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      items:
        type: array
        x-stainless-pagination-property: { is_top_level_array: true }
      next_cursor:
        type: string
        x-stainless-pagination-property: { purpose: next_cursor_field, from_header: X-Next-Cursor }
  - name: link_header_page
    type: cursor_url
    response:
      items:
        type: array
        x-stainless-pagination-property: { is_top_level_array: true }
      next:
        type: string
        x-stainless-pagination-property: { purpose: cursor_url_field, from_header: Link }
resources:
  counter:
    models:
      counter: Counter
    methods:
      get: get /counter
      increment: post /counter
      slow: get /slow
      signal: get /signals/{signal}
  items:
    models:
      item: Item
    methods:
      numbered: get /numbered
      cursored: get /cursored
      offset: get /offset
      linked: get /linked
      by_header_cursor: get /header-cursor
      by_link_header: get /link-header
  archive:
    subresources:
      items:
        methods:
          numbered: get /archive/numbered
`;

// The legacy call shape (`targets.node`: request options in place of optional params), with optional params the
// factories take as `params?: X | null`, and a body with a required field named like the path parameter.
const LEGACY_SPEC = {
  openapi: '3.1.0',
  info: { title: 'Legacy', version: '1' },
  servers: [{ url: 'https://api.legacy.test' }],
  paths: {
    '/notes': {
      get: { operationId: 'listNotes', parameters: [query('cursor')], responses: ok({ type: 'array', items: item }) },
      post: {
        operationId: 'createNote',
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { text: {} } } } } },
        responses: ok(item),
      },
    },
    '/notes/{id}': {
      put: {
        operationId: 'replaceNote',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['id'], properties: { id: { type: 'integer' }, text: {} } },
            },
          },
        },
        responses: ok(item),
      },
    },
  },
  components: SPEC.components,
};
const LEGACY_STAINLESS = `organization:
  name: legacy
targets:
  node:
    package_name: legacy
resources:
  notes:
    models:
      item: Item
    methods:
      list: get /notes
      create: post /notes
      replace: put /notes/{id}
`;

let root = '';
removeWhenAllPass(() => root);
const flagship = () => path.join(root, 'smithery');
const shelf = () => path.join(root, 'shelf');

beforeAll(async () => {
  root = tempDir('tanstack');
  const config = path.join(root, 'smithery.sdkgen.yaml');
  const own = readFileSync(path.join(ROOT, 'specs/smithery.sdkgen.yaml'), 'utf8').replace(/^mcp: true$/m, '');
  writeFileSync(config, `${own}\ntanstackQuery: true\n`);
  const result = await generate({
    spec: path.join(ROOT, 'specs/smithery.openapi.yml'),
    config,
    format: false,
    referenceDocs: false,
  });
  writeFiles(flagship(), result.files);
  // The small API of the React tests below, from a Stainless config (so without standalone functions).
  writeFileSync(path.join(root, 'shelf.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), STAINLESS);
  writeFileSync(path.join(root, 'shelf.sdkgen.yaml'), 'stainless: ./stainless.yml\ntanstackQuery: true\n');
  const shelfResult = await generate({
    spec: path.join(root, 'shelf.json'),
    config: path.join(root, 'shelf.sdkgen.yaml'),
    format: false,
    referenceDocs: false,
  });
  writeFiles(shelf(), shelfResult.files);
  writeFileSync(path.join(root, 'legacy.json'), JSON.stringify(LEGACY_SPEC));
  writeFileSync(path.join(root, 'legacy.yml'), LEGACY_STAINLESS);
  // Once with the factories' own request functions (and validators, which they pass on too), once through the
  // standalone functions' (`funcs: true`).
  for (const [folder, funcs] of [
    ['legacy', 'validation: true\n'],
    ['legacy-funcs', 'funcs: true\n'],
  ]) {
    const config = path.join(root, `${folder}.sdkgen.yaml`);
    writeFileSync(config, `stainless: ./legacy.yml\ntanstackQuery: true\n${funcs}`);
    const legacyResult = await generate({
      spec: path.join(root, 'legacy.json'),
      config,
      format: false,
      referenceDocs: false,
    });
    writeFiles(path.join(root, folder!), legacyResult.files);
  }
});

/** The small SDKs' sources, type-checked in every run (with the flagship's with SDKGEN_SLOW_TESTS=full). */
const SMALL_SDKS = ['shelf/src/**/*.ts', 'legacy/src/**/*.ts', 'legacy-funcs/src/**/*.ts'];

/** The factories an SDK's tanstack module exports, by kind. */
function factories(sdk: string) {
  const folder = path.join(sdk, 'src/tanstack');
  const source = readdirSync(folder, { recursive: true })
    .filter((file) => String(file).endsWith('.ts'))
    .map((file) => readFileSync(path.join(folder, String(file)), 'utf8'))
    .join('\n');
  const exported = (suffix: string) =>
    [...source.matchAll(new RegExp(`^export function (\\w+${suffix})\\(`, 'gm'))].map((m) => m[1]!);
  return {
    queries: exported('(?<!Infinite)Options'),
    infinite: exported('InfiniteOptions'),
    mutations: exported('Mutation'),
    keys: [...source.matchAll(/^export const (\w+Keys) =/gm)].map((m) => m[1]!),
  };
}

/** A hook's body using each factory with its own arguments' types (`q` the module, `client` and `queryClient`). */
function everyFactoryCall({ queries, infinite, mutations, keys }: ReturnType<typeof factories>): string[] {
  const args = (name: string) => `...({} as Tail<Parameters<typeof q.${name}>>)`;
  return [
    ...queries.map((name) => `  useQuery(q.${name}(client, ${args(name)}));`),
    ...infinite.map((name) => `  useInfiniteQuery(q.${name}(client, ${args(name)})).data?.pages[0]?.items;`),
    ...mutations.map(
      (name) =>
        `  useMutation(q.${name}(client)).mutate(undefined as unknown as Parameters<ReturnType<typeof q.${name}>['mutationFn']>[0]);`,
    ),
    ...keys.map((name) => `  void queryClient.invalidateQueries({ queryKey: q.${name} });`),
  ];
}

describe('the small SDKs with tanstackQuery', () => {
  it('type-check, with every factory of the small API used with the hooks', () => {
    const { queries, infinite, mutations, keys } = factories(shelf());
    expect(queries.length).toBeGreaterThan(5);
    expect(infinite.length).toBeGreaterThanOrEqual(6);
    expect(mutations.length).toBeGreaterThan(0);
    const program = [
      "import { QueryClient, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';",
      "import { Shelf } from '../src/client.js';",
      "import * as q from '../src/tanstack.js';",
      'type Tail<T> = T extends [unknown, ...infer R] ? R : never;',
      "const client = new Shelf({ baseURL: 'http://127.0.0.1' });",
      'const queryClient = new QueryClient();',
      'export function useEveryFactory() {',
      ...everyFactoryCall({ queries, infinite, mutations, keys }),
      '  // @ts-expect-error a path parameter is a string',
      '  q.counterSignalOptions(client, 42);',
      '}',
      '',
    ].join('\n');
    mkdirSync(path.join(shelf(), 'examples'), { recursive: true });
    writeFileSync(path.join(shelf(), 'examples/every-factory.ts'), program);
    if (SLOW_FULL) return; // The flagship's test checks these with it.
    const { status, output } = typeCheckStrict(root, [...SMALL_SDKS, 'shelf/examples/*.ts'], {
      jsx: 'react-jsx',
      verbatimModuleSyntax: false,
    });
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 600_000);
});

describe('the flagship with tanstackQuery', () => {
  it('has <package>/tanstack and query-core as an optional peer dependency; without the key, neither', () => {
    const pkg = JSON.parse(readFileSync(path.join(flagship(), 'package.json'), 'utf8'));
    expect(pkg.peerDependencies).toEqual({ '@tanstack/query-core': '^5.62.0' });
    expect(pkg.peerDependenciesMeta).toEqual({ '@tanstack/query-core': { optional: true } });
    expect(readFileSync(path.join(flagship(), 'README.md'), 'utf8')).toContain('`@smithery/api/tanstack` has TanStack');
    const committed = path.join(ROOT, 'generated/smithery');
    expect(readFileSync(path.join(committed, 'README.md'), 'utf8')).not.toContain('TanStack');
    expect(readFileSync(path.join(committed, 'package.json'), 'utf8')).not.toContain('@tanstack');
    expect(() => readFileSync(path.join(committed, 'src/tanstack.ts'))).toThrow();
    expect(() => readFileSync(path.join(committed, 'src/core/tanstack.ts'))).toThrow();
    // The guide's config turns it on.
    const guide = readFileSync(path.join(ROOT, 'docs/guides/tanstack-query.md'), 'utf8');
    const config = /```yaml\n([\s\S]*?)```/.exec(guide)![1]!;
    expect(parseConfig(yaml.load(config), 'sdkgen.config.yaml').tanstackQuery).toBe(true);
  });

  // The flagship's every factory and the guide's example, in one program with the small SDKs below: a tsc program
  // over the whole flagship (40 s of CPU), so SDKGEN_SLOW_TESTS=full's (CI's); `npm test` type-checks the small API's
  // every factory with the three small SDKs (the next test).
  it.runIf(SLOW_FULL)(
    'type-checks every factory with the hooks, and rejects wrong params and data',
    () => {
      const { queries, infinite, mutations, keys } = factories(flagship());
      expect(queries).toHaveLength(52);
      expect(infinite.length).toBeGreaterThanOrEqual(5);
      expect(mutations.length).toBeGreaterThan(10);
      const program = [
        "import { QueryClient, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';",
        "import { Smithery } from '../src/client.js';",
        "import { NotFoundError } from '../src/core/error.js';",
        "import type { DeploymentError, DeploymentInfo } from '../src/resources/servers/releases.js';",
        "import * as q from '../src/tanstack.js';",
        'type Tail<T> = T extends [unknown, ...infer R] ? R : never;',
        "const client = new Smithery({ apiKey: 'key' });",
        'const queryClient = new QueryClient();',
        'export function useEveryFactory() {',
        ...everyFactoryCall({ queries, infinite, mutations, keys }),
        "  const release = useQuery(q.serversReleasesGetOptions(client, 'id', { qualifiedName: 'acme/weather' }));",
        '  const info: DeploymentInfo | undefined = release.data;',
        '  if (release.error instanceof NotFoundError) {',
        '    const body: DeploymentError = release.error.error;',
        '    console.log(body);',
        '  }',
        '  // @ts-expect-error the data is a DeploymentInfo',
        '  const wrongData: string | undefined = release.data;',
        '  // @ts-expect-error the error is one of the SDK error classes',
        '  const wrongError: string | null = release.error;',
        '  // @ts-expect-error the params lack the qualifiedName it needs',
        "  q.serversReleasesGetOptions(client, 'id', { name: 'acme/weather' });",
        '  // @ts-expect-error a path parameter is a string',
        '  q.serversGetOptions(client, 42);',
        "  const pages = useInfiniteQuery(q.serversReleasesListInfiniteOptions(client, 'acme/weather'));",
        '  const total: number | undefined = pages.data?.pages[0]?.fields.pagination.totalCount;',
        '  // @ts-expect-error the items are releases',
        '  const wrongItems: number[] | undefined = pages.data?.pages[0]?.items;',
        '  const deploy = useMutation(q.serversReleasesDeployMutation(client));',
        '  // @ts-expect-error mutate takes the method arguments, a tuple of two',
        "  deploy.mutate({ qualifiedName: 'acme/weather' });",
        "  const cached = queryClient.getQueryData(q.serversReleasesGetQueryKey('id', { qualifiedName: 'a' }));",
        "  const tagged = queryClient.getQueryData(q.serversReleasesGetOptions(client, 'id', { qualifiedName: 'a' }).queryKey);",
        '  // @ts-expect-error a key from its options is tagged with the data type',
        '  const wrongCached: string | undefined = tagged;',
        "  const name = useQuery({ ...q.serversGetOptions(client, 'acme/weather'), select: (server) => server.displayName });",
        '  const selected: string | undefined = name.data;',
        "  const fetched: Promise<DeploymentInfo> = queryClient.fetchQuery(q.serversReleasesGetOptions(client, 'id', { qualifiedName: 'a' }));",
        "  void queryClient.prefetchInfiniteQuery(q.serversReleasesListInfiniteOptions(client, 'acme/weather'));",
        '  console.log(info, wrongData, wrongError, total, wrongItems, cached, wrongCached, selected, fetched);',
        '}',
        '',
      ].join('\n');
      mkdirSync(path.join(flagship(), 'examples'), { recursive: true });
      writeFileSync(path.join(flagship(), 'examples/every-factory.ts'), program);
      // The guide's React example, as a program of its own against the same SDK.
      const guide = readFileSync(path.join(ROOT, 'docs/guides/tanstack-query.md'), 'utf8');
      const example = /```tsx\n([\s\S]*?)```/.exec(guide)![1]!;
      writeFileSync(path.join(flagship(), 'examples/guide.tsx'), example);
      // One program: the flagship with the programs above, and the small SDKs (whose resources name their params
      // alike; the small API's resources import types as Stainless's SDKs do, without `type`).
      const { status, output } = typeCheckStrict(
        root,
        [
          'smithery/src/**/*.ts',
          'smithery/examples/*.ts',
          'smithery/examples/*.tsx',
          ...SMALL_SDKS,
          'shelf/examples/*.ts',
        ],
        {
          jsx: 'react-jsx',
          verbatimModuleSyntax: false,
          paths: { '@smithery/api': ['./smithery/src/index.ts'], '@smithery/api/*': ['./smithery/src/*'] },
        },
      );
      expect(output).toBe('');
      expect(status).toBe(0);
      // (The flagship and three small SDKs in one program: minutes on a loaded machine.)
    },
    600_000,
  );

  it('bundles a component using one query with only that factory, the client and the runtime', () => {
    const src = path.join(flagship(), 'src');
    const bundle = (name: string, source: string) => {
      const entry = path.join(root, name);
      writeFileSync(entry, source);
      return buildSync({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'neutral',
        write: false,
        logLevel: 'silent',
        external: ['@tanstack/react-query', 'react'],
      }).outputFiles[0]!.text;
    };
    const component = bundle(
      'component.ts',
      "import { useQuery } from '@tanstack/react-query';\n" +
        `import { SmitheryCore } from '${src}/client-core.js';\n` +
        `import { healthCheckOptions } from '${src}/tanstack.js';\n` +
        'const client = new SmitheryCore();\n' +
        'export function Health() {\n  return useQuery(healthCheckOptions(client)).data?.status;\n}\n',
    );
    expect(component).toContain('/health');
    for (const other of ['/servers', '/skills', '/namespaces', '/connect/', '/tokens', '/organizations'])
      expect(component).not.toContain(other);
    // No paging (infinite queries' code, the page classes) for a query that does not page.
    expect(component).not.toContain('nextPageParam');
    expect(component).not.toContain('getPaginatedItems');
    // The runtime is whole: retries, timeouts, errors.
    expect(component).toContain('retry-after-ms');
    // The same call through the core client and its resource class (test/bundle.test.ts's one-call bundle): the
    // query's factory and key add little to it (some 60 bytes gzipped when this was written).
    const oneCall = bundle(
      'one-call.ts',
      `import { SmitheryCore } from '${src}/client-core.js';\nimport { Health } from '${src}/resources/health.js';\n` +
        'console.log(await new Health(new SmitheryCore()).check());',
    );
    expect(gzipSync(component).length - gzipSync(oneCall).length).toBeLessThan(512);
  });
});

describe('keys and arguments of an SDK with the legacy call shape (its types are checked with the small API above)', () => {
  it('keeps a path parameter and a body field of the same name apart in the key', async () => {
    const keys = await import(/* @vite-ignore */ pathToFileURL(path.join(root, 'legacy/src/tanstack.ts')).href);
    expect(keys.notesReplaceQueryKey('n1', { id: 7, text: 'x' })).toEqual([
      'notes',
      'replace',
      { id: 'n1', params: { id: 7, text: 'x' } },
    ]);
    // Without such a field the params are spread, as the guide says; null params add nothing.
    expect(keys.notesCreateQueryKey(null)).toEqual(['notes', 'create', {}]);
    expect(keys.notesListQueryKey({ cursor: 'c' })).toEqual(['notes', 'list', { cursor: 'c' }]);
    // The other SDK's factories send through its standalone functions' request functions.
    expect(readFileSync(path.join(root, 'legacy-funcs/src/tanstack/notes.ts'), 'utf8')).toContain(
      "from '../funcs/notesCreate.js'",
    );
  });
});

const ALL = ['i1', 'i2', 'i3', 'i4', 'i5'].map((id) => ({ id }));
const server = new TestServer();
let counter = 0;
/** Whether the server saw the client close its request to /slow before it answered. */
let slowClosed = false;

function routes(): void {
  server.on('GET /counter', (req, res) => json(200, { value: counter })(req, res, 0));
  server.on('POST /counter', (req, res) => json(200, { value: ++counter })(req, res, 0));
  server.on('GET /slow', (_req, res) => {
    res.on('close', () => (slowClosed = !res.writableEnded));
  });
  server.on('GET /numbered', (req, res) => {
    const page = Number(req.query.get('page') ?? 1);
    const size = Number(req.query.get('pageSize'));
    const totalPages = Math.ceil(ALL.length / size);
    json(200, { items: ALL.slice((page - 1) * size, page * size), pagination: { currentPage: page, totalPages } })(
      req,
      res,
      0,
    );
  });
  server.on('GET /cursored', (req, res) => {
    const cursor = req.query.get('cursor');
    const start = cursor ? ALL.findIndex((item) => item.id === cursor) + 1 : 0;
    const data = ALL.slice(start, start + Number(req.query.get('limit')));
    const more = start + data.length < ALL.length;
    json(200, { data, next_cursor: more ? data[data.length - 1]!.id : null })(req, res, 0);
  });
  server.on('GET /offset', (req, res) => {
    const offset = Number(req.query.get('offset') ?? 0);
    json(200, { results: ALL.slice(offset, offset + Number(req.query.get('limit'))), total: ALL.length })(req, res, 0);
  });
  server.on('GET /linked', (req, res) => {
    const start = Number(req.query.get('start') ?? 0);
    const size = Number(req.query.get('size'));
    const more = start + size < ALL.length;
    const next = more ? { next: `${server.url}/linked?start=${start + size}&size=${size}` } : {};
    json(200, { values: ALL.slice(start, start + size), ...next })(req, res, 0);
  });
  server.on('GET /link-header', (req, res) => {
    const start = Number(req.query.get('start') ?? 0);
    const more = start + 2 < ALL.length;
    // The next page among other links, as GitHub's API sends them.
    const links = [`<${server.url}/link-header?start=0>; rel="first"`];
    if (more) links.push(`<${server.url}/link-header?start=${start + 2}>; rel="next"`);
    json(200, ALL.slice(start, start + 2), { Link: links.join(', ') })(req, res, 0);
  });
  server.on('GET /header-cursor', (req, res) => {
    const after = req.query.get('after');
    const start = after ? ALL.findIndex((item) => item.id === after) + 1 : 0;
    const items = ALL.slice(start, start + 2);
    const more = start + items.length < ALL.length;
    json(200, items, more ? { 'X-Next-Cursor': items[items.length - 1]!.id } : {})(req, res, 0);
  });
}

describe('a React tree with @tanstack/react-query against 127.0.0.1', () => {
  // The generated module, and React's, loaded once the DOM is there (react-dom reads it when it loads).
  // Typed loosely here: the flagship's program above checks the module's types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let q: any;
  let client: unknown;
  let react: typeof import('react');
  let reactDom: typeof import('react-dom/client');
  let tanstack: typeof import('@tanstack/react-query');
  let window: import('happy-dom').Window;
  // The globals this file defines, removed after it.
  const defined: string[] = [];

  beforeAll(async () => {
    await server.start();
    routes();
    const dir = shelf();
    const { Window } = await import('happy-dom');
    window = new Window({ url: server.url });
    const dom = { window, document: window.document, navigator: window.navigator, IS_REACT_ACT_ENVIRONMENT: true };
    // (Node 21 and later have a navigator of their own: it stays.)
    for (const [name, value] of Object.entries(dom))
      if (!(name in globalThis)) {
        Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
        defined.push(name);
      }
    react = await import('react');
    reactDom = await import('react-dom/client');
    tanstack = await import('@tanstack/react-query');
    q = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/tanstack.ts')).href);
    const { Shelf } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    client = new Shelf({ baseURL: server.url, maxRetries: 0 });
  });

  afterAll(async () => {
    await window?.happyDOM.close();
    for (const name of defined) delete (globalThis as Record<string, unknown>)[name];
    await server.stop();
  });

  /** Renders `element` under a QueryClientProvider; `unmount` takes it down. */
  function render(element: React.ReactElement, queryClient = new tanstack.QueryClient()) {
    const container = window.document.createElement('div');
    window.document.body.appendChild(container);
    const root = reactDom.createRoot(container as unknown as Element);
    react.act(() => root.render(react.createElement(tanstack.QueryClientProvider, { client: queryClient }, element)));
    return {
      text: () => container.textContent ?? '',
      unmount: () => react.act(() => root.unmount()),
      queryClient,
    };
  }

  /** Lets React and the requests run until `check` holds (or a generous time has passed: then the test fails). */
  async function until(check: () => boolean, shown: () => string = () => ''): Promise<void> {
    for (let i = 0; i < 2000 && !check(); i++) await react.act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(check(), shown()).toBe(true);
  }

  it('a query, and a mutation that invalidates it: the tree shows the new value', async () => {
    let increment = () => {};
    function Counter() {
      const value = tanstack.useQuery(q.counterGetOptions!(client));
      const queryClient = tanstack.useQueryClient();
      const mutation = tanstack.useMutation({
        ...q.counterIncrementMutation!(client),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: q.counterKeys }),
      });
      increment = () => mutation.mutate();
      return react.createElement(
        'p',
        null,
        value.isSuccess ? `value ${(value.data as { value: number }).value}` : 'loading',
      );
    }
    const start = server.requests.length;
    const tree = render(react.createElement(Counter));
    await until(() => tree.text() === 'value 0', tree.text);
    react.act(() => increment());
    await until(
      () => tree.text() === 'value 1',
      () => tree.text() + JSON.stringify(server.requests.slice(start).map((r) => r.method + r.url)),
    );
    expect(server.requests.slice(start).map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /counter',
      'POST /counter',
      'GET /counter',
    ]);
    tree.unmount();
  });

  const shapes: Array<[string, string, object, string[]]> = [
    [
      'page number',
      'itemsNumberedInfiniteOptions',
      { pageSize: 2 },
      ['/numbered?pageSize=2', '/numbered?page=2&pageSize=2', '/numbered?page=3&pageSize=2'],
    ],
    [
      'cursor',
      'itemsCursoredInfiniteOptions',
      { limit: 2 },
      ['/cursored?limit=2', '/cursored?cursor=i2&limit=2', '/cursored?cursor=i4&limit=2'],
    ],
    [
      'offset',
      'itemsOffsetInfiniteOptions',
      { limit: 2 },
      ['/offset?limit=2', '/offset?offset=2&limit=2', '/offset?offset=4&limit=2'],
    ],
    [
      'next-page URL',
      'itemsLinkedInfiniteOptions',
      { size: 2 },
      ['/linked?size=2', '/linked?start=2&size=2', '/linked?start=4&size=2'],
    ],
    [
      'cursor in a header',
      'itemsByHeaderCursorInfiniteOptions',
      {},
      ['/header-cursor', '/header-cursor?after=i2', '/header-cursor?after=i4'],
    ],
    [
      'next-page URL in a Link header',
      'itemsByLinkHeaderInfiniteOptions',
      {},
      ['/link-header', '/link-header?start=2', '/link-header?start=4'],
    ],
  ];
  for (const [shape, factory, params, urls] of shapes) {
    it(`an infinite query paging to the end by ${shape}, with plain data`, async () => {
      const options = q[factory]!(client, params);
      // The component's latest result: the test asks for the next page as a "More" button would.
      let list: ReturnType<typeof tanstack.useInfiniteQuery<{ items: Array<{ id: string }> }>> | undefined;
      function List() {
        list = tanstack.useInfiniteQuery(options);
        const ids = (list.data?.pages ?? []).flatMap((page) => page.items.map((item) => item.id));
        return react.createElement('p', null, `${ids.join(' ')}${list.isSuccess && !list.hasNextPage ? ' (end)' : ''}`);
      }
      const start = server.requests.length;
      const tree = render(react.createElement(List));
      await until(() => list?.isSuccess === true, tree.text);
      for (let pages = 1; list!.hasNextPage && pages < 10; pages++)
        await react.act(async () => {
          await list!.fetchNextPage();
        });
      await until(
        () => tree.text().endsWith('(end)'),
        () => `${tree.text()} ${JSON.stringify(server.requests.slice(start).map((r) => r.url))}`,
      );
      expect(tree.text()).toBe('i1 i2 i3 i4 i5 (end)');
      // (The order of the query's parameters is the request's business.)
      const sent = (url: string) => {
        const parsed = new URL(url, server.url);
        return { path: parsed.pathname, query: Object.fromEntries(parsed.searchParams) };
      };
      expect(server.requests.slice(start).map((r) => sent(r.url))).toEqual(urls.map(sent));
      // The pages and their params are plain data: what a server dehydrates, a browser hydrates as it was.
      const data = tree.queryClient.getQueryData(options.queryKey);
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
      tree.unmount();

      // Prefetched on a server, sent as JSON, hydrated in a browser: the next page is the one after the first.
      const serverSide = new tanstack.QueryClient();
      await serverSide.prefetchInfiniteQuery(options);
      const browser = new tanstack.QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
      tanstack.hydrate(browser, JSON.parse(JSON.stringify(tanstack.dehydrate(serverSide))));
      list = undefined;
      const before = server.requests.length;
      const hydrated = render(react.createElement(List), browser);
      await until(() => list?.isSuccess === true && list.hasNextPage, hydrated.text);
      expect(hydrated.text()).toBe('i1 i2');
      await react.act(async () => {
        await list!.fetchNextPage();
      });
      await until(
        () => hydrated.text() === 'i1 i2 i3 i4',
        () => `${hydrated.text()} ${JSON.stringify(server.requests.slice(before).map((r) => r.url))}`,
      );
      expect(server.requests.slice(before).map((r) => sent(r.url))).toEqual([sent(urls[1]!)]);
      hydrated.unmount();
    });
  }

  it('unmounting a component whose query is under way aborts its request', async () => {
    function Slow() {
      const slow = tanstack.useQuery(q.counterSlowOptions!(client));
      return react.createElement('p', null, slow.status);
    }
    const start = server.requests.length;
    const tree = render(react.createElement(Slow));
    await until(() => server.requests.slice(start).some((r) => r.path === '/slow'));
    expect(slowClosed).toBe(false);
    tree.unmount();
    await until(() => slowClosed);
  });
});
