/**
 * How a Python resource module imports its types by era (stainless/python-era.ts): from the package holding them,
 * beside the params modules (`from ...types import Server, server_create_params`), before MODEL_IMPORTS_BY_MODULE_SINCE
 * (2024-04-23, "chore(internal): restructure imports"); from each type's own module from then on.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { generatePythonInto, pythonPackageByEra, pythonTempDir } from '../helpers/python-sdk';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /servers:
    post:
      operationId: createServer
      requestBody:
        required: true
        content: { application/json: { schema: { type: object, required: [name], properties: { name: { type: string }, rules: { type: array, items: { $ref: '#/components/schemas/Rule' } } } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Server' } } } }
  /servers/{id}/actions/reboot:
    post:
      operationId: rebootServer
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: integer } } } } } }
components:
  schemas:
    Server: { type: object, properties: { id: { type: integer } } }
    Rule: { type: object, required: [port], properties: { port: { type: string } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  servers:
    models:
      server: Server
      rule: Rule
    methods:
      create: post /servers
    subresources:
      actions:
        methods:
          reboot: post /servers/{id}/actions/reboot
`;

const packageAt = pythonPackageByEra('py-model-imports-era', SPEC, CONFIG, 'acme');

describe("a resource's imports of types by era", () => {
  it('name the package holding them before 2024-04-23', async () => {
    const pkg = await packageAt('2024-04-22');
    const servers = pkg('resources/servers/servers.py');
    expect(servers).toMatch(/^from \.\.\.types import Server, RuleParam, server_create_params$/m);
    expect(servers).not.toMatch(/^from \.\.\.types\.server import/m);
    expect(pkg('resources/servers/actions.py')).toMatch(/^from \.\.\.types\.servers import ActionRebootResponse$/m);
  });

  it("name each type's module from 2024-04-23 on", async () => {
    for (const era of ['2024-04-23', null]) {
      const pkg = await packageAt(era);
      const servers = pkg('resources/servers/servers.py');
      expect(servers).toMatch(/^from \.\.\.types\.server import Server$/m);
      expect(servers).toMatch(/^from \.\.\.types import server_create_params$/m);
      expect(pkg('resources/servers/actions.py')).toMatch(
        /^from \.\.\.types\.servers\.action_reboot_response import ActionRebootResponse$/m,
      );
    }
  });
});

if (!PYTHON_FULL) console.log(`model-imports-era: pyright is ${FULL_ONLY_NOTICE}`);
describe('type-check', () => {
  it.runIf(PYTHON_FULL)(
    'the SDK of 2024-04-22',
    async () => {
      const dir = pythonTempDir('py-model-imports-2024-04-22');
      const out = generatePythonInto(dir, path.join(dir, 'out'), {
        spec: { name: 'openapi.yaml', text: SPEC },
        config: { name: 'stainless.yml', text: CONFIG },
        args: ['--stainless-era', '2024-04-22'],
      });
      expect(await pyrightErrorsUnderOwnSettings(out, ['src', 'tests'])).toEqual([]);
    },
    300_000,
  );
});
