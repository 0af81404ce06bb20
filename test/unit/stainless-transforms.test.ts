/**
 * Stainless `openapi.transformations` (generator/normalize/stainless-transforms.ts) and the JSONPath subset they
 * use (generator/normalize/jsonpath.ts): given a small document and a list of transforms, want the document after
 * them and the warnings. Last, the real grid and llama-stack configs applied to their own specs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { Diagnostics } from '../../generator/diagnostics';
import { loadSpec } from '../../generator/load/load';
import { compileJsonPath, formatPath, queryJsonPath } from '../../generator/normalize/jsonpath';
import { applyStainlessTransforms } from '../../generator/normalize/stainless-transforms';
import { cleanupSpecs, loadObject } from './helpers/spec';
import { sharedPath } from '../helpers/paths';

type Obj = Record<string, unknown>;

afterAll(cleanupSpecs);

const CONFIG = 'stainless.yml';
const HEAD = { openapi: '3.1.0', info: { title: 'Acme', version: '1' } };

/** Apply `transforms` to a document made of HEAD, empty paths and `given`; the document after, minus HEAD. */
async function run(given: Obj, transforms: unknown, keyPath?: string) {
  const { spec } = await loadObject({ ...HEAD, paths: {}, ...given });
  const diags = new Diagnostics();
  applyStainlessTransforms(spec, transforms, { file: CONFIG, text: null }, diags, keyPath);
  const { openapi: _o, info: _i, ...doc } = spec.root.root as Obj;
  if (doc.paths && Object.keys(doc.paths as Obj).length === 0 && !('paths' in given)) delete doc.paths;
  return {
    doc,
    diags,
    warnings: diags.list.map((d) => ({
      code: d.code,
      pointer: d.pointer,
      message: d.message,
      file: d.file,
      severity: d.severity,
    })),
  };
}

const schemas = (s: Obj) => ({ components: { schemas: s } });

interface Case {
  name: string;
  given: Obj;
  transforms: unknown[];
  want: Obj;
  /** Warning codes with the config key path each names, in order; none when absent. */
  warnings?: Array<[string, string]>;
}

async function check(c: Case) {
  const { doc, warnings } = await run(c.given, c.transforms);
  expect(doc).toEqual(c.want);
  expect(warnings.map((w) => [w.code, w.message.split(':')[0]])).toEqual(c.warnings ?? []);
  for (const w of warnings) {
    expect(w.file).toBe(CONFIG);
    expect(w.severity).toBe('warning');
  }
}

describe('jsonpath', () => {
  const doc = {
    paths: {
      '/v1/users': { get: { summary: 'List' }, post: { summary: 'Create' } },
      '/v1/a.b': { get: { summary: 'Dot' } },
    },
    tags: [{ name: 'a', x: 1 }, { name: 'b' }, { name: 'a', x: 2 }],
    deep: { name: 'top', inner: { name: 'in', list: [{ name: 'li' }] } },
  };
  it.each<{ path: string; want: string[] }>([
    { path: '$', want: ['$'] },
    { path: '$.paths./v1/users.get.summary', want: ["$.paths['/v1/users'].get.summary"] },
    { path: "$.paths['/v1/a.b'].get", want: ["$.paths['/v1/a.b'].get"] },
    { path: '$.paths["/v1/users"].*', want: ["$.paths['/v1/users'].get", "$.paths['/v1/users'].post"] },
    { path: '$.tags[*].name', want: ['$.tags[0].name', '$.tags[1].name', '$.tags[2].name'] },
    { path: '$.tags[-1]', want: ['$.tags[2]'] },
    { path: '$.tags[1]', want: ['$.tags[1]'] },
    { path: '$.tags[5]', want: [] },
    { path: "$.tags[?(@.name == 'a')].x", want: ['$.tags[0].x', '$.tags[2].x'] },
    { path: '$.tags[?(@.name === "b")]', want: ['$.tags[1]'] },
    { path: "$.tags[?(@.name != 'a')]", want: ['$.tags[1]'] },
    { path: '$.tags[?(@.x == 2)]', want: ['$.tags[2]'] },
    { path: '$.tags[?(@.x)]', want: ['$.tags[0]', '$.tags[2]'] },
    { path: '$.deep..name', want: ['$.deep.name', '$.deep.inner.name', '$.deep.inner.list[0].name'] },
    { path: '$..list[0]', want: ['$.deep.inner.list[0]'] },
    {
      path: '$..summary',
      want: ["$.paths['/v1/users'].get.summary", "$.paths['/v1/users'].post.summary", "$.paths['/v1/a.b'].get.summary"],
    },
    // Only own members: nothing inherited from Object.prototype is reachable.
    { path: '$.constructor', want: [] },
    { path: '$.__proto__', want: [] },
    { path: '$.tags.length', want: [] },
  ])('$path', ({ path: p, want }) => {
    expect(queryJsonPath(doc, compileJsonPath(p)).map((m) => formatPath(m.path))).toEqual(want);
  });

  it.each([
    'components.schemas',
    '$.a[?(@.x > 1)]',
    '$.a[?(@.x == foo())]',
    '$.a[',
    "$.a['b",
    '$..',
    '$.a..',
    '$.a[1:2]',
  ])('rejects %s', (p) => {
    expect(() => compileJsonPath(p)).toThrow(/position/);
  });
});

