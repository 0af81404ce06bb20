/**
 * Whether a Stainless SDK's methods show an `@example` depends on whether the spec gives examples in the resource's
 * request bodies and responses (generator/emit/request-examples.ts). The example of a property that can take one
 * value only (hypeman's `Health.status`, `enum: [ok]`, example `ok`) says nothing: hypeman-ts's `health.check` has no
 * `@example` though its response's only property has one, while its siblings with real examples do.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { tempDir } from './helpers/sdk';
import { okJson as response } from './helpers/openapi';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Host', version: '1' },
  servers: [{ url: 'https://host.test' }],
  paths: {
    // (Arrays, as hypeman's lists: an object response's fields do not count, request-examples.ts.)
    '/health': { get: { responses: response({ type: 'array', items: { $ref: '#/components/schemas/Health' } }) } },
    '/ready': { get: { responses: response({ type: 'array', items: { $ref: '#/components/schemas/Ready' } }) } },
    '/images': { get: { responses: response({ type: 'array', items: { $ref: '#/components/schemas/Image' } }) } },
  },
  components: {
    schemas: {
      Health: {
        type: 'object',
        required: ['status'],
        properties: { status: { type: 'string', enum: ['ok'], example: 'ok' } },
      },
      Ready: {
        type: 'object',
        required: ['status'],
        properties: { status: { type: 'string', enum: ['ok', 'starting'], example: 'ok' } },
      },
      Image: { type: 'object', properties: { name: { type: 'string', example: 'alpine:3' } } },
    },
  },
};

const CONFIG = `organization: { name: host }
targets:
  typescript:
    package_name: host
resources:
  health:
    methods:
      check: get /health
  ready:
    methods:
      check: get /ready
  images:
    methods:
      list: get /images
`;

describe('@example in a Stainless SDK', () => {
  it('is not shown for a resource whose only example is the one value a property can take', async () => {
    const dir = tempDir('stainless-example-one-value');
    try {
      writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
      writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
      const result = await generate({
        spec: path.join(dir, 'openapi.json'),
        config: path.join(dir, 'stainless.yml'),
        referenceDocs: false,
        // hypeman-ts's era: its responses' fields' examples count (not from 2026-01-22 on, stainless/era.ts).
        stainlessEra: '2025-12-23',
      });
      const file = (name: string) => result.files.find((f) => f.path === `src/resources/${name}.ts`)!.contents;
      expect(file('health')).not.toContain('@example');
      expect(file('ready')).toContain('@example');
      expect(file('images')).toContain('@example');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
