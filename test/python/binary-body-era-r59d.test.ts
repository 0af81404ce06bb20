/**
 * A raw binary request body in the forms Stainless's Python generator wrote by era (stainless/python-era.ts,
 * RAW_CONTENT_ARG_SINCE), never one that cannot send a file. From Stainless's "feat(client): support file upload
 * requests" (2025-07-30) until "add support for binary request streaming" (2026-01-13) its methods read the file into
 * the body, `body=read_file_content(image)` with the media type's Content-Type (kernel-python-sdk 2d5ee17), which the
 * runtime sends as the file's bytes; from then on `content=`. Before 2025-07-30, and for a `text/*` body of `format:
 * binary` until 2026-05-22, Stainless sent the file through the params' transform (`body=maybe_transform(image, …)`,
 * no Content-Type: nptakudo's of 2025-03), which its runtime could not send (JSON of bytes): sdkgen writes the era's
 * working form there. That the runtime sends these bodies: test/python/runtime/test_bodies.py.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /pets/{petId}/image:
    post:
      operationId: uploadImage
      parameters:
        - { name: petId, in: path, required: true, schema: { type: integer } }
      requestBody:
        content:
          application/octet-stream: { schema: { type: string, format: binary } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }
  /notes:
    post:
      operationId: uploadNote
      requestBody:
        required: true
        content:
          text/plain: { schema: { type: string, format: binary } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  pets:
    methods:
      upload_image:
        endpoint: post /pets/{petId}/image
        body_param_name: image
  notes:
    methods:
      upload:
        endpoint: post /notes
        body_param_name: content
`;

const packageAt = pythonPackageByEra('py-binary-body-era-59d', SPEC, CONFIG, 'acme');

describe('a raw binary request body by era', () => {
  it('is read into the body, with its media type, before 2026-01-13: never the transform Stainless wrote before 2025-07-30', async () => {
    for (const era of ['2025-03-27', '2025-08-07', '2026-01-12']) {
      const pets = (await packageAt(era))('resources/pets.py');
      expect(pets).toContain('from .._files import read_file_content, async_read_file_content\n');
      expect(pets).toContain(
        '        extra_headers = {"Content-Type": "application/octet-stream", **(extra_headers or {})}\n',
      );
      expect(pets).toContain('            body=read_file_content(image),\n');
      expect(pets).toContain('            body=await async_read_file_content(image),\n');
      expect(pets).not.toContain('maybe_transform(image');
      expect(pets).not.toContain('content=');
    }
  });

  it("is the call's content from 2026-01-13 on", async () => {
    for (const era of ['2026-01-13', null]) {
      const pets = (await packageAt(era))('resources/pets.py');
      expect(pets).toContain(
        '        extra_headers = {"Content-Type": "application/octet-stream", **(extra_headers or {})}\n',
      );
      expect(pets).toContain('            content=None if isinstance(image, ');
      expect(pets).not.toContain('read_file_content');
    }
  });

  it('is sent so for a text body of format binary too, where Stainless kept the transform until 2026-05-22', async () => {
    for (const [era, call] of [
      ['2025-12-01', 'body=read_file_content(content)'],
      ['2026-05-21', 'content=content'],
    ] as const) {
      const notes = (await packageAt(era))('resources/notes.py');
      expect(notes).toContain('        extra_headers = {"Content-Type": "text/plain", **(extra_headers or {})}\n');
      expect(notes).toContain(`            ${call},\n`);
      expect(notes).not.toContain('maybe_transform(content');
    }
  });
});
