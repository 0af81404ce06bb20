/**
 * A Stainless config's `webhook_unwrap` methods in the Python SDK: `client.webhooks.unsafe_unwrap(payload)` parses
 * an event; `unwrap(payload, headers=..., key=None)` first verifies its Standard Webhooks signature with the key
 * given, else the client option `webhook_key_opt` names (the `standardwebhooks` package, the `webhooks` extra of
 * pyproject.toml). Stainless's tests call both. With SDKGEN_PYTHON_TESTS=full the SDK runs them, with a stand-in
 * `standardwebhooks` on the path (the verifier is that package's, not ours; what is tested is which key reaches it
 * and what comes back), and pyright strict checks the resource.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  pyrightErrorsUnderOwnSettings,
  FULL_ONLY_NOTICE,
  PYTHON_FULL,
  runProcess,
  venvPython,
} from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

/** Accepts a signature `v1,<key>`: enough to tell which key the SDK passed (`sign` for the generated unwrap test). */
const STAND_IN = `from typing import Dict, Union
from datetime import datetime

class WebhookVerificationError(Exception):
    pass

class Webhook:
    def __init__(self, whsecret: Union[str, bytes]) -> None:
        self.key = whsecret if isinstance(whsecret, str) else whsecret.decode()

    def sign(self, msg_id: str, timestamp: datetime, data: str) -> str:
        return "v1," + self.key

    def verify(self, data: Union[str, bytes], headers: Dict[str, str]) -> object:
        if headers.get("webhook-signature") != "v1," + self.key:
            raise WebhookVerificationError("bad signature")
        return data
`;

const CALLS = `import standardwebhooks
from acme import Acme
from acme.types import OrderCreatedWebhookEvent, OrderCancelledWebhookEvent

client = Acme(base_url="http://127.0.0.1:9", webhook_secret="client-key")
created = client.webhooks.unsafe_unwrap('{"type": "order.created", "order_id": "o1"}')
cancelled = client.webhooks.unwrap(
    '{"type": "order.cancelled", "reason": "late"}', headers={"webhook-signature": "v1,client-key"}
)
given = client.webhooks.unwrap('{"type": "order.created", "order_id": "o2"}', headers={"webhook-signature": "v1,k"}, key=b"k")
try:
    client.webhooks.unwrap('{"type": "order.created", "order_id": "o3"}', headers={"webhook-signature": "v1,other"})
    refused = False
except standardwebhooks.WebhookVerificationError:
    refused = True
try:
    Acme(base_url="http://127.0.0.1:9").webhooks.unwrap("{}", headers={})
    keyless = "accepted"
except ValueError:
    keyless = "ValueError"
print(
    isinstance(created, OrderCreatedWebhookEvent),
    isinstance(cancelled, OrderCancelledWebhookEvent),
    given.type,
    refused,
    keyless,
)
`;

describe('webhook_unwrap methods in the Python SDK', () => {
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  const sdk = pythonSdk('py-webhooks', { spec: fixture('webhooks.yaml'), config: fixture('webhooks.stainless.yml') });

  it('writes unwrap (verifying) and unsafe_unwrap (parsing), and the webhooks extra', () => {
    const resource = sdk.read('src/acme/resources/webhooks.py');
    expect(resource).toContain('    def unsafe_unwrap(self, payload: str) -> UnsafeUnwrapWebhookEvent:');
    expect(resource).toMatch(/def unwrap\(\s*self, payload: str, \*, headers: Mapping\[str, str\], key: str \| bytes/);
    expect(resource).toContain('key = self._client.webhook_secret');
    expect(resource).toContain('`acme[webhooks]`');
    expect(sdk.read('pyproject.toml')).toContain('webhooks = ["standardwebhooks"]');
  });

  it.runIf(PYTHON_FULL)(
    'verifies with the given key, else the client option, parses each event, and type-checks under pyright strict',
    async () => {
      const standIn = path.join(sdk.out, 'stand-in');
      mkdirSync(path.join(standIn, 'standardwebhooks'), { recursive: true });
      writeFileSync(path.join(standIn, 'standardwebhooks/__init__.py'), STAND_IN);
      writeFileSync(path.join(standIn, 'standardwebhooks/py.typed'), '');
      const result = await runProcess(venvPython(), ['-c', CALLS], {
        env: { ...process.env, PYTHONPATH: `${path.join(sdk.out, 'src')}:${standIn}`, PYTHONDONTWRITEBYTECODE: '1' },
        timeout: 60_000,
      });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe('True True order.created True ValueError');
      expect(
        await pyrightErrorsUnderOwnSettings(
          sdk.out,
          ['src/acme/resources', 'tests/api_resources'],
          ['src', 'stand-in'],
        ),
      ).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`calls and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
