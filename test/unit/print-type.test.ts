/**
 * The one type printer's summaries (emit/typescript/print-type.ts): `kinds` for api.md and the MCP server's docs, `shapes` for
 * `sdkgen diff` reports. Given a type, want its one-line text.
 */
import { describe, expect, it } from 'vitest';
import type { Method, TypeRef } from '../../generator/ir/types';
import { returnSummary, typeSummary } from '../../generator/emit/typescript/print-type';

const names: Record<string, string> = { '#/components/schemas/Server': 'Server' };
const name = (id: string) => names[id] ?? `?${id}`;
const server: TypeRef = { kind: 'ref', schemaId: '#/components/schemas/Server' };
const str: TypeRef = { kind: 'string', format: 'uuid' } as TypeRef;
const union: TypeRef = { kind: 'union', variants: [server, { kind: 'null' }], discriminator: null } as TypeRef;
const object = {
  kind: 'object',
  properties: [
    { key: 'id', required: true, type: str },
    { key: 'tags', required: false, type: { kind: 'array', items: { kind: 'string', format: null } } },
  ],
  additional: null,
  propertyNames: null,
  declareAs: null,
} as unknown as TypeRef;
const manyValues: TypeRef = { kind: 'enum', values: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', "it's"] } as TypeRef;

describe('typeSummary', () => {
  it.each([
    ['a named type', server, 'Server', 'Server'],
    ['an array of a named type', { kind: 'array', items: server } as TypeRef, 'Array<Server>', 'Server[]'],
    ['a string with a format', str, 'string', 'string (uuid)'],
    ['a named type or null (as Stainless api.md writes it)', union, 'Server | null', 'Server | null'],
    ['an object', object, 'object', '{ id, tags? }'],
    ['a long enum (cut after 8)', manyValues, 'enum', "'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | …"],
    ['an array of objects', { kind: 'array', items: object } as TypeRef, 'Array<object>', 'Array<{ id, tags? }>'],
  ])('%s', (_label, type, kinds, shapes) => {
    expect(typeSummary(type, name, 'kinds')).toBe(kinds);
    expect(typeSummary(type, name, 'shapes')).toBe(shapes);
  });

  it('names an unknown schema as the resolver says', () => {
    expect(typeSummary({ kind: 'ref', schemaId: 'x' }, name, 'shapes')).toBe('?x');
  });
});

describe('returnSummary', () => {
  const method = (over: Partial<Method>) => ({ pagination: null, response: { kind: 'empty' }, ...over }) as Method;
  it.each([
    ['a JSON response', method({ response: { kind: 'json', type: server } as Method['response'] }), 'Server'],
    ['no body', method({}), 'void'],
    ['a download', method({ response: { kind: 'binary' } as Method['response'] }), 'Response'],
    [
      'an event stream',
      method({ response: { kind: 'sse', event: server } as Method['response'] }),
      'Stream<ServerSentEvent<Server>>',
    ],
    [
      'a page without an alias',
      method({ pagination: { scheme: 'CursorPage', item: server, alias: null } as unknown as Method['pagination'] }),
      'CursorPage<Server>',
    ],
    [
      'a page with an alias',
      method({ pagination: { scheme: 'CursorPage', item: server, alias: 'ServersPage' } as Method['pagination'] }),
      'ServersPage',
    ],
  ])('%s', (_label, m, want) => {
    expect(returnSummary(m, name)).toBe(want);
  });
});
