/**
 * A Python method's `timeout` argument in the forms Stainless's generator wrote by era (stainless/python-era.ts):
 * `float | None | NotGiven`, the resource module not importing httpx, before "feat(client): support passing
 * httpx.Timeout to method timeout argument" (2023-11-06 across Stainless's SDKs; hetzner-python's of 2023-09-01);
 * `float | httpx.Timeout | None | NotGiven` from then on.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `openapi: 3.0.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /actions/{id}:
    get:
      operationId: getAction
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: integer } } } } } }
`;

const CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  actions:
    methods:
      retrieve: get /actions/{id}
`;

const packageAt = pythonPackageByEra('py-timeout-arg-era', SPEC, CONFIG, 'acme');

describe("a method's timeout argument by era", () => {
  it('takes no httpx.Timeout, and the module imports no httpx, before 2023-11-06', async () => {
    const actions = (await packageAt('2023-09-01'))('resources/actions.py');
    expect(actions.match(/^ {8}timeout: float \| None \| NotGiven = NOT_GIVEN,$/gm)).toHaveLength(2);
    expect(actions).not.toContain('httpx');
  });

  it('takes an httpx.Timeout from 2023-11-06 on', async () => {
    for (const era of ['2023-11-06', null]) {
      const actions = (await packageAt(era))('resources/actions.py');
      expect(actions.match(/^ {8}timeout: float \| httpx\.Timeout \| None \| NotGiven = \w+,$/gm)).toHaveLength(2);
      expect(actions).toMatch(/^import httpx$/m);
    }
  });
});
