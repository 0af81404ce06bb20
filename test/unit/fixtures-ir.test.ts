/**
 * The IR built from each feature fixture (test/fixtures/*.yaml): load → normalize → buildIr → validateIr, no emit.
 * Each block asserts the facts the fixture exists to show, so a change in the IR shows up here before it
 * shows up in a snapshot of generated code.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import { normalize } from '../../generator/normalize/normalize';
import type { Api, Method, NamedSchema, ObjectType, Resource, TypeRef } from '../../generator/ir/types';
import { validateIr } from '../../generator/ir/validate';
import { loadSpec } from '../../generator/load/load';
import { cleanupSpecs, loadObject } from './helpers/spec';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(here, '../fixtures');

/** Every fixture: `<name>.yaml`, or a folder `<name>/` whose root is `openapi.yaml`. */
const fixtureNames = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.yaml') || statSync(path.join(FIXTURES, f)).isDirectory())
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

function fixtureFile(name: string): string {
  const file = path.join(FIXTURES, `${name}.yaml`);
  try {
    statSync(file);
    return file;
  } catch {
    return path.join(FIXTURES, name, 'openapi.yaml');
  }
}

const cache = new Map<string, Promise<{ api: Api; diags: Diagnostics }>>();
function ir(name: string): Promise<{ api: Api; diags: Diagnostics }> {
  let hit = cache.get(name);
  if (!hit) {
    hit = (async () => {
      const diags = new Diagnostics();
      const spec = await loadSpec(fixtureFile(name), diags);
      const { api } = buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags);
      return { api, diags };
    })();
    cache.set(name, hit);
  }
  return hit;
}

afterAll(cleanupSpecs);

/** Build the IR of an in-memory document (written to a temp file and loaded). */
async function irOf(root: Record<string, unknown>): Promise<{ api: Api; diags: Diagnostics }> {
  const { spec, diags } = await loadObject(root);
  return { api: buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags).api, diags };
}

function allResources(api: Api): Resource[] {
  const out: Resource[] = [];
  const walk = (r: Resource) => {
    out.push(r);
    r.subresources.forEach(walk);
  };
  api.resources.forEach(walk);
  return out;
}

/** "resource.path.method" of every method. */
const methodPaths = (api: Api) => allResources(api).flatMap((r) => r.methods.map((m) => `${r.path}.${m.name}`));

function method(api: Api, dotted: string): Method {
  const at = dotted.lastIndexOf('.');
  const resource = allResources(api).find((r) => r.path === dotted.slice(0, at));
  const found = resource?.methods.find((m) => m.name === dotted.slice(at + 1));
  if (!found) throw new Error(`no method ${dotted}; have ${methodPaths(api).join(', ')}`);
  return found;
}

function schema(api: Api, name: string): NamedSchema {
  const found = api.schemas.find((s) => s.name === name);
  if (!found) throw new Error(`no schema ${name}; have ${api.schemas.map((s) => s.name).join(', ')}`);
  return found;
}

const nameOf = (api: Api, type: TypeRef) =>
  type.kind === 'ref' ? api.schemas.find((s) => s.id === type.schemaId)?.name : undefined;

function prop(type: TypeRef, key: string): TypeRef {
  if (type.kind !== 'object') throw new Error(`not an object: ${type.kind}`);
  const p = type.properties.find((q) => q.key === key);
  if (!p) throw new Error(`no property ${key}`);
  return p.type;
}

/** A compact text form of a type, with refs by schema name: "Owner | null", "Array<string>". */
function show(api: Api, type: TypeRef): string {
  switch (type.kind) {
    case 'ref':
      return nameOf(api, type) ?? '?';
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null':
    case 'unknown':
    case 'any':
    case 'file':
      return type.kind;
    case 'literal':
      return JSON.stringify(type.value);
    case 'enum':
      return type.values.map((v) => JSON.stringify(v)).join(' | ');
    case 'array':
      return `Array<${show(api, type.items)}>`;
    case 'tuple':
      return `[${[...type.items.map((t) => show(api, t)), ...(type.rest ? [`...${show(api, type.rest)}`] : [])].join(', ')}]`;
    case 'union':
      return type.variants.map((v) => show(api, v)).join(' | ');
    case 'intersection':
      return type.parts.map((p) => show(api, p)).join(' & ');
    case 'object': {
      const members = type.properties.map((p) => `${p.key}${p.required ? '' : '?'}: ${show(api, p.type)}`);
      if (type.additional)
        members.push(
          `[${type.propertyNames ? show(api, type.propertyNames) : 'string'}]: ${show(api, type.additional)}`,
        );
      return `{ ${members.join('; ')} }`;
    }
    default:
      return `<${(type as { kind: string }).kind}>`;
  }
}

