/**
 * A client whose credential is sent as a query param (a security scheme `in: query`, the config's option naming it)
 * returns it from `_get_<option>_query_param()` after `with_options = copy`, as Stainless's Python clients do from
 * 2025-05-20 on (onebusaway's `_get_api_key_query_param`), and not in an earlier era. A credential in a header has no
 * such method at any era.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const spec = (scheme: string) => `
openapi: 3.0.3
info: { title: Transit, version: '1' }
servers: [{ url: 'https://api.example.com' }]
security: [{ ApiKeyAuth: [] }]
components:
  securitySchemes:
    ApiKeyAuth: ${scheme}
paths:
  /stops:
    get:
      operationId: listStops
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
`;

const config = (sendAs: string) => `
organization: { name: transit }
targets:
  python: { package_name: transit }
client_settings:
  opts:
    api_key:
      type: string
      auth: { security_scheme: ApiKeyAuth }
      read_env: TRANSIT_API_KEY
      ${sendAs}
resources:
  stops:
    methods:
      list: get /stops
`;

const inQuery = pythonPackageByEra(
  'query-key-getter',
  spec('{ type: apiKey, in: query, name: key }'),
  config('send_as_query_param: key'),
  'transit',
);
const inHeader = pythonPackageByEra(
  'header-key-getter',
  spec('{ type: apiKey, in: header, name: X-Api-Key }'),
  config('send_as_header: X-Api-Key'),
  'transit',
);

describe('_get_<option>_query_param by era', () => {
  it('is written after with_options = copy, in both clients, from 2025-05-20 on', async () => {
    for (const era of [null, '2025-05-20', '2026-03-14']) {
      const client = (await inQuery(era))('_client.py');
      const getter = '    def _get_api_key_query_param(self) -> str | None:\n        return self.api_key\n';
      expect(client.split(getter).length - 1, `era ${era}`).toBe(2);
      expect(client).toContain(`    with_options = copy\n\n${getter}`);
      expect(client).toMatch(/"key": self\.api_key/);
    }
  });

  it('is not written before 2025-05-20, nor for a credential sent in a header', async () => {
    expect((await inQuery('2025-05-19'))('_client.py')).not.toContain('_query_param');
    expect((await inHeader(null))('_client.py')).not.toContain('_query_param');
  });
});
