/**
 * Resource tree (generator/ir/resource-tree.ts): where each operation lives (`client.servers.releases`) and
 * what its method is called. Operations come from the normalize stage (generator/normalize/operations.ts) run on
 * tiny in-memory specs, so the tests exercise the real path-item/parameter/code-sample reading too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG, parseConfig, type SdkConfig } from '../../generator/config';
import { normalize } from '../../generator/normalize/normalize';
import { codeSampleSources, parseCodeSamples, type CodeSample } from '../../generator/normalize/code-samples';
import { operationIdMethod } from '../../generator/naming/members';
import { placeOperations, sharedPathPrefix } from '../../generator/ir/resource-tree';
import { cleanupSpecs, loadObject, openapi } from './helpers/spec';

type Obj = Record<string, unknown>;

afterAll(cleanupSpecs);

const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
/** Path-level parameters for every `{name}` in the path. */
const params = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => pathParam(m[1]));
/** A path item whose operations all take the path's parameters. */
const item = (path: string, ops: Record<string, Obj>): [string, Obj] => [path, { parameters: params(path), ...ops }];
const sample = (source: string, extra: Obj = {}): Obj => ({
  'x-codeSamples': [{ lang: 'JavaScript', source }],
  ...extra,
});

/** "VERB /path → resource.path.method" lines, in spec order. */
async function place(paths: Array<[string, Obj]>, config: SdkConfig = EMPTY_CONFIG) {
  const { spec, diags } = await loadObject(openapi({ paths: Object.fromEntries(paths) }));
  const operations = normalize(spec, EMPTY_CONFIG, diags).operations;
  const placements = placeOperations(operations, config, diags);
  // Operations in these tables mostly have no operationId on purpose: that warning is tested on its own.
  diags.list.splice(0, diags.list.length, ...diags.list.filter((d) => d.code !== 'missing-operation-id'));
  const lines = placements.map(
    (p) => `${p.op.http.toUpperCase()} ${p.op.path} → ${[...p.resourcePath, p.method].join('.')}`,
  );
  return { lines, placements, diags };
}

const config = (raw: Obj) => parseConfig(raw, '/project/sdkgen.config.yaml');