describe('every fixture builds a valid IR', () => {
  it('there is a fixture per feature', () => {
    expect(fixtureNames).toEqual([
      'allof',
      'auth-schemes',
      'binary',
      'code-samples',
      'cookies',
      'cycles',
      'deprecated',
      'discriminated-unions',
      'external-refs',
      'funcs',
      'inline-ids',
      'maps',
      'multipart',
      'name-collisions',
      'nullable-30',
      'openapi-31',
      'pagination',
      'read-write-only',
      'ref-chains',
      'reference-docs',
      'reserved-words',
      'sse',
      'stainless-conventions',
      'stainless-hints',
      'swagger2',
    ]);
  });

  it.each(fixtureNames)('%s', async (name) => {
    const { api, diags } = await ir(name);
    expect(() => validateIr(api)).not.toThrow();
    expect(diags.errors).toEqual([]);
    expect(api.resources.length).toBeGreaterThan(0);
    expect(api.baseUrl).toMatch(/^https:\/\//);
  });

  // Only the fixtures about warnings warn.
  it.each<[string, string[]]>([
    ['allof', []],
    ['cycles', []],
    ['name-collisions', ['parameter-name-collision']],
    ['stainless-hints', ['unknown-stainless-hint']],
    ['stainless-conventions', []],
    ['reserved-words', []],
    ['swagger2', []],
    ['external-refs', []],
    ['read-write-only', []],
    ['ref-chains', []],
    ['reference-docs', []],
    ['cookies', ['invalid-cookie-name', 'parameter-name-collision', 'unsupported-cookie-type']],
  ])('%s warns %j', async (name, codes) => {
    const { diags } = await ir(name);
    expect(diags.warnings.map((d) => d.code)).toEqual(codes);
  });
});

describe('inline-ids', () => {
  it('the same id in three places is one type; a nested id is its own type', async () => {
    const { api } = await ir('inline-ids');
    expect(api.schemas.map((s) => s.name)).toEqual(['Order', 'Address', 'GeoPoint', 'OrderListResponse']);
    expect(schema(api, 'Address').id).toBe('id:Address');
    expect(show(api, prop(schema(api, 'Order').type, 'billingAddress'))).toBe('Address');
    expect(show(api, method(api, 'orders.create').params!.fields.find((f) => f.key === 'shippingAddress')!.type)).toBe(
      'Address',
    );
    expect(show(api, schema(api, 'Address').type)).toBe('{ line1: string; country: string; geo?: GeoPoint }');
  });
});

describe('cycles', () => {
  it('self and mutual recursion pass through refs', async () => {
    const { api } = await ir('cycles');
    expect(show(api, schema(api, 'Person').type)).toBe(
      '{ name: string; manager?: Person; reports?: Array<Person>; team?: Team }',
    );
    expect(show(api, schema(api, 'Team').type)).toBe('{ lead?: Person; members?: Array<Person> }');
    expect(show(api, schema(api, 'CategoryTree').type)).toBe('Array<CategoryNode>');
    expect(show(api, schema(api, 'CategoryNode').type)).toBe('{ name: string; children: CategoryTree }');
  });

  it('a cycle through a deep $ref is promoted to a named type', async () => {
    const { api } = await ir('cycles');
    expect(show(api, schema(api, 'DocumentSection').type)).toBe(
      '{ heading?: string; subsections?: Array<DocumentSection> }',
    );
    expect(show(api, schema(api, 'Outline').type)).toBe('{ root?: DocumentSection }');
  });

  // The structure is declared once: inlining it before the cycle is noticed would print it three times
  // (Document.Section, Document.Section.Subsection and DocumentSection).
  it('the property a deep $ref points into uses the promoted type', async () => {
    const { api } = await ir('cycles');
    expect(show(api, prop(schema(api, 'Document').type, 'section'))).toBe('DocumentSection');
  });
});

describe('nullable-30', () => {
  it('nullable primitives and enums include null', async () => {
    const { api } = await ir('nullable-30');
    const account = schema(api, 'Account').type;
    expect(['nickname', 'balance', 'age', 'active', 'tier', 'tags'].map((k) => show(api, prop(account, k)))).toEqual([
      'string | null',
      'number | null',
      'integer | null',
      'boolean | null',
      '"free" | "pro" | "enterprise" | null',
      'Array<string | null> | null',
    ]);
    expect(show(api, method(api, 'accounts.update').params!.fields[0].type)).toBe('string | null');
  });

  // `nullable: true` next to `allOf: [$ref]` (the 3.0 idiom for a nullable reference) makes the reference nullable.
  it.each([
    ['owner', 'Owner | null'],
    ['previousTier', 'Tier | null'],
  ])('Account.%s is %s', async (key, want) => {
    const { api } = await ir('nullable-30');
    expect(show(api, prop(schema(api, 'Account').type, key))).toBe(want);
  });
});

describe('openapi-31', () => {
  it('type arrays, const, prefixItems and $defs', async () => {
    const { api } = await ir('openapi-31');
    const meetup = schema(api, 'Meetup').type as ObjectType;
    expect(meetup.properties.map((p) => `${p.key}${p.required ? '' : '?'}: ${show(api, p.type)}`)).toEqual([
      'kind: "meetup"',
      'version?: 2',
      'name: string | null',
      'attendees?: integer | null',
      'score?: number | string',
      'location: [number, number, ...string]',
      'window?: TimeWindow',
    ]);
    // A `$defs` entry is a named type, named by its key.
    expect(show(api, schema(api, 'TimeWindow').type)).toBe('{ start: string; end?: string | null }');
    expect(meetup.docs.example).toBe('{"kind":"meetup","name":"Launch party","location":[52.52,13.405]}');
    expect(meetup.properties[2].docs.example).toBe('"Launch party"');
  });
});

describe('allof', () => {
  it('composition becomes intersections; an allOf request body is flattened into params', async () => {
    const { api } = await ir('allof');
    expect(show(api, schema(api, 'Car').type)).toBe('VehicleBase & { doors: integer; electric?: boolean }');
    expect(show(api, schema(api, 'VehicleSummary').type)).toBe('VehicleBase');
    expect(schema(api, 'VehicleSummary').docs.description).toBe('A vehicle as shown in lists.');
    expect(show(api, schema(api, 'Timestamps').type)).toBe('{ createdAt: string } & { updatedAt?: string }');
    const create = method(api, 'vehicles.create');
    expect(create.body).toMatchObject({ shape: 'fields', encoding: 'json' });
    expect(create.params!.fields.map((f) => `${f.key}${f.required ? '' : '?'}`)).toEqual([
      'make',
      'model',
      'year?',
      'wheels',
      'notes?',
    ]);
  });
});

describe('read-write-only', () => {
  const fields = (api: Api, m: Method) =>
    m.params!.fields.map((f) => `${f.key}${f.required ? '' : '?'}: ${show(api, f.type)}`);

  it('a schema used both ways: the response shape leaves writeOnly out, its Param variant readOnly', async () => {
    const { api } = await ir('read-write-only');
    expect(show(api, schema(api, 'Pet').type)).toBe('{ id: integer; name: string }');
    expect(show(api, schema(api, 'PetParam').type)).toBe('{ name: string; password?: string }');
    expect(schema(api, 'PetParam').requestVariantOf).toBe(schema(api, 'Pet').id);
    expect(schema(api, 'Pet').requestVariantOf).toBeUndefined();
    // Nested in a flattened body: the body's own readOnly `id` is left out, its Pets are PetParams.
    expect(fields(api, method(api, 'orders.create'))).toEqual(['pets: Array<PetParam>', 'note?: string']);
    expect(show(api, schema(api, 'Order').type)).toBe('{ id?: string; pets: Array<Pet>; note?: string }');
  });

  it('a schema only sent in requests is one type, in its request shape, under its own name', async () => {
    const { api } = await ir('read-write-only');
    expect(api.schemas.some((s) => s.name === 'NewUserParam')).toBe(false);
    expect(show(api, schema(api, 'NewUser').type)).toBe('{ email: string; password: string }');
    expect(fields(api, method(api, 'signups.create'))).toEqual(['users: Array<NewUser>']);
  });

  it('a recursive schema: each variant refers to itself', async () => {
    const { api } = await ir('read-write-only');
    expect(show(api, schema(api, 'Category').type)).toBe('{ id: integer; name: string; children?: Array<Category> }');
    expect(show(api, schema(api, 'CategoryParam').type)).toBe('{ name: string; children?: Array<CategoryParam> }');
    expect(fields(api, method(api, 'categories.create'))).toEqual(['name: string', 'children?: Array<CategoryParam>']);
  });

  it('allOf: a schema differs when one of its parts does, or reaches one that does', async () => {
    const { api } = await ir('read-write-only');
    expect(show(api, schema(api, 'Dog').type)).toBe('Pet & { breed: string; registeredAt: string }');
    expect(show(api, schema(api, 'DogParam').type)).toBe('PetParam & { breed: string }');
    expect(fields(api, method(api, 'dogs.update'))).toEqual(['body: Array<DogParam>']);
  });

  it('arrays and maps of such schemas; a schema that does not differ keeps one type', async () => {
    const { api } = await ir('read-write-only');
    expect(fields(api, method(api, 'kennels.create'))).toEqual([
      'residents: Array<PetParam>',
      'byName?: { [string]: PetParam }',
      'favouriteToy?: ToyParam2',
      'address?: Address',
    ]);
    expect(api.schemas.some((s) => s.name === 'AddressParam')).toBe(false);
    expect(api.schemas.some((s) => s.name === 'KennelParam')).toBe(false); // the body is flattened
  });

  it('a variant whose name the spec already uses takes the next free one', async () => {
    const { api } = await ir('read-write-only');
    expect(show(api, schema(api, 'ToyParam').type)).toBe('{ key: string; value?: string }');
    expect(show(api, schema(api, 'ToyParam2').type)).toBe('{ label: string }');
    expect(schema(api, 'ToyParam2').requestVariantOf).toBe(schema(api, 'Toy').id);
  });

  it('variants are declared right after their schema', async () => {
    const { api } = await ir('read-write-only');
    const names = api.schemas.map((s) => s.name);
    for (const variant of ['PetParam', 'CategoryParam', 'DogParam', 'ToyParam2']) {
      expect(names.indexOf(variant)).toBe(names.indexOf(variant.replace(/Param2?$/, '')) + 1);
    }
  });
});

describe('maps', () => {
  it('additionalProperties true / schema / false, propertyNames, maps of objects', async () => {
    const { api } = await ir('maps');
    const settings = schema(api, 'Settings').type;
    expect(
      ['metadata', 'labels', 'owner', 'quotas', 'limits', 'webhooks', 'env'].map((k) => show(api, prop(settings, k))),
    ).toEqual([
      '{ [string]: unknown }',
      '{ [string]: string }',
      '{ name?: string }',
      '{ ["cpu" | "memory" | "disk"]: integer }',
      '{ [string]: Limit }',
      '{ [string]: { url: string; secret?: string } }',
      '{ NODE_ENV?: string; [string]: string }',
    ]);
    const update = method(api, 'preferences.update');
    expect(update.body).toMatchObject({ shape: 'whole', bodyParam: 'body' });
    expect(show(api, update.params!.fields[0].type)).toBe('{ [string]: string }');
  });
});

describe('discriminated-unions', () => {
  it('a discriminator mapping resolves bare names and refs to variants', async () => {
    const { api } = await ir('discriminated-unions');
    const pet = schema(api, 'Pet').type;
    expect(show(api, pet)).toBe('Cat | Dog | Lizard');
    expect(pet.kind === 'union' && pet.discriminator).toEqual({
      property: 'petType',
      mapping: [
        { value: 'cat', variant: 0 },
        { value: 'dog', variant: 1 },
        { value: 'lizard', variant: 2 },
      ],
    });
  });

  it('anyOf without discriminator, and a union with null', async () => {
    const { api } = await ir('discriminated-unions');
    const result = schema(api, 'SearchResult').type;
    expect(show(api, result)).toBe('Pet | { ownerName: string } | string');
    expect(result.kind === 'union' && result.discriminator).toBeNull();
    expect(show(api, schema(api, 'MaybeCat').type)).toBe('Cat | null');
    // A body that is one of several objects: its fields are the params, one set per variant (Stainless's shape).
    const create = method(api, 'pets.create');
    expect(create.body).toMatchObject({ shape: 'fields', bodyParam: null });
    expect(create.params!.variants!.map((v) => `${v.name}: ${v.fields.map((f) => f.key).join(', ')}`)).toEqual([
      'Variant0: petType, livesLeft',
      'Variant1: petType, goodBoy',
      'Variant2: petType, scales',
    ]);
    // The first variant's fields are the params' fields (examples and docs use them).
    expect(create.params!.fields).toEqual(create.params!.variants![0]!.fields);
  });

  it('params variants take the names the spec gives its variants (x-stainless-variantName)', async () => {
    const variant = (name: string, type: string) => ({
      type: 'object',
      'x-stainless-variantName': name,
      required: ['type'],
      properties: { type: { type: 'string', const: type } },
    });
    const { api } = await irOf({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/configs/{id}': {
          put: {
            operationId: 'updateConfig',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            requestBody: {
              content: { 'application/json': { schema: { oneOf: [variant('dynamic', 'd'), variant('static', 's')] } } },
            },
            responses: { '204': { description: 'done' } },
          },
        },
      },
    });
    expect(api.resources[0]!.methods[0]!.params!.variants!.map((v) => v.name)).toEqual(['Dynamic', 'Static']);
  });
});

