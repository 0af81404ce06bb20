/**
 * A Python resource's members and its async transforms in the forms Stainless's generator wrote by era
 * (stainless/python-era.ts): subresources and wrappers declared on the class and set in `__init__(self, client: Acme)`
 * before RESOURCE_PROPERTIES_SINCE (2024-01-04, "use property declarations for resource members"; an SDK of 2023-12 has
 * the raw wrappers alone, response-wrappers-era-s63a.test.ts); a wrapper's
 * subresources set in its `__init__`, no `self._servers`, before WRAPPER_PROPERTIES_SINCE (2024-01-17); an async
 * method's params transformed by the sync `maybe_transform` before ASYNC_TRANSFORMS_SINCE (2024-03-04); a params' array
 * of numbers or objects a `List` before ITERABLE_PARAMS_SINCE (2024-02-06, python-type-era.ts), then an `Iterable`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { generatePythonInto, pythonPackageByEra, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /servers:
    post:
      operationId: createServer
      requestBody:
        required: true
        content: { application/json: { schema: { type: object, required: [name], properties: { name: { type: string }, volumes: { type: array, items: { type: integer } } } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: integer } } } } } }
  /servers/{id}/actions/reboot:
    post:
      operationId: rebootServer
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
      requestBody:
        content: { application/json: { schema: { type: object, properties: { hard: { type: boolean } } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: integer } } } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  servers:
    methods:
      create: post /servers
    subresources:
      actions:
        methods:
          reboot: post /servers/{id}/actions/reboot
`;

const packageAt = pythonPackageByEra('py-eager-members-era', SPEC, CONFIG, 'acme');

describe("a resource's members by era", () => {
  it('are set in __init__ before 2024-01-04, the client imported for type checkers alone', async () => {
    const servers = (await packageAt('2023-12-01+plain-resource-names'))('resources/servers/servers.py');
    expect(servers).toContain(
      [
        'class Servers(SyncAPIResource):',
        '    actions: Actions',
        '    with_raw_response: ServersWithRawResponse',
        '',
        '    def __init__(self, client: Acme) -> None:',
        '        super().__init__(client)',
        '        self.actions = Actions(client)',
        '        self.with_raw_response = ServersWithRawResponse(self)',
      ].join('\n'),
    );
    expect(servers).toContain('if TYPE_CHECKING:\n    from ..._client import Acme, AsyncAcme\n\n__all__ = ');
    expect(servers).toContain('    def __init__(self, client: AsyncAcme) -> None:');
    expect(servers).not.toContain('cached_property');
  });

  it("set the wrappers' subresources in __init__ before 2024-01-17", async () => {
    const servers = (await packageAt('2024-01-10+plain-resource-names'))('resources/servers/servers.py');
    expect(servers).toContain(
      [
        'class ServersWithRawResponse:',
        '    def __init__(self, servers: Servers) -> None:',
        '        self.actions = ActionsWithRawResponse(servers.actions)',
        '',
        '        self.create = to_raw_response_wrapper(',
      ].join('\n'),
    );
    expect(servers).toContain('    @cached_property\n    def actions(self) -> Actions:');
    const actions = (await packageAt('2024-01-10+plain-resource-names'))('resources/servers/actions.py');
    expect(actions).toContain(
      'class ActionsWithRawResponse:\n    def __init__(self, actions: Actions) -> None:\n        self.reboot = ',
    );
  });

  it('are cached properties from 2024-01-17 on', async () => {
    const servers = (await packageAt('2024-01-17+plain-resource-names'))('resources/servers/servers.py');
    expect(servers).toContain('        self._servers = servers\n');
    expect(servers).toContain('    @cached_property\n    def actions(self) -> ActionsWithRawResponse:');
    expect(servers).not.toContain('TYPE_CHECKING');
  });
});

describe("an async method's transform by era", () => {
  it('is the sync maybe_transform before 2024-03-04', async () => {
    const servers = (await packageAt('2024-03-01'))('resources/servers/servers.py');
    expect(servers).not.toContain('async_maybe_transform');
    expect(servers.match(/body=maybe_transform\(/g)).toHaveLength(2);
  });

  it('is awaited async_maybe_transform from 2024-03-04 on', async () => {
    for (const era of ['2024-03-04', null]) {
      const servers = (await packageAt(era))('resources/servers/servers.py');
      expect(servers.match(/body=await async_maybe_transform\(/g)).toHaveLength(1);
      expect(servers.match(/body=maybe_transform\(/g)).toHaveLength(1);
    }
  });
});

describe("a params' array of numbers by era", () => {
  it('is a List before 2024-02-06, an Iterable from then on', async () => {
    for (const [era, container] of [
      ['2024-02-05', 'List'],
      ['2024-02-06', 'Iterable'],
      [null, 'Iterable'],
    ] as const) {
      const pkg = await packageAt(era);
      expect(pkg('resources/servers/servers.py')).toMatch(new RegExp(`^ {8}volumes: ${container}\\[int\\] \\|`, 'm'));
      expect(pkg('types/server_create_params.py')).toContain(`    volumes: ${container}[int]\n`);
    }
  });
});

// pyright strict over each era's src/ and tests/: seconds of CPU, `npm run test:python`'s (SDKGEN_PYTHON_TESTS=full).
if (!PYTHON_FULL) console.log(`eager-members-era: pyright is ${FULL_ONLY_NOTICE}`);
describe('type-check', () => {
  for (const era of ['2023-09-01+plain-resource-names', '2024-01-10', '2024-02-06', '2024-03-04']) {
    it.runIf(PYTHON_FULL)(
      `the SDK of ${era}`,
      async () => {
        const dir = pythonTempDir(`py-eager-members-${era}`);
        const out = generatePythonInto(dir, path.join(dir, 'out'), {
          spec: { name: 'openapi.yaml', text: SPEC },
          config: { name: 'stainless.yml', text: CONFIG },
          args: ['--stainless-era', era],
        });
        expect(await pyrightErrorsUnderOwnSettings(out, ['src', 'tests'])).toEqual([]);
      },
      300_000,
    );
  }
});
