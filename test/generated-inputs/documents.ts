/**
 * Seeded OpenAPI documents for the generated-input test: valid ones across Swagger 2.0, OpenAPI 3.0 and 3.1, written
 * as JSON, block YAML or flow YAML, with names that are members of `Object.prototype` or reserved words, recursion,
 * unions, enums, request bodies and nesting; and broken twins, each a valid document broken one way, with what the
 * error must name.
 */
import yaml from 'js-yaml';
import { MAX_VALUE_DEPTH } from '../../generator/load/limits';

export type Version = '2.0' | '3.0.3' | '3.1.0';
export type Syntax = 'json' | 'yaml' | 'flow-yaml';

export interface ValidDocument {
  name: string;
  /** The file name, with the extension its syntax takes. */
  file: string;
  version: Version;
  value: Record<string, unknown>;
  text: string;
}

export interface BrokenDocument {
  name: string;
  file: string;
  text: string;
  /** The diagnostic the generator must throw: its code, and its pointer (undefined: a syntax error, with a line). */
  code: string;
  pointer?: string;
}

/** Names every object has, reserved words, and names no identifier can be. */
const ODD_NAMES = [
  'toString',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
  'class',
  'delete',
  'default',
  'then',
  'name',
  'length',
  'prototype',
  'Object',
  'Promise',
  'kebab-case',
  'with space',
  '$dollar',
  '9lives',
  'ünïcode',
];

/** mulberry32: small, seeded, the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Draw {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = random(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  /** `count` distinct items of `items`, in a drawn order. */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(this.int(0, pool.length - 1), 1)[0]!);
    return out;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** An object whose keys are defined, not assigned: `__proto__` stays a key. */
function record(entries: Array<[string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/** An inline object `depth` levels deep under `key`, a string at the bottom. */
function nestedObject(depth: number, key: string): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: 'string' };
  for (let i = 0; i < depth; i++) schema = { type: 'object', properties: record([[key, schema]]) };
  return schema;
}

