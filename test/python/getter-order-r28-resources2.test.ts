/**
 * The client's getters of the options that fill method params come after its own methods, a path param's first, then
 * a query param's, as Stainless's test SDK (sink) writes them: `copy`, `with_options = copy`, the client's methods,
 * `_get_client_path_param_path_param`, `_get_client_query_param_query_param`, `_make_status_error`. Before, the
 * query getters came right after `with_options = copy`, ahead of the path ones.
 */
import { describe, expect, it } from 'vitest';
import { pythonPackageByEra } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Builds, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /accounts/{account_id}/builds:
    get:
      operationId: listBuilds
      parameters:
        - { name: account_id, in: path, required: true, schema: { type: string } }
        - { name: region, in: query, required: false, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /status:
    get:
      operationId: status
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CONFIG = `
organization: { name: acme }
targets:
  python: { package_name: acme_sdk }
client_settings:
  opts:
    region:
      type: string
      nullable: true
      send_as_query_param: region
    account_id:
      type: string
      nullable: true
      send_as_path_param: account_id
resources:
  $client:
    methods:
      status: get /status
  builds:
    methods:
      list: get /accounts/{account_id}/builds
`;

describe("the client's param getters", () => {
  const byEra = pythonPackageByEra('getter-order', SPEC, CONFIG, 'acme_sdk');

  it("come after the client's methods, the path param's before the query param's", async () => {
    for (const era of ['2025-01-01', null]) {
      const client = (await byEra(era))('_client.py');
      const sync = client.slice(0, client.indexOf('class AsyncAcme'));
      const order = [
        '    with_options = copy',
        '    def status(',
        '    def _get_account_id_path_param(',
        '    def _get_region_query_param(',
        '    def _make_status_error(',
      ].map((line) => sync.indexOf(line));
      expect(
        order.every((at) => at > 0),
        `era ${era}: ${order.join(', ')}`,
      ).toBe(true);
      expect(
        [...order].sort((a, b) => a - b),
        `era ${era}`,
      ).toEqual(order);
    }
  });
});
