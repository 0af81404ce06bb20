/**
 * A client with an idempotency header (here sdkgen's own `client.idempotencyHeader`) gives each non-GET method its
 * `idempotency_key` argument. The spec's header parameter of that name is no method's (the client sends the key), and
 * a param whose Python name is `idempotency_key` too (a body field) is `idempotency_key_`: each `def` declares an
 * argument once (twice was a SyntaxError on importing the package). The SDK sends the caller's key once in the header,
 * the client's own when none is given, and the body field under its wire name, to a real 127.0.0.1 server; pyright
 * strict accepts the resource and a caller under SDKGEN_PYTHON_TESTS=full.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { generatePythonInto, LOCAL_SERVER, pythonTempDir, runPythonAgainst } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Ledger, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /accounts:
    post:
      operationId: createAccount
      parameters:
        - { in: header, name: Idempotency-Key, schema: { type: string } }
        - { in: header, name: X-Trace, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties: { name: { type: string }, idempotency_key: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /accounts/{id}:
    get:
      operationId: getAccount
      parameters:
        - { in: path, name: id, required: true, schema: { type: string } }
        - { in: header, name: Idempotency-Key, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CONFIG = `
client:
  name: Ledger
  package: ledger-sdk
  idempotencyHeader: Idempotency-Key
`;

const CALLER = `from ledger_sdk import Ledger

client = Ledger(base_url="http://127.0.0.1:4010")
client.accounts.create(name="n", idempotency_key_="b", x_trace="t", idempotency_key="k")
client.accounts.retrieve("a")
`;

describe("the client's idempotency header in Python's methods", () => {
  const dir = pythonTempDir('py-idempotency-params');
  let out = '';
  beforeAll(() => {
    out = generatePythonInto(dir, path.join(dir, 'sdk'), {
      spec: { name: 'openapi.yaml', text: SPEC },
      config: { name: 'sdkgen.config.yaml', text: CONFIG },
    });
  }, 180_000);

  it("sends the caller's key once, the client's own else, and the body field by its wire name", async () => {
    const program = `${LOCAL_SERVER}
from ledger_sdk import Ledger

seen = []

def record(request):
    seen.append([request.command, request.headers.get_all("Idempotency-Key"), request.headers.get("X-Trace"), request.body.decode()])
    return {}

client = Ledger(base_url=serve(record), max_retries=0)
client.accounts.create(name="n", idempotency_key_="body-key", x_trace="t", idempotency_key="k1")
client.accounts.create(name="m")
client.accounts.retrieve("a")
for command, keys, trace, body in seen:
    print(command, len(keys or []), (keys or ["-"])[0][:8], trace, body or "-")
`;
    const result = await runPythonAgainst(out, program);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('POST 1 k1 t {"name":"n","idempotency_key":"body-key"}');
    expect(lines[1]).toMatch(/^POST 1 \S+ None \{"name":"m"\}$/);
    expect(lines[1]).not.toContain('POST 1 k1');
    expect(lines[2]).toBe('GET 0 - None -');
  }, 120_000);

  if (!PYTHON_FULL) console.log(`idempotency-header-params-python: pyright is ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict, with a caller',
    async () => {
      writeFileSync(path.join(out, 'call_create.py'), CALLER);
      const files = ['src/ledger_sdk/resources/accounts.py', 'call_create.py'];
      expect(await pyrightErrorsUnderOwnSettings(out, files)).toEqual([]);
    },
    600_000,
  );
});
