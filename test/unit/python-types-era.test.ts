/**
 * The `types/` modules (and the annotations methods share with them) in the forms Stainless's Python generator wrote
 * in the SDK's era (stainless/python-era.ts `pythonTypeFormsOfEra`): the newest by default; before its day, a params'
 * list of strings is `List[str]` rather than `SequenceNotStr[str]`, and a class carries no docstring of its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import type { Api } from '../../generator/ir/types';
import { buildPython } from '../../generator/emit/python/types/build-model';
import { typesFiles } from '../../generator/emit/python/types/print-types-modules';
import {
  API_MD_KEYWORD_PATH_PARAMS_SINCE,
  CLASS_DOCSTRINGS_SINCE,
  SEQUENCE_NOT_STR_SINCE,
  pythonTypeFormsOfEra,
} from '../../generator/stainless/python-type-era';
import { inferStainlessPythonEra } from '../../generator/stainless/python-era-inference';

const SPEC = `
openapi: 3.0.3
info: { title: Tags, version: '1' }
paths:
  /notes:
    post:
      operationId: createNote
      parameters:
        - { name: labels, in: query, schema: { type: array, items: { type: string } } }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                tags: { type: array, items: { type: string } }
                author:
                  type: object
                  description: Who wrote the note.
                  properties: { name: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Note' }
components:
  schemas:
    Note:
      type: object
      description: A note someone took.
      properties:
        id: { type: string }
        tags: { type: array, items: { type: string } }
`;

const CONFIG = `
organization: { name: tags }
targets:
  python: { package_name: tags_sdk }
resources:
  notes:
    models:
      note: '#/components/schemas/Note'
    methods:
      create: post /notes
`;

let dir: string;
let api: Api;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-types-era-'));
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  ({ api } = await loadIr({ spec: path.join(dir, 'openapi.yml'), config: path.join(dir, 'stainless.yml') }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The package's types modules (by module path) and its create method's params, in the forms of `era`. */
function typesOfEra(era: string | null) {
  const build = buildPython(api, { importName: 'tags_sdk', stainlessEra: era });
  const files = new Map(
    typesFiles(build, 'src/tags_sdk').map((file) => [file.path.replace(/^src\/tags_sdk\/|\.py$/g, ''), file.contents]),
  );
  const create = build.pkg.resources[0].methods.find((method) => method.name === 'create')!;
  return { files, params: new Map(create.params.map((param) => [param.name, param.annotation])) };
}

