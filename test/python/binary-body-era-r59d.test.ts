/**
 * A raw binary request body in the forms Stainless's Python generator wrote by era (stainless/python-era.ts), never
 * one that cannot send a file. Before Stainless's "feat(client): support file upload requests" (2025-07-30), and for a
 * `text/*` body of `format: binary` until 2026-05-22 (writer-python ccdd910), the params' transform,
 * `body=maybe_transform(image, …Params)` (nptakudo's of 2025-03): Stainless's runtime could not send it (JSON of
 * bytes) and it set no Content-Type; sdkgen writes the media type's Content-Type beside it, and its runtime sends a
 * file given as the body (the transform passes it through) as the file's bytes. Then `body=read_file_content(image)`
 * (kernel-python-sdk 2d5ee17 of 2025-08-07), and from "add support for binary request streaming" (2026-01-13)
 * `content=read_file_content(x) if isinstance(x, os.PathLike) else x`. With SDKGEN_PYTHON_TESTS=full a server on 127.0.0.1 receives each era's bytes, path and file.
 */
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonPackageByEra, pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';
import { generate } from '../../generator/generate';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

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

const OCTET = '        extra_headers = {"Content-Type": "application/octet-stream", **(extra_headers or {})}\n';
const TEXT = '        extra_headers = {"Content-Type": "text/plain", **(extra_headers or {})}\n';

