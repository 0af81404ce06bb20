/**
 * An older Stainless config's (`targets.node`) method on the client itself that sends a form (reducto-node-sdk's
 * `client.upload`, a multipart body) calls the older generator's helper through `Core`, as its resources' methods do:
 * the client module imports that namespace too, and the SDK type-checks under tsc --strict.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/upload': {
      post: {
        operationId: 'upload',
        requestBody: {
          content: {
            'multipart/form-data': {
              schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  node:
    package_name: acme
resources:
  $client:
    methods:
      upload: post /upload
`;

describe("an older Stainless config's method on the client that sends a form", () => {
  it('calls Core.multipartFormRequestOptions, which the client module imports', async () => {
    const dir = tempDir('stainless-legacy-client-form');
    try {
      writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
      writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
      const result = await generate({
        spec: path.join(dir, 'openapi.json'),
        config: path.join(dir, 'stainless.yml'),
        referenceDocs: false,
      });
      const client = result.files.find((f) => f.path === 'src/client.ts')!.contents;
      expect(client).toMatch(/Core\.(maybeM|m)ultipartFormRequestOptions\(/);
      expect(client).toMatch(/^import \* as Core from '\.\/core(\.js)?';$/m);
      const out = path.join(dir, 'sdk');
      writeFiles(out, result.files);
      const { status, output } = typeCheckStrict(out, ['src/**/*.ts']);
      expect(output).toBe('');
      expect(status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
