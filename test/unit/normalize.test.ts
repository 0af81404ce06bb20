/**
 * Normalize stage: raw schema objects → `SchemaNode` (generator/normalize/schema.ts) and vendor hints →
 * `Hints` (generator/normalize/hints.ts). Specs are built in memory; no files are read.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Diagnostics, pointerJoin } from '../../generator/diagnostics';
import { getAtPointer } from '../../generator/load/load';
import { NO_HINTS, readHints, type Hints } from '../../generator/normalize/hints';
import { SchemaReader, type SchemaNode } from '../../generator/normalize/schema';
import { SchemaKeywords, schemaKeywords } from '../../generator/normalize/schema-keywords';
import { cleanupSpecs, loadObject, openapi, specError } from './helpers/spec';

type Obj = Record<string, unknown>;

afterAll(cleanupSpecs);

/** A reader over a spec with these component schemas, and a function reading one of them by name. */
async function readerFor(schemas: Obj, dialect: '3.0' | '3.1' = '3.1') {
  const { spec } = await loadObject(openapi({ schemas, version: dialect === '3.0' ? '3.0.3' : '3.1.0' }));
  const diags = new Diagnostics();
  const reader = new SchemaReader(spec, diags);
  const get = (name: string) => {
    const pointer = pointerJoin('#/components/schemas', name);
    return reader.read(getAtPointer(spec.root.root, pointer), { doc: spec.root, pointer });
  };
  return { reader, diags, get, file: spec.root.file };
}

/** Read `#/components/schemas/S` of a one-schema spec. */
async function read(schema: unknown, dialect: '3.0' | '3.1' = '3.1') {
  const { reader, diags, get, file } = await readerFor({ S: schema }, dialect);
  return { node: get('S'), diags, reader, file };
}

const codes = (diags: Diagnostics) => diags.list.map((d) => d.code);

/** What a schema that constrains nothing reads as. */
const UNCONSTRAINED: Partial<SchemaNode> = {
  ref: null,
  types: null,
  enum: null,
  const: null,
  properties: [],
  additionalProperties: null,
  propertyNames: null,
  items: null,
  prefixItems: null,
  allOf: null,
  anyOf: null,
  oneOf: null,
};

