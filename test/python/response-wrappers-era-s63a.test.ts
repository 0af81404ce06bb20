/**
 * A Python SDK's raw and streaming response wrappers by era (stainless/python-era.ts): none before
 * RAW_RESPONSE_WRAPPERS_SINCE (2023-10-27, "feat(client): support accessing raw response objects": no
 * `with_raw_response`, no wrapper classes or exports, no client wrappers, README section or `test_raw_response_*`), the
 * raw ones alone before STREAMING_RESPONSE_WRAPPERS_SINCE (2024-01-15, "feat(client): add support for streaming raw
 * responses"; a raw test then asserts no `is_closed`), both from then on.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings, runTestsAgainstPrism } from '../helpers/python';
import { generatePythonInto, pythonFilesAtEra, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /servers:
    post:
      operationId: createServer
      requestBody:
        required: true
        content: { application/json: { schema: { type: object, required: [name], properties: { name: { type: string } } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: integer } } } } } }
  /servers/{id}/actions/reboot:
    post:
      operationId: rebootServer
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: integer } } } } } }
  /status:
    get:
      operationId: getStatus
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { ok: { type: boolean } } } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  $client:
    methods:
      status: get /status
  servers:
    methods:
      create: post /servers
    subresources:
      actions:
        methods:
          reboot: post /servers/{id}/actions/reboot
`;

const root = pythonTempDir('py-response-wrappers-era');
writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
writeFileSync(path.join(root, 'stainless.yml'), CONFIG);

/** The SDK's files at `era`, by their path in the output. */
const sdkAt = (era: string) => pythonFilesAtEra(root, era);

/** Every file of the SDK but the runtime's own (`_response.py` and its tests keep the wrappers' machinery). */
async function generatedText(era: string): Promise<string> {
  const file = await sdkAt(era);
  return [
    'src/acme/_client.py',
    'src/acme/resources/__init__.py',
    'src/acme/resources/servers/__init__.py',
    'src/acme/resources/servers/servers.py',
    'src/acme/resources/servers/actions.py',
    'tests/api_resources/test_servers.py',
    'tests/api_resources/servers/test_actions.py',
    'tests/api_resources/test_client.py',
    'README.md',
  ]
    .map((name) => {
      try {
        return file(name);
      } catch {
        return '';
      }
    })
    .join('\n');
}

describe('response wrappers by era', () => {
  it('are none before 2023-10-27', async () => {
    const file = await sdkAt('2023-10-26+plain-resource-names');
    const all = await generatedText('2023-10-26+plain-resource-names');
    expect(all).not.toMatch(/with_raw_response|with_streaming_response|WithRawResponse|WithStreamingResponse/);
    expect(all).not.toMatch(/WithStreamedResponse|to_raw_response_wrapper|test_raw_response_/);
    expect(file('src/acme/resources/servers/__init__.py')).toContain(
      '__all__ = ["Actions", "AsyncActions", "Servers", "AsyncServers"]',
    );
    // A resource with nothing to set has no `__init__`, nor the client's import for it.
    const actions = file('src/acme/resources/servers/actions.py');
    expect(actions).not.toContain('def __init__');
    expect(actions).not.toContain('TYPE_CHECKING');
    expect(file('README.md')).not.toContain('### Accessing raw response data');
    expect(file('tests/api_resources/test_servers.py')).not.toMatch(/from typing import .*\bcast\b/);
    // The empty path param is checked by the method itself.
    expect(file('tests/api_resources/servers/test_actions.py')).toContain('client.servers.actions.reboot(');
  });

  it('are the raw ones alone from 2023-10-27', async () => {
    const file = await sdkAt('2023-10-27+plain-resource-names');
    const all = await generatedText('2023-10-27+plain-resource-names');
    expect(all).not.toMatch(/with_streaming_response|WithStreamingResponse|WithStreamedResponse|test_streaming_/);
    expect(file('src/acme/resources/servers/servers.py')).toContain(
      [
        '    def __init__(self, client: Acme) -> None:',
        '        super().__init__(client)',
        '        self.actions = Actions(client)',
        '        self.with_raw_response = ServersWithRawResponse(self)',
      ].join('\n'),
    );
    expect(file('src/acme/resources/servers/__init__.py')).toContain('"ServersWithRawResponse"');
    const client = file('src/acme/_client.py');
    expect(client).toContain('    with_raw_response: AcmeWithRawResponse\n');
    expect(client).toMatch(/class AcmeWithRawResponse:\n {4}def __init__\(self, client: Acme\) -> None:\n/);
    expect(client).toContain('self.status = to_raw_response_wrapper(');
    expect(file('README.md')).toContain('### Accessing raw response data');
    const tests = file('tests/api_resources/test_servers.py');
    expect(tests).toMatch(
      /response = client\.servers\.with_raw_response\.create\(\n\s+name="string",\n\s+\)\n\s+assert response\.http_request/,
    );
    expect(tests).not.toContain('is_closed');
  });

  it('are both from 2024-01-15', async () => {
    const file = await sdkAt('2024-01-15+plain-resource-names');
    expect(file('src/acme/resources/servers/servers.py')).toContain(
      '    def with_streaming_response(self) -> ServersWithStreamingResponse:',
    );
    expect(file('src/acme/_client.py')).toContain('    with_streaming_response: AcmeWithStreamedResponse\n');
    expect(file('README.md')).toContain('.with_streaming_response');
    const tests = file('tests/api_resources/test_servers.py');
    expect(tests).toContain('\n        assert response.is_closed is True\n');
    expect(tests).toContain('def test_streaming_response_create(');
    expect(tests).toContain('from typing import Any, cast\n');
  });
});

// pyright strict over each era's src/ and tests/ and the endpoint tests against Prism: `npm run test:python`'s.
if (!PYTHON_FULL) console.log(`response-wrappers-era: pyright and pytest are ${FULL_ONLY_NOTICE}`);
describe('type-check and run', () => {
  for (const era of ['2023-10-26+plain-resource-names', '2023-10-27', '2024-01-15']) {
    it.runIf(PYTHON_FULL)(
      `the SDK of ${era}`,
      async () => {
        const dir = pythonTempDir(`py-response-wrappers-${era}`);
        const out = generatePythonInto(dir, path.join(dir, 'out'), {
          spec: { name: 'openapi.yaml', text: SPEC },
          config: { name: 'stainless.yml', text: CONFIG },
          args: ['--stainless-era', era],
        });
        expect(await pyrightErrorsUnderOwnSettings(out, ['src', 'tests'])).toEqual([]);
        const { cases } = await runTestsAgainstPrism({
          spec: path.join(dir, 'openapi.yaml'),
          sdk: out,
          // (Prism's start is slow on a loaded machine.)
          prismTimeout: 400_000,
        });
        expect(cases.filter((c) => c.outcome === 'failed').map((c) => `${c.id}: ${c.message}`)).toEqual([]);
        const names = cases.map((c) => c.base.replace(/^.*::/, ''));
        expect(names.some((n) => n.startsWith('test_raw_response_'))).toBe(era >= '2023-10-27');
        expect(names.some((n) => n.startsWith('test_streaming_response_'))).toBe(era >= '2024-01-15');
        expect(names.some((n) => n.startsWith('test_path_params_reboot'))).toBe(era >= '2024-01-16');
      },
      1_200_000,
    );
  }
});
