/**
 * A resource of `webhook_unwrap` methods alone sends no request, so Stainless writes it no `with_raw_response` /
 * `with_streaming_response` and none of the four wrapper classes: imagekit-python's `resources/webhooks.py` has only
 * `WebhooksResource` and `AsyncWebhooksResource`, `resources/__init__.py` re-exports those two, and the client's
 * `…WithRawResponse` / `…WithStreamedResponse` have no `webhooks` property (nor does a parent's wrapper for such a
 * subresource). A resource with HTTP methods keeps all of them. With SDKGEN_PYTHON_TESTS=full the package is imported
 * and called, and pyright strict checks it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyrightErrorsUnderOwnSettings, FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);

/**
 * pyright strict's errors in the SDK's `src`, with a typed stand-in for `standardwebhooks` (an optional extra, not
 * installed) on its path: what is checked is the SDK's own code.
 */
async function pyrightErrors(out: string): Promise<string[]> {
  const standIn = path.join(out, 'stand-in/standardwebhooks');
  mkdirSync(standIn, { recursive: true });
  writeFileSync(
    path.join(standIn, '__init__.py'),
    'from typing import Dict, Union\n\nclass Webhook:\n    def __init__(self, whsecret: Union[str, bytes]) -> None: ...\n' +
      '    def verify(self, data: Union[str, bytes], headers: Dict[str, str]) -> object: ...\n',
  );
  writeFileSync(path.join(standIn, 'py.typed'), '');
  return pyrightErrorsUnderOwnSettings(out, ['src'], ['src', 'stand-in']);
}

/** The fixtures' config with the unwraps also as a subresource of `orders` (a resource that has an HTTP method). */
const NESTED_CONFIG = `organization: { name: acme }
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
  orders:
    methods:
      list: get /orders
    subresources:
      events:
        methods:
          unwrap:
            type: webhook_unwrap
            discriminator: type
            webhook_key_opt: webhook_secret
`;

describe('a resource of webhook unwraps alone (Python)', () => {
  const sdk = pythonSdk('py-webhooks-only', {
    spec: fixture('webhooks.yaml'),
    config: fixture('webhooks.stainless.yml'),
  });

  it('has no raw or streaming wrappers, and neither module nor client names any', () => {
    const resource = sdk.read('src/acme/resources/webhooks.py');
    expect(resource).toContain('class WebhooksResource(SyncAPIResource):');
    expect(resource).not.toContain('with_raw_response');
    expect(resource).not.toContain('with_streaming_response');
    expect(resource).not.toContain('WithRawResponse');
    expect(resource).not.toContain('cached_property');
    const init = sdk.read('src/acme/resources/__init__.py');
    expect(init).toContain('from .webhooks import WebhooksResource, AsyncWebhooksResource');
    expect(init).not.toContain('WebhooksResourceWith');
    expect(init).toContain('OrdersResourceWithRawResponse');
    const client = sdk.read('src/acme/_client.py');
    expect(client).not.toMatch(/WebhooksResourceWith/);
    expect(client).toContain('OrdersResourceWithRawResponse');
    expect(client).toContain('def webhooks(self) -> WebhooksResource:');
  });

  it.runIf(PYTHON_FULL)(
    'imports, keeps the other resources wrappers, and type-checks under pyright strict',
    async () => {
      const result = await sdk.run(
        `from acme import Acme
client = Acme(base_url="http://127.0.0.1:9")
event = client.webhooks.unsafe_unwrap('{"type": "order.created", "order_id": "o1"}')
print(event.type, hasattr(client.with_raw_response, "webhooks"), callable(client.with_raw_response.orders.list))
`,
      );
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe('order.created False True');
      expect(await pyrightErrors(sdk.out)).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`import and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});

describe('a subresource of webhook unwraps alone (Python)', () => {
  const sdk = pythonSdk('py-webhooks-nested', {
    spec: fixture('webhooks.yaml'),
    config: { name: 'stainless.yml', text: NESTED_CONFIG },
  });

  it("is a property of its parent's class but not of its parent's wrappers", () => {
    const parent = sdk.read('src/acme/resources/orders/orders.py');
    expect(parent).toContain('def events(self) -> EventsResource:');
    expect(parent).toContain('def with_raw_response(self) -> OrdersResourceWithRawResponse:');
    expect(parent).not.toContain('EventsResourceWith');
    expect(sdk.read('src/acme/resources/orders/events.py')).not.toContain('with_raw_response');
    expect(sdk.read('src/acme/resources/orders/__init__.py')).not.toContain('EventsResourceWith');
  });

  it.runIf(PYTHON_FULL)(
    'imports and type-checks under pyright strict',
    async () => {
      const result = await sdk.run(
        `from acme import Acme
client = Acme(base_url="http://127.0.0.1:9", webhook_secret="k")
print(hasattr(client.orders.with_raw_response, "events"), type(client.orders.events).__name__)
`,
      );
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe('False EventsResource');
      expect(await pyrightErrors(sdk.out)).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`import and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
