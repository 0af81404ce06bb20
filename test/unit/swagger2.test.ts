/**
 * Swagger 2.0 → OpenAPI 3.0.3 conversion (generator/load/swagger2.ts).
 *
 * Given/want tables: each case is a small Swagger document fragment, a JSON pointer into the converted
 * document and the exact value expected there, plus the exact list of warning codes expected.
 * Then whole-document invariants on the real Swagger 2.0 files of the shared corpus.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../generator/diagnostics';
import { convertSwagger2, type Swagger2Options } from '../../generator/load/swagger2';
import { sharedPath } from '../helpers/paths';

type Obj = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------------
// Helpers

/** A minimal Swagger 2.0 document with `extra` merged in at the top level. */
function swagger(extra: Obj): Obj {
  return { swagger: '2.0', info: { title: 'T', version: '1' }, paths: {}, ...extra };
}

function convert(extra: Obj, options?: Swagger2Options): { out: Obj; diags: Diagnostics } {
  const diags = new Diagnostics();
  const out = convertSwagger2(swagger(extra), 'spec.yaml', diags, options);
  return { out, diags };
}

/** Resolve a JSON pointer ("#/a/b~1c") in plain data; undefined when missing. */
function at(root: unknown, pointer: string): unknown {
  const body = pointer.replace(/^#/, '');
  if (body === '') return root;
  let cur = root;
  for (const rawToken of body.slice(1).split('/')) {
    const token = decodeURIComponent(rawToken).replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, token)) return undefined;
    cur = (cur as Obj)[token];
  }
  return cur;
}

const codes = (diags: Diagnostics): string[] => diags.list.map((d) => d.code);

/** One operation at `/a` with the given method. */
function op(method: string, operation: Obj, pathExtra: Obj = {}): Obj {
  return { paths: { '/a': { ...pathExtra, [method]: { responses: { 200: { description: 'ok' } }, ...operation } } } };
}

interface Case {
  name: string;
  given: Obj;
  /** Pointer into the converted document. */
  at: string;
  want: unknown;
  /** Exact warning codes expected (default: none). */
  warns?: string[];
  options?: Swagger2Options;
}

function runTable(cases: Case[]): void {
  it.each(cases)('$name', (c) => {
    const { out, diags } = convert(c.given, c.options);
    expect(at(out, c.at)).toEqual(c.want);
    expect(codes(diags)).toEqual(c.warns ?? []);
  });
}

/** Every `$ref` string in a tree (cycle-safe). */
function collectRefs(root: unknown): string[] {
  const refs: string[] = [];
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) return v.forEach(visit);
    for (const [k, x] of Object.entries(v as Obj)) {
      if (k === '$ref' && typeof x === 'string') refs.push(x);
      else visit(x);
    }
  };
  visit(root);
  return refs;
}

/** Follow `$ref`s (local only) to the node they name. */
function deref(root: Obj, node: unknown): unknown {
  let cur = node;
  for (let i = 0; i < 20 && cur && typeof cur === 'object' && typeof (cur as Obj).$ref === 'string'; i++) {
    cur = at(root, (cur as Obj).$ref as string);
  }
  return cur;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Whole-document invariants of a converted document; returns the problems found. */
function checkConverted(out: Obj): string[] {
  const problems: string[] = [];
  if (out.openapi !== '3.0.3') problems.push(`openapi is ${String(out.openapi)}`);
  if (!Array.isArray(out.servers) || out.servers.length === 0) problems.push('no servers');
  for (const ref of collectRefs(out)) {
    const fragment = ref.slice(ref.indexOf('#') + 1);
    if (ref.includes('#') && /^\/(definitions|parameters|responses)(\/|$)/.test(fragment))
      problems.push(`Swagger 2.0 ref left: ${ref}`);
    if (ref.startsWith('#') && at(out, ref) === undefined) problems.push(`ref does not resolve: ${ref}`);
  }
  const paths = (out.paths ?? {}) as Obj;
  for (const [path, item] of Object.entries(paths)) {
    const lists: Array<[string, unknown]> = [[path, (item as Obj).parameters]];
    for (const m of METHODS) if ((item as Obj)[m]) lists.push([`${m} ${path}`, ((item as Obj)[m] as Obj).parameters]);
    for (const [where, list] of lists) {
      for (const p of (list as unknown[] | undefined) ?? []) {
        const param = deref(out, p) as Obj | undefined;
        if (!param || typeof param !== 'object') problems.push(`${where}: parameter does not resolve`);
        else if (param.in === 'body' || param.in === 'formData')
          problems.push(`${where}: parameter "${String(param.name)}" is in ${String(param.in)}`);
        else if (param.schema === undefined && param.content === undefined)
          problems.push(`${where}: parameter "${String(param.name)}" has no schema`);
      }
    }
  }
  return problems;
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as Obj)) deepFreeze(x);
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------

describe('servers', () => {
  runTable([
    {
      name: 'host + basePath + schemes',
      given: { host: 'api.x.com', basePath: '/v1', schemes: ['http', 'https'] },
      at: '#/servers',
      want: [{ url: 'http://api.x.com/v1' }, { url: 'https://api.x.com/v1' }],
    },
    {
      name: 'schemes default to https',
      given: { host: 'api.x.com', basePath: '/v1' },
      at: '#/servers',
      want: [{ url: 'https://api.x.com/v1' }],
    },
    {
      name: 'no host: relative URL from basePath',
      given: { basePath: '/v1', schemes: ['http'] },
      at: '#/servers',
      want: [{ url: '/v1' }],
    },
    { name: 'no host, no basePath: "/"', given: {}, at: '#/servers', want: [{ url: '/' }] },
    {
      name: 'trailing slash of basePath dropped',
      given: { host: 'h.io', basePath: '/v2/' },
      at: '#/servers',
      want: [{ url: 'https://h.io/v2' }],
    },
    {
      name: 'basePath "/" adds nothing',
      given: { host: 'h.io:8990', basePath: '/', schemes: ['http'] },
      at: '#/servers',
      want: [{ url: 'http://h.io:8990' }],
    },
    {
      name: 'basePath without leading slash',
      given: { host: 'h.io', basePath: 'v3' },
      at: '#/servers',
      want: [{ url: 'https://h.io/v3' }],
    },
    {
      name: 'host with a scheme and a path (warned)',
      given: { host: 'http://h.io/api', basePath: '/v1' },
      at: '#/servers',
      want: [{ url: 'http://h.io/api/v1' }],
      warns: ['swagger2-invalid-host', 'swagger2-invalid-host'],
    },
    {
      name: 'operation schemes → operation servers',
      given: { host: 'h.io', schemes: ['https'], ...op('get', { schemes: ['http'] }) },
      at: '#/paths/~1a/get/servers',
      want: [{ url: 'http://h.io' }],
    },
    {
      name: 'operation schemes equal to global: no servers',
      given: { host: 'h.io', schemes: ['https'], ...op('get', { schemes: ['https'] }) },
      at: '#/paths/~1a/get/servers',
      want: undefined,
    },
  ]);
});