describe('placeOperations: inference from the path', () => {
  interface Case {
    name: string;
    given: Array<[string, Obj]>;
    want: string[];
    config?: SdkConfig;
  }
  const cases: Case[] = [
    {
      name: 'CRUD on a collection and its items',
      given: [item('/servers', { get: {}, post: {} }), item('/servers/{id}', { get: {}, patch: {}, delete: {} })],
      want: [
        'GET /servers → servers.list',
        'POST /servers → servers.create',
        'GET /servers/{id} → servers.retrieve',
        'DELETE /servers/{id} → servers.delete',
        'PATCH /servers/{id} → servers.update',
      ],
    },
    {
      name: 'nested collections become nested resources',
      given: [
        item('/servers/{qualifiedName}/releases', { get: {} }),
        item('/servers/{qualifiedName}/releases/{id}', { get: {} }),
      ],
      want: [
        'GET /servers/{qualifiedName}/releases → servers.releases.list',
        'GET /servers/{qualifiedName}/releases/{id} → servers.releases.retrieve',
      ],
    },
    {
      name: 'a trailing singular segment after an item is an action',
      given: [
        item('/servers/{id}', { get: {} }),
        item('/servers/{id}/download', { get: {} }),
        item('/releases/{id}/resume', { post: {} }),
        item('/releases/{id}', { delete: {} }),
      ],
      want: [
        'GET /servers/{id} → servers.retrieve',
        'GET /servers/{id}/download → servers.download',
        'POST /releases/{id}/resume → releases.resume',
        'DELETE /releases/{id} → releases.delete',
      ],
    },
    {
      // (Nothing says GET …/logs lists, so it is an item GET on the sub-resource.)
      name: 'a trailing plural segment is a sub-collection, not an action',
      given: [item('/servers/{id}/logs', { get: {} }), item('/servers/{id}/status', { get: {} })],
      want: ['GET /servers/{id}/logs → servers.logs.retrieve', 'GET /servers/{id}/status → servers.status'],
    },
    {
      name: 'a segment with several methods or children is a resource',
      given: [
        item('/servers/{id}/domain', { get: {}, put: {} }),
        item('/servers/{id}/icon', { get: {} }),
        item('/servers/{id}/icon/{size}', { get: {} }),
      ],
      want: [
        'GET /servers/{id}/domain → servers.domain.retrieve',
        'PUT /servers/{id}/domain → servers.domain.update',
        'GET /servers/{id}/icon → servers.icon.list',
        'GET /servers/{id}/icon/{size} → servers.icon.retrieve',
      ],
    },
    {
      name: 'a scope parameter: /connect/{ns} is a collection when /connect/{ns}/{id} exists',
      given: [item('/connect/{ns}', { get: {}, post: {} }), item('/connect/{ns}/{id}', { get: {}, delete: {} })],
      want: [
        'GET /connect/{ns} → connect.list',
        'POST /connect/{ns} → connect.create',
        'GET /connect/{ns}/{id} → connect.retrieve',
        'DELETE /connect/{ns}/{id} → connect.delete',
      ],
    },
    {
      name: 'without the deeper path, /connect/{ns} is an item',
      given: [item('/connect/{ns}', { get: {}, delete: {} })],
      want: ['GET /connect/{ns} → connect.retrieve', 'DELETE /connect/{ns} → connect.delete'],
    },
    {
      name: 'shared version prefixes name no resource',
      given: [item('/api/v1/pets', { get: {} }), item('/api/v1/pets/{id}', { get: {} })],
      want: ['GET /api/v1/pets → pets.list', 'GET /api/v1/pets/{id} → pets.retrieve'],
    },
    {
      name: 'a lone operation still drops its version prefix',
      given: [item('/v2/health', { get: {} })],
      want: ['GET /v2/health → health.retrieve'],
    },
    {
      name: 'dashed and dotted segments are camelCased',
      given: [item('/api-keys', { get: {} }), item('/connect/{ns}/.tools', { get: {} })],
      want: ['GET /api-keys → apiKeys.retrieve', 'GET /connect/{ns}/.tools → connect.tools.retrieve'],
    },
    {
      name: 'a POST on an item reads as its summary verb',
      given: [
        item('/jobs/{id}', { post: { summary: 'Cancel a job' } }),
        item('/tasks/{id}', { post: { summary: 'Update a task' } }),
      ],
      want: ['POST /jobs/{id} → jobs.cancel', 'POST /tasks/{id} → tasks.create'],
    },
    {
      name: 'the root path goes to a default resource',
      given: [item('/', { get: {} })],
      want: ['GET / → default.retrieve'],
    },
    {
      name: 'reserved words are fine as members, runtime member names are not',
      given: [item('/class/{id}', { delete: {} }), item('/constructor', { get: {} })],
      want: ['DELETE /class/{id} → class.delete', 'GET /constructor → constructorResource.retrieve'],
    },
    {
      name: 'a top-level resource named like a client member is <name>Resource',
      given: [
        item('/options', { get: {} }),
        item('/timeout/{id}', { delete: {} }),
        item('/servers/{id}/config', { get: {}, put: {} }),
      ],
      want: [
        'GET /options → optionsResource.retrieve',
        'DELETE /timeout/{id} → timeoutResource.delete',
        'GET /servers/{id}/config → servers.config.retrieve',
        'PUT /servers/{id}/config → servers.config.update',
      ],
    },
    {
      name: 'a GET on a collection path lists only when something says so',
      given: [
        item('/me', { get: {} }),
        item('/a', { get: {}, post: {} }),
        item('/b', { get: {} }),
        item('/b/{id}', { delete: {} }),
        item('/c', { get: { summary: 'Search the catalogue' } }),
        item('/d', { get: { operationId: 'listEverything' } }),
        item('/e', {
          get: {
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
              },
            },
          },
        }),
        item('/f', {
          get: {
            responses: {
              '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
            },
          },
        }),
      ],
      want: [
        'GET /me → me.retrieve',
        'GET /a → a.list',
        'POST /a → a.create',
        'GET /b → b.list',
        'DELETE /b/{id} → b.delete',
        'GET /c → c.list',
        'GET /d → d.list',
        'GET /e → e.list',
        'GET /f → f.retrieve',
      ],
    },
  ];
  it.each(cases)('$name', async ({ given, want, config: c }) => {
    const { lines, diags } = await place(given, c);
    expect(lines.sort()).toEqual([...want].sort());
    expect(diags.list).toEqual([]);
  });

  it('the last path parameter is positional when the operation has path parameters', async () => {
    const { placements } = await place([item('/servers', { get: {} }), item('/servers/{ns}/items/{id}', { get: {} })]);
    expect(placements.map((p) => p.positional)).toEqual([0, 1]);
  });
});