describe('SchemaReader: types and nullability', () => {
  it.each<{ name: string; dialect: '3.0' | '3.1'; given: Obj; types: string[] | null; enum?: unknown[] | null }>([
    { name: '3.0 plain string', dialect: '3.0', given: { type: 'string' }, types: ['string'] },
    {
      name: '3.0 nullable string',
      dialect: '3.0',
      given: { type: 'string', nullable: true },
      types: ['string', 'null'],
    },
    {
      name: '3.0 nullable integer',
      dialect: '3.0',
      given: { type: 'integer', nullable: true },
      types: ['integer', 'null'],
    },
    { name: '3.0 nullable: false', dialect: '3.0', given: { type: 'boolean', nullable: false }, types: ['boolean'] },
    {
      name: '3.0 nullable enum: null joins the values',
      dialect: '3.0',
      given: { type: 'string', enum: ['a', 'b'], nullable: true },
      types: ['string', 'null'],
      enum: ['a', 'b', null],
    },
    {
      name: '3.0 nullable enum that already lists null',
      dialect: '3.0',
      given: { type: 'string', enum: ['a', null], nullable: true },
      types: ['string', 'null'],
      enum: ['a', null],
    },
    {
      // Not a 3.1 keyword, but written in 3.1 specs converted from 3.0: it means what it meant (Stainless reads it so).
      name: '3.1 still reads nullable',
      dialect: '3.1',
      given: { type: 'string', nullable: true },
      types: ['string', 'null'],
    },
    {
      name: '3.1 type array with null',
      dialect: '3.1',
      given: { type: ['string', 'null'] },
      types: ['string', 'null'],
    },
    {
      name: '3.1 type array of two types',
      dialect: '3.1',
      given: { type: ['number', 'string'] },
      types: ['number', 'string'],
    },
    { name: 'no type', dialect: '3.1', given: { description: 'anything' }, types: null },
    {
      name: '3.0 boolean exclusiveMinimum is accepted',
      dialect: '3.0',
      given: { type: 'number', minimum: 0, exclusiveMinimum: true },
      types: ['number'],
    },
    {
      name: '3.1 numeric exclusiveMinimum is accepted',
      dialect: '3.1',
      given: { type: 'number', exclusiveMinimum: 0 },
      types: ['number'],
    },
  ])('$name', async ({ dialect, given, types, enum: enumValues }) => {
    const { node, diags } = await read(given, dialect);
    expect(node.types).toEqual(types);
    if (enumValues !== undefined) expect(node.enum).toEqual(enumValues);
    expect(diags.list).toEqual([]);
  });

  it('an unknown type warns invalid-type at the type keyword and leaves the schema unconstrained', async () => {
    const { node, diags } = await read({ type: 'date' });
    expect(node.types).toBeNull();
    expect(diags.list).toMatchObject([
      { severity: 'warning', code: 'invalid-type', pointer: '#/components/schemas/S/type' },
    ]);
  });

  // Unknown entries of a type array warn invalid-type once; the known entries are kept (none left: unconstrained).
  it.each<{ name: string; type: string[]; types: string[] | null }>([
    { name: '[date, string]', type: ['date', 'string'], types: ['string'] },
    { name: '[date]', type: ['date'], types: null },
  ])('an unknown type inside a type array warns invalid-type: $name', async ({ type, types }) => {
    const { node, diags } = await read({ type });
    expect(node.types).toEqual(types);
    expect(codes(diags)).toEqual(['invalid-type']);
    expect(diags.list[0]).toMatchObject({ severity: 'warning', pointer: '#/components/schemas/S/type' });
  });
});

