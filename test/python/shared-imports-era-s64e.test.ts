/**
 * How a Python SDK's modules import a shared model, by era (stainless/python-type-era.ts MODEL_IMPORTS_BY_MODULE_SINCE,
 * 2024-04-23, "chore(internal): restructure imports"): before, from the `types/shared` package that re-exports it
 * (`from .shared import Address`, a resource's `from ..types.shared import Address`); from then on, from its module.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { generatePythonInto, pythonFilesAtEra, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
components:
  schemas:
    Address:
      type: object
      properties: { city: { type: string } }
    Customer:
      type: object
      properties: { id: { type: string }, address: { $ref: '#/components/schemas/Address' } }
paths:
  /customers/{id}:
    get:
      operationId: getCustomer
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Customer' } } } }
  /customers/{id}/address:
    get:
      operationId: getCustomerAddress
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Address' } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  $shared:
    models:
      address: '#/components/schemas/Address'
  customers:
    models:
      customer: '#/components/schemas/Customer'
    methods:
      retrieve: get /customers/{id}
      address: get /customers/{id}/address
`;

const root = pythonTempDir('py-shared-imports-era');
writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
writeFileSync(path.join(root, 'stainless.yml'), CONFIG);

/** The SDK's files at `era`, by their path in the output. */
const sdkAt = (era: string) => pythonFilesAtEra(root, era);

describe('shared model imports by era', () => {
  it('go through types/shared before 2024-04-23', async () => {
    const file = await sdkAt('2024-04-22');
    expect(file('src/acme/types/customer.py')).toContain('\nfrom .shared import Address\n');
    expect(file('src/acme/resources/customers.py')).toContain('\nfrom ..types.shared import Address\n');
  });

  it('name the model module from 2024-04-23', async () => {
    const file = await sdkAt('2024-04-23');
    expect(file('src/acme/types/customer.py')).toContain('\nfrom .shared.address import Address\n');
    expect(file('src/acme/resources/customers.py')).toContain('\nfrom ..types.shared.address import Address\n');
  });
});

if (!PYTHON_FULL) console.log(`shared-imports-era: pyright is ${FULL_ONLY_NOTICE}`);
describe('type-check', () => {
  it.runIf(PYTHON_FULL)(
    'the SDK of 2024-04-22 under pyright strict',
    async () => {
      const dir = pythonTempDir('py-shared-imports-2024-04-22');
      const out = generatePythonInto(dir, path.join(dir, 'out'), {
        spec: { name: 'openapi.yaml', text: SPEC },
        config: { name: 'stainless.yml', text: CONFIG },
        args: ['--stainless-era', '2024-04-22'],
      });
      expect(await pyrightErrorsUnderOwnSettings(out, ['src', 'tests'])).toEqual([]);
    },
    900_000,
  );
});
