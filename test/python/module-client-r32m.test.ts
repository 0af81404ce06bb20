/**
 * `targets.python.options.module_client: true` gives the package Stainless's module-level client: `acme.users.list()`
 * with `acme.api_key = "…"`, no client built by the caller. `_module_client.py` holds a lazy proxy a top-level resource
 * (by name's length, then the config's order, as Stainless lists them), `__init__.py` closes with a module attribute for each client
 * option and the runtime's settings, read by one sync client built on first use (`_load_client()`, `_reset_client()`),
 * and `tests/test_module_client.py` tests them. Without the key the package has none of it. With
 * SDKGEN_PYTHON_TESTS=full: the package's Ruff lint rules pass on the three modules, the module-level client calls a
 * 127.0.0.1 server, its test module passes, and pyright strict and mypy accept the package.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { environmentWithout, LOCAL_SERVER, pythonTempDir, runPythonAgainst } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.example.com' }]
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
security: [{ bearer: [] }]
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
  /teams/{team_id}:
    get:
      operationId: getTeam
      parameters:
        - { in: path, name: team_id, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
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
  /projects:
    get:
      operationId: listProjects
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { total: { type: integer } } }
`;

const config = (options: string) => `
organization: { name: acme }
targets:
  python:
    package_name: acme${options}
client_settings:
  opts:
    api_key:
      type: string
      read_env: ACME_API_KEY
      auth: { security_scheme: bearer }
    region:
      type: string
      nullable: true
resources:
  users:
    methods:
      list: get /users
  teams:
    methods:
      retrieve: get /teams/{team_id}
    subresources:
      members:
        methods:
          list: get /teams/{team_id}/members
  projects:
    methods:
      list: get /projects
`;

const ON = config('\n    options: { module_client: true }');

type Ruff = typeof import('@astral-sh/ruff-wasm-nodejs');
const ruff = createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs') as Ruff;

/** The lint rules the generated pyproject.toml selects (its `scripts/lint`). */
function lintErrors(text: string): string[] {
  const workspace = new ruff.Workspace(
    {
      'line-length': 120,
      'target-version': 'py39',
      lint: {
        select: ['I', 'B', 'F401', 'FA102', 'E722', 'ARG', 'T201', 'T203', 'TC004'],
        ignore: ['B006'],
        isort: {
          'length-sort': true,
          'length-sort-straight': true,
          'combine-as-imports': true,
          'extra-standard-library': ['typing_extensions'],
          'known-first-party': ['acme', 'tests'],
        },
      },
    },
    ruff.PositionEncoding.Utf16,
  );
  return (workspace.check(text) as Array<{ code: string; message: string; start_location: { row: number } }>).map(
    (d) => `${d.start_location.row}: ${d.code} ${d.message}`,
  );
}