describe('the forms of the types by era', () => {
  test('each from its day on; the newest without an era', () => {
    const newest = { modelExtraKeys: 'checked', paramsExtraKeys: 'extra-items-pragma' };
    expect(pythonTypeFormsOfEra(null)).toEqual({
      typeAliasMarker: true,
      phantomResponseTypes: false,
      sequenceNotStr: true,
      iterableParams: true,
      classDocstrings: true,
      webhookEventDiscriminator: true,
      unmarkedStreams: true,
      sharedThroughPackage: false,
      sharedParamsAttributes: null,
      apiMdKeywordPathParams: true,
      apiMdImportWidth: 100,
      isortImportWidth: null,
      ...newest,
    });
    expect(pythonTypeFormsOfEra('2023-11-05')).toMatchObject({ apiMdKeywordPathParams: false, isortImportWidth: 88 });
    expect(pythonTypeFormsOfEra('2024-02-05')).toMatchObject({ iterableParams: false });
    expect(pythonTypeFormsOfEra('2024-02-06')).toMatchObject({ iterableParams: true });
    expect(pythonTypeFormsOfEra(API_MD_KEYWORD_PATH_PARAMS_SINCE)).toMatchObject({ apiMdKeywordPathParams: true });
    expect(pythonTypeFormsOfEra('2025-10-26')).toMatchObject({ unmarkedStreams: false });
    expect(pythonTypeFormsOfEra('2025-10-27')).toMatchObject({ unmarkedStreams: true });
    expect(pythonTypeFormsOfEra('2024-04-22').sharedThroughPackage).toBe(true);
    expect(pythonTypeFormsOfEra('2024-04-23').sharedThroughPackage).toBe(false);
    expect(pythonTypeFormsOfEra('2023-10-24').sharedParamsAttributes).toBe('every');
    expect(pythonTypeFormsOfEra('2023-10-25').sharedParamsAttributes).toBe('objects');
    expect(pythonTypeFormsOfEra('2024-08-11').sharedParamsAttributes).toBe('objects');
    expect(pythonTypeFormsOfEra('2024-08-12').sharedParamsAttributes).toBeNull();
    expect(pythonTypeFormsOfEra('2025-12-01')).toMatchObject({ webhookEventDiscriminator: false });
    expect(pythonTypeFormsOfEra('2025-12-02')).toMatchObject({ webhookEventDiscriminator: true });
    expect(pythonTypeFormsOfEra('2025-05-28')).toMatchObject({ sequenceNotStr: false, classDocstrings: false });
    expect(pythonTypeFormsOfEra('2025-05-28')).toMatchObject({ modelExtraKeys: 'stub', paramsExtraKeys: 'union' });
    expect(pythonTypeFormsOfEra('2025-08-01')).toMatchObject({ modelExtraKeys: 'declared', paramsExtraKeys: 'union' });
    expect(pythonTypeFormsOfEra(SEQUENCE_NOT_STR_SINCE)).toMatchObject({
      sequenceNotStr: true,
      classDocstrings: false,
    });
    expect(pythonTypeFormsOfEra(CLASS_DOCSTRINGS_SINCE)).toMatchObject({ sequenceNotStr: true, classDocstrings: true });
    expect(pythonTypeFormsOfEra('2026-04-01')).toMatchObject({
      modelExtraKeys: 'checked',
      paramsExtraKeys: 'extra-items',
    });
  });

  test('a generation before the newest change of the types keeps its day as the era', () => {
    const files = [{ path: 'src/acme/_client.py', text: '    @cached_property\n' }];
    expect(inferStainlessPythonEra(files, '2025-12-01T10:00:00Z')).toBe('2025-12-01');
  });
});

describe('the newest forms', () => {
  test("a params' list of strings is a SequenceNotStr, in its module and the method's signature", () => {
    const { files, params } = typesOfEra(null);
    const module = files.get('types/note_create_params')!;
    expect(module).toContain('    tags: SequenceNotStr[str]\n');
    expect(module).toMatch(/^from \.\._types import SequenceNotStr$/m);
    expect(params.get('labels')).toBe('SequenceNotStr[str]');
    // (A model's list stays a List.)
    expect(files.get('types/note')).toContain('    tags: Optional[List[str]] = None\n');
  });

  test('a class opens with its description', () => {
    const { files } = typesOfEra(null);
    expect(files.get('types/note')).toContain('class Note(BaseModel):\n    """A note someone took."""\n\n    id:');
    expect(files.get('types/note_create_params')).toContain(
      'class Author(TypedDict, total=False):\n    """Who wrote the note."""\n\n    name: str\n',
    );
  });
});

describe('an SDK of an older era', () => {
  test("a params' list of strings is a List, in its module and the method's signature", () => {
    const { files, params } = typesOfEra('2025-08-01');
    const module = files.get('types/note_create_params')!;
    expect(module).toContain('    tags: List[str]\n');
    expect(module).toMatch(/^from typing import List$/m);
    expect(module).not.toContain('SequenceNotStr');
    expect(params.get('labels')).toBe('List[str]');
  });

  test('a class carries no docstring of its own; its fields keep theirs', () => {
    const { files } = typesOfEra('2025-08-01');
    expect(files.get('types/note')).toContain('class Note(BaseModel):\n    id: Optional[str] = None\n');
    expect(files.get('types/note_create_params')).toContain('class Author(TypedDict, total=False):\n    name: str\n');
    expect(files.get('types/note_create_params')).toContain('    author: Author\n    """Who wrote the note."""\n');
  });

  test('between the two changes: SequenceNotStr, no class docstring', () => {
    const { files } = typesOfEra('2025-10-01');
    expect(files.get('types/note_create_params')).toContain('    tags: SequenceNotStr[str]\n');
    expect(files.get('types/note')).not.toContain('A note someone took.');
  });
});
