/**
 * The endpoint tests sdkgen writes for an SDK from a Stainless config (`tests/api-resources/**`) are worded as
 * Stainless's, so that the owners' edits to Stainless's tests land on them when a repository moves: for each project
 * of ../shared/stainless-compat, every file Stainless wrote is there, with the same tests in the same order
 * (`test('retrieve: request options and params are passed correctly'`…), and few lines differ (a diff of each file,
 * the banner, the harness import and the older SDKs' `node-fetch` import aside). They also type-check with the SDK
 * under tsc --strict and pass against Prism mocking the spec. `node scripts/stainless-distance.mjs --area tests`
 * measures the same on other projects. `npm test` compares one project's files (OneBusAway, the guide's example),
 * and leaves their type-check and their run against Prism to SDKGEN_SLOW_TESTS=full (CI's), which takes every project:
 * in `npm test`, stainless-compat.test.ts type-checks Stainless's own files for OneBusAway (the lines these differ
 * from) against the same SDK. The tree-shakable SDK's tests below are generated in `npm test`, and type-checked and
 * run against Prism with SDKGEN_SLOW_TESTS=full.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { diff, lines } from '../generator/write/merge';
import { runGeneratedTests, typeCheckStrict } from './helpers/generated-tests';
import { startPrismInProcess } from './helpers/prism-in-process';
import { ROOT } from './helpers/paths';
import { tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL, sweep } from './helpers/slow-tests';
import { compatProjects, expectedTestFiles } from './helpers/stainless-compat';

/**
 * The share of Stainless's lines that may differ, by project, and why they do: values Stainless took from examples
 * sdkgen does not see that way, and, in the two older SDKs, objects Stainless's formatter of the time left on one line.
 */
const BUDGET: Record<string, number> = {
  grid: 0.04, // a few values (nested objects of the body's example; a file's bytes)
  'llama-stack': 0.05, // objects of 3–5 entries on one line (an older Stainless); files' bytes
  onebusaway: 0.01, // two values
};

/** Lines either side gives that are not wording: the banner, the harness import, node-fetch's `Response`. */
const ASIDE = /^(\/\/ File generated |import .* from '(\.\.\/)+harness\.js';|import \{ Response \} from 'node-fetch';)/;

function changedLines(theirs: string, ours: string): number {
  const [a, b] = [lines(theirs), lines(ours)];
  const hunks = diff(a, b) ?? [{ baseStart: 0, baseEnd: a.length, start: 0, end: b.length }];
  return hunks.reduce(
    (sum, h) =>
      sum +
      a.slice(h.baseStart, h.baseEnd).filter((l) => !ASIDE.test(l)).length +
      b.slice(h.start, h.end).filter((l) => !ASIDE.test(l)).length,
    0,
  );
}

