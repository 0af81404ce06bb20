/**
 * The endpoint test Stainless's SDKs write for a verifying webhook unwrap (`tests/api-resources/webhooks.test.ts`,
 * imagekit-nodejs's): the first event of the union, with every optional property, signed with `standardwebhooks`
 * and unwrapped with the key, then unwrapped with a wrong key, a signature of another payload, an old timestamp and
 * another message id, each refused. It is written skipped, as Stainless's is. From 2026-03-03 on (the era of the
 * generation) it also unwraps through `client.withOptions({ <key option>: key })`.
 *
 * Checked: the file's form in both eras, the payload's key order (a model's `allOf` part redeclaring the base's
 * `type` keeps it in the base's place, as Stainless writes it), tsc --strict over src and tests, and the test run
 * un-skipped against the SDK's own `unwrap` (no request is made).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-example-values.test.ts samples Stainless's examples and endpoint-test values
// (docs/contributing.md, "What `npm test` samples").
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { runGeneratedTests, typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

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
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/OrderCreated' } } } },
        responses: { '200': { description: 'ok' } },
      },
    },
    'order-paid': {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/OrderPaid' } } } },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      BaseEvent: {
        type: 'object',
        required: ['id', 'type'],
        properties: { id: { type: 'string' }, type: { type: 'string' } },
      },
      OrderCreated: {
        allOf: [
          { $ref: '#/components/schemas/BaseEvent' },
          {
            type: 'object',
            required: ['created_at', 'type'],
            properties: {
              created_at: { type: 'string', format: 'date-time' },
              note: { type: 'string' },
              type: { const: 'order.created' },
            },
          },
        ],
      },
      OrderPaid: {
        type: 'object',
        required: ['type', 'amount'],
        properties: { type: { const: 'order.paid' }, amount: { type: 'integer' } },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
client_settings:
  opts:
    webhook_key:
      type: string
      read_env: ACME_WEBHOOK_KEY
      nullable: true
targets:
  typescript:
    package_name: acme-sdk
resources:
  orders:
    models:
      base_event: '#/components/schemas/BaseEvent'
    methods:
      list: get /orders
  webhooks:
    methods:
      unwrap: { type: webhook_unwrap, discriminator: type, webhook_key_opt: webhook_key }
`;

const TEST_FILE = 'tests/api-resources/webhooks.test.ts';
let root = '';
const sdks: Record<'older' | 'newer', string> = { older: '', newer: '' };

beforeAll(async () => {
  root = tempDir('stainless-webhook-unwrap-test');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const eras = { older: '2026-01-28', newer: '2026-03-03' };
  for (const [name, era] of Object.entries(eras) as Array<[keyof typeof sdks, string]>) {
    const result = await generate({
      spec: path.join(root, 'openapi.json'),
      config: path.join(root, 'stainless.yml'),
      stainlessEra: era,
    });
    sdks[name] = path.join(root, name);
    writeFiles(sdks[name], result.files);
  }
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const testOf = (name: keyof typeof sdks) => readFileSync(path.join(sdks[name], TEST_FILE), 'utf8');

describe.runIf(SLOW_FULL)("a verifying webhook unwrap's endpoint test", () => {
  it("imports Webhook before the package and signs the union's first event, the base's keys first", () => {
    const test = testOf('older');
    expect(test.indexOf("import { Webhook } from 'standardwebhooks';\n\nimport Acme from 'acme-sdk';")).toBeGreaterThan(
      0,
    );
    expect(test).toContain("describe('resource webhooks', () => {\n  test.skip('unwrap', async () => {");
    expect(test).toContain(
      `'{"id":"id","type":"order.created","created_at":"2019-12-27T18:11:19.117Z","note":"note"}'`,
    );
    expect(test).toContain('const wh = new Webhook(key);');
    expect(test).toContain("}).toThrow('Message timestamp too old');");
    expect(test).not.toContain('withOptions');
  });

  it('unwraps through the client options too, from the era of 2026-03-03', () => {
    const test = testOf('newer');
    expect(test).toContain("test.skip('unwrap', () => {");
    expect(test).toContain("const wh = new Webhook('whsec_c2VjcmV0Cg==');");
    expect(test).toContain('client.withOptions({ webhookKey: key }).webhooks.unwrap(payload, { headers });');
    expect(test.match(/withOptions/g)?.length).toBe(6);
  });

  it('type-checks under tsc --strict with the SDK', () => {
    for (const name of ['older', 'newer'] as const) {
      const { status, output } = typeCheckStrict(sdks[name], ['src/**/*.ts', 'tests/**/*.ts']);
      expect(output).toBe('');
      expect(status).toBe(0);
    }
  }, 180_000);

  it('passes un-skipped against the SDK, in both eras', async () => {
    for (const name of ['older', 'newer'] as const) {
      const dir = sdks[name];
      // Only this test (the others ask a mock server), run: it makes no request.
      for (const other of ['tests/api-resources/orders.test.ts', 'tests/index.test.ts'])
        rmSync(path.join(dir, other), { force: true });
      writeFileSync(path.join(dir, TEST_FILE), testOf(name).replace("test.skip('unwrap'", "test('unwrap'"));
      const run = await runGeneratedTests(dir, 'http://127.0.0.1:9');
      expect(run.failed, run.text).toEqual([]);
      expect(run.passed).toEqual(['resource webhooks > unwrap']);
    }
  }, 180_000);
});