describe('update', () => {
  it.each<Case>([
    {
      name: 'replaces a value',
      given: schemas({ User: { properties: { age: { type: 'number' } } } }),
      transforms: [
        { command: 'update', args: { target: '$.components.schemas.User.properties.age.type', value: 'integer' } },
      ],
      want: schemas({ User: { properties: { age: { type: 'integer' } } } }),
    },
    {
      name: 'replaces with a mapping, at every match of a filter',
      given: {
        paths: {
          '/a/{account_id}': {
            get: {
              parameters: [
                { name: 'account_id', in: 'path', schema: { type: 'number' } },
                { name: 'q', in: 'query', schema: { type: 'number' } },
              ],
            },
          },
          '/b': { get: { parameters: [{ name: 'account_id', in: 'query', schema: { type: 'integer' } }] } },
        },
      },
      transforms: [
        {
          command: 'update',
          args: {
            target: '$.paths..parameters[?(@.name == "account_id")].schema',
            value: { type: 'string', format: 'id' },
          },
        },
      ],
      want: {
        paths: {
          '/a/{account_id}': {
            get: {
              parameters: [
                { name: 'account_id', in: 'path', schema: { type: 'string', format: 'id' } },
                { name: 'q', in: 'query', schema: { type: 'number' } },
              ],
            },
          },
          '/b': {
            get: { parameters: [{ name: 'account_id', in: 'query', schema: { type: 'string', format: 'id' } }] },
          },
        },
      },
    },
    {
      name: 'template: {{value}} is the old string',
      given: { paths: { '/v1/users': { get: { summary: 'List users' } } } },
      transforms: [
        {
          command: 'update',
          args: { target: '$.paths./v1/users.get.summary', value: '[BETA] {{value}} ({{value}})', template: true },
        },
      ],
      want: { paths: { '/v1/users': { get: { summary: '[BETA] List users (List users)' } } } },
    },
    {
      name: 'matches_schema: every node equal to a schema, but the ignored one',
      given: schemas({
        ErrorTemplate: { type: 'object', properties: { message: { type: 'string' }, code: { type: 'integer' } } },
        A: {
          properties: {
            error: { properties: { code: { type: 'integer' }, message: { type: 'string' } }, type: 'object' },
          },
        },
        B: { properties: { error: { type: 'object', properties: { message: { type: 'string' } } } } },
      }),
      transforms: [
        {
          command: 'update',
          args: {
            target: [
              { matches_schema: '$.components.schemas.ErrorTemplate', ignore: '$.components.schemas.ErrorTemplate' },
            ],
            value: { $ref: '#/components/schemas/Error' },
          },
        },
      ],
      want: schemas({
        ErrorTemplate: { type: 'object', properties: { message: { type: 'string' }, code: { type: 'integer' } } },
        A: { properties: { error: { $ref: '#/components/schemas/Error' } } },
        B: { properties: { error: { type: 'object', properties: { message: { type: 'string' } } } } },
      }),
    },
    {
      name: 'a target list: a missing path is warned about, the others still apply',
      given: schemas({ A: { type: 'number' }, B: { type: 'number' } }),
      transforms: [
        {
          command: 'update',
          args: {
            target: ['$.components.schemas.A.type', '$.components.schemas.Nope.type', '$.components.schemas.B.type'],
            value: 'string',
          },
        },
      ],
      want: schemas({ A: { type: 'string' }, B: { type: 'string' } }),
      warnings: [['stainless-transform-no-match', 'openapi.transformations[0].args.target[1]']],
    },
    {
      name: 'template on a non-string is a conflict',
      given: schemas({ A: { type: 'object', description: 'x' } }),
      transforms: [
        {
          command: 'update',
          args: {
            target: ['$.components.schemas.A.description', '$.components.schemas.A'],
            value: '{{value}}!',
            template: true,
          },
        },
      ],
      want: schemas({ A: { type: 'object', description: 'x!' } }),
      warnings: [['stainless-transform-conflict', 'openapi.transformations[0].args.target[1]']],
    },
    {
      name: 'template without {{value}} is malformed',
      given: schemas({ A: { description: 'x' } }),
      transforms: [
        { command: 'update', args: { target: '$.components.schemas.A.description', value: 'y', template: true } },
      ],
      want: schemas({ A: { description: 'x' } }),
      warnings: [['invalid-stainless-transform', 'openapi.transformations[0].args.value']],
    },
    {
      name: 'value is required',
      given: schemas({ A: { description: 'x' } }),
      transforms: [{ command: 'update', args: { target: '$.components.schemas.A.description' } }],
      want: schemas({ A: { description: 'x' } }),
      warnings: [['invalid-stainless-transform', 'openapi.transformations[0].args.value']],
    },
  ])('$name', check);

  it('pastes an independent copy at each target', async () => {
    const { doc } = await run(schemas({ A: {}, B: {} }), [
      { command: 'update', args: { target: '$.components.schemas.*', value: { type: 'object', required: ['id'] } } },
    ]);
    const s = (doc.components as Obj).schemas as Record<string, Obj>;
    expect(s.A).toEqual(s.B);
    expect(s.A).not.toBe(s.B);
    expect(s.A.required).not.toBe(s.B.required);
  });
});