describe('placeOperations: code samples', () => {
  it('a code sample fixes resource path, method and positional use', async () => {
    const { lines, placements } = await place([
      item('/v1/orgs/{orgId}/members', { get: sample("await client.organizations.members.list('org_1');") }),
      item('/v1/orgs/{orgId}/invites', { post: sample("await client.organizations.invite({ orgId: 'org_1' });") }),
      item('/v1/orgs/{orgId}/members/{memberId}', {
        get: sample("await client.organizations.members.retrieve('org_1', 'mem_1');"),
      }),
    ]);
    expect(lines).toEqual([
      'GET /v1/orgs/{orgId}/members → organizations.members.list',
      'POST /v1/orgs/{orgId}/invites → organizations.invite',
      'GET /v1/orgs/{orgId}/members/{memberId} → organizations.members.retrieve',
    ]);
    expect(placements.map((p) => [p.origin, p.positional])).toEqual([
      ['sample', 1],
      ['sample', 0],
      ['sample', 2],
    ]);
  });

  it('operations without samples use the verbs the samples taught (get, not retrieve)', async () => {
    const { lines } = await place([
      item('/pets/{id}', { get: sample("client.pets.get('p_1')") }),
      item('/owners/{id}', { get: {} }),
      item('/owners', { get: {} }),
    ]);
    expect(lines).toEqual(['GET /pets/{id} → pets.get', 'GET /owners/{id} → owners.get', 'GET /owners → owners.list']);
  });

  it('the most used verb wins for a shape', async () => {
    const { lines } = await place([
      item('/a/{id}', { put: sample("client.a.set('x')") }),
      item('/b/{id}', { put: sample("client.b.set('x')") }),
      item('/c/{id}', { put: sample("client.c.replace('x')") }),
      item('/d/{id}', { put: {} }),
    ]);
    expect(lines.at(-1)).toBe('PUT /d/{id} → d.set');
  });

  it('two samples claiming the same method: the second is renamed, with a warning', async () => {
    const { lines, diags } = await place([
      item('/s', { get: sample('client.s.list()') }),
      item('/t', { get: sample('client.s.list()') }),
    ]);
    expect(lines).toEqual(['GET /s → s.list', 'GET /t → s.list2']);
    expect(diags.list).toMatchObject([{ code: 'method-name-collision', pointer: '#/paths/~1t/get' }]);
  });

  it('a sample without a resource (client.ping()) keeps its method name; the resource is inferred', async () => {
    const { placements } = await place([item('/ping', { get: sample('client.ping()') })]);
    expect(placements[0]).toMatchObject({ origin: 'inferred', resourcePath: ['ping'], method: 'ping' });
  });

  // An operation without a sample follows the resource names samples gave the same static path segments.
  it('an operation without a sample joins the resource its path siblings were placed in', async () => {
    const { lines } = await place([
      item('/v1/orgs/{orgId}/members/{memberId}', {
        get: sample("client.organizations.members.get('m_1', { orgId: 'o_1' })"),
        delete: {},
      }),
    ]);
    expect(lines).toContain('DELETE /v1/orgs/{orgId}/members/{memberId} → organizations.members.delete');
  });

  it('an unsampled operation elsewhere under a sampled path segment follows the sample too', async () => {
    const { lines } = await place([
      item('/orgs/{id}/members', { get: sample("client.organizations.members.list('o_1')") }),
      item('/orgs/{id}/members/{memberId}', { delete: {} }),
    ]);
    expect(lines).toEqual([
      'GET /orgs/{id}/members → organizations.members.list',
      'DELETE /orgs/{id}/members/{memberId} → organizations.members.delete',
    ]);
  });
});

