/**
 * A Stainless config's `webhook_unwrap` methods: `client.webhooks.unwrap(body)` parses the body of a request the API
 * sent into one of the spec's webhook events (each a type `<Key>WebhookEvent` of the method's resource, their union
 * `UnwrapWebhookEvent`); with `webhook_key_opt`, `unwrap(body, { headers, key })` first verifies its Standard Webhooks
 * signature with the key the client option holds. Type-checked under tsc --strict; the verification runs for real
 * against signatures made with node:crypto.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/orders': {
      get: {
        operationId: 'listOrders',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
  webhooks: {
    'order-created': {
      post: {
        summary: 'An order was created',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/OrderEvent' } } } },
        responses: { '200': { description: 'ok' } },
      },
    },
    'kyc-status': {
      post: {
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['type', 'status'],
                properties: { type: { const: 'kyc.status' }, status: { enum: ['approved', 'rejected'] } },
              },
            },
          },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      OrderEvent: {
        type: 'object',
        required: ['type', 'order_id'],
        properties: { type: { const: 'order.created' }, order_id: { type: 'string' } },
      },
    },
  },
};

const config = (unwrap: string) => `organization: { name: acme }
client_settings:
  opts:
    webhook_key:
      type: string
      read_env: ACME_WEBHOOK_KEY
      nullable: true
resources:
  orders:
    methods:
      list: get /orders
  webhooks:
    methods:
      unwrap: ${unwrap}
`;

const CONSUMER = `import { WebhookVerificationError } from 'standardwebhooks';
import Acme from './src/index.js';
import type { UnwrapWebhookEvent, OrderCreatedWebhookEvent, KYCStatusWebhookEvent } from './src/resources/webhooks.js';
const client = new Acme({ webhookKey: 'whsec_a2V5' });
declare const body: string;
declare const headers: Record<string, string>;
const event: UnwrapWebhookEvent = client.webhooks.unwrap(body, { headers });
if (event.type === 'order.created') {
  const created: OrderCreatedWebhookEvent = event;
  void created.order_id;
} else {
  const kyc: KYCStatusWebhookEvent = event;
  void kyc.status;
}
void client.webhooks.unwrap(body, { headers, key: 'whsec_b3RoZXI=' });
// @ts-expect-error: a verifying unwrap needs the headers
void client.webhooks.unwrap(body);
void WebhookVerificationError;
`;

/**
 * The unwrap test as Stainless's SDKs have it: the payload signed with `standardwebhooks` (a devDependency of the
 * SDK, as in theirs), then unwrapped with the headers and the key.
 */
const STAINLESS_UNWRAP_TEST = `import { Webhook } from 'standardwebhooks';
import Acme from './src/index.js';

const client = new Acme({ webhookKey: 'whsec_c2VjcmV0Cg==' });

export function unwrapSigned(): unknown {
  const key = 'whsec_c2VjcmV0Cg==';
  const payload = '{"type":"order.created","order_id":"o_1"}';
  const msgID = '1';
  const timestamp = new Date();
  const signature = new Webhook(key).sign(msgID, timestamp, payload);
  const headers: Record<string, string> = {
    'webhook-signature': signature,
    'webhook-id': msgID,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
  };
  return client.webhooks.unwrap(payload, { headers, key });
}
`;

let root = '';
const sdks: Record<'verifying' | 'parsing', string> = { verifying: '', parsing: '' };