describe('append', () => {
  it.each<Case>([
    {
      name: 'adds keys to a mapping',
      given: schemas({ User: { properties: { name: { type: 'string' } } } }),
      transforms: [
        {
          command: 'append',
          args: { target: '$.components.schemas.User.properties', value: { id: { type: 'string', format: 'uuid' } } },
        },
      ],
      want: schemas({ User: { properties: { name: { type: 'string' }, id: { type: 'string', format: 'uuid' } } } }),
    },
    {
      name: 'adds an item, or each item of a list, to a list',
      given: schemas({ User: { required: ['name'] }, Org: { required: [] } }),
      transforms: [
        { command: 'append', args: { target: '$.components.schemas.User.required', value: 'id' } },
        { command: 'append', args: { target: '$.components.schemas.Org.required', value: ['id', 'slug'] } },
      ],
      want: schemas({ User: { required: ['name', 'id'] }, Org: { required: ['id', 'slug'] } }),
    },
    {
      name: 'an existing key is a conflict and is left as it was; the other keys are added',
      given: schemas({ User: { properties: { id: { type: 'integer' } } } }),
      transforms: [
        {
          command: 'append',
          args: {
            target: '$.components.schemas.User.properties',
            value: { id: { type: 'string' }, name: { type: 'string' } },
          },
        },
      ],
      want: schemas({ User: { properties: { id: { type: 'integer' }, name: { type: 'string' } } } }),
      warnings: [['stainless-transform-conflict', 'openapi.transformations[0].args.target']],
    },
    {
      name: 'onto a scalar, or a scalar onto a mapping, is a conflict',
      given: schemas({ User: { type: 'object', properties: {} } }),
      transforms: [
        { command: 'append', args: { target: '$.components.schemas.User.type', value: 'x' } },
        { command: 'append', args: { target: '$.components.schemas.User.properties', value: 'x' } },
      ],
      want: schemas({ User: { type: 'object', properties: {} } }),
      warnings: [
        ['stainless-transform-conflict', 'openapi.transformations[0].args.target'],
        ['stainless-transform-conflict', 'openapi.transformations[1].args.target'],
      ],
    },
  ])('$name', check);
});

describe('merge and mergeObject', () => {
  it.each<Case>([
    {
      name: 'merge: mappings merge key by key, anything else replaces',
      given: schemas({ A: { type: 'object', properties: { a: { type: 'string', enum: ['x'] } }, required: ['a'] } }),
      transforms: [
        {
          command: 'merge',
          args: {
            target: '$.components.schemas.A',
            value: { properties: { a: { enum: ['y'] }, b: { type: 'integer' } }, required: ['b'] },
          },
        },
      ],
      want: schemas({
        A: {
          type: 'object',
          properties: { a: { type: 'string', enum: ['y'] }, b: { type: 'integer' } },
          required: ['b'],
        },
      }),
    },
    {
      name: 'mergeObject: `object` into each target (the llama-stack form)',
      given: schemas({ Existing: { type: 'string' } }),
      transforms: [
        {
          command: 'mergeObject',
          args: { target: ['$.components.schemas'], object: { ReturnType: { type: 'object', required: ['type'] } } },
        },
      ],
      want: schemas({ Existing: { type: 'string' }, ReturnType: { type: 'object', required: ['type'] } }),
    },
    {
      name: 'a non-mapping value is malformed; a non-mapping target is a conflict',
      given: schemas({ A: { type: 'string' } }),
      transforms: [
        { command: 'merge', args: { target: '$.components.schemas.A', value: [1] } },
        { command: 'mergeObject', args: { target: '$.components.schemas.A' } },
        { command: 'merge', args: { target: '$.components.schemas.A.type', value: { a: 1 } } },
      ],
      want: schemas({ A: { type: 'string' } }),
      warnings: [
        ['invalid-stainless-transform', 'openapi.transformations[0].args.value'],
        ['invalid-stainless-transform', 'openapi.transformations[1].args.object'],
        ['stainless-transform-conflict', 'openapi.transformations[2].args.target'],
      ],
    },
  ])('$name', check);

  it('refuses a __proto__ key and never reaches Object.prototype through constructor', async () => {
    // JSON.parse (like a YAML parser) makes `__proto__` an own key rather than setting the prototype.
    const proto = JSON.parse('{"properties": {"__proto__": {"polluted": true}}}');
    const { doc, warnings } = await run(schemas({ A: { properties: {} } }), [
      { command: 'merge', args: { target: '$.components.schemas.A', value: proto } },
      {
        command: 'merge',
        args: { target: '$.components.schemas.A', value: { constructor: { prototype: { polluted: true } } } },
      },
      {
        command: 'append',
        args: { target: '$.components.schemas.A.properties', value: JSON.parse('{"__proto__": {"polluted": true}}') },
      },
      { command: 'copy', args: { from: '$.components.schemas.A', to: '$.components.schemas.__proto__' } },
    ]);
    expect(({} as Obj).polluted).toBeUndefined();
    expect((Object.prototype as Obj).polluted).toBeUndefined();
    expect(warnings.map((w) => [w.code, w.message.split(':')[0]])).toEqual([
      ['invalid-stainless-transform', 'openapi.transformations[0].args.value.properties.__proto__'],
      ['invalid-stainless-transform', 'openapi.transformations[2].args.value.__proto__'],
      ['invalid-stainless-transform', 'openapi.transformations[3].args.to'],
    ]);
    const a = ((doc.components as Obj).schemas as Obj).A as Obj;
    // `constructor` is an ordinary key of the schema (own data), not the inherited function.
    expect(Object.prototype.hasOwnProperty.call(a, 'constructor')).toBe(true);
    expect(a.constructor).toEqual({ prototype: { polluted: true } });
    expect(Object.getPrototypeOf(a.properties)).toBe(Object.prototype);
  });
});