describe('multipart', () => {
  it('files, file arrays and JSON parts', async () => {
    const { api } = await ir('multipart');
    const upload = method(api, 'documents.create');
    expect(upload.body).toMatchObject({
      encoding: 'multipart',
      contentType: 'multipart/form-data',
      shape: 'fields',
      jsonParts: ['meta'],
    });
    expect(upload.params!.fields.map((f) => `${f.key}: ${show(api, f.type)}`)).toEqual([
      'file: file',
      'thumbnail: file',
      'attachments: Array<file>',
      'meta: { title: string; tags?: Array<string> }',
      'visibility: "private" | "public"',
    ]);
    expect(method(api, 'sessions.create').body).toMatchObject({
      encoding: 'form',
      contentType: 'application/x-www-form-urlencoded',
      shape: 'fields',
    });
  });
});

describe('binary', () => {
  it.each<[string, Method['response'], string | null]>([
    [
      'blobs.retrieve',
      { kind: 'binary', contentType: 'application/octet-stream', accept: 'application/octet-stream' },
      null,
    ],
    ['avatars.retrieve', { kind: 'binary', contentType: 'image/png', accept: 'image/png' }, null],
    ['reports.summary', { kind: 'text' }, null],
    ['blobs.update', { kind: 'empty' }, 'binary'],
    ['blobs.delete', { kind: 'empty' }, null],
  ])('%s', async (dotted, response, bodyEncoding) => {
    const { api } = await ir('binary');
    const m = method(api, dotted);
    expect(m.response).toEqual(response);
    expect(m.body?.encoding ?? null).toBe(bodyEncoding);
    if (bodyEncoding) expect(show(api, m.params!.fields[0].type)).toBe('file');
  });
});

