/**
 * Example arguments of the generated tests (generator/emit/typescript/examples.ts): given a type (and the named schemas it
 * refers to), the value written, or why none is. Every value written is then type-checked against the printed type
 * (one tsc run for the whole table), so a case cannot pass with a value that does not compile.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printCall, type ExampleValue } from '../../generator/emit/typescript/example-value';
import { Examples } from '../../generator/emit/typescript/examples';
import { firstMatching } from '../../generator/emit/spec-pattern';
import { printType } from '../../generator/emit/typescript/print-type';
import type { Docs, Method, NamedSchema, Property, TypeRef } from '../../generator/ir/types';
import { runTsc, tempDir } from '../helpers/sdk';

const docs: Docs = {};
const source = { file: 'spec.yaml', pointer: '#' };
const str: TypeRef = { kind: 'string', format: null };
const num: TypeRef = { kind: 'number' };
const ref = (name: string): TypeRef => ({ kind: 'ref', schemaId: name });
const prop = (key: string, type: TypeRef, required = true): Property => ({
  key,
  type,
  required,
  docs,
});
const object = (...properties: Property[]): TypeRef => ({
  kind: 'object',
  properties,
  additional: null,
  propertyNames: null,
  declareAs: null,
  docs,
});
const schema = (name: string, type: TypeRef): NamedSchema => ({
  id: name,
  name,
  module: 'resources/shared',
  type,
  docs,
  source,
});

/** A method whose only parameter is a required body field `body` of `type`. */
function methodTaking(type: TypeRef): Method {
  return {
    name: 'create',
    operationId: null,
    http: 'post',
    path: '/x',
    positional: [],
    params: {
      typeName: 'CreateParams',
      fields: [
        { key: 'body', local: 'body', wireName: 'body', in: 'body', type, required: true, style: null, docs, source },
      ],
      required: true,
    },
    body: null,
    response: { kind: 'empty' },
    errors: [],
    pagination: null,
    unwrap: null,
    streamWhen: null,
    authenticated: true,
    docs,
    source,
  };
}

/** A chain of `depth` schemas, each requiring the next twice: 2^depth leaves. */
function doubling(depth: number): NamedSchema[] {
  return Array.from({ length: depth }, (_, i) =>
    schema(
      `D${i}`,
      i === depth - 1
        ? object(prop('leaf', str))
        : object(prop('left', ref(`D${i + 1}`)), prop('right', ref(`D${i + 1}`))),
    ),
  );
}

interface Case {
  name: string;
  type: TypeRef;
  schemas?: NamedSchema[];
  /** The argument a test gets, or the reason it is skipped. */
  want: { value: string } | { skipReason: string };
  /** The docs value, when it differs from the test value. */
  docsValue?: string;
  /**
   * The time limit of a spec pattern that backtracks (spec-pattern.ts), where a case is about one that runs out: the
   * cut is the same at a twentieth of the generation's limit, and of its CPU.
   */
  patternLimitMs?: number;
}

/** Examples whose patterns run under `limitMs` (the generation's limit when undefined). */
class LimitedExamples extends Examples {
  constructor(schemas: NamedSchema[], limitMs: number | undefined) {
    super(schemas);
    if (limitMs !== undefined) this.patterns.limitMs = limitMs;
  }
}

const chain = Array.from({ length: 12 }, (_, i) =>
  schema(`C${i}`, i === 11 ? object(prop('leaf', str)) : object(prop('next', ref(`C${i + 1}`)))),
);

