/**
 * A `Content-Length` header parameter (hedra's uploads, `POST /v1/audio` with a multipart file, declared one): httpx
 * sets that header from the body it sends, and a caller's value breaks the request (h11: "Too much data for declared
 * Content-Length": the tests written for it, `content_length=0` beside a file, failed with a connection error).
 * Stainless's Python SDKs have had no such parameter since its generator's update of 2024-07-30 (writer-python
 * c3f0dcf took `content_length` away; hedra-python's every generation lacks it); nor do sdkgen's at those eras. The
 * IR keeps it: Stainless's TypeScript SDKs before 2024-07-16 take it (test/ts-content-length-param-r44b.test.ts). With SDKGEN_PYTHON_TESTS=full the
 * upload reaches a server on 127.0.0.1.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { generate } from '../../generator/generate';
import { buildIr } from '../../generator/ir/build';
import { normalize } from '../../generator/normalize/normalize';
import { loadObject } from '../unit/helpers/spec';
import { FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonPackageByEra, pythonTempDir, runPythonAgainstFiles } from '../helpers/python-sdk';
import { parse } from 'yaml';
import { CONTENT_LENGTH_SPEC } from '../helpers/content-length-spec';

const SPEC = CONTENT_LENGTH_SPEC;

const CONFIG = `
organization: { name: uploads }
targets:
  python: { package_name: uploads_sdk }
resources:
  audio:
    methods:
      create: post /v1/audio
`;

describe('a Content-Length header parameter', () => {
  it('is no parameter of the Python method; the IR keeps it', async () => {
    const audio = (await (await pythonPackageByEra('content-length', SPEC, CONFIG, 'uploads_sdk'))(null))(
      'resources/audio.py',
    );
    expect(audio).not.toContain('content_length');
    expect(audio).toContain('"X-Trace": x_trace');
    const diags = new Diagnostics();
    const { spec } = await loadObject(parse(SPEC) as Record<string, unknown>, diags);
    const { api } = buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags, {});
    const fields = api.resources[0]!.methods[0]!.params?.fields ?? [];
    expect(fields.map((f) => f.wireName)).toContain('content-length');
  });

  it.runIf(PYTHON_FULL)(
    'an upload reaches the server with the length of what was sent',
    async () => {
      const root = pythonTempDir('content-length-full');
      writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
      writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
      const result = await generate({
        spec: path.join(root, 'openapi.yaml'),
        config: path.join(root, 'stainless.yml'),
        target: 'python',
      });
      const files = new Map(result.files.map((f) => [f.path, f.contents]));
      expect(files.get('src/uploads_sdk/resources/audio.py')).not.toContain('content_length');
      const program = `${LOCAL_SERVER}
from uploads_sdk import Uploads

url, seen = serve_recording(lambda request: [int(request.headers.get("Content-Length")), len(request.body), b"RIFF" in request.body])
Uploads(base_url=url, max_retries=0).audio.create(file=b"RIFF....WAVE", x_trace="t1")
print(json.dumps(seen))
`;
      const run = await runPythonAgainstFiles(root, files, program);
      expect(run.code, run.stderr).toBe(0);
      const [[declared, received, hasFile]] = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as [
        [number, number, boolean],
      ];
      expect(declared).toBe(received);
      expect(hasFile).toBe(true);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`a real server: ${FULL_ONLY_NOTICE}`, () => {});
});
