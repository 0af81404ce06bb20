/**
 * A Stainless config's client option sent in a header that is no credential (`send_in_header` without `auth`: an API
 * version, a branch) goes with every request from the client's `default_headers`, as Stainless's clients send it
 * (knock's `"X-Knock-Branch": self.branch if self.branch is not None else Omit()`), not from `auth_headers`: a request
 * whose operation names its security schemes sends their credentials alone and would drop it (cartesia's
 * `cartesia-version`, which Prism then refused with 422 on every such operation). In each era of the client's
 * security: `auth_headers` alone, operations naming their schemes (`security=[[…]]`), and `SecurityOptions`. The
 * generated tests' client is not given a dummy for such an option that has a default: the API may refuse one.
 * With SDKGEN_PYTHON_TESTS=full each client calls a server of 127.0.0.1 that answers with the headers it received.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { printClient } from '../../generator/emit/python/client/print-client';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import { pythonFormsOfEra } from '../../generator/stainless/python-era';
import { PYTHON_FULL } from '../helpers/python';
import {
  environmentWithout,
  generatePythonInto,
  LOCAL_SERVER,
  pythonTempDir,
  runPythonAgainst,
} from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Voice, version: '1.0' }
servers: [{ url: 'https://api.example.com' }]
components:
  securitySchemes:
    APIKeyAuth: { type: http, scheme: bearer }
    TokenAuth: { type: http, scheme: bearer }
  parameters:
    Version:
      name: Voice-Version
      in: header
      required: true
      schema: { type: string, enum: ['2025-11-04'] }
  schemas:
    Seen:
      type: object
      properties:
        authorization: { type: string }
        version: { type: string }
        branch: { type: string }
security:
  - APIKeyAuth: []
  - TokenAuth: []
paths:
  /voices:
    get:
      operationId: listVoices
      security: [{ APIKeyAuth: [] }]
      parameters: [{ $ref: '#/components/parameters/Version' }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Seen' } } } }
  /tokens:
    post:
      operationId: mintToken
      parameters: [{ $ref: '#/components/parameters/Version' }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Seen' } } } }
  /open:
    get:
      operationId: open
      security: []
      parameters: [{ $ref: '#/components/parameters/Version' }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Seen' } } } }
`;

const CONFIG = `
organization: { name: voice }
targets: { python: { package_name: voice_sdk } }
client_settings:
  opts:
    api_key:
      type: string
      nullable: true
      read_env: VOICE_API_KEY
      auth: { security_scheme: APIKeyAuth }
    token:
      type: string
      nullable: true
      read_env: VOICE_TOKEN
      auth: { security_scheme: TokenAuth }
    voice_version:
      type: string
      default: '2025-11-04'
      send_in_header: Voice-Version
    branch:
      type: string
      nullable: true
      send_in_header: X-Branch
resources:
  voices:
    models:
      seen: '#/components/schemas/Seen'
    methods:
      list: get /voices
      mint: post /tokens
      open: get /open
`;

/** The eras of the client's security: `SecurityOptions` (an edition from 2026-01-30), `security=[[…]]`, neither. */
const ERAS = [
  { name: 'security-options', edition: '2026-02-23', era: null },
  { name: 'scheme-lists', edition: null, era: null },
  { name: 'auth-headers', edition: null, era: '2025-06-01' },
] as const;

const configOf = (edition: string | null) => (edition ? `edition: ${edition}\n` : '') + CONFIG;

const CHECK = `${LOCAL_SERVER}
import asyncio
from voice_sdk import Voice, AsyncVoice

def echo(request):
    h = request.headers
    return {"authorization": h.get("Authorization") or "-", "version": h.get("Voice-Version") or "-", "branch": h.get("X-Branch") or "-"}

url = serve(echo)
client = Voice(base_url=url, api_key="K", max_retries=0)
seen = [client.voices.list(), client.voices.mint()]
seen.append(asyncio.run(AsyncVoice(base_url=url, api_key="K", max_retries=0).voices.list()))
for s in seen:
    print(f"{s.authorization} {s.version} {s.branch}")
branched = Voice(base_url=url, api_key="K", token="T", branch="b1", voice_version="2026-01-01", max_retries=0)
for s in [branched.voices.list(), branched.voices.mint()]:
    print(f"{s.version} {s.branch}")
`;

describe('a header option that is no credential (Python)', () => {
  const dir = pythonTempDir('py-setting-headers');
  beforeAll(() => {
    writeFileSync(path.join(dir, 'openapi.yaml'), SPEC);
    for (const { name, edition } of ERAS) writeFileSync(path.join(dir, `${name}.yml`), configOf(edition));
  });

  it.each(ERAS)('is in default_headers, not among the credentials ($name)', async ({ name, edition, era }) => {
    const { api } = await loadIr({ spec: path.join(dir, 'openapi.yaml'), config: path.join(dir, `${name}.yml`) });
    const pkg = buildPythonModel(api, {
      importName: 'voice_sdk',
      distributionName: 'voice',
      fromStainlessConfig: true,
    });
    const text = printClient(pkg, null, pythonFormsOfEra(era, edition)).contents;
    expect(text).toContain(
      [
        '            "X-Stainless-Async": "false",',
        '            "Voice-Version": self.voice_version if self.voice_version is not None else Omit(),',
        '            "X-Branch": self.branch if self.branch is not None else Omit(),',
        '            **self._custom_headers,',
      ].join('\n'),
    );
    expect(text.match(/"(?:Voice-Version|X-Branch)"/g)).toHaveLength(4);
  });

  describe.runIf(PYTHON_FULL)('generated and called', () => {
    const outs = ERAS.map(({ name }) => path.join(dir, name));
    beforeAll(() => {
      ERAS.forEach(({ name, era }, i) =>
        generatePythonInto(dir, outs[i], {
          spec: path.join(dir, 'openapi.yaml'),
          config: path.join(dir, `${name}.yml`),
          args: era ? ['--stainless-era', era] : [],
        }),
      );
    }, 240_000);

    it.each(ERAS.map((e, i) => ({ ...e, i })))(
      'sends it with every request, whatever security the operation names ($name)',
      async ({ i }) => {
        const result = await runPythonAgainst(outs[i], CHECK, { env: environmentWithout('VOICE_') });
        expect(result.stderr).toBe('');
        expect(result.stdout.trim().split('\n')).toEqual([
          'Bearer K 2025-11-04 -',
          'Bearer K 2025-11-04 -',
          'Bearer K 2025-11-04 -',
          '2026-01-01 b1',
          '2026-01-01 b1',
        ]);
      },
      120_000,
    );

    it("leaves it out of the tests' client, which sends its default", () => {
      const conftest = readFileSync(path.join(outs[0], 'tests/conftest.py'), 'utf8');
      expect(conftest).toContain('api_key = "My API Key"');
      expect(conftest).not.toMatch(/voice_version|branch/);
    });
  });
});
