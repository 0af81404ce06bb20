/**
 * `_get_<option>_query_param()` of a credential follows its option's `send_as_query_param`, whatever the era: the
 * IR keeps the key (`Auth`'s `sendAsQueryParam`). onebusaway's config gained `send_as_query_param: key` on
 * 2025-05-20 and its SDK's getter came with it; before, the scheme's `in: query` alone, there was none. So an SDK
 * made in an earlier era from a config with the key has the getter, and one whose scheme alone says `in: query` has
 * none in any era.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Transit, version: '1' }
servers: [{ url: 'https://api.example.com' }]
security: [{ ApiKeyAuth: [] }]
components:
  securitySchemes:
    ApiKeyAuth: { type: apiKey, in: query, name: key }
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

const GETTER = '    def _get_api_key_query_param(self) -> str | None:\n        return self.api_key\n';

describe("a credential's query param getter", () => {
  const withKey = pythonPackageByEra('key-getter-config', SPEC, config('send_as_query_param: key'), 'transit');
  const schemeOnly = pythonPackageByEra('key-getter-scheme', SPEC, config(''), 'transit');

  it("is written where the option's send_as_query_param says so, in an era before 2025-05-20 too", async () => {
    for (const era of ['2024-10-01', '2025-05-19', null]) {
      const client = (await withKey(era))('_client.py');
      expect(client.split(GETTER).length - 1, `era ${era}`).toBe(2);
    }
  });

  it('is not written where the scheme alone puts the key in the query, in any era', async () => {
    for (const era of ['2025-05-19', '2025-05-20', null]) {
      const client = (await schemeOnly(era))('_client.py');
      expect(client, `era ${era}`).not.toContain('_query_param');
      expect(client, `era ${era}`).toMatch(/"key": self\.api_key/);
    }
  });
});