describe('remove', () => {
  it.each<Case>([
    {
      name: 'keys of each target mapping (the grid form)',
      given: schemas({
        Customer: {
          properties: { customerType: { $ref: '#/components/schemas/CustomerType' }, id: { type: 'string' } },
        },
        CustomerCreateRequest: { properties: { customerType: { $ref: '#/components/schemas/CustomerType' } } },
        CustomerType: { type: 'string' },
      }),
      transforms: [
        {
          command: 'remove',
          args: {
            target: [
              '$.components.schemas.Customer.properties',
              '$.components.schemas.CustomerCreateRequest.properties',
            ],
            keys: ['customerType'],
          },
        },
      ],
      want: schemas({
        Customer: { properties: { id: { type: 'string' } } },
        CustomerCreateRequest: { properties: {} },
        CustomerType: { type: 'string' },
      }),
    },
    {
      name: 'the target nodes themselves, list items included',
      given: {
        paths: { '/a': { get: { summary: 'a' }, post: { summary: 'b' } } },
        tags: [{ name: 'x' }, { name: 'y' }, { name: 'x' }, { name: 'z' }],
      },
      transforms: [
        { command: 'remove', args: { target: "$.paths['/a'].post" } },
        { command: 'remove', args: { target: ["$.tags[?(@.name == 'x')]", '$.tags[0]'] } },
      ],
      want: { paths: { '/a': { get: { summary: 'a' } } }, tags: [{ name: 'y' }, { name: 'z' }] },
    },
    {
      name: 'a missing key or path is warned about',
      given: schemas({ A: { properties: { a: {} } } }),
      transforms: [
        {
          command: 'remove',
          args: {
            target: ['$.components.schemas.A.properties', '$.components.schemas.B.properties'],
            keys: ['a', 'b'],
          },
        },
      ],
      want: schemas({ A: { properties: {} } }),
      warnings: [
        ['stainless-transform-no-match', 'openapi.transformations[0].args.keys'],
        ['stainless-transform-no-match', 'openapi.transformations[0].args.target[1]'],
      ],
    },
    {
      name: 'malformed keys',
      given: schemas({ A: { properties: { a: {} } } }),
      transforms: [
        { command: 'remove', args: { target: '$.components.schemas.A.properties', keys: 'a' } },
        { command: 'remove', args: { target: '$.components.schemas.A.properties', keys: [] } },
        { command: 'remove', args: { keys: ['a'] } },
      ],
      want: schemas({ A: { properties: { a: {} } } }),
      warnings: [
        ['invalid-stainless-transform', 'openapi.transformations[0].args.keys'],
        ['invalid-stainless-transform', 'openapi.transformations[1].args.keys'],
        ['invalid-stainless-transform', 'openapi.transformations[2].args.target'],
      ],
    },
  ])('$name', check);
});

describe('copy and move', () => {
  it.each<Case>([
    {
      name: 'copy to one or more new places',
      given: schemas({
        A: { type: 'object', properties: { id: { type: 'string' } } },
        B: { properties: {} },
        L: { enum: ['a'] },
      }),
      transforms: [
        {
          command: 'copy',
          args: {
            from: '$.components.schemas.A.properties.id',
            to: ['$.components.schemas.B.properties.id', '$.components.schemas.Id'],
          },
        },
      ],
      want: schemas({
        A: { type: 'object', properties: { id: { type: 'string' } } },
        B: { properties: { id: { type: 'string' } } },
        L: { enum: ['a'] },
        Id: { type: 'string' },
      }),
    },
    {
      name: 'copy onto an existing key is a conflict; to the next list index appends',
      given: schemas({ A: { type: 'string' }, B: { type: 'integer' }, L: { enum: ['a'] } }),
      transforms: [
        { command: 'copy', args: { from: '$.components.schemas.A', to: '$.components.schemas.B' } },
        {
          command: 'copy',
          args: {
            from: '$.components.schemas.L.enum[0]',
            to: ['$.components.schemas.L.enum[1]', '$.components.schemas.L.enum[5]'],
          },
        },
      ],
      want: schemas({ A: { type: 'string' }, B: { type: 'integer' }, L: { enum: ['a', 'a'] } }),
      warnings: [
        ['stainless-transform-conflict', 'openapi.transformations[0].args.to'],
        ['stainless-transform-conflict', 'openapi.transformations[1].args.to[1]'],
      ],
    },
    {
      name: 'copy: a source that matches nothing, or several nodes; a destination that is not one place',
      given: schemas({ A: { type: 'string' }, B: { type: 'string' } }),
      transforms: [
        { command: 'copy', args: { from: '$.components.schemas.Nope', to: '$.components.schemas.C' } },
        { command: 'copy', args: { from: '$.components.schemas.*', to: '$.components.schemas.C' } },
        { command: 'copy', args: { from: '$.components.schemas.A', to: '$.components.schemas.*' } },
        { command: 'copy', args: { from: '$.components.schemas.A' } },
      ],
      want: schemas({ A: { type: 'string' }, B: { type: 'string' } }),
      warnings: [
        ['stainless-transform-no-match', 'openapi.transformations[0].args.from'],
        ['stainless-transform-conflict', 'openapi.transformations[1].args.from'],
        ['invalid-stainless-transform', 'openapi.transformations[2].args.to'],
        ['invalid-stainless-transform', 'openapi.transformations[3].args.to'],
      ],
    },
    {
      name: 'copy into the source itself copies the source as it was',
      given: schemas({ A: { type: 'object' } }),
      transforms: [
        {
          command: 'copy',
          args: { from: '$.components.schemas.A', to: ['$.components.schemas.A.x', '$.components.schemas.A.y'] },
        },
      ],
      want: schemas({ A: { type: 'object', x: { type: 'object' }, y: { type: 'object' } } }),
    },
    {
      name: 'move renames a key',
      given: schemas({ Old: { type: 'string' }, Other: { type: 'integer' } }),
      transforms: [{ command: 'move', args: { from: '$.components.schemas.Old', to: '$.components.schemas.New' } }],
      want: schemas({ Other: { type: 'integer' }, New: { type: 'string' } }),
    },
    {
      name: 'move elsewhere; onto an existing key or inside itself is a conflict and changes nothing',
      given: schemas({ A: { properties: { x: { type: 'string' } } }, B: { properties: {} }, C: { type: 'integer' } }),
      transforms: [
        {
          command: 'move',
          args: { from: '$.components.schemas.A.properties.x', to: '$.components.schemas.B.properties.y' },
        },
        { command: 'move', args: { from: '$.components.schemas.A', to: '$.components.schemas.C' } },
        { command: 'move', args: { from: '$.components.schemas.A', to: '$.components.schemas.A.properties.self' } },
      ],
      want: schemas({ A: { properties: {} }, B: { properties: { y: { type: 'string' } } }, C: { type: 'integer' } }),
      warnings: [
        ['stainless-transform-conflict', 'openapi.transformations[1].args.to'],
        ['stainless-transform-conflict', 'openapi.transformations[2].args.to'],
      ],
    },
  ])('$name', check);
});

