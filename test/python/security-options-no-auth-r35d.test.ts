/**
 * A client of the `SecurityOptions` era (an edition from 2026-01-30) whose credentials are all nullable checks the
 * request's headers for one (`_validate_headers`) before sending, as Stainless's (openai-python ae9ca46f). An operation
 * whose security names no scheme (`security: []`, sent as `security={}`) has no credential to resolve: it is sent
 * without one, with the client's credential set or not, and is not refused. An operation that needs one still is.
 * In npm test: the method's `security={}`; with SDKGEN_PYTHON_TESTS=full, each client calls a server of 127.0.0.1.
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
  schemas:
    Seen:
      type: object
      properties:
        authorization: { type: string }
security:
  - APIKeyAuth: []
paths:
  /voices:
    get:
      operationId: listVoices
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Seen' } } } }
  /open:
    get:
      operationId: open
      security: []
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Seen' } } } }
`;

const CONFIG = `edition: 2026-02-23
organization: { name: voice }
targets: { python: { package_name: voice_sdk } }
client_settings:
  opts:
    api_key:
      type: string
      nullable: true
      read_env: VOICE_API_KEY
      auth: { security_scheme: APIKeyAuth }
resources:
  voices:
    models:
      seen: '#/components/schemas/Seen'
    methods:
      list: get /voices
      open: get /open
`;

const CHECK = `${LOCAL_SERVER}
import asyncio
from voice_sdk import Voice, AsyncVoice

url = serve(lambda request: {"authorization": request.headers.get("Authorization") or "-"})

def call(method):
    try:
        return method().authorization
    except TypeError as error:
        return "TypeError" if "Could not resolve authentication method" in str(error) else repr(error)

async def call_async(method):
    try:
        return (await method()).authorization
    except TypeError as error:
        return "TypeError" if "Could not resolve authentication method" in str(error) else repr(error)

for key in ["K", None]:
    client = Voice(base_url=url, api_key=key, max_retries=0)
    print(key, "open", call(client.voices.open), "list", call(client.voices.list))
    aclient = AsyncVoice(base_url=url, api_key=key, max_retries=0)
    print(key, "open", asyncio.run(call_async(aclient.voices.open)), "list", asyncio.run(call_async(aclient.voices.list)))
`;

describe('a SecurityOptions client whose credentials are all nullable, on an operation needing none', () => {
  const dir = pythonTempDir('py-security-options-no-auth');
  beforeAll(() => {
    writeFileSync(path.join(dir, 'openapi.yaml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  });

  it('checks the headers of its requests, the operation sending security={}', async () => {
    const { api } = await loadIr({ spec: path.join(dir, 'openapi.yaml'), config: path.join(dir, 'stainless.yml') });
    const pkg = buildPythonModel(api, {
      importName: 'voice_sdk',
      distributionName: 'voice',
      fromStainlessConfig: true,
    });
    const text = printClient(pkg, null, pythonFormsOfEra(null, '2026-02-23')).contents;
    expect(text).toContain('def _auth_headers(self, security: SecurityOptions) -> dict[str, str]:');
    expect(text).toContain('def _validate_headers(self, headers: Headers, custom_headers: Headers) -> None:');
  });

  describe.runIf(PYTHON_FULL)('generated and called', () => {
    const out = path.join(dir, 'out');
    beforeAll(() => {
      generatePythonInto(dir, out, { spec: path.join(dir, 'openapi.yaml'), config: path.join(dir, 'stainless.yml') });
    }, 240_000);

    it('sends it without a credential, set or not, and still refuses one that needs it', async () => {
      // (The sync and async methods of `open` alone name their security: none.)
      expect(
        readFileSync(path.join(out, 'src/voice_sdk/resources/voices.py'), 'utf8').match(/security=\{\}/g),
      ).toHaveLength(2);
      const result = await runPythonAgainst(out, CHECK, { env: environmentWithout('VOICE_') });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        'K open - list Bearer K',
        'K open - list Bearer K',
        'None open - list TypeError',
        'None open - list TypeError',
      ]);
    }, 120_000);
  });
});