const cases: Case[] = [
  {
    name: 'a required self-reference has no value (docs get a placeholder)',
    type: ref('Node'),
    schemas: [schema('Node', object(prop('id', str), prop('parent', ref('Node'))))],
    want: { skipReason: 'no value of parameter "body" type-checks: Node requires a value of itself' },
    docsValue: "{ id: 'id', parent: {} }",
  },
  {
    name: 'a nullable self-reference ends in null',
    type: ref('Node'),
    schemas: [
      schema(
        'Node',
        object(
          prop('id', str),
          prop('parent', { kind: 'union', variants: [ref('Node'), { kind: 'null' }], discriminator: null }),
        ),
      ),
    ],
    want: { value: "{ id: 'id', parent: null }" },
  },
  {
    name: 'an array of itself ends in an empty array',
    type: ref('Tree'),
    schemas: [schema('Tree', object(prop('children', { kind: 'array', items: ref('Tree') })))],
    want: { value: '{ children: [] }' },
  },
  {
    name: 'an optional self-reference is left out',
    type: ref('Node'),
    schemas: [schema('Node', object(prop('id', str), prop('parent', ref('Node'), false)))],
    want: { value: "{ id: 'id' }" },
  },
  {
    name: 'deep nesting is written out in full (no depth cut-off)',
    type: ref('C0'),
    schemas: chain,
    want: { value: `${'{ next: '.repeat(11)}{ leaf: 'leaf' }${' }'.repeat(11)}` },
  },
  {
    name: 'allOf parts requiring the same property give it once',
    type: { kind: 'intersection', parts: [ref('A'), ref('B')] },
    schemas: [
      schema('A', object(prop('id', str), prop('a', num))),
      schema('B', object(prop('id', str), prop('b', num))),
    ],
    want: { value: "{ id: 'id', a: 0, b: 0 }" },
  },
  {
    name: 'a property required by one part and narrowed by another gets a value of both',
    type: {
      kind: 'intersection',
      parts: [object(prop('kind', str)), object(prop('kind', { kind: 'enum', values: ['cat', 'dog'] }, false))],
    },
    want: { value: "{ kind: 'cat' }" },
  },
  {
    name: 'an allOf nested in an allOf is merged too',
    type: { kind: 'intersection', parts: [ref('AB'), object(prop('c', str))] },
    schemas: [
      schema('A', object(prop('a', str))),
      schema('AB', { kind: 'intersection', parts: [ref('A'), object(prop('b', str))] }),
    ],
    want: { value: "{ a: 'a', b: 'b', c: 'c' }" },
  },
  {
    name: 'an allOf with a oneOf takes the first variant that fits',
    type: {
      kind: 'intersection',
      parts: [{ kind: 'union', variants: [str, object(prop('x', str))], discriminator: null }, object(prop('y', num))],
    },
    want: { value: "{ x: 'x', y: 0 }" },
  },
  {
    name: 'string & number has no value',
    type: { kind: 'intersection', parts: [str, { kind: 'integer' }] },
    want: { skipReason: 'no value of parameter "body" type-checks: no value is string and number at once' },
    docsValue: "'string'",
  },
  {
    name: 'a union takes the first variant that has a value',
    type: { kind: 'union', variants: [ref('Loop'), str], discriminator: null },
    schemas: [schema('Loop', object(prop('self', ref('Loop'))))],
    want: { value: "'body'" },
    docsValue: '{ self: {} }',
  },
  {
    name: 'a union takes a later variant when the first one’s value fits another variant too (oneOf wants exactly one)',
    type: {
      kind: 'union',
      variants: [object(prop('name', str), prop('size', num)), object(prop('name', str))],
      discriminator: null,
    },
    want: { value: "{ name: 'name' }" },
  },
  {
    name: 'a union keeps its first variant when each value fits another variant (no value is one variant’s alone)',
    type: { kind: 'union', variants: [num, { kind: 'integer' }], discriminator: null },
    want: { value: '0' },
  },
  {
    name: 'an enum or any string: a string no enum value is',
    type: { kind: 'union', variants: [{ kind: 'enum', values: ['a', 'b'] }, str], discriminator: null },
    want: { value: "'body'" },
  },
  {
    name: 'bounds tell numbers apart: any integer, rather than one from 100 up (which any integer also is)',
    type: {
      kind: 'union',
      variants: [{ kind: 'integer', constraints: { minimum: 100 } }, { kind: 'integer' }],
      discriminator: null,
    },
    want: { value: '0' },
  },
  {
    name: 'a variant that refers to its siblings’ shape: values are checked through references and nested unions',
    type: {
      kind: 'union',
      variants: [ref('Long'), { kind: 'union', variants: [ref('Short'), { kind: 'null' }], discriminator: null }],
      discriminator: null,
    },
    schemas: [
      schema('Long', object(prop('id', str), prop('note', str))),
      schema('Short', object(prop('id', str), prop('note', str, false))),
    ],
    want: { value: "{ id: 'id' }" },
  },
  {
    name: 'a discriminated union’s value says its variant, by an optional discriminator too (where it is declared)',
    type: {
      kind: 'union',
      variants: [ref('Cat'), ref('Dog')],
      discriminator: {
        property: 'kind',
        mapping: [
          { value: 'dog', variant: 1 },
          { value: 'cat', variant: 0 },
        ],
      },
    },
    schemas: [
      schema('Cat', object(prop('name', str), prop('kind', { kind: 'literal', value: 'cat' }, false))),
      schema('Dog', object(prop('name', str), prop('bark', { kind: 'boolean' }, false))),
    ],
    want: { value: "{ kind: 'cat', name: 'name' }" },
  },
  {
    name: 'a discriminator is not added to a variant that does not declare it (it would not type-check)',
    type: {
      kind: 'union',
      variants: [object(prop('name', str)), object(prop('size', num))],
      discriminator: { property: 'kind', mapping: [{ value: 'named', variant: 0 }] },
    },
    want: { value: "{ name: 'name' }" },
  },
  {
    name: 'a spec example that is a value of the type is used (objects and arrays too)',
    type: ref('Tagged'),
    schemas: [
      {
        ...schema('Tagged', object(prop('name', str), prop('tags', { kind: 'array', items: str }, false))),
        docs: { ...docs, example: '{"name":"Rex","tags":["a","b"]}' },
      },
    ],
    want: { value: "{ name: 'Rex', tags: ['a', 'b'] }" },
  },
  {
    name: 'a spec example with a property the type does not declare is not used (it would not type-check)',
    type: ref('Named'),
    schemas: [
      { ...schema('Named', object(prop('name', str))), docs: { ...docs, example: '{"name":"Rex","extra":1}' } },
    ],
    want: { value: "{ name: 'name' }" },
  },
  {
    name: 'a spec example missing a required property is not used',
    type: ref('Pair'),
    schemas: [{ ...schema('Pair', object(prop('a', str), prop('b', num))), docs: { ...docs, example: '{"a":"x"}' } }],
    want: { value: "{ a: 'a', b: 0 }" },
  },
  {
    name: 'a spec example of the wrong type for a property is not used',
    type: ref('Count'),
    schemas: [{ ...schema('Count', object(prop('n', { kind: 'integer' }))), docs: { ...docs, example: '{"n":1.5}' } }],
    want: { value: '{ n: 0 }' },
  },
  {
    // (A run of one character the pattern accepts: increase's routing numbers, `^[0-9]*$` of nine characters.)
    name: 'a string with a pattern none of the words meets is a run of one character it accepts, not its name',
    type: object(prop('code', { kind: 'string', format: null, constraints: { pattern: '^[A-Z]+$' } })),
    want: { value: "{ code: 'A' }" },
  },
  {
    name: 'a string with a pattern takes the first candidate it accepts: its name, or the literal prefix and it',
    type: object(
      prop('code', { kind: 'string', format: null, constraints: { pattern: '^[a-z]+$' } }),
      prop('messageID', { kind: 'string', format: null, constraints: { pattern: '^msg.*' } }),
      prop('bad', { kind: 'string', format: null, constraints: { pattern: '([' } }),
    ),
    want: { value: "{ code: 'code', messageID: 'msgmessageID', bad: 'string' }" },
  },
  {
    // (kernel's file paths, `^/.*`: a `/` needs no escape in a pattern; Prism refused `'string'` with a 400.)
    name: 'a pattern whose literal prefix holds punctuation (a path, a URN) is met with that prefix',
    type: object(
      prop('path', { kind: 'string', format: null, constraints: { pattern: '^/.*' } }),
      prop('urn', { kind: 'string', format: null, constraints: { pattern: '^urn:acme:[a-z]+$' } }),
    ),
    want: { value: "{ path: '/path', urn: 'urn:acme:urn' }" },
  },
  {
    name: 'strings with a format or a pattern and length bounds: the format or pattern when its value fits',
    type: object(
      prop('email', { kind: 'string', format: 'email', constraints: { maxLength: 200 } }),
      prop('short', { kind: 'string', format: 'email', constraints: { maxLength: 5 } }),
      prop('slug', { kind: 'string', format: null, constraints: { pattern: '^[a-z]+$', minLength: 1 } }),
      prop('name', { kind: 'string', format: null, constraints: { minLength: 1, maxLength: 100 } }),
    ),
    want: { value: "{ email: 'user@example.com', short: 'strin', slug: 'slug', name: 'string' }" },
  },
  {
    name: 'a pattern that would backtrack for ever on a name the spec chose is cut short (the value is "string")',
    type: object(prop(`${'a'.repeat(36)}!`, { kind: 'string', format: null, constraints: { pattern: '^(a+)+$' } })),
    want: { value: `{ '${'a'.repeat(36)}!': 'string' }` },
    patternLimitMs: 50,
  },
  {
    name: 'a value too large to write out',
    type: ref('D0'),
    schemas: doubling(12),
    want: {
      skipReason: 'no value of parameter "body" type-checks: the smallest valid value is too large to write out',
    },
  },
];