const titles = (text: string) => [...text.matchAll(/^\s*(test(?:\.skip)?)\('([^']*)'/gm)].map((m) => `${m[1]} ${m[2]}`);

const projects = sweep('stainless-resource-tests', compatProjects(), (p) => p.name, ['onebusaway']);

const root = tempDir('stainless-resource-tests');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(projects.length === 0).each(projects)('the endpoint tests of $name', (project) => {
  const out = path.join(root, project.name);
  let generated: Promise<Map<string, string>> | null = null;
  /** The project's SDK, generated and written to `out` on first use; its files' texts by path. */
  const sdk = () =>
    (generated ??= (async () => {
      const result = await generate({ spec: project.spec, config: project.config });
      writeFiles(out, result.files);
      return new Map(result.files.map((f) => [f.path, f.contents]));
    })());

  it("are Stainless's, file by file", async () => {
    const ours = await sdk();

    let stainless = 0;
    let changed = 0;
    for (const file of expectedTestFiles(project).filter((f) => f.startsWith('api-resources/'))) {
      const theirs = readFileSync(path.join(project.dir, 'expected', 'tests', file), 'utf8');
      const mine = ours.get(`tests/${file}`);
      expect(mine, file).toBeDefined();
      expect(titles(mine!), file).toEqual(titles(theirs));
      stainless += lines(theirs).length;
      changed += changedLines(theirs, mine!);
    }
    console.log(`stainless-resource-tests ${project.name}: ${changed} of ${stainless} lines differ`);
    // The guide's example is OneBusAway's file as sdkgen writes it.
    if (project.name === 'onebusaway') {
      const guide = readFileSync(path.join(ROOT, 'docs/guides/stainless-endpoint-tests.md'), 'utf8');
      const example = /```ts\n([\s\S]*?)```/.exec(guide)![1];
      expect(ours.get('tests/api-resources/current-time.test.ts')).toContain(example);
    }
    expect(changed / stainless).toBeLessThanOrEqual(BUDGET[project.name] ?? 0.1);
  });

  it.runIf(SLOW_FULL)('type-check under tsc --strict and pass against Prism', async () => {
    const ours = await sdk();
    const { output } = typeCheckStrict(out, ['src/**/*.ts', 'tests/**/*.ts']);
    expect(output).toBe('');

    const declared = [...ours].filter(([file]) => file.startsWith('tests/api-resources/'));
    const running = declared.flatMap(([, text]) => titles(text)).filter((t) => t.startsWith('test ')).length;
    if (running === 0) return;
    const server = await startPrismInProcess(project.spec);
    try {
      const run = await runGeneratedTests(out, server.url);
      expect(run.failed, run.text).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});

/**
 * A tree-shakable SDK (`enable_treeshaking: true`): each file's tests are `runTests(client)`, run on the whole
 * client, on `createClient` with the resource's `Base…` class and, for a nested resource, with its parent's class
 * (a resource with only subresources too); the resource classes are imported by the package's name, the shallower
 * module first.
 */
describe('the endpoint tests of a tree-shakable SDK', () => {
  const out = path.join(root, 'tree-shakable');
  const spec = {
    openapi: '3.0.3',
    info: { title: 'Shop', version: '1' },
    servers: [{ url: 'https://api.shop.test' }],
    paths: {
      '/stores/{id}': { get: { operationId: 'getStore', parameters: [idParam], responses: okObject } },
      '/stores/{id}/orders': {
        post: {
          operationId: 'createOrder',
          parameters: [idParam],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' } } },
              },
            },
          },
          responses: okObject,
        },
      },
      '/stores/{id}/orders/lines': { get: { operationId: 'listLines', parameters: [idParam], responses: okObject } },
      '/admin/keys': { get: { operationId: 'listKeys', responses: okObject } },
    },
  };
  const config = `organization: { name: shop }
targets:
  typescript:
    package_name: '@shop/sdk'
    options:
      enable_treeshaking: true
resources:
  stores:
    methods:
      retrieve: get /stores/{id}
    subresources:
      orders:
        methods:
          create: post /stores/{id}/orders
        subresources:
          lines:
            methods:
              list: get /stores/{id}/orders/lines
  admin:
    subresources:
      keys:
        methods:
          list: get /admin/keys
`;

  let generated: ReturnType<typeof generate> | null = null;
  /** The SDK, generated and written to `out` on first use. */
  const sdk = () =>
    (generated ??= (async () => {
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, 'openapi.json'), JSON.stringify(spec));
      writeFileSync(path.join(out, 'stainless.yml'), config);
      const result = await generate({ spec: path.join(out, 'openapi.json'), config: path.join(out, 'stainless.yml') });
      writeFiles(out, result.files);
      return result;
    })());

  it('run each on the whole client and on the partial clients', async () => {
    const result = await sdk();
    const file = (name: string) => result.files.find((f) => f.path === `tests/api-resources/${name}`)!.contents;

    const lines = file('stores/orders/lines.test.ts');
    // The guide's second example is this file as sdkgen writes it.
    const guide = readFileSync(path.join(ROOT, 'docs/guides/stainless-endpoint-tests.md'), 'utf8');
    expect(lines).toContain([...guide.matchAll(/```ts\n([\s\S]*?)```/g)][1]![1]);
    expect(lines).toContain(
      [
        "import { BaseLines } from '@shop/sdk/resources/stores/orders/lines';",
        "import { Orders } from '@shop/sdk/resources/stores/orders/orders';",
        '',
        "import Shop from '@shop/sdk';",
        "import { createClient, type PartialShop } from '@shop/sdk/tree-shakable';",
      ].join('\n'),
    );
    expect(lines).toContain('  resources: [BaseLines],\n});');
    expect(lines).toContain('  resources: [Orders],\n});');
    expect(lines).toContain(
      'const runTests = (client: PartialShop<{ stores: { orders: { lines: BaseLines } } }>) => {',
    );
    expect(lines).toMatch(
      /\n\};\ndescribe\('resource lines', \(\) => runTests\(client\)\);\n.*\(tree shakable, base\)', \(\) => runTests\(partialClient\)\);\n.*\(tree shakable, subresource\)', \(\) => runTests\(parentPartialClient\)\);\n$/,
    );
    // The parent's module is the shallower one: it comes first.
    expect(file('stores/orders/orders.test.ts')).toMatch(
      /import \{ Stores \} from '@shop\/sdk\/resources\/stores\/stores';\nimport \{ BaseOrders \} from/,
    );
    expect(file('admin/keys.test.ts')).toContain('resources: [Admin],');
    // A resource of the client has no parent: two runs.
    const stores = file('stores/stores.test.ts');
    expect(stores).not.toContain('parentPartialClient');
    expect(stores).toMatch(/\(tree shakable, base\)', \(\) => runTests\(partialClient\)\);\n$/);
  });

  // The flagship's generated tests are `npm test`'s tsc and Prism run (smithery.test.ts; the tests themselves).
  it.runIf(SLOW_FULL)('type-check and pass against Prism, each test once per client', async () => {
    await sdk();
    const { output } = typeCheckStrict(out, ['src/**/*.ts', 'tests/**/*.ts']);
    expect(output).toBe('');
    const server = await startPrismInProcess(path.join(out, 'openapi.json'));
    try {
      const run = await runGeneratedTests(out, server.url);
      expect(run.failed, run.text).toEqual([]);
      // Each test ran once per client: the whole, the base and, for a nested resource, the parent's.
      const ran = run.passed.filter((name) => name.startsWith('resource '));
      expect(ran.filter((name) => name.startsWith('resource lines')).sort(), run.text).toEqual([
        'resource lines (tree shakable, base) > list',
        'resource lines (tree shakable, subresource) > list',
        'resource lines > list',
      ]);
      expect(ran.length, run.text).toBe(1 * 2 + 2 * 3 + 1 * 3 + 1 * 3);
    } finally {
      await server.stop();
    }
  });
});

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const okObject = {
  '200': {
    description: 'ok',
    content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
  },
};

