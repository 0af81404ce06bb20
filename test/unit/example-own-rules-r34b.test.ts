/**
 * The examples Stainless's endpoint tests take from an object's own `example`, the same for both targets
 * (emit/example-choices.ts):
 * - an object no example around it gives a value for is built from its own example, an inline schema's as a named
 *   one's (knock's `categories` map: `{"marketing": …, "transactional": True}`, not `{"foo": …}`), a component written
 *   out too (imagekit's `transformation`: `post` from the component's example, `pre` from its property's);
 * - an object the request's example gives for a named schema takes the keys it lacks from the schema's own example,
 *   from Stainless's "improve example values" of 2025-09-22 on (knock-mgmt's broadcast steps' `description`); an SDK
 *   of an earlier era builds them;
 * - an example is written as the first variant of its union that takes it, an object that takes undeclared keys taking
 *   them with object values only (knock's tenant `{id, name: "Acme Corp, Inc."}` of 2025-06, `name` undeclared:
 *   `tenants=["string"]`, the union's first variant built); a tenant whose `name` is declared is the object.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Examples } from '../../generator/emit/typescript/examples';
import { generate } from '../../generator/generate';
import type { Api } from '../../generator/ir/types';
import { formsOfEra } from '../../generator/stainless/era';
import { cleanupSpecs, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Things', version: '1' },
  servers: [{ url: 'https://things.test' }],
  paths: {
    '/things': {
      post: {
        operationId: 'createThing',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              example: { name: 'thing_1', step: { ref: 'step_1' } },
              schema: { $ref: '#/components/schemas/ThingRequest' },
            },
          },
        },
        responses: { '204': { description: 'ok' } },
      },
    },
    '/tenants': {
      post: {
        operationId: 'setTenants',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              example: { tenants: [{ id: 'tenant_1', name: 'Acme Corp, Inc.' }], named: [{ id: 't_2', name: 'Two' }] },
              schema: {
                type: 'object',
                required: ['tenants', 'named'],
                properties: {
                  tenants: { type: 'array', items: { $ref: '#/components/schemas/InlineTenantRequest' } },
                  named: { type: 'array', items: { $ref: '#/components/schemas/InlineNamedTenantRequest' } },
                },
              },
            },
          },
        },
        responses: { '204': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      ThingRequest: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string' },
          step: { $ref: '#/components/schemas/Step' },
          categories: {
            anyOf: [
              {
                type: 'object',
                additionalProperties: { type: 'boolean' },
                example: { marketing: true, transactional: false },
              },
              { nullable: true },
            ],
          },
          transformation: { type: 'object', $ref: '#/components/schemas/TransformationObject' },
        },
      },
      Step: {
        type: 'object',
        required: ['ref'],
        example: { ref: 'step_x', description: 'A step' },
        properties: { ref: { type: 'string' }, description: { type: 'string' } },
      },
      InlineTenantRequest: { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/TenantRequest' }] },
      TenantRequest: {
        type: 'object',
        additionalProperties: true,
        required: ['id'],
        properties: { id: { type: 'string' } },
      },
      InlineNamedTenantRequest: { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/NamedTenantRequest' }] },
      NamedTenantRequest: {
        type: 'object',
        additionalProperties: true,
        required: ['id'],
        properties: { id: { type: 'string' }, name: { type: 'string' } },
      },
      TransformationObject: {
        type: 'object',
        example: { post: [{ type: 'thumbnail' }] },
        properties: {
          pre: { type: 'string', example: 'w-300' },
          post: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' } } } },
        },
      },
    },
  },
};

// (TransformationObject is no model: written out where it is used.)
const CONFIG = `organization: { name: things }
targets:
  typescript: { package_name: things }
  python: { package_name: things }
resources:
  things:
    models:
      step: '#/components/schemas/Step'
    methods:
      create: post /things
  tenants:
    methods:
      set: post /tenants
`;

/** The Python package's endpoint test of `things.create` at `era`, its call with every param on one line. */
async function pythonCall(era: string | null): Promise<{ call: string; tenants: string; api: Api }> {
  const spec = writeSpec(SPEC);
  const config = path.join(path.dirname(spec), 'stainless.yml');
  writeFileSync(config, CONFIG);
  const result = await generate({ spec, config, target: 'python', stainlessEra: era, format: false });
  const test = result.files.find((f) => f.path === 'tests/api_resources/test_things.py')!.contents;
  const start = test.indexOf('def test_method_create_with_all_params');
  expect(start).toBeGreaterThan(0);
  const call = test
    .slice(start, test.indexOf('assert', start))
    .replace(/\s*\n\s*/g, ' ')
    // (Its unformatted layout opens a line inside each bracket.)
    .replace(/([{[]) /g, '$1')
    .replace(/,? ([}\]])/g, '$1');
  const tenants = result.files.find((f) => f.path === 'tests/api_resources/test_tenants.py')!.contents;
  return { call, tenants, api: result.api };
}

const calls = { python: '', python2025: '', typescript: '', pythonTenants: '', typescriptTenants: '' };
beforeAll(async () => {
  const newest = await pythonCall(null);
  calls.python = newest.call;
  calls.pythonTenants = newest.tenants;
  calls.python2025 = (await pythonCall('2025-06-06')).call;
  // The TypeScript tests' arguments, from the same IR.
  const examples = new Examples(newest.api.schemas, formsOfEra(null));
  const args = (name: string, all: boolean) => {
    const method = newest.api.resources.flatMap((r) => r.methods).find((m) => m.name === name)!;
    const written = examples.testCallArgs(method, { all, stainless: true });
    return 'args' in written ? written.args.replace(/\s*\n\s*/g, ' ').replace(/,(?= [}\]])/g, '') : '';
  };
  calls.typescript = args('create', true);
  calls.typescriptTenants = args('set', false);
});

describe("an object's own example in the endpoint tests", () => {
  it('builds an inline object no example gives from its own example (Python, every era)', () => {
    for (const call of [calls.python, calls.python2025]) {
      expect(call).toContain('categories={"marketing": True, "transactional": False}');
      expect(call).toContain('transformation={"post": [{"type": "thumbnail"}], "pre": "w-300"}');
    }
  });

  it("fills an object the request's example gives with its schema's own example's keys (Python, from 2025-09-22)", () => {
    expect(calls.python).toContain('step={"ref": "step_1", "description": "A step"}');
    expect(calls.python2025).toContain('step={"ref": "step_1", "description": "description"}');
  });

  it('writes the same values in the TypeScript tests', () => {
    expect(calls.typescript).toContain('categories: { marketing: true, transactional: false }');
    expect(calls.typescript).toContain("transformation: { post: [{ type: 'thumbnail' }], pre: 'w-300' }");
    expect(calls.typescript).toContain("step: { ref: 'step_1', description: 'A step' }");
  });

  it('writes an example no variant takes as the first variant built, in both targets', () => {
    expect(calls.pythonTenants).toContain('tenants=["string"],');
    expect(calls.pythonTenants).toContain('named=[{"id": "t_2"}],');
    expect(calls.typescriptTenants).toContain("tenants: ['string']");
    expect(calls.typescriptTenants).toContain("named: [{ id: 't_2' }]");
  });
});
