/**
 * Bad and hostile specs at the IR level (load → normalize → buildIr, and generate() in memory where the emitted text matters):
 * `$ref` chains and cycles of every reusable component, allOf members no value can satisfy, apiKey header and
 * cookie names that could smuggle into a request, very long names. The CLI side (exit code, untouched output
 * directory) is in test/bad-input.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { generate } from '../../generator/generate';
import { MAX_SCHEMA_DEPTH } from '../../generator/load/limits';
import { parseDocumentText } from '../../generator/load/parse';
import { convertSwagger2 } from '../../generator/load/swagger2';
import { buildIr } from '../../generator/ir/build';
import { normalize } from '../../generator/normalize/normalize';
import { MAX_MEMBER_LENGTH } from '../../generator/naming/members';
import { isHttpToken, tokenSafeName } from '../../generator/normalize/http-token';
import type { Api, Resource } from '../../generator/ir/types';
import { validateIr } from '../../generator/ir/validate';
import { MAX_TYPE_NAME_LENGTH } from '../../generator/naming/scope';
import { boundedName } from '../../generator/naming/case';
import { cleanupSpecs, loadObject, openapi, specError, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

async function irOf(root: Record<string, unknown>): Promise<{ api: Api; diags: Diagnostics }> {
  const { spec, diags } = await loadObject(root);
  const { api } = buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags);
  validateIr(api);
  return { api, diags };
}

function methods(api: Api): Array<{ resource: Resource; name: string; method: Resource['methods'][number] }> {
  const out: Array<{ resource: Resource; name: string; method: Resource['methods'][number] }> = [];
  const visit = (r: Resource) => {
    for (const m of r.methods) out.push({ resource: r, name: `${r.path}.${m.name}`, method: m });
    r.subresources.forEach(visit);
  };
  api.resources.forEach(visit);
  return out;
}

const ok = {
  description: 'ok',
  content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
};

/** POST /pets with the given request body, response and components. */
function petsSpec(
  requestBody: unknown,
  response: unknown,
  components: Record<string, unknown>,
): Record<string, unknown> {
  return {
    ...openapi({}),
    paths: { '/pets': { post: { operationId: 'createPet', requestBody, responses: { '200': response } } } },
    components,
  };
}

