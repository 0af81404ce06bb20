/**
 * A Stainless Python client generated before 2024-12-14 (Stainless's "chore(internal): updated imports", lumaai-python
 * #78, tractorbeam-python 9da599d) reaches its resources through the `resources` package: `from . import resources,
 * _exceptions`, `"resources"` in `__all__`, `users: resources.UsersResource`, `resources.UsersResource(self)` and
 * `resources.UsersResourceWithRawResponse(client.users)`; from that day on, through their modules (`from .resources
 * import users`, `users.UsersResource`). The older client works against a real 127.0.0.1 server, and pyright strict
 * and mypy accept it under SDKGEN_PYTHON_TESTS=full.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/client-method-resource-r30c.test.ts samples the Python client (docs/contributing.md, "What `npm
// test` samples").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESOURCE_MODULE_IMPORTS_SINCE } from '../../generator/stainless/python-era';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { generatePythonInto, LOCAL_SERVER, pythonTempDir, runPythonAgainst } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /users:
    get:
      operationId: listUsers
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { name: { type: string } } }
  /teams/{team_id}/members:
    get:
      operationId: listMembers
      parameters:
        - { in: path, name: team_id, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { count: { type: integer } } }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  users:
    methods:
      list: get /users
  teams:
    subresources:
      members:
        methods:
          list: get /teams/{team_id}/members
`;

describe.runIf(PYTHON_FULL)("an older eager client's resources", () => {
  const dir = pythonTempDir('py-resources-package');
  const generation = { spec: { name: 'openapi.yaml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } };
  const outs = new Map<string, string>();
  const client = (era: string) => readFileSync(path.join(outs.get(era)!, 'src/acme/_client.py'), 'utf8');
  beforeAll(() => {
    for (const era of ['2024-12-02', RESOURCE_MODULE_IMPORTS_SINCE])
      outs.set(era, generatePythonInto(dir, path.join(dir, era), { ...generation, args: ['--stainless-era', era] }));
  }, 240_000);

  it('are reached through the resources package before the change', () => {
    const text = client('2024-12-02');
    expect(text).toContain('\nfrom . import resources, _exceptions\n');
    expect(text).not.toMatch(/^from \.resources/m);
    expect(text).toMatch(/"RequestOptions",\n {4}"resources",\n {4}"Acme",/);
    expect(text).toContain('    users: resources.UsersResource\n');
    expect(text).toContain('    teams: resources.AsyncTeamsResource\n');
    expect(text).toContain('        self.users = resources.UsersResource(self)\n');
    expect(text).toContain('        self.teams = resources.AsyncTeamsResourceWithStreamingResponse(client.teams)\n');
  });

  it('are reached through their modules from the day of the change on', () => {
    const text = client(RESOURCE_MODULE_IMPORTS_SINCE);
    expect(text).toContain('\nfrom . import _exceptions\n');
    expect(text).toMatch(/^from \.resources import users\n/m);
    expect(text).not.toContain('"resources"');
    expect(text).toContain('    users: users.UsersResource\n');
    expect(text).not.toContain('resources.UsersResource');
  });

  it('of the older form answer calls against a real server', async () => {
    const program = `${LOCAL_SERVER}
import asyncio
from acme import Acme, AsyncAcme, resources

seen = []

def record(request):
    seen.append(request.path)
    return {"name": "n", "count": 2}

url = serve(record)
client = Acme(base_url=url, max_retries=0)
print(client.users.list().name, client.teams.members.list("t1").count)
print(client.with_raw_response.users.list().http_request.url.path)
print(isinstance(client.users, resources.UsersResource))
asyncio.run(AsyncAcme(base_url=url, max_retries=0).teams.members.list("t2"))
print(" ".join(seen))
`;
    const result = await runPythonAgainst(outs.get('2024-12-02')!, program);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'n 2',
      '/users',
      'True',
      '/users /teams/t1/members /users /teams/t2/members',
    ]);
  }, 120_000);

  if (!PYTHON_FULL) console.log(`client-resources-package-era: pyright and mypy are ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'of the older form type-checks under pyright strict and mypy',
    async () => {
      const out = outs.get('2024-12-02')!;
      const files = ['src/acme/_client.py'];
      expect(await pyrightErrorsUnderOwnSettings(out, files)).toEqual([]);
      const mypy = await runMypy(out, ['--cache-dir', path.join(dir, 'mypy-cache'), ...files], { timeout: 600_000 });
      expect(mypy.errors).toEqual([]);
    },
    900_000,
  );
});
