/**
 * An object that writes out `properties: {}` and says nothing else of its members. Stainless's Python SDKs type it
 * `object`, as they type one without a `properties` keyword: apollo's `typed_custom_fields: Optional[object] = None`
 * and `primary_phone` (`{ type: object, properties: {} }` in its .stainless/openapi.json), opencode's
 * `ErrorMessageOutputLengthError.data: object`. sdkgen's own SDKs (no Stainless config) keep their map.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { pythonPackageByEra, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: People, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /people:
    post:
      operationId: matchPerson
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                hints: { type: object, properties: {} }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data: { type: object, properties: {} }
                  custom_fields: { type: object, properties: {} }
                  labels: { type: object, additionalProperties: { type: string } }
                  extra: { type: object, properties: {}, additionalProperties: true }
`;

const CONFIG = `
organization: { name: people }
targets:
  python: { package_name: people }
resources:
  people:
    methods:
      match: post /people
`;

describe('an object of `properties: {}`', () => {
  const generated = pythonPackageByEra('py-empty-properties', SPEC, CONFIG, 'people');

  it('is `object` in a Stainless SDK’s model and params, as one with no properties keyword is', async () => {
    const read = await generated(null);
    const response = read('types/person_match_response.py');
    expect(response).toMatch(/^ {4}data: object$/m);
    expect(response).toMatch(/^ {4}custom_fields: Optional\[object\] = None$/m);
    // A map the spec says is one stays one.
    expect(response).toMatch(/^ {4}labels: Optional\[Dict\[str, str\]\] = None$/m);
    expect(response).toMatch(/^ {4}extra: Optional\[Dict\[str, object\]\] = None$/m);
    const params = read('types/person_match_params.py');
    expect(params).toMatch(/^ {4}hints: object$/m);
  }, 120_000);

  it('stays a map in sdkgen’s own SDK', async () => {
    const root = pythonTempDir('py-empty-properties-own');
    writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
    const result = await generate({ spec: path.join(root, 'openapi.yaml'), target: 'python' });
    const models = result.files.filter((f) => f.path.includes('/types/')).map((f) => f.contents);
    expect(models.join('\n')).toMatch(/^ {4}data: Dict\[str, object\]$/m);
  }, 120_000);
});
