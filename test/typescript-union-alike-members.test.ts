/**
 * A union whose members print alike in TypeScript (an `integer` and a `number` are both `number`) names that type
 * once, as Stainless's SDKs do (papr's `customMetadata?: { [key: string]: string | number | boolean | Array<string> }`
 * from `anyOf: [string, number, integer, boolean, array]`); formatted strings beside a plain one still print
 * `(string & {}) | string`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../generator/generate';

const TMP = path.resolve(import.meta.dirname, '.tmp');
mkdirSync(TMP, { recursive: true });
const root = mkdtempSync(path.join(TMP, 'union-alike-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/things': {
      get: {
        operationId: 'getThing',
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['metadata', 'when'],
                  properties: {
                    metadata: {
                      type: 'object',
                      additionalProperties: {
                        anyOf: [
                          { type: 'string' },
                          { type: 'number' },
                          { type: 'integer' },
                          { type: 'boolean' },
                          { type: 'array', items: { type: 'string' } },
                        ],
                      },
                    },
                    when: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'string' }] },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
resources:
  things:
    methods:
      get: get /things
`;

it('members that print alike are written once; formatted strings keep their form', async () => {
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({
    spec: path.join(root, 'openapi.json'),
    config: path.join(root, 'stainless.yml'),
    format: false,
  });
  const source = result.files.find((f) => f.path === 'src/resources/things.ts')!.contents.replace(/\s+/g, ' ');
  expect(source).toContain('metadata: { [key: string]: string | number | boolean | Array<string> };');
  expect(source).not.toContain('number | number');
  expect(source).toContain('when: (string & {}) | string;');
});