describe('the module-level client', () => {
  const dir = pythonTempDir('py-module-client');
  let out = '';
  const read = (file: string) => readFileSync(path.join(out, 'src/acme', file), 'utf8');
  // (In-process: the files written as `sdkgen generate` writes them.)
  beforeAll(async () => {
    writeFileSync(path.join(dir, 'openapi.yaml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), ON);
    out = path.join(dir, 'out');
    const result = await generate({
      spec: path.join(dir, 'openapi.yaml'),
      config: path.join(dir, 'stainless.yml'),
      target: 'python',
    });
    for (const file of result.files) {
      mkdirSync(path.dirname(path.join(out, file.path)), { recursive: true });
      writeFileSync(path.join(out, file.path), file.contents);
    }
  }, 180_000);

  it('has a lazy proxy for each top-level resource, by name length then config order', () => {
    const module = read('_module_client.py');
    expect(module).toContain(
      'if TYPE_CHECKING:\n' +
        '    from .resources.users import UsersResource\n' +
        '    from .resources.projects import ProjectsResource\n' +
        '    from .resources.teams.teams import TeamsResource\n\n' +
        'from . import _load_client\nfrom ._utils import LazyProxy\n',
    );
    expect(module).toContain(
      'class TeamsResourceProxy(LazyProxy["TeamsResource"]):\n' +
        '    @override\n' +
        '    def __load__(self) -> TeamsResource:\n' +
        '        return _load_client().teams\n',
    );
    expect(
      module.endsWith(
        'users: UsersResource = UsersResourceProxy().__as_proxied__()\n' +
          'teams: TeamsResource = TeamsResourceProxy().__as_proxied__()\n' +
          'projects: ProjectsResource = ProjectsResourceProxy().__as_proxied__()\n',
      ),
    ).toBe(true);
    expect(module).not.toContain('members');
  });

  it("closes __init__.py with the client options' attributes, the default client and the proxies", () => {
    const init = read('__init__.py');
    expect(init.startsWith('from __future__ import annotations\n')).toBe(true);
    const attributes = [...init.matchAll(/^(\w+): (.+) = (.+)$/gm)].map(
      ([, name, type, initial]) => `${name}: ${type} = ${initial}`,
    );
    expect(attributes).toEqual([
      'api_key: str | None = None',
      'region: str | None = None',
      'base_url: str | _httpx.URL | None = None',
      'timeout: float | Timeout | None = DEFAULT_TIMEOUT',
      'max_retries: int = DEFAULT_MAX_RETRIES',
      'default_headers: _t.Mapping[str, str] | None = None',
      'default_query: _t.Mapping[str, object] | None = None',
      'http_client: _httpx.Client | None = None',
      '_client: Acme | None = None',
    ]);
    expect(init).toContain('class _ModuleClient(Acme):');
    expect(init).toContain('def _load_client() -> Acme:');
    expect(init).toContain('def _reset_client() -> None:');
    expect(init.endsWith('from ._module_client import teams as teams, users as users, projects as projects\n')).toBe(
      true,
    );
  });

  it('has a test module of its own', () => {
    const tests = readFileSync(path.join(out, 'tests/test_module_client.py'), 'utf8');
    expect(tests).toContain('    acme._reset_client()\n    acme.api_key = "My API Key"\n');
    expect(tests).toContain('    assert acme.users._client.base_url == httpx.URL("http://localhost:4010/custom/")\n');
  });

  it.runIf(PYTHON_FULL)(
    'passes its test module',
    async () => {
      const tests = path.join(out, 'tests/test_module_client.py');
      const run = `import sys, pytest\nsys.exit(pytest.main([${JSON.stringify(tests)}, "-q", "-p", "no:cacheprovider", "-n", "0", "--rootdir", ${JSON.stringify(out)}]))`;
      const result = await runPythonAgainst(out, run, { env: environmentWithout('ACME_') });
      expect(result.stdout).toMatch(/4 passed/);
    },
    120_000,
  );

  // (Ruff's WebAssembly takes seconds to load: with the costly half.)
  it.runIf(PYTHON_FULL)("passes the package's lint rules", () => {
    expect(lintErrors(read('__init__.py'))).toEqual([]);
    expect(lintErrors(read('_module_client.py'))).toEqual([]);
    expect(lintErrors(readFileSync(path.join(out, 'tests/test_module_client.py'), 'utf8'))).toEqual([]);
  });

  it('is not written without the option', async () => {
    writeFileSync(path.join(dir, 'off.yml'), config(''));
    const result = await generate({
      spec: path.join(dir, 'openapi.yaml'),
      config: path.join(dir, 'off.yml'),
      target: 'python',
    });
    expect(result.files.some((f) => /_module_client\.py$/.test(f.path))).toBe(false);
    const init = result.files.find((f) => f.path === 'src/acme/__init__.py')!.contents;
    expect(init).not.toContain('_module_client');
    expect(init).not.toContain('from __future__');
  });

  const program = `${LOCAL_SERVER}
import os
import httpx
import acme

url, received = serve_recording(lambda r: f"{r.path} {r.headers.get('Authorization')} {r.headers.get('X-A')}")

acme.api_key = "K1"
acme.base_url = url
acme.max_retries = 0
acme.users.list()
acme.teams.members.list("t1")
acme.api_key = "K2"
acme.default_headers = {"X-A": "a"}
acme.projects.list()
print(acme._load_client().max_retries, str(acme._load_client().base_url).rstrip("/") == url)
acme.timeout = 3
print(acme._load_client().timeout)
mine = httpx.Client()
acme.http_client = mine
print(acme._load_client()._client is mine)
acme.http_client = None
print(acme._load_client()._client is not mine)
acme._reset_client()
acme.api_key = None
acme.default_headers = None
os.environ["ACME_API_KEY"] = "ENV"
acme.teams.retrieve("t2")
print(acme.api_key)
print(isinstance(acme.users, acme.resources.UsersResource))
print("\\n".join(received))
`;

  it.runIf(PYTHON_FULL)(
    'calls a server with the settings set on the module, also after the client is built',
    async () => {
      const result = await runPythonAgainst(out, program, { env: environmentWithout('ACME_') });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        '0 True',
        '3',
        'True',
        'True',
        'ENV',
        'True',
        '/users Bearer K1 None',
        '/teams/t1/members Bearer K1 None',
        '/projects Bearer K2 a',
        '/teams/t2 Bearer ENV None',
      ]);
    },
    120_000,
  );

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy',
    async () => {
      const files = ['src/acme/__init__.py', 'src/acme/_module_client.py', 'tests/test_module_client.py'];
      expect(await pyrightErrorsUnderOwnSettings(out, files)).toEqual([]);
      const mypy = await runMypy(out, ['--cache-dir', path.join(dir, 'mypy-cache'), 'src/acme'], { timeout: 600_000 });
      expect(mypy.errors).toEqual([]);
    },
    900_000,
  );
  if (!PYTHON_FULL) it.skip(`lint, requests, its tests, pyright and mypy: ${FULL_ONLY_NOTICE}`, () => {});
});
