/**
 * A method's Args entry for a param that is a nullable object (`anyOf: [{ type: object, description }, { type: 'null' }]`)
 * is documented by the object's own description, as the params' field is (print-types.ts): Stainless's llama-stack
 * SDK of 2026-04 documents its vector store file `attributes` so, not by the wrapper's shorter description. Without one
 * of its own, the wrapper's description stays.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: Stores, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /files:
    post:
      operationId: attachFile
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [file_id]
              properties:
                file_id: { type: string, description: The file to attach. }
                attributes:
                  description: Attributes of the file.
                  anyOf:
                    - type: object
                      description: Key-value pairs kept with the file, each value a string of at most 512 characters.
                      additionalProperties: { type: string }
                    - type: 'null'
                labels:
                  description: Labels of the file.
                  anyOf:
                    - type: object
                      additionalProperties: { type: string }
                    - type: 'null'
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
`;

const CONFIG = `
organization: { name: stores }
targets:
  python: { package_name: stores_sdk }
resources:
  files:
    methods:
      attach: post /files
`;

describe('Args of a nullable object param', () => {
  it("takes the object's description, else the wrapper's", async () => {
    const files = (await (await pythonPackageByEra('arg-docs-nullable', SPEC, CONFIG, 'stores_sdk'))(null))(
      'resources/files.py',
    );
    expect(files).toContain(
      '          attributes: Key-value pairs kept with the file, each value a string of at most 512\n' +
        '              characters.\n',
    );
    expect(files).not.toContain('Attributes of the file.');
    expect(files).toContain('          labels: Labels of the file.\n');
    expect(files).toContain('          file_id: The file to attach.\n');
  });
});
