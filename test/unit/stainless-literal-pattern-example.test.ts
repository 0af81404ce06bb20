/**
 * In Stainless's endpoint tests a string whose `pattern` is a literal prefix alone (`^conn_`) is that literal
 * (openint's `client.checkConnection('conn_')`, `connector_config_id: 'ccfg_'`): the one string Stainless's sampler
 * draws from it without chance. A pattern with more to it keeps sdkgen's short candidates (the prefix then the name).
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';
import { okJson as json } from '../helpers/openapi';

afterAll(cleanupSpecs);

const CONFIG = [
  'organization: { name: acme }',
  'resources:',
  '  connections:',
  '    methods:',
  '      check: post /connection/{id}/check',
  '',
].join('\n');

describe('a string of a literal pattern in Stainless’s endpoint tests', () => {
  it('is the literal', async () => {
    const file = writeSpec(
      openapi({
        paths: {
          '/connection/{id}/check': {
            post: {
              operationId: 'checkConnection',
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^conn_' } }],
              requestBody: {
                required: true,
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      required: ['connector_config_id', 'tag'],
                      properties: {
                        connector_config_id: { type: 'string', pattern: '^ccfg_' },
                        tag: { type: 'string', pattern: '^tag_[a-z]+$' },
                      },
                    },
                  },
                },
              },
              responses: json({ type: 'object', properties: { ok: { type: 'boolean' } } }),
            },
          },
        },
      }),
    );
    const config = path.join(path.dirname(file), 'stainless.yml');
    writeFileSync(config, CONFIG);
    const { files } = await generate({ spec: file, config, format: true, funcs: false, referenceDocs: false });
    const tests = files.find((f) => f.path === 'tests/api-resources/connections.test.ts')!.contents;
    expect(tests).toContain("client.connections.check('conn_', {");
    expect(tests).toContain("connector_config_id: 'ccfg_',");
    expect(tests).not.toContain('conn_id');
    expect(tests).toContain("tag: 'tag_tag',");
  });
});
