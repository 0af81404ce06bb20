/**
 * A header parameter named Authorization on an operation that sends no credential (`security: []`): whether the
 * method asks for it is decided by the config's client options, not by the name. The Prompting Company's Stainless
 * SDK drops it (its `api_key` option, no `auth`, says `send_in_header: Authorization`: the client sends that header
 * with every request, as it does the `x-tpc-*` ones); deepraven's keeps it (its only option is a credential of a
 * bearer scheme, which the operation's `security: []` turns off).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const header = (name: string, required: boolean) => ({ name, in: 'header', required, schema: { type: 'string' } });

const SPEC = {
  ...openapi({
    paths: {
      '/md/{id}': {
        get: {
          operationId: 'getMd',
          security: [],
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            header('authorization', true),
            header('x-org-id', false),
          ],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  }),
  components: { securitySchemes: { BearerAuth: { type: 'http', scheme: 'bearer' } } },
};

const resources = 'resources:\n  documents:\n    methods:\n      get: get /md/{id}\n';

async function headerFields(opts: string): Promise<string[]> {
  const file = writeSpec(SPEC);
  const config = path.join(path.dirname(file), 'stainless.yml');
  writeFileSync(config, `organization: { name: acme }\nclient_settings:\n  opts:\n${opts}${resources}`);
  const { api } = await generate({ spec: file, config, format: false, funcs: false, referenceDocs: false });
  const method = api.resources.flatMap((r) => r.methods).find((m) => m.operationId === 'getMd')!;
  return (method.params?.fields ?? []).filter((f) => f.in === 'header').map((f) => f.wireName);
}

describe('an Authorization header parameter of an operation without security', () => {
  it('is dropped where a client option that is no credential sends that header (Prompting Company)', async () => {
    const opts = [
      '    api_key:',
      '      type: string',
      '      read_env: ACME_API_KEY',
      '      send_in_header: Authorization',
      '    org_id:',
      '      type: string',
      '      nullable: true',
      '      send_in_header: X-Org-Id',
      '',
    ].join('\n');
    expect(await headerFields(opts)).toEqual([]);
  });

  it("stays where the only option is the bearer scheme's credential (deepraven)", async () => {
    const opts = '    api_key:\n      type: string\n      auth: { security_scheme: BearerAuth }\n';
    expect(await headerFields(opts)).toEqual(['authorization', 'x-org-id']);
  });
});
