/**
 * The Stainless config keys a Python SDK follows, each seen in the package one in-process generation writes (the
 * table's Python section, docs/reference/stainless-config.md): the client's name, env prefix, environments,
 * credentials, idempotency header and request defaults (`_constants.py`), the repository in the forms real configs
 * write it (`owner/name#branch`), `publish.pypi: false`, the licence, `unwrap_response_fields`, `body_param_name`,
 * `deprecated`, a method skipped for Python; and the keys it does not follow, each a warning with its line.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../generator/diagnostics';
import { generate } from '../../generator/generate';
import { STAINLESS_KEYS } from '../../generator/stainless/config-keys';
import { PYTHON_KEYS } from '../../generator/stainless/python-keys';
import { ROOT } from '../helpers/paths';
import { FULL_ONLY_NOTICE, PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Orders, version: '1' }
servers: [{ url: 'https://api.orders.test' }]
paths:
  /orders:
    get:
      operationId: listOrders
      parameters: [{ name: starting_after, in: query, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { data: { type: array, items: { $ref: '#/components/schemas/Order' } } } } } } }
    post:
      operationId: createOrder
      requestBody: { content: { application/json: { schema: { type: array, items: { type: string } } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { data: { $ref: '#/components/schemas/Order' } } } } } }
  /orders/{id}:
    delete:
      operationId: deleteOrder
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '204': { description: gone } }
    get:
      operationId: getOrder
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Order' } } } }
  /events:
    get:
      operationId: streamEvents
      responses:
        '200': { description: ok, content: { text/event-stream: { schema: { $ref: '#/components/schemas/Order' } } } }
components:
  schemas:
    Order: { type: object, properties: { id: { type: string } } }
  securitySchemes:
    bearer: { type: http, scheme: bearer }
security: [{ bearer: [] }]
`;

const CONFIG = `organization: { name: orders }
targets:
  python:
    package_name: orders_sdk
    production_repo: acme/orders-python#main
    publish: { pypi: false }
settings:
  license: Apache-2.0
  unwrap_response_fields: [data]
environments:
  production: https://api.orders.test
  sandbox: https://sandbox.orders.test
client_settings:
  default_env_prefix: ACME_ORDERS
  default_client_name: AcmeOrders
  idempotency: { header: Idempotency-Key }
  default_timeout: PT90S
  default_retries: { max_retries: 4, initial_delay_seconds: 1.5, max_delay_seconds: 30 }
  opts:
    api_key:
      type: string
      read_env: ACME_ORDERS_TOKEN
      auth: { security_scheme: bearer }
pagination:
  - name: id_page
    type: cursor_id
    request:
      starting_after: { type: string, x-stainless-pagination-property: { purpose: next_cursor_id_param } }
    response:
      data:
        type: array
        items: { type: object, properties: { id: { type: string, x-stainless-pagination-property: { purpose: cursor_item_id } } } }
  - name: header_page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      items: { type: array, items: { type: object } }
      next: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field, from_header: X-Next } }
streaming:
  on_event:
    - { event_type: error, handle: error }
    - { event_type: [started, finished], handle: yield }
resources:
  orders:
    models:
      order: Order
    methods:
      list: get /orders
      create:
        endpoint: post /orders
        body_param_name: skus
      delete:
        endpoint: delete /orders/{id}
        deprecated: use archive instead
      retrieve:
        endpoint: get /orders/{id}
        skip: [python]
  events:
    methods:
      stream:
        endpoint: get /events
        streaming: { param_discriminator: null }
        default_request_options: { max_retries: 0 }
`;

let dir: string;
let files: Map<string, string>;
let warnings: Diagnostic[];
const file = (name: string) => files.get(name) ?? '';

beforeAll(async () => {
  dir = tempDir('stainless-config-python-keys');
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

describe('Stainless config keys in the Python SDK', () => {
  it('names the client and its env vars from client_settings, with the config environments', () => {
    const client = file('src/orders_sdk/_client.py');
    expect(client).toMatch(/^class AcmeOrders\(SyncAPIClient\):/m);
    expect(client).toContain('os.environ.get("ACME_ORDERS_TOKEN")');
    expect(client).toContain('os.environ.get("ACME_ORDERS_BASE_URL")');
    expect(client).toContain('environment: Literal["production", "sandbox"] | NotGiven = not_given,');
  });

  it('sets the idempotency header on both clients', () => {
    expect(file('src/orders_sdk/_client.py').match(/self\._idempotency_header = "Idempotency-Key"/g)).toHaveLength(2);
  });

  it('writes default_timeout and default_retries into _constants.py', () => {
    const constants = file('src/orders_sdk/_constants.py');
    expect(constants).toContain('DEFAULT_TIMEOUT = httpx.Timeout(timeout=90.0, connect=5.0)');
    expect(constants).toMatch(/^DEFAULT_MAX_RETRIES = 4$/m);
    expect(constants).toMatch(/^INITIAL_RETRY_DELAY = 1\.5$/m);
    expect(constants).toMatch(/^MAX_RETRY_DELAY = 30\.0$/m);
  });

  it('reads owner/name#branch as the repository, which publish.pypi: false installs from', () => {
    expect(file('pyproject.toml')).toContain('Repository = "https://github.com/acme/orders-python"');
    expect(file('README.md')).toContain('pip install git+ssh://git@github.com/acme/orders-python.git');
    expect(warnings.some((w) => w.message.includes('production_repo'))).toBe(false);
  });

  it("writes streaming.on_event into _streaming.py's rules", () => {
    expect(file('src/orders_sdk/_streaming.py')).toContain(
      [
        '_EVENT_RULES: Tuple[_EventRule, ...] = (',
        '    (("error",), None, "error", None),',
        '    (("started", "finished"), None, "yield", None),',
        ')',
      ].join('\n'),
    );
  });

  it("pages a cursor_id scheme after the last item's id", () => {
    const pagination = file('src/orders_sdk/pagination.py');
    const syncPage = pagination.slice(
      pagination.indexOf('class SyncIDPage('),
      pagination.indexOf('class AsyncIDPage('),
    );
    // Read through the items' protocol (`IDPageItem`, an `id: Optional[str]`: the config's items do not require it), as
    // Stainless's cursor_id pages read them.
    expect(pagination).toContain('@runtime_checkable\nclass IDPageItem(Protocol):\n    id: Optional[str]\n');
    expect(syncPage).toContain('item = cast(Any, data[-1])');
    expect(syncPage).toContain('if not isinstance(item, IDPageItem) or item.id is None:');
    expect(syncPage).toContain('return PageInfo(params={"starting_after": item.id})');
    expect(file('src/orders_sdk/resources/orders.py')).toContain('-> SyncIDPage[Order]:');
  });

  it('follows settings (licence, unwrap_response_fields) and the methods keys', () => {
    expect(file('pyproject.toml')).toContain('license = "Apache-2.0"');
    const orders = file('src/orders_sdk/resources/orders.py');
    // unwrap_response_fields: `{ data: Order }` returns the Order; body_param_name: the array body is `skus`.
    expect(orders).toContain('skus: SequenceNotStr[str] | Omit = omit,');
    expect(orders).toMatch(/def create\([^]*?\n {4}\) -> Order:/);
    expect(orders).toContain('@typing_extensions.deprecated("use archive instead")');
    // skip: [python] leaves the method out of the Python SDK alone.
    expect(orders).not.toContain('def retrieve(');
  });

  it('warns, with its line, of each key the Python SDK does not follow, and of nothing else', () => {
    expect(warnings.map((w) => [w.message.split(':')[0], w.line])).toEqual([]);
  });
});

describe("the reference's Python section (generator/stainless/python-keys.ts)", () => {
  it('names keys the config reader knows, and tests that exist', () => {
    const known = STAINLESS_KEYS.flatMap((row) => row.keys);
    const prefixes = known.map((key) => key.replace(/\.\*$/, '').split(/[.[{<]/)[0]);
    for (const row of PYTHON_KEYS) {
      for (const key of row.keys) expect(prefixes, key).toContain(key.split(/[.[{<]/)[0]);
      if (row.test) expect(existsSync(path.join(ROOT, 'test/python', row.test)), row.test).toBe(true);
    }
  });

  it('says `warns` or `partly` of each key the Python warnings name', () => {
    const unfollowed = PYTHON_KEYS.filter((row) => row.python === 'warns' || row.python === 'partly').flatMap(
      (row) => row.keys,
    );
    // Pages from headers or a bare array body are followed (page-forms-python.test.ts).
    expect(unfollowed.some((key) => key.includes('from_header'))).toBe(false);
  });
});

/**
 * What the package does with those keys, run (SDKGEN_PYTHON_TESTS=full): requests go to an httpx MockTransport, which
 * answers the event stream, the pages and the create, and records the headers.
 */