describe('components', () => {
  runTable([
    {
      name: 'definitions → components.schemas',
      given: { definitions: { Pet: { type: 'object', properties: { id: { type: 'integer' } } } } },
      at: '#/components/schemas/Pet',
      want: { type: 'object', properties: { id: { type: 'integer' } } },
    },
    {
      name: 'non-body parameter → components.parameters',
      given: {
        parameters: {
          Limit: { name: 'limit', in: 'query', type: 'integer', format: 'int32', minimum: 1, default: 20 },
        },
      },
      at: '#/components/parameters/Limit',
      want: { name: 'limit', in: 'query', schema: { type: 'integer', format: 'int32', minimum: 1, default: 20 } },
    },
    {
      name: 'body parameter → components.requestBodies (global consumes)',
      given: {
        consumes: ['application/json', 'text/plain'],
        parameters: {
          PetBody: { name: 'pet', in: 'body', required: true, description: 'd', schema: { $ref: '#/definitions/Pet' } },
        },
        definitions: { Pet: {} },
      },
      at: '#/components/requestBodies/PetBody',
      want: {
        description: 'd',
        content: {
          'application/json': { schema: { $ref: '#/components/schemas/Pet' } },
          'text/plain': { schema: { $ref: '#/components/schemas/Pet' } },
        },
        required: true,
        'x-body-name': 'pet',
      },
    },
    {
      name: 'body parameter is not in components.parameters',
      given: { parameters: { B: { name: 'b', in: 'body', schema: {} } } },
      at: '#/components/parameters',
      want: undefined,
    },
    {
      name: 'formData parameter is not in components',
      given: { parameters: { F: { name: 'f', in: 'formData', type: 'string' } } },
      at: '#/components',
      want: undefined,
    },
    {
      name: 'responses → components.responses (global produces)',
      given: {
        produces: ['application/xml'],
        responses: { NotFound: { description: 'nf', schema: { type: 'string' } } },
      },
      at: '#/components/responses/NotFound',
      want: { description: 'nf', content: { 'application/xml': { schema: { type: 'string' } } } },
    },
    {
      name: 'basic → http/basic',
      given: { securityDefinitions: { b: { type: 'basic', description: 'd' } } },
      at: '#/components/securitySchemes/b',
      want: { type: 'http', scheme: 'basic', description: 'd' },
    },
    {
      name: 'apiKey kept',
      given: { securityDefinitions: { k: { type: 'apiKey', name: 'X-Key', in: 'header', 'x-ext': 1 } } },
      at: '#/components/securitySchemes/k',
      want: { type: 'apiKey', name: 'X-Key', in: 'header', 'x-ext': 1 },
    },
    {
      name: 'oauth2 implicit',
      given: {
        securityDefinitions: {
          o: { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://a', scopes: { r: 'read' } },
        },
      },
      at: '#/components/securitySchemes/o',
      want: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'https://a', scopes: { r: 'read' } } } },
    },
    {
      name: 'oauth2 password',
      given: { securityDefinitions: { o: { type: 'oauth2', flow: 'password', tokenUrl: 'https://t', scopes: {} } } },
      at: '#/components/securitySchemes/o/flows',
      want: { password: { tokenUrl: 'https://t', scopes: {} } },
    },
    {
      name: 'oauth2 application → clientCredentials',
      given: { securityDefinitions: { o: { type: 'oauth2', flow: 'application', tokenUrl: 'https://t' } } },
      at: '#/components/securitySchemes/o/flows',
      want: { clientCredentials: { tokenUrl: 'https://t', scopes: {} } },
    },
    {
      name: 'oauth2 accessCode → authorizationCode',
      given: {
        securityDefinitions: {
          o: {
            type: 'oauth2',
            flow: 'accessCode',
            authorizationUrl: 'https://a',
            tokenUrl: 'https://t',
            scopes: { w: 'write' },
          },
        },
      },
      at: '#/components/securitySchemes/o/flows',
      want: { authorizationCode: { authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: { w: 'write' } } },
    },
    {
      name: 'oauth2 missing tokenUrl (warned)',
      given: { securityDefinitions: { o: { type: 'oauth2', flow: 'password', scopes: {} } } },
      at: '#/components/securitySchemes/o/flows',
      want: { password: { scopes: {} } },
      warns: ['swagger2-oauth2-missing-url'],
    },
    {
      name: 'oauth2 unknown flow (warned)',
      given: { securityDefinitions: { o: { type: 'oauth2', flow: 'magic' } } },
      at: '#/components/securitySchemes/o',
      want: { type: 'oauth2', flows: {} },
      warns: ['swagger2-unknown-oauth2-flow'],
    },
    {
      name: 'unknown security type (warned)',
      given: { securityDefinitions: { x: { type: 'saml' } } },
      at: '#/components/securitySchemes/x',
      want: { type: 'saml' },
      warns: ['swagger2-unknown-security-type'],
    },
  ]);
});

