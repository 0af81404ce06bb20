/**
 * Names of the generated MCP server (generator/naming/mcp.ts) and the JSON Schemas of its tools
 * (generator/emit/typescript/json-schema.ts). Given/want tables; every row asserts an exact value.
 */
import { describe, expect, it } from 'vitest';
import { JsonSchemaPrinter, MAX_INLINED_REF_DEPTH } from '../../generator/emit/typescript/json-schema';
import type { Docs, NamedSchema, TypeRef } from '../../generator/ir/types';
import { mcpBinName, mcpPackageName, mcpToolNames } from '../../generator/naming/mcp';

describe('MCP package and command names', () => {
  it.each<[string, string, string]>([
    ['@smithery/api', '@smithery/api-mcp', 'smithery-api-mcp'],
    ['petstore-sdk', 'petstore-sdk-mcp', 'petstore-sdk-mcp'],
  ])('%s → %s, command %s', (sdk, pkg, bin) => {
    expect(mcpPackageName(sdk)).toBe(pkg);
    expect(mcpBinName(pkg)).toBe(bin);
  });
});

describe('mcpToolNames', () => {
  it.each<[Array<[string, string]>, string[]]>([
    [[['servers.releases', 'get']], ['servers_releases_get']],
    [[['organizations.apiKeys', 'list']], ['organizations_api_keys_list']],
    [[['connections', 'listTools']], ['connections_list_tools']],
    [[['v2.HTTPServers', 'getURL']], ['v2_http_servers_get_url']],
    // Two methods whose snake_case names meet: the second gets a suffix, in order.
    [
      [
        ['fooBar', 'get'],
        ['foo_bar', 'get'],
        ['foo.bar', 'get'],
      ],
      ['foo_bar_get', 'foo_bar_get_2', 'foo_bar_get_3'],
    ],
  ])('%j → %j', (given, want) => {
    expect(mcpToolNames(given)).toEqual(want);
  });

  it('cuts a name longer than 64 characters and ends it in a hash of the whole name', () => {
    const long = 'a'.repeat(40);
    const [one, two, three] = mcpToolNames([
      [`${long}.${'b'.repeat(40)}`, 'get'],
      [`${long}.${'b'.repeat(40)}`, 'list'],
      [`${long}.${'b'.repeat(40)}`, 'get'],
    ]);
    for (const name of [one, two, three]) {
      expect(name.length).toBeLessThanOrEqual(64);
      expect(name).toMatch(/^[a-z0-9_]+$/);
    }
    expect(one).toMatch(/^a{40}_b{14}_[0-9a-f]{8}$/);
    expect(new Set([one, two, three]).size).toBe(3);
    expect(three).toMatch(/_2$/);
  });
});

const docs = (description?: string): Docs => (description === undefined ? {} : { description });
const object = (properties: Array<[string, TypeRef, boolean]>): TypeRef => ({
  kind: 'object',
  properties: properties.map(([key, type, required]) => ({
    key,
    type,
    required,
    docs: docs(),
  })),
  additional: null,
  propertyNames: null,
  declareAs: null,
  docs: docs(),
});
const named = (id: string, name: string, type: TypeRef): NamedSchema => ({
  id,
  name,
  module: 'resources/x',
  type,
  docs: docs(`A ${name}.`),
  source: { file: 's.yaml', pointer: '#' },
});

describe('JsonSchemaPrinter', () => {
  const node = named(
    'node',
    'Node',
    object([['children', { kind: 'array', items: { kind: 'ref', schemaId: 'node' } }, false]]),
  );
  const pet = named(
    'pet',
    'Pet',
    object([['name', { kind: 'string', format: 'int64', constraints: { minLength: 1, pattern: '(?<=a)b' } }, true]]),
  );
  const printer = new JsonSchemaPrinter(new Map([node, pet].map((s) => [s.id, s])));

  it.each<[string, TypeRef, unknown]>([
    [
      'a nullable union keeps both sides',
      { kind: 'union', variants: [{ kind: 'string', format: 'date-time' }, { kind: 'null' }], discriminator: null },
      { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
    ],
    [
      'a ref is inlined with its description; formats JSON Schema does not define are dropped',
      { kind: 'ref', schemaId: 'pet' },
      {
        type: 'object',
        properties: { name: { type: 'string', minLength: 1, pattern: '(?<=a)b' } },
        required: ['name'],
        description: 'A Pet.',
      },
    ],
    [
      'a recursive ref stops at its first repeat',
      { kind: 'ref', schemaId: 'node' },
      {
        type: 'object',
        properties: {
          children: { type: 'array', items: { description: 'A Node (recursive; any value is accepted here).' } },
        },
        description: 'A Node.',
      },
    ],
    [
      'a tuple is an array of its item types',
      { kind: 'tuple', items: [{ kind: 'number' }, { kind: 'number' }], rest: null },
      { type: 'array', items: { anyOf: [{ type: 'number' }, { type: 'number' }] }, minItems: 2, maxItems: 2 },
    ],
    [
      'a pattern JavaScript cannot compile is dropped (a validator would reject the schema)',
      { kind: 'string', format: null, constraints: { pattern: 'a++', maxLength: 3 } },
      { type: 'string', maxLength: 3 },
    ],
    [
      'a property named __proto__ stays a property',
      object([['__proto__', { kind: 'boolean' }, true]]),
      JSON.parse('{"type":"object","properties":{"__proto__":{"type":"boolean"}},"required":["__proto__"]}'),
    ],
    ['an enum of strings', { kind: 'enum', values: ['a', 'b'] }, { type: 'string', enum: ['a', 'b'] }],
    ['a literal', { kind: 'literal', value: 3 }, { type: 'integer', const: 3 }],
    [
      'a file',
      { kind: 'file' },
      {
        type: 'string',
        description: 'A file: a data: URL with its bytes in base64 (data:image/png;base64,…), or its text.',
      },
    ],
  ])('%s', (_, type, want) => {
    expect(printer.schema(type)).toEqual(want);
  });

  it(`inlines named schemas ${MAX_INLINED_REF_DEPTH} deep, then describes the rest`, () => {
    const chain = Array.from({ length: 6 }, (_, i) =>
      named(`s${i}`, `S${i}`, object(i < 5 ? [['next', { kind: 'ref', schemaId: `s${i + 1}` }, true]] : [])),
    );
    const deep = new JsonSchemaPrinter(new Map(chain.map((s) => [s.id, s]))).schema({ kind: 'ref', schemaId: 's0' });
    let at = deep as { properties?: { next?: unknown }; description?: string };
    for (let i = 0; i < MAX_INLINED_REF_DEPTH; i++) at = at.properties!.next as typeof at;
    expect(at).toEqual({
      description: `A S${MAX_INLINED_REF_DEPTH} (nested too deep to describe; any value is accepted here).`,
    });
    expect(JSON.stringify(deep)).not.toContain('$ref');
  });
});
