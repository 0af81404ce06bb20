/**
 * A raw binary request body taken positionally (from Stainless's 2025-07-30 era: raw-body.ts) is no param of the
 * method's docstring `Args:`, as Stainless's (kernel-python-sdk's `write_file(self, id, contents, *, path, mode)` lists
 * `path` and `mode` alone; cloudflare's `entries.create(entry_id, dataset_version_entry, …)`, gcore's `binaries.create
 * (body)`, the UDL's `file_upload(file_content, …)` list none of it). Before, a keyword param of the TypedDict, it is
 * listed as any described param is. A paginated method with a raw body, which no Stainless SDK we read has (and a body
 * variant, which the IR makes for JSON bodies alone), keeps the keyword form: with SDKGEN_PYTHON_TESTS=full, pyright
 * strict over src/ and tests/ and a server on 127.0.0.1 that gets the bytes (given as bytes, then as a path) on each
 * page's request.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { LOCAL_SERVER, pythonTempDir, runPythonAgainst } from '../helpers/python-sdk';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /browsers/{id}/fs/write_file:
    put:
      operationId: writeFile
      description: Write a file.
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: path, in: query, required: true, schema: { type: string }, description: Where to write. }
      requestBody:
        required: true
        description: The file's bytes.
        content:
          application/octet-stream: { schema: { type: string, format: binary } }
      responses:
        '204': { description: written }
  /scan:
    post:
      operationId: scan
      description: Scan a file, its findings a page at a time.
      parameters:
        - { name: cursor, in: query, required: false, schema: { type: string } }
      requestBody:
        required: true
        description: The file to scan.
        content:
          application/octet-stream: { schema: { type: string, format: binary } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Finding' } }
                  next_cursor: { type: string, nullable: true }
components:
  schemas:
    Finding:
      type: object
      properties: { id: { type: string } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
pagination:
  - name: cursor_page
    type: cursor
    request:
      cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_param } }
    response:
      data: { type: array, items: { type: object } }
      next_cursor: { type: string, x-stainless-pagination-property: { purpose: next_cursor_field } }
resources:
  fs:
    methods:
      write_file:
        endpoint: put /browsers/{id}/fs/write_file
        body_param_name: contents
  scans:
    models:
      finding: Finding
    methods:
      create:
        endpoint: post /scan
        paginated: true
`;

const generated = new Map<string | null, Promise<Map<string, string>>>();

/** The SDK's files at `era` (`null`: the newest forms), generated once. */
function sdkAt(era: string | null): Promise<Map<string, string>> {
  let files = generated.get(era);
  if (!files) {
    const root = pythonTempDir(`raw-body-docs-63b-${era ?? 'latest'}`);
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

/** The `Args:` entries of each docstring of the module's `def <name>(` (sync and async). */
function argsOf(module: string, name: string): string[][] {
  const defs = module.split(`def ${name}(`).slice(1);
  return defs.map((def) => {
    const args = def.split('        Args:\n')[1]!.split('        """')[0]!;
    return [...args.matchAll(/^ {10}(\w+):/gm)].map((m) => m[1]!);
  });
}

const OPTIONS = ['extra_headers', 'extra_query', 'extra_body', 'timeout'];

describe('a raw binary body in the docstring, and with paging', () => {
  it('is no entry of Args where it is taken positionally, and one where it is a keyword param', async () => {
    for (const era of ['2025-07-30', null]) {
      const fs = (await sdkAt(era)).get('src/acme/resources/fs.py')!;
      expect(fs, String(era)).toMatch(/^ {8}id: str,\n {8}contents: FileContent[^\n]*,\n {8}\*,$/m);
      expect(argsOf(fs, 'write_file'), String(era)).toEqual([
        ['path', ...OPTIONS],
        ['path', ...OPTIONS],
      ]);
    }
    const before = (await sdkAt('2025-03-27')).get('src/acme/resources/fs.py')!;
    expect(before).toMatch(/^ {8}\*,\n {8}path: str,\n {8}contents: FileTypes,$/m);
    expect(argsOf(before, 'write_file')).toEqual([
      ['path', 'contents', ...OPTIONS],
      ['path', 'contents', ...OPTIONS],
    ]);
  });

  it('keeps the keyword form in a paginated method, described in Args', async () => {
    const scans = (await sdkAt(null)).get('src/acme/resources/scans.py')!;
    expect(scans).toMatch(/^ {8}self,\n {8}\*,\n {8}body: FileTypes,\n {8}cursor: str \| Omit = omit,$/m);
    expect(argsOf(scans, 'create')[0]).toEqual(['body', ...OPTIONS]);
  });

  it.runIf(PYTHON_FULL)(
    'type-checks strict, and a paginated call sends the bytes on each page',
    async () => {
      const root = pythonTempDir('raw-body-docs-63b-run');
      for (const [file, contents] of await sdkAt(null)) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), contents);
      }
      expect(await pyrightErrorsUnderOwnSettings(root, ['src', 'tests'])).toEqual([]);
      const program = `${LOCAL_SERVER}
import asyncio, pathlib, tempfile
from acme import Acme, AsyncAcme

seen = []

def answer(request):
    seen.append([request.path, request.headers.get("Content-Type"), request.body.decode("latin-1")])
    return {"data": [{"id": str(len(seen))}], "next_cursor": None if "cursor=" in request.path else "c2"}

url = serve(answer)
file = pathlib.Path(tempfile.mkdtemp()) / "f.bin"
file.write_bytes(b"\\x00\\xff")
client = Acme(base_url=url, max_retries=0)
ids = [finding.id for finding in client.scans.create(body=b"\\x00\\xff")]
async def main() -> list:
    async_client = AsyncAcme(base_url=url, max_retries=0)
    return [finding.id async for finding in async_client.scans.create(body=file)]
ids += asyncio.run(main())
print(json.dumps([ids, seen]))
`;
      const run = await runPythonAgainst(root, program);
      expect(run.code, run.stderr).toBe(0);
      const page = (query: string) => [`/scan${query}`, 'application/octet-stream', '\u0000\u00ff'];
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual([
        ['1', '2', '3', '4'],
        [page(''), page('?cursor=c2'), page(''), page('?cursor=c2')],
      ]);
    },
    600_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright and a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