describe('$ref rewriting', () => {
  const defs = { definitions: { Pet: { type: 'object' }, 'a/b': { type: 'string' } } };
  runTable([
    {
      name: '#/definitions → #/components/schemas',
      given: {
        ...defs,
        ...op('get', { responses: { 200: { description: 'ok', schema: { $ref: '#/definitions/Pet' } } } }),
      },
      at: '#/paths/~1a/get/responses/200/content/application~1json/schema',
      want: { $ref: '#/components/schemas/Pet' },
    },
    {
      name: 'escaped names keep their spelling',
      given: { definitions: { X: { $ref: '#/definitions/a~1b' }, 'a/b': {} } },
      at: '#/components/schemas/X',
      want: { $ref: '#/components/schemas/a~1b' },
    },
    {
      name: 'percent-encoded names resolve and keep their spelling',
      given: { definitions: { 'Foo Bar': {}, X: { $ref: '#/definitions/Foo%20Bar' } } },
      at: '#/components/schemas/X',
      want: { $ref: '#/components/schemas/Foo%20Bar' },
    },
    {
      name: 'refs inside allOf / additionalProperties / items',
      given: {
        definitions: {
          Pet: {},
          X: { allOf: [{ $ref: '#/definitions/Pet' }], additionalProperties: { items: { $ref: '#/definitions/Pet' } } },
        },
      },
      at: '#/components/schemas/X',
      want: {
        allOf: [{ $ref: '#/components/schemas/Pet' }],
        additionalProperties: { items: { $ref: '#/components/schemas/Pet' } },
      },
    },
    {
      name: 'refs inside x- extensions',
      given: { ...defs, 'x-extra': { model: { $ref: '#/definitions/Pet' } } },
      at: '#/x-extra',
      want: { model: { $ref: '#/components/schemas/Pet' } },
    },
    {
      name: '#/parameters/X (non-body) → #/components/parameters/X',
      given: {
        parameters: { Q: { name: 'q', in: 'query', type: 'string' } },
        ...op('get', { parameters: [{ $ref: '#/parameters/Q' }] }),
      },
      at: '#/paths/~1a/get/parameters',
      want: [{ $ref: '#/components/parameters/Q' }],
    },
    {
      name: '#/parameters/X (body) → requestBody $ref to #/components/requestBodies/X',
      given: {
        parameters: { B: { name: 'b', in: 'body', schema: { type: 'object' } } },
        ...op('post', { parameters: [{ $ref: '#/parameters/B' }] }),
      },
      at: '#/paths/~1a/post',
      want: { requestBody: { $ref: '#/components/requestBodies/B' }, responses: { 200: { description: 'ok' } } },
    },
    {
      name: 'a body parameter at the end of a chain of 40 $refs → requestBody (chains of any length)',
      given: {
        parameters: Object.fromEntries(
          Array.from({ length: 41 }, (_, i) => [
            `B${i}`,
            i === 40 ? { name: 'b', in: 'body', schema: { type: 'object' } } : { $ref: `#/parameters/B${i + 1}` },
          ]),
        ),
        ...op('post', { parameters: [{ $ref: '#/parameters/B0' }] }),
      },
      at: '#/paths/~1a/post',
      want: { requestBody: { $ref: '#/components/requestBodies/B0' }, responses: { 200: { description: 'ok' } } },
    },
    {
      name: 'body $ref with different consumes → inline body referring to the schema',
      given: {
        ...defs,
        parameters: { B: { name: 'b', in: 'body', required: true, schema: { $ref: '#/definitions/Pet' } } },
        ...op('post', { consumes: ['application/xml'], parameters: [{ $ref: '#/parameters/B' }] }),
      },
      at: '#/paths/~1a/post/requestBody',
      want: {
        content: { 'application/xml': { schema: { $ref: '#/components/schemas/Pet' } } },
        required: true,
        'x-body-name': 'b',
      },
    },
    {
      name: 'body $ref with inline schema and different body name → deep ref to the component schema',
      given: {
        parameters: { B: { name: 'b', in: 'body', schema: { type: 'object' } } },
        ...op('post', { 'x-codegen-request-body-name': 'payload', parameters: [{ $ref: '#/parameters/B' }] }),
      },
      at: '#/paths/~1a/post/requestBody',
      want: {
        content: {
          'application/json': { schema: { $ref: '#/components/requestBodies/B/content/application~1json/schema' } },
        },
        'x-body-name': 'payload',
      },
    },
    {
      name: 'formData $ref → inlined into the form body',
      given: {
        parameters: { F: { name: 'f', in: 'formData', type: 'string', required: true } },
        ...op('post', { parameters: [{ $ref: '#/parameters/F' }] }),
      },
      at: '#/paths/~1a/post/requestBody/content/application~1x-www-form-urlencoded/schema',
      want: { type: 'object', properties: { f: { type: 'string' } }, required: ['f'] },
    },
    {
      name: '#/responses/X → #/components/responses/X',
      given: {
        responses: { E: { description: 'e' } },
        ...op('get', { responses: { default: { $ref: '#/responses/E' } } }),
      },
      at: '#/paths/~1a/get/responses/default',
      want: { $ref: '#/components/responses/E' },
    },
    {
      name: 'external definitions ref keeps its file',
      given: { definitions: { X: { $ref: 'other.yaml#/definitions/Y' } } },
      at: '#/components/schemas/X',
      want: { $ref: 'other.yaml#/components/schemas/Y' },
    },
    {
      name: 'external whole-file ref unchanged',
      given: { definitions: { X: { $ref: 'schemas/x.json' } } },
      at: '#/components/schemas/X',
      want: { $ref: 'schemas/x.json' },
    },
    {
      name: 'external parameter without resolveExternal: assumed non-body (warned)',
      given: op('get', { parameters: [{ $ref: 'common.yaml#/parameters/P' }] }),
      at: '#/paths/~1a/get/parameters',
      want: [{ $ref: 'common.yaml#/components/parameters/P' }],
      warns: ['swagger2-external-parameter'],
    },
    {
      name: 'external body parameter with resolveExternal → requestBodies',
      given: op('post', { parameters: [{ $ref: 'common.yaml#/parameters/P' }] }),
      options: {
        resolveExternal: (f) =>
          f === 'common.yaml'
            ? { swagger: '2.0', parameters: { P: { name: 'p', in: 'body', schema: {} } } }
            : undefined,
      },
      at: '#/paths/~1a/post/requestBody',
      want: { $ref: 'common.yaml#/components/requestBodies/P' },
    },
    {
      name: 'external formData parameter with resolveExternal → inlined',
      given: op('post', { parameters: [{ $ref: 'common.yaml#/parameters/F' }] }),
      options: {
        resolveExternal: () => ({ swagger: '2.0', parameters: { F: { name: 'f', in: 'formData', type: 'file' } } }),
      },
      at: '#/paths/~1a/post/requestBody/content/multipart~1form-data/schema/properties/f',
      want: { type: 'string', format: 'binary' },
    },
    {
      name: 'deep ref into an external response schema (resolveExternal)',
      given: { definitions: { X: { $ref: 'c.yaml#/responses/R/schema' } } },
      options: {
        resolveExternal: () => ({
          swagger: '2.0',
          produces: ['application/xml'],
          responses: { R: { description: '', schema: {} } },
        }),
      },
      at: '#/components/schemas/X',
      want: { $ref: 'c.yaml#/components/responses/R/content/application~1xml/schema' },
    },
    {
      name: 'dangling local ref (warned)',
      given: { definitions: { X: { $ref: '#/definitions/Nope' } } },
      at: '#/components/schemas/X',
      want: { $ref: '#/components/schemas/Nope' },
      warns: ['swagger2-dangling-ref'],
    },
  ]);
});

