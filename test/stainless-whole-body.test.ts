/**
 * A body sent whole (a union the config names with `body_param_name`, an array) is written in Stainless's form with a
 * Stainless config: the params field taken out by its name and sent as the body (grid's `const {
 * CreateCustomerRequest } = params;` then `this._client.post('/customers', { body: CreateCustomerRequest, ...options
 * })`; papr's `const { body } = params;` then `{ body: body, ...options }`). The SDK type-checks under tsc --strict and
 * sends each body whole to a server on 127.0.0.1.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';

const ok = {
  description: 'ok',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Customer' } } },
};
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Shop', version: '1' },
  servers: [{ url: 'https://api.shop.test' }],
  paths: {
    '/customers': {
      post: {
        operationId: 'createCustomer',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { oneOf: [{ $ref: '#/components/schemas/Person' }, { $ref: '#/components/schemas/Business' }] },
            },
          },
        },
        responses: { '200': ok },
      },
    },
    '/customers/{id}/tags': {
      put: {
        operationId: 'setTags',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
        },
        responses: { '200': ok },
      },
    },
  },
  components: {
    schemas: {
      Person: {
        type: 'object',
        required: ['kind', 'name'],
        properties: { kind: { type: 'string', enum: ['person'] }, name: { type: 'string' } },
      },
      Business: {
        type: 'object',
        required: ['kind', 'legalName'],
        properties: { kind: { type: 'string', enum: ['business'] }, legalName: { type: 'string' } },
      },
      Customer: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
    },
  },
};

const CONFIG = `organization: { name: shop }
targets:
  typescript:
    package_name: shop
resources:
  customers:
    models:
      customer: '#/components/schemas/Customer'
    methods:
      create:
        endpoint: post /customers
        body_param_name: CreateCustomerRequest
      set_tags: put /customers/{id}/tags
`;

const server = new TestServer();
let root = '';
let dir = '';
let customers = '';

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-whole-body');
  const result = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false, format: false });
  dir = path.join(root, 'sdk');
  writeFiles(dir, result.files);
  customers = result.files.find((f) => f.path === 'src/resources/customers.ts')!.contents.replace(/\s+/g, ' ');
}, 300_000);

afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a whole body in Stainless's form", () => {
  it('takes the body field out of the params by its name and sends it as the body', () => {
    expect(customers).toContain(
      "const { CreateCustomerRequest } = params; return this._client.post('/customers', { body: CreateCustomerRequest, ...options });",
    );
    expect(customers).toContain(
      'const { body } = params; return this._client.put(path`/customers/${id}/tags`, { body: body, ...options });',
    );
  });

  it('type-checks under tsc --strict and sends each body whole', async () => {
    expect(typeCheckStrict(dir, ['src/**/*.ts']).output).toBe('');
    server.on('POST /customers', json(200, { id: 'c1' }));
    server.on('PUT /customers/c1/tags', json(200, { id: 'c1' }));
    const { Shop } = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'src/index.ts')).href);
    const client = new Shop({ baseURL: server.url, maxRetries: 0 });
    const person = { kind: 'person', name: 'Ada' };
    expect(await client.customers.create({ CreateCustomerRequest: person })).toEqual({ id: 'c1' });
    expect(await client.customers.setTags('c1', { body: ['vip', 'new'] })).toEqual({ id: 'c1' });
    expect(JSON.parse(server.received('POST /customers')[0].body.toString())).toEqual(person);
    expect(JSON.parse(server.received('PUT /customers/c1/tags')[0].body.toString())).toEqual(['vip', 'new']);
  }, 300_000);
});
