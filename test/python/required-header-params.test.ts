/**
 * A method whose header params are all required sends them as they are, without `strip_not_given`, as Stainless's
 * Python SDKs write it (conductor's `extra_headers = {"Conductor-End-User-Id": conductor_end_user_id,
 * **(extra_headers or {})}` in each of its 256 methods taking that header); where one of them is optional, all go through
 * `strip_not_given`, as before (embed's proxy methods, a required and an optional header in one dict). The SDK sends
 * each to a real 127.0.0.1 server, the caller's `extra_headers` winning; pyright strict and mypy accept the resource
 * under SDKGEN_PYTHON_TESTS=full.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/positional-params-python.test.ts samples Python params and their styles (docs/contributing.md,
// "What `npm test` samples").
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runMypy } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Ledger, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /accounts:
    get:
      operationId: listAccounts
      parameters:
        - { in: header, name: Ledger-End-User-Id, required: true, schema: { type: string } }
        - { in: query, name: limit, schema: { type: integer } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { ok: { type: boolean } } }
    post:
      operationId: createAccount
      parameters:
        - { in: header, name: Ledger-End-User-Id, required: true, schema: { type: string } }
        - { in: header, name: Idempotency-Key, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [name], properties: { name: { type: string } } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { ok: { type: boolean } } }
`;

const CONFIG = `
organization: { name: ledger }
targets:
  python: { package_name: ledger }
resources:
  accounts:
    methods:
      list: get /accounts
      create: post /accounts
`;

describe.runIf(PYTHON_FULL)('header params', () => {
  const sdk = pythonSdk(
    'py-required-headers',
    {
      spec: { name: 'openapi.yaml', text: SPEC },
      config: { name: 'stainless.yml', text: CONFIG },
    },
    { timeout: 180_000 },
  );
  const resource = () => sdk.read('src/ledger/resources/accounts.py');

  it('all required: sent as they are, without strip_not_given', () => {
    const text = resource();
    const direct = 'extra_headers = {"Ledger-End-User-Id": ledger_end_user_id, **(extra_headers or {})}';
    // The list method's, sync and async.
    expect(text.split(direct)).toHaveLength(3);
  });

  it('one of them optional: all through strip_not_given', () => {
    const text = resource();
    expect(text).toMatch(/^from \.\._utils import .*\bstrip_not_given\b/m);
    expect(text).toMatch(
      /\*\*strip_not_given\(\s*\{\s*"Ledger-End-User-Id": ledger_end_user_id,\s*"Idempotency-Key": idempotency_key/,
    );
  });

  it('sends each header to a real server, the caller’s extra_headers winning', async () => {
    const program = `${LOCAL_SERVER}
from ledger import Ledger

seen = []

def record(request):
    seen.append(f"{request.command} {request.headers.get('Ledger-End-User-Id')} {request.headers.get('Idempotency-Key')}")
    return {"ok": True}

client = Ledger(base_url=serve(record), max_retries=0)
client.accounts.list(ledger_end_user_id="u1", limit=2)
client.accounts.list(ledger_end_user_id="u1", extra_headers={"Ledger-End-User-Id": "mine"})
client.accounts.create(ledger_end_user_id="u2", name="n")
client.accounts.create(ledger_end_user_id="u3", name="n", idempotency_key="k")
print("\\n".join(seen))
`;
    const result = await sdk.run(program);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual(['GET u1 None', 'GET mine None', 'POST u2 None', 'POST u3 k']);
  }, 120_000);

  if (!PYTHON_FULL) console.log(`required-header-params: pyright and mypy are ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy, with a caller',
    async () => {
      writeFileSync(
        path.join(sdk.out, 'call_accounts.py'),
        [
          'from ledger import Ledger',
          '',
          'client = Ledger(base_url="http://127.0.0.1:4010")',
          'client.accounts.list(ledger_end_user_id="u1")',
          'client.accounts.create(ledger_end_user_id="u2", name="n", idempotency_key="k")',
          '',
        ].join('\n'),
      );
      const files = ['src/ledger/resources/accounts.py', 'call_accounts.py'];
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, files)).toEqual([]);
      const mypy = await runMypy(sdk.out, ['--cache-dir', path.join(sdk.dir, 'mypy-cache'), ...files], {
        timeout: 600_000,
      });
      expect(mypy.errors).toEqual([]);
    },
    900_000,
  );
});
