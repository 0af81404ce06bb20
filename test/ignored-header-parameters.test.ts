/**
 * OpenAPI: a header parameter named Accept, Content-Type or Authorization "SHALL be ignored" (the media types and the
 * security schemes say those). sdkgen leaves it out of the method, with a warning, as Stainless's SDKs do (the Prompting
 * Company's `getByPath(path_)` under a spec whose operation lists a required `authorization` header): other header
 * parameters stay.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';

const TMP = path.resolve(import.meta.dirname, '.tmp');
mkdirSync(TMP, { recursive: true });
const root = mkdtempSync(path.join(TMP, 'ignored-headers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const header = (name: string, required: boolean) => ({ name, in: 'header', required, schema: { type: 'string' } });

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/docs/{id}': {
      get: {
        operationId: 'getDoc',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          header('authorization', true),
          header('Accept', false),
          header('Content-Type', false),
          header('x-trace', false),
        ],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'string' } } } } },
          },
        },
      },
    },
    '/plain/{id}': {
      get: {
        operationId: 'getPlain',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          header('Authorization', true),
        ],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'string' } } } } },
          },
        },
      },
    },
  },
};

const CONFIG = `organization: { name: acme }
resources:
  docs:
    methods:
      get: get /docs/{id}
      plain: get /plain/{id}
`;

async function run(withConfig: boolean) {
  const dir = path.join(root, withConfig ? 'stainless' : 'plain');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  return generate({
    spec: path.join(dir, 'openapi.json'),
    config: withConfig ? path.join(dir, 'stainless.yml') : null,
    format: false,
  });
}

describe('header parameters OpenAPI ignores', () => {
  it('are left out of the methods (Stainless config): the others stay, and a warning names each', async () => {
    const result = await run(true);
    const source = result.files.find((f) => f.path === 'src/resources/docs.ts')!.contents;
    // Only x-trace is left for the params; a method with nothing else takes none.
    expect(source).toMatch(/export interface DocGetParams \{[^}]*'x-trace'\?: string;\s*\}/);
    expect(source).not.toMatch(/authorization|'Accept'|'Content-Type'/i);
    expect(source.replace(/\s+/g, ' ')).toMatch(/plain\(id: string, options\?: RequestOptions ?\): APIPromise/);
    const ignored = result.diagnostics.list.filter((d) => d.code === 'ignored-header-parameter');
    expect(ignored.map((d) => d.message.match(/"([^"]+)"/)![1]).sort()).toEqual([
      'Accept',
      'Authorization',
      'Content-Type',
      'authorization',
    ]);
  });

  it('are left out without a config too', async () => {
    const result = await run(false);
    const code = result.files
      .filter((f) => /^src\/(resources|funcs)\//.test(f.path))
      .map((f) => f.contents)
      .join('\n');
    expect(code).toContain('x-trace');
    expect(code).not.toMatch(/\bauthorization\?*:|'Content-Type'\?*:|'Accept'\?*:/i);
  });
});