const BEHAVIOUR = `
import httpx
from orders_sdk import AcmeOrders, APIError

seen = []

def answer(request: httpx.Request) -> httpx.Response:
    seen.append(request)
    if request.url.path == "/events":
        body = (
            'event: started\\ndata: {"id": "1"}\\n\\n'
            'event: log\\ndata: {"id": "skipped"}\\n\\n'
            'data: {"id": "unnamed"}\\n\\n'
            'event: finished\\ndata: {"id": "2"}\\n\\n'
            'event: error\\ndata: {"message": "boom"}\\n\\n'
        )
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body.encode())
    if request.method == "GET":
        after = request.url.params.get("starting_after")
        pages = {None: [{"id": "a"}, {"id": "b"}], "b": [{"id": "c"}], "c": []}
        return httpx.Response(200, json={"data": pages[after]})
    return httpx.Response(200, json={"data": {"id": "new"}})

client = AcmeOrders(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
events = []
try:
    for event in client.events.stream():
        events.append(event.id)
except APIError as error:
    events.append("raised " + error.message)
print("events", events)
print("pages", [order.id for order in client.orders.list()])
print("created", client.orders.create(skus=["x"]).id, "key" if seen[-1].headers.get("Idempotency-Key") else "no key")
`;

describe.skipIf(!PYTHON_FULL)('the Python package with these keys, run', () => {
  it('streams by the rules, pages after the last id and sends an idempotency key', async () => {
    for (const [name, contents] of files) {
      mkdirSync(path.dirname(path.join(dir, 'sdk', name)), { recursive: true });
      writeFileSync(path.join(dir, 'sdk', name), contents);
    }
    writeFileSync(path.join(dir, 'behaviour.py'), BEHAVIOUR);
    const run = await runProcess(venvPython(), [path.join(dir, 'behaviour.py')], {
      env: { ...process.env, PYTHONPATH: path.join(dir, 'sdk/src') },
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual([
      "events ['1', '2', \"raised {'message': 'boom'}\"]",
      "pages ['a', 'b', 'c']",
      'created new key',
    ]);
  });
});
if (!PYTHON_FULL) console.log(`stainless-config-python-keys: running the package is ${FULL_ONLY_NOTICE}`);
