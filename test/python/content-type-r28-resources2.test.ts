/**
 * A body sent with a fixed media type (a binary, text or form body) by an operation that also has a `Content-Type`
 * header param (writer's `POST /v1/files`: a binary string under ~20 media types and a required `Content-Type`):
 * - a required param: its entry alone, as Stainless's writer-python of 2025-12 writes it (`"Content-Type":
 *   content_type`), not the fixed media type beside it in the same dict literal (a repeated key, ruff F601);
 * - an optional param: the fixed media type stays as the default, the param's `strip_not_given` entry after it.
 * With SDKGEN_PYTHON_TESTS=full a server on 127.0.0.1 receives the caller's media type, and the default without one.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonPackageByEra, pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';

const spec = (required: boolean) => `
openapi: 3.0.3
info: { title: Files, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /files:
    post:
      operationId: uploadFile
      parameters:
        - { name: Content-Type, in: header, required: ${required}, schema: { type: string } }
        - { name: Content-Disposition, in: header, required: true, schema: { type: string } }
      requestBody:
        required: true
        content:
          text/plain: { schema: { type: string, format: binary } }
          application/pdf: { schema: { type: string, format: binary } }
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
      upload: post /files
`;

describe('a fixed media type and a Content-Type header param', () => {
  it('a required param is the one entry (no repeated key)', async () => {
    const file = await pythonPackageByEra('content-type-required', spec(true), CONFIG, 'files_sdk');
    for (const era of [null, '2025-12-01']) {
      const files = (await file(era))('resources/files.py');
      expect(files, `era ${era}`).toContain('"Content-Type": content_type,');
      expect(files, `era ${era}`).not.toContain('"Content-Type": "text/plain"');
      expect(files.match(/"Content-Type"/g)?.length, `era ${era}`).toBe(2); // the sync and the async method
    }
  });

  it('an optional param keeps the fixed media type as its default, the param after it', async () => {
    const files = (await (await pythonPackageByEra('content-type-optional', spec(false), CONFIG, 'files_sdk'))(null))(
      'resources/files.py',
    );
    const fixed = files.indexOf('"Content-Type": "text/plain"');
    expect(fixed).toBeGreaterThan(-1);
    expect(files.indexOf('"Content-Type": content_type', fixed)).toBeGreaterThan(fixed);
  });

  /** The SDK generated in-process from `spec(required)` (src/ only), written under a folder of its own. */
  async function sdkFiles(required: boolean): Promise<{ root: string; files: Map<string, string> }> {
    const root = pythonTempDir(`content-type-full-${required}`);
    writeFileSync(path.join(root, 'openapi.yaml'), spec(required));
    writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
    const result = await generate({
      spec: path.join(root, 'openapi.yaml'),
      config: path.join(root, 'stainless.yml'),
      target: 'python',
    });
    return { root, files: new Map(result.files.map((f) => [f.path, f.contents])) };
  }

  it.runIf(PYTHON_FULL)(
    'a server receives the caller media type, and the default where an optional one is left out',
    async () => {
      const program = `${LOCAL_SERVER}
from files_sdk import Files

url, seen = serve_recording(lambda request: [request.headers.get("Content-Type"), request.body.decode()])
client = Files(base_url=url, max_retries=0)
client.files.upload(body=b"%PDF", content_type="application/pdf", content_disposition="attachment")
CALL_WITHOUT
print(json.dumps(seen))
`;
      const optional = await sdkFiles(false);
      const withDefault = await runPythonAgainstFiles(
        optional.root,
        optional.files,
        program.replace('CALL_WITHOUT', 'client.files.upload(body=b"hi", content_disposition="attachment")'),
      );
      expect(withDefault.code, withDefault.stderr).toBe(0);
      expect(JSON.parse(withDefault.stdout.trim().split('\n').at(-1)!)).toEqual([
        ['application/pdf', '%PDF'],
        ['text/plain', 'hi'],
      ]);
      const required = await sdkFiles(true);
      const onlyGiven = await runPythonAgainstFiles(required.root, required.files, program.replace('CALL_WITHOUT', ''));
      expect(onlyGiven.code, onlyGiven.stderr).toBe(0);
      expect(JSON.parse(onlyGiven.stdout.trim().split('\n').at(-1)!)).toEqual([['application/pdf', '%PDF']]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