describe('sse', () => {
  it('event streams of strings and of JSON objects', async () => {
    const { api } = await ir('sse');
    expect(method(api, 'logs.tail').response).toEqual({ kind: 'sse', event: { kind: 'string', format: null } });
    const completion = method(api, 'completions.create').response;
    expect(completion.kind === 'sse' && show(api, completion.event)).toBe('CompletionChunk');
  });
});

describe('reserved-words', () => {
  it('reserved words are kept as wire names and members, with safe locals', async () => {
    const { api } = await ir('reserved-words');
    expect(methodPaths(api).sort()).toEqual(['classes.delete', 'classes.retrieve', 'functions.default', 'new.create']);
    const get = method(api, 'classes.retrieve');
    expect(get.positional.map((p) => [p.key, p.local])).toEqual([['class', 'class_']]);
    expect(get.params!.fields.map((f) => [f.key, f.local, f.in])).toEqual([
      ['X-Request-ID', 'xRequestID', 'header'],
      ['new', 'new_', 'query'],
      ['in', 'in_', 'query'],
    ]);
    const def = method(api, 'functions.default');
    expect(def.params!.fields.map((f) => f.key)).toEqual([
      '1st-choice',
      'new',
      'delete',
      'params',
      'options',
      '__proto___',
      'with-dash',
    ]);
    // A key every object inherits gets a trailing underscore in the SDK and keeps its wire name.
    expect(def.params!.fields.find((f) => f.key === '__proto___')!.wireName).toBe('__proto__');
    expect(new Set(def.params!.fields.map((f) => f.local)).size).toBe(def.params!.fields.length);
  });

  it('global names are qualified; property keys stay verbatim', async () => {
    const { api } = await ir('reserved-words');
    expect(api.schemas.map((s) => s.name)).toEqual([
      'Class',
      'FunctionError',
      'FunctionResponse',
      'FunctionPromise',
      'In',
      'ReservedFunction',
      'FunctionDefaultResponse',
    ]);
    expect((schema(api, 'Class').type as ObjectType).properties.map((p) => p.key)).toEqual([
      'class',
      'default',
      'function',
      'content-type',
      'dotted.name',
      'with space',
      'quote\'d "key"',
      '1st',
      '__proto__',
      'constructor',
      'toString',
    ]);
  });
});