describe('deep $refs follow the node they point at', () => {
  const given = {
    consumes: ['application/json'],
    parameters: {
      B: { name: 'b', in: 'body', schema: { type: 'object', properties: { c: { type: 'string' } } } },
      Q: { name: 'q', in: 'query', type: 'array', items: { type: 'integer', maximum: 9 } },
    },
    responses: { R: { description: 'r', schema: { type: 'object', properties: { e: { type: 'number' } } } } },
    paths: {
      '/a': {
        parameters: [{ name: 'pb', in: 'body', schema: { type: 'object', properties: { p: { type: 'boolean' } } } }],
        post: {
          parameters: [
            { name: 'body', in: 'body', schema: { type: 'object', properties: { x: { type: 'string' } } } },
            { name: 'h', in: 'header', type: 'array', items: { type: 'string', enum: ['a'] } },
          ],
          responses: {
            200: {
              description: 'ok',
              schema: { type: 'object', properties: { y: { type: 'integer' } } },
              headers: { 'X-R': { type: 'integer', format: 'int64' } },
            },
          },
        },
        get: { responses: { 200: { description: 'ok' } } },
      },
      '/f': {
        post: {
          consumes: ['multipart/form-data'],
          parameters: [
            { name: 'file', in: 'formData', type: 'file' },
            { name: 'tags', in: 'formData', type: 'array', items: { type: 'string', minLength: 2 } },
          ],
          responses: { 200: { description: 'ok' } },
        },
      },
    },
  };
  runTable(
    (
      [
        [
          'body parameter schema',
          '#/paths/~1a/post/parameters/0/schema/properties/x',
          '#/paths/~1a/post/requestBody/content/application~1json/schema/properties/x',
        ],
        [
          'non-body parameter after a body one (index shifts, value under schema)',
          '#/paths/~1a/post/parameters/1/items',
          '#/paths/~1a/post/parameters/0/schema/items',
        ],
        [
          'response schema',
          '#/paths/~1a/post/responses/200/schema/properties/y',
          '#/paths/~1a/post/responses/200/content/application~1json/schema/properties/y',
        ],
        [
          'response header value',
          '#/paths/~1a/post/responses/200/headers/X-R/format',
          '#/paths/~1a/post/responses/200/headers/X-R/schema/format',
        ],
        [
          'component response schema',
          '#/responses/R/schema/properties/e',
          '#/components/responses/R/content/application~1json/schema/properties/e',
        ],
        [
          'component body parameter schema',
          '#/parameters/B/schema/properties/c',
          '#/components/requestBodies/B/content/application~1json/schema/properties/c',
        ],
        ['component parameter items', '#/parameters/Q/items', '#/components/parameters/Q/schema/items'],
        [
          'path-level body parameter (moved into the first operation using it)',
          '#/paths/~1a/parameters/0/schema/properties/p',
          '#/paths/~1a/get/requestBody/content/application~1json/schema/properties/p',
        ],
        [
          'form field',
          '#/paths/~1f/post/parameters/1/items',
          '#/paths/~1f/post/requestBody/content/multipart~1form-data/schema/properties/tags/items',
        ],
      ] as const
    ).map(([name, ref, want]) => ({ name, given: { ...given, 'x-probe': { $ref: ref } }, at: '#/x-probe/$ref', want })),
  );

  it('each rewritten deep ref resolves to the converted form of the node it named', () => {
    const probes = [
      '#/paths/~1a/post/parameters/0/schema/properties/x',
      '#/paths/~1a/post/parameters/1/items',
      '#/paths/~1a/post/responses/200/schema/properties/y',
      '#/parameters/B/schema/properties/c',
      '#/paths/~1f/post/parameters/1/items',
    ];
    const { out } = convert({ ...given, 'x-probes': probes.map(($ref) => ({ $ref })) });
    const rewritten = (out['x-probes'] as Array<{ $ref: string }>).map((p) => p.$ref);
    const converted = rewritten.map((r) => at(out, r));
    expect(converted).toEqual([
      { type: 'string' },
      { type: 'string', enum: ['a'] },
      { type: 'integer' },
      { type: 'string' },
      { type: 'string', minLength: 2 },
    ]);
  });

  runTable([
    {
      name: 'pointer to a body parameter name has no 3.0 counterpart (warned)',
      given: { ...given, 'x-probe': { $ref: '#/paths/~1a/post/parameters/0/name' } },
      at: '#/x-probe/$ref',
      want: '#/paths/~1a/post/parameters/0/name',
      warns: ['swagger2-unmappable-ref'],
    },
    {
      name: 'pointer to a component formData parameter (warned)',
      given: {
        parameters: { F: { name: 'f', in: 'formData', type: 'string' } },
        'x-probe': { $ref: '#/parameters/F/type' },
      },
      at: '#/x-probe/$ref',
      want: '#/components/parameters/F/type',
      warns: ['swagger2-unmappable-ref'],
    },
    {
      name: 'body schema with several consumes → first media type',
      given: {
        paths: {
          '/m': {
            post: {
              consumes: ['application/xml', 'application/json'],
              parameters: [{ name: 'b', in: 'body', schema: { type: 'object' } }],
              responses: {},
            },
          },
        },
        'x-probe': { $ref: '#/paths/~1m/post/parameters/0/schema' },
      },
      at: '#/x-probe/$ref',
      want: '#/paths/~1m/post/requestBody/content/application~1xml/schema',
    },
    {
      name: 'path-level body used by several operations → the first one',
      given: {
        paths: {
          '/m': {
            parameters: [{ name: 'b', in: 'body', schema: {} }],
            put: { responses: {} },
            post: { responses: {} },
          },
        },
        'x-probe': { $ref: '#/paths/~1m/parameters/0/schema' },
      },
      at: '#/x-probe/$ref',
      want: '#/paths/~1m/put/requestBody/content/application~1json/schema',
    },
    {
      name: 'pointer to global consumes (warned)',
      given: { consumes: ['a/b'], 'x-probe': { $ref: '#/consumes' } },
      at: '#/x-probe/$ref',
      want: '#/consumes',
      warns: ['swagger2-unmappable-ref'],
    },
  ]);
});

describe('body parameters', () => {
  const body = { name: 'pet', in: 'body', required: true, schema: { type: 'object' } };
  runTable([
    {
      name: 'default media type application/json',
      given: op('post', { parameters: [body] }),
      at: '#/paths/~1a/post/requestBody',
      want: { content: { 'application/json': { schema: { type: 'object' } } }, required: true, 'x-body-name': 'pet' },
    },
    {
      name: 'global consumes',
      given: { consumes: ['application/xml', 'application/json'], ...op('post', { parameters: [body] }) },
      at: '#/paths/~1a/post/requestBody/content',
      want: { 'application/xml': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } },
    },
    {
      name: 'operation consumes override global',
      given: { consumes: ['application/xml'], ...op('post', { consumes: ['text/plain'], parameters: [body] }) },
      at: '#/paths/~1a/post/requestBody/content',
      want: { 'text/plain': { schema: { type: 'object' } } },
    },
    {
      name: 'x-codegen-request-body-name wins over name',
      given: op('post', { 'x-codegen-request-body-name': 'data', parameters: [body] }),
      at: '#/paths/~1a/post/requestBody/x-body-name',
      want: 'data',
    },
    {
      name: 'x-codegen-request-body-name itself is kept on the operation',
      given: op('post', { 'x-codegen-request-body-name': 'data', parameters: [body] }),
      at: '#/paths/~1a/post/x-codegen-request-body-name',
      want: 'data',
    },
    {
      name: 'x-examples → content example',
      given: op('post', { parameters: [{ ...body, 'x-examples': { 'application/json': { a: 1 } } }] }),
      at: '#/paths/~1a/post/requestBody/content',
      want: { 'application/json': { schema: { type: 'object' }, example: { a: 1 } } },
    },
    {
      name: 'path-level body parameter moves into each operation',
      given: op('put', {}, { parameters: [body] }),
      at: '#/paths/~1a',
      want: {
        put: {
          requestBody: {
            content: { 'application/json': { schema: { type: 'object' } } },
            required: true,
            'x-body-name': 'pet',
          },
          responses: { 200: { description: 'ok' } },
        },
      },
    },
    {
      name: 'operation body overrides path-level body',
      given: op(
        'put',
        { parameters: [{ name: 'mine', in: 'body', schema: { type: 'string' } }] },
        { parameters: [body] },
      ),
      at: '#/paths/~1a/put/requestBody',
      want: { content: { 'application/json': { schema: { type: 'string' } } }, 'x-body-name': 'mine' },
    },
    {
      name: 'request body goes where parameters were; other params stay',
      given: op('post', {
        summary: 's',
        parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }, body],
        tags: ['t'],
      }),
      at: '#/paths/~1a/post',
      want: {
        summary: 's',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          content: { 'application/json': { schema: { type: 'object' } } },
          required: true,
          'x-body-name': 'pet',
        },
        tags: ['t'],
        responses: { 200: { description: 'ok' } },
      },
    },
    {
      name: 'a 3.0 requestBody in a 2.0 operation is kept',
      given: op('post', { requestBody: { content: { 'text/plain': { schema: { $ref: '#/definitions/T' } } } } }),
      at: '#/paths/~1a/post/requestBody',
      want: { content: { 'text/plain': { schema: { $ref: '#/components/schemas/T' } } } },
      warns: ['swagger2-dangling-ref'],
    },
    {
      name: 'missing schema (warned)',
      given: op('post', { parameters: [{ name: 'b', in: 'body' }] }),
      at: '#/paths/~1a/post/requestBody/content',
      want: { 'application/json': { schema: {} } },
      warns: ['swagger2-body-missing-schema'],
    },
    {
      name: 'two body parameters: first wins (warned)',
      given: op('post', { parameters: [body, { name: 'other', in: 'body', schema: {} }] }),
      at: '#/paths/~1a/post/requestBody/x-body-name',
      want: 'pet',
      warns: ['swagger2-multiple-body-params'],
    },
    {
      name: 'body + formData: body wins (warned)',
      given: op('post', { parameters: [body, { name: 'f', in: 'formData', type: 'string' }] }),
      at: '#/paths/~1a/post/requestBody/x-body-name',
      want: 'pet',
      warns: ['swagger2-body-and-form-params'],
    },
  ]);
});

