/**
 * A raw binary request body in Stainless's call shape, by era (generator/emit/python/resources/raw-body.ts). From
 * "feat(client): support file upload requests" (2025-07-30) the method takes it positionally after its positional
 * path params, required (a spec's optional one too), and its params TypedDict has no key of it: kernel-python-sdk's
 * `write_file(self, id, contents: FileContent, *, path, mode)` with `FWriteFileParams` of `path` and `mode`, api.md's
 * `write_file(id, contents, **params)`, its tests' `id="id", contents=b"raw file contents", path=…`; Stainless's
 * Petstore example's optional body as `upload_image(self, pet_id, body: FileContent, *, additional_metadata)`. Before,
 * a keyword param of the TypedDict, optional as the spec says (nptakudo's `image: FileTypes | NotGiven`). With
 * SDKGEN_PYTHON_TESTS=full: pyright strict over src/ and tests/ at each era, and a server on 127.0.0.1 receives the
 * bytes and Content-Type of positional calls.
 */
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { LOCAL_SERVER, pythonTempDir, runPythonAgainst } from '../helpers/python-sdk';
import { generate } from '../../generator/generate';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /browsers/{id}/fs/write_file:
    put:
      operationId: writeFile
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: path, in: query, required: true, schema: { type: string } }
        - { name: mode, in: query, required: false, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/octet-stream: { schema: { type: string, format: binary } }
      responses:
        '204': { description: written }
  /pets/{petId}/image:
    post:
      operationId: uploadImage
      parameters:
        - { name: petId, in: path, required: true, schema: { type: integer } }
        - { name: additionalMetadata, in: query, required: false, schema: { type: string } }
      requestBody:
        content:
          application/octet-stream: { schema: { type: string, format: binary } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }
  /blobs:
    post:
      operationId: createBlob
      requestBody:
        required: true
        content:
          image/png: { schema: { type: string, format: binary } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  fs:
    methods:
      write_file:
        endpoint: put /browsers/{id}/fs/write_file
        body_param_name: contents
  pets:
    methods:
      upload_image: post /pets/{petId}/image
  blobs:
    methods:
      create: post /blobs
`;

const RAW_ERAS = ['2025-07-30', '2025-12-01', '2026-02-09', null];
const generated = new Map<string | null, Promise<Map<string, string>>>();

/** The SDK's files at `era` (`null`: the newest forms), generated once. */
function sdkAt(era: string | null): Promise<Map<string, string>> {
  let files = generated.get(era);
  if (!files) {
    const root = pythonTempDir(`raw-body-shape-62a-${era ?? 'latest'}`);
    writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
    writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
    files = generate({
      spec: path.join(root, 'openapi.yaml'),
      config: path.join(root, 'stainless.yml'),
      target: 'python',
      stainlessEra: era,
    }).then((result) => new Map(result.files.map((f) => [f.path, f.contents])));
    generated.set(era, files);
  }
  return files;
}

describe("a raw binary body in Stainless's call shape", () => {
  it('is positional after the positional path params from 2025-07-30, and no key of the params TypedDict', async () => {
    for (const era of RAW_ERAS) {
      const files = await sdkAt(era);
      const fs = files.get('src/acme/resources/fs.py')!;
      expect(fs, String(era)).toMatch(
        /^ {8}self,\n {8}id: str,\n {8}contents: FileContent[^\n]*,\n {8}\*,\n {8}path: str,$/m,
      );
      const params = files.get('src/acme/types/f_write_file_params.py')!;
      expect(params, String(era)).toContain('    path: Required[str]\n');
      expect(params, String(era)).not.toContain('contents');
      // A method whose only param is the raw body has no params TypedDict, as Stainless's `create_with_file(file_content)`.
      expect(
        [...files.keys()].filter((f) => f.includes('blob_create_params')),
        String(era),
      ).toEqual([]);
      expect(files.get('src/acme/resources/blobs.py'), String(era)).toMatch(
        /^ {8}self,\n {8}body: FileContent[^\n]*,\n {8}\*,$/m,
      );
      const api = files.get('api.md')!;
      expect(api, String(era)).toContain(
        '>write_file</a>(id, contents, \\*\\*<a href="src/acme/types/f_write_file_params.py">params</a>)',
      );
      expect(api, String(era)).toContain('>create</a>(body) -> ');
      // Stainless's tests pass it by name, after the path params: `id="id", contents=b"raw file contents", path=…`.
      expect(files.get('tests/api_resources/test_fs.py'), String(era)).toContain(
        '        f = client.fs.write_file(\n            id="id",\n            contents=b"raw file contents",\n            path="path",\n        )\n',
      );
    }
  });

  it("takes a spec's optional raw body as required from 2025-07-30, and keeps it optional by keyword before", async () => {
    for (const era of RAW_ERAS) {
      const pets = (await sdkAt(era)).get('src/acme/resources/pets.py')!;
      expect(pets, String(era)).toMatch(
        /^ {8}pet_id: int,\n {8}body: FileContent(?: \| (?:Async)?BinaryTypes)?,\n {8}\*,$/m,
      );
      expect(pets, String(era)).not.toMatch(/body: FileContent[^\n]*(?:Omit|NotGiven)/);
      expect((await sdkAt(era)).get('src/acme/types/pet_upload_image_params.py'), String(era)).not.toMatch(
        /^ {4}body:/m,
      );
    }
    const files = await sdkAt('2025-03-27');
    expect(files.get('src/acme/resources/pets.py')).toMatch(
      /^ {8}pet_id: int,\n {8}\*,\n {8}additional_metadata: str \| NotGiven = NOT_GIVEN,\n {8}body: FileTypes \| NotGiven = NOT_GIVEN,$/m,
    );
    expect(files.get('src/acme/types/pet_upload_image_params.py')).toContain('    body: FileTypes\n');
    expect(files.get('src/acme/resources/fs.py')).toMatch(
      /^ {8}id: str,\n {8}\*,\n {8}path: str,\n {8}contents: FileTypes,$/m,
    );
  });

  it.runIf(PYTHON_FULL)(
    'type-checks strict over src and tests at each era, and sends the positional bytes with their Content-Type',
    async () => {
      const program = `${LOCAL_SERVER}
import asyncio, pathlib, tempfile
from acme import Acme, AsyncAcme

url, seen = serve_recording(lambda request: [request.command, request.path, request.headers.get("Content-Type"), request.body.decode("latin-1")])
file = pathlib.Path(tempfile.mkdtemp()) / "f.bin"
file.write_bytes(b"\\x00\\xff")
client = Acme(base_url=url, max_retries=0)
client.fs.write_file("b1", b"\\x00\\xff", path="/x")
client.pets.upload_image(7, file, additional_metadata="m")
client.blobs.create(b"\\x89PNG")
async def main() -> None:
    async_client = AsyncAcme(base_url=url, max_retries=0)
    await async_client.fs.write_file("b2", file, path="/y", mode="644")
asyncio.run(main())
print(json.dumps(seen))
`;
      for (const era of RAW_ERAS) {
        const root = pythonTempDir(`raw-body-shape-62a-run-${era ?? 'latest'}`);
        for (const [file, contents] of await sdkAt(era)) {
          mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
          writeFileSync(path.join(root, file), contents);
        }
        expect(await pyrightErrorsUnderOwnSettings(root, ['src', 'tests']), String(era)).toEqual([]);
        const run = await runPythonAgainst(root, program);
        expect(run.code, `${era}: ${run.stderr}`).toBe(0);
        expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!), String(era)).toEqual([
          ['PUT', '/browsers/b1/fs/write_file?path=%2Fx', 'application/octet-stream', '\u0000\u00ff'],
          ['POST', '/pets/7/image?additionalMetadata=m', 'application/octet-stream', '\u0000\u00ff'],
          ['POST', '/blobs', 'image/png', '\u0089PNG'],
          ['PUT', '/browsers/b2/fs/write_file?path=%2Fy&mode=644', 'application/octet-stream', '\u0000\u00ff'],
        ]);
      }
    },
    600_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright and a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