describe('replaceProperties and oneOfToAnyOf', () => {
  it.each<Case>([
    {
      name: 'replaceProperties: each node filter.only names becomes value (the llama-stack form)',
      given: schemas({
        S: { properties: { return_type: { oneOf: [{ type: 'string' }] }, other: {} } },
        R: { properties: { return_type: {} } },
      }),
      transforms: [
        {
          command: 'replaceProperties',
          args: {
            filter: {
              only: [
                '$.components.schemas.S.properties.return_type',
                '$.components.schemas.R.properties.return_type',
                '$.components.schemas.Q.properties.return_type',
              ],
            },
            value: { $ref: '#/components/schemas/ReturnType' },
          },
        },
      ],
      want: schemas({
        S: { properties: { return_type: { $ref: '#/components/schemas/ReturnType' }, other: {} } },
        R: { properties: { return_type: { $ref: '#/components/schemas/ReturnType' } } },
      }),
      warnings: [['stainless-transform-no-match', 'openapi.transformations[0].args.filter.only[2]']],
    },
    {
      name: 'replaceProperties without filter.only is malformed',
      given: schemas({ S: { type: 'string' } }),
      transforms: [
        { command: 'replaceProperties', args: { value: {} } },
        { command: 'replaceProperties', args: { filter: {}, value: {} } },
      ],
      want: schemas({ S: { type: 'string' } }),
      warnings: [
        ['invalid-stainless-transform', 'openapi.transformations[0].args.filter'],
        ['invalid-stainless-transform', 'openapi.transformations[1].args.filter.only'],
      ],
    },
    {
      name: 'oneOfToAnyOf: every oneOf list, at any depth, in place; a property named oneOf stays',
      given: {
        paths: {
          '/a': {
            get: {
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { oneOf: [{ type: 'string' }, { type: 'integer' }] } } },
                },
              },
            },
          },
        },
        ...schemas({
          U: { description: 'u', oneOf: [{ $ref: '#/components/schemas/V' }], discriminator: { propertyName: 't' } },
          V: {
            type: 'object',
            properties: {
              oneOf: { type: 'string' },
              nested: { oneOf: [{ type: 'null' }, { oneOf: [{ type: 'string' }] }] },
            },
          },
          Both: { anyOf: [{ type: 'string' }], oneOf: [{ minLength: 1 }, { maxLength: 0 }] },
        }),
      },
      transforms: [{ command: 'oneOfToAnyOf', reason: 'Prism' }],
      want: {
        paths: {
          '/a': {
            get: {
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { anyOf: [{ type: 'string' }, { type: 'integer' }] } } },
                },
              },
            },
          },
        },
        ...schemas({
          U: { description: 'u', anyOf: [{ $ref: '#/components/schemas/V' }], discriminator: { propertyName: 't' } },
          V: {
            type: 'object',
            properties: {
              oneOf: { type: 'string' },
              nested: { anyOf: [{ type: 'null' }, { anyOf: [{ type: 'string' }] }] },
            },
          },
          Both: { anyOf: [{ type: 'string' }], allOf: [{ anyOf: [{ minLength: 1 }, { maxLength: 0 }] }] },
        }),
      },
    },
    {
      name: 'oneOfToAnyOf on a document with none says so',
      given: schemas({ A: { type: 'string' } }),
      transforms: [{ command: 'oneOfToAnyOf' }],
      want: schemas({ A: { type: 'string' } }),
      warnings: [['stainless-transform-no-match', 'openapi.transformations[0]']],
    },
  ])('$name', check);

  it('oneOfToAnyOf keeps the key where oneOf was', async () => {
    const { doc } = await run(schemas({ U: { description: 'u', oneOf: [{ type: 'string' }], nullable: true } }), [
      { command: 'oneOfToAnyOf' },
    ]);
    expect(Object.keys(((doc.components as Obj).schemas as Record<string, Obj>).U)).toEqual([
      'description',
      'anyOf',
      'nullable',
    ]);
  });
});