describe('formData parameters', () => {
  runTable([
    {
      name: 'urlencoded by default; object schema, required list',
      given: op('post', {
        parameters: [
          { name: 'name', in: 'formData', type: 'string', required: true, description: 'n' },
          { name: 'age', in: 'formData', type: 'integer', minimum: 0 },
        ],
      }),
      at: '#/paths/~1a/post/requestBody',
      want: {
        content: {
          'application/x-www-form-urlencoded': {
            schema: {
              type: 'object',
              properties: { name: { type: 'string', description: 'n' }, age: { type: 'integer', minimum: 0 } },
              required: ['name'],
            },
          },
        },
        required: true,
      },
    },
    {
      name: 'type: file → multipart with binary string',
      given: op('post', {
        parameters: [
          { name: 'upload', in: 'formData', type: 'file' },
          { name: 'note', in: 'formData', type: 'string' },
        ],
      }),
      at: '#/paths/~1a/post/requestBody',
      want: {
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: { upload: { type: 'string', format: 'binary' }, note: { type: 'string' } },
            },
          },
        },
      },
    },
    {
      name: 'consumes multipart/form-data without files',
      given: op('post', {
        consumes: ['multipart/form-data'],
        parameters: [{ name: 'a', in: 'formData', type: 'string' }],
      }),
      at: '#/paths/~1a/post/requestBody/content',
      want: { 'multipart/form-data': { schema: { type: 'object', properties: { a: { type: 'string' } } } } },
    },
    {
      name: 'consumes both form types → both, encoding on urlencoded only',
      given: op('post', {
        consumes: ['application/x-www-form-urlencoded', 'multipart/form-data'],
        parameters: [{ name: 'ids', in: 'formData', type: 'array', items: { type: 'integer' } }],
      }),
      at: '#/paths/~1a/post/requestBody/content',
      want: {
        'application/x-www-form-urlencoded': {
          schema: { type: 'object', properties: { ids: { type: 'array', items: { type: 'integer' } } } },
          encoding: { ids: { style: 'form', explode: false } },
        },
        'multipart/form-data': {
          schema: { type: 'object', properties: { ids: { type: 'array', items: { type: 'integer' } } } },
        },
      },
    },
    {
      name: 'multi form array needs no encoding',
      given: op('post', {
        parameters: [
          { name: 'ids', in: 'formData', type: 'array', collectionFormat: 'multi', items: { type: 'integer' } },
        ],
      }),
      at: '#/paths/~1a/post/requestBody/content/application~1x-www-form-urlencoded/encoding',
      want: undefined,
    },
    {
      name: 'pipes form array → encoding',
      given: op('post', {
        parameters: [
          { name: 'ids', in: 'formData', type: 'array', collectionFormat: 'pipes', items: { type: 'integer' } },
        ],
      }),
      at: '#/paths/~1a/post/requestBody/content/application~1x-www-form-urlencoded/encoding',
      want: { ids: { style: 'pipeDelimited', explode: false } },
    },
    {
      name: 'path-level form fields merge, operation overrides by name',
      given: op(
        'post',
        {
          parameters: [
            { name: 'a', in: 'formData', type: 'integer' },
            { name: 'c', in: 'formData', type: 'string' },
          ],
        },
        {
          parameters: [
            { name: 'a', in: 'formData', type: 'string' },
            { name: 'b', in: 'formData', type: 'boolean' },
          ],
        },
      ),
      at: '#/paths/~1a/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties',
      want: { b: { type: 'boolean' }, a: { type: 'integer' }, c: { type: 'string' } },
    },
    {
      name: 'x-codegen-request-body-name → x-body-name',
      given: op('post', {
        'x-codegen-request-body-name': 'form',
        parameters: [{ name: 'a', in: 'formData', type: 'string' }],
      }),
      at: '#/paths/~1a/post/requestBody/x-body-name',
      want: 'form',
    },
    {
      name: 'operation consumes JSON only (warned)',
      given: op('post', {
        consumes: ['application/json'],
        parameters: [{ name: 'a', in: 'formData', type: 'string' }],
      }),
      at: '#/paths/~1a/post/requestBody/content',
      want: {
        'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { a: { type: 'string' } } } },
      },
      warns: ['swagger2-formdata-consumes'],
    },
    {
      name: 'file with urlencoded consumes → multipart (warned)',
      given: op('post', {
        consumes: ['application/x-www-form-urlencoded'],
        parameters: [{ name: 'f', in: 'formData', type: 'file' }],
      }),
      at: '#/paths/~1a/post/requestBody/content',
      want: {
        'multipart/form-data': { schema: { type: 'object', properties: { f: { type: 'string', format: 'binary' } } } },
      },
      warns: ['swagger2-file-needs-multipart'],
    },
    {
      name: 'form field without a name dropped (warned)',
      given: op('post', {
        parameters: [
          { in: 'formData', type: 'string' },
          { name: 'ok', in: 'formData', type: 'string' },
        ],
      }),
      at: '#/paths/~1a/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties',
      want: { ok: { type: 'string' } },
      warns: ['swagger2-invalid-parameter'],
    },
    {
      name: 'no formData params left in parameters',
      given: op('post', { parameters: [{ name: 'a', in: 'formData', type: 'string' }] }),
      at: '#/paths/~1a/post/parameters',
      want: undefined,
    },
  ]);
});

