/**
 * With a Stainless config, a model whose shape differs by direction (a readOnly property) is declared once and used
 * as it is in params too, as Stainless's TypeScript SDKs have it (grid's `ConfigUpdateParams.supportedCurrencies?:
 * Array<PlatformCurrencyConfig>`): no `…Param` form beside it. sdkgen's own SDKs keep the request-side form, its
 * readOnly properties left out. Inline request objects leave readOnly properties out in both. The Stainless SDK
 * type-checks under tsc --strict.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-declaration-forms.test.ts samples Stainless's model declarations (docs/contributing.md, "What
// `npm test` samples").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Platform', version: '1' },
  servers: [{ url: 'https://api.platform.test' }],
  paths: {
    '/config': {
      get: {
        operationId: 'getConfig',
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Config' } } },
          },
        },
      },
      patch: {
        operationId: 'updateConfig',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  currencies: { type: 'array', items: { $ref: '#/components/schemas/CurrencyConfig' } },
                  createdAt: { type: 'string', readOnly: true },
                  domain: { type: 'string' },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Config' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Config: {
        type: 'object',
        properties: {
          currencies: { type: 'array', items: { $ref: '#/components/schemas/CurrencyConfig' } },
          domain: { type: 'string' },
        },
      },
      CurrencyConfig: {
        type: 'object',
        required: ['code'],
        properties: {
          code: { type: 'string' },
          providerFields: { type: 'array', items: { type: 'string' }, readOnly: true },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: platform }
targets:
  typescript:
    package_name: platform
resources:
  config:
    models:
      config: '#/components/schemas/Config'
      currency_config: '#/components/schemas/CurrencyConfig'
    methods:
      retrieve: get /config
      update: patch /config
`;

const roots: string[] = [];
let stainlessDir = '';
let stainless = '';
let own = '';

beforeAll(async () => {
  for (const config of [CONFIG, null]) {
    const root = tempDir('stainless-one-shape-models');
    roots.push(root);
    const result = await generateFrom(root, SPEC, config, { funcs: false, referenceDocs: false, format: false });
    const text = result.files
      .filter((f) => f.path.startsWith('src/resources/'))
      .map((f) => f.contents)
      .join('\n')
      .replace(/\s+/g, ' ');
    if (config === null) own = text;
    else {
      stainless = text;
      stainlessDir = path.join(root, 'sdk');
      writeFiles(stainlessDir, result.files);
    }
  }
}, 300_000);

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)('a model whose shape differs by direction', () => {
  it("is used as declared in a Stainless config's params", () => {
    expect(stainless).toContain('currencies?: Array<CurrencyConfig>;');
    expect(stainless).not.toContain('CurrencyConfigParam');
    // The model keeps its readOnly property; the inline params leave theirs out.
    expect(stainless).toMatch(/export interface CurrencyConfig \{[^}]*providerFields\?: Array<string>;/);
    expect(stainless).toMatch(/export interface ConfigUpdateParams \{[^}]*\}/);
    expect(/export interface ConfigUpdateParams \{[^}]*\}/.exec(stainless)![0]).not.toContain('createdAt');
  });

  it('keeps its request-side form in sdkgen’s own SDK', () => {
    expect(own).toContain('CurrencyConfigParam');
  });

  it('type-checks under tsc --strict', () => {
    expect(typeCheckStrict(stainlessDir, ['src/**/*.ts']).output).toBe('');
  }, 300_000);
});