describe('a raw binary request body by era', () => {
  it("goes through the params' transform before 2025-07-30, with its media type", async () => {
    const pets = (await packageAt('2025-03-27'))('resources/pets.py');
    expect(pets).toContain(OCTET);
    expect(pets).toContain('            body=maybe_transform(image, pet_upload_image_params.PetUploadImageParams),\n');
    expect(pets).toContain(
      '            body=await async_maybe_transform(image, pet_upload_image_params.PetUploadImageParams),\n',
    );
    expect(pets).not.toContain('read_file_content');
    expect(pets).not.toContain('content=');
  });

  it("is read into the body from 2025-07-30, and the call's content from 2026-01-13", async () => {
    for (const era of ['2025-07-30', '2026-01-12']) {
      const pets = (await packageAt(era))('resources/pets.py');
      expect(pets).toContain('from .._files import read_file_content, async_read_file_content\n');
      expect(pets).toContain(OCTET);
      expect(pets).toContain('            body=read_file_content(image),\n');
      expect(pets).toContain('            body=await async_read_file_content(image),\n');
      expect(pets).not.toContain('maybe_transform(image');
    }
    // A path read first, as Stainless writes it (parsecular's sdk-python of 2026-02-09, writer-python ccdd910).
    for (const era of ['2026-01-13', null]) {
      const pets = (await packageAt(era))('resources/pets.py');
      expect(pets).toContain(OCTET);
      expect(pets).toMatch(/^import os$/m);
      expect(pets).toContain('from .._files import read_file_content, async_read_file_content\n');
      expect(pets).toContain(
        '            content=read_file_content(image) if isinstance(image, os.PathLike) else image,\n',
      );
      expect(pets).toContain(
        '            content=await async_read_file_content(image) if isinstance(image, os.PathLike) else image,\n',
      );
    }
  });

  // Stainless typed the raw body by its call's form: `FileContent` while it was `body=read_file_content(x)` (kernel's
  // `write_file(id, contents: FileContent)`), `FileContent | BinaryTypes` (async `AsyncBinaryTypes`) from `content=`
  // on (cloudflare's `upload(…, body: FileContent | BinaryTypes)`); `FileTypes` only through the params' transform. A
  // `FileTypes` value passed to `read_file_content(file: FileContent)` is a pyright error (its tuple form).
  it("types the raw body as Stainless's call of its era takes it", async () => {
    const transform = (await packageAt('2025-03-27'))('resources/pets.py');
    expect(transform).toMatch(/^ {8}image: FileTypes \| (?:NotGiven = NOT_GIVEN|Omit = omit),$/m);
    // (Positional after the path params and required from 2025-07-30, the spec's optional one too:
    // test/python/raw-body-call-shape-r62a.test.ts.)
    for (const era of ['2025-07-30', '2026-01-12']) {
      const pets = (await packageAt(era))('resources/pets.py');
      expect(pets, era).toMatch(/^ {8}pet_id: int,\n {8}image: FileContent,\n {8}\*,$/m);
      expect(pets, era).not.toMatch(/image: FileTypes/);
      expect(pets, era).toMatch(/^from \.\._types import .*\bFileContent\b/m);
    }
    for (const era of ['2026-01-13', null]) {
      const pets = (await packageAt(era))('resources/pets.py');
      const [sync, async_] = pets.split('class AsyncPetsResource');
      expect(sync, String(era)).toMatch(/^ {8}pet_id: int,\n {8}image: FileContent \| BinaryTypes,\n {8}\*,$/m);
      expect(async_, String(era)).toMatch(/^ {8}pet_id: int,\n {8}image: FileContent \| AsyncBinaryTypes,\n {8}\*,$/m);
      expect(pets, String(era)).toMatch(/^from \.\._types import .*\bAsyncBinaryTypes\b/m);
    }
  });

  it('keeps the transform for a text body of format binary until 2026-05-22', async () => {
    for (const era of ['2025-03-27', '2025-12-01', '2026-05-21']) {
      const notes = (await packageAt(era))('resources/notes.py');
      expect(notes).toContain(TEXT);
      expect(notes).toContain('            body=maybe_transform(content, note_upload_params.NoteUploadParams),\n');
    }
    for (const era of ['2026-05-22', null]) {
      const notes = (await packageAt(era))('resources/notes.py');
      expect(notes).toContain(TEXT);
      expect(notes).toContain(
        '            content=read_file_content(content) if isinstance(content, os.PathLike) else content,\n',
      );
    }
  });

  it.runIf(PYTHON_FULL)(
    "sends the file's bytes in every era's form, sync and async, with no warning",
    async () => {
      const program = `${LOCAL_SERVER}
import asyncio, io, pathlib, tempfile, warnings
from acme import Acme, AsyncAcme

warnings.simplefilter("error")
url, seen = serve_recording(lambda request: [request.headers.get("Content-Type"), request.body.decode("latin-1")])
path = pathlib.Path(tempfile.mkdtemp()) / "f.bin"
path.write_bytes(b"\\x00\\xff")
client = Acme(base_url=url, max_retries=0)
for image in (b"\\x00\\xff", io.BytesIO(b"\\x00\\xff"), path, ("f.bin", b"\\x00\\xff", "image/png")):
    client.pets.upload_image(1, image=image)
client.notes.upload(content=b"hi")
if LEFT_OUT:
    client.pets.upload_image(1)  # the optional body left out (the transform era's keyword param): none sent
async def main() -> None:
    async_client = AsyncAcme(base_url=url, max_retries=0)
    await async_client.pets.upload_image(1, image=path)
    await async_client.notes.upload(content=b"hi")
asyncio.run(main())
print(json.dumps(seen))
`;
      const bytes = ['application/octet-stream', '\u0000\u00ff'];
      for (const era of ['2025-03-27', '2025-12-01', '2026-02-09', null]) {
        const root = pythonTempDir(`binary-body-era-59d-${era ?? 'latest'}`);
        writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
        writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
        const result = await generate({
          spec: path.join(root, 'openapi.yaml'),
          config: path.join(root, 'stainless.yml'),
          target: 'python',
          stainlessEra: era,
        });
        const files = new Map(result.files.map((f) => [f.path, f.contents]));
        // (From 2025-07-30 the raw body is required, as Stainless's: test/python/raw-body-call-shape-r62a.test.ts.)
        const leftOut = era === '2025-03-27';
        const run = await runPythonAgainstFiles(root, files, `LEFT_OUT = ${leftOut ? 'True' : 'False'}\n${program}`);
        expect(run.code, `${era}: ${run.stderr}`).toBe(0);
        expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!), String(era)).toEqual([
          bytes,
          bytes,
          bytes,
          bytes,
          ['text/plain', 'hi'],
          ...(leftOut ? [['application/octet-stream', '']] : []),
          bytes,
          ['text/plain', 'hi'],
        ]);
      }
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