describe('non-body parameters', () => {
  const q = (extra: Obj): Obj => op('get', { parameters: [{ name: 'p', in: 'query', ...extra }] });
  const param = '#/paths/~1a/get/parameters/0';
  runTable([
    {
      name: 'value fields move into schema',
      given: q({
        type: 'string',
        format: 'date',
        enum: ['a', 'b'],
        default: 'a',
        pattern: '^x',
        maxLength: 3,
        description: 'd',
        required: true,
      }),
      at: param,
      want: {
        name: 'p',
        in: 'query',
        description: 'd',
        required: true,
        schema: { type: 'string', format: 'date', enum: ['a', 'b'], default: 'a', pattern: '^x', maxLength: 3 },
      },
    },
    {
      name: 'numeric bounds',
      given: q({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 5, multipleOf: 0.5 }),
      at: `${param}/schema`,
      want: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 5, multipleOf: 0.5 },
    },
    {
      name: 'allowEmptyValue kept',
      given: q({ type: 'string', allowEmptyValue: true }),
      at: param,
      want: { name: 'p', in: 'query', allowEmptyValue: true, schema: { type: 'string' } },
    },
    {
      name: 'x-example → example (extension kept)',
      given: q({ type: 'string', 'x-example': 'abc' }),
      at: param,
      want: { name: 'p', in: 'query', schema: { type: 'string' }, example: 'abc', 'x-example': 'abc' },
    },
    {
      name: 'x-nullable → schema.nullable',
      given: q({ type: 'string', 'x-nullable': true }),
      at: `${param}/schema`,
      want: { type: 'string', nullable: true },
    },
    {
      name: 'x-enum-varnames moves into schema',
      given: q({ type: 'integer', enum: [1, 2], 'x-enum-varnames': ['One', 'Two'] }),
      at: `${param}/schema`,
      want: { type: 'integer', enum: [1, 2], 'x-enum-varnames': ['One', 'Two'] },
    },
    {
      name: 'query csv (explicit) → form, explode false',
      given: q({ type: 'array', items: { type: 'string' }, collectionFormat: 'csv' }),
      at: param,
      want: {
        name: 'p',
        in: 'query',
        style: 'form',
        explode: false,
        schema: { type: 'array', items: { type: 'string' } },
      },
    },
    {
      name: 'query array without collectionFormat is csv',
      given: q({ type: 'array', items: { type: 'string' } }),
      at: `${param}/explode`,
      want: false,
    },
    {
      name: 'query ssv → spaceDelimited',
      given: q({ type: 'array', items: { type: 'string' }, collectionFormat: 'ssv' }),
      at: `${param}/style`,
      want: 'spaceDelimited',
    },
    {
      name: 'query pipes → pipeDelimited',
      given: q({ type: 'array', items: { type: 'string' }, collectionFormat: 'pipes' }),
      at: `${param}/style`,
      want: 'pipeDelimited',
    },
    {
      name: 'query multi → form, explode true',
      given: q({ type: 'array', items: { type: 'string' }, collectionFormat: 'multi' }),
      at: param,
      want: {
        name: 'p',
        in: 'query',
        style: 'form',
        explode: true,
        schema: { type: 'array', items: { type: 'string' } },
      },
    },
    {
      name: 'query tsv → csv (warned)',
      given: q({ type: 'array', items: { type: 'string' }, collectionFormat: 'tsv' }),
      at: param,
      want: {
        name: 'p',
        in: 'query',
        style: 'form',
        explode: false,
        schema: { type: 'array', items: { type: 'string' } },
      },
      warns: ['swagger2-tsv-collection-format'],
    },
    {
      name: 'path csv → simple (default, nothing added)',
      given: op('get', {
        parameters: [{ name: 'p', in: 'path', required: true, type: 'array', items: { type: 'integer' } }],
      }),
      at: param,
      want: { name: 'p', in: 'path', required: true, schema: { type: 'array', items: { type: 'integer' } } },
    },
    {
      name: 'header pipes → csv (warned)',
      given: op('get', {
        parameters: [{ name: 'H', in: 'header', type: 'array', items: { type: 'string' }, collectionFormat: 'pipes' }],
      }),
      at: param,
      want: { name: 'H', in: 'header', schema: { type: 'array', items: { type: 'string' } } },
      warns: ['swagger2-unsupported-collection-format'],
    },
    {
      name: 'nested collectionFormat dropped (warned)',
      given: q({
        type: 'array',
        collectionFormat: 'multi',
        items: { type: 'array', collectionFormat: 'csv', items: { type: 'string' } },
      }),
      at: `${param}/schema`,
      want: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
      warns: ['swagger2-nested-collection-format'],
    },
    {
      name: 'path parameter without required: made required (warned)',
      given: op('get', { parameters: [{ name: 'id', in: 'path', type: 'string' }] }),
      at: `${param}/required`,
      want: true,
      warns: ['swagger2-path-param-not-required'],
    },
    {
      name: 'path-level parameters stay at path level',
      given: op('get', {}, { parameters: [{ name: 'id', in: 'path', required: true, type: 'integer' }] }),
      at: '#/paths/~1a/parameters',
      want: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
    },
    {
      name: 'extensions kept on the parameter',
      given: q({ type: 'string', 'x-internal': true }),
      at: `${param}/x-internal`,
      want: true,
    },
  ]);
});

describe('responses', () => {
  const r200 = (response: Obj, extra: Obj = {}): Obj =>
    op('get', { ...extra, responses: { 200: { description: 'ok', ...response } } });
  const at200 = '#/paths/~1a/get/responses/200';
  runTable([
    {
      name: 'schema → content (default application/json)',
      given: r200({ schema: { type: 'string' } }),
      at: at200,
      want: { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } },
    },
    {
      name: 'operation produces override global',
      given: {
        produces: ['application/xml'],
        ...r200({ schema: { type: 'string' } }, { produces: ['text/csv', 'application/json'] }),
      },
      at: `${at200}/content`,
      want: { 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'string' } } },
    },
    { name: 'no schema → no content', given: r200({}), at: at200, want: { description: 'ok' } },
    {
      name: 'missing description → ""',
      given: op('get', { responses: { 204: {} } }),
      at: '#/paths/~1a/get/responses/204',
      want: { description: '' },
    },
    {
      name: 'type: file → application/octet-stream binary',
      given: r200({ schema: { type: 'file' } }),
      at: `${at200}/content`,
      want: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    },
    {
      name: 'type: file with binary produces keeps them',
      given: r200({ schema: { type: 'file' } }, { produces: ['application/json', 'application/pdf'] }),
      at: `${at200}/content`,
      want: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    },
    {
      name: 'headers → 3.0 headers',
      given: r200({
        headers: {
          'X-Rate': { type: 'integer', format: 'int32', description: 'rate', 'x-a': 1 },
          'X-List': { type: 'array', items: { type: 'string' } },
        },
      }),
      at: `${at200}/headers`,
      want: {
        'X-Rate': { description: 'rate', schema: { type: 'integer', format: 'int32' }, 'x-a': 1 },
        'X-List': { schema: { type: 'array', items: { type: 'string' } } },
      },
    },
    {
      name: 'examples → content examples',
      given: r200({ schema: { type: 'object' }, examples: { 'application/json': { id: 1 } } }),
      at: `${at200}/content`,
      want: { 'application/json': { schema: { type: 'object' }, example: { id: 1 } } },
    },
    {
      name: 'example for a media type not in produces adds it',
      given: r200({ schema: { type: 'object' }, examples: { 'application/xml': '<a/>' } }),
      at: `${at200}/content`,
      want: {
        'application/json': { schema: { type: 'object' } },
        'application/xml': { schema: { type: 'object' }, example: '<a/>' },
      },
    },
    {
      name: 'examples without schema',
      given: r200({ examples: { 'text/plain': 'hi' } }),
      at: `${at200}/content`,
      want: { 'text/plain': { example: 'hi' } },
    },
    {
      name: 'extensions kept on responses',
      given: op('get', { responses: { 200: { description: 'ok', 'x-r': 1 }, 'x-rs': 2 } }),
      at: '#/paths/~1a/get/responses',
      want: { 200: { description: 'ok', 'x-r': 1 }, 'x-rs': 2 },
    },
  ]);
});

