/**
 * A multipart method says, before it sets the `Content-Type` header, that the header sent carries the boundary httpx
 * adds: a comment where Stainless's SDKs have theirs (imagekit's `files.upload`), so that the method's lines
 * stand as Stainless's do.
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
              required: [file]
              properties:
                file: { type: string, format: binary }
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

describe('the comment before a multipart Content-Type header', () => {
  const packageOf = pythonPackageByEra('multipart-comment', SPEC, CONFIG, 'files_sdk');

  it('stands between the files and the header, in both clients', async () => {
    const files = (await packageOf('2026-01-28'))('resources/files.py');
    const block =
      '        files = extract_files(cast(Mapping[str, object], body), paths=[["file"]])\n' +
      '        # httpx adds the boundary it picks between the parts to this header when it sends, e.g.\n' +
      '        # multipart/form-data; boundary=---abc--\n' +
      '        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}\n';
    expect(files.split(block).length - 1).toBe(2);
  });
});
