/**
 * The endpoint test of a webhook unwrap that verifies a signature, as Stainless's Python tests write it
 * (tests/api_resources/test_webhooks.py, emit/python/tests/webhook-tests.ts): the first event as JSON, signed and
 * unwrapped, then refused with a wrong signature, id and timestamp; among the resource's other tests in Stainless's
 * method order; unmarked, so it runs where the mock server tests are off. Before 2026-03-03 with `key = b"secret"`
 * (imagekit-python's of 2025-09 to 2025-12), from then on five ways the key reaches the method (whopsdk-python's
 * "chore(tests): update webhook tests"). With SDKGEN_PYTHON_TESTS=full both eras' tests run under pytest with a
 * `standardwebhooks` stand-in that signs and verifies as the Standard Webhooks scheme says (HMAC-SHA256 over
 * `id.timestamp.payload`, `whsec_` keys in base64, five minutes' tolerance): the package cannot be installed here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import type { RenderedFile } from '../../generator/emit/render';
import { FULL_ONLY_NOTICE, PYTHON_FULL, runPytest } from '../helpers/python';
import { pythonTempDir } from '../helpers/python-sdk';
import { writeFiles } from '../helpers/sdk';

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: 1.0.0 }
paths:
  /webhooks:
    get:
      operationId: listWebhooks
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { count: { type: integer } } } } } }
  /webhooks/url:
    get:
      operationId: webhookUrl
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { url: { type: string } } } } } }
webhooks:
  order-created:
    post:
      requestBody:
        content: { application/json: { schema: { $ref: '#/components/schemas/OrderCreatedEvent' } } }
      responses: { '200': { description: ok } }
  order-cancelled:
    post:
      requestBody:
        content: { application/json: { schema: { $ref: '#/components/schemas/OrderCancelledEvent' } } }
      responses: { '200': { description: ok } }
components:
  schemas:
    OrderCreatedEvent:
      type: object
      required: [type, orderId, createdAt]
      properties:
        type: { const: order.created }
        orderId: { type: string }
        createdAt: { type: string, format: date-time }
        note: { type: string, readOnly: true }
    OrderCancelledEvent:
      type: object
      required: [type, reason]
      properties: { type: { const: order.cancelled }, reason: { type: string } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python:
    package_name: acme
client_settings:
  opts:
    webhook_secret:
      type: string
      read_env: ACME_WEBHOOK_SECRET
      nullable: true
resources:
  webhooks:
    methods:
      url: get /webhooks/url
      unwrap:
        type: webhook_unwrap
        discriminator: type
        webhook_key_opt: webhook_secret
      unsafe_unwrap:
        type: webhook_unwrap
        discriminator: type
      list: get /webhooks
settings:
  disable_mock_tests: true
`;

/** Standard Webhooks' signing and verifying (what the `standardwebhooks` package does), for the tests to run. */
const STANDARD_WEBHOOKS = `import json
import hmac
import base64
import hashlib
from typing import Any, Dict, Union
from datetime import datetime, timezone

TOLERANCE = 5 * 60


class WebhookVerificationError(Exception):
    pass


class Webhook:
    def __init__(self, whsecret: Union[str, bytes]) -> None:
        if isinstance(whsecret, str):
            self._key = base64.b64decode(whsecret[len("whsec_") :] if whsecret.startswith("whsec_") else whsecret)
        else:
            self._key = whsecret

    def sign(self, msg_id: str, timestamp: datetime, data: str) -> str:
        signed = f"{msg_id}.{int(timestamp.timestamp())}.{data}".encode()
        return "v1," + base64.b64encode(hmac.new(self._key, signed, hashlib.sha256).digest()).decode()

    def verify(self, data: Union[str, bytes], headers: Dict[str, str]) -> Any:
        given = {key.lower(): value for key, value in headers.items()}
        msg_id, stamp, signatures = given.get("webhook-id"), given.get("webhook-timestamp"), given.get("webhook-signature")
        if not msg_id or not stamp or not signatures:
            raise WebhookVerificationError("Missing required headers")
        try:
            seconds = int(stamp)
        except ValueError as e:
            raise WebhookVerificationError("Invalid Signature Headers") from e
        if abs(int(datetime.now(tz=timezone.utc).timestamp()) - seconds) > TOLERANCE:
            raise WebhookVerificationError("Message timestamp too old or too new")
        payload = data if isinstance(data, str) else data.decode()
        expected = self.sign(msg_id, datetime.fromtimestamp(seconds, tz=timezone.utc), payload)
        if not any(hmac.compare_digest(signature, expected) for signature in signatures.split(" ")):
            raise WebhookVerificationError("No matching signature found")
        return json.loads(payload)
`;

const FILE = 'tests/api_resources/test_webhooks.py';
const DATA =
  '        data = """{"createdAt":"2019-12-27T18:11:19.117Z","orderId":"orderId","type":"order.created","note":"note"}"""';

/** The classes and their test functions, in order. */
function testsInOrder(text: string): string[] {
  return [...text.matchAll(/^(?:class (\w+)| {4}(?:async )?def (test_\w+))/gm)].map((m) => m[1] ?? m[2]);
}