describe('schemas', () => {
  const def = (schema: unknown): Obj => ({ definitions: { Pet: {}, S: schema } });
  runTable([
    {
      name: 'x-nullable → nullable',
      given: def({ type: 'string', 'x-nullable': true }),
      at: '#/components/schemas/S',
      want: { type: 'string', nullable: true },
    },
    {
      name: 'x-nullable on a $ref → allOf + nullable',
      given: def({ $ref: '#/definitions/Pet', 'x-nullable': true, description: 'd' }),
      at: '#/components/schemas/S',
      want: { allOf: [{ $ref: '#/components/schemas/Pet' }], nullable: true, description: 'd' },
    },
    {
      name: 'string discriminator → { propertyName }',
      given: def({ type: 'object', discriminator: 'kind', properties: { kind: { type: 'string' } } }),
      at: '#/components/schemas/S/discriminator',
      want: { propertyName: 'kind' },
    },
    {
      name: 'type: file → binary string',
      given: def({ type: 'file' }),
      at: '#/components/schemas/S',
      want: { type: 'string', format: 'binary' },
    },
    {
      name: 'recursive into properties / items / allOf / additionalProperties',
      given: def({
        allOf: [{ properties: { a: { type: 'integer', 'x-nullable': true } } }],
        additionalProperties: { type: 'file' },
        properties: { list: { type: 'array', items: { $ref: '#/definitions/Pet', 'x-nullable': true } } },
      }),
      at: '#/components/schemas/S',
      want: {
        allOf: [{ properties: { a: { type: 'integer', nullable: true } } }],
        additionalProperties: { type: 'string', format: 'binary' },
        properties: {
          list: { type: 'array', items: { allOf: [{ $ref: '#/components/schemas/Pet' }], nullable: true } },
        },
      },
    },
    {
      name: 'tuple items → anyOf (warned)',
      given: def({ type: 'array', items: [{ type: 'string' }, { type: 'integer' }] }),
      at: '#/components/schemas/S/items',
      want: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
      warns: ['swagger2-tuple-items'],
    },
    {
      name: 'other keywords and extensions copied',
      given: def({ type: 'object', readOnly: true, example: { a: 1 }, xml: { name: 'x' }, 'x-go-type': 'T' }),
      at: '#/components/schemas/S',
      want: { type: 'object', readOnly: true, example: { a: 1 }, xml: { name: 'x' }, 'x-go-type': 'T' },
    },
  ]);
});