describe('guessDiscriminantUnions', () => {
  const status = (value: string) => ({ type: 'string', enum: [value] });
  it.each<Case>([
    {
      name: 'a union whose members each allow one string for a property they share gets it as its discriminator',
      given: schemas({
        Step: {
          oneOf: [
            { type: 'object', properties: { status: status('queued'), url: { type: 'string' } } },
            { type: 'object', properties: { url: { type: 'string' }, status: { const: 'done' } } },
            { $ref: '#/components/schemas/Failed' },
          ],
        },
        Failed: { type: 'object', properties: { status: { $ref: '#/components/schemas/FailedStatus' } } },
        FailedStatus: status('failed'),
        // Not told apart: two members allow the same value; one allows two; one is not an object; one has one already.
        Same: { anyOf: [{ properties: { kind: status('a') } }, { properties: { kind: status('a') } }] },
        Open: { anyOf: [{ properties: { kind: status('a') } }, { properties: { kind: { enum: ['b', 'c'] } } }] },
        Mixed: { anyOf: [{ properties: { kind: status('a') } }, { type: 'string' }] },
        Told: {
          oneOf: [{ properties: { kind: status('a') } }, { properties: { kind: status('b') } }],
          discriminator: { propertyName: 'other' },
        },
      }),
      transforms: [{ command: 'guessDiscriminantUnions', reason: 'names' }],
      want: schemas({
        Step: {
          oneOf: [
            { type: 'object', properties: { status: status('queued'), url: { type: 'string' } } },
            { type: 'object', properties: { url: { type: 'string' }, status: { const: 'done' } } },
            { $ref: '#/components/schemas/Failed' },
          ],
          discriminator: { propertyName: 'status' },
        },
        Failed: { type: 'object', properties: { status: { $ref: '#/components/schemas/FailedStatus' } } },
        FailedStatus: status('failed'),
        Same: { anyOf: [{ properties: { kind: status('a') } }, { properties: { kind: status('a') } }] },
        Open: { anyOf: [{ properties: { kind: status('a') } }, { properties: { kind: { enum: ['b', 'c'] } } }] },
        Mixed: { anyOf: [{ properties: { kind: status('a') } }, { type: 'string' }] },
        Told: {
          oneOf: [{ properties: { kind: status('a') } }, { properties: { kind: status('b') } }],
          discriminator: { propertyName: 'other' },
        },
      }),
    },
    {
      name: 'a document with no such union says so',
      given: schemas({ A: { anyOf: [{ type: 'string' }, { type: 'integer' }] } }),
      transforms: [{ command: 'guessDiscriminantUnions' }],
      want: schemas({ A: { anyOf: [{ type: 'string' }, { type: 'integer' }] } }),
      warnings: [['stainless-transform-no-match', 'openapi.transformations[0]']],
    },
  ])('$name', check);
});

describe('extractToRefs and renameKey', () => {
  const ops = { anyOf: [{ type: 'string' }, { type: 'integer' }] };
  it.each<Case>([
    {
      name: 'an inline schema moves to the component the pointer names, and every match points at it',
      given: schemas({
        Convert: { type: 'object', properties: { input: ops } },
        Query: { type: 'object', properties: { $expr: ops } },
      }),
      transforms: [
        {
          command: 'extractToRefs',
          args: {
            ref: { target: '$.components.schemas.Convert.properties.input', name: '#/components/schemas/Operation' },
          },
        },
        {
          command: 'extractToRefs',
          args: {
            ref: { target: '$.components.schemas.Query.properties.$expr', name: '#/components/schemas/Operation' },
          },
        },
      ],
      want: schemas({
        Convert: { type: 'object', properties: { input: { $ref: '#/components/schemas/Operation' } } },
        Query: { type: 'object', properties: { $expr: { $ref: '#/components/schemas/Operation' } } },
        Operation: ops,
      }),
    },
    {
      name: "each place keeps its own description beside the $ref (agentex's SendMessageRequest.content)",
      given: schemas({
        Send: { type: 'object', properties: { content: { $ref: '#/components/schemas/C', description: 'Sent' } } },
        Event: { type: 'object', properties: { content: { $ref: '#/components/schemas/C', description: 'Told' } } },
        C: { type: 'string' },
      }),
      transforms: [
        {
          command: 'extractToRefs',
          args: {
            ref: [
              { target: '$.components.schemas.Send.properties.content', name: '#/components/schemas/Cool' },
              { target: '$.components.schemas.Event.properties.content', name: '#/components/schemas/Cool' },
            ],
          },
        },
      ],
      want: schemas({
        Send: {
          type: 'object',
          properties: { content: { $ref: '#/components/schemas/Cool', description: 'Sent' } },
        },
        Event: {
          type: 'object',
          properties: { content: { $ref: '#/components/schemas/Cool', description: 'Told' } },
        },
        C: { type: 'string' },
        Cool: { $ref: '#/components/schemas/C', description: 'Sent' },
      }),
    },
    {
      name: 'a media type renamed keeps its place among its siblings',
      given: {
        paths: {
          '/calls/stream_query': {
            post: {
              responses: { '200': { content: { 'application/json': { schema: {} }, 'text/plain': {} } } },
            },
          },
        },
      },
      transforms: [
        {
          command: 'renameKey',
          args: {
            target: "$.paths['/calls/stream_query'].post.responses['200'].content['application/json']",
            to: 'application/jsonl',
          },
        },
      ],
      want: {
        paths: {
          '/calls/stream_query': {
            post: {
              responses: { '200': { content: { 'application/jsonl': { schema: {} }, 'text/plain': {} } } },
            },
          },
        },
      },
    },
    {
      name: 'a rename onto a key that exists is a conflict; a ref name that is not a component pointer is refused',
      given: schemas({ A: { type: 'string' }, B: { type: 'integer' } }),
      transforms: [
        { command: 'renameKey', args: { target: '$.components.schemas.A', to: 'B' } },
        { command: 'extractToRefs', args: { ref: { target: '$.components.schemas.A', name: 'Operation' } } },
      ],
      want: schemas({ A: { type: 'string' }, B: { type: 'integer' } }),
      warnings: [
        ['stainless-transform-conflict', 'openapi.transformations[0].args.target'],
        ['invalid-stainless-transform', 'openapi.transformations[1].args.ref.name'],
      ],
    },
  ])('$name', check);

  it('the order of keys after a rename is the order before it', async () => {
    const { doc } = await run(schemas({ A: { type: 'string' }, B: { type: 'integer' }, C: {} }), [
      { command: 'renameKey', args: { target: '$.components.schemas.B', to: 'Bee' } },
    ]);
    expect(Object.keys((doc.components as Obj).schemas as Obj)).toEqual(['A', 'Bee', 'C']);
  });
});