describe('SchemaReader: keywords', () => {
  it.each<{ name: string; dialect?: '3.0' | '3.1'; given: unknown; want: Partial<SchemaNode> }>([
    { name: 'const string', given: { const: 'event' }, want: { const: { value: 'event' }, types: null } },
    { name: 'const null', given: { const: null }, want: { const: { value: null } } },
    {
      name: 'const with a type',
      given: { type: 'integer', const: 2 },
      want: { const: { value: 2 }, types: ['integer'] },
    },
    {
      name: 'x-stainless-const on a single-value enum',
      given: { type: 'string', enum: ['server'], 'x-stainless-const': true },
      want: { const: { value: 'server' }, enum: ['server'] },
    },
    {
      name: 'x-stainless-const on a two-value enum is no const',
      given: { type: 'string', enum: ['a', 'b'], 'x-stainless-const': true },
      want: { const: null, enum: ['a', 'b'] },
    },
    { name: 'example', given: { type: 'string', example: 'hi' }, want: { example: { value: 'hi' } } },
    {
      name: '3.1 examples: the first one',
      given: { type: 'string', examples: ['a', 'b'] },
      want: { example: { value: 'a' } },
    },
    { name: 'example wins over examples', given: { example: 1, examples: [2] }, want: { example: { value: 1 } } },
    { name: 'default', given: { type: 'integer', default: 0 }, want: { default: { value: 0 } } },
    { name: 'id names an inline schema', given: { id: 'Address', type: 'object' }, want: { idName: 'Address' } },
    {
      name: 'id that is not an identifier is ignored',
      given: { id: 'my-address', type: 'object' },
      want: { idName: null },
    },
    { name: 'id that is a URI is ignored', given: { id: 'https://x/y.json', type: 'object' }, want: { idName: null } },
    { name: 'id that is not a string is ignored', given: { id: 7, type: 'object' }, want: { idName: null } },
    { name: 'deprecated', given: { type: 'string', deprecated: true }, want: { deprecated: true } },
    {
      name: 'deprecation message wins',
      given: { type: 'string', deprecated: true, 'x-stainless-deprecation-message': 'use b' },
      want: { deprecated: 'use b' },
    },
    { name: 'binary format', given: { type: 'string', format: 'binary' }, want: { binary: true, format: 'binary' } },
    {
      name: '3.1 contentMediaType octet-stream is binary',
      given: { type: 'string', contentMediaType: 'application/octet-stream' },
      want: { binary: true },
    },
    {
      name: '3.0 ignores contentMediaType',
      dialect: '3.0',
      given: { type: 'string', contentMediaType: 'application/octet-stream' },
      want: { binary: false },
    },
    {
      name: 'readOnly / writeOnly',
      given: { type: 'string', readOnly: true },
      want: { readOnly: true, writeOnly: false },
    },
    {
      name: 'title and description',
      given: { title: 'T', description: 'D' },
      want: { title: 'T', description: 'D', ...UNCONSTRAINED },
    },
    {
      name: 'required keeps only strings',
      given: { type: 'object', required: ['a', 1, 'b'] },
      want: { required: ['a', 'b'] },
    },
    {
      name: 'additionalProperties: true',
      given: { type: 'object', additionalProperties: true },
      want: { additionalProperties: true },
    },
    {
      name: 'additionalProperties: false',
      given: { type: 'object', additionalProperties: false },
      want: { additionalProperties: false },
    },
    { name: 'additionalProperties unspecified', given: { type: 'object' }, want: { additionalProperties: null } },
    { name: '{} constrains nothing', given: {}, want: UNCONSTRAINED },
    { name: 'true constrains nothing', given: true, want: UNCONSTRAINED },
    { name: 'false allows nothing', given: false, want: { types: [] } },
    {
      name: 'a $ref',
      given: { $ref: '#/components/schemas/S/$defs/T', $defs: { T: { type: 'string' } } },
      want: { ref: '#/components/schemas/S/$defs/T' },
    },
  ])('$name', async ({ given, dialect, want }) => {
    const { node, diags } = await read(given, dialect ?? '3.1');
    expect(node).toMatchObject(want);
    expect(diags.list).toEqual([]);
  });

  it('reads properties, items, prefixItems and composition with their pointers', async () => {
    const { node } = await read({
      type: 'object',
      properties: { 'a/b': { type: 'string' }, list: { type: 'array', items: { type: 'integer' } } },
      additionalProperties: { type: 'number' },
      propertyNames: { enum: ['x', 'y'] },
      allOf: [{ type: 'object' }],
      oneOf: [{ type: 'string' }, { type: 'null' }],
    });
    expect(node.properties.map((p) => [p.key, p.schema.loc.pointer])).toEqual([
      ['a/b', '#/components/schemas/S/properties/a~1b'],
      ['list', '#/components/schemas/S/properties/list'],
    ]);
    expect(node.properties[1].schema.items?.types).toEqual(['integer']);
    expect(node.properties[1].schema.items?.loc.pointer).toBe('#/components/schemas/S/properties/list/items');
    expect((node.additionalProperties as SchemaNode).types).toEqual(['number']);
    expect(node.propertyNames?.enum).toEqual(['x', 'y']);
    expect(node.allOf?.map((n) => n.loc.pointer)).toEqual(['#/components/schemas/S/allOf/0']);
    expect(node.oneOf?.map((n) => n.types)).toEqual([['string'], ['null']]);
    expect(node.anyOf).toBeNull();
  });

  it.each<{ name: string; given: Obj; prefix: string[][]; items: string[] | null }>([
    {
      name: 'prefixItems + items',
      given: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'string' }], items: { type: 'boolean' } },
      prefix: [['number'], ['string']],
      items: ['boolean'],
    },
    {
      name: 'tuple-form items (array) becomes prefixItems',
      given: { type: 'array', items: [{ type: 'number' }, { type: 'number' }] },
      prefix: [['number'], ['number']],
      items: null,
    },
  ])('$name', async ({ given, prefix, items }) => {
    const { node } = await read(given);
    expect(node.prefixItems?.map((n) => n.types)).toEqual(prefix);
    expect(node.items?.types ?? null).toEqual(items);
  });

  it('a discriminator keeps its mapping in spec order, each entry with where its target is (null when nowhere)', async () => {
    const { node } = await read({
      oneOf: [{ $ref: '#/components/schemas/S/$defs/Cat' }],
      $defs: { Cat: { type: 'object' } },
      discriminator: {
        propertyName: 'petType',
        mapping: { cat: 'Cat', dog: '#/components/schemas/Dog', bad: 3, kitten: '#/components/schemas/S/$defs/Cat' },
      },
    });
    expect(node.discriminator).toMatchObject({
      propertyName: 'petType',
      mapping: [
        ['cat', 'Cat'],
        ['dog', '#/components/schemas/Dog'],
        ['kitten', '#/components/schemas/S/$defs/Cat'],
      ],
    });
    expect(node.discriminator!.targets.map((t) => t && `${t.doc.file}${t.pointer}`)).toEqual([
      null,
      null,
      'spec.json#/components/schemas/S/$defs/Cat',
    ]);
  });

  it('a schema that is not an object warns invalid-schema and reads as unknown', async () => {
    const { node, diags } = await read('string');
    expect(node).toMatchObject(UNCONSTRAINED);
    expect(diags.list).toMatchObject([{ code: 'invalid-schema', pointer: '#/components/schemas/S' }]);
  });

  it('a keyword record read again holds only the new schema’s keywords, whichever keyword the one before had', () => {
    // Every field name of the record (most are keywords) and the keywords stored under another name.
    const keywords = [
      ...Object.keys(new SchemaKeywords()),
      'x-stainless-override-schema',
      'x-vendor',
      'example',
      'const',
    ];
    const record = new SchemaKeywords();
    for (const key of keywords) {
      schemaKeywords({ [key]: 1 }, record);
      expect({ ...schemaKeywords({ type: 'string' }, record) }, key).toEqual({ ...schemaKeywords({ type: 'string' }) });
    }
  });

  it('memoizes by location: the same place gives the same node', async () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    const { get } = await readerFor({ S: schema });
    expect(get('S')).toBe(get('S'));
    expect(get('S').properties[0].schema).toBe(get('S').properties[0].schema);
  });
});

