/**
 * Two shapes of Stainless's TypeScript SDKs, with a Stainless config:
 * - which resources show their calls (`@example`): from 2026-01-22 on (stainless/era.ts), a response counts by its
 *   schema's own example alone, not by its items' fields' (grid-js-sdk's GET-only `exchangeRates`); before, by either
 *   (phoebe-node's `ref` resources of 2025-11-25, arrays; an object response's fields never count:
 *   stainless-response-field-examples-r41b);
 * - a body whose schema takes undeclared properties (`additionalProperties: true`) makes its params take any other
 *   key (knock's `TenantSetParams`: `[k: string]: unknown;` after its fields), sent in the body with the rest.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { okJson as ok } from './helpers/openapi';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/rates': {
      get: {
        operationId: 'listRates',
        responses: ok({
          type: 'array',
          items: {
            type: 'object',
            properties: { rate: { type: 'number', example: 1.08 }, currency: { type: 'string', example: 'USD' } },
          },
        }),
      },
    },
    '/tokens/{id}': {
      get: {
        operationId: 'getToken',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok({ $ref: '#/components/schemas/Token' }),
      },
    },
    '/tenants/{id}': {
      put: {
        operationId: 'setTenant',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'resolve', in: 'query', schema: { type: 'boolean' } },
        ],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/SetTenantRequest' } } },
        },
        responses: ok({ type: 'object', properties: { id: { type: 'string' } } }),
      },
    },
  },
  components: {
    schemas: {
      Token: {
        type: 'object',
        properties: { id: { type: 'string' } },
        example: { id: 'tok_1' },
      },
      SetTenantRequest: {
        type: 'object',
        additionalProperties: true,
        properties: { name: { type: 'string', description: 'The name.' } },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
resources:
  rates:
    methods:
      list: get /rates
  tokens:
    models:
      token: Token
    methods:
      retrieve: get /tokens/{id}
  tenants:
    methods:
      set: put /tenants/{id}
`;

let root = '';
const read = (sdk: string, file: string) => readFileSync(path.join(root, sdk, 'src/resources', file), 'utf8');

beforeAll(async () => {
  root = tempDir('stainless-response-examples-open-body');
  const options = { funcs: false, referenceDocs: false, format: false, mcp: false } as const;
  const eras = [
    ['newest', null],
    ['older', '2025-11-25'],
  ] as const;
  for (const [name, era] of eras) {
    const result = await generateFrom(root, SPEC, CONFIG, { ...options, stainlessEra: era });
    writeFiles(path.join(root, name), result.files);
  }
  writeFiles(path.join(root, 'plain'), (await generateFrom(root, SPEC, null, options)).files);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a Stainless resource's @example, by its responses' examples", () => {
  it("counts a response's own example in every era", () => {
    expect(read('newest', 'tokens.ts')).toContain('@example');
    expect(read('older', 'tokens.ts')).toContain('@example');
  });

  it("counts its items' fields' examples only before 2026-01-22", () => {
    expect(read('newest', 'rates.ts')).not.toContain('@example');
    expect(read('older', 'rates.ts')).toContain('@example');
  });
});

describe('a body that takes undeclared properties', () => {
  it('makes the params take any other key, after their fields as Stainless writes it', () => {
    const tenants = read('newest', 'tenants.ts');
    expect(tenants).toMatch(/ *name\?: string;\n\n *\[k: string\]: unknown;\n\}/);
    // The rest of the params, undeclared keys among them, is the body.
    expect(tenants).toContain('const { resolve, ...body } = params;');
  });

  it('does so without a Stainless config too', () => {
    const tenants = read('plain', 'tenants.ts');
    expect(tenants).toMatch(/\[key: string\]: unknown;/);
  });
});