beforeAll(async () => {
  root = tempDir('stainless-webhooks');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  const forms = {
    verifying: '{ type: webhook_unwrap, discriminator: type, webhook_key_opt: webhook_key }',
    parsing: '{ type: webhook_unwrap, discriminator: type }',
  };
  for (const [name, unwrap] of Object.entries(forms) as Array<[keyof typeof sdks, string]>) {
    writeFileSync(path.join(root, `${name}.yml`), config(unwrap));
    const result = await generate({
      spec: path.join(root, 'openapi.json'),
      config: path.join(root, `${name}.yml`),
      format: false,
    });
    sdks[name] = path.join(root, name);
    writeFiles(sdks[name], result.files);
  }
  writeFileSync(path.join(sdks.verifying, 'consumer.ts'), CONSUMER);
  writeFileSync(path.join(sdks.verifying, 'stainless-unwrap.ts'), STAINLESS_UNWRAP_TEST);
  // The README's webhooks example, importing the package from its sources.
  const readme = readFileSync(path.join(sdks.verifying, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Webhooks'));
  const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  writeFileSync(
    path.join(sdks.verifying, 'readme-webhooks.ts'),
    example.replace(`from 'acme-sdk'`, `from './src/index.js'`),
  );
});
afterAll(() => {
  delete process.env.ACME_WEBHOOK_KEY;
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Standard Webhooks headers for `body`, signed with `key` (raw bytes) at `seconds`. */
function signed(body: string, key: Buffer, seconds = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac('sha256', key).update(`msg_1.${seconds}.${body}`).digest('base64');
  return { 'webhook-id': 'msg_1', 'webhook-timestamp': String(seconds), 'webhook-signature': `v1,${signature}` };
}

describe('webhook_unwrap', () => {
  it('type-checks under tsc --strict: the events narrow by their discriminator, the headers are required', () => {
    const { status, output } = typeCheckStrict(sdks.verifying, [
      'src/**/*.ts',
      'consumer.ts',
      'readme-webhooks.ts',
      'stainless-unwrap.ts',
    ]);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it("names each event after its webhook's key in the method's resource, and api.md lists them and the method", () => {
    const apiMd = readFileSync(path.join(sdks.verifying, 'api.md'), 'utf8');
    const section = apiMd.slice(apiMd.indexOf('# Webhooks'));
    expect(section).toContain('OrderCreatedWebhookEvent');
    expect(section).toContain('KYCStatusWebhookEvent');
    expect(section).toContain('UnwrapWebhookEvent');
    expect(section).toContain(
      '- <code>client.webhooks.<a href="./src/resources/webhooks.ts">unwrap</a>(body, { headers, key }) -> UnwrapWebhookEvent</code>',
    );
    // The README says how to verify, and its example (type-checked above) passes the headers.
    const readme = readFileSync(path.join(sdks.verifying, 'README.md'), 'utf8');
    const webhooks = readme.slice(
      readme.indexOf('## Webhooks'),
      readme.indexOf('\n## ', readme.indexOf('## Webhooks') + 1),
    );
    expect(webhooks).toContain('`webhookKey` client option (by default the `ACME_WEBHOOK_KEY` environment variable)');
    expect(webhooks).toContain(
      'client.webhooks.unwrap(await request.text(), { headers: Object.fromEntries(request.headers) })',
    );
    expect(readFileSync(path.join(sdks.verifying, 'readme-webhooks.ts'), 'utf8')).toContain("from './src/index.js'");
    const parsingMd = readFileSync(path.join(sdks.parsing, 'api.md'), 'utf8');
    expect(parsingMd).toContain('unwrap</a>(body) -> UnwrapWebhookEvent</code>');
  });

  it('verifies the signature with the key of the client option (given, or from its env var), then parses', async () => {
    const { Acme } = await import(pathToFileURL(path.join(sdks.verifying, 'src/index.ts')).href);
    const { WebhookVerificationError } = await import('standardwebhooks');
    const key = randomBytes(24);
    const body = JSON.stringify({ type: 'order.created', order_id: 'o_1' });
    const client = new Acme({ webhookKey: `whsec_${key.toString('base64')}` });
    expect(client.webhooks.unwrap(body, { headers: signed(body, key) })).toEqual({
      type: 'order.created',
      order_id: 'o_1',
    });
    // The key given to the call.
    const other = randomBytes(32);
    expect(client.webhooks.unwrap(body, { headers: signed(body, other), key: other.toString('base64') })).toEqual({
      type: 'order.created',
      order_id: 'o_1',
    });
    process.env.ACME_WEBHOOK_KEY = `whsec_${key.toString('base64')}`;
    expect(new Acme().webhooks.unwrap(body, { headers: signed(body, key) }).order_id).toBe('o_1');
    delete process.env.ACME_WEBHOOK_KEY;

    const refused = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return null;
    };
    // Altered body, wrong key, a replayed (old) request, missing headers: refused.
    expect(refused(() => client.webhooks.unwrap(`${body} `, { headers: signed(body, key) }))).toBeInstanceOf(
      WebhookVerificationError,
    );
    expect(refused(() => client.webhooks.unwrap(body, { headers: signed(body, other) }))).toBeInstanceOf(
      WebhookVerificationError,
    );
    const old = signed(body, key, Math.floor(Date.now() / 1000) - 600);
    expect(refused(() => client.webhooks.unwrap(body, { headers: old }))).toBeInstanceOf(WebhookVerificationError);
    expect(refused(() => client.webhooks.unwrap(body, { headers: {} }))).toBeInstanceOf(WebhookVerificationError);
    // No key anywhere: refused before anything is parsed.
    const keyless = refused(() => new Acme().webhooks.unwrap(body, { headers: signed(body, key) }));
    expect(String(keyless)).toContain('Webhook key must not be null');
  });

  it("passes Stainless's unwrap test, signed with standardwebhooks, which the SDK depends on", async () => {
    const { unwrapSigned } = await import(pathToFileURL(path.join(sdks.verifying, 'stainless-unwrap.ts')).href);
    expect(unwrapSigned()).toEqual({ type: 'order.created', order_id: 'o_1' });
    const manifest = (name: keyof typeof sdks) =>
      JSON.parse(readFileSync(path.join(sdks[name], 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
        devDependencies: Record<string, string>;
      };
    expect(manifest('verifying').dependencies).toEqual({ standardwebhooks: expect.stringMatching(/^\^1\./) });
    expect(manifest('verifying').devDependencies.standardwebhooks).toBeUndefined();
    // An SDK that verifies nothing has no use for it.
    expect(manifest('parsing').dependencies).toEqual({});
  });

  it("writes Stainless's form, so that owners' patches to it land; without webhook_key_opt, only parses", async () => {
    const module = readFileSync(path.join(sdks.verifying, 'src/resources/webhooks.ts'), 'utf8');
    expect(module).toContain("import { Webhook } from 'standardwebhooks';");
    expect(module).toContain('const keyStr: string | null = key === undefined ? this._client.webhookKey : key;');
    expect(module).toContain('      const wh = new Webhook(keyStr);\n      wh.verify(body, headers);\n');
    const { Acme } = await import(pathToFileURL(path.join(sdks.parsing, 'src/index.ts')).href);
    const body = JSON.stringify({ type: 'kyc.status', status: 'approved' });
    expect(new Acme().webhooks.unwrap(body)).toEqual({ type: 'kyc.status', status: 'approved' });
    expect(readFileSync(path.join(sdks.parsing, 'src/resources/webhooks.ts'), 'utf8')).not.toContain(
      'standardwebhooks',
    );
  });
});

describe('webhook_unwrap of a spec with one webhook', () => {
  it("returns the webhook's payload as UnwrapWebhookEvent, its members nested there, with no type of the webhook's own", async () => {
    const one = {
      ...SPEC,
      webhooks: {
        endpoint: {
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    oneOf: [
                      { $ref: '#/components/schemas/OrderEvent' },
                      {
                        title: 'Rejected Event',
                        type: 'object',
                        required: ['type'],
                        properties: { type: { const: 'order.rejected' } },
                      },
                    ],
                  },
                },
              },
            },
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    };
    const dir = path.join(root, 'one-webhook');
    writeFileSync(`${dir}.json`, JSON.stringify(one));
    writeFileSync(`${dir}.yml`, config('{ type: webhook_unwrap, discriminator: type }'));
    const result = await generate({ spec: `${dir}.json`, config: `${dir}.yml`, format: false });
    writeFiles(dir, result.files);
    const source = readFileSync(path.join(dir, 'src/resources/webhooks.ts'), 'utf8').replace(/\s+/g, ' ');
    expect(source).toContain(
      'export type UnwrapWebhookEvent = UnwrapWebhookEvent.OrderEvent | UnwrapWebhookEvent.RejectedEvent;',
    );
    expect(source).not.toContain('EndpointWebhookEvent');
    const { status, output } = typeCheckStrict(dir, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
