/**
 * A resource's methods come in the order Stainless's SDKs of the config's edition have them: reordered (create,
 * retrieve, update, list, delete first) up to the top-level edition 2026-02-23, as the config lists them from
 * 2026-05-06 on (their response types still reordered).
 */
import { describe, expect, it } from 'vitest';
import { generateWithStainlessConfig } from './helpers/sdk';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Order', version: '1' },
  servers: [{ url: 'https://order.test' }],
  paths: {
    '/notes': { get: { responses: ok }, post: { responses: ok } },
    '/notes/{id}/archive': {
      post: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: ok },
    },
  },
};
const config = (edition: string) => `${edition}organization: { name: order }
targets:
  typescript:
    package_name: order
resources:
  notes:
    methods:
      list: get /notes
      archive: post /notes/{id}/archive
      create: post /notes
`;

/** The methods of the notes resource's class, and the response types its module declares, in order. */
async function order(edition: string): Promise<{ methods: string[]; responses: string[] }> {
  const { files } = await generateWithStainlessConfig('stainless-method-order', SPEC, config(edition), {
    referenceDocs: false,
  });
  const notes = files.get('src/resources/notes.ts')!;
  return {
    methods: [...notes.matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]!),
    responses: [...notes.matchAll(/^export (?:interface|type) (Note\w+Response)\b/gm)].map((m) => m[1]!),
  };
}

describe("a Stainless config's resource methods", () => {
  it('are reordered without an edition and up to 2026-02-23', async () => {
    expect((await order('')).methods).toEqual(['create', 'list', 'archive']);
    expect((await order('edition: 2026-02-23\n')).methods).toEqual(['create', 'list', 'archive']);
  });

  it("keep the config's order from the edition 2026-05-06 on, their response types still reordered", async () => {
    const { methods, responses } = await order('edition: 2026-05-06\n');
    expect(methods).toEqual(['list', 'archive', 'create']);
    expect(responses).toEqual(['NoteCreateResponse', 'NoteListResponse', 'NoteArchiveResponse']);
  });
});
