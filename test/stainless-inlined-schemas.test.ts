/**
 * With a Stainless config, only its models are named types: every other component schema is written out where it is
 * used, named as Stainless's SDKs name it (a property's interface after the property, a union member after the
 * schema's key, `allOf` objects merged, an object joined with models extending them). A nested interface may take a
 * model's name: inside its namespace, the model is then named through its module (`TransfersAPI.Transaction`), the
 * module's own through its import of itself. Type-checked under tsc --strict.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-declaration-forms.test.ts samples Stainless's model declarations (docs/contributing.md, "What
// `npm test` samples").
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import type { Api } from '../generator/ir/types';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { okJson as json, schemaRef as ref } from './helpers/openapi';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Inline', version: '1' },
  servers: [{ url: 'https://api.inline.test' }],
  paths: {
    '/widgets/{id}/files': {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: json({
          type: 'object',
          additionalProperties: { type: 'object', properties: { content: { type: 'string' } }, required: ['content'] },
        }),
      },
    },
    '/widgets/{id}': {
      get: {
        operationId: 'getWidget',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: json(ref('Widget')),
      },
    },
    '/customers/{id}': {
      get: {
        operationId: 'getCustomer',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: json(ref('CustomerOneOf')),
      },
    },
    '/nodes': { get: { operationId: 'listNodes', responses: json(ref('NodeList')) } },
    '/transactions/{id}': {
      get: {
        operationId: 'getTransaction',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: json(ref('Transaction')),
      },
    },
    '/ledger': { get: { operationId: 'getLedger', responses: json(ref('Ledger')) } },
    '/ledger/entries': {
      put: {
        operationId: 'upsertEntry',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  partial: {
                    type: 'object',
                    properties: {
                      amounts: {
                        type: 'object',
                        propertyNames: { type: 'string', enum: ['usd', 'eur'] },
                        additionalProperties: { type: 'integer' },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: json(ref('Ledger')),
      },
      post: {
        operationId: 'activateLedger',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  { title: 'BooleanActivation', type: 'object', properties: { status: { type: 'boolean' } } },
                  { title: 'ScheduledActivation', type: 'object', properties: { from: { type: 'string' } } },
                ],
              },
            },
          },
        },
        responses: json(ref('Ledger')),
      },
    },
    '/steps/{id}': {
      get: {
        operationId: 'getStep',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: json(ref('Step')),
      },
    },
    '/builds/{id}': {
      get: {
        operationId: 'getBuild',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: json(ref('Build')),
      },
    },
    '/events/{id}': {
      get: {
        operationId: 'getEvent',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: json(ref('Event')),
      },
    },
  },
  components: {
    schemas: {
      Widget: {
        type: 'object',
        required: ['id', 'choices'],
        properties: {
          id: { type: 'string' },
          choices: { type: 'array', items: ref('OpenAIChunkChoice') },
          usage: { anyOf: [ref('UsageStats'), { type: 'null' }] },
          primary_tool: ref('Tool'),
          tools: { type: 'array', items: ref('Tool') },
          labels: { type: 'object', additionalProperties: ref('Label') },
          connection: ref('Connection'),
        },
      },
      OpenAIChunkChoice: {
        type: 'object',
        required: ['index'],
        properties: { index: { type: 'integer' }, text: { type: 'string' } },
      },
      UsageStats: { type: 'object', properties: { tokens: { type: 'integer' } } },
      Label: { type: 'object', properties: { color: { type: 'string' } } },
      // A Stainless inline id on a component names it no more than its key does.
      Connection: { id: 'Connection', type: 'object', properties: { url: { type: 'string' } } },
      Tool: { oneOf: [ref('FileSearchTool'), ref('WebSearchTool')] },
      FileSearchTool: {
        type: 'object',
        required: ['type'],
        properties: { type: { type: 'string', enum: ['file_search'] }, max: { type: 'integer' } },
      },
      WebSearchTool: {
        type: 'object',
        required: ['type'],
        properties: { type: { type: 'string', enum: ['web_search'] }, region: { type: 'string' } },
      },
      Customer: {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string' }, kind: { type: 'string', enum: ['INDIVIDUAL', 'BUSINESS'] } },
      },
      BusinessFields: {
        type: 'object',
        properties: { kind: { type: 'string', enum: ['BUSINESS'] }, legalName: { type: 'string' } },
      },
      BusinessCustomer: {
        allOf: [ref('Customer'), ref('BusinessFields'), { type: 'object', properties: { taxId: { type: 'string' } } }],
      },
      IndividualCustomer: {
        allOf: [ref('Customer'), { type: 'object', properties: { fullName: { type: 'string' } } }],
      },
      CustomerOneOf: {
        oneOf: [ref('IndividualCustomer'), ref('BusinessCustomer')],
        discriminator: {
          propertyName: 'kind',
          mapping: {
            INDIVIDUAL: '#/components/schemas/IndividualCustomer',
            BUSINESS: '#/components/schemas/BusinessCustomer',
          },
        },
      },
      TreeNode: {
        type: 'object',
        properties: { name: { type: 'string' }, children: { type: 'array', items: ref('TreeNode') } },
      },
      NodeList: { type: 'object', properties: { data: { type: 'array', items: ref('TreeNode') } } },
      Orphan: { type: 'object', properties: { lonely: { type: 'boolean' } } },
      Transaction: {
        type: 'object',
        required: ['id', 'type'],
        properties: { id: { type: 'string' }, type: { type: 'string', enum: ['INCOMING', 'OUTGOING'] } },
      },
      OutgoingTransaction: {
        allOf: [ref('Transaction'), { type: 'object', properties: { type: { type: 'string', enum: ['OUTGOING'] } } }],
      },
      Event: {
        type: 'object',
        required: ['transaction'],
        properties: { id: { type: 'string' }, transaction: ref('OutgoingTransaction') },
      },
      Ledger: {
        type: 'object',
        properties: { transaction: { type: 'object', properties: { last: ref('Transaction') } } },
      },
      // Members told apart by a discriminator without a mapping: each is named after its value.
      Step: {
        oneOf: [
          { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['not_started'] } } },
          {
            type: 'object',
            required: ['status', 'url'],
            properties: { status: { type: 'string', const: 'url' }, url: { type: 'string' } },
          },
          {
            type: 'object',
            required: ['status', 'completed'],
            properties: {
              status: { type: 'string', enum: ['completed'] },
              completed: {
                type: 'object',
                properties: {
                  conclusion: { type: 'string' },
                  merge_conflict_pr: { type: 'object', properties: { number: { type: 'integer' } } },
                },
              },
            },
          },
        ],
        discriminator: { propertyName: 'status' },
      },
      FunctionToolCall: {
        type: 'object',
        required: ['type', 'function'],
        properties: {
          type: { type: 'string', enum: ['function'] },
          function: { type: 'object', properties: { name: { type: 'string' } } },
        },
      },
      CustomToolCall: {
        type: 'object',
        required: ['type', 'custom'],
        properties: {
          type: { type: 'string', enum: ['custom'] },
          custom: { type: 'object', properties: { input: { type: 'string' } } },
        },
      },
      Build: {
        type: 'object',
        properties: {
          revision: {
            anyOf: [
              { type: 'string' },
              {
                type: 'object',
                additionalProperties: { type: 'object', required: ['hash'], properties: { hash: { type: 'string' } } },
              },
            ],
          },
          by_date: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              additionalProperties: { type: 'object', properties: { sent: { type: 'integer' } } },
            },
          },
          totals: {
            type: 'object',
            additionalProperties: { type: 'object', properties: { count: { type: 'integer' } } },
          },
          // Components told apart by a discriminator without a mapping: named after their values, not their keys.
          tool_calls: {
            type: 'array',
            items: {
              anyOf: [
                { ...ref('FunctionToolCall'), title: 'FunctionToolCall' },
                { ...ref('CustomToolCall'), title: 'CustomToolCall' },
              ],
              discriminator: { propertyName: 'type' },
            },
          },
          // Members of one property each, no title: each is named after its property (Stainless's FileInput).
          input: {
            anyOf: [
              { type: 'object', required: ['content'], properties: { content: { type: 'string' } } },
              { type: 'object', required: ['url'], properties: { url: { type: 'string' } } },
            ],
          },
          // A nested interface named like the global Record: inside the namespace, the global is globalThis's.
          record: {
            type: 'object',
            properties: {
              kind: { type: 'string' },
              extra: { type: 'object', propertyNames: { enum: ['a'] }, additionalProperties: { type: 'number' } },
            },
          },
        },
      },
    },
  },
};

const CONFIG = `organization:
  name: inline
targets:
  typescript:
    package_name: inline-sdk
resources:
  widgets:
    models:
      widget: '#/components/schemas/Widget'
    methods:
      retrieve: get /widgets/{id}
      files: get /widgets/{id}/files
  customers:
    models:
      customer: '#/components/schemas/Customer'
      customer_one_of: '#/components/schemas/CustomerOneOf'
    methods:
      retrieve: get /customers/{id}
  nodes:
    methods:
      list: get /nodes
  transfers:
    models:
      transaction: '#/components/schemas/Transaction'
      ledger: '#/components/schemas/Ledger'
    methods:
      retrieve: get /transactions/{id}
      ledger: get /ledger
      upsert_entry: put /ledger/entries
      activate: post /ledger/entries
  events:
    models:
      event: '#/components/schemas/Event'
    methods:
      retrieve: get /events/{id}
  steps:
    models:
      step: '#/components/schemas/Step'
      build: '#/components/schemas/Build'
    methods:
      retrieve: get /steps/{id}
      build: get /builds/{id}
`;

let root = '';
let sdk = '';
let api: Api;
/** A generated file, its whitespace runs collapsed to one space (it is not formatted here). */
const source = (file: string) => readFileSync(path.join(sdk, file), 'utf8').replace(/\s+/g, ' ');

