/**
 * Cookie parameters (`in: cookie`) under a Stainless config are left out of every method, in both targets, as
 * Stainless's SDKs have none: llama-cloud-ts and llama-cloud-py, through every generation, lack the optional
 * `session` cookie all their spec's operations take. One warning a name, at the first operation taking it. Without a
 * config sdkgen's own SDK keeps sending them (test/fixtures/cookies.yaml, test/python/cookie-styles.test.ts); an API
 * key sent as a cookie is the client's in both (test/unit/credential-params.test.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const session = {
  name: 'session',
  in: 'cookie',
  required: false,
  schema: { anyOf: [{ type: 'string' }, { type: 'null' }] },
};
const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Crumbs', version: '1.0.0' },
  paths: {
    '/files': {
      get: {
        operationId: 'list_files',
        parameters: [{ name: 'project_id', in: 'query', schema: { type: 'string' } }, session],
        responses: ok,
      },
    },
    '/files/{file_id}/tags': {
      put: {
        operationId: 'put_tags',
        parameters: [{ name: 'file_id', in: 'path', required: true, schema: { type: 'string' } }, session],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
        },
        responses: ok,
      },
    },
    '/files/{file_id}': {
      get: {
        operationId: 'get_file',
        parameters: [
          { name: 'file_id', in: 'path', required: true, schema: { type: 'string' } },
          session,
          { name: 'theme', in: 'cookie', schema: { type: 'string' } },
        ],
        responses: ok,
      },
    },
  },
});

const CONFIG = `organization:
  name: crumbs
targets:
  typescript:
    package_name: crumbs
  python:
    package_name: crumbs
resources:
  files:
    methods:
      list: get /files
      retrieve: get /files/{file_id}
      tag: put /files/{file_id}/tags
`;

const dir = tempDir('sdkgen-stainless-cookies');
const spec = path.join(dir, 'openapi.json');
writeFileSync(spec, SPEC);
const config = path.join(dir, 'stainless.yml');
writeFileSync(config, CONFIG);

const fieldsOf = (result: Awaited<ReturnType<typeof generate>>) =>
  Object.fromEntries(
    result.api.resources[0].methods.map((m) => [m.name, (m.params?.fields ?? []).map((f) => `${f.in}:${f.wireName}`)]),
  );

describe('cookie parameters under a Stainless config', () => {
  it('are left out of the IR, warned once a name at the first operation', async () => {
    const result = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    expect(fieldsOf(result)).toEqual({ list: ['query:project_id'], retrieve: [], tag: ['body:body'] });
    const warnings = result.diagnostics.warnings.filter((d) => d.code === 'stainless-cookie-parameter');
    expect(warnings.map((w) => [w.pointer, w.message])).toEqual([
      [
        '#/paths/~1files~1{file_id}/get/parameters/1',
        'cookie parameter "session" is left out of every method that takes it, as Stainless\'s SDKs have no cookie parameters',
      ],
      [
        '#/paths/~1files~1{file_id}/get/parameters/2',
        'cookie parameter "theme" is left out of every method that takes it, as Stainless\'s SDKs have no cookie parameters',
      ],
    ]);
  });

  it('are not in the TypeScript SDK: api.md, the params type, the request', async () => {
    const result = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
    const file = (p: string) => result.files.find((f) => f.path === p)?.contents ?? '';
    expect(file('api.md')).toContain('retrieve</a>(fileID) -> unknown');
    expect(file('api.md')).toContain('list</a>({ ...params }) -> unknown');
    // Params holding only an array body (once the cookie is gone) are `[ ...body ]` there, as in llama-cloud-ts's.
    expect(file('api.md')).toContain('tag</a>(fileID, [ ...body ]) -> unknown');
    const module = file('src/resources/files.ts');
    // Stainless's call form: no `request({…, headers: { Cookie: … } })` around a cookie parameter.
    expect(module).toContain('return this._client.get(path`/files/${fileID}`, options);');
    expect(module).toContain("return this._client.get('/files', { query, ...options });");
    expect(module).not.toMatch(/session|Cookie|theme/);
  });

  it('are not in the Python SDK', async () => {
    const files = await generatePythonFiles(path.join(dir), SPEC, CONFIG);
    const module = files.get('src/crumbs/resources/files.py') ?? '';
    expect(module).toContain('project_id: str | Omit = omit,');
    expect(module).not.toMatch(/session|[Cc]ookie|theme/);
    expect(files.get('src/crumbs/types/file_list_params.py')).not.toContain('session');
  });

  it('stay in sdkgen’s own SDK, without a config', async () => {
    const result = await generate({ spec, format: false, funcs: false, referenceDocs: false });
    expect(fieldsOf(result)).toEqual({
      list: ['query:project_id', 'cookie:session'],
      retrieve: ['cookie:session', 'cookie:theme'],
    });
    expect(result.diagnostics.warnings.some((d) => d.code === 'stainless-cookie-parameter')).toBe(false);
  });
});