describe('$ref chains of reusable components are followed to the end', () => {
  it('a request body reached through two $refs keeps its fields', async () => {
    const { api, diags } = await irOf(
      petsSpec({ $ref: '#/components/requestBodies/A' }, ok, {
        requestBodies: {
          A: { $ref: '#/components/requestBodies/B' },
          B: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
              },
            },
          },
        },
      }),
    );
    const [create] = methods(api);
    expect(create.method.params?.fields.map((f) => [f.wireName, f.in, f.required])).toEqual([['name', 'body', true]]);
    expect(diags.list).toEqual([]);
  });

  it('a response reached through two $refs keeps its type', async () => {
    const { api } = await irOf(
      petsSpec(
        undefined,
        { $ref: '#/components/responses/A' },
        {
          responses: {
            A: { $ref: '#/components/responses/B' },
            B: { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } },
          },
        },
      ),
    );
    const [create] = methods(api);
    // The whole chain is followed: one level only would leave `{ $ref: B }`, no content, an empty response.
    expect(create.method.response.kind).toBe('json');
    const type = create.method.response.kind === 'json' ? create.method.response.type : null;
    const named = type?.kind === 'ref' ? api.schemas.find((s) => s.id === type.schemaId)?.type : type;
    expect(named).toMatchObject({ kind: 'string' });
  });

  it('a security scheme reached through a $ref is read', async () => {
    const { api, diags } = await irOf({
      ...openapi({ paths: { '/pets': { get: { operationId: 'listPets', responses: { '200': ok } } } } }),
      security: [{ key: [] }],
      components: {
        securitySchemes: {
          key: { $ref: '#/components/securitySchemes/real' },
          real: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        },
      },
    });
    expect(api.auth).toMatchObject([{ kind: 'apiKey', in: 'header', wireName: 'X-Api-Key' }]);
    expect(diags.list.filter((d) => d.code === 'unsupported-security-scheme')).toEqual([]);
  });

  it.each([
    [
      'request body',
      { $ref: '#/components/requestBodies/A' },
      ok,
      { requestBodies: { A: { $ref: '#/components/requestBodies/B' }, B: { $ref: '#/components/requestBodies/A' } } },
      /^#\/components\/requestBodies\/[AB]$/,
    ],
    [
      'response',
      undefined,
      { $ref: '#/components/responses/A' },
      { responses: { A: { $ref: '#/components/responses/A' } } },
      /^#\/components\/responses\/A$/,
    ],
  ])(
    'a $ref cycle of a %s is an error naming the file, the pointer and the chain',
    async (what, body, response, components, pointer) => {
      const file = writeSpec(petsSpec(body, response, components));
      const d = await specError(async () => {
        const diags = new Diagnostics();
        const { loadSpec } = await import('../../generator/load/load');
        buildIr(normalize(await loadSpec(file, diags), EMPTY_CONFIG, diags), EMPTY_CONFIG, diags);
      });
      expect(d.code).toBe('ref-cycle');
      expect(d.file).toBe(file);
      expect(d.pointer).toMatch(pointer);
      expect(d.message).toContain(`this $ref cycle never reaches a ${what}: #/components/`);
      expect(d.message).toContain(' → ');
    },
  );

  it('a security scheme $ref cycle is an error', async () => {
    const file = writeSpec({
      ...openapi({ paths: { '/pets': { get: { responses: { '200': ok } } } } }),
      security: [{ key: [] }],
      components: { securitySchemes: { key: { $ref: '#/components/securitySchemes/key' } } },
    });
    const d = await specError(async () => {
      const diags = new Diagnostics();
      const { loadSpec } = await import('../../generator/load/load');
      buildIr(normalize(await loadSpec(file, diags), EMPTY_CONFIG, diags), EMPTY_CONFIG, diags);
    });
    expect(d).toMatchObject({ code: 'ref-cycle', pointer: '#/components/securitySchemes/key' });
  });
});

