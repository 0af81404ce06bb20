/**
 * An SDK made from an older Stainless config (`targets.node`) puts its path parameters into the path as they are
 * (`\`/books/${bookId}/notes/${noteId}\``), as every SDK that generator wrote does (honcho-node, lumaai-node,
 * mpesaflow-node, the OneBusAway SDK), with no `path` helper; a `targets.typescript` SDK encodes them through its
 * `path` tag. Checked by type and on a real server.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/stainless-legacy-request-forms.test.ts samples the older Stainless generator's forms (targets.node)
// (docs/contributing.md, "What `npm test` samples").
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { typeCheckStrict } from './helpers/generated-tests';
import { tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const note = { type: 'object', properties: { id: { type: 'string' } } };
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Shelf', version: '1' },
  servers: [{ url: 'https://shelf.test' }],
  paths: {
    '/books/{book_id}/notes/{note_id}': {
      get: {
        parameters: ['book_id', 'note_id'].map((name) => ({
          name,
          in: 'path',
          required: true,
          schema: { type: 'string' },
        })),
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: note } } } },
      },
    },
    '/notes': {
      get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: note } } } } },
    },
  },
};

const config = (target: 'node' | 'typescript') => `organization: { name: shelf }
targets:
  ${target}:
    package_name: shelf
resources:
  notes:
    methods:
      retrieve: get /books/{book_id}/notes/{note_id}
      latest: get /notes
`;

const server = new TestServer();
let root = '';
const notes: Record<'node' | 'typescript', string> = { node: '', typescript: '' };

beforeAll(async () => {
  await server.start();
  root = tempDir('stainless-legacy-path-params');
  writeFileSync(path.join(root, 'openapi.json'), JSON.stringify(SPEC));
  for (const target of ['node', 'typescript'] as const) {
    writeFileSync(path.join(root, `${target}.yml`), config(target));
    const result = await generate({
      spec: path.join(root, 'openapi.json'),
      config: path.join(root, `${target}.yml`),
      referenceDocs: false,
    });
    writeFiles(path.join(root, target), result.files);
    notes[target] = result.files.find((f) => f.path === 'src/resources/notes.ts')!.contents;
  }
});
afterAll(async () => {
  await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.runIf(SLOW_FULL)("a path parameter of an older Stainless config's (targets.node) SDK", () => {
  it('is put into the path as it is, with no path helper', () => {
    expect(notes.node).toContain('return this._client.get(`/books/${bookId}/notes/${noteId}`, options);');
    expect(notes.node).not.toMatch(/internal\/(utils\/)?path/);
    expect(notes.node).toContain("return this._client.get('/notes', options);");
  });

  it('is encoded by the path tag in a targets.typescript SDK', () => {
    expect(notes.typescript).toContain('return this._client.get(path`/books/${book_id}/notes/${noteID}`, options);');
    expect(notes.typescript).toMatch(/^import \{ path \} from '\.\.\/internal\/utils\/path';$/m);
  });

  it('type-checks under tsc --strict and reaches the path the spec describes', async () => {
    const sdk = path.join(root, 'node');
    const { status, output } = typeCheckStrict(sdk, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
    server.on('GET /books/b1/notes/n2', json(200, { id: 'n2' }));
    const { Shelf } = await import(pathToFileURL(path.join(sdk, 'src/index.ts')).href);
    const client = new Shelf({ baseURL: server.url });
    expect(await client.notes.retrieve('b1', 'n2')).toEqual({ id: 'n2' });
    expect(server.received('GET /books/b1/notes/n2')).toHaveLength(1);
  });
});