describe('name-collisions', () => {
  it('every colliding name is settled and nothing is dropped', async () => {
    const { api } = await ir('name-collisions');
    const names = api.schemas.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([
      'NameWidget',
      'WidgetCreateParams',
      'WidgetRetrieveResponse',
      'GadgetListResponse',
      'WidgetListResponse',
      'WidgetCreateResponse',
      'NameWidgetListResponse',
    ]);
    // The component WidgetCreateParams keeps its name; the generated params type moves aside.
    expect(method(api, 'widgets.create').params!.typeName).toBe('NameWidgetCreateParams');
    expect(method(api, 'widgets.retrieve').response).toMatchObject({ typeName: 'WidgetRetrieveResponse' });
    // Two inline objects wanting "Settings" in one namespace.
    const response = schema(api, 'WidgetCreateResponse').type as ObjectType;
    expect(response.properties.map((p) => (p.type as ObjectType).declareAs ?? null)).toEqual([
      null,
      'Settings',
      'Settings2',
    ]);
  });

  it('a query and a body field with the same name are both kept', async () => {
    const { api } = await ir('name-collisions');
    const fields = method(api, 'widgets.create').params!.fields;
    expect(fields.map((f) => [f.key, f.wireName, f.in])).toEqual([
      ['dryRun', 'dryRun', 'query'],
      ['query_name', 'name', 'query'],
      ['body_name', 'name', 'body'],
      ['settings', 'settings', 'body'],
    ]);
  });

  it('same-named methods and resources are told apart', async () => {
    const { api } = await ir('name-collisions');
    expect(methodPaths(api)).toEqual([
      'widgets.list',
      'widgets.create',
      'widgets.retrieve',
      'widgets.archive2',
      'widgets.archive.create',
      'widget.list',
      'gadgets.list',
    ]);
  });
});

describe('pagination', () => {
  it.each<[string, string, Partial<Api['paginationSchemes'][number]>]>([
    [
      'projects.list',
      'page-number',
      {
        request: { page: 'page', size: 'pageSize', cursor: null, offset: null },
        response: {
          items: ['items'],
          nextCursor: null,
          nextCursorItem: null,
          nextUrl: null,
          currentPage: ['pagination', 'currentPage'],
          totalPages: ['pagination', 'totalPages'],
          totalCount: ['pagination', 'totalCount'],
          hasMore: null,
        },
      },
    ],
    ['activities.list', 'cursor', { request: { page: null, size: 'limit', cursor: 'cursor', offset: null } }],
    ['invoices.list', 'offset', { request: { page: null, size: 'limit', cursor: null, offset: 'offset' } }],
    ['repositories.list', 'next-url', { request: { page: null, size: null, cursor: null, offset: null } }],
    [
      'auditEntries.list',
      'cursor',
      {
        request: { page: null, size: 'howMany', cursor: 'bookmark', offset: null },
        response: {
          items: ['entriesFound'],
          nextCursor: ['resumeFrom'],
          nextCursorItem: null,
          nextUrl: null,
          currentPage: null,
          totalPages: null,
          totalCount: null,
          hasMore: null,
        },
      },
    ],
  ])('%s pages by %s', async (dotted, style, want) => {
    const { api } = await ir('pagination');
    const m = method(api, dotted);
    const scheme = api.paginationSchemes.find((s) => s.className === m.pagination?.scheme);
    expect(scheme).toMatchObject({ style, ...want });
  });

  it('page items are typed', async () => {
    const { api } = await ir('pagination');
    expect(
      ['projects.list', 'activities.list', 'invoices.list', 'auditEntries.list'].map((d) =>
        show(api, method(api, d).pagination!.item),
      ),
    ).toEqual(['Project', 'Activity', 'Invoice', 'AuditEntryListResponse']);
    // Items under a generic key (items, data, results, values): named after the client like a Stainless scheme, then
    // after the client and the scheme's type.
    expect(api.paginationSchemes.map((s) => s.className)).toEqual([
      'PaginationPage',
      'PaginationCursorPage',
      'PaginationOffsetPage',
      'PaginationCursorURLPage',
      'EntriesFoundPage',
    ]);
  });
});

describe('stainless-hints', () => {
  it('skip, naming, param, const, any, empty-object, deprecation, groups', async () => {
    const { api, diags } = await ir('stainless-hints');
    expect(methodPaths(api)).toEqual([
      'servers.list',
      'servers.create',
      'servers.reboot',
      'monitoring.metrics',
      'monitoring.ping',
    ]);
    expect(api.schemas.map((s) => s.name)).toEqual([
      'Server',
      'Region',
      'ServerListResponse',
      'MonitoringMetricsResponse',
    ]);
    expect(method(api, 'servers.list').params!.fields.map((f) => [f.key, f.wireName])).toEqual([
      ['query', 'q'],
      ['fields', 'fields[]'],
    ]);
    expect(method(api, 'servers.create').params!.fields.map((f) => `${f.key}: ${show(api, f.type)}`)).toEqual([
      'kind: "server"',
      'name: string',
      'config: unknown',
      'options: {  }',
    ]);
    expect(method(api, 'servers.reboot').docs.deprecated).toBe('Use `servers.restart()` instead.');
    expect(diags.warnings).toMatchObject([
      { code: 'unknown-stainless-hint', pointer: '#/paths/~1servers/post/x-stainless-foo' },
    ]);
  });
});

describe('code-samples', () => {
  it('samples fix the client identity, resource paths, method names and positional params', async () => {
    const { api } = await ir('code-samples');
    expect([api.clientName, api.packageName, api.envPrefix]).toEqual(['Acme', '@acme/sdk', 'ACME']);
    expect(method(api, 'organizations.members.list').positional.map((p) => p.key)).toEqual(['orgId']);
    expect(method(api, 'organizations.members.get').positional.map((p) => p.key)).toEqual(['memberId']);
    expect(method(api, 'organizations.invite').positional).toEqual([]);
    expect(method(api, 'organizations.invite').params!.fields.map((f) => [f.key, f.in])).toEqual([
      ['orgId', 'path'],
      ['email', 'body'],
    ]);
    // Inferred with the learned verb `get`.
    expect(method(api, 'projects.get').positional.map((p) => p.key)).toEqual(['projectId']);
  });
});

