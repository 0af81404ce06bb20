/**
 * api.md of a Python SDK before NO_PHANTOM_RESPONSE_TYPES_SINCE (stainless/python-era.ts `phantomResponseTypes`): a
 * method returning a free-form value (`-> object`) is linked to the `<Singular><Method>Response` module it would have
 * had, and that type is listed among the resource's, after its models, in method order (honcho-python's api.md of May
 * 2025); from that day on, `-> object` alone. The package declares no such type either way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import type { Api } from '../../generator/ir/types';
import { buildPython } from '../../generator/emit/python/types/build-model';
import { planApiMd } from '../../generator/emit/python/docs/plan-api-md';
import { NO_PHANTOM_RESPONSE_TYPES_SINCE } from '../../generator/stainless/python-type-era';

const doc = (schema: string) => `
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: ${schema}`;
const SPEC = `
openapi: 3.0.3
info: { title: Notes, version: '1' }
paths:
  /notes/{id}:
    get:
      operationId: getNote
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]${doc("{ $ref: '#/components/schemas/Note' }")}
    delete:
      operationId: deleteNote
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]${doc('{}')}
  /notes/{id}/search:
    post:
      operationId: searchNote
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]${doc('{ type: object, properties: { hits: { type: integer } } }')}
  /keys:
    post:
      operationId: createKey${doc('{}')}
components:
  schemas:
    Note:
      type: object
      properties: { id: { type: string } }
`;

const CONFIG = `
organization: { name: notes }
targets:
  python: { package_name: notes_sdk }
resources:
  notes:
    models:
      note: '#/components/schemas/Note'
    methods:
      retrieve: get /notes/{id}
      delete: delete /notes/{id}
      search: post /notes/{id}/search
  keys:
    methods:
      create: post /keys
`;

let dir: string;
let api: Api;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-api-md-phantom-'));
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  ({ api } = await loadIr({ spec: path.join(dir, 'openapi.yml'), config: path.join(dir, 'stainless.yml') }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const apiMd = (era: string | null) => planApiMd(buildPython(api, { importName: 'notes_sdk', stainlessEra: era }).pkg);

describe('api.md of a free-form response by era', () => {
  test('before the change: the type it would have had, listed and linked', () => {
    const text = apiMd('2025-05-15');
    expect(text).toContain('from notes_sdk.types import Note, NoteDeleteResponse, NoteSearchResponse\n');
    expect(text).toContain('(id) -> <a href="./src/notes_sdk/types/note_delete_response.py">object</a></code>');
    expect(text).toContain('```python\nfrom notes_sdk.types import KeyCreateResponse\n```');
    expect(text).toContain('create</a>() -> <a href="./src/notes_sdk/types/key_create_response.py">object</a></code>');
  });

  test('from the change on: object alone, no type listed', () => {
    for (const era of [NO_PHANTOM_RESPONSE_TYPES_SINCE, null]) {
      const text = apiMd(era);
      expect(text).toContain('from notes_sdk.types import Note, NoteSearchResponse\n');
      expect(text).toContain('(id) -> object</code>');
      expect(text).not.toContain('KeyCreateResponse');
    }
  });
});