/** The SDK generated in-process at `era` (null: the newest forms): its files, and a folder to write them into. */
interface Generation {
  files: RenderedFile[];
  out: string;
  read(file: string): string;
}

/** The SDK's unwrap tests under pytest, with the stand-in on the path: each case's outcome by its id. */
async function runUnwrapTests({ files, out }: Generation): Promise<Record<string, string>> {
  writeFiles(out, files);
  const standIn = path.join(out, 'stand-in/standardwebhooks');
  mkdirSync(standIn, { recursive: true });
  writeFileSync(path.join(standIn, '__init__.py'), STANDARD_WEBHOOKS);
  const { cases, result } = await runPytest({
    cwd: out,
    junit: path.join(out, 'junit.xml'),
    // (Only the unwrap tests: the others are the mock server's, off in this config.)
    args: ['-o', 'addopts=', '-q', '-k', 'unwrap', FILE],
    env: { PYTHONPATH: `${path.join(out, 'src')}:${path.dirname(standIn)}`, PYTHONDONTWRITEBYTECODE: '1' },
    timeout: 120_000,
  });
  expect(cases.length, result.stdout + result.stderr).toBeGreaterThan(0);
  return Object.fromEntries(cases.map((c) => [c.id.split('::').slice(-2).join('::'), c.outcome]));
}

describe("a webhook unwrap's endpoint test in the Python SDK", () => {
  const dir = pythonTempDir('py-unwrap-tests');
  const generated = (era: string | null): Generation => {
    const made: Generation = {
      files: [],
      out: path.join(dir, era ?? 'newest'),
      read: (file) => made.files.find((f) => f.path === file)?.contents ?? `(no ${file})`,
    };
    beforeAll(async () => {
      const spec = path.join(dir, 'openapi.yaml');
      const config = path.join(dir, 'stainless.yml');
      writeFileSync(spec, SPEC);
      writeFileSync(config, CONFIG);
      made.files = (await generate({ spec, config, target: 'python', stainlessEra: era })).files;
    }, 120_000);
    return made;
  };
  const older = generated('2025-12-12');
  const newest = generated(null);

  it('signs the first event as JSON (keys as sent), among the other tests in Stainless order, unmarked', () => {
    for (const sdk of [older, newest]) {
      const text = sdk.read(FILE);
      expect(text).toContain(DATA);
      expect(testsInOrder(text)).toEqual([
        'TestWebhooks',
        ...['test_method_list', 'test_raw_response_list', 'test_streaming_response_list', 'test_method_unwrap'],
        ...['test_method_url', 'test_raw_response_url', 'test_streaming_response_url'],
        'TestAsyncWebhooks',
        ...['test_method_list', 'test_raw_response_list', 'test_streaming_response_list', 'test_method_unwrap'],
        ...['test_method_url', 'test_raw_response_url', 'test_streaming_response_url'],
      ]);
      // No mark of the mock server's on it, no `@parametrize` of the client's.
      expect(text).not.toMatch(/@parametrize\n {4}def test_method_unwrap/);
      expect(text).not.toMatch(/disabled"\)\n(?: {4}@.*\n)* {4}def test_method_unwrap/);
      expect(text).toContain(
        'from typing import Any, cast\nfrom datetime import datetime, timezone\n\nimport pytest\nimport standardwebhooks\n',
      );
    }
  });

  it('passes `key = b"secret"` before 2026-03-03, the async class calling the sync client', () => {
    const text = older.read(FILE);
    expect(text).toContain('    def test_method_unwrap(self, client: Acme) -> None:\n        key = b"secret"\n');
    expect(text.match(/_ = client\.webhooks\.unwrap\(data, headers=headers, key=key\)/g)).toHaveLength(2);
    expect(text).not.toContain('client_opt');
  });

  it("takes the key from the client's option or the call from 2026-03-03 on", () => {
    const text = newest.read(FILE);
    expect(text).toContain('        "client_opt,method_opt",\n');
    expect(text).toContain('        client = client.with_options(webhook_secret=client_opt)\n');
    expect(text).toContain('        async_client = async_client.with_options(webhook_secret=client_opt)\n');
    expect(text).toContain('            _ = async_client.webhooks.unwrap(data, headers=headers, key=method_opt)\n');
    expect(text).toMatch(/def test_method_unwrap\(\s*self, async_client: Acme, client_opt: str \| None/);
  });

  it.runIf(PYTHON_FULL)(
    'passes under pytest in both eras, each signature checked',
    async () => {
      expect(await runUnwrapTests(older)).toEqual({
        'TestWebhooks::test_method_unwrap': 'passed',
        'TestAsyncWebhooks::test_method_unwrap': 'passed',
      });
      const newer = await runUnwrapTests(newest);
      expect(Object.keys(newer)).toHaveLength(10);
      expect(Object.values(newer).every((outcome) => outcome === 'passed')).toBe(true);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`the tests under pytest: ${FULL_ONLY_NOTICE}`, () => {});
});
