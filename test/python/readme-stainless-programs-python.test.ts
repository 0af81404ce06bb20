/**
 * The programs of a Python README made from a Stainless config, as Stainless's READMEs write them: the client is made
 * with the credentials of the API's first security requirement alone (one read from no environment variable is given
 * its dummy value); a page is held in `page` and its items printed; the nested-params program takes the first method
 * in the resources' order with a param of named keys, a query param's too, written with its required keys alone where
 * the spec gives no example; the upload program passes what the method requires besides its file, and a file a config
 * gives as a string is its bytes; a cursor page's program prints its cursor.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const SPEC = `openapi: 3.1.0
info: { title: Depot, version: 1.0.0 }
servers: [{ url: https://api.depot.test/v1 }]
components:
  securitySchemes:
    Key: { type: apiKey, in: header, name: X-Key }
    Token: { type: http, scheme: bearer }
  schemas:
    Item:
      type: object
      required: [id]
      properties:
        id: { type: string }
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - { name: cursor, in: query, schema: { type: string } }
        - { name: limit, in: query, schema: { type: integer } }
        - name: created
          in: query
          style: deepObject
          schema:
            type: object
            properties:
              gt: { type: string }
              lt: { type: string }
              tz: { type: string }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Item' } }
                  next_cursor: { type: string }
  /items/{id}/files:
    post:
      operationId: uploadFile
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file, purpose]
              properties:
                file: { type: string, format: binary }
                purpose: { type: string }
      responses:
        '204': { description: stored }
`;
const CONFIG = `organization: { name: depot }
targets:
  python:
    package_name: depot
security:
  - Key: []
  - Token: []
client_settings:
  opts:
    api_key:
      type: string
      auth: { security_scheme: Key }
    token:
      type: string
      nullable: true
      read_env: DEPOT_TOKEN
      auth: { security_scheme: Token }
pagination:
  - name: cursor_page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      data: { type: array }
      next_cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
readme:
  example_requests:
    default:
      type: request
      endpoint: post /items/{id}/files
      params:
        id: item_1
        file: hello
        purpose: backup
    headline:
      type: request
      endpoint: get /items
      params:
        limit: 10
resources:
  items:
    models:
      item: Item
    methods:
      list: get /items
      upload: post /items/{id}/files
`;

function section(readme: string, heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const next = readme.indexOf('\n## ', start + heading.length + 2);
  return readme.slice(start, next === -1 ? undefined : next);
}

describe("a Python README's programs, as Stainless writes them", () => {
  const dir = tempDir('python-readme-stainless-programs');
  const out = path.join(dir, 'sdk');
  let readme = '';

  beforeAll(() => {
    writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    generatePython(path.join(dir, 'openapi.yml'), out, path.join(dir, 'stainless.yml'));
    readme = readFileSync(path.join(out, 'README.md'), 'utf8');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("makes the client with the first security requirement's credentials, a dummy where no variable is read", () => {
    const usage = section(readme, '## Usage');
    expect(usage).toContain('client = Depot(\n    api_key="My API Key",\n)\n');
    expect(usage).not.toContain('token=');
    expect(usage).not.toContain('import os');
  });

  it('holds a page in `page` and prints its items', () => {
    expect(section(readme, '## Usage')).toContain('page = client.items.list(\n    limit=10,\n)\nprint(page.data)\n');
    expect(section(readme, '## Async usage')).toContain('    page = await client.items.list(');
  });

  it('shows the nested query param of the first method, with its required keys alone', () => {
    expect(section(readme, '## Nested params')).toContain(
      'page = client.items.list(\n    created={},\n)\nprint(page.data)\n',
    );
  });

  it('uploads with what the method requires, and takes a file given as a string as its bytes', () => {
    expect(section(readme, '## File uploads')).toContain(
      'client.items.upload(\n    id="id",\n    file=Path("/path/to/file"),\n    purpose="purpose",\n)\n',
    );
    expect(section(readme, '## Handling errors')).toContain('file=b"hello",');
  });

  it("prints a cursor page's cursor before its items", () => {
    expect(section(readme, '## Pagination')).toMatch(
      /\nprint\(first_page\.next_cursor\)[^\n]*\nfor item in first_page\.data:/,
    );
  });
});
