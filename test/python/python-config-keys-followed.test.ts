/**
 * Stainless config keys the Python SDK follows since it stopped warning of them (the table's Python section,
 * generator/stainless/python-keys.ts), in one package generated in process: the `idempotency_key` argument of non-GET
 * methods (`client_settings.idempotency`), a method's `skip_test_reason` (its tests marked skipped with the reason,
 * escaped), a method's `default_request_options`, a client option filling a server URL's variable (`server_variable`),
 * a `package_name` spelt as a distribution (`meter-sdk`), and an `on_event` rule with `handle: error` raising the
 * client's status error. With SDKGEN_PYTHON_TESTS=full the package runs against an httpx MockTransport, passes pyright
 * at its own (strict) settings, and its generated tests of `events` run against Prism, the skipped ones skipped.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../generator/diagnostics';
import { generate } from '../../generator/generate';
import {
  FULL_ONLY_NOTICE,
  PYTHON_FULL,
  pyrightErrorsUnderOwnSettings,
  runProcess,
  runTestsAgainstPrism,
  venvPython,
} from '../helpers/python';
import { environmentWithout } from '../helpers/python-sdk';
import { tempDir } from '../helpers/sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Meter, version: '1' }
servers:
  - url: 'https://{region}.meter.test/v1'
    variables: { region: { default: eu1 } }
paths:
  /events:
    get:
      operationId: listEvents
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Event' } } } }
    post:
      operationId: createEvent
      parameters: [{ name: X-Trace, in: header, schema: { type: string } }]
      requestBody:
        required: true
        content: { application/json: { schema: { type: object, required: [name], properties: { name: { type: string } } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Event' } } } }
  /events/{id}:
    delete:
      operationId: deleteEvent
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '204': { description: gone } }
  /ticks:
    get:
      operationId: streamTicks
      responses:
        '200': { description: ok, content: { text/event-stream: { schema: { $ref: '#/components/schemas/Event' } } } }
components:
  schemas:
    Event: { type: object, properties: { id: { type: string } } }
`;

/** The reason holds both quotes and a backslash: it must reach the test module as a string, never as code. */
const SKIP_REASON = `upstream's "mock" \\ flaky`;

const CONFIG = `organization: { name: meter }
targets:
  python:
    package_name: meter-sdk
client_settings:
  idempotency: { header: Idempotency-Key }
  opts:
    region:
      type: string
      server_variable: region
streaming:
  on_event:
    - { event_type: error, handle: error }
    - { event_type: tick, handle: yield }
resources:
  events:
    models:
      event: Event
    methods:
      list: get /events
      create:
        endpoint: post /events
        default_request_options: { timeout: PT90S, max_retries: 0 }
        skip_test_reason: ${JSON.stringify(SKIP_REASON)}
      delete: delete /events/{id}
  ticks:
    methods:
      stream:
        endpoint: get /ticks
        streaming: { param_discriminator: null }
`;

let dir: string;
let files: Map<string, string>;
let warnings: Diagnostic[];
const file = (name: string) => files.get(name) ?? '';
/** The text of `name` from `def <method>(` to the next method or class (the sync class's first). */
const methodText = (name: string, method: string) => {
  const text = file(name);
  const start = text.indexOf(`    def ${method}(`);
  const end = text.slice(start + 1).search(/\n {4}(?:async )?def |\nclass /);
  return text.slice(start, end < 0 ? undefined : start + 1 + end);
};

beforeAll(async () => {
  dir = tempDir('python-config-keys-followed');
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(dir, 'openapi.yml'),
    config: path.join(dir, 'stainless.yml'),
    target: 'python',
  });
  files = new Map(result.files.map((f) => [f.path, f.contents]));
  warnings = result.diagnostics.list.filter((d) => d.severity === 'warning' && d.file.endsWith('stainless.yml'));
});

describe('Python config keys followed', () => {
  it('warns of none of them', () => {
    expect(warnings.map((w) => w.message)).toEqual([]);
  });

  it('imports a package_name spelt with a hyphen with underscores, and publishes it as written', () => {
    expect(files.has('src/meter_sdk/_client.py')).toBe(true);
    expect(file('pyproject.toml')).toMatch(/^name = "meter-sdk"$/m);
  });

  it('gives non-GET methods an idempotency_key argument, sent with the request', () => {
    const events = 'src/meter_sdk/resources/events.py';
    for (const method of ['create', 'delete']) {
      const text = methodText(events, method);
      expect(text).toContain(
        '        timeout: float | httpx.Timeout | None | NotGiven = not_given,\n        idempotency_key: str | None = None,\n    ) ->',
      );
      expect(text).toContain('          idempotency_key: Specify a custom idempotency key for this request\n');
      expect(text).toContain('                idempotency_key=idempotency_key,\n');
    }
    expect(methodText(events, 'list')).not.toContain('idempotency_key');
  });

  it("gives a method its default_request_options where the client has the package's defaults", () => {
    const create = methodText('src/meter_sdk/resources/events.py', 'create');
    expect(create).toContain(
      '        if not is_given(timeout) and self._client.timeout == DEFAULT_TIMEOUT:\n            timeout = 90\n',
    );
    expect(create).toContain('max_retries=0 if self._client.max_retries == DEFAULT_MAX_RETRIES else None,');
    // (Before the headers a method sends, as Stainless orders them: anthropic's beta `messages.create`.)
    expect(create.indexOf('if not is_given(timeout)')).toBeLessThan(create.indexOf('extra_headers = {'));
    expect(create).toContain('extra_headers = {');
    expect(methodText('src/meter_sdk/resources/events.py', 'delete')).not.toMatch(/DEFAULT_TIMEOUT|max_retries=/);
  });

  it("marks a method's tests skipped with its skip_test_reason, as a string", () => {
    const tests = file('tests/api_resources/test_events.py');
    const mark = `    @pytest.mark.skip(reason="upstream's \\"mock\\" \\\\ flaky")\n    @parametrize\n`;
    // The method (with its optional header too), raw and streaming tests of create, sync and async; none of list's or
    // delete's.
    expect(tests.split(mark).length - 1).toBe(8);
    for (const test of tests.split(/\n(?=\n {4}@)/).filter((t) => t.includes(mark)))
      expect(test).toMatch(/def test_\w+_create(?:_with_all_params)?\b/);
  });

  it("builds the default base URL from the option filling the server's variable", () => {
    expect(file('src/meter_sdk/_client.py')).toContain(
      `            base_url = f"https://{region if region is not None else 'eu1'}.meter.test/v1"\n`,
    );
  });

  it("raises the client's status error for an event a rule handles as an error", () => {
    const streaming = file('src/meter_sdk/_streaming.py');
    expect(streaming).toContain('    (("error",), None, "error", None),');
    expect(streaming).toContain('raise client._make_status_error(message, body=body, response=response)');
  });
});