describe('cookies', () => {
  it('cookie parameters are params fields in: cookie, typed from their schema, in spec order', async () => {
    const { api } = await ir('cookies');
    const fields = (name: string) =>
      method(api, name).params!.fields.map((f) => [f.in, f.key, f.wireName, f.required, show(api, f.type)]);
    expect(fields('preferences.retrieve')).toEqual([
      // A cookie and a query parameter both called `theme`: each is prefixed with where it goes.
      ['cookie', 'cookie_theme', 'theme', false, 'Theme'],
      ['query', 'query_theme', 'theme', false, 'string'],
      ['header', 'X-Request-Id', 'X-Request-Id', false, 'string'],
      ['cookie', 'tracking', 'tracking', false, 'boolean'],
      ['cookie', 'visits', 'visits', false, 'integer | null'],
    ]);
    expect(fields('preferences.update').slice(0, 1)).toEqual([['cookie', 'csrf-token', 'csrf-token', true, 'string']]);
    // The array cookie and the one whose name is not a token are left out (with warnings, see above).
    expect(fields('sessions.delete')).toEqual([['cookie', 'cookieHeader', 'cookieHeader', false, 'string']]);
    expect(method(api, 'sessions.delete').params!.fields[0]!.local).toBe('cookieHeader_');
  });
});

describe('auth-schemes', () => {
  it('bearer, header and query API keys, basic; security: [] turns auth off', async () => {
    const { api } = await ir('auth-schemes');
    expect(
      api.auth.map((a) => [a.kind, a.name, a.kind === 'apiKey' ? `${a.in}:${a.wireName}` : null, a.required]),
    ).toEqual([
      ['bearer', 'bearerAuth', null, false],
      ['apiKey', 'apiKeyHeader', 'header:X-API-Key', false],
      ['apiKey', 'apiKeyQuery', 'query:api_key', false],
      ['basic', 'basicAuth', null, false],
    ]);
    // GET /me and GET /status are not lists (no items under them, no POST, no list name, no array response).
    expect(method(api, 'me.retrieve').authenticated).toBe(true);
    expect(method(api, 'status.retrieve').authenticated).toBe(false);
  });

  // With several schemes each credential is named after its scheme and has its own environment variable.
  it('each credential has its own environment variable', async () => {
    const { api } = await ir('auth-schemes');
    const vars = api.auth.flatMap((a) => (a.kind === 'basic' ? [a.usernameEnvVar, a.passwordEnvVar] : [a.envVar]));
    expect(new Set(vars).size).toBe(vars.length);
  });

  it('options are named after their schemes, environment variables after the options', async () => {
    const { api } = await ir('auth-schemes');
    expect(
      api.auth.map((a) =>
        a.kind === 'basic'
          ? [a.usernameOption, a.usernameEnvVar, a.passwordOption, a.passwordEnvVar]
          : [a.option, a.envVar],
      ),
    ).toEqual([
      ['bearerAuth', 'AUTH_BEARER_AUTH'],
      ['apiKeyHeader', 'AUTH_API_KEY_HEADER'],
      ['apiKeyQuery', 'AUTH_API_KEY_QUERY'],
      ['basicAuthUsername', 'AUTH_BASIC_AUTH_USERNAME', 'basicAuthPassword', 'AUTH_BASIC_AUTH_PASSWORD'],
    ]);
  });

  it('only the first scheme reads the configured API-key environment variable', async () => {
    const diags = new Diagnostics();
    const spec = await loadSpec(fixtureFile('auth-schemes'), diags);
    const config = { ...EMPTY_CONFIG, client: { ...EMPTY_CONFIG.client, apiKeyEnv: 'AUTH_TOKEN' } };
    const { api } = buildIr(normalize(spec, config, diags), config, diags);
    expect(api.auth.filter((a) => a.kind !== 'basic').map((a) => [a.option, a.envVar])).toEqual([
      ['bearerAuth', 'AUTH_TOKEN'],
      ['apiKeyHeader', 'AUTH_API_KEY_HEADER'],
      ['apiKeyQuery', 'AUTH_API_KEY_QUERY'],
    ]);
  });
});

describe('swagger2', () => {
  it('converted: body param, formData upload, collectionFormat, x-nullable', async () => {
    const { api } = await ir('swagger2');
    expect(api.baseUrl).toBe('https://petstore.example.com/v2');
    const list = method(api, 'pets.list');
    expect(list.params!.fields.map((f) => [f.key, f.style])).toEqual([
      ['tags', { style: 'form', explode: false }],
      ['status', null],
      ['limit', null],
    ]);
    expect(method(api, 'pets.create').params!.fields.map((f) => `${f.key}: ${show(api, f.type)}`)).toEqual([
      'name: string',
      'petType: string',
      'tag: string | null',
    ]);
    const photo = method(api, 'pets.photo');
    expect(photo.body).toMatchObject({ encoding: 'multipart' });
    expect(photo.params!.fields.map((f) => `${f.key}: ${show(api, f.type)}`)).toEqual([
      'caption: string',
      'file: file',
    ]);
    expect(api.auth).toMatchObject([{ kind: 'apiKey', in: 'header', wireName: 'api_key' }]);
  });
});

