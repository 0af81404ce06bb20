/**
 * Python names from what the config and the spec give, not from another target's: a config key as written, a
 * renamed or colliding parameter, keyword and leading-underscore keys, classes pytest would collect, and type names
 * TypeScript alone reserves. Given/want tables of our own.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PyModuleBuilder, type PyTypeIndex } from '../../generator/emit/python/types/print-types';
import { generate } from '../../generator/generate';
import {
  pyArgumentName,
  pyFieldName,
  pyMemberName,
  pyParamKey,
  pytestOptOut,
  pyTypeName,
  uniqueArgumentNames,
} from '../../generator/naming/python';
import type { TypeRef } from '../../generator/ir/types';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

describe('Python names of config keys', () => {
  it.each([
    ['mongodb', 'mongodb'],
    ['openapi', 'openapi'],
    ['get_oauth_apps', 'get_oauth_apps'],
    ['v2_list', 'v2_list'],
    ['import', 'import_'],
    ['mongoDB', 'mongo_db'],
    ['list-items', 'list_items'],
  ])('the attribute or method of key %s is %s', (given, want) => {
    expect(pyMemberName(given)).toBe(want);
  });
});

describe('Python names of params and fields', () => {
  it.each([
    // [wire key, TypedDict key, keyword argument, model field]
    ['from', 'from', 'from_', 'from_'],
    ['class', 'class', 'class_', 'class_'],
    ['__typename', '_typename', '_typename', 'api_typename'],
    ['_id', '_id', '_id', 'api_id'],
    ['existingUsername', 'existing_username', 'existing_username', 'existing_username'],
    ['json', 'json', 'json', 'json_'],
  ])('%s: key %s, argument %s, model field %s', (wire, key, argument, field) => {
    expect(pyParamKey(wire)).toBe(key);
    expect(pyArgumentName(wire)).toBe(argument);
    expect(pyFieldName(wire)).toBe(field);
  });

  it.each([
    [
      ['username', 'username'],
      ['username', 'username_'],
    ],
    [
      ['id', 'id', 'id'],
      ['id', 'id_', 'id_2'],
    ],
    [
      ['timeout', 'name'],
      ['api_timeout', 'name'],
    ],
    [
      ['self', 'extra_body'],
      ['self_', 'api_extra_body'],
    ],
    [
      ['timeout', 'timeout', 'api_timeout'],
      ['api_timeout', 'timeout_', 'api_timeout_'],
    ],
    [
      ['a', 'b'],
      ['a', 'b'],
    ],
  ])('arguments %j are named %j', (wanted, want) => {
    expect(uniqueArgumentNames(wanted)).toEqual(want);
  });
});

describe('classes pytest would collect', () => {
  it.each([
    ['TestAPI', ['    __test__ = False']],
    ['TestimonialsResource', ['    __test__ = False']],
    ['AsyncTestAPI', []],
    ['Contest', []],
  ])('%s: %j', (name, want) => {
    expect(pytestOptOut(name)).toEqual(want);
  });
});

describe('type names another target reserves', () => {
  it.each([
    ['PartialResource', 'Partial', [], 'Partial'],
    ['PartialResource', 'Partial', ['Partial'], 'PartialResource'],
    ['ListType', 'List', [], 'ListType'],
    ['Pet', undefined, [], 'Pet'],
  ])('%s asking for %s (taken: %j) is %s', (settled, requested, taken, want) => {
    expect(pyTypeName(settled, requested, new Set(taken))).toBe(want);
  });
});

const noIndex: PyTypeIndex = {
  schema: () => {
    throw new Error('no named types here');
  },
  model: () => ({ name: '', module: '' }),
  param: () => ({ name: '', module: '' }),
};

const object = (properties: Array<[string, boolean]>): TypeRef =>
  ({
    kind: 'object',
    properties: properties.map(([key, required]) => ({
      key,
      required,
      type: { kind: 'string', format: null },
      docs: {},
    })),
    additional: null,
    docs: {},
  }) as unknown as TypeRef;

describe('declared classes', () => {
  it('a params TypedDict declares a keyword key in a functional-syntax base, as the wire has it', () => {
    const module = new PyModuleBuilder('types/send_window_param', noIndex);
    module.declareClass(
      'SendWindowParam',
      [
        object([
          ['from', false],
          ['until', true],
          ['__typename', false],
        ]),
      ],
      'param',
    );
    const text = module.render();
    expect(text).toContain(
      [
        '_SendWindowParamReservedKeywords = TypedDict(',
        '    "_SendWindowParamReservedKeywords",',
        '    {',
        '        "from": str,',
        '    },',
        '    total=False,',
        ')',
      ].join('\n'),
    );
    expect(text).toContain('class SendWindowParam(_SendWindowParamReservedKeywords, total=False):');
    expect(text).toContain('    until: Required[str]');
    expect(text).toContain('    _typename: Annotated[str, PropertyInfo(alias="__typename")]');
    expect(module.fieldName('SendWindowParam', 'from')).toBe('from');
  });

  it('a model keeps `from_` and `api_typename` with their aliases, and pytest leaves a Test* model alone', () => {
    const module = new PyModuleBuilder('types/test_response', noIndex);
    module.declareClass(
      'TestResponse',
      [
        object([
          ['from', true],
          ['__typename', true],
        ]),
      ],
      'model',
    );
    const text = module.render();
    expect(text).toContain('class TestResponse(BaseModel):\n    __test__ = False\n');
    expect(text).toContain('    from_: str = FieldInfo(alias="from")');
    expect(text).toContain('    api_typename: str = FieldInfo(alias="__typename")');
  });
});

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };

const spec = openapi({
  paths: {
    '/mongodb/{collection}/count': {
      post: {
        operationId: 'countDocs',
        parameters: [{ name: 'collection', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok,
      },
    },
    '/users/{username}': {
      put: {
        operationId: 'updateUser',
        parameters: [
          {
            name: 'username',
            in: 'path',
            required: true,
            schema: { type: 'string', 'x-stainless-param': 'existingUsername' },
          },
        ],
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { username: { type: 'string' }, from: { type: 'string' } } },
            },
          },
        },
        responses: ok,
      },
    },
    '/partials/{key}': {
      get: {
        operationId: 'getPartial',
        parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Partial' } } },
          },
        },
      },
    },
  },
  schemas: { Partial: { type: 'object', properties: { key: { type: 'string' } }, required: ['key'] } },
});

const config = `organization:
  name: acme
targets:
  python:
    package_name: acme
resources:
  mongodb:
    methods:
      count_docs: post /mongodb/{collection}/count
  users:
    methods:
      update: put /users/{username}
  partials:
    models:
      partial: '#/components/schemas/Partial'
    methods:
      retrieve: get /partials/{key}
`;

describe('a package generated with a Stainless config', async () => {
  const file = writeSpec(spec);
  const stainless = path.join(path.dirname(file), 'stainless.yml');
  writeFileSync(stainless, config);
  const { files } = await generate({ spec: file, config: stainless, target: 'python', format: false });
  const text = (name: string) => files.find((f) => f.path === name)?.contents ?? '';

  it('names resources and methods by their config keys as written', () => {
    expect(text('src/acme/_client.py')).toMatch(/def mongodb\(self\) -> MongoDBResource:/);
    expect(text('src/acme/resources/mongodb.py')).toMatch(/def count_docs\(/);
  });

  it('names a path param by its x-stainless-param, beside a body field of its wire name', () => {
    const users = text('src/acme/resources/users.py');
    expect(users).toMatch(/def update\(\s*self,\s*existing_username: str,\s*\*,\s*from_: str \| Omit = omit,/);
    expect(users).toContain('path_template("/users/{existing_username}", existing_username=existing_username)');
    expect(users).toMatch(/\{\s*"from_": from_,\s*"username": username,\s*\}/);
  });

  it('names a config model as the config does, whatever TypeScript reserves', () => {
    expect(text('src/acme/types/partial.py')).toContain('class Partial(BaseModel):');
  });
});
