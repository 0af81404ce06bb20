/**
 * A webhook event type of a Stainless config's `webhook_unwrap` method is documented as its payload's schema is, as
 * Stainless's SDKs write it (grid's `IncomingPaymentWebhookEvent` has no doc comment though its webhook describes how to
 * verify it): the webhook operation's own summary and description are written neither on the event nor on the union
 * of the events, which Stainless documents as its first event.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';

const TMP = path.resolve(import.meta.dirname, '.tmp');
mkdirSync(TMP, { recursive: true });
const root = mkdtempSync(path.join(TMP, 'webhook-event-docs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A webhook whose operation says how it is sent and verified, with `schema` as its payload. */
const webhook = (name: string, schema: unknown) => ({
  post: {
    summary: `The ${name} webhook, said by the operation`,
    description: `Sent by the operation when ${name} happens. Verify the signature header first.`,
    requestBody: { content: { 'application/json': { schema } } },
    responses: { '200': { description: 'ok' } },
  },
});

const base = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', description: 'The delivery id' } },
};

function spec(webhooks: Record<string, unknown>) {
  return {
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
    webhooks,
    components: { schemas: { Base: base } },
  };
}

const CONFIG = `organization: { name: acme }
resources:
  orders:
    methods:
      list: get /orders
  webhooks:
    methods:
      unwrap:
        type: webhook_unwrap
        discriminator: type
`;

async function webhooksModule(name: string, webhooks: Record<string, unknown>): Promise<string> {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(spec(webhooks)));
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(dir, 'openapi.json'),
    config: path.join(dir, 'stainless.yml'),
    format: false,
  });
  const file = result.files.find((f) => f.path === 'src/resources/webhooks.ts');
  expect(file).toBeDefined();
  return file!.contents;
}

describe('webhook event docs (Stainless config)', () => {
  it("are the payload's: an undocumented payload's event has none, a documented one's has its schema's", async () => {
    const source = await webhooksModule('two', {
      'order-created': webhook('order-created', {
        allOf: [
          { $ref: '#/components/schemas/Base' },
          { type: 'object', required: ['type'], properties: { type: { const: 'order.created' } } },
        ],
      }),
      'order-shipped': webhook('order-shipped', {
        type: 'object',
        description: 'An order left the warehouse.',
        required: ['type'],
        properties: { type: { const: 'order.shipped' } },
      }),
    });
    expect(source).toContain('export interface OrderCreatedWebhookEvent');
    expect(source).toContain('An order left the warehouse.');
    expect(source).toContain('The delivery id');
    expect(source).not.toContain('said by the operation');
    expect(source).not.toContain('Verify the signature header first.');
    // Neither the first event nor the union over them carries a doc comment.
    expect(source).toMatch(/\}\n\nexport interface OrderCreatedWebhookEvent/);
    expect(source).toMatch(/\}\n\nexport type UnwrapWebhookEvent =/);
  });

  it("of one webhook, the method's event type is documented as its payload", async () => {
    const source = await webhooksModule('one', {
      'order-shipped': webhook('order-shipped', {
        type: 'object',
        description: 'An order left the warehouse.',
        required: ['type'],
        properties: { type: { const: 'order.shipped' } },
      }),
    });
    expect(source).toMatch(/\/\*\*\n \* An order left the warehouse\.\n \*\/\nexport interface UnwrapWebhookEvent/);
    expect(source).not.toContain('Verify the signature header first.');
    expect(source).not.toContain('said by the operation');
  });
});
