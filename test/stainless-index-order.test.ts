/**
 * A Stainless config's `src/resources/index.ts` lists its resources by class name in code point order, as Stainless's
 * SDKs do (`AIUsage` before `Activation`, though `./activation` sorts before `./ai-usage` by path).
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Console', version: '1' },
  servers: [{ url: 'https://console.test' }],
  paths: { '/activation': { get: { responses: ok } }, '/ai-usage': { get: { responses: ok } } },
};
const CONFIG = `organization: { name: console }
targets:
  typescript:
    package_name: console
resources:
  activation:
    methods:
      retrieve: get /activation
  ai_usage:
    methods:
      retrieve: get /ai-usage
`;

let root = '';
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a Stainless config's resources index", () => {
  it('lists the resources by class name, in code point order', async () => {
    root = tempDir('stainless-index-order');
    const { files } = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false });
    const index = files.find((f) => f.path === 'src/resources/index.ts')!.contents;
    const classes = [...index.matchAll(/^export \{ (\w+)/gm)].map((m) => m[1]);
    expect(classes).toEqual(['AIUsage', 'Activation']);
  });
});
