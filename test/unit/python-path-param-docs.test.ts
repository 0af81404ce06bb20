/**
 * A path param in a Python method's Args list, as Stainless's SDKs write it (issue 91): documented when its schema
 * has a description (honcho, stagehand, phoebe's `speciesGrouping`), not when only the parameter object has one
 * (knock, phoebe's `regionCode`); the path params listed first, in the path's order, then the other params. A
 * streaming overload whose stream flag is required lists it where its signature has it (stagehand's `act`). A
 * resource class is described only from Stainless's "add missing descriptions" (2026-02-27) on.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { writeSpec } from './helpers/spec';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  paths: {
    '/shelves/{shelf_id}/books/{book_id}': {
      get: {
        operationId: 'getBook',
        tags: ['books'],
        summary: 'Get a book',
        parameters: [
          { name: 'shelf_id', in: 'path', required: true, schema: { type: 'string', description: 'The shelf.' } },
          {
            name: 'book_id',
            in: 'path',
            required: true,
            description: 'The book.',
            schema: { type: 'string', description: 'The book.' },
          },
          { name: 'edition', in: 'query', description: 'Which edition.', schema: { type: 'integer' } },
        ],
        responses: { '204': { description: 'ok' } },
      },
    },
    '/authors/{author_id}': {
      get: {
        operationId: 'getAuthor',
        tags: ['authors'],
        summary: 'Get an author',
        parameters: [
          {
            name: 'author_id',
            in: 'path',
            required: true,
            description: 'Only the parameter says this.',
            schema: { type: 'string' },
          },
        ],
        responses: { '204': { description: 'ok' } },
      },
    },
  },
};

let generated: ReturnType<typeof generate> | null = null;

async function syncMethod(moduleName: string, name: string): Promise<string> {
  const { files } = await (generated ??= generate({
    spec: writeSpec(SPEC),
    config: null,
    target: 'python',
    format: false,
  }));
  const file = files.find((f) => f.path.endsWith(`/resources/${moduleName}.py`));
  if (!file) throw new Error(`no module ${moduleName}: ${files.map((f) => f.path).join(' ')}`);
  const start = file.contents.indexOf(`    def ${name}(`);
  if (start < 0) throw new Error(`no method ${name}`);
  const end = file.contents.indexOf('\n    def ', start + 1);
  return file.contents.slice(start, end < 0 ? undefined : end);
}

describe("path params in a Python method's Args list", () => {
  it('documents those whose schema has a description, first and in the path order', async () => {
    expect(await syncMethod('shelves/books', 'retrieve')).toContain(
      '        """\n        Get a book\n\n        Args:\n' +
        '          shelf_id: The shelf.\n\n' +
        '          book_id: The book.\n\n' +
        '          edition: Which edition.\n\n' +
        '          extra_headers: Send extra headers\n',
    );
  }, 30_000);

  it('leaves out one only its parameter object describes', async () => {
    const retrieve = await syncMethod('authors', 'retrieve');
    expect(retrieve).toContain('        Args:\n          extra_headers: Send extra headers\n');
    expect(retrieve).not.toContain('Only the parameter says this.');
  }, 30_000);

  it("lists a required stream flag after the other required params, as the overload's signature", async () => {
    const file = writeSpec(STREAMING_SPEC);
    const config = path.join(path.dirname(file), 'stainless.yml');
    writeFileSync(config, STREAMING_CONFIG);
    const { files } = await generate({ spec: file, config, target: 'python', format: false });
    const module = files.find((f) => f.path.endsWith('/resources/sessions.py'))?.contents ?? '';
    const argsLists = [...module.matchAll(/ {8}Args:\n((?: {10}\w+: .*\n\n)+)/g)].map((m) =>
      [...m[1]!.matchAll(/^ {10}(\w+):/gm)].map((n) => n[1]).filter((name) => !name!.startsWith('extra_')),
    );
    // The sync class's three overloads (its implementation has no docstring).
    expect(argsLists.slice(0, 3)).toEqual([
      ['id', 'instruction', 'frame', 'stream'],
      ['id', 'instruction', 'stream', 'frame'],
      ['id', 'instruction', 'stream', 'frame'],
    ]);
  }, 30_000);
});

describe('a resource class docstring, by era', () => {
  it("is written from the day Stainless's resources were described on, not before", async () => {
    const file = writeSpec(STREAMING_SPEC);
    const config = path.join(path.dirname(file), 'stainless.yml');
    writeFileSync(config, STREAMING_CONFIG);
    const resource = async (stainlessEra: string) =>
      (await generate({ spec: file, config, target: 'python', format: false, stainlessEra })).files.find((f) =>
        f.path.endsWith('/resources/sessions.py'),
      )?.contents ?? '';
    const described = 'class SessionsResource(SyncAPIResource):\n    """A session observes a page."""\n';
    expect(await resource('2026-03-01')).toContain(described);
    const before = await resource('2025-06-06');
    expect(before).toContain('class SessionsResource(SyncAPIResource):\n');
    expect(before).not.toContain('A session observes a page.');
  }, 30_000);
});

const STREAMING_SPEC = {
  openapi: '3.0.3',
  info: { title: 'Observer', version: '1' },
  tags: [{ name: 'sessions', description: 'A session observes a page.' }],
  paths: {
    '/sessions/{id}/act': {
      post: {
        tags: ['sessions'],
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', description: 'The session.' } },
        ],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['instruction'],
                properties: {
                  instruction: { type: 'string', description: 'What to do.' },
                  frame: { type: 'string', description: 'Which frame.' },
                  stream: { type: 'boolean', description: 'Whether to stream.' },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Result' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Result: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      Event: { type: 'object', required: ['type'], properties: { type: { type: 'string' } } },
    },
  },
};

const STREAMING_CONFIG = `organization: { name: observer }
targets:
  python:
    package_name: observer
resources:
  sessions:
    models:
      result: '#/components/schemas/Result'
      event: '#/components/schemas/Event'
    methods:
      act:
        endpoint: post /sessions/{id}/act
        streaming:
          param_discriminator: stream
          stream_event_model: sessions.event
`;