describe('malformed config', () => {
  it.each<Case>([
    {
      name: 'unknown commands (a Map lookup: constructor is unknown too) are skipped, the rest applies',
      given: schemas({ A: { type: 'number' } }),
      transforms: [
        { command: 'rename', args: { target: '$.components.schemas.A' } },
        { command: 'constructor', args: {} },
        { command: '__proto__' },
        { command: 'update', args: { target: '$.components.schemas.A.type', value: 'string' } },
      ],
      want: schemas({ A: { type: 'string' } }),
      warnings: [
        ['invalid-stainless-transform', 'openapi.transformations[0].command'],
        ['invalid-stainless-transform', 'openapi.transformations[1].command'],
        ['invalid-stainless-transform', 'openapi.transformations[2].command'],
      ],
    },
    {
      name: 'entries, commands, args and targets of the wrong shape',
      given: schemas({ A: { type: 'number' } }),
      transforms: [
        'update',
        null,
        { args: {} },
        { command: 7 },
        { command: 'update', args: ['$.a'] },
        { command: 'update', args: { target: 7, value: 1 } },
        { command: 'update', args: { target: [], value: 1 } },
        { command: 'update', args: { target: ['$.a', 'components.schemas.A'], value: 1 } },
        { command: 'update', args: { target: '$.a[?(@.b > 1)]', value: 1 } },
        { command: 'update', args: { target: [{ ignore: '$.a' }], value: 1 } },
        { command: 'update', args: { target: '$.a', value: 1, template: 'yes' } },
      ],
      want: schemas({ A: { type: 'number' } }),
      warnings: [
        ['invalid-stainless-transform', 'openapi.transformations[0]'],
        ['invalid-stainless-transform', 'openapi.transformations[1]'],
        ['invalid-stainless-transform', 'openapi.transformations[2].command'],
        ['invalid-stainless-transform', 'openapi.transformations[3].command'],
        ['invalid-stainless-transform', 'openapi.transformations[4].args'],
        ['invalid-stainless-transform', 'openapi.transformations[5].args.target'],
        ['invalid-stainless-transform', 'openapi.transformations[6].args.target'],
        ['invalid-stainless-transform', 'openapi.transformations[7].args.target[1]'],
        ['invalid-stainless-transform', 'openapi.transformations[8].args.target'],
        ['invalid-stainless-transform', 'openapi.transformations[9].args.target[0]'],
        ['invalid-stainless-transform', 'openapi.transformations[10].args.template'],
      ],
    },
  ])('$name', check);

  it('says the transform was skipped, and points into the config file', async () => {
    const { warnings } = await run(schemas({}), [
      { command: 'update', args: { target: '$.x', value: 1 } },
      { command: 'nope' },
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'stainless-transform-no-match',
        pointer: '#/openapi/transformations/0/args/target',
        message: expect.stringContaining('`$.x` matches nothing'),
      }),
      expect.objectContaining({
        code: 'invalid-stainless-transform',
        pointer: '#/openapi/transformations/1/command',
        message: 'openapi.transformations[1].command: unknown command `nope`; the transform was skipped',
      }),
    ]);
  });

  it('names the list by the key path it was read from', async () => {
    const { warnings } = await run(schemas({}), [{ command: 'nope' }], 'openapi.transforms');
    expect(warnings[0].message).toMatch(/^openapi\.transforms\[0\]\.command: /);
    expect(warnings[0].pointer).toBe('#/openapi/transforms/0/command');
  });

  it.each<[string, unknown, number]>([
    ['absent', undefined, 0],
    ['null', null, 0],
    ['empty', [], 0],
    ['a mapping', { command: 'update' }, 1],
    ['a string', 'oneOfToAnyOf', 1],
  ])('a list that is %s', async (_name, transforms, count) => {
    const { doc, warnings } = await run(schemas({ A: { oneOf: [] } }), transforms);
    expect(doc).toEqual(schemas({ A: { oneOf: [] } }));
    expect(warnings.length).toBe(count);
    if (count)
      expect(warnings[0]).toMatchObject({
        code: 'invalid-stainless-transform',
        message: expect.stringMatching(/^openapi\.transformations: must be a list/),
      });
  });
});

