/**
 * A multipart body's copy before its files are extracted, in the form of the SDK's era: from 2026-04-17
 * (DEEPCOPY_WITH_PATHS_SINCE) `deepcopy_with_paths(body, paths)` from `_files`, copying only the containers on the
 * files' paths, as Stainless's llama-stack SDK of 2026-04-30 writes it; before, `deepcopy_minimal(body)` from `_utils`.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.1.0
info: { title: Files, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /files:
    post:
      operationId: uploadFile
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
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
`;

const CONFIG = `
organization: { name: files }
targets:
  python: { package_name: files_sdk }
resources:
  files:
    methods:
      create: post /files
`;

describe("a multipart body's copy", () => {
  const packageOf = pythonPackageByEra('multipart-copy', SPEC, CONFIG, 'files_sdk');

  it('copies along the files paths from 2026-04-17 on', async () => {
    for (const era of [null, '2026-04-17']) {
      const files = (await packageOf(era))('resources/files.py');
      expect(files, `era ${era}`).toContain('from .._files import deepcopy_with_paths\n');
      expect(files, `era ${era}`).toContain(
        '        body = deepcopy_with_paths(\n            {\n                "file": file,\n' +
          '                "purpose": purpose,\n            },\n            [["file"]],\n        )\n',
      );
      expect(files, `era ${era}`).not.toContain('deepcopy_minimal');
    }
  });

  it('copies the whole body before', async () => {
    const files = (await packageOf('2026-04-16'))('resources/files.py');
    expect(files).toContain('deepcopy_minimal(');
    expect(files).not.toContain('deepcopy_with_paths');
  });
});
