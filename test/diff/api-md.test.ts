/**
 * `sdkgen diff --against`: the api.md parser on real Stainless api.md files, the comparer on small
 * surfaces, the .d.ts reader on a published Stainless package and a hand-made tarball, and the CLI.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareApiSurfaces, parseApiMd, type ApiMethod, type ApiSurface } from '../../generator/diff/api-md';
import { loadTypeScript, readDtsSurface, readPackageSurface } from '../../generator/diff/dts-surface';
import { ROOT, sharedPath } from '../helpers/paths';
import { buildSdkgen } from '../helpers/build';
import { tempDir } from '../helpers/sdk';
import { runSdkgen } from '../helpers/sdkgen-cli';

const COMPAT = sharedPath('stainless-compat');
const available = existsSync(path.join(COMPAT, 'onebusaway/expected/api.md'));
if (!available)
  console.warn(
    `api-md.test.ts: ${COMPAT} not found — the tests on real Stainless api.md files and the CLI test are skipped`,
  );

const expectedApiMd = (project: string) => readFileSync(path.join(COMPAT, project, 'expected/api.md'), 'utf8');

describe.skipIf(!available)('parseApiMd on real Stainless api.md files', () => {
  it.each([
    // [project, methods, types, distinct endpoints]
    ['onebusaway', 30, 30, 30],
    ['llama-stack', 111, 94, 108], // three endpoints have two methods each (aliases)
    ['grid', 44, 65, 44],
  ])('%s: %i methods, %i types', (project, methods, types, endpoints) => {
    const surface = parseApiMd(expectedApiMd(project));
    expect(surface.methods).toHaveLength(methods);
    expect(surface.types).toHaveLength(types);
    expect(new Set(surface.methods.map((m) => m.endpoint)).size).toBe(endpoints);
    for (const m of surface.methods) {
      expect(m.endpoint).toMatch(/^(get|post|put|patch|delete) \//);
      expect(m.chain).toMatch(/^client(\.\w+)+$/);
    }
  });

  it('reads endpoint, chain, arguments, return type and section', () => {
    const llama = parseApiMd(expectedApiMd('llama-stack'));
    expect(llama.methods.find((m) => m.chain === 'client.conversations.items.delete')).toEqual({
      endpoint: 'delete /v1/conversations/{conversation_id}/items/{item_id}',
      chain: 'client.conversations.items.delete',
      args: ['conversationId', 'itemId'],
      returns: 'ItemDeleteResponse',
      section: 'Items',
      module: './src/resources/conversations/items.ts',
    });
    expect(llama.methods.find((m) => m.chain === 'client.responses.list')).toMatchObject({
      args: ['{ ...params }'],
      returns: 'ResponseListResponsesOpenAICursorPage',
    });
    expect(llama.types).toContainEqual({ name: 'ToolGroup', module: './src/resources/toolgroups.ts' });
    const oba = parseApiMd(expectedApiMd('onebusaway'));
    expect(oba.methods.find((m) => m.chain === 'client.vehiclesForAgency.list')).toEqual({
      endpoint: 'get /api/where/vehicles-for-agency/{agencyID}.json',
      chain: 'client.vehiclesForAgency.list',
      args: ['agencyId', '{ ...params }'],
      returns: 'VehiclesForAgencyListResponse',
      section: 'VehiclesForAgency',
      module: './src/resources/vehicles-for-agency.ts',
    });
    expect(oba.types[0]).toEqual({ name: 'References', module: './src/resources/shared.ts' });
  });
});

describe('parseApiMd', () => {
  it('decodes entities (sdkgen writes page returns as ServersPage&lt;X&gt;)', () => {
    const surface = parseApiMd(
      '# Servers\n\nMethods:\n\n- <code title="get /servers">client.servers.<a href="./src/resources/servers.ts">list</a>' +
        '({ ...params }) -> ServersPage&lt;ServerSummary&gt;</code>\n',
    );
    expect(surface.methods[0]).toMatchObject({
      endpoint: 'get /servers',
      returns: 'ServersPage<ServerSummary>',
      section: 'Servers',
    });
  });

  it('follows links to nested api.md files (standalone_api), rebasing their links onto the root', () => {
    const root =
      '# Shared\n\nTypes:\n\n- <code><a href="./src/resources/shared.ts">Err</a></code>\n\n# [Chat](src/resources/chat/api.md)\n';
    const nested: Record<string, string> = {
      'src/resources/chat/api.md': [
        '# Chat',
        '',
        'Types:',
        '',
        '- <code><a href="./completions.ts">ChatCompletion</a></code>',
        // As Stainless writes them (cloudflare-typescript): from the root.
        '- <code><a href="./src/resources/chat/chat.ts">ChatModel</a></code>',
        '',
        'Methods:',
        '',
        '- <code title="post /chat/completions">client.chat.completions.<a href="./completions.ts">create</a>({ ...params }) -> ChatCompletion</code>',
        '',
        'See also [messages](./messages/api.md) and [the root](../../../api.md).',
      ].join('\n'),
      'src/resources/chat/messages/api.md':
        '## Messages\n\n- <code title="get /chat/{id}/messages">client.chat.messages.<a href="./messages.ts">list</a>(id) -> MessagesPage</code>\n',
    };
    const read: string[] = [];
    const surface = parseApiMd(root, (file) => {
      read.push(file);
      return nested[file] ?? null;
    });
    expect(read).toEqual(['src/resources/chat/api.md', 'src/resources/chat/messages/api.md']);
    expect(surface.types).toEqual([
      { name: 'Err', module: './src/resources/shared.ts' },
      { name: 'ChatCompletion', module: './src/resources/chat/completions.ts' },
      { name: 'ChatModel', module: './src/resources/chat/chat.ts' },
    ]);
    expect(surface.methods.map((m) => [m.chain, m.args, m.section])).toEqual([
      ['client.chat.completions.create', ['{ ...params }'], 'Chat'],
      ['client.chat.messages.list', ['id'], 'Messages'],
    ]);
  });
});

const method = (
  chain: string,
  endpoint: string,
  args: string[],
  returns: string,
  extra: Partial<ApiMethod> = {},
): ApiMethod => ({
  endpoint,
  chain,
  args,
  returns,
  section: '',
  ...extra,
});
const surface = (methods: ApiMethod[], types: Array<[string, string]> = []): ApiSurface => ({
  methods,
  types: types.map(([name, module]) => ({ name, module })),
});

describe('compareApiSurfaces', () => {
  const GET = 'get /v1/toolgroups/{toolgroup_id}';
  it.each<[string, ApiSurface, ApiSurface, Array<[string, boolean, string]>]>([
    [
      'identical',
      surface([method('client.toolgroups.get', GET, ['toolgroupId'], 'ToolGroup')]),
      surface([method('client.toolgroups.get', GET, ['toolgroupId'], 'ToolGroup')]),
      [],
    ],
    [
      'renamed method (same resource)',
      surface([method('client.toolgroups.get', GET, ['toolgroupId'], 'ToolGroup')]),
      surface([method('client.toolgroups.retrieve', GET, ['toolgroupId'], 'ToolGroup')]),
      [['method-renamed', true, '`client.toolgroups.get` is now `client.toolgroups.retrieve`']],
    ],
    [
      'moved method, path variable renamed, positional renamed',
      surface([method('client.toolgroups.get', GET, ['toolgroupId'], 'ToolGroup')]),
      surface([method('client.v1.toolgroups.get', 'get /v1/toolgroups/{id}', ['id'], 'ToolGroup')]),
      [
        ['method-moved', true, '`client.toolgroups.get` is now `client.v1.toolgroups.get`'],
        ['positional-renamed', false, 'positional arguments renamed: `(toolgroupId)` → `(id)`'],
      ],
    ],
    [
      'params object dropped',
      surface([method('client.files.list', 'get /files', ['{ ...params }'], 'FilesPage')]),
      surface([method('client.files.list', 'get /files', [], 'FilesPage')]),
      [['params-removed', true, 'no longer takes a params object: `({ ...params })` → `()`']],
    ],
    [
      'positional added (a parent path id), params object added',
      surface([method('client.items.delete', 'delete /c/{c}/items/{i}', ['itemId'], 'void')]),
      surface([
        method(
          'client.items.delete',
          'delete /c/{c}/items/{i}',
          ['conversationId', 'itemId', '{ ...params }'],
          'void',
          { paramsRequired: false },
        ),
      ]),
      [
        [
          'positional-added',
          true,
          'takes 2 positional arguments instead of 1: `(itemId)` → `(conversationId, itemId, { ...params })`',
        ],
        [
          'optional-params-added',
          false,
          'now takes an optional params object: `(itemId)` → `(conversationId, itemId, { ...params })`',
        ],
      ],
    ],
    [
      'params object made required (known from .d.ts)',
      surface([method('client.files.list', '', ['{ ...params }'], 'X', { paramsRequired: false })]),
      surface([method('client.files.list', 'get /files', ['{ ...params }'], 'X', { paramsRequired: true })]),
      [['params-made-required', true, 'the params object is now required']],
    ],
    [
      'return type changed',
      surface([method('client.models.get', 'get /models/{id}', ['id'], 'Model')]),
      surface([method('client.models.get', 'get /models/{id}', ['id'], 'ModelRetrieveResponse')]),
      [['return-type-changed', true, 'returns `ModelRetrieveResponse` instead of `Model`']],
    ],
    [
      'Stainless page alias vs the same page written generically',
      surface([method('client.files.list', 'get /files', ['{ ...params }'], 'FilesOpenAICursorPage')]),
      surface([method('client.files.list', 'get /files', ['{ ...params }'], 'OpenAICursorPage<File>')]),
      [
        [
          'page-type-renamed',
          true,
          'returns `OpenAICursorPage<File>` instead of `FilesOpenAICursorPage` (the same page of the same items)',
        ],
      ],
    ],
    [
      'method missing, endpoint added',
      surface([method('client.a.get', 'get /a', [], 'A')]),
      surface([method('client.b.get', 'get /b', [], 'B')]),
      [
        ['method-removed', true, '`client.a.get()` is not in the new SDK (no method for `get /a`)'],
        ['method-added', false, 'new method `client.b.get()`'],
      ],
    ],
    [
      'alias endpoints pair by chain',
      surface([
        method('client.files.content', 'get /files/{id}/content', ['id'], 'Response'),
        method('client.files.retrieveContent', 'get /files/{id}/content', ['id'], 'string'),
      ]),
      surface([
        method('client.files.retrieveContent', 'get /files/{id}/content', ['id'], 'string'),
        method('client.files.content', 'get /files/{id}/content', ['id'], 'Response'),
      ]),
      [],
    ],
    [
      'an alias ours does not have',
      surface([
        method('client.models.list', 'get /v1/models', [], 'ModelList'),
        method('client.models.openai.list', 'get /v1/models', [], 'ModelList'),
      ]),
      surface([method('client.models.list', 'get /v1/models', [], 'ModelList')]),
      [
        [
          'method-removed',
          true,
          '`client.models.openai.list()` is not in the new SDK (`get /v1/models` is served by `client.models.list` only)',
        ],
      ],
    ],
    [
      'types: missing, moved, added (params types only when the published list has them)',
      surface(
        [],
        [
          ['ToolGroup', './src/resources/toolgroups.ts'],
          ['Shared', './src/resources/shared.ts'],
          ['Gone', './src/resources/x.ts'],
        ],
      ),
      surface(
        [],
        [
          ['ToolGroup', './src/resources/toolgroups.ts'],
          ['Shared', './src/resources/common.ts'],
          ['New', './src/resources/x.ts'],
          ['XListParams', './src/resources/x.ts'],
        ],
      ),
      [
        ['type-moved', true, 'type `Shared` moved from ./src/resources/shared.ts to ./src/resources/common.ts'],
        ['type-removed', true, 'type `Gone` (./src/resources/x.ts) is not exported by the new SDK'],
        ['type-added', false, 'new exported type `New` (./src/resources/x.ts)'],
      ],
    ],
  ])('%s', (_, published, ours, want) => {
    expect(compareApiSurfaces(published, ours).map((c) => [c.kind, c.breaking, c.message])).toEqual(want);
  });

  it('matches a .d.ts surface (no endpoints) by chain', () => {
    const changes = compareApiSurfaces(
      surface([
        method('client.servers.get', '', ['qualifiedName'], 'Server'),
        method('client.servers.old', '', [], 'X'),
      ]),
      surface([method('client.servers.get', 'get /servers/{q}', ['qualifiedName'], 'Server')]),
    );
    expect(changes.map((c) => [c.kind, c.chain])).toEqual([['method-removed', 'client.servers.old']]);
  });
});

describe('the .d.ts surface of a published package', () => {
  it('reads node_modules/@smithery/api (Stainless) from its client class', async () => {
    const read = await readPackageSurface(path.join(ROOT, 'node_modules/@smithery/api'), ROOT);
    expect(read).toMatchObject({ name: '@smithery/api', clientName: 'Smithery' });
    const methods = new Map(read.surface.methods.map((m) => [m.chain, m]));
    // get(id: string, params: ReleaseGetParams, options?: RequestOptions): APIPromise<ReleaseGetResponse>
    expect(methods.get('client.servers.releases.get')).toEqual({
      endpoint: '',
      chain: 'client.servers.releases.get',
      args: ['id', '{ ...params }'],
      returns: 'ReleaseGetResponse',
      paramsRequired: true,
      section: 'Releases',
    });
    // list(qualifiedName: string, query?: ReleaseListParams | null, …): PagePromise<ReleaseListResponsesReleasesPage, ReleaseListResponse>
    expect(methods.get('client.servers.releases.list')).toMatchObject({
      args: ['qualifiedName', '{ ...params }'],
      paramsRequired: false,
      returns: 'ReleaseListResponsesReleasesPage',
      page: { page: 'ReleasesPage', item: 'ReleaseListResponse' },
    });
    expect(methods.get('client.servers.get')).toMatchObject({ args: ['qualifiedName'], returns: 'ServerGetResponse' });
    expect(methods.get('client.servers.releases.stream')?.returns).toBe('Stream<ReleaseStreamResponse>');
    // The client's own request helpers (get, post, …) are not resources' methods.
    expect([...methods.keys()].every((chain) => chain.split('.').length >= 3)).toBe(true);
    expect(read.surface.types).toContainEqual({
      name: 'ReleaseGetResponse',
      module: './src/resources/servers/releases.ts',
    });
  });

  it('reads an npm tarball', async () => {
    const files: Record<string, string> = {
      'package/package.json': JSON.stringify({ name: 'tiny-sdk', version: '1.2.3', types: './index.d.ts' }),
      'package/index.d.ts': "export { Tiny as default } from './client.js';\n",
      'package/client.d.ts':
        "import { Pets } from './resources/pets.js';\nexport declare class Tiny {\n  pets: Pets;\n  get<R>(path: string): Promise<R>;\n}\n",
      'package/core/resource.d.ts': 'export declare class APIResource {}\n',
      'package/resources/pets.d.ts': [
        "import { APIResource } from '../core/resource.js';",
        'export declare class Pets extends APIResource {',
        '  retrieve(petId: string, options?: RequestOptions): Core.APIPromise<Shared.Pet>;',
        '  list(query?: PetListParams, options?: RequestOptions): PagePromise<PetsPage, Pet>;',
        '}',
        'export interface Pet { id: string }',
        'export interface PetListParams { limit?: number }',
        'export type PetsPage = CursorPage<Pet>;',
        '',
      ].join('\n'),
      // A long path, stored through a pax header; and a file that must not be written.
      [`package/${'deep/'.repeat(30)}x.d.ts`]: 'export {};\n',
      'package/../escape.d.ts': 'export {};\n',
    };
    const dir = tempDir('against-tgz');
    const tgz = path.join(dir, 'tiny-sdk-1.2.3.tgz');
    writeFileSync(tgz, gzipSync(tarball(files)));
    const read = await readPackageSurface(tgz, ROOT);
    expect(read).toMatchObject({ name: 'tiny-sdk', version: '1.2.3', clientName: 'Tiny' });
    expect(read.surface.methods.map((m) => [m.chain, m.args, m.returns, m.paramsRequired])).toEqual([
      ['client.pets.retrieve', ['petId'], 'Pet', undefined],
      ['client.pets.list', ['{ ...params }'], 'PetsPage', false],
    ]);
    expect(read.surface.methods[1].page).toEqual({ page: 'CursorPage', item: 'Pet' });
    expect(read.surface.types.map((t) => t.name)).toEqual(['Pet', 'PetListParams', 'PetsPage']);
    expect(existsSync(path.join(os.tmpdir(), 'escape.d.ts'))).toBe(false);
  });

  it('rejects a folder without package.json', async () => {
    const ts = await loadTypeScript(ROOT);
    expect(() => readDtsSurface(ts, tempDir('against-empty'))).toThrow(/no package\.json/);
  });
});

/** A minimal ustar writer (pax header for names over 100 bytes), for the tarball test. */
function tarball(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  const header = (name: string, size: number, type: string) => {
    const h = Buffer.alloc(512);
    h.write(name.slice(0, 100), 0);
    h.write('0000644\0', 100);
    h.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
    h.write('00000000000\0', 136);
    h.write(type, 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    h.fill(' ', 148, 156);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    return h;
  };
  const data = (body: Buffer) => [body, Buffer.alloc((512 - (body.length % 512)) % 512)];
  for (const [name, text] of Object.entries(files)) {
    const body = Buffer.from(text);
    if (name.length > 100) {
      const record = `path=${name}\n`;
      // The length prefix counts itself.
      let length = record.length + 2;
      while (String(length).length + record.length + 1 !== length) length++;
      const pax = Buffer.from(`${length} ${record}`);
      blocks.push(header('PaxHeader', pax.length, 'x'), ...data(pax));
    }
    blocks.push(header(name, body.length, '0'), ...data(body));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

describe.skipIf(!available)('sdkgen diff --against (CLI)', () => {
  const sdkgen = (...args: string[]) => runSdkgen(args);
  const ONEBUSAWAY = [
    '--against',
    path.join(COMPAT, 'onebusaway/expected/api.md'),
    path.join(COMPAT, 'onebusaway/openapi.yml'),
  ];

  beforeAll(() => {
    buildSdkgen();
  });

  it('lists where our onebusaway SDK differs from the Stainless one, and fails on breaking changes', () => {
    const run = sdkgen('diff', ...ONEBUSAWAY, '--fail-on', 'breaking');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const header = String.raw`^sdkgen diff: .*onebusaway/expected/api\.md → .*onebusaway/openapi\.yml\n`;
    const summary = String.raw`\d+ breaking, \d+ non-breaking, \d+ notes? — suggested version bump: major\n`;
    expect(run.stdout).toMatch(new RegExp(header + summary));
    // From the spec alone, /api/where is in the base URL (every path shares it), so `GET /api/where/agency/{agencyID}.json`
    // is `client.agency.retrieve` as in Stainless's SDK: only its argument's name differs.
    expect(run.stdout).toMatch(
      /^ {2}note {10}agency\.retrieve › args: positional arguments renamed: `\(agencyId\)` → `\(agencyID\)`$/m,
    );
    expect(run.stdout).not.toMatch(/BREAKING {6}agency\.retrieve:/);
    // A known difference (Stainless's config names it): a GET on an item path is `retrieve` here, `list` there.
    expect(run.stdout).toMatch(
      /^ {2}BREAKING {6}vehiclesForAgency\.list: `client\.vehiclesForAgency\.list` is now `client\.vehiclesForAgency\.retrieve`$/m,
    );
    expect(sdkgen('diff', ...ONEBUSAWAY).code).toBe(0);
  });

  it('prints JSON with the usual shape', () => {
    const json = JSON.parse(sdkgen('diff', ...ONEBUSAWAY, '--format', 'json').stdout);
    expect(json).toMatchObject({
      schemaVersion: 1,
      old: { title: 'onebusaway-sdk', specVersion: '1.18.0' },
      new: { clientName: 'OneBusAway' },
    });
    expect(json.summary.breaking).toBeGreaterThan(0);
    expect(json.changes.find((c: { location: string }) => c.location === 'vehiclesForAgency.list')).toMatchObject({
      kind: 'method-renamed',
      classification: 'breaking',
      group: 'vehiclesForAgency',
      method: 'list',
    });
  });

  it.each([
    [['diff', '--against', 'api.md'], /with --against, expected one <spec>, got 0 arguments/],
    [['diff', '--against', 'missing.md', 'spec.yml'], /--against: missing\.md not found/],
    [
      ['diff', '--against', 'README.md', 'spec.yml', '--old-config', 'x.yaml'],
      /with --against, pass the config of <spec> as --config/,
    ],
  ])('sdkgen %j exits 2', (args, pattern) => {
    const run = sdkgen(...args);
    expect(run.stderr).toMatch(pattern);
    expect(run.code).toBe(2);
  });
});