describe('Examples: test arguments', () => {
  it.each(cases)('$name', ({ type, schemas = [], want, docsValue, patternLimitMs }) => {
    const examples = new LimitedExamples(schemas, patternLimitMs);
    const method = methodTaking(type);
    const built = examples.testCallArgs(method);
    if ('value' in want) expect(built).toEqual({ args: `{ body: ${want.value} }` });
    else expect(built).toEqual({ skipReason: want.skipReason });
    if (docsValue !== undefined) expect(examples.callArgs(method)).toBe(`{ body: ${docsValue} }`);
  });

  it('every value written type-checks against its printed type (tsc --strict)', () => {
    const lines: string[] = [];
    cases.forEach(({ type, schemas = [], want }, i) => {
      if (!('value' in want)) return;
      const ctx = { ref: (id: string) => `T${i}_${id}`, uploadable: () => 'Blob' };
      for (const s of schemas) lines.push(`type T${i}_${s.name} = ${printType(s.type, ctx, null)};`);
      lines.push(`export const value${i}: ${printType(type, ctx, null)} = ${want.value};`);
    });
    expect(lines.length).toBeGreaterThan(8);
    const dir = tempDir('examples');
    writeFileSync(path.join(dir, 'values.ts'), `${lines.join('\n')}\n`);
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          types: [],
        },
        include: ['values.ts'],
      }),
    );
    expect(runTsc(path.join(dir, 'tsconfig.json')).output).toBe('');
  });
});

