/**
 * With a Stainless config, the SDK's JSDoc says what Stainless's SDKs say: a schema's description and never its title,
 * a method's description (its summary only where it has none), and nothing the generator adds of a field's values
 * (format, bounds, default). Without one, sdkgen's own docs: the title or summary first, then the notes.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';
import { okJson as json } from './helpers/openapi';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Docs', version: '1' },
  servers: [{ url: 'https://api.docs.test' }],
  paths: {
    '/orders/{id}': {
      get: {
        operationId: 'getOrder',
        summary: 'Get an order',
        description: 'Returns the order with this id.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: json({ $ref: '#/components/schemas/Order' }),
      },
      put: {
        operationId: 'updateOrder',
        description: 'Changes the order.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { quantity: { type: 'integer' }, note: { type: 'string' }, id: { type: 'string' } },
              },
              // Keys the body does not have are left out; `id` is the body's, not the path's.
              example: { note: 'Leave it at the door', quantity: 2, id: 'ord_9', gift: true },
            },
          },
        },
        responses: json({ $ref: '#/components/schemas/Order' }),
      },
      delete: {
        operationId: 'deleteOrder',
        summary: 'Cancel the order',
        deprecated: true,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: json({ $ref: '#/components/schemas/Receipt' }),
      },
    },
    '/orders/{id}/history': {
      get: {
        operationId: 'getOrderHistory',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: json({ $ref: '#/components/schemas/History' }),
      },
    },
  },
  components: {
    schemas: {
      // No model: the method's response type, documented as the schema.
      History: { description: 'What happened to the order.', type: 'object', properties: { at: { type: 'string' } } },
      Order: {
        title: 'Order Record',
        description: 'An order placed by a customer.',
        type: 'object',
        required: ['id'],
        properties: {
          id: {
            type: 'string',
            description:
              'The order id, as the API gave it when the order was placed; quote it in every call about the order.',
          },
          placed_at: { type: 'string', format: 'date-time', description: 'When it was placed.' },
          quantity: { type: 'integer', minimum: 1, default: 1, description: 'How many.' },
          customer: { $ref: '#/components/schemas/Customer' },
          // Documented as the schema they refer to (a lone `allOf` member's description even over their own).
          payer: { allOf: [{ $ref: '#/components/schemas/Customer' }], description: 'Who pays.' },
          courier: { anyOf: [{ $ref: '#/components/schemas/Customer' }, { type: 'null' }] },
          buyer: { $ref: '#/components/schemas/Customer', description: 'Who buys.' },
          handler: {
            anyOf: [{ $ref: '#/components/schemas/Customer' }, { nullable: true }],
            description: 'Who handles.',
          },
          carrier: {
            anyOf: [{ $ref: '#/components/schemas/Customer' }, { type: 'null' }],
            description: 'Who carries.',
          },
          legacy_code: { type: 'string', deprecated: true, description: 'Use the id instead.' },
          shipping: {
            type: 'object',
            properties: {
              address: { type: 'object', properties: { line1: { type: 'string' } } },
              receipt: { $ref: '#/components/schemas/Receipt' },
            },
          },
          gift_wrap: { $ref: '#/components/schemas/Setting' },
          ribbon: { $ref: '#/components/schemas/Setting' },
          state: {
            oneOf: [
              { title: 'Open State', type: 'object', properties: { open: { const: true }, since: { type: 'string' } } },
              { title: 'Closed State', type: 'object', properties: { open: { const: false }, at: { type: 'string' } } },
            ],
          },
        },
      },
      Receipt: { title: 'Receipt', type: 'object', properties: { ok: { type: 'boolean' } } },
      Customer: { description: 'A person who buys.', type: 'object', properties: { name: { type: 'string' } } },
      // No model: written out where it is used, its object declared once in a namespace however often it is reached.
      Setting: {
        oneOf: [
          { type: 'boolean' },
          { title: 'Setting Object', type: 'object', properties: { on: { type: 'boolean' } } },
        ],
      },
    },
  },
};

const CONFIG = `organization:
  name: docs
targets:
  typescript:
    package_name: docs
resources:
  orders:
    models:
      order: Order
      receipt: Receipt
    methods:
      retrieve: get /orders/{id}
      update: put /orders/{id}
      cancel: delete /orders/{id}
      history: get /orders/{id}/history
  customers:
    models:
      customer: Customer
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

async function ordersModule(config: string | null, { raw = false } = {}): Promise<string> {
  const root = tempDir('stainless-docs');
  roots.push(root);
  const { files } = await generateFrom(root, SPEC, config, { format: raw, funcs: false, referenceDocs: false });
  const file = files.find((f) => f.path === 'src/resources/orders.ts');
  return raw ? file!.contents : file!.contents.replace(/\s+/g, ' ');
}

describe("a Stainless config's docs", () => {
  it('say what the spec describes, as Stainless wrote them', async () => {
    const orders = await ordersModule(CONFIG);
    // Every comment a block, a blank line between members (whitespace is squeezed here: see the layout test).
    expect(orders).toContain('/** * An order placed by a customer. */ export interface Order {');
    expect(orders).not.toContain('Order Record');
    expect(orders).toContain('export interface Receipt {');
    expect(orders).not.toMatch(/\* Receipt\b/);
    // An `@example` on every method of a resource where the spec gives one of what one of its requests takes.
    expect(orders).toContain(
      "/** * Returns the order with this id. * * @example * ```ts * const order = await client.orders.retrieve('id'); * ``` */ retrieve(",
    );
    expect(orders).not.toContain('Get an order');
    // A method without a description: its summary.
    // A deprecated method's tag is set apart from its description.
    expect(orders).toContain('/** * Cancel the order * * @deprecated * * @example');
    expect(orders).toContain('/** * When it was placed. */ placed_at?: string;');
    expect(orders).toContain('/** * How many. */ quantity?: number;');
    expect(orders).not.toContain('Format: date-time');
    // The request body's example is the call's, as far as the body has its fields.
    expect(orders).toMatch(
      /client\.orders\.update\('id', \{ \* id: 'ord_9', \* note: 'Leave it at the door', \* quantity: 2, \* \}\);/,
    );
    // Another module's types through its namespace import, as Stainless's SDKs name them.
    expect(orders).toContain("import * as CustomersAPI from './customers';");
    expect(orders).toContain('customer?: CustomersAPI.Customer;');
    // A property that refers to a model is documented as the model, unless it says more of itself than an `allOf`.
    expect(orders).toContain('/** * A person who buys. */ customer?: CustomersAPI.Customer;');
    expect(orders).toContain('/** * A person who buys. */ payer?: CustomersAPI.Customer;');
    expect(orders).toContain('/** * A person who buys. */ courier?: CustomersAPI.Customer | null;');
    expect(orders).toContain('/** * Who buys. */ buyer?: CustomersAPI.Customer;');
    expect(orders).toContain('/** * A person who buys. */ handler?: CustomersAPI.Customer | null;');
    expect(orders).toContain('/** * A person who buys. */ carrier?: CustomersAPI.Customer | null;');
    expect(orders).toContain('/** * What happened to the order. */ export interface OrderHistoryResponse {');
    // A deprecated field's description opens with the tag.
    expect(orders).toContain('/** * @deprecated Use the id instead. */ legacy_code?: string;');
    // A nested interface is named from the namespace its referrer is declared in, and the module's own types inside
    // a nested one through its import of itself.
    expect(orders).toContain('shipping?: Order.Shipping;');
    expect(orders).toContain('address?: Shipping.Address;');
    expect(orders).toContain('receipt?: OrdersAPI.Receipt;');
    expect(orders).toContain("import * as OrdersAPI from './orders';");
    expect(orders).toContain('gift_wrap?: boolean | Order.SettingObject;');
    expect(orders).toContain('ribbon?: boolean | Order.SettingObject;');
    // Declared for each property, as Stainless's SDKs repeat it (knock's PreferenceSetWorkflowCategorySettingObject).
    expect(orders.match(/export interface SettingObject\w*/g)).toEqual(Array(2).fill('export interface SettingObject'));
    // The titles still name the union's members.
    expect(orders).toContain('state?: Order.OpenState | Order.ClosedState;');
  });

  it('are laid out as Stainless lays them out: blocks, a blank line between members, `[k: string]`', async () => {
    const spec = SPEC.components.schemas.Order as Record<string, unknown>;
    spec.additionalProperties = true;
    try {
      const orders = await ordersModule(CONFIG, { raw: true });
      expect(orders).toContain('  placed_at?: string;\n\n  /**\n   * How many.\n   */\n  quantity?: number;\n');
      expect(orders).toContain('  state?: Order.OpenState | Order.ClosedState;\n\n  [k: string]: unknown;\n}');
      // A comment's text is wrapped at 80 columns after its ` * `, however deep.
      const lines = orders.split('\n').filter((line) => /^ *\* \S/.test(line));
      expect(Math.max(...lines.map((line) => line.replace(/^ *\* /, '').length))).toBeLessThanOrEqual(80);
      expect(orders).toContain(
        '   * The order id, as the API gave it when the order was placed; quote it in every\n   * call',
      );
      // Without a Stainless config: members one after another, and the notes on their values.
      const own = await ordersModule(null, { raw: true });
      expect(own).toContain('  id: string;\n  /**\n   * When it was placed.\n   *\n   * Format: date-time.\n   */\n');
      expect(own).toContain('[key: string]: unknown;');
    } finally {
      delete spec.additionalProperties;
    }
  });

  it("are sdkgen's own without one: the title or summary first, then what the schema says of the values", async () => {
    const orders = await ordersModule(null);
    expect(orders).toContain('Order Record * * An order placed by a customer.');
    expect(orders).toContain('Get an order * * Returns the order with this id.');
    expect(orders).toContain('Format: date-time.');
    expect(orders).toContain('Minimum: 1. Defaults to `1`.');
    expect(orders).not.toContain('Leave it at the door');
    expect(orders).toContain('customer?: Customer;');
    expect(orders).not.toMatch(/A person who buys\. \*\/ (customer|courier)/);
    expect(orders).toContain('/** Who pays. */ payer?: Customer;');
    expect(orders).toContain('/** Who handles. */ handler?: Customer | null;');
    expect(orders).toContain('/** * Use the id instead. * @deprecated */ legacy_code?: string;');
    expect(orders).toContain('address?: Order.Shipping.Address;');
    expect(orders).toContain('receipt?: Receipt;');
  });
});
