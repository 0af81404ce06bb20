/**
 * An object of no properties that allows none (`properties: {}`, `additionalProperties: false`: llama-cloud's
 * `LlamaParseFastOptions`, "reserved for future expansion"). Stainless's Python SDK types it `object`
 * (`fast_options: Optional[object] | Omit = omit` in `parsing.create`), as it does an object that says nothing of its
 * members (types-empty-properties-r29.test.ts).
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { pythonPackageByEra, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: Parse, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /parse:
    post:
      operationId: createParse
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                fast_options:
                  anyOf: [{ $ref: '#/components/schemas/FastOptions' }, { type: 'null' }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [id]
                properties:
                  id: { type: string }
                  options: { $ref: '#/components/schemas/FastOptions' }
components:
  schemas:
    FastOptions:
      type: object
      properties: {}
      additionalProperties: false
      description: Reserved for future expansion.
`;

const CONFIG = `
organization: { name: parse }
targets:
  python: { package_name: parse_sdk }
resources:
  parsing:
    methods:
      create: post /parse
`;

describe('an object of no properties that allows none', () => {
  const generated = pythonPackageByEra('py-closed-empty', SPEC, CONFIG, 'parse_sdk');

  it('is `object` in a Stainless SDK’s method, params and model', async () => {
    const read = await generated(null);
    expect(read('resources/parsing.py')).toMatch(/^ {8}fast_options: Optional\[object\] \| Omit = omit,$/m);
    expect(read('types/parsing_create_params.py')).toMatch(/^ {4}fast_options: Optional\[object\]$/m);
    expect(read('types/parsing_create_response.py')).toMatch(/^ {4}options: Optional\[object\] = None$/m);
  }, 120_000);

  it('is unchanged in sdkgen’s own SDK (a model of its own there)', async () => {
    const root = pythonTempDir('py-closed-empty-own');
    writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
    const result = await generate({ spec: path.join(root, 'openapi.yaml'), target: 'python' });
    const models = result.files.filter((f) => f.path.includes('/types/')).map((f) => f.contents);
    expect(models.join('\n')).toMatch(/^ {4}fast_options: Optional\[FastOptionsParam\]$/m);
  }, 120_000);
});