/** A JSON value `depth` lists deep, `1` at the bottom. */
function nestedList(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function schemasPointer(version: Version): string {
  return version === '2.0' ? '#/definitions' : '#/components/schemas';
}

/** One valid document of `version`, drawn from `seed`. */
export function validDocument(seed: number, version: Version, syntax: Syntax): ValidDocument {
  const draw = new Draw(seed);
  const swagger = version === '2.0';
  const ref = (name: string) => ({ $ref: `${schemasPointer(version)}/${name}` });
  const [propA, propB, propC, propD] = draw.some(ODD_NAMES, 4);
  const enumValues = draw.some(ODD_NAMES, draw.int(2, 6));
  const kinds = draw.some(ODD_NAMES, 2);

  const schemas: Array<[string, unknown]> = [
    // Recursion, through a list of itself and an optional property.
    [
      'Node',
      {
        type: 'object',
        required: [propA!],
        properties: record([
          [propA!, { type: 'string' }],
          [propB!, { type: 'integer', ...(swagger || version === '3.0.3' ? {} : { exclusiveMinimum: 0 }) }],
          ['children', { type: 'array', items: ref('Node') }],
          ['parent', ref('Node')],
          [propC!, nestedObject(draw.int(1, 12), propD!)],
        ]),
      },
    ],
    ['Choice', { type: 'string', enum: enumValues }],
    ['Level', { type: 'integer', enum: [1, 2, 3] }],
    [
      'Labels',
      {
        type: 'object',
        additionalProperties: { type: 'string', enum: enumValues },
        example: record(enumValues.map((v) => [v, enumValues[0]!])),
      },
    ],
  ];
  if (!swagger) {
    // A union told apart by a discriminator whose values are odd names.
    for (const kind of kinds)
      schemas.push([
        `Variant_${kinds.indexOf(kind)}`,
        {
          type: 'object',
          required: ['kind'],
          properties: { kind: { type: 'string', enum: [kind] }, [propD!]: ref('Choice') },
        },
      ]);
    schemas.push([
      'Shape',
      {
        oneOf: kinds.map((_, i) => ref(`Variant_${i}`)),
        discriminator: {
          propertyName: 'kind',
          mapping: record(kinds.map((kind, i) => [kind, `#/components/schemas/Variant_${i}`])),
        },
      },
    ]);
  }

  const operationIds = draw.some(ODD_NAMES, 3);
  const tags = draw.some(ODD_NAMES, 2);
  const queryNames = draw.some(ODD_NAMES, 3);
  const headerName = draw.pick(ODD_NAMES.filter((n) => /^[\w$-]+$/.test(n)));
  const json = (schema: unknown) => (swagger ? { schema } : { content: { 'application/json': { schema } } });
  const ok = (schema: unknown) => ({ '200': { description: 'ok', ...json(schema) } });

  const list: Record<string, unknown> = {
    operationId: operationIds[0],
    tags: [tags[0]],
    parameters: [
      swagger
        ? { name: queryNames[0], in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'csv' }
        : {
            name: queryNames[0],
            in: 'query',
            style: 'form',
            explode: false,
            schema: { type: 'array', items: { type: 'string' } },
          },
      swagger
        ? { name: queryNames[1], in: 'query', type: 'string', enum: enumValues }
        : { name: queryNames[1], in: 'query', schema: ref('Choice') },
      ...(swagger
        ? []
        : [
            {
              name: queryNames[2],
              in: 'query',
              style: 'deepObject',
              explode: true,
              schema: { type: 'object', properties: record([[propA!, { type: 'string' }]]) },
            },
          ]),
      swagger
        ? { name: headerName, in: 'header', type: 'string' }
        : { name: headerName, in: 'header', schema: { type: 'string' } },
    ],
    responses: ok({ type: 'array', items: ref('Node') }),
  };
  const body = swagger ? ref('Node') : draw.chance(0.5) ? ref('Shape') : ref('Node');
  const create: Record<string, unknown> = {
    operationId: operationIds[1],
    tags: [tags[1]],
    ...(swagger
      ? { parameters: [{ name: 'body', in: 'body', required: true, schema: body }] }
      : { requestBody: { required: true, content: { 'application/json': { schema: body } } } }),
    responses: ok(ref('Labels')),
  };
  const idParam = swagger
    ? { name: 'nodeId', in: 'path', required: true, type: 'string' }
    : { name: 'nodeId', in: 'path', required: true, schema: { type: 'string' } };
  const retrieve: Record<string, unknown> = {
    operationId: operationIds[2],
    tags: [tags[0]],
    parameters: [idParam],
    responses: ok(ref('Node')),
  };

  const value: Record<string, unknown> = {
    ...(swagger ? { swagger: '2.0' } : { openapi: version }),
    info: { title: `Generated ${seed}`, version: '1.0.0' },
    ...(swagger ? { host: 'api.example.com', schemes: ['https'] } : { servers: [{ url: 'https://api.example.com' }] }),
    tags: tags.map((name) => ({ name })),
    // A deep value where any value may be: valid, and well under the limit.
    'x-deep': nestedList(draw.int(1, 300)),
    paths: {
      '/nodes': { get: list, post: create },
      '/nodes/{nodeId}': { get: retrieve },
    },
    ...(swagger ? { definitions: record(schemas) } : { components: { schemas: record(schemas) } }),
  };
  const name = `${version}-${syntax}-${seed}`;
  return { name, file: `${name}.${syntax === 'json' ? 'json' : 'yaml'}`, version, value, text: write(value, syntax) };
}

function write(value: unknown, syntax: Syntax): string {
  if (syntax === 'json') return JSON.stringify(value, null, 2);
  // (noRefs: a value reached twice is written twice, not as a YAML anchor.)
  return yaml.dump(value, { noRefs: true, lineWidth: -1, ...(syntax === 'flow-yaml' ? { flowLevel: 0 } : {}) });
}

/** Text of `value` as JSON, where the string `"@@"` stands for `raw` (JSON.stringify cannot nest thousands deep). */
function jsonWith(value: unknown, raw: string): string {
  return JSON.stringify(value).replace('"@@"', raw);
}

/** The broken twins of `doc`: each breaks it one way. */
export function brokenTwins(doc: ValidDocument): BrokenDocument[] {
  const swagger = doc.version === '2.0';
  const clone = () => structuredClone(doc.value) as Record<string, unknown>;
  const twin = (what: string, value: unknown, code: string, pointer?: string): BrokenDocument => ({
    name: `${doc.name} ${what}`,
    file: doc.file.replace(/\.(json|yaml)$/, `-${what.replace(/\W+/g, '-')}.$1`),
    text: doc.file.endsWith('.json') ? JSON.stringify(value) : yaml.dump(value, { noRefs: true, lineWidth: -1 }),
    code,
    pointer,
  });
  const withPaths = clone();
  withPaths.paths = 'paths';
  const withInfo = clone();
  withInfo.info = [['x']];
  const withComponents = clone();
  if (swagger) withComponents.definitions = 'definitions';
  else withComponents.components = 'components';
  const dangling = clone();
  const paths = dangling.paths as Record<string, Record<string, Record<string, unknown>>>;
  paths['/nodes/{nodeId}']!.get!.responses = {
    '200': swagger
      ? { description: 'ok', schema: { $ref: '#/definitions/Nowhere' } }
      : { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Nowhere' } } } },
  };
  const deep = clone();
  deep['x-deep'] = '@@';
  const deepFile = doc.file.replace(/\.(json|yaml)$/, '-deep.json');
  return [
    twin('paths a string', withPaths, 'invalid-paths', '#/paths'),
    twin('info a list', withInfo, 'invalid-structure', '#/info'),
    twin(
      swagger ? 'definitions a string' : 'components a string',
      withComponents,
      'invalid-structure',
      swagger ? '#/definitions' : '#/components',
    ),
    twin(
      'dangling ref',
      dangling,
      'dangling-ref',
      `#/paths/~1nodes~1{nodeId}/get/responses/200/${swagger ? '' : 'content/application~1json/'}schema/$ref`,
    ),
    {
      name: `${doc.name} 5,000 deep`,
      file: deepFile,
      text: jsonWith(deep, `${'['.repeat(5000)}1${']'.repeat(5000)}`),
      code: 'value-too-deep',
      pointer: `#/x-deep${'/0'.repeat(MAX_VALUE_DEPTH - 1)}`,
    },
    {
      name: `${doc.name} truncated`,
      file: doc.file.replace(/\.(json|yaml)$/, '-truncated.$1'),
      text:
        doc.text.slice(0, Math.floor(doc.text.length / 2)).replace(/\s+$/, '') +
        (doc.file.endsWith('.json') ? '' : '\n  - {'),
      code: doc.file.endsWith('.json') ? 'malformed-json' : 'malformed-yaml',
    },
  ];
}