describe('allOf that no value can satisfy', () => {
  const schemaSpec = (schemas: Record<string, unknown>) =>
    openapi({
      paths: {
        '/x': {
          get: {
            operationId: 'getX',
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/X' } } },
              },
            },
          },
        },
      },
      schemas,
    });

  it.each<{ name: string; schemas: Record<string, unknown>; message: RegExp | null }>([
    {
      name: 'string & number',
      schemas: { X: { allOf: [{ type: 'string' }, { type: 'number' }] } },
      message: /allOf requires types string and number at once/,
    },
    {
      name: 'through $refs and nested allOf',
      schemas: {
        X: { allOf: [{ $ref: '#/components/schemas/S' }, { allOf: [{ type: 'boolean' }] }] },
        S: { type: 'string' },
      },
      message: /string and boolean/,
    },
    {
      name: 'the node’s own type against a member',
      schemas: { X: { type: 'object', allOf: [{ type: 'array' }] } },
      message: /object and array/,
    },
    {
      name: 'disjoint enums',
      schemas: { X: { allOf: [{ enum: ['a', 'b'] }, { enum: ['c'] }] } },
      message: /const\/enum values .* no value in common/,
    },
    {
      name: 'conflicting consts',
      schemas: { X: { allOf: [{ const: 1 }, { const: 2 }] } },
      message: /no value in common/,
    },
    {
      name: 'a const of the wrong type',
      schemas: { X: { allOf: [{ type: 'string' }, { const: 5 }] } },
      message: /no const\/enum value .* is of type string/,
    },
    // Compatible: no warning.
    { name: 'integer & number', schemas: { X: { allOf: [{ type: 'integer' }, { type: 'number' }] } }, message: null },
    {
      name: 'object members (the usual allOf)',
      schemas: {
        X: { allOf: [{ $ref: '#/components/schemas/B' }, { type: 'object', properties: { b: { type: 'string' } } }] },
        B: { type: 'object', properties: { a: { type: 'string' } } },
      },
      message: null,
    },
    {
      name: 'overlapping enums',
      schemas: { X: { allOf: [{ enum: ['a', 'b'] }, { type: 'string', enum: ['b', 'c'] }] } },
      message: null,
    },
    {
      name: 'a const that is an integer where numbers are allowed',
      schemas: { X: { allOf: [{ type: 'number' }, { const: 3 }] } },
      message: null,
    },
    {
      name: 'a self-referencing allOf',
      schemas: { X: { allOf: [{ $ref: '#/components/schemas/X' }, { type: 'object' }] } },
      message: null,
    },
  ])('$name', async ({ schemas, message }) => {
    const { spec, diags } = await loadObject(schemaSpec(schemas));
    try {
      buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags);
    } catch {
      // a self-referencing allOf may be rejected elsewhere; this test is about the warning only
    }
    const warnings = diags.list.filter((d) => d.code === 'allof-conflict');
    if (message === null) {
      expect(warnings).toEqual([]);
    } else {
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ severity: 'warning', pointer: '#/components/schemas/X/allOf' });
      expect(warnings[0].message).toMatch(message);
      expect(warnings[0].hint).toBeTruthy();
    }
  });

  /** The allof-conflict warnings of a spec's schemas, as `pointer: message`. */
  const conflicts = async (schemas: Record<string, unknown>) => {
    const { spec, diags } = await loadObject(schemaSpec(schemas));
    buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags);
    return diags.list.filter((d) => d.code === 'allof-conflict').map((d) => `${d.pointer}: ${d.message}`);
  };
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

  it('a conflict below members two schemas share: each schema that reaches it warns', async () => {
    expect(
      await conflicts({
        X: { allOf: [ref('A'), ref('B')] },
        A: { allOf: [ref('C'), { type: 'object', properties: { a: { type: 'string' } } }] },
        B: { allOf: [ref('C')] },
        C: { allOf: [{ type: 'string' }, ref('D')] },
        D: { type: 'number' },
      }).then((list) => list.sort()),
    ).toEqual(
      ['A', 'B', 'C', 'X'].map(
        (name) =>
          `#/components/schemas/${name}/allOf: allOf requires types string and number${name === 'A' || name === 'X' ? ' and object' : ''} at once: no value can match (the type is never)`,
      ),
    );
  });

  it('members that lead back to the schema: the conflict is found around the cycle (and pagination detection ends)', async () => {
    expect(
      await conflicts({ X: { allOf: [ref('Y'), { type: 'string' }] }, Y: { allOf: [ref('X'), { enum: [1, 2] }] } }),
    ).toEqual(
      ['X', 'Y'].map(
        (name) =>
          `#/components/schemas/${name}/allOf: no const/enum value of the allOf members is of type string: no value can match (the type is never)`,
      ),
    );
  });

  it('a chain of 3,000 schemas, each an allOf of the next: no warning, every schema a type', async () => {
    const schemas: Record<string, unknown> = { Last: { type: 'object', properties: { z: { type: 'string' } } } };
    for (let i = 0; i < 3000; i++)
      schemas[i === 0 ? 'X' : `L${i}`] = {
        allOf: [
          ref(i === 2999 ? 'Last' : `L${i + 1}`),
          { type: 'object', properties: { [`p${i}`]: { type: 'string' } } },
        ],
      };
    expect(await conflicts(schemas)).toEqual([]);
  });
});