/**
 * From the top-level edition 2026-05-06, Stainless's SDKs keep a resource's methods in the config's order (the class,
 * api.md, the tests); their types keep Stainless's order (create, retrieve, update, list, delete, then by name), as
 * before that edition, where the methods have it too.
 */
describe('the order of the methods, by edition', () => {
  const spec = {
    openapi: '3.0.3',
    info: { title: 'Maps', version: '1' },
    paths: {
      '/maps': {
        get: { operationId: 'listMaps', responses: okObject },
        post: { operationId: 'make', responses: okObject },
      },
      '/maps/{id}': { get: { operationId: 'getMap', parameters: [idParam], responses: okObject } },
      '/maps/{id}/areas': { get: { operationId: 'areas', parameters: [idParam], responses: okObject } },
    },
  };
  const config = (edition: string) => `edition: ${edition}
organization: { name: maps }
targets:
  typescript:
    package_name: maps
resources:
  maps:
    methods:
      list: get /maps
      areas: get /maps/{id}/areas
      create: post /maps
      retrieve: get /maps/{id}
`;
  const generated = async (edition: string) => {
    const dir = path.join(root, `order-${edition}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(spec));
    writeFileSync(path.join(dir, 'stainless.yml'), config(edition));
    const result = await generate({ spec: path.join(dir, 'openapi.json'), config: path.join(dir, 'stainless.yml') });
    const file = (name: string) => result.files.find((f) => f.path === name)!.contents;
    return {
      tests: titles(file('tests/api-resources/maps.test.ts')),
      methods: [...file('src/resources/maps.ts').matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]),
      types: [...file('src/resources/maps.ts').matchAll(/^export interface (Map\w+Response) /gm)].map((m) => m[1]),
    };
  };

  it("are the config's from edition 2026-05-06, Stainless's before; the types keep Stainless's", async () => {
    const stainlessTypes = ['MapCreateResponse', 'MapRetrieveResponse', 'MapListResponse', 'MapAreasResponse'];
    const newer = await generated('2026-05-06');
    expect(newer.methods).toEqual(['list', 'areas', 'create', 'retrieve']);
    expect(newer.tests).toEqual(['test list', 'test areas', 'test create', 'test retrieve']);
    expect(newer.types).toEqual(stainlessTypes);
    const older = await generated('2026-02-23');
    expect(older.methods).toEqual(['create', 'retrieve', 'list', 'areas']);
    expect(older.types).toEqual(stainlessTypes);
  });
});

describe("the endpoint tests' client", () => {
  it('gets the credentials that may be null of the first security requirement only (the others are alternatives); values as Stainless writes them', async () => {
    const dir = path.join(root, 'alternatives');
    mkdirSync(dir, { recursive: true });
    const spec = {
      openapi: '3.0.3',
      info: { title: 'Keys', version: '1' },
      components: {
        securitySchemes: {
          ApiKeyAuth: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
          BearerAuth: { type: 'http', scheme: 'bearer' },
        },
      },
      paths: {
        '/keys': {
          get: { operationId: 'listKeys', responses: okObject },
          post: {
            operationId: 'createKey',
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['label', 'owner', 'secret'],
                    properties: {
                      label: { type: 'string', minLength: 1, maxLength: 100 },
                      secret: { type: 'string', minLength: 8 },
                      owner: { type: 'string', format: 'email' },
                      note: { type: 'string', maxLength: 500 },
                      tags: { type: 'array', items: { type: 'string', minLength: 2 } },
                    },
                  },
                },
              },
            },
            responses: okObject,
          },
        },
      },
    };
    writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(spec));
    writeFileSync(
      path.join(dir, 'stainless.yml'),
      `organization: { name: keys }
targets:
  typescript:
    package_name: keys
client_settings:
  opts:
    api_key: { type: string, nullable: true, auth: { security_scheme: ApiKeyAuth } }
    bearer_token: { type: string, nullable: true, auth: { security_scheme: BearerAuth } }
security:
  - ApiKeyAuth: []
  - BearerAuth: []
resources:
  keys:
    methods:
      list: get /keys
      create: post /keys
`,
    );
    const result = await generate({ spec: path.join(dir, 'openapi.json'), config: path.join(dir, 'stainless.yml') });
    const test = result.files.find((f) => f.path === 'tests/api-resources/keys.test.ts')!.contents;
    expect(test).toContain("apiKey: 'My API Key'");
    expect(test).not.toContain('bearerToken');
    // Values without an example: a least length is that many x's, else the name; an email is Stainless's.
    expect(test).toContain("label: 'x',");
    expect(test).toContain("secret: 'xxxxxxxx',");
    expect(test).toContain("owner: 'dev@stainless.com',");
    expect(test).toContain("note: 'note',");
    expect(test).toContain("tags: ['xx'],");
  });
});
