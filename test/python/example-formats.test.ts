/**
 * The generated tests' values for formatted strings: a mock server (Prism) validates `format`, so a field's name is
 * no value for an email; Stainless's tests write `dev@stainless.com` there, when the length bounds allow it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Mail Desk, version: '1' }
paths:
  /contacts:
    post:
      operationId: createContact
      parameters:
        - { name: notify, in: query, schema: { type: string, format: email } }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [email]
              properties:
                email: { type: string, format: email }
                short: { type: string, format: email, maxLength: 8 }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

describe('example values of formatted strings in the generated tests', () => {
  const { out } = pythonSdk('py-formats', { spec: { name: 'mail.yaml', text: SPEC } });
  let tests = '';
  beforeAll(() => {
    tests = readFileSync(path.join(out, 'tests/api_resources/test_contacts.py'), 'utf8');
  });

  it('writes an email as dev@stainless.com, in a body and in a query', () => {
    expect(tests).toMatch(/^ {12}email="dev@stainless\.com",$/m);
    expect(tests).toMatch(/^ {12}notify="dev@stainless\.com",$/m);
  });

  it('keeps a value within the length bounds', () => {
    expect(tests).toMatch(/^ {12}short="short",$/m);
  });
});