beforeAll(async () => {
  root = tempDir('stainless-inlined');
  const spec = path.join(root, 'inline.json');
  writeFileSync(spec, JSON.stringify(SPEC));
  const config = path.join(root, 'stainless.yml');
  writeFileSync(config, CONFIG);
  const result = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
  api = result.api;
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)('a Stainless config names only its models', () => {
  it('declares no other component schema as a type of its own, used or not', () => {
    const names = api.schemas.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Widget', 'Customer', 'CustomerOneOf']));
    for (const inlined of [
      'OpenAIChunkChoice',
      'UsageStats',
      'Tool',
      'FileSearchTool',
      'BusinessFields',
      'Orphan',
      'Connection',
    ])
      expect(names).not.toContain(inlined);
  });

  it("writes them out where they are used, as Stainless's SDKs name them", () => {
    const widgets = source('src/resources/widgets.ts');
    // A property's interface after the property; `X | null` as X; a union's members after their schemas.
    expect(widgets).toContain('choices: Array<Widget.Choice>;');
    expect(widgets).toContain('usage?: Widget.Usage | null;');
    expect(widgets).toContain('primary_tool?: Widget.FileSearchTool | Widget.WebSearchTool;');
    expect(widgets).toContain('export interface Choice { index: number; text?: string; }');
    // The same schema twice in one namespace (`primary_tool` and `tools`): declared for each, as Stainless's SDKs do.
    expect(widgets.match(/export interface FileSearchTool \{/g)).toHaveLength(2);
    expect(widgets).toContain('tools?: Array<Widget.FileSearchTool | Widget.WebSearchTool>;');
    // A map's values after the map; a response that is a map's, `item`, as Stainless names them.
    expect(widgets).toContain('labels?: { [key: string]: Widget.Labels };');
    expect(widgets).toContain('export type WidgetFilesResponse = { [key: string]: WidgetFilesResponse.item };');
    expect(widgets).toContain('export namespace WidgetFilesResponse { export interface item { content: string; } }');
    expect(widgets).toContain('connection?: Widget.Connection;');
  });

  it("merges an allOf's objects, and extends the models it joins them with (but for the keys it declares)", () => {
    const customers = source('src/resources/customers.ts');
    expect(customers).toContain(
      'export type CustomerOneOf = CustomerOneOf.IndividualCustomer | CustomerOneOf.BusinessCustomer;',
    );
    expect(customers).toContain(
      'export interface IndividualCustomer extends CustomersAPI.Customer { fullName?: string; }',
    );
    // BusinessFields and the inline object are one; `kind` narrows the model's, so the model is extended as it is
    // (grid's `BusinessCustomer extends CustomersAPI.Customer`), with no Omit<>.
    expect(customers).toContain(
      "export interface BusinessCustomer extends CustomersAPI.Customer { kind?: 'BUSINESS'; legalName?: string; taxId?: string; }",
    );
  });

  it("lets a nested interface take a model's name, naming the model through its module inside", () => {
    const events = source('src/resources/events.ts');
    expect(events).toContain("import * as TransfersAPI from './transfers';");
    expect(events).toContain('transaction: Event.Transaction;');
    expect(events).toContain(
      "export interface Transaction extends Omit<TransfersAPI.Transaction, 'type'> { type?: 'OUTGOING'; }",
    );
    // The model in the module that declares it: through the module's import of itself.
    const transfers = source('src/resources/transfers.ts');
    expect(transfers).toContain("import * as TransfersAPI from './transfers';");
    expect(transfers).toContain('export interface Transaction { last?: TransfersAPI.Transaction; }');
  });

  it('names a params object Partial, as Stainless does, and a body variant after its title', () => {
    const transfers = source('src/resources/transfers.ts');
    expect(transfers).toContain('partial?: TransferUpsertEntryParams.Partial;');
    // Inside, the global Partial is printed through globalThis.
    expect(transfers).toContain("amounts?: globalThis.Partial<Record<'usd' | 'eur', number>>;");
    expect(transfers).toContain(
      'export type TransferActivateParams = TransferActivateParams.BooleanActivation | TransferActivateParams.ScheduledActivation;',
    );
  });

  it("names a union's members after their discriminator's values, and a nested interface after its namespace", () => {
    const steps = source('src/resources/steps.ts');
    expect(steps).toContain('export type Step = Step.NotStarted | Step.URL | Step.Completed;');
    // Inside `Step.Completed`, the property's interface is `Completed` too, as Stainless names it.
    // Named from the namespace the referrer is declared in, as Stainless's SDKs print it (stainless-api's builds.ts).
    expect(steps).toContain('completed: Completed.Completed;');
    expect(steps).toContain('merge_conflict_pr?: Completed.MergeConflictPr;');
  });

  it("names a discriminator's components after their values where the mapping gives none, over their keys", () => {
    const steps = source('src/resources/steps.ts');
    expect(steps).toContain('tool_calls?: Array<Build.Function | Build.Custom>;');
    // In Stainless's order: required properties first, each group by name.
    expect(steps).toContain("export interface Custom { custom: Custom.Custom; type: 'custom'; }");
  });

  it('names a union member of one property and no title after that property, as Stainless does', () => {
    const steps = source('src/resources/steps.ts');
    expect(steps).toContain('input?: Build.Content | Build.URL;');
    expect(steps).toContain('export interface Content { content: string; }');
  });

  it("names a map's object values after its property, else unnamed_schema_with_map_parent_<n> through the module", () => {
    const steps = source('src/resources/steps.ts');
    expect(steps).toContain('totals?: { [key: string]: Build.Totals };');
    expect(steps).toContain('revision?: string | { [key: string]: Build.unnamed_schema_with_map_parent_0 };');
    expect(steps).toContain('by_date?: { [key: string]: { [key: string]: Build.unnamed_schema_with_map_parent_1 } };');
    expect(steps).toContain('export interface unnamed_schema_with_map_parent_1 { sent?: number; }');
  });

  it('names a nested interface Record, as Stainless does, printing the global through globalThis inside', () => {
    const steps = source('src/resources/steps.ts');
    expect(steps).toContain('record?: Build.Record;');
    expect(steps).toContain(
      "export interface Record { extra?: Partial<globalThis.Record<'a', number>>; kind?: string; }",
    );
  });

  it('types a schema that is no model but refers to itself as unknown where it is used, as Stainless does', () => {
    // (knock's WorkflowRandomCohortStepBranch, reached again through models: `cohort_branches: Array<unknown>` in
    // knocklabs/knock-mgmt-node; test/unit/stainless-recursive-non-model.test.ts.)
    expect(api.schemas.map((s) => s.name)).not.toContain('TreeNode');
    expect(source('src/resources/nodes.ts')).toContain('data?: Array<unknown>;');
  });

  it('type-checks under tsc --strict, the generated tests included', () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts', 'tests/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('without the config, every component schema is a named type as before', async () => {
    const spec = path.join(root, 'inline.json');
    const plain = await generate({ spec, config: null, format: false, funcs: false, referenceDocs: false });
    const names = plain.api.schemas.map((s) => s.name);
    for (const named of ['OpenAIChunkChoice', 'UsageStats', 'FileSearchTool', 'Orphan']) expect(names).toContain(named);
  });
});
