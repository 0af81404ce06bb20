/**
 * A method's `@example` with a Stainless config, where the spec's example of the request body gives a union field an
 * object no variant takes (grid-js-sdk's `externalAccounts.create`, its `accountInfo` of `accountType: US_ACCOUNT`, a
 * type none of its variants has): Stainless writes it as the variant it picks (the one its discriminating value names,
 * else the first object), with the keys of the example that variant declares, in the example's order and as given,
 * none added (`accountType: 'US_ACCOUNT'`, the beneficiary with all it gives). Its endpoint tests build that variant
 * instead, every required key given (test/unit/example-own-rules-r34b.test.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const account = (type: string, required: Record<string, unknown>) => ({
  type: 'object',
  required: ['accountType', 'beneficiary', ...Object.keys(required)],
  properties: {
    accountType: { type: 'string', enum: [type] },
    beneficiary: { $ref: '#/components/schemas/Beneficiary' },
    ...required,
  },
});

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Grid', version: '1' },
  servers: [{ url: 'https://grid.test' }],
  paths: {
    '/accounts': {
      post: {
        operationId: 'createAccount',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['currency', 'accountInfo'],
                properties: {
                  currency: { type: 'string' },
                  accountInfo: { $ref: '#/components/schemas/AccountInfo' },
                },
              },
              examples: {
                us: {
                  value: {
                    currency: 'USD',
                    accountInfo: {
                      accountType: 'US_ACCOUNT',
                      accountNumber: '12345678901',
                      beneficiary: {
                        fullName: 'John Doe',
                        beneficiaryType: 'INDIVIDUAL',
                        address: { line1: '123 Main Street', city: 'San Francisco' },
                      },
                    },
                  },
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
      AccountInfo: {
        oneOf: [{ $ref: '#/components/schemas/BrlAccount' }, { $ref: '#/components/schemas/UsdAccount' }],
        discriminator: {
          propertyName: 'accountType',
          mapping: { BRL_ACCOUNT: '#/components/schemas/BrlAccount', USD_ACCOUNT: '#/components/schemas/UsdAccount' },
        },
      },
      BrlAccount: account('BRL_ACCOUNT', { pixKey: { type: 'string' } }),
      UsdAccount: account('USD_ACCOUNT', { accountNumber: { type: 'string' } }),
      Beneficiary: {
        type: 'object',
        required: ['beneficiaryType', 'fullName'],
        properties: {
          beneficiaryType: { type: 'string', enum: ['INDIVIDUAL'] },
          fullName: { type: 'string' },
          address: {
            type: 'object',
            required: ['line1'],
            properties: { line1: { type: 'string' }, city: { type: 'string' } },
          },
        },
      },
    },
  },
};

const CONFIG = [
  'organization: { name: grid }',
  'targets: { typescript: { package_name: grid } }',
  'resources:',
  '  accounts: { methods: { create: post /accounts } }',
  '',
].join('\n');

describe('an @example whose body example gives a union an object no variant takes', () => {
  it("is written as the variant Stainless picks, with that variant's keys as given", async () => {
    const spec = writeSpec(SPEC);
    const config = path.join(path.dirname(spec), 'stainless.yml');
    writeFileSync(config, CONFIG);
    const { files } = await generate({ spec, config, stainlessEra: '2026-02-25', format: false });
    const resource = files.find((f) => f.path === 'src/resources/accounts.ts')!.contents;
    const example = resource
      .slice(resource.indexOf('@example'), resource.indexOf('```\n', resource.indexOf('@example') + 20))
      .replace(/\n\s*\*\s*/g, ' ')
      // (As one line: Prettier's breaks and trailing commas out.)
      .replace(/([{[]) +/g, '$1 ')
      .replace(/,\s+(?=[}\]])/g, ' ');
    expect(example).toContain(
      "accountInfo: { accountType: 'US_ACCOUNT', beneficiary: { fullName: 'John Doe', beneficiaryType: 'INDIVIDUAL', address: { line1: '123 Main Street', city: 'San Francisco' } } }",
    );
    expect(example).not.toContain('pixKey');
    // (The endpoint tests still build the first variant, every required key given.)
    const tests = files.find((f) => f.path === 'tests/api-resources/accounts.test.ts')!.contents;
    expect(tests).toContain("accountType: 'BRL_ACCOUNT'");
    expect(tests).toContain("pixKey: 'pixKey'");
  });

  // (A guard: only a Stainless config's `@example`s read the body's example so, sdkgen's own docs type-check.)
  it('is not written so without a Stainless config (a value its type refuses)', async () => {
    const { files } = await generate({ spec: writeSpec(SPEC), format: false });
    const sources = files.filter((f) => f.path.startsWith('src/')).map((f) => f.contents);
    expect(sources.join('\n')).not.toContain("accountType: 'US_ACCOUNT'");
  });
});
