/**
 * Python resource modules and packages as Stainless writes them:
 * - a header param of a number or boolean is sent as text (`Headers` holds strings only, so pyright strict rejects a
 *   `dict[str, str | int | Omit]`): `str(x)` when every header param is required (as writer's 2024 `Content-Length:
 *   int` was; that header is the HTTP client's now, no param), `str(x) if is_given(x) else not_given` otherwise, as
 *   Stainless's embed SDK writes `retries`;
 * - a `standalone_api` subresource is re-exported by its own package's `__init__.py` only, not its parent's (isaacus's
 *   `classifications/__init__.py`), and a methodless standalone package's `__init__.py` holds nothing (isaacus's
 *   `ilgs/v1`);
 * - `APIWebhookValidationError` is declared in `_exceptions.py` only by a package that unwraps webhooks (as it exports it);
 * - an import written one name a line (older eras) with one name stays on one line (honcho's 2024
 *   `from ...._utils import maybe_transform`).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importOneNameALine } from '../../generator/emit/python/py-layout';
import { namedExceptionsModule } from '../../generator/emit/python/runtime-exceptions';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: Uploads, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /files:
    post:
      operationId: uploadFile
      parameters:
        - { name: Content-Disposition, in: header, required: true, schema: { type: string } }
        - { name: X-Chunk-Size, in: header, required: true, schema: { type: integer } }
      requestBody:
        required: true
        content:
          text/plain:
            schema: { type: string }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
  /items:
    get:
      operationId: listItems
      parameters:
        - { name: X-Retries, in: header, schema: { type: integer } }
        - { name: X-Strict, in: header, schema: { type: boolean } }
        - { name: X-Label, in: header, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
  /classifications:
    post:
      operationId: classify
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
  /classifications/universal:
    post:
      operationId: classifyUniversal
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { score: { type: number } } }
components:
  schemas:
    Person:
      type: object
      properties: { name: { type: string } }
`;

const CONFIG = `
organization: { name: uploads }
targets:
  python: { package_name: uploads_sdk }
resources:
  files:
    methods:
      upload: post /files
  items:
    methods:
      list: get /items
  classifications:
    methods:
      create: post /classifications
    subresources:
      universal:
        standalone_api: true
        methods:
          create: post /classifications/universal
  ilgs:
    subresources:
      v1:
        standalone_api: true
        models:
          person: Person
`;

describe('Python resources: headers as text, standalone packages, one-name imports', () => {
  const generated = pythonPackageByEra('headers-packages', SPEC, CONFIG, 'uploads_sdk');

  it('sends a number or boolean header param as text', async () => {
    const file = await (await generated)(null);
    const files = file('resources/files.py');
    expect(files).toContain('"Content-Disposition": content_disposition,');
    expect(files).toContain('"X-Chunk-Size": str(x_chunk_size),');
    const items = file('resources/items.py');
    expect(items).toContain('"X-Retries": str(x_retries) if is_given(x_retries) else not_given,');
    expect(items).toContain('"X-Strict": ("true" if x_strict else "false") if is_given(x_strict) else not_given,');
    expect(items).toContain('"X-Label": x_label,');
  });

  it("re-exports a standalone subresource from its own package only; a methodless one's is empty", async () => {
    const file = await (await generated)(null);
    const parent = file('resources/classifications/__init__.py');
    expect(parent).toContain('ClassificationsResource');
    expect(parent).not.toContain('Universal');
    expect(file('resources/classifications/universal/__init__.py')).toContain('"UniversalResource",');
    expect(file('resources/classifications/classifications.py')).toContain('from .universal.universal import');
    expect(file('resources/ilgs/v1/__init__.py')).not.toContain('import');
  });

  // A lone `_utils` name stays on its line where the module is printed (types/print-types.ts); the layout itself
  // brackets one name as Stainless did for `_base_client` before 2024-07-11 (pydist-forms.test.ts).
  it('lays out names one a line, a lone one bracketed too', () => {
    expect(importOneNameALine('', '.._base_client', ['make_request_options'])).toBe(
      'from .._base_client import (\n    make_request_options,\n)',
    );
    expect(importOneNameALine('', '._utils', ['a', 'b'])).toBe('from ._utils import (\n    a,\n    b,\n)');
  });

  it('declares the webhook error only in a package that unwraps webhooks', async () => {
    const exceptions = (await (await generated)(null))('_exceptions.py');
    expect(exceptions).not.toContain('APIWebhookValidationError');
    expect(exceptions).toContain('class UploadsError(Exception):');
    const template = readFileSync(
      path.join(import.meta.dirname, '../../templates/python/runtime/_exceptions.py'),
      'utf8',
    );
    expect(namedExceptionsModule(template, 'UploadsError', true)).toContain(
      'class APIWebhookValidationError(APIError):',
    );
    expect(namedExceptionsModule(template, 'UploadsError', false)).toMatch(
      /class APIResponseValidationError\(APIError\):[\s\S]*\n\n\nclass APIStatusError\(APIError\):/,
    );
  });
});