describe('printCall: examples formatted the way Prettier formats calls', () => {
  const obj = (...entries: Array<[string, string]>): ExampleValue => ({
    kind: 'object',
    entries: entries.map(([key, text]) => ({ key, name: key, value: { kind: 'code', text } })),
  });
  const str = (text: string): ExampleValue => ({ kind: 'code', text: `'${text}'` });

  it('keeps a call that fits on one line', () => {
    expect(printCall('const x = await client.a.get', [str('id'), obj(['q', "'v'"])], ';', 80)).toBe(
      "const x = await client.a.get('id', { q: 'v' });",
    );
  });

  it('breaks the last object argument in place when the rest fits on the first line', () => {
    const out = printCall(
      'const deployment = await client.servers.releases.get',
      [str('id'), obj(['qualifiedName', "'qualifiedName'"])],
      ';',
      60,
    );
    expect(out).toBe(
      "const deployment = await client.servers.releases.get('id', {\n  qualifiedName: 'qualifiedName',\n});",
    );
  });

  it('puts one argument a line when even the first line is too long, and nests broken objects', () => {
    const nested: ExampleValue = {
      kind: 'object',
      entries: [
        { key: 'payload', name: 'payload', value: obj(['name', "'a fairly long name'"], ['kind', "'hosted'"]) },
      ],
    };
    const out = printCall(
      'const deployResponse = await client.servers.releases.deploy',
      [str('qualifiedName'), nested],
      ';',
      40,
    );
    expect(out).toBe(
      [
        'const deployResponse = await client.servers.releases.deploy(',
        "  'qualifiedName',",
        '  {',
        '    payload: {',
        "      name: 'a fairly long name',",
        "      kind: 'hosted',",
        '    },',
        '  },',
        ');',
      ].join('\n'),
    );
    for (const line of out.split('\n').slice(1)) expect(line.length).toBeLessThanOrEqual(40);
  });
});

