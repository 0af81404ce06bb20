/**
 * The module-level client (`targets.python.options.module_client`) as Stainless writes it, beyond session 32's tests:
 * - `_module_client.py` lists its proxies by name length, names of one length in the config's order (openai-python's
 *   `files`, `audio`, `evals`; replicate's `hardware`, `accounts`), not alphabetically;
 * - before Stainless's "use lazy imports for module level client" (2025-05-05) the module imported the `resources`
 *   package (`LazyProxy[resources.UsersResource]`); an SDK of that era keeps that form;
 * - with SDKGEN_PYTHON_TESTS=full, on a 127.0.0.1 server: every module attribute (`base_url`, `timeout`,
 *   `max_retries`, `default_headers`, `default_query`, `http_client`, the client options) reaches the wire, set before
 *   or after the default client is built; `_load_client()` keeps one client until `_reset_client()`; a credential
 *   missing fails the call and builds no client. The generated test module reaches the client through the config's
 *   first resource (Stainless's). pyright strict and mypy accept the eager form.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import {
  environmentWithout,
  LOCAL_SERVER,
  pythonPackageByEra,
  pythonTempDir,
  runPythonAgainst,
} from '../helpers/python-sdk';

const listing = (name: string) => `
  /${name}:
    get:
      operationId: list_${name}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { name: { type: string } } }`;

// (Names of one length in an order that is not the alphabet's: users/teams, hardware/accounts.)
const NAMES = ['users', 'hardware', 'teams', 'accounts', 'jobs'];

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.example.com' }]
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
security: [{ bearer: [] }]
paths:${NAMES.map(listing).join('')}
`;

const CONFIG = `
organization: { name: acme }
targets:
  python:
    package_name: acme
    options: { module_client: true }
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
${NAMES.map((name) => `  ${name}:\n    methods:\n      list: get /${name}\n`).join('')}`;

const packageOfEra = pythonPackageByEra('py-module-client-r33m', SPEC, CONFIG, 'acme');

describe("the module-level client's proxies", () => {
  it('are listed by name length, names of one length in the config order', async () => {
    const module = (await packageOfEra(null))('_module_client.py');
    const proxies = [...module.matchAll(/^(\w+): \w+ = \w+Proxy\(\)\.__as_proxied__\(\)$/gm)].map(([, name]) => name);
    expect(proxies).toEqual(['jobs', 'users', 'teams', 'hardware', 'accounts']);
    const classes = [...module.matchAll(/^class (\w+)Proxy\(/gm)].map(([, name]) => name);
    expect(classes).toEqual(['JobsResource', 'UsersResource', 'TeamsResource', 'HardwareResource', 'AccountsResource']);
  });

  it('import the resources package before 2025-05-05, the classes for type checkers from then on', async () => {
    const eager = (await packageOfEra('2025-05-04'))('_module_client.py');
    expect(eager.startsWith('from typing_extensions import override\n\nfrom . import resources, _load_client\n')).toBe(
      true,
    );
    expect(eager).toContain(
      'class UsersResourceProxy(LazyProxy[resources.UsersResource]):\n' +
        '    @override\n' +
        '    def __load__(self) -> resources.UsersResource:\n' +
        '        return _load_client().users\n',
    );
    expect(eager).toContain('users: resources.UsersResource = UsersResourceProxy().__as_proxied__()\n');
    expect(eager).not.toContain('TYPE_CHECKING');
    const lazy = (await packageOfEra('2025-05-05'))('_module_client.py');
    expect(lazy).toContain('if TYPE_CHECKING:\n    from .resources.jobs import JobsResource\n');
    expect(lazy).toContain('class UsersResourceProxy(LazyProxy["UsersResource"]):\n');
    expect(lazy).not.toContain('import resources');
  });
});

describe.runIf(PYTHON_FULL)('the module-level client on the wire', () => {
  const dir = pythonTempDir('py-module-client-wire-r33m');
  let out = '';
  beforeAll(async () => {
    writeFileSync(path.join(dir, 'openapi.yaml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    out = path.join(dir, 'out');
    // (The eager form: the newest is session 32's test's.)
    const result = await generate({
      spec: path.join(dir, 'openapi.yaml'),
      config: path.join(dir, 'stainless.yml'),
      target: 'python',
      stainlessEra: '2025-05-04',
    });
    for (const file of result.files) {
      mkdirSync(path.dirname(path.join(out, file.path)), { recursive: true });
      writeFileSync(path.join(out, file.path), file.contents);
    }
  }, 180_000);

  const program = `${LOCAL_SERVER}
import threading
import httpx
import acme

attempts = []

def answer(request):
    attempts.append(f"{request.path} {request.headers.get('Authorization')} {request.headers.get('X-A')} {request.headers.get('X-Via')}")
    if "/jobs" in request.path:
        return (500, "application/json", b"{}")
    if "/hardware" in request.path:
        threading.Event().wait()
    return {}

first = serve(answer)
second = serve(answer)

def report(label):
    print(label, "|", " ; ".join(attempts))
    attempts.clear()

# A credential missing: the call fails and no client is kept.
try:
    acme.users.list()
except acme.AcmeError:
    print("no client:", acme._client is None)

acme.api_key = "K1"
acme.base_url = first
acme.max_retries = 0
acme.users.list()
built = acme._load_client()
print("kept:", acme._load_client() is built)
report("first")

acme.base_url = second + "/v2"
acme.default_headers = {"X-A": "a"}
acme.default_query = {"q": "1"}
acme.api_key = "K2"
acme.teams.list()
report("changed after the client is built")

acme.max_retries = 2
try:
    acme.jobs.list()
except acme.InternalServerError:
    report("retried twice")

acme.timeout = 0.5
acme.max_retries = 0
try:
    acme.hardware.list()
except acme.APITimeoutError:
    report("timed out")
acme.timeout = acme.DEFAULT_TIMEOUT

mine = httpx.Client(headers={"X-Via": "mine"})
acme.http_client = mine
acme.accounts.list()
acme.http_client = None
acme.accounts.list()
report("http_client set, then unset")

acme._reset_client()
print("rebuilt:", acme._load_client() is not built, acme._load_client().region)
acme.region = "eu"
print("option:", acme._load_client().region)
acme.default_headers = None
acme.default_query = None
acme.users.list()
report("after _reset_client")
`;

  it('sends each module attribute, set before or after the client is built', async () => {
    const result = await runPythonAgainst(out, program, { env: environmentWithout('ACME_') });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'no client: True',
      'kept: True',
      'first | /users Bearer K1 None None',
      'changed after the client is built | /v2/teams?q=1 Bearer K2 a None',
      'retried twice | /v2/jobs?q=1 Bearer K2 a None ; /v2/jobs?q=1 Bearer K2 a None ; /v2/jobs?q=1 Bearer K2 a None',
      'timed out | /v2/hardware?q=1 Bearer K2 a None',
      'http_client set, then unset | /v2/accounts?q=1 Bearer K2 a mine ; /v2/accounts?q=1 Bearer K2 a None',
      'rebuilt: True None',
      'option: eu',
      'after _reset_client | /v2/users Bearer K2 None None',
    ]);
  }, 120_000);

  it("has its test module reach the client through the config's first resource, as Stainless's", () => {
    const tests = readFileSync(path.join(out, 'tests/test_module_client.py'), 'utf8');
    expect(tests).toContain('    assert acme.users._client.timeout == DEFAULT_TIMEOUT\n');
  });

  it('type-checks in the eager form under pyright strict and mypy', async () => {
    expect(await pyrightErrorsUnderOwnSettings(out, ['src/acme/__init__.py', 'src/acme/_module_client.py'])).toEqual(
      [],
    );
    const mypy = await runMypy(out, ['--cache-dir', path.join(dir, 'mypy-cache'), 'src/acme'], { timeout: 600_000 });
    expect(mypy.errors).toEqual([]);
  }, 900_000);
});

if (!PYTHON_FULL) describe.skip(`the module-level client on the wire: ${FULL_ONLY_NOTICE}`, () => {});