describe('placeOperations: hints', () => {
  it('x-speakeasy-group / x-fern-sdk-group-name and method-name hints', async () => {
    const { lines, placements } = await place([
      item('/internal/metrics', { get: { 'x-speakeasy-group': 'monitoring', 'x-speakeasy-name-override': 'metrics' } }),
      item('/internal/health-check', {
        get: { 'x-fern-sdk-group-name': ['monitoring', 'checks'], 'x-fern-sdk-method-name': 'ping' },
      }),
      item('/servers', { get: { 'x-stainless-naming': { typescript: { method_name: 'listAll' } } } }),
    ]);
    expect(lines).toEqual([
      'GET /internal/metrics → monitoring.metrics',
      'GET /internal/health-check → monitoring.checks.ping',
      'GET /servers → servers.listAll',
    ]);
    expect(placements.every((p) => p.origin === 'hint')).toBe(true);
  });

  it('x-stainless-skip drops the operation', async () => {
    const { lines } = await place([
      item('/a', { get: {}, post: { 'x-stainless-skip': true } }),
      item('/b', { get: { 'x-stainless-skip': ['node'] } }),
    ]);
    expect(lines).toEqual(['GET /a → a.retrieve']);
  });
});

describe('placeOperations: config', () => {
  it('config methods win over samples and inference, by operationId or "VERB /path"', async () => {
    const { lines, placements } = await place(
      [
        item('/x', { get: { operationId: 'getX', ...sample('client.x.list()') } }),
        item('/y', { get: { operationId: 'getY' } }),
        item('/z/{id}', { post: {} }),
      ],
      config({ methods: { getX: 'things.fetch', 'GET /y': 'things.other.list', 'post /z/{id}': 'zed.poke' } }),
    );
    expect(lines).toEqual(['GET /x → things.fetch', 'GET /y → things.other.list', 'POST /z/{id} → zed.poke']);
    expect(placements.map((p) => p.origin)).toEqual(['config', 'config', 'config']);
  });

  it('config resources rename by the longest matching prefix', async () => {
    const { lines } = await place(
      [
        item('/connect/{ns}', { get: {} }),
        item('/connect/{ns}/{id}/tools', { get: {} }),
        item('/servers', { get: {} }),
      ],
      config({ resources: { connect: 'connections', 'connect.tools': 'connections.mcpTools' } }),
    );
    expect(lines).toEqual([
      'GET /connect/{ns} → connections.retrieve',
      'GET /connect/{ns}/{id}/tools → connections.mcpTools.retrieve',
      'GET /servers → servers.retrieve',
    ]);
  });

  it('a config resource rename also applies to sample placements', async () => {
    const { lines } = await place(
      [item('/a', { get: sample('client.old.list()') })],
      config({ resources: { old: 'fresh.place' } }),
    );
    expect(lines).toEqual(['GET /a → fresh.place.list']);
  });
});