describe('document level', () => {
  it('keeps info, tags, externalDocs, security and x- extensions; drops unknown fields (warned)', () => {
    const { out, diags } = convert({
      info: { title: 'T', version: 2, 'x-logo': { url: 'u' } },
      tags: [{ name: 't', description: 'd' }],
      externalDocs: { url: 'https://docs' },
      security: [{ k: [] }],
      'x-top': { a: 1 },
      bogus: 1,
      ...op('get', { 'x-op': true, security: [] }, { 'x-path': 1 }),
    });
    expect(out.info).toEqual({ title: 'T', version: '2', 'x-logo': { url: 'u' } });
    expect(out.tags).toEqual([{ name: 't', description: 'd' }]);
    expect(out.externalDocs).toEqual({ url: 'https://docs' });
    expect(out.security).toEqual([{ k: [] }]);
    expect(out['x-top']).toEqual({ a: 1 });
    expect(out.bogus).toBeUndefined();
    expect(at(out, '#/paths/~1a/x-path')).toBe(1);
    expect(at(out, '#/paths/~1a/get/x-op')).toBe(true);
    expect(at(out, '#/paths/~1a/get/security')).toEqual([]);
    expect(codes(diags)).toEqual(['swagger2-unknown-field']);
    expect(diags.list[0].pointer).toBe('#/bogus');
  });

  it('top-level key order is fixed', () => {
    const { out } = convert({
      'x-a': 1,
      definitions: { A: {} },
      tags: [],
      securityDefinitions: { b: { type: 'basic' } },
      security: [],
      externalDocs: { url: 'u' },
    });
    expect(Object.keys(out)).toEqual([
      'openapi',
      'info',
      'externalDocs',
      'servers',
      'tags',
      'security',
      'paths',
      'components',
      'x-a',
    ]);
    expect(Object.keys(out.components as Obj)).toEqual(['schemas', 'securitySchemes']);
  });

  it('diagnostics point into the original document', () => {
    const { diags } = convert({
      paths: { '/p/{id}': { get: { parameters: [{ name: 'id', in: 'path', type: 'string' }], responses: {} } } },
    });
    expect(diags.list).toEqual([
      expect.objectContaining({
        code: 'swagger2-path-param-not-required',
        file: 'spec.yaml',
        pointer: '#/paths/~1p~1{id}/get/parameters/0',
        severity: 'warning',
      }),
    ]);
    expect(diags.list[0].hint).toBeTruthy();
  });

  it('never mutates the input and shares no objects with it', () => {
    const doc = swagger({
      host: 'h',
      definitions: {
        Pet: { type: 'object', 'x-nullable': true, discriminator: 'k', properties: { f: { type: 'file' } } },
      },
      parameters: { B: { name: 'b', in: 'body', schema: { $ref: '#/definitions/Pet' } } },
      ...op('post', {
        parameters: [{ $ref: '#/parameters/B' }, { name: 'q', in: 'query', type: 'array', items: { type: 'string' } }],
        responses: { 200: { description: 'ok', schema: { $ref: '#/definitions/Pet' } } },
      }),
    });
    const before = JSON.stringify(doc);
    const out = convertSwagger2(deepFreeze(doc), 'f', new Diagnostics()); // writes into frozen objects throw
    expect(JSON.stringify(doc)).toBe(before);
    const inputObjects = new Set<unknown>();
    const gather = (v: unknown): void => {
      if (v && typeof v === 'object') {
        inputObjects.add(v);
        Object.values(v).forEach(gather);
      }
    };
    gather(doc);
    const shared: unknown[] = [];
    const check = (v: unknown): void => {
      if (v && typeof v === 'object') {
        if (inputObjects.has(v)) shared.push(v);
        Object.values(v).forEach(check);
      }
    };
    check(out);
    expect(shared).toEqual([]);
  });

  it('is deterministic', () => {
    const given = {
      definitions: { B: {}, A: { $ref: '#/definitions/B' } },
      ...op('post', { parameters: [{ name: 'f', in: 'formData', type: 'file' }] }),
    };
    expect(JSON.stringify(convert(given).out)).toBe(JSON.stringify(convert(given).out));
  });

  it('keeps shared input nodes (YAML aliases) shared and survives cyclic input', () => {
    const shared = { type: 'string', 'x-nullable': true };
    const cyclic: Obj = { type: 'object', properties: {} };
    (cyclic.properties as Obj).self = cyclic;
    const { out } = convert({ definitions: { A: { properties: { x: shared, y: shared } }, C: cyclic } });
    const a = at(out, '#/components/schemas/A/properties') as Obj;
    expect(a.x).toEqual({ type: 'string', nullable: true });
    expect(a.x).toBe(a.y);
    const c = at(out, '#/components/schemas/C') as Obj;
    expect((c.properties as Obj).self).toBe(c);
  });

  // How its time grows with the size is the bench's: `npm run bench -- --specs swagger2 --scale-spec swagger2`.
  it('converts a multi-MB document, rewriting $refs into its paths', () => {
    const N = 4000;
    const definitions: Obj = {};
    const paths: Obj = {};
    for (let i = 0; i < N; i++) {
      definitions[`M${i}`] = {
        type: 'object',
        'x-nullable': true,
        properties: {
          id: { type: 'integer' },
          next: { $ref: `#/definitions/M${(i + 1) % N}` },
          tags: { type: 'array', items: { type: 'string' } },
          deep: { $ref: `#/paths/~1r${i}/post/parameters/1/schema` },
        },
      };
      paths[`/r${i}`] = {
        parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
        post: {
          parameters: [
            { name: 'q', in: 'query', type: 'array', items: { type: 'string' } },
            { name: 'body', in: 'body', schema: { $ref: `#/definitions/M${i}` } },
          ],
          responses: {
            200: { description: 'ok', schema: { type: 'array', items: { $ref: `#/definitions/M${i}` } } },
            default: { description: 'e', schema: { $ref: `#/paths/~1r${i}/post/responses/200/schema` } },
          },
        },
      };
    }
    const doc = swagger({ definitions, paths });
    expect(JSON.stringify(doc).length).toBeGreaterThan(2_000_000);
    const out = convertSwagger2(doc, 'big', new Diagnostics());
    expect(at(out, '#/components/schemas/M7/properties/deep')).toEqual({
      $ref: '#/paths/~1r7/post/requestBody/content/application~1json/schema',
    });
    expect(checkConverted(out)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Real documents

const corpus = sharedPath('corpus');
const manifest = JSON.parse(readFileSync(path.join(corpus, 'public/manifest.json'), 'utf8')) as {
  specs: Array<{ file: string; swagger2: boolean }>;
};
const corpusFiles = [
  ...manifest.specs.filter((s) => s.swagger2 && s.file.endsWith('.yaml')).map((s) => `public/${s.file}`),
  'edge-cases/readme-oas-examples__swagger2-petstore__1.0.0.json',
  'edge-cases/readme-oas-examples__swagger2-schema-circular__1.0.json',
];

function loadCorpus(rel: string): Obj {
  return yaml.load(readFileSync(path.join(corpus, rel), 'utf8')) as Obj;
}

/** Operations of a document as "METHOD path" keys. */
function operationKeys(doc: Obj): string[] {
  const keys: string[] = [];
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Obj)) {
    for (const m of METHODS) if ((item as Obj)[m]) keys.push(`${m} ${path}`);
  }
  return keys;
}

describe('corpus: genuine Swagger 2.0 documents', () => {
  it('finds the 4 Swagger 2.0 YAML files and 2 edge cases', () => {
    expect(corpusFiles).toHaveLength(6);
  });

  it('the invariant checker rejects an unconverted document', () => {
    // Guards the checker itself: it must see Swagger refs, body params and the missing version.
    const raw = loadCorpus('edge-cases/readme-oas-examples__swagger2-petstore__1.0.0.json');
    const problems = checkConverted(raw);
    expect(problems.some((p) => p.startsWith('Swagger 2.0 ref left: #/definitions/'))).toBe(true);
    expect(problems.some((p) => p.includes('is in body'))).toBe(true);
    expect(problems.some((p) => p.includes('is in formData'))).toBe(true);
    expect(problems).toContain('openapi is undefined');
  });

  it.each(corpusFiles)('%s', (rel) => {
    const doc = loadCorpus(rel);
    const before = JSON.stringify(doc);
    const diags = new Diagnostics();
    const out = convertSwagger2(doc, rel, diags);

    expect(checkConverted(out)).toEqual([]);
    expect(diags.errors).toEqual([]);
    expect(JSON.stringify(doc)).toBe(before);
    // Every operation survives, and each one with a body/formData parameter gets a request body.
    expect(operationKeys(out)).toEqual(operationKeys(doc));
    for (const key of operationKeys(doc)) {
      const [m, path] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
      const original = ((doc.paths as Obj)[path] as Obj)[m] as Obj;
      const hadBody = ((original.parameters ?? []) as Obj[]).some((p) => p.in === 'body' || p.in === 'formData');
      const converted = ((out.paths as Obj)[path] as Obj)[m] as Obj;
      expect(converted.requestBody !== undefined, key).toBe(hadBody);
    }
    // Every definition became a schema.
    expect(Object.keys(((out.components as Obj | undefined)?.schemas ?? {}) as Obj)).toEqual(
      Object.keys((doc.definitions ?? {}) as Obj),
    );
  });

  it('petstore: spot checks', () => {
    const out = convertSwagger2(
      loadCorpus('edge-cases/readme-oas-examples__swagger2-petstore__1.0.0.json'),
      'p',
      new Diagnostics(),
    );
    expect(out.servers).toEqual([{ url: 'http://petstore.swagger.io/v2' }]);
    expect(
      at(
        out,
        '#/paths/~1pet~1{petId}~1uploadImage/post/requestBody/content/multipart~1form-data/schema/properties/file',
      ),
    ).toEqual({ description: 'file to upload', type: 'string', format: 'binary' });
    expect(at(out, '#/paths/~1pet/post/requestBody/content')).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/Pet' } },
      'application/xml': { schema: { $ref: '#/components/schemas/Pet' } },
    });
    expect(at(out, '#/paths/~1pet~1findByStatus/get/parameters/0/explode')).toBe(true);
    expect(at(out, '#/components/securitySchemes/petstore_auth/flows/implicit/authorizationUrl')).toBe(
      'http://petstore.swagger.io/oauth/dialog',
    );
  });

  it('code-scan: basic auth and relative server-less fields', () => {
    const out = convertSwagger2(loadCorpus('public/code-scan.com__CodeScan-API__1.0.0.yaml'), 'c', new Diagnostics());
    expect(at(out, '#/components/securitySchemes/codescan_auth')).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'basic' }),
    );
    expect(out.servers).toEqual([{ url: 'https://app.code-scan.com/api' }]);
    expect(at(out, '#/paths/~1job/post/requestBody/x-body-name')).toBe('job');
  });

  it('inpe.br: no host → relative server; multi arrays explode', () => {
    const out = convertSwagger2(loadCorpus('public/inpe.br__dados-abertos__1.0.yaml'), 'i', new Diagnostics());
    expect(out.servers).toEqual([{ url: '/queimadas/dados-abertos/api' }]);
    expect(at(out, '#/paths/~1auxiliar~1estados/get/parameters/0')).toEqual(
      expect.objectContaining({ style: 'form', explode: true, schema: { type: 'array', items: { type: 'integer' } } }),
    );
    expect(at(out, '#/components/responses/MaskError')).toEqual({ description: 'When any error occurs on mask' });
  });
});