// ── the real configs ───────────────────────────────────────────────────────────────────────────────────────

const COMPAT = sharedPath('stainless-compat');

async function applyReal(project: string, specFile: string) {
  const configFile = path.join(COMPAT, project, 'stainless.yml');
  const text = readFileSync(configFile, 'utf8');
  const config = yaml.load(text) as { openapi: { transformations: unknown[] } };
  const diags = new Diagnostics();
  const spec = await loadSpec(path.join(COMPAT, project, specFile), diags);
  const before = structuredClone(spec.root.root) as Obj;
  const transformDiags = new Diagnostics();
  applyStainlessTransforms(spec, config.openapi.transformations, { file: configFile, text }, transformDiags);
  return {
    before,
    after: spec.root.root as Obj,
    count: config.openapi.transformations.length,
    warnings: transformDiags.list,
    lines: text.split('\n'),
  };
}

const schemaOf = (doc: Obj, name: string) => ((doc.components as Obj).schemas as Record<string, Obj>)[name];
const countKey = (node: unknown, key: string): number =>
  node === null || typeof node !== 'object'
    ? 0
    : Object.entries(node).reduce((n, [k, v]) => n + (k === key ? 1 : 0) + countKey(v, key), 0);

describe('the real Stainless configs', () => {
  it('grid: removes the $ref and the shared type properties it names; warns about the schemas this spec lacks', async () => {
    const { before, after, count, warnings, lines } = await applyReal('grid', 'openapi.yaml');
    expect(count).toBe(9);
    // The config names a few schemas this version of the spec does not have: each is a warning, not a failure.
    expect(warnings.map((w) => [w.code, w.message.split(':')[0]])).toEqual([
      ...[0, 1, 2, 3, 4].map((i) => ['stainless-transform-no-match', `openapi.transformations[5].args.target[${i}]`]),
      ['stainless-transform-no-match', 'openapi.transformations[8].args.target[0]'],
    ]);
    expect(warnings[0].message).toContain('`$.components.schemas.PaymentClabeAccountInfo.allOf[0]` matches nothing');
    // Each names the config's line: the target it is about.
    expect(lines[warnings[0].line! - 1]).toContain('PaymentClabeAccountInfo.allOf[0]');
    expect(lines[warnings[5].line! - 1]).toMatch(/\$\.components\.schemas\.\w+/);
    for (const name of ['Customer', 'CustomerCreateRequest', 'CustomerUpdateRequest']) {
      expect((schemaOf(before, name).properties as Obj).customerType).toEqual({
        $ref: '#/components/schemas/CustomerType',
      });
      expect(schemaOf(after, name).properties).not.toHaveProperty('customerType');
    }
    for (const name of ['BaseExternalAccountInfo', 'BasePaymentAccountInfo'])
      expect(schemaOf(after, name).properties).not.toHaveProperty('accountType');
    for (const name of ['BaseTransactionSource', 'BaseQuoteSource'])
      expect(schemaOf(after, name).properties).not.toHaveProperty('sourceType');
    for (const name of [
      'AccountTransactionDestination',
      'UmaAddressTransactionDestination',
      'PaymentNgnAccountInfo',
      'AccountDestination',
    ]) {
      expect((schemaOf(before, name).allOf as Obj[])[0]).toHaveProperty('$ref');
      expect((schemaOf(after, name).allOf as Obj[])[0]).toEqual({});
    }
    // Nothing else moved: the other properties of Customer are all still there.
    expect(Object.keys(schemaOf(after, 'Customer').properties as Obj)).toEqual(
      Object.keys(schemaOf(before, 'Customer').properties as Obj).filter((k) => k !== 'customerType'),
    );
  });

  it('llama-stack: adds ReturnType, points return_type at it, and leaves no oneOf', async () => {
    const { before, after, count, warnings } = await applyReal('llama-stack', 'openapi.yml');
    expect(count).toBe(3);
    expect(warnings).toEqual([]);
    expect(schemaOf(before, 'ReturnType')).toBeUndefined();
    expect(schemaOf(after, 'ReturnType')).toMatchObject({
      type: 'object',
      required: ['type'],
      additionalProperties: false,
    });
    expect(((schemaOf(after, 'ReturnType').properties as Obj).type as Obj).enum).toContain('agent_turn_input');
    for (const name of ['ScoringFn', 'RegisterScoringFunctionRequest']) {
      expect((schemaOf(after, name).properties as Obj).return_type).toEqual({
        $ref: '#/components/schemas/ReturnType',
      });
    }
    const oneOfBefore = countKey(before, 'oneOf');
    expect(oneOfBefore).toBeGreaterThan(0);
    expect(countKey(after, 'oneOf')).toBe(0);
    // Every oneOf became an anyOf, but for those in the two return_type schemas replaceProperties dropped.
    const dropped = ['ScoringFn', 'RegisterScoringFunctionRequest'].map(
      (n) => (schemaOf(before, n).properties as Obj).return_type,
    );
    const inDropped = (key: string) => dropped.reduce<number>((n, d) => n + countKey(d, key), 0);
    expect(countKey(after, 'anyOf')).toBe(
      countKey(before, 'anyOf') - inDropped('anyOf') + oneOfBefore - inDropped('oneOf'),
    );
  });
});
