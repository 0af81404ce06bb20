/**
 * api.md's `from <pkg>.types import …` lines by era (stainless/python-era.ts `apiMdImportWidth`): Stainless formatted
 * its code blocks with black (88 columns) until API_MD_RUFF_WIDTH_SINCE and with Ruff (100) since, so a line of 89 to
 * 100 columns is one name a line in an older SDK's api.md (hetzner-python's of 2023-09-01:
 * `from hetzner.types.certificates import (` for 90 columns) and one line in a newer one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import type { Api } from '../../generator/ir/types';
import { buildPython } from '../../generator/emit/python/types/build-model';
import { planApiMd } from '../../generator/emit/python/docs/plan-api-md';
import { API_MD_RUFF_WIDTH_SINCE, pythonTypeFormsOfEra } from '../../generator/stainless/python-type-era';

const model = (name: string) => `
    ${name}:
      type: object
      properties: { id: { type: string } }`;
const SPEC = `
openapi: 3.0.3
info: { title: Notes, version: '1' }
paths:
  /notes:
    get:
      operationId: listNotes
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/NotebookEntry' }
components:
  schemas:${['NotebookEntry', 'NotebookSection', 'NotebookAttachment', 'NotebookCollaborator'].map(model).join('')}
`;

const CONFIG = `
organization: { name: notes }
targets:
  python: { package_name: notes_sdk }
resources:
  notes:
    models:
      notebook_entry: '#/components/schemas/NotebookEntry'
      notebook_section: '#/components/schemas/NotebookSection'
      notebook_attachment: '#/components/schemas/NotebookAttachment'
      notebook_collaborator: '#/components/schemas/NotebookCollaborator'
    methods:
      list: get /notes
`;

const LINE = 'from notes_sdk.types import NotebookAttachment, NotebookCollaborator, NotebookEntry, NotebookSection';

let dir: string;
let api: Api;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-api-md-width-'));
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  ({ api } = await loadIr({ spec: path.join(dir, 'openapi.yml'), config: path.join(dir, 'stainless.yml') }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const apiMd = (era: string | null) => planApiMd(buildPython(api, { importName: 'notes_sdk', stainlessEra: era }).pkg);

describe("api.md's import lines by era", () => {
  test('the line measured is between the two widths', () => {
    expect(LINE.length).toBeGreaterThan(88);
    expect(LINE.length).toBeLessThanOrEqual(100);
  });

  test('from the day Stainless formatted with Ruff, and in the newest forms, one line up to 100 columns', () => {
    expect(apiMd(null)).toContain(`${LINE}\n`);
    expect(apiMd(API_MD_RUFF_WIDTH_SINCE)).toContain(`${LINE}\n`);
  });

  test("before it, black's 88 columns: one name a line", () => {
    expect(pythonTypeFormsOfEra('2023-12-21').apiMdImportWidth).toBe(88);
    expect(apiMd('2023-09-01')).toContain(
      'from notes_sdk.types import (\n    NotebookAttachment,\n    NotebookCollaborator,\n    NotebookEntry,\n    NotebookSection,\n)\n',
    );
  });
});
