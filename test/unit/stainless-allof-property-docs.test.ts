/**
 * With a Stainless config, a property two `allOf` parts declare, each described in its own words, is left undescribed,
 * and so is the object it is written out as: grid's BusinessCustomer joins BusinessCustomerFields (`businessInfo`, a
 * BusinessInfoUpdate: "Additional information for business entities") with an object whose `businessInfo` is a
 * BusinessInfo ("Additional information required for business entities"); Stainless's SDK (lightsparkdev/grid-js-sdk)
 * has `businessInfo?: BusinessCustomer.BusinessInfo;` and `interface BusinessInfo` without a comment. A key the parts
 * describe alike, or only one of them describes, keeps its description.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const object = (description: string | null, properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  ...(description ? { description } : {}),
  ...(required.length ? { required } : {}),
  properties,
});

describe('a property two allOf parts describe differently', () => {
  it('has no description, nor has its object; one described alike or once keeps it', async () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const spec = writeSpec(
      openapi({
        paths: {
          '/customers/{id}': {
            get: {
              operationId: 'getCustomer',
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
              responses: {
                '200': { description: 'ok', content: { 'application/json': { schema: ref('BusinessCustomer') } } },
              },
            },
          },
        },
        schemas: {
          InfoUpdate: object('Information for business entities', { legalName: { type: 'string' } }),
          Info: object('Information required for business entities', { legalName: { type: 'string' } }, ['legalName']),
          Same: object('Same words', { a: { type: 'string' } }),
          Kind: { type: 'string', enum: ['BUSINESS', 'INDIVIDUAL'], description: 'The kind of customer' },
          Fields: object(null, { businessInfo: ref('InfoUpdate'), same: ref('Same'), kind: ref('Kind') }),
          BusinessCustomer: {
            allOf: [
              ref('Fields'),
              object(null, {
                businessInfo: ref('Info'),
                same: ref('Same'),
                kind: { type: 'string', enum: ['BUSINESS'] },
              }),
            ],
          },
        },
      }),
    );
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: acme }',
        'targets: { typescript: { package_name: acme } }',
        'resources:',
        '  customers:',
        '    models: { business_customer: BusinessCustomer }',
        "    methods: { retrieve: 'get /customers/{id}' }",
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const source = files.find((f) => f.path === 'src/resources/customers.ts')!.contents;
    expect(source).not.toMatch(/for business entities/);
    expect(source).toMatch(
      /\}\n\s*businessInfo\?: BusinessCustomer\.BusinessInfo;|\{\n\s*businessInfo\?: BusinessCustomer\.BusinessInfo;/,
    );
    expect(source).toMatch(/export interface BusinessInfo \{\n\s*legalName: string;/);
    // Described alike: kept, on the property and its interface.
    expect(source.match(/\* Same words/g)).toHaveLength(2);
    // Described by one part only: kept.
    expect(source).toMatch(/\* The kind of customer\s*\*\/\s*kind\?: 'BUSINESS'/);
  });
});