describe('Examples: a body that is one of several objects (params variants)', () => {
  const field = (key: string, type: TypeRef, where: 'query' | 'body', required: boolean) => ({
    key,
    local: key,
    wireName: key,
    in: where,
    type,
    required,
    style: null,
    docs,
    source,
  });
  const environment = field('environment', str, 'query', true);
  const toggle = [environment, field('status', { kind: 'boolean' }, 'body', true)];
  const schedule = [environment, field('from', str, 'body', false)];
  const method: Method = {
    ...methodTaking(str),
    params: {
      typeName: 'CreateParams',
      fields: toggle,
      required: true,
      variants: [
        { name: 'Variant0', fields: toggle },
        { name: 'Variant1', fields: schedule },
      ],
    },
  };

  it('takes the variant whose body the others do not take: a body with only optional fields takes any object', () => {
    // { status: true } would be both variants' body, which a oneOf refuses; {} is the second's alone.
    expect(new Examples([]).testCallArgs(method)).toEqual({ args: "{ environment: 'environment' }" });
    expect(new Examples([]).testCallArgs(method, { all: true })).toEqual({
      args: "{ environment: 'environment', from: 'from' }",
    });
  });

  it('keeps the first variant when its body is its own', () => {
    const strict = {
      ...method,
      params: {
        ...method.params!,
        variants: [
          { name: 'Variant0', fields: toggle },
          { name: 'Variant1', fields: [environment, field('from', str, 'body', true)] },
        ],
      },
    };
    expect(new Examples([]).testCallArgs(strict)).toEqual({ args: "{ environment: 'environment', status: true }" });
  });

  it('adds an optional field when every variant takes the smallest body: a closed object refuses the others', () => {
    const text = [field('text', str, 'body', false)];
    const link = [field('url', str, 'body', false), field('label', str, 'body', false)];
    const notes = (closed: boolean): Method => ({
      ...methodTaking(str),
      params: {
        typeName: 'UpdateParams',
        fields: text,
        required: false,
        variants: [
          { name: 'Variant0', fields: text, ...(closed ? { closed: true as const } : {}) },
          { name: 'Variant1', fields: link, ...(closed ? { closed: true as const } : {}) },
        ],
      },
    });
    // {} is both; { text } is only the first's once the second takes no property it does not declare.
    expect(new Examples([]).testCallArgs(notes(true))).toEqual({ args: "{ text: 'text' }" });
    // Open objects take any object: no body is one variant's alone, and the params stay out, as before.
    expect(new Examples([]).testCallArgs(notes(false))).toEqual({ args: '' });
  });
});

describe('Examples: a union of closed objects of optional properties', () => {
  const notes = (close: (type: TypeRef) => TypeRef) => [
    schema('TextNote', close(object(prop('text', str, false)))),
    schema('LinkNote', close(object(prop('url', str, false), prop('label', str, false)))),
  ];
  const closed = (type: TypeRef): TypeRef => (type.kind === 'object' ? { ...type, closed: true } : type);
  const union: TypeRef = { kind: 'union', variants: [ref('TextNote'), ref('LinkNote')], discriminator: null };

  it("writes one variant's value with the optional property that makes it that variant's alone", () => {
    expect(new Examples(notes(closed)).testCallArgs(methodTaking(union))).toEqual({
      args: "{ body: { text: 'text' } }",
    });
  });

  it('leaves the smallest value when the objects are open (any object is both)', () => {
    expect(new Examples(notes((type) => type)).testCallArgs(methodTaking(union))).toEqual({ args: '{ body: {} }' });
  });
});

describe('firstMatching: a spec pattern run on our strings', () => {
  it('runs a pattern that repeats a group within a time limit, and finds what it accepts', () => {
    expect(firstMatching('^([a-z]+\\.)*[a-z]+$', ['Example', 'example.com'])).toBe('example.com');
    expect(firstMatching('^[a-z]+$', ['A', 'b'])).toBe('b');
    expect(firstMatching('([', ['a'])).toBeNull();
    // Unbounded, this pattern would try 2^40 ways on that string: the test would not end. (A tenth of the limit a
    // generation gives it: the cut is the same, at a tenth of the CPU.)
    const budget = { timedOut: 0, limitMs: 100 };
    expect(firstMatching('^(a+)+$', [`${'a'.repeat(40)}!`], budget)).toBeNull();
    expect(budget.timedOut).toBe(1);
  });

  it('gives a pattern that takes a while, but ends, the time to end: the value does not depend on how busy the machine is', () => {
    // 2^20 ways to fail on the first string (a few milliseconds idle; far under the limit on a machine loaded many
    // times over), then the second one matches.
    expect(firstMatching('^(a+)+$', [`${'a'.repeat(20)}!`, 'a'])).toBe('a');
  });

  it('after five patterns of a generation ran out of time, gives the others a twentieth of it', () => {
    const budget = { timedOut: 5 };
    // 2^26 ways to fail on the first string: longer than that (the second one would match, given the time).
    expect(firstMatching('^(a+)+$', [`${'a'.repeat(26)}!`, 'a'], budget)).toBeNull();
    expect(budget.timedOut).toBe(6);
  });

  it('runs a pattern on the same strings once a generation: the second time is the first answer', () => {
    const budget = { timedOut: 5 };
    for (let i = 0; i < 3; i++) expect(firstMatching('^(a+)+$', [`${'a'.repeat(26)}!`, 'a'], budget)).toBeNull();
    expect(budget.timedOut).toBe(6);
    // Other strings run anew (under the long limit: a loaded machine can hold even 'a' past the short one).
    budget.timedOut = 0;
    expect(firstMatching('^(a+)+$', ['a'], budget)).toBe('a');
  });
});
