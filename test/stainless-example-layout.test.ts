/**
 * The `@example` of a Stainless config's TypeScript SDK is laid out as Stainless lays it out: an empty params object
 * is left out before the call is fitted to the example's 60 columns, so a call that fits without it stays on one
 * line (papr's `client.user.update('user_id');`).
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { tempDir } from './helpers/sdk';

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /accounts/{account_id}:
    patch:
      operationId: updateAccount
      parameters: [{ name: account_id, in: path, required: true, schema: { type: string } }]
      requestBody:
        required: true
        content: { application/json: { schema: { type: object, properties: { note: { type: string } } } } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Account' } } }
  /accounts/{account_id}/notes/{note_identifier}:
    patch:
      operationId: updateNote
      parameters:
        - { name: account_id, in: path, required: true, schema: { type: string } }
        - { name: note_identifier, in: path, required: true, schema: { type: string } }
      requestBody:
        required: true
        content: { application/json: { schema: { type: object, properties: { text: { type: string } } } } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Account' } } }
components:
  schemas:
    Account:
      type: object
      properties: { id: { type: string } }
      example: { id: acc_1 }
`;

const CONFIG = `organization: { name: acme }
targets:
  typescript: { package_name: acme }
client_settings:
  opts: {}
resources:
  accounts:
    models:
      account: '#/components/schemas/Account'
    methods:
      update: patch /accounts/{account_id}
      update_note: patch /accounts/{account_id}/notes/{note_identifier}
`;

let root = '';
let accounts = '';

beforeAll(async () => {
  root = tempDir('stainless-example-layout');
  writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  const result = await generate({ spec: path.join(root, 'openapi.yaml'), config: path.join(root, 'stainless.yml') });
  accounts = result.files.find((f) => f.path === 'src/resources/accounts.ts')?.contents ?? '';
}, 300_000);
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a Stainless config's @example", () => {
  it('fits a call to 60 columns without the empty params object it leaves out', () => {
    // 59 columns; with `, {}` it would be 63, and broken over three lines.
    expect(accounts).toContain("   * const account = await client.accounts.update('account_id');\n");
  });

  it('breaks a call that is too long without it, and leaves no empty object behind', () => {
    expect(accounts).toContain(
      "   * const account = await client.accounts.updateNote(\n   *   'note_identifier',\n   *   { account_id: 'account_id' },\n   * );\n",
    );
    expect(accounts).not.toMatch(/^\s*\*.*\{\}/m);
  });
});
