/**
 * An interface declared inside a namespace that extends a model of its own module names the model as its members
 * name it there: through the module's import of itself (grid's `PaymentInstructions.PaymentUsdAccountInfo extends
 * QuotesAPI.BasePaymentAccountInfo`, `CustomerOneOf.IndividualCustomer extends CustomersAPI.Customer`: every such
 * interface of eleven Stainless SDKs read, none bare). A top-level interface names it bare (`FileUpdateResponse
 * extends File`). Type-checked under tsc --strict.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-declaration-forms.test.ts samples Stainless's model declarations (docs/contributing.md, "What
// `npm test` samples").
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { okJson as json, schemaRef as ref } from './helpers/openapi';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Quotes', version: '1' },
  servers: [{ url: 'https://api.quotes.test' }],
  paths: {
    '/quotes/{id}': {
      get: {
        operationId: 'getQuote',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: json(ref('Quote')),
      },
    },
    '/quotes/{id}/account': {
      get: {
        operationId: 'getAccount',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: json(ref('UsdAccount')),
      },
    },
  },
  components: {
    schemas: {
      BaseAccount: { type: 'object', required: ['currency'], properties: { currency: { type: 'string' } } },
      UsdAccount: {
        allOf: [
          ref('BaseAccount'),
          { type: 'object', required: ['routing'], properties: { routing: { type: 'string' } } },
        ],
      },
      Quote: {
        type: 'object',
        required: ['id', 'instructions'],
        properties: {
          id: { type: 'string' },
          instructions: {
            type: 'object',
            required: ['account'],
            properties: {
              account: {
                allOf: [
                  ref('BaseAccount'),
                  { type: 'object', required: ['iban'], properties: { iban: { type: 'string' } } },
                ],
              },
            },
          },
        },
      },
    },
  },
};

const CONFIG = [
  'organization: { name: quotes }',
  'resources:',
  '  quotes:',
  '    models:',
  "      quote: '#/components/schemas/Quote'",
  "      base_account: '#/components/schemas/BaseAccount'",
  "      usd_account: '#/components/schemas/UsdAccount'",
  '    methods:',
  '      retrieve: get /quotes/{id}',
  '      account: get /quotes/{id}/account',
  '',
].join('\n');

let root = '';
let sdk = '';
/** A generated file, its whitespace runs collapsed to one space (it is not formatted here). */
const source = (file: string) => readFileSync(path.join(sdk, file), 'utf8').replace(/\s+/g, ' ');

beforeAll(async () => {
  root = tempDir('stainless-nested-extends');
  const spec = path.join(root, 'quotes.json');
  writeFileSync(spec, JSON.stringify(SPEC));
  const config = path.join(root, 'stainless.yml');
  writeFileSync(config, CONFIG);
  const result = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
  sdk = path.join(root, 'sdk');
  writeFiles(sdk, result.files);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)("an interface extending a model of its own module's", () => {
  it("names it through the module's import of itself inside a namespace", () => {
    const quotes = source('src/resources/quotes.ts');
    const self = /import \* as (\w+API) from '\.\/quotes';/.exec(quotes)?.[1];
    expect(self, 'the module imports itself').toBeDefined();
    expect(quotes).toContain(`export interface Account extends ${self}.BaseAccount { iban: string; }`);
  });

  it('names it bare at the top level', () => {
    expect(source('src/resources/quotes.ts')).toContain('export interface UsdAccount extends BaseAccount {');
  });

  it('type-checks under tsc --strict', () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