describe('external-refs', () => {
  it('whole-file schemas are named after the file; schemas a file keys by name are named by their key', async () => {
    const { api } = await ir('external-refs');
    expect(api.schemas.map((s) => s.name)).toEqual(['PetWithOwner', 'Pet', 'Species', 'Owner', 'PetListResponse']);
    expect(show(api, schema(api, 'Pet').type)).toBe('{ id: string; name: string; species?: Species }');
    expect(show(api, schema(api, 'Species').type)).toBe('"cat" | "dog" | "bird"');
    expect(show(api, schema(api, 'PetWithOwner').type)).toBe('Pet & { owner?: Owner }');
    expect(method(api, 'pets.list').params!.fields.map((f) => `${f.key}: ${show(api, f.type)}`)).toEqual([
      'limit: integer',
      'species: Species',
    ]);
    expect(method(api, 'pets.list').params!.fields[0].docs.description).toBe('Maximum number of pets to return.');
  });
});

describe('ref-chains', () => {
  // Every component is reached through two or more $refs, the last hops in another file (components.yaml).
  it('a path item, parameters, bodies and responses behind chains of $refs are read in full', async () => {
    const { api } = await ir('ref-chains');
    expect(methodPaths(api)).toEqual(['widgets.list', 'widgets.create', 'widgets.retrieve', 'widgets.update']);
    const fields = (dotted: string) =>
      method(api, dotted).params?.fields.map(
        (f) => `${f.in} ${f.wireName}${f.required ? '' : '?'}: ${show(api, f.type)}`,
      );
    expect(fields('widgets.list')).toEqual(['query limit?: integer']);
    expect(method(api, 'widgets.list').params!.fields[0].docs.description).toBe('How many widgets to return.');
    expect(fields('widgets.create')).toEqual(['body name: string', 'body size?: integer']);
    expect(fields('widgets.retrieve')).toEqual(['header X-Verbose?: boolean']);
    expect(method(api, 'widgets.retrieve').positional.map((p) => `${p.in} ${p.wireName}`)).toEqual(['path widgetId']);
    expect(fields('widgets.update')).toEqual(['body name: string', 'body size?: integer']);
    for (const dotted of ['widgets.create', 'widgets.retrieve', 'widgets.update']) {
      const response = method(api, dotted).response;
      expect(response.kind === 'json' ? show(api, response.type) : response.kind).toBe('Widget');
    }
    const list = method(api, 'widgets.list').response;
    expect(list.kind === 'json' ? show(api, list.type) : list.kind).toBe('WidgetListResponse');
  });

  it('a schema behind a chain of $refs is one type; a component that is only a $ref is an alias of where its chain ends', async () => {
    const { api } = await ir('ref-chains');
    expect(show(api, schema(api, 'Widget').type)).toBe(
      '{ id: string; name: string; size?: integer; parts?: Array<Widget> }',
    );
    // The alias's own node is a bare $ref: it is followed, not read as a schema with no keywords (`unknown`).
    expect(show(api, schema(api, 'WidgetAlias').type)).toBe('Widget');
    expect(show(api, schema(api, 'WidgetAlias2').type)).toBe('Widget');
    expect(show(api, schema(api, 'NewWidgetAlias').type)).toBe('{ name: string; size?: integer }');
  });

  it('a schema named by a pointer through a response $ref is the schema the response holds', async () => {
    const { api, diags } = await irOf({
      openapi: '3.1.0',
      info: { title: 'Acme', version: '1' },
      servers: [{ url: 'https://api.example.com' }],
      paths: {
        '/pets': { get: { operationId: 'listPets', responses: { '200': { $ref: '#/components/responses/Pets' } } } },
        '/dogs': {
          get: {
            operationId: 'listDogs',
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { $ref: '#/paths/~1pets/get/responses/200/content/application~1json/schema' },
                  },
                },
              },
            },
          },
        },
      },
      components: {
        responses: {
          Pets: {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
          },
        },
        schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } },
      },
    });
    expect(diags.errors).toEqual([]);
    const dogs = method(api, 'dogs.list').response;
    expect(dogs.kind === 'json' ? show(api, dogs.type) : dogs.kind).toBe('Pet');
  });

  it('a component schema that is a $ref to another component is an alias of it', async () => {
    const { api } = await irOf({
      openapi: '3.0.3',
      info: { title: 'Acme', version: '1' },
      servers: [{ url: 'https://api.example.com' }],
      paths: {
        '/pets': {
          get: {
            operationId: 'listPets',
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/PetAlias' } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          PetAlias: { $ref: '#/components/schemas/PetAlias2' },
          PetAlias2: { $ref: '#/components/schemas/Pet' },
          Pet: { type: 'object', properties: { name: { type: 'string' } } },
        },
      },
    });
    expect(api.schemas.map((s) => `${s.name} = ${show(api, s.type)}`).sort()).toEqual([
      'Pet = { name?: string }',
      'PetAlias = Pet',
      'PetAlias2 = Pet',
    ]);
    const response = method(api, 'pets.list').response;
    expect(response.kind === 'json' ? show(api, response.type) : response.kind).toBe('Pet');
  });
});

describe('deprecated', () => {
  it('operations, parameters, properties and schemas carry the deprecation', async () => {
    const { api } = await ir('deprecated');
    expect(method(api, 'users.profile').docs.deprecated).toBe(true);
    expect(method(api, 'users.list').docs.deprecated).toBeUndefined();
    expect(method(api, 'users.list').params!.fields.map((f) => [f.key, f.docs.deprecated])).toEqual([
      ['sort', true],
      ['order', undefined],
    ]);
    expect((schema(api, 'User').type as ObjectType).properties.map((p) => [p.key, p.docs.deprecated])).toEqual([
      ['id', undefined],
      ['name', undefined],
      ['username', true],
      ['profile', undefined],
    ]);
    expect(schema(api, 'LegacyProfile').docs.deprecated).toBe(true);
  });
});

