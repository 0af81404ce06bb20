/**
 * Stainless's older SDKs (`targets.node`) declare a page class beside the model it pages (`export class
 * DocsOffsetPagination extends OffsetPagination<Doc> {}` in docs.ts) and list it in the namespace, and assign it to the
 * resource's class, only where that resource's own methods return it. julep's `docs` resource pages nothing itself:
 * `agents.docs.list` and `users.docs.list` return its page class. sdkgen assigned it to `Docs` all the same, whose
 * namespace does not declare it (TS2339 after the move).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget (tsc):
// there, test/stainless-era-namespaces.test.ts samples the older layout's namespaces.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeCheckStrict } from './helpers/generated-tests';
import { generateFrom, tempDir, writeFiles } from './helpers/sdk';
import { okJson as ok } from './helpers/openapi';
import { SLOW_FULL } from './helpers/slow-tests';

const doc = { $ref: '#/components/schemas/Doc' };
const page = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: doc } },
};
const offsetParams = [
  { name: 'offset', in: 'query', schema: { type: 'integer' } },
  { name: 'limit', in: 'query', schema: { type: 'integer' } },
];
const listDocs = (owner: string) => ({
  get: {
    parameters: [{ name: owner, in: 'path', required: true, schema: { type: 'string' } }, ...offsetParams],
    responses: ok(page),
  },
});
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Julep', version: '1' },
  servers: [{ url: 'https://julep.test' }],
  paths: {
    '/docs/{doc_id}': {
      get: {
        parameters: [{ name: 'doc_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok(doc),
      },
    },
    '/agents/{agent_id}/docs': listDocs('agent_id'),
    '/users/{user_id}/docs': listDocs('user_id'),
  },
  components: {
    schemas: { Doc: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
  },
};

const CONFIG = `organization: { name: julep }
targets:
  node:
    package_name: julep
pagination:
  - name: offset_pagination
    type: offset
    request:
      offset: { type: integer, x-stainless-pagination-property: { purpose: offset_count_param } }
      limit: { type: integer }
    response:
      items: { type: array }
resources:
  agents:
    subresources:
      docs:
        methods:
          list: get /agents/{agent_id}/docs
  users:
    subresources:
      docs:
        methods:
          list: get /users/{user_id}/docs
  docs:
    models:
      doc: Doc
    methods:
      get: get /docs/{doc_id}
`;

const files = new Map<string, string>();
let sdk = '';

describe.runIf(SLOW_FULL)('a page class only other resources return (targets.node)', () => {
  beforeAll(async () => {
    const root = tempDir('stainless-page-class-namespace');
    const result = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false });
    sdk = path.join(root, 'sdk');
    writeFiles(sdk, result.files);
    for (const f of result.files) files.set(f.path, f.contents);
  }, 60_000);

  it('is declared beside its model, neither in the namespace nor assigned to the class', () => {
    const docs = files.get('src/resources/docs.ts') ?? '';
    expect(docs).toMatch(/^export class DocsOffsetPagination extends OffsetPagination<Doc> \{\}$/m);
    expect(docs).not.toMatch(/^Docs\.DocsOffsetPagination = /m);
    expect(docs).not.toContain('DocsOffsetPagination as DocsOffsetPagination');
    // The resources that return it import it from there.
    expect(files.get('src/resources/agents/docs.ts')).toContain("import { DocsOffsetPagination } from '../docs';");
  });

  it('type-checks', () => {
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 120_000);
});