describe('placeOperations: collisions', () => {
  it('the broader of two same-named operations moves up as <method><Resource>', async () => {
    const { lines } = await place([item('/a/{x}/.tools', { get: {} }), item('/a/{x}/{y}/.tools', { get: {} })]);
    expect(lines).toEqual(['GET /a/{x}/.tools → a.retrieveTools', 'GET /a/{x}/{y}/.tools → a.tools.retrieve']);
  });

  it('an alternative verb is used before a numeric suffix', async () => {
    const { lines } = await place([
      item('/jobs/{id}/cancel', { post: {} }),
      item('/jobs/{id}', { post: { summary: 'Cancel a job' } }),
    ]);
    expect(lines).toEqual(['POST /jobs/{id}/cancel → jobs.cancel', 'POST /jobs/{id} → jobs.create']);
  });

  // The outcome must not depend on spec order: when the operation that has an alternative (POST /jobs/{id}: summary
  // verb "cancel", alternative "create") comes first, it must still yield "cancel" to the action POST
  // /jobs/{id}/cancel, which has no alternative, rather than make it "cancel2".
  it('an alternative verb is used before a numeric suffix, whatever the spec order', async () => {
    const { lines } = await place([
      item('/jobs/{id}', { post: { summary: 'Cancel a job' } }),
      item('/jobs/{id}/cancel', { post: {} }),
    ]);
    expect(lines).toEqual(['POST /jobs/{id} → jobs.create', 'POST /jobs/{id}/cancel → jobs.cancel']);
  });

  it('the operationId names a method whose inferred name is taken', async () => {
    const { lines } = await place([
      item('/servers/{id}', { patch: { operationId: 'updateServer' }, post: { operationId: 'reindexServer' } }),
    ]);
    expect(lines).toEqual(['POST /servers/{id} → servers.create', 'PATCH /servers/{id} → servers.update']);
    const clash = await place([
      item('/servers/{id}/create', { post: {} }),
      item('/servers/{id}', { post: { operationId: 'reindexServer' } }),
    ]);
    expect(clash.lines).toEqual(['POST /servers/{id}/create → servers.create', 'POST /servers/{id} → servers.reindex']);
  });

  // PUT and PATCH both infer "update"; PATCH's operationId says "update" and PUT's offers the free "replace", so PUT moves.
  it('operationIds settle a PUT/PATCH clash without numeric suffixes', async () => {
    const { lines } = await place([
      item('/servers/{id}', { patch: { operationId: 'updateServer' }, put: { operationId: 'replaceServer' } }),
    ]);
    expect(lines.sort()).toEqual(
      ['PATCH /servers/{id} → servers.update', 'PUT /servers/{id} → servers.replace'].sort(),
    );
  });

  it('without operationIds a numeric suffix settles it, deterministically', async () => {
    const run = async () => (await place([item('/servers/{id}', { patch: {}, put: {} })])).lines;
    expect((await run()).sort()).toEqual(
      ['PATCH /servers/{id} → servers.update2', 'PUT /servers/{id} → servers.update'].sort(),
    );
    expect(await run()).toEqual(await run());
  });

  it('a method never takes the name of a sub-resource on the same parent', async () => {
    const { lines } = await place([
      item('/widgets/{id}/archive', { post: {} }),
      item('/widgets/archive', { post: {} }),
    ]);
    expect(lines.sort()).toEqual(
      ['POST /widgets/archive → widgets.archive.create', 'POST /widgets/{id}/archive → widgets.archive2'].sort(),
    );
  });

  it('every final resource.method is unique', async () => {
    const { placements } = await place([
      item('/a', { get: {}, post: {} }),
      item('/a/{id}', { get: {}, put: {}, patch: {}, delete: {} }),
      item('/a/{id}/b', { get: {}, post: {} }),
      item('/a/{id}/b/{bid}', { get: {}, delete: {} }),
      item('/a/list', { get: {} }),
      item('/b', { get: sample('client.a.list()') }),
    ]);
    const keys = placements.map((p) => [...p.resourcePath, p.method].join('.'));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('operationIdMethod', () => {
  it.each<[string, string[], string | null]>([
    ['listPetsByOwner', ['pets'], 'listByOwner'],
    ['replaceServer', ['servers'], 'replace'],
    ['list_server_releases', ['servers', 'releases'], 'list'],
    ['pets', ['pets'], 'pets'],
    ['archiveAllWidgets', ['widgets'], 'archiveAll'],
  ])('%s on %j → %s', (operationId, resourcePath, want) => {
    expect(operationIdMethod(operationId, resourcePath)).toBe(want);
  });

  // Reserved words and contextual keywords are fine as method names (`client.pets.delete()`).
  it.each<[string, string[], string]>([
    ['getServerReleases', ['servers', 'releases'], 'get'],
    ['delete_pet', ['pets'], 'delete'],
  ])('%s on %j → %s (a reserved word is a fine method name)', (operationId, resourcePath, want) => {
    expect(operationIdMethod(operationId, resourcePath)).toBe(want);
  });
});

describe('parseCodeSamples', () => {
  const js = (source: string, lang = 'JavaScript') => [{ lang, source }];
  const none = {
    clientName: null,
    importStyle: null,
    packageName: null,
    envOptions: [],
    paramKeys: [],
    paginated: false,
  };
  const call = (resourcePath: string[], method: string, positionalCount = 0) => ({
    resourcePath,
    method,
    positionalCount,
  });

  it.each<{ name: string; given: unknown; want: CodeSample | null }>([
    {
      name: 'a full Stainless-style sample',
      given: js(
        "import Smithery from '@smithery/api';\n\nconst client = new Smithery({\n  apiKey: process.env['SMITHERY_API_KEY'],\n});\n\n" +
          "const release = await client.servers.releases.get('id', { qualifiedName: 'q' });\n",
      ),
      want: {
        ...none,
        ...call(['servers', 'releases'], 'get', 1),
        paramKeys: ['qualifiedName'],
        clientName: 'Smithery',
        importStyle: 'default',
        packageName: '@smithery/api',
        envOptions: [{ option: 'apiKey', envVar: 'SMITHERY_API_KEY' }],
      },
    },
    {
      name: 'a named import, another credential option, several ids and header-named keys',
      given: js(
        "import { Acme } from 'acme-sdk';\nconst client = new Acme({ bearerToken: process.env['ACME_API_KEY'], baseURL: 'x' });\n" +
          "await client.messages.attachments.retrieve('msg_1', 'att_1', { 'Acme-Version': '2', conductorEndUserId, ...rest });",
      ),
      want: {
        ...none,
        ...call(['messages', 'attachments'], 'retrieve', 2),
        paramKeys: ['Acme-Version', 'conductorEndUserId'],
        clientName: 'Acme',
        importStyle: 'named',
        packageName: 'acme-sdk',
        envOptions: [
          { option: 'bearerToken', envVar: 'ACME_API_KEY' },
          { option: 'baseURL', envVar: null },
        ],
      },
    },
    {
      name: 'a default and a named import: the one constructed is the client',
      given: js("import Other, { Acme as Client } from 'acme';\nconst c = new Client();\nc.a.b();"),
      want: { ...none, ...call(['a'], 'b'), clientName: 'Acme', importStyle: 'named', packageName: 'acme' },
    },
    {
      name: 'another client variable and process.env.X',
      given: js("const acme = new Acme({ apiKey: process.env.ACME_KEY });\nawait acme.users.create({ name: 'x' });"),
      want: {
        ...none,
        ...call(['users'], 'create'),
        paramKeys: ['name'],
        envOptions: [{ option: 'apiKey', envVar: 'ACME_KEY' }],
      },
    },
    {
      name: 'a chain over several lines',
      given: js('await client\n  .servers\n  .list()'),
      want: { ...none, ...call(['servers'], 'list') },
    },
    {
      name: 'double-quoted positional',
      given: js('client.servers.get("x")'),
      want: { ...none, ...call(['servers'], 'get', 1) },
    },
    {
      name: 'template-literal positional',
      given: js('client.servers.get(`x`)'),
      want: { ...none, ...call(['servers'], 'get', 1) },
    },
    {
      name: 'a string holding a comma and a paren',
      given: js("client.servers.get('a,b)', 'c')"),
      want: { ...none, ...call(['servers'], 'get', 2) },
    },
    {
      name: 'inside for await: paginated',
      given: js('for await (const s of client.servers.list({ limit: 10 })) {}'),
      want: { ...none, ...call(['servers'], 'list'), paramKeys: ['limit'], paginated: true },
    },
    {
      name: 'awaited first, then iterated: not shown as auto-paginated',
      given: js('const page = await client.servers.list();\nfor (const s of page.data) {}'),
      want: { ...none, ...call(['servers'], 'list') },
    },
    {
      name: 'the first call is the one that counts',
      given: js('const r = await client.servers.list().withResponse();'),
      want: { ...none, ...call(['servers'], 'list') },
    },
    { name: 'a call without a resource', given: js('client.ping()'), want: { ...none, ...call([], 'ping') } },
    {
      name: 'an unbalanced quote before the call (not quite code) still finds it',
      given: js("```\nconsole.log('x);\nclient.servers.list()"),
      want: { ...none, ...call(['servers'], 'list') },
    },
    {
      name: 'TypeScript lang',
      given: [
        { lang: 'Python', source: 'client.x.y()' },
        { lang: 'TypeScript', source: 'client.a.b()' },
      ],
      want: { ...none, ...call(['a'], 'b') },
    },
    { name: 'node lang', given: [{ lang: 'node', source: 'client.a.b()' }], want: { ...none, ...call(['a'], 'b') } },
    {
      name: 'js lang, after junk entries',
      given: [null, 3, { lang: 'js', source: 'client.x.y()' }],
      want: { ...none, ...call(['x'], 'y') },
    },
    {
      name: 'only other languages',
      given: [
        { lang: 'Python', source: 'client.servers.list()' },
        { lang: 'cURL', source: 'curl x' },
      ],
      want: null,
    },
    { name: 'no source', given: [{ lang: 'JavaScript' }], want: null },
    { name: 'no call in the source', given: js('// nothing to see'), want: null },
    { name: 'not an array', given: { lang: 'JavaScript', source: 'client.a.b()' }, want: null },
    { name: 'undefined', given: undefined, want: null },
  ])('$name', ({ given, want }) => {
    expect(parseCodeSamples({ 'x-codeSamples': given })).toEqual(want);
  });

  it('reads x-oaiMeta.examples (one or a list) and the legacy x-code-samples', () => {
    expect(
      parseCodeSamples({ 'x-oaiMeta': { examples: { request: { curl: 'curl x', 'node.js': 'client.a.list()' } } } }),
    ).toMatchObject(call(['a'], 'list'));
    expect(
      parseCodeSamples({
        'x-oaiMeta': {
          examples: [{ request: { python: 'client.b.x()' } }, { request: { javascript: 'client.b.list()' } }],
        },
      }),
    ).toMatchObject(call(['b'], 'list'));
    expect(parseCodeSamples({ 'x-code-samples': js('client.c.list()') })).toMatchObject(call(['c'], 'list'));
    expect(
      codeSampleSources({
        'x-codeSamples': js('one'),
        'x-code-samples': js('two', 'TypeScript'),
        'x-oaiMeta': { examples: { request: { 'node.js': 'three' } } },
      }),
    ).toEqual(['one', 'two', 'three']);
  });

  // Calls inside `//` and `/* */` comments are ignored.
  it.each([
    ['a line comment', '// client.old.thing()\nclient.servers.list()'],
    ['a block comment', '/* client.old.thing() */ client.servers.list()'],
    ['a multi-line block comment', '/*\n * await client.old.thing();\n */\nawait client.servers.list();'],
  ])('ignores calls inside %s', (_name, source) => {
    expect(parseCodeSamples({ 'x-codeSamples': js(source) })).toMatchObject({
      resourcePath: ['servers'],
      method: 'list',
    });
  });

  it('normalize reads x-codeSamples and the legacy x-code-samples', async () => {
    const { spec, diags } = await loadObject(
      openapi({
        paths: {
          '/a': { get: { 'x-codeSamples': js('client.a.list()') } },
          '/b': { get: { 'x-code-samples': js('client.b.list()') } },
        },
      }),
    );
    const ops = normalize(spec, EMPTY_CONFIG, diags).operations;
    diags.list.splice(0, diags.list.length, ...diags.list.filter((d) => d.code !== 'missing-operation-id'));
    expect(ops.map((o) => o.sample?.resourcePath)).toEqual([['a'], ['b']]);
  });
});

describe('normalize: operations', () => {
  it('merges path-level parameters (operation ones win), resolves $refs, and drops skipped parameters', async () => {
    const { spec, diags } = await loadObject({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/items/{id}': {
          parameters: [pathParam('id'), { name: 'q', in: 'query', description: 'path-level' }],
          get: {
            operationId: ' ',
            security: [],
            parameters: [
              { $ref: '#/components/parameters/Q' },
              { name: 'hidden', in: 'query', 'x-stainless-skip': true },
              { name: 'bad' },
            ],
          },
        },
      },
      components: { parameters: { Q: { name: 'q', in: 'query', description: 'operation-level' } } },
    });
    const [op] = normalize(spec, EMPTY_CONFIG, diags).operations;
    diags.list.splice(0, diags.list.length, ...diags.list.filter((d) => d.code !== 'missing-operation-id'));
    expect(op.parameters.map((p) => [p.name, p.in, p.description, p.loc.pointer])).toEqual([
      ['id', 'path', null, '#/paths/~1items~1{id}/parameters/0'],
      ['q', 'query', 'operation-level', '#/components/parameters/Q'],
    ]);
    expect(op.operationId).toBeNull();
    expect(op.noAuth).toBe(true);
    expect(diags.list).toMatchObject([
      { code: 'invalid-parameter', pointer: '#/paths/~1items~1{id}/get/parameters/2' },
    ]);
  });

  it('leaves out a GET request body (fetch cannot send one), with a warning at it', async () => {
    const body = { content: { 'application/json': { schema: { type: 'object' } } } };
    const { spec, diags } = await loadObject({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/items': { get: { operationId: 'list', requestBody: body }, post: { operationId: 'add', requestBody: body } },
      },
    });
    const ops = normalize(spec, EMPTY_CONFIG, diags).operations;
    expect(ops.map((o) => [o.http, o.requestBody !== null])).toEqual([
      ['get', false],
      ['post', true],
    ]);
    expect(diags.list).toMatchObject([{ code: 'get-request-body', pointer: '#/paths/~1items/get/requestBody' }]);
  });

  it('keeps the first of a parameter listed twice, and warns at the repeat', async () => {
    const { spec, diags } = await loadObject({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/items': {
          get: {
            operationId: 'list',
            parameters: [
              { name: 'dir', in: 'query', description: 'first' },
              { name: 'dir', in: 'query', description: 'again' },
              { name: 'dir', in: 'header' },
            ],
          },
        },
      },
    });
    const [op] = normalize(spec, EMPTY_CONFIG, diags).operations;
    expect(op.parameters.map((p) => [p.name, p.in, p.description])).toEqual([
      ['dir', 'query', 'first'],
      ['dir', 'header', null],
    ]);
    expect(diags.list).toMatchObject([{ code: 'duplicate-parameter', pointer: '#/paths/~1items/get/parameters/1' }]);
  });
});

describe('sharedPathPrefix: what the base URL carries', () => {
  it.each<[string, string[], string[]]>([
    ['a shared version segment', ['/v1/pets', '/v1/pets/{id}'], ['v1']],
    ['api and a version', ['/api/v2/pets', '/api/v2/owners'], ['api', 'v2']],
    [
      'a namespace after an API segment (always followed by another static segment)',
      ['/api/where/stop/{id}.json', '/api/where/agency/{id}.json'],
      ['api', 'where'],
    ],
    ['a collection after an API segment stays a resource', ['/api/pets', '/api/pets/{id}'], ['api']],
    [
      'a collection with items below it stays a resource',
      ['/v1/orgs/{orgId}/members', '/v1/orgs/{orgId}/invites'],
      ['v1'],
    ],
    ['a first segment that is not a version or API segment', ['/pets/a', '/pets/b'], []],
    ['paths that differ', ['/v1/pets', '/v2/pets'], []],
    ['every path keeps a segment', ['/v1', '/v1/pets'], []],
    ['a lone operation gives up only version segments', ['/v1/where/x'], ['v1']],
    ['no operations', [], []],
  ])('%s', (_name, paths, want) => {
    expect(sharedPathPrefix(paths)).toEqual(want);
  });
});