describe('generator bugs found while writing fixtures (in-memory specs)', () => {
  const spec = (paths: Record<string, unknown>) => ({
    openapi: '3.1.0',
    info: { title: 'Acme', version: '1' },
    servers: [{ url: 'https://api.example.com' }],
    paths,
  });
  const ok = {
    '200': {
      description: 'ok',
      content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } },
    },
  };

  // A top-level resource named like a client member (config, options, request, log, timeout…) becomes `<name>Resource`.
  it.each(['clientConfig', 'options', 'request', 'log', 'timeout', 'baseURL', 'apiKey'])(
    '/%s does not become a client property named like a BaseClient member',
    async (segment) => {
      const { api } = await irOf(spec({ [`/${segment}`]: { get: { responses: ok } } }));
      expect(api.resources.map((r) => r.property)).toEqual([`${segment}Resource`]);
    },
  );

  it('other top-level names are kept', async () => {
    // `config` too: the runtime keeps its own settings in `clientConfig`, so Stainless SDKs' `client.config` stays.
    const { api } = await irOf(
      spec({
        '/configs': { get: { responses: ok } },
        '/logs': { get: { responses: ok } },
        '/config': { get: { responses: ok } },
      }),
    );
    expect(api.resources.map((r) => r.property)).toEqual(['configs', 'logs', 'config']);
  });
});

describe('stainless-conventions', () => {
  it('the client, its credential option and env var, and the package come from the samples', async () => {
    const { api } = await ir('stainless-conventions');
    expect([api.clientName, api.packageName, api.envPrefix]).toEqual(['Acme', '@acme/platform', 'ACME']);
    expect(api.auth).toMatchObject([{ kind: 'bearer', option: 'bearerToken', envVar: 'ACME_API_KEY', required: true }]);
  });

  it('the path prefix every operation shares (/api/where) is part of the base URL, not a resource', async () => {
    const { api } = await ir('stainless-conventions');
    expect([api.baseUrl, api.basePath, api.servers.map((s) => s.url)]).toEqual([
      'https://api.acme.test/api/where',
      '/api/where',
      ['https://api.acme.test/api/where'],
    ]);
    expect(methodPaths(api)).toEqual([
      'messages.list',
      'messages.attachments.retrieve',
      'events.list',
      'configs.update',
    ]);
    expect(allResources(api).flatMap((r) => r.methods.map((m) => m.path))).toEqual([
      '/messages',
      '/messages/{messageId}/attachments/{attachmentId}',
      '/events',
      '/configs/{configId}',
    ]);
  });

  it('two ids passed positionally are two positional params, in path order; sample and hint names for params', async () => {
    const { api } = await ir('stainless-conventions');
    const retrieve = method(api, 'messages.attachments.retrieve');
    expect(retrieve.positional.map((p) => p.wireName)).toEqual(['messageId', 'attachmentId']);
    expect(retrieve.params!.fields.map((f) => [f.key, f.wireName, f.in])).toEqual([
      ['acmeAccount', 'Acme-Account', 'header'],
    ]);
    // x-stainless-naming method_argument on a header parameter
    expect(method(api, 'messages.list').params!.fields.map((f) => [f.key, f.wireName])).toEqual([
      ['after', 'after'],
      ['limit', 'limit'],
      ['conductorEndUserId', 'Conductor-End-User-Id'],
    ]);
  });

  it('for-await samples page: cursor from page_info.end_cursor, next URL; page classes named like Stainless schemes', async () => {
    const { api } = await ir('stainless-conventions');
    expect(
      api.paginationSchemes.map((s) => [
        s.className,
        s.style,
        s.request.cursor,
        s.response.nextCursor,
        s.response.hasMore,
        s.response.nextUrl,
      ]),
    ).toEqual([
      ['AcmePage', 'cursor', 'after', ['page_info', 'end_cursor'], ['page_info', 'has_next_page'], null],
      ['AcmeCursorURLPage', 'next-url', null, null, null, ['next']],
    ]);
    expect(nameOf(api, method(api, 'events.list').pagination!.item)).toBe('EventRecord');
  });

  it('x-stainless-override-schema, -param inside it, -variantName, -model; -renameMap, -nominal, -extend-default read quietly', async () => {
    const { api, diags } = await ir('stainless-conventions');
    const update = method(api, 'configs.update');
    // The body is one of two objects, but the code sample passes it whole (`{ body: … }`): the sample's shape wins.
    expect(update.params!.variants).toBeUndefined();
    expect(update.params!.fields.map((f) => `${f.key} (${f.wireName}): ${show(api, f.type)}`)).toEqual([
      'betas (acme-beta): Array<string>',
      'body (body): { type: "dynamic" } | { type: "static"; ips: Array<string> }',
    ]);
    const body = update.params!.fields[1].type as Extract<TypeRef, { kind: 'union' }>;
    expect(body.variants.map((v) => (v as ObjectType).declareAs)).toEqual(['Dynamic', 'Static']);
    expect(api.schemas.map((s) => s.name)).toEqual(['Message', 'Attachment', 'EventRecord', 'Config', 'Model']);
    expect(show(api, schema(api, 'Model').type)).toBe('string | "fast" | "slow"');
    expect(show(api, prop(schema(api, 'Message').type, 'status'))).toBe('"in_progress" | "done"');
    expect(diags.warnings).toEqual([]);
  });

  it('a for-await sample on a response no scheme matches warns, naming the operation', async () => {
    const { diags } = await irOf({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/things': {
          get: {
            operationId: 'listThings',
            'x-codeSamples': [{ lang: 'JavaScript', source: 'for await (const t of client.things.list()) {}' }],
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { type: 'object', properties: { data: { type: 'array', items: { type: 'string' } } } },
                  },
                },
              },
            },
          },
        },
      },
    });
    expect(diags.warnings).toMatchObject([{ code: 'sample-pagination-unknown', pointer: '#/paths/~1things/get' }]);
  });
});