describe('apiKey header and cookie names cannot smuggle into the request', () => {
  it.each([
    ['X-Api-Key', true],
    ["X-Key-'`$|~!#%&*+.^_", true],
    ['session id', false],
    ['a;b', false],
    ['a=b', false],
    ['a\r\nX-Injected: 1', false],
    ['', false],
    ['ключ', false],
  ])('isHttpToken(%j) → %s', (name, want) => {
    expect(isHttpToken(name)).toBe(want);
  });

  it.each([
    ['session id', 'session%20id'],
    ['a; admin=1', 'a%3B%20admin%3D1'],
    ['a\r\nSet: 1', 'a%0D%0ASet%3A%201'],
    ['(x)', '%28x%29'],
    ['ключ', '%D0%BA%D0%BB%D1%8E%D1%87'],
  ])('tokenSafeName(%j) → %s, an HTTP token', (name, want) => {
    expect(tokenSafeName(name)).toBe(want);
    expect(isHttpToken(tokenSafeName(name))).toBe(true);
  });

  const authSpec = (schemes: Record<string, unknown>) => ({
    ...openapi({ paths: { '/pets': { get: { operationId: 'listPets', responses: { '200': ok } } } } }),
    security: Object.keys(schemes).map((k) => ({ [k]: [] })),
    components: { securitySchemes: schemes },
  });

  it('a cookie name with ; = space CR LF is sent percent-encoded, with a warning naming the pointer', async () => {
    const { api, diags } = await irOf(
      authSpec({ c: { type: 'apiKey', in: 'cookie', name: 'sid; admin=1\r\nX-Injected: 1' } }),
    );
    expect(api.auth).toMatchObject([
      { kind: 'apiKey', in: 'cookie', wireName: 'sid%3B%20admin%3D1%0D%0AX-Injected%3A%201' },
    ]);
    expect(diags.list.filter((d) => d.code === 'invalid-api-key-name')).toMatchObject([
      { severity: 'warning', pointer: '#/components/securitySchemes/c/name' },
    ]);
  });

  it('a header name that is not a token is sent percent-encoded, with a warning', async () => {
    const { api, diags } = await irOf(authSpec({ h: { type: 'apiKey', in: 'header', name: 'X Key:\nEvil' } }));
    expect(api.auth).toMatchObject([{ kind: 'apiKey', in: 'header', wireName: 'X%20Key%3A%0AEvil' }]);
    expect(diags.list.some((d) => d.code === 'invalid-api-key-name' && d.message.includes('header name'))).toBe(true);
  });

  it('an empty header name drops the scheme, with a warning', async () => {
    const { api, diags } = await irOf(authSpec({ h: { type: 'apiKey', in: 'header', name: '' } }));
    expect(api.auth).toEqual([]);
    expect(diags.list.some((d) => d.code === 'invalid-api-key-name')).toBe(true);
  });

  it('a valid token is left alone, and no warning', async () => {
    const { api, diags } = await irOf(authSpec({ h: { type: 'apiKey', in: 'cookie', name: 'session_id' } }));
    expect(api.auth).toMatchObject([{ wireName: 'session_id' }]);
    expect(diags.list.filter((d) => d.code === 'invalid-api-key-name')).toEqual([]);
  });

  it('the generated client sets exactly one cookie, whose name is the encoded one', async () => {
    const file = writeSpec(authSpec({ c: { type: 'apiKey', in: 'cookie', name: 'sid; admin=1' } }));
    const result = await generate({ spec: file, format: false });
    const client = result.files.find((f) => f.path === 'src/client-core.ts')!.contents;
    const cookieLines = client.split('\n').filter((line) => line.includes("headers['Cookie']"));
    expect(cookieLines).toHaveLength(1);
    expect(cookieLines[0]).toContain('`sid%3B%20admin%3D1=${encodeURIComponent(');
    expect(client).not.toContain('admin=1');
  });
});

