/**
 * The MCP server of a Stainless SDK whose modules declare types of the same name (each module is a scope, as in
 * Stainless's SDKs: `objects.bulk` and `users.bulk` both declare `BulkDeleteParams`). The package's flat exports name
 * only one of them, so the server names such a type through a type-only import of its module. Type-checked under
 * the server's own tsconfig (tsc --strict), its SDK read through the tsconfig's `paths`.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/mcp.test.ts samples MCP servers (docs/contributing.md, "What `npm test` samples").
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { removeWhenAllPass, runTsc, tempDir, writeFiles } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const bulkDelete = (ids: string) => ({
  post: {
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: [ids],
            properties: { [ids]: { type: 'array', items: { type: 'string' } } },
          },
        },
      },
    },
    responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
  },
});

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: { '/objects/bulk/delete': bulkDelete('object_ids'), '/users/bulk/delete': bulkDelete('user_ids') },
};

const CONFIG = `organization: { name: acme }
resources:
  objects:
    subresources:
      bulk:
        methods:
          delete: post /objects/bulk/delete
  users:
    subresources:
      bulk:
        methods:
          delete: post /users/bulk/delete
`;

let dir = '';
removeWhenAllPass(() => dir);
beforeAll(async () => {
  dir = tempDir('stainless-mcp-scopes');
  writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
  const { files } = await generate({
    spec: path.join(dir, 'openapi.json'),
    config: path.join(dir, 'stainless.yml'),
    mcp: true,
    funcs: false,
    referenceDocs: false,
  });
  writeFiles(path.join(dir, 'sdk'), files);
});

describe.runIf(SLOW_FULL)('an MCP server over modules that declare the same name', () => {
  it('names each params type through its own module', () => {
    const endpoints = readFileSync(path.join(dir, 'sdk/packages/mcp-server/src/endpoints.ts'), 'utf8');
    expect(endpoints).toContain("import type * as ResourcesObjectsBulk from 'acme-sdk/resources/objects/bulk';");
    expect(endpoints).toContain('params<ResourcesObjectsBulk.BulkDeleteParams>(args, [])');
    expect(endpoints).toContain('params<ResourcesUsersBulk.BulkDeleteParams>(args, [])');
  });

  it('type-checks under its own tsconfig', () => {
    // Only the module that names the params types is checked (the others read for its types): the rest of the
    // server, the same in every SDK, is type-checked in full by mcp.test.ts.
    const server = path.join(dir, 'sdk/packages/mcp-server');
    const { status, output } = runTsc(path.join(server, 'tsconfig.json'), {
      only: [path.join(server, 'src/endpoints.ts')],
    });
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
