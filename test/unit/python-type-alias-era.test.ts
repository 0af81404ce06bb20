/**
 * A `types/` module's alias in the era's form (stainless/python-era.ts `typeAliasMarker`): `X: TypeAlias = …` from
 * TYPE_ALIAS_MARKER_SINCE on, a plain assignment before (`X = List[…]`), with no `TypeAlias` import.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import type { Api } from '../../generator/ir/types';
import { buildPython } from '../../generator/emit/python/types/build-model';
import { typesFiles } from '../../generator/emit/python/types/print-types-modules';
import { TYPE_ALIAS_MARKER_SINCE, pythonTypeFormsOfEra } from '../../generator/stainless/python-type-era';

const SPEC = `
openapi: 3.0.3
info: { title: Shelf, version: '1' }
paths:
  /books:
    get:
      operationId: listBooks
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items:
                  type: object
                  properties: { title: { type: string } }
  /shelves/{id}:
    get:
      operationId: getShelf
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Shelf' }
components:
  schemas:
    Shelf:
      type: object
      properties:
        kind: { $ref: '#/components/schemas/ShelfKind' }
    ShelfKind:
      type: string
      enum: [wood, metal]
`;

const CONFIG = `
organization: { name: shelf }
targets:
  python: { package_name: shelf_sdk }
resources:
  books:
    methods:
      list: get /books
  shelves:
    models:
      shelf: '#/components/schemas/Shelf'
      shelf_kind: '#/components/schemas/ShelfKind'
    methods:
      retrieve: get /shelves/{id}
`;

let dir: string;
let api: Api;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-py-alias-era-'));
  writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  ({ api } = await loadIr({ spec: path.join(dir, 'openapi.yml'), config: path.join(dir, 'stainless.yml') }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function typesOfEra(era: string | null): Map<string, string> {
  const build = buildPython(api, { importName: 'shelf_sdk', stainlessEra: era });
  return new Map(
    typesFiles(build, 'src/shelf_sdk').map((file) => [
      file.path.replace(/^src\/shelf_sdk\/|\.py$/g, ''),
      file.contents,
    ]),
  );
}

describe('type aliases by era', () => {
  test('the marker from its day on', () => {
    expect(pythonTypeFormsOfEra(null).typeAliasMarker).toBe(true);
    expect(pythonTypeFormsOfEra(TYPE_ALIAS_MARKER_SINCE).typeAliasMarker).toBe(true);
    expect(pythonTypeFormsOfEra('2024-08-04').typeAliasMarker).toBe(false);
  });

  test('newest: annotated TypeAlias, imported from typing_extensions', () => {
    const files = typesOfEra(null);
    const list = files.get('types/book_list_response')!;
    expect(list).toMatch(/^BookListResponse: TypeAlias = List\[BookListResponseItem\]$/m);
    expect(list).toMatch(/^from typing_extensions import TypeAlias$/m);
    expect(files.get('types/shelf_kind')).toMatch(/^ShelfKind: TypeAlias = Literal\["wood", "metal"\]$/m);
  });

  test('before the marker: a plain assignment, and no TypeAlias import', () => {
    const files = typesOfEra('2024-07-17');
    const list = files.get('types/book_list_response')!;
    expect(list).toMatch(/^BookListResponse = List\[BookListResponseItem\]$/m);
    expect(list).not.toContain('TypeAlias');
    const kind = files.get('types/shelf_kind')!;
    expect(kind).toMatch(/^ShelfKind = Literal\["wood", "metal"\]$/m);
    expect(kind).toMatch(/^from typing_extensions import Literal$/m);
  });
});
