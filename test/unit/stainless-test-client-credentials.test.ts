/**
 * A Stainless SDK's endpoint tests build their client with every credential option, one with a default too:
 * imagekit-developer/imagekit-nodejs's config gives the basic-auth `password` the default "do_not_set", and its tests
 * still write `new ImageKit({ privateKey: 'My Private Key', password: 'My Password', … })`, where sdkgen left the
 * password out.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

describe("a Stainless SDK's endpoint tests", () => {
  it('give the client every credential, one with a default too', async () => {
    const spec = openapi({
      paths: {
        '/files': {
          get: {
            operationId: 'listFiles',
            responses: {
              '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
            },
          },
        },
      },
    });
    const withSecurity = writeSpec({
      ...spec,
      security: [{ basicAuth: [] }],
      components: { securitySchemes: { basicAuth: { type: 'http', scheme: 'basic' } } },
    });
    const config = path.join(path.dirname(withSecurity), 'stainless.yml');
    writeFileSync(
      config,
      [
        'organization: { name: acme }',
        'targets: { typescript: { package_name: acme } }',
        'client_settings:',
        '  opts:',
        '    private_key:',
        '      type: string',
        '      read_env: ACME_PRIVATE_KEY',
        '      nullable: false',
        "      auth: { security_scheme: basicAuth, role: 'username' }",
        '    password:',
        '      type: string',
        '      default: do_not_set',
        '      nullable: true',
        "      auth: { security_scheme: basicAuth, role: 'password' }",
        'resources:',
        '  files:',
        "    methods: { list: 'get /files' }",
        '',
      ].join('\n'),
    );
    const { files } = await generate({ spec: withSecurity, config, format: false });
    const test = files.find((f) => f.path === 'tests/api-resources/files.test.ts')!.contents;
    expect(test).toMatch(/privateKey: 'My Private Key',\s*password: 'My Password',/);
  });
});