describe('header parameter names', () => {
  const withHeader = (name: string) =>
    openapi({
      paths: {
        '/pets': {
          get: {
            operationId: 'listPets',
            parameters: [
              { name, in: 'header', schema: { type: 'string' } },
              { name: 'X-Trace-Id', in: 'header', schema: { type: 'string' } },
            ],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    });
  const headerFields = (api: Api) =>
    methods(api)
      .flatMap(({ method }) => method.params?.fields ?? [])
      .filter((f) => f.in === 'header');

  it('a header parameter whose name is not an HTTP token is left out, with a warning naming its pointer', async () => {
    const { api, diags } = await irOf(withHeader('X-Evil\r\nSet-Cookie: a=b'));
    expect(headerFields(api).map((f) => f.wireName)).toEqual(['X-Trace-Id']);
    expect(diags.list.filter((d) => d.code === 'invalid-header-name')).toMatchObject([
      { severity: 'warning', pointer: '#/paths/~1pets/get/parameters/0/name' },
    ]);
  });

  it('a valid header name is kept, with no warning', async () => {
    const { api, diags } = await irOf(withHeader('X-Request-Id'));
    expect(
      headerFields(api)
        .map((f) => f.wireName)
        .sort(),
    ).toEqual(['X-Request-Id', 'X-Trace-Id']);
    expect(diags.list.filter((d) => d.code === 'invalid-header-name')).toEqual([]);
  });
});

describe('cookie parameters', () => {
  const withCookies = (...cookies: Array<Record<string, unknown>>) =>
    openapi({
      paths: {
        '/pets': {
          get: {
            operationId: 'listPets',
            parameters: [
              ...cookies.map((c) => ({ in: 'cookie', ...c })),
              { name: 'X-Trace-Id', in: 'header', schema: { type: 'string' } },
            ],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    });
  const fields = (api: Api) => methods(api).flatMap(({ method }) => method.params?.fields ?? []);

  it('become params fields in: cookie, typed from their schema, with no warning', async () => {
    const { api, diags } = await irOf(
      withCookies(
        { name: 'session', required: true, schema: { type: 'string' } },
        { name: 'visits', schema: { type: 'integer' } },
        { name: 'mode', schema: { enum: ['a', 'b'] } },
        { name: 'free', schema: {} },
      ),
    );
    expect(fields(api).map((f) => [f.in, f.wireName, f.required, f.type.kind])).toEqual([
      ['cookie', 'session', true, 'string'],
      ['cookie', 'visits', false, 'integer'],
      ['cookie', 'mode', false, 'enum'],
      ['cookie', 'free', false, 'string'],
      ['header', 'X-Trace-Id', false, 'string'],
    ]);
    expect(diags.list).toEqual([]);
  });

  it('a cookie name that is not an HTTP token is left out, with a warning naming its pointer', async () => {
    const { api, diags } = await irOf(
      withCookies({ name: 'sid; admin=1', schema: { type: 'string' } }, { name: 'ok', schema: { type: 'string' } }),
    );
    expect(fields(api).map((f) => f.wireName)).toEqual(['ok', 'X-Trace-Id']);
    expect(diags.list.map((d) => [d.severity, d.code, d.pointer])).toEqual([
      ['warning', 'invalid-cookie-name', '#/paths/~1pets/get/parameters/0/name'],
    ]);
  });

  it('nested arrays and objects (also through a $ref) are left out, with a warning naming the parameter', async () => {
    const root = withCookies(
      { name: 'list', schema: { type: 'array', items: { type: 'array', items: { type: 'string' } } } },
      { name: 'point', schema: { $ref: '#/components/schemas/Point' } },
      { name: 'maybe', schema: { type: ['string', 'null'] } },
      { name: 'ids', schema: { type: 'array', items: { type: 'integer' } } },
      { name: 'flat', explode: false, schema: { $ref: '#/components/schemas/Flat' } },
    );
    root.components = {
      schemas: {
        Point: { type: 'object', properties: { x: { type: 'object' } } },
        Flat: { type: 'object', properties: { x: { type: 'number' } } },
      },
    };
    const { api, diags } = await irOf(root);
    expect(fields(api).map((f) => [f.wireName, f.style])).toEqual([
      ['maybe', null],
      ['ids', { style: 'form', explode: true }],
      ['flat', { style: 'form', explode: false }],
      ['X-Trace-Id', null],
    ]);
    expect(diags.list.map((d) => [d.code, d.pointer])).toEqual([
      ['unsupported-cookie-type', '#/paths/~1pets/get/parameters/0'],
      ['unsupported-cookie-type', '#/paths/~1pets/get/parameters/1'],
    ]);
  });

  it('the method sends them through cookieHeader, imported only where a method has cookie parameters', async () => {
    const root = withCookies({ name: 'session-id', required: true, schema: { type: 'string' } });
    (root.paths as Record<string, unknown>)['/owners'] = {
      get: { operationId: 'listOwners', responses: { '200': { description: 'ok' } } },
    };
    const result = await generate({ spec: writeSpec(root), format: false });
    // The request is built in the method's function module (which the class method calls).
    const file = (name: string) =>
      result.files
        .filter((f) => f.path.startsWith(`src/funcs/${name}`))
        .map((f) => f.contents)
        .join('\n');
    expect(file('pets')).toContain("import { cookieHeader } from '../internal/cookies.js';");
    expect(file('pets')).toContain(
      "headers: { 'X-Trace-Id': xTraceId, Cookie: cookieHeader({ 'session-id': sessionId }) }",
    );
    expect(file('owners')).not.toContain('cookie');
  });

  it('beside a header parameter called Cookie, the cookie parameters use the key `cookie` (no duplicate key)', async () => {
    const root = withCookies({ name: 'sid', schema: { type: 'string' } });
    (root.paths as Record<string, { get: { parameters: unknown[] } }>)['/pets']!.get.parameters.push({
      name: 'Cookie',
      in: 'header',
      schema: { type: 'string' },
    });
    const result = await generate({ spec: writeSpec(root), format: false });
    const pets = result.files
      .filter((f) => f.path.startsWith('src/funcs/pets'))
      .map((f) => f.contents)
      .join('\n');
    expect(pets).toContain("headers: { 'X-Trace-Id': xTraceId, Cookie, cookie: cookieHeader({ sid }) }");
  });
});

describe('schemas that refer to each other in a chain thousands long', () => {
  // Each schema refers to the next, the last to the first; the first also reaches, through a `$ref` into `paths`, the
  // request body that refers to it, so the body is a deep `$ref` target inside a cycle (a named type). Building a
  // schema's type builds those it refers to, and the README and reference docs follow the chain to its end:
  // recursion as deep as the chain exhausted the call stack.
  it('generates every schema as a type of its own', async () => {
    const count = 3000;
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) {
      schemas[`Node${i}`] = {
        type: 'object',
        properties: { id: { type: 'integer' }, next: { $ref: `#/components/schemas/Node${(i + 1) % count}` } },
      };
    }
    (schemas.Node0 as { properties: Record<string, unknown> }).properties.body = {
      $ref: '#/paths/~1nodes/post/requestBody/content/application~1json/schema',
    };
    const body = { type: 'object', properties: { first: { $ref: '#/components/schemas/Node0' } } };
    const root = openapi({
      schemas,
      paths: {
        '/nodes': {
          post: {
            operationId: 'createNode',
            requestBody: { content: { 'application/json': { schema: body } } },
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Node0' } } },
              },
            },
          },
        },
      },
    });
    const result = await generate({ spec: writeSpec(root), format: false });
    const types = result.api.schemas.map((s) => s.name);
    expect(types).toContain('Node2999');
    expect(types.filter((name) => /^Node\d+$/.test(name))).toHaveLength(count);
    // The body reaches itself through the chain: a named type, not inlined into the method's params.
    const named = result.api.schemas.find((s) => s.source.pointer.startsWith('#/paths/~1nodes/post/requestBody'));
    expect(named).toBeDefined();
    // Every schema has its reference page: the docs follow the chain from the method to its end.
    expect(result.files.some((f) => f.path === 'docs/models/Node2999.md')).toBe(true);
  });
});

describe('schemas nested inside one another thousands deep', () => {
  /** A schema `depth` levels deep: an object whose one property is the next level, a string at the bottom. */
  const nested = (depth: number) => {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < depth; i++) schema = { type: 'object', properties: { p: schema } };
    return schema;
  };
  const responding = (schema: unknown) =>
    openapi({
      paths: {
        '/deep': {
          get: {
            operationId: 'getDeep',
            responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
          },
        },
      },
    });
  /** The pointer of the first schema too deep: MAX_SCHEMA_DEPTH levels below `base`. */
  const tooDeep = (base: string) => `${base}${'/properties/p'.repeat(MAX_SCHEMA_DEPTH)}`;

  it(`are read up to ${MAX_SCHEMA_DEPTH} levels`, async () => {
    const { api } = await irOf(responding(nested(MAX_SCHEMA_DEPTH - 1)));
    expect(methods(api)).toHaveLength(1);
  });

  it('past that, refused with the pointer of the first schema too deep (not a stack overflow)', async () => {
    const d = await specError(() => irOf(responding(nested(MAX_SCHEMA_DEPTH))));
    expect(d).toMatchObject({ code: 'schema-too-deep', file: expect.stringMatching(/\.json$/) });
    expect(d.pointer).toBe(tooDeep('#/paths/~1deep/get/responses/200/content/application~1json/schema'));
    expect(d.hint).toContain('$ref');
  });

  it('in a Swagger 2.0 document, refused by the conversion the same way', async () => {
    const d = await specError(() =>
      convertSwagger2(
        {
          swagger: '2.0',
          info: { title: 'Deep', version: '1' },
          paths: { '/deep': { get: { responses: { 200: { description: 'ok', schema: nested(3000) } } } } },
        },
        'deep.json',
        new Diagnostics(),
      ),
    );
    expect(d).toMatchObject({ code: 'schema-too-deep', file: 'deep.json' });
    expect(d.pointer).toBe(tooDeep('#/paths/~1deep/get/responses/200/schema'));
  });

  it('in YAML deeper than its parser can read: a YAML error saying so', async () => {
    const text = `openapi: ${'{p: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`;
    const d = await specError(() => parseDocumentText(text, 'deep.yaml'));
    expect(d).toMatchObject({ code: 'malformed-yaml', file: 'deep.yaml' });
    expect(d.message).toBe('the YAML nests mappings and lists too deeply to be read');
  });
});

describe('very long names', () => {
  const long = 'x'.repeat(5000);

  it('boundedName keeps short names and cuts long ones to the limit, distinct by a hash of the whole name', () => {
    expect(boundedName('pets', 64)).toBe('pets');
    const a = boundedName(`${long}a`, 64);
    const b = boundedName(`${long}b`, 64);
    expect(a).toHaveLength(64);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^x+_[0-9a-f]{8}$/);
    // Bytes of UTF-8, cut between code points (no lone surrogate): 😀 is 4 bytes, so 20 bytes keep two of them.
    const emoji = boundedName('😀'.repeat(100), 20);
    expect(emoji).toMatch(/^😀😀_[0-9a-f]{8}$/u);
    expect(Buffer.byteLength(boundedName('ключ'.repeat(100), 50))).toBeLessThanOrEqual(50);
  });

  it('a 5,000-character path segment, operationId, schema name and parameter give names within the limits', async () => {
    const { api } = await irOf({
      ...openapi({
        paths: {
          [`/seg${long}/{id}`]: {
            get: {
              operationId: `op${long}`,
              parameters: [
                { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
                { name: `q${long}`, in: 'query', schema: { type: 'string' } },
              ],
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: `#/components/schemas/S${long}` } } },
                },
              },
            },
            post: { operationId: `op${long}2`, responses: { '200': ok } },
          },
          [`/${'ключ'.repeat(500)}`]: { get: { responses: { '200': ok } } },
        },
        schemas: { [`S${long}`]: { type: 'object', properties: { [`p${long}`]: { type: 'string' } } } },
      }),
    });
    for (const { resource, method } of methods(api)) {
      expect(Buffer.byteLength(resource.property)).toBeLessThanOrEqual(MAX_MEMBER_LENGTH);
      expect(Buffer.byteLength(method.name)).toBeLessThanOrEqual(MAX_MEMBER_LENGTH);
      // The module is a file path: every segment well under 255 bytes.
      for (const segment of resource.module.split('/'))
        expect(Buffer.byteLength(`${segment}.test.ts`)).toBeLessThanOrEqual(255);
    }
    for (const schema of api.schemas) expect(Buffer.byteLength(schema.name)).toBeLessThanOrEqual(MAX_TYPE_NAME_LENGTH);
    // Wire names are never cut.
    const query = methods(api)
      .flatMap(({ method }) => method.params?.fields ?? [])
      .find((f) => f.in === 'query');
    expect(query?.wireName).toBe(`q${long}`);
  });
});