describe('SchemaReader.deref', () => {
  it('follows a chain of $refs to the schema', async () => {
    const { reader, get } = await readerFor({
      A: { $ref: '#/components/schemas/B' },
      B: { $ref: '#/components/schemas/C' },
      C: { type: 'object', properties: { deep: { $ref: '#/components/schemas/B' } } },
    });
    const target = reader.deref(get('A'));
    expect(target.loc.pointer).toBe('#/components/schemas/C');
    expect(target.types).toEqual(['object']);
    // A node that is not a ref is its own target.
    expect(reader.deref(target)).toBe(target);
    // A ref deep into a schema's property.
    expect(reader.deref(get('C').properties[0].schema).loc.pointer).toBe('#/components/schemas/C');
  });

  it('follows a $ref into another schema property', async () => {
    const { reader, get } = await readerFor({
      A: { $ref: '#/components/schemas/B/properties/b' },
      B: { type: 'object', properties: { b: { type: 'integer' } } },
    });
    expect(reader.deref(get('A'))).toMatchObject({
      types: ['integer'],
      loc: { pointer: '#/components/schemas/B/properties/b' },
    });
  });

  it('a $ref deep into a schema finds the node built for that place, whichever is read first', async () => {
    const schemas = {
      A: { $ref: '#/components/schemas/B/properties/b/items' },
      B: {
        type: 'object',
        properties: { b: { type: 'array', items: { type: 'object', properties: { c: { type: 'string' } } } } },
      },
    };
    const refFirst = await readerFor(schemas);
    const target = refFirst.reader.deref(refFirst.get('A'));
    expect(refFirst.get('B').properties[0]!.schema.items).toBe(target);

    const schemaFirst = await readerFor(schemas);
    const items = schemaFirst.get('B').properties[0]!.schema.items;
    expect(schemaFirst.reader.deref(schemaFirst.get('A'))).toBe(items);
    // Read twice, a place gives the same node (each schema is built once).
    expect(schemaFirst.get('B').properties[0]!.schema).toBe(schemaFirst.get('B').properties[0]!.schema);
  });

  it.each<{ name: string; schemas: Obj; start: string }>([
    {
      name: 'two refs pointing at each other',
      schemas: { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } },
      start: 'A',
    },
    { name: 'a ref to itself', schemas: { A: { $ref: '#/components/schemas/A' } }, start: 'A' },
    {
      name: 'a longer loop',
      schemas: {
        A: { $ref: '#/components/schemas/B' },
        B: { $ref: '#/components/schemas/C' },
        C: { $ref: '#/components/schemas/B' },
      },
      start: 'A',
    },
  ])('a $ref cycle with no schema → ref-cycle, found by the loader ($name)', async ({ schemas }) => {
    // The loader checks every chain, so a reader never meets a cycle (deref's own check is a backstop).
    const d = await specError(() => readerFor(schemas));
    expect(d).toMatchObject({ code: 'ref-cycle', file: 'spec.json' });
    expect(d.pointer).toMatch(/^#\/components\/schemas\/[ABC]$/);
    expect(d.message).toMatch(/^this \$ref cycle never reaches a schema: #\/components\/schemas\/[ABC] → /);
  });

  it('readByPlace: a component, a $ref target and what holds a deep target are read by place; other subschemas not', async () => {
    const { reader, get } = await readerFor({
      A: { $ref: '#/components/schemas/B/properties/b/items' },
      B: { type: 'object', properties: { b: { type: 'array', items: { type: 'string' } } } },
      C: { type: 'object', properties: { c: { type: 'object', properties: { d: { type: 'string' } } } } },
    });
    const b = get('B');
    expect(reader.readByPlace(b)).toBe(true);
    expect(reader.readByPlace(reader.deref(get('A')))).toBe(true);
    // Above the deep target: read by place, so that the `$ref` finds the same node.
    expect(reader.readByPlace(b.properties[0].schema)).toBe(true);
    // Subschemas no `$ref` leads to: only their parent reaches them.
    const c = get('C').properties[0].schema;
    expect(reader.readByPlace(c)).toBe(false);
    expect(reader.readByPlace(c.properties[0].schema)).toBe(false);
  });

  it('a dangling $ref → dangling-ref naming the pointer of the $ref, found by the loader', async () => {
    const d = await specError(() => readerFor({ A: { $ref: '#/components/schemas/Nope' } }));
    expect(d).toMatchObject({ code: 'dangling-ref', pointer: '#/components/schemas/A/$ref' });
  });
});

describe('readHints', () => {
  const hints = (raw: Obj) => {
    const diags = new Diagnostics();
    const result = readHints(raw, 'spec.yaml', '#/paths/~1servers/get', diags);
    return { result, diags };
  };

  it('returns the shared NO_HINTS object when there are none', () => {
    expect(hints({ type: 'string', 'x-internal': true, description: 'x' }).result).toBe(NO_HINTS);
    expect(hints({}).result).toBe(NO_HINTS);
  });

  it.each<{ name: string; given: Obj; want: Partial<Hints> }>([
    { name: 'x-stainless-any', given: { 'x-stainless-any': true }, want: { any: true } },
    { name: 'x-stainless-skip: true', given: { 'x-stainless-skip': true }, want: { skip: true } },
    { name: 'x-stainless-skip for node', given: { 'x-stainless-skip': ['python', 'node'] }, want: { skip: true } },
    { name: 'x-stainless-skip for typescript', given: { 'x-stainless-skip': ['typescript'] }, want: { skip: true } },
    {
      name: 'x-stainless-skip for other languages only',
      given: { 'x-stainless-skip': ['python', 'go'] },
      want: { skip: false },
    },
    { name: 'x-stainless-const', given: { 'x-stainless-const': true }, want: { constValue: true } },
    { name: 'x-stainless-empty-object', given: { 'x-stainless-empty-object': true }, want: { emptyObject: true } },
    {
      name: 'x-stainless-deprecation-message',
      given: { 'x-stainless-deprecation-message': 'use v2' },
      want: { deprecationMessage: 'use v2' },
    },
    { name: 'x-stainless-param', given: { 'x-stainless-param': 'fields' }, want: { propertyName: 'fields' } },
    {
      name: 'x-stainless-param-name',
      given: { 'x-stainless-param-name': 'userId' },
      want: { propertyName: null, paramNameSpelling: 'userId' },
    },
    { name: 'x-stainless-naming string', given: { 'x-stainless-naming': 'Server' }, want: { typeName: 'Server' } },
    {
      name: 'x-stainless-naming typescript entries',
      given: {
        'x-stainless-naming': { typescript: { type_name: 'Server', property_name: 'query', method_name: 'fetch' } },
      },
      want: { typeName: 'Server', propertyName: 'query', methodName: 'fetch' },
    },
    {
      name: 'x-stainless-naming node model_name',
      given: { 'x-stainless-naming': { node: { model_name: 'Region' } } },
      want: { typeName: 'Region' },
    },
    {
      name: 'x-stainless-naming other languages only',
      given: { 'x-stainless-naming': { python: { type_name: 'PyName' } } },
      want: { typeName: null },
    },
    {
      name: 'x-stainless-renameMap',
      given: { 'x-stainless-renameMap': { maintenance: 'in-maintenance' } },
      want: { renameMap: { maintenance: 'in-maintenance' } },
    },
    {
      name: 'x-stainless-pagination-property object',
      given: { 'x-stainless-pagination-property': { purpose: 'next_cursor_field' } },
      want: { paginationPurpose: 'next_cursor_field' },
    },
    {
      name: 'x-stainless-pagination-property string',
      given: { 'x-stainless-pagination-property': 'items' },
      want: { paginationPurpose: 'items' },
    },
    {
      name: 'x-speakeasy-group',
      given: { 'x-speakeasy-group': 'servers.releases' },
      want: { group: 'servers.releases' },
    },
    {
      name: 'x-speakeasy-group array',
      given: { 'x-speakeasy-group': ['servers', 'releases'] },
      want: { group: 'servers.releases' },
    },
    {
      name: 'x-speakeasy-name-override',
      given: { 'x-speakeasy-name-override': 'metrics' },
      want: { methodName: 'metrics', typeName: 'metrics' },
    },
    { name: 'x-fern-sdk-group-name', given: { 'x-fern-sdk-group-name': 'monitoring' }, want: { group: 'monitoring' } },
    { name: 'x-fern-sdk-method-name', given: { 'x-fern-sdk-method-name': 'ping' }, want: { methodName: 'ping' } },
    { name: 'x-speakeasy-ignore', given: { 'x-speakeasy-ignore': true }, want: { skip: true } },
    { name: 'x-fern-ignore', given: { 'x-fern-ignore': true }, want: { skip: true } },
    {
      name: 'x-stainless-naming method_argument (a header parameter named in the SDK)',
      given: { 'x-stainless-naming': { typescript: { method_argument: 'conductorEndUserId' } } },
      want: { propertyName: 'conductorEndUserId' },
    },
    {
      name: 'x-stainless-variantName',
      given: { 'x-stainless-variantName': 'full_date' },
      want: { variantName: 'full_date' },
    },
    {
      name: 'x-stainless-model: the last segment names the model',
      given: { 'x-stainless-model': 'wallets.wallet_chain_type' },
      want: { modelName: 'wallet_chain_type' },
    },
    {
      name: 'x-stainless-modelName',
      given: { 'x-stainless-modelName': 'ips_array' },
      want: { modelName: 'ips_array' },
    },
    { name: 'x-stainless-nominal: false', given: { 'x-stainless-nominal': false }, want: { nominal: false } },
    {
      name: 'x-stainless-extend-default',
      given: { 'x-stainless-extend-default': true },
      want: { extendDefault: true },
    },
    {
      name: 'x-stainless-override-schema and -snippets: read where they apply, no warning',
      given: { 'x-stainless-override-schema': { type: 'array' }, 'x-stainless-snippets': { typescript: 'x' } },
      want: {},
    },
    {
      name: 'keys of Stainless’s other targets are quiet',
      given: {
        'x-stainless-python-extend-union': true,
        'x-stainless-go-constant-constructor': true,
        'x-stainless-java-x': 1,
      },
      want: {},
    },
    {
      name: 'wrongly typed values are ignored',
      given: {
        'x-stainless-any': 'yes',
        'x-stainless-param': 3,
        'x-stainless-variantName': 3,
        'x-stainless-model': {},
      },
      want: { any: false, propertyName: null, variantName: null, modelName: null },
    },
  ])('$name', ({ given, want }) => {
    const { result, diags } = hints(given);
    expect(result).toMatchObject(want);
    expect(diags.list).toEqual([]);
  });

  it('an unknown x-stainless-* key warns with its own JSON pointer', () => {
    const { result, diags } = hints({ 'x-stainless-foo': 'bar', 'x-stainless-any': true });
    expect(result.any).toBe(true);
    expect(diags.list).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'unknown-stainless-hint',
        file: 'spec.yaml',
        pointer: '#/paths/~1servers/get/x-stainless-foo',
      }),
    ]);
    expect(diags.list[0].message).toContain('x-stainless-foo');
    expect(diags.list[0].hint).toBeTruthy();
  });

  it('an unknown pagination purpose warns and is ignored', () => {
    const { result, diags } = hints({ 'x-stainless-pagination-property': { purpose: 'next_page' } });
    expect(result.paginationPurpose).toBeNull();
    expect(diags.list).toMatchObject([
      { code: 'unknown-pagination-purpose', pointer: '#/paths/~1servers/get/x-stainless-pagination-property' },
    ]);
  });

  it("Stainless's documented purposes are known: the way back, has_next_page and cursor_url_field", () => {
    const read = (purpose: string) => hints({ 'x-stainless-pagination-property': { purpose } });
    expect(read('has_next_page').result.paginationPurpose).toBe('has_next_page_field');
    expect(read('cursor_url_field').result.paginationPurpose).toBe('next_url_field');
    for (const purpose of ['previous_cursor_param', 'previous_cursor_field', 'previous_cursor_id_param']) {
      expect(read(purpose).result.paginationPurpose).toBe(purpose);
      expect(read(purpose).diags.list).toEqual([]);
    }
    // An inherited name is not a purpose.
    expect(read('constructor').diags.list).toMatchObject([{ code: 'unknown-pagination-purpose' }]);
  });

  it('other vendors’ extensions are not warned about', () => {
    expect(hints({ 'x-speakeasy-retries': {}, 'x-fern-audiences': ['a'], 'x-codeSamples': [] }).diags.list).toEqual([]);
  });

  it('x-stainless-override-schema: the schema read is the override (its own hints included)', async () => {
    const { node, diags } = await read({
      type: 'string',
      'x-stainless-override-schema': { 'x-stainless-param': 'betas', type: 'array', items: { type: 'string' } },
    });
    expect([node.types, node.items?.types, node.hints.propertyName, node.loc.pointer]).toEqual([
      ['array'],
      ['string'],
      'betas',
      '#/components/schemas/S/x-stainless-override-schema',
    ]);
    expect(diags.list).toEqual([]);
  });

  it('SchemaReader reads hints of schemas and reports unknown ones at the schema pointer', async () => {
    const { node, diags } = await read({
      type: 'object',
      'x-stainless-naming': { typescript: { type_name: 'Server' } },
      'x-stainless-bar': 1,
    });
    expect(node.hints.typeName).toBe('Server');
    expect(diags.list).toMatchObject([
      { code: 'unknown-stainless-hint', pointer: '#/components/schemas/S/x-stainless-bar' },
    ]);
  });
});