/**
 * The package run (SDKGEN_PYTHON_TESTS=full): requests go to an httpx MockTransport, which records them and answers
 * each path as the program needs.
 */
const BEHAVIOUR = `
import httpx
from meter_sdk import Meter, APIStatusError, InternalServerError

seen = []

def answer(request: httpx.Request) -> httpx.Response:
    seen.append(request)
    if request.url.path == "/v1/ticks":
        body = 'event: tick\\ndata: {"id": "1"}\\n\\nevent: error\\ndata: {"message": "boom"}\\n\\n'
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body.encode())
    if request.url.path == "/v1/events" and request.method == "POST" and request.headers.get("x-fail"):
        return httpx.Response(500, headers={"retry-after-ms": "1"}, json={"message": "down"})
    if request.method == "DELETE":
        return httpx.Response(204)
    return httpx.Response(200, json={"id": "e1"})

def client(**options):
    return Meter(http_client=httpx.Client(transport=httpx.MockTransport(answer)), **options)

def timeout_of(request):
    return request.extensions["timeout"]["read"]

c = client()
c.events.list()
print("host", seen[-1].url.host, client(region="us2").events.list() and seen[-1].url.host)

c.events.delete("x", idempotency_key="k1")
own = seen[-1].headers.get("Idempotency-Key")
c.events.delete("x")
print("idempotency", own, seen[-1].headers.get("Idempotency-Key") not in (None, "k1"))

c.events.create(name="a")
timeouts = [timeout_of(seen[-1])]
c.events.create(name="a", timeout=5)
timeouts.append(timeout_of(seen[-1]))
client(timeout=20).events.create(name="a")
timeouts.append(timeout_of(seen[-1]))
c.events.list()
timeouts.append(timeout_of(seen[-1]))
print("timeouts", timeouts)

def attempts(c):
    before = len(seen)
    try:
        c.events.create(name="a", extra_headers={"x-fail": "1"})
    except InternalServerError:
        pass
    return len(seen) - before

print("attempts", attempts(c), attempts(c.with_options(max_retries=1)))

events = []
try:
    for event in c.ticks.stream():
        events.append(event.id)
except APIStatusError as error:
    events.append(f"{type(error).__name__} {error.status_code} {error.body}")
print("events", events)
`;

describe.skipIf(!PYTHON_FULL)('the Python package with these keys, run', () => {
  let sdk: string;
  beforeAll(() => {
    sdk = path.join(dir, 'sdk');
    for (const [name, contents] of files) {
      mkdirSync(path.dirname(path.join(sdk, name)), { recursive: true });
      writeFileSync(path.join(sdk, name), contents);
    }
    writeFileSync(path.join(dir, 'behaviour.py'), BEHAVIOUR);
  });

  it('sends what the keys say', async () => {
    const run = await runProcess(venvPython(), [path.join(dir, 'behaviour.py')], {
      env: { ...environmentWithout('METER_'), PYTHONPATH: path.join(sdk, 'src') },
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual([
      'host eu1.meter.test us2.meter.test',
      'idempotency k1 True',
      'timeouts [90, 5, 20, 60.0]',
      'attempts 1 2',
      "events ['1', \"APIStatusError 200 {'message': 'boom'}\"]",
    ]);
  }, 90_000);

  it('is clean under pyright at its own settings', async () => {
    expect(await pyrightErrorsUnderOwnSettings(sdk, ['src', 'tests'], ['src', '.'])).toEqual([]);
  }, 300_000);

  it('passes its generated tests against Prism, the ones the config skips skipped', async () => {
    // (The stream's tests are left out: Prism cannot write an object schema without an example as an event stream.)
    const tests = ['tests/api_resources/test_events.py'];
    const { cases } = await runTestsAgainstPrism({ spec: path.join(dir, 'openapi.yml'), sdk, tests });
    const skipped = cases.filter((c) => c.outcome === 'skipped');
    expect(cases.filter((c) => c.outcome === 'failed').map((c) => `${c.id}: ${c.message}`)).toEqual([]);
    expect(skipped.length).toBeGreaterThan(0);
    for (const c of skipped) expect(c.id).toMatch(/_create(?:_with_all_params)?\[/);
    expect(cases.some((c) => c.outcome === 'passed' && /_create(?:_with_all_params)?\[/.test(c.id))).toBe(false);
  }, 300_000);
});
if (!PYTHON_FULL) console.log(`python-config-keys-followed: running the package is ${FULL_ONLY_NOTICE}`);
