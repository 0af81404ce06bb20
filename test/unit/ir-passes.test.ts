/**
 * The IR is built by pure passes (generator/ir/build.ts): each returns new data and leaves what it was given as it
 * was. Under vitest every pass's result and the Api are frozen (SDKGEN_FREEZE_IR in vitest.config.ts), so a pass
 * that wrote into its input would throw in every test that builds an IR; these tests check the freezing itself and
 * the pieces the passes share.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { buildIr } from '../../generator/ir/build';
import type { MethodDraft } from '../../generator/ir/drafts';
import { nestedNames } from '../../generator/ir/nested-names';
import { foldRequestOnlyVariants } from '../../generator/ir/request-variants';
import { validateIr } from '../../generator/ir/validate';
import type { Structure } from '../../generator/ir/structure';
import type { ObjectType, Param, TypeRef } from '../../generator/ir/types';
import { addReachable, refIds, SchemaRefs, TypeRewriter } from '../../generator/ir/walk';
import { loadSpec } from '../../generator/load/load';
import { normalize } from '../../generator/normalize/normalize';
import { cleanupSpecs } from './helpers/spec';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');

afterAll(cleanupSpecs);

const object = (properties: Array<[string, TypeRef]>): ObjectType => ({
  kind: 'object',
  properties: properties.map(([key, type]) => ({
    key,
    type,
    required: true,
    docs: {},
  })),
  additional: null,
  propertyNames: null,
  declareAs: null,
  docs: {},
});

describe('the built Api', () => {
  it('is frozen under test, down to nested types, so emit cannot change it either', async () => {
    const diags = new Diagnostics();
    const spec = await loadSpec(path.join(ROOT, 'test/fixtures/read-write-only.yaml'), diags);
    const { api } = buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags);
    expect(process.env.SDKGEN_FREEZE_IR).toBe('1');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.schemas)).toBe(true);
    const method = api.resources[0].methods[0];
    expect(Object.isFrozen(method)).toBe(true);
    expect(() => {
      (method as { name: string }).name = 'changed';
    }).toThrow(TypeError);
    const nested = api.schemas.map((s) => s.type).find((t): t is ObjectType => t.kind === 'object');
    expect(nested && Object.isFrozen(nested.properties[0])).toBe(true);
  });
});

describe('the IR leaves out what says nothing', () => {
  it('no docs field is null or false and no property is readOnly or writeOnly false; the ones that are say true', async () => {
    const diags = new Diagnostics();
    const spec = await loadSpec(path.join(ROOT, 'test/fixtures/read-write-only.yaml'), diags);
    const { api } = buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags);
    const defaults: string[] = [];
    const flags: string[] = [];
    JSON.stringify(api, function (this: Record<string, unknown>, key, value: unknown) {
      if (key === 'docs' && value !== null && typeof value === 'object')
        for (const [field, said] of Object.entries(value)) if (said === null || said === false) defaults.push(field);
      if ((key === 'readOnly' || key === 'writeOnly') && 'required' in this) {
        if (value !== true) defaults.push(key);
        else flags.push(`${String(this.key)} ${key}`);
      }
      return value;
    });
    expect(defaults).toEqual([]);
    expect(new Set(flags)).toEqual(
      new Set(['id readOnly', 'password writeOnly', 'registeredAt readOnly', 'sku readOnly']),
    );
  });
});

describe('validateIr', () => {
  it('reports a schema whose type refers to a schema the Api does not declare, nested as deep as it is', async () => {
    const diags = new Diagnostics();
    const spec = await loadSpec(path.join(ROOT, 'test/fixtures/read-write-only.yaml'), diags);
    const { api } = buildIr(normalize(spec, EMPTY_CONFIG, diags), EMPTY_CONFIG, diags);
    expect(() => validateIr(api)).not.toThrow();
    const dangling = { kind: 'ref', schemaId: 'nowhere' } as const;
    const broken = { ...api.schemas[0], name: 'Broken', type: object([['a', { kind: 'array', items: dangling }]]) };
    expect(() => validateIr({ ...api, schemas: [...api.schemas, broken] })).toThrow(
      'generator bug: schema Broken refers to unknown schema nowhere',
    );
  });
});

describe('foldRequestOnlyVariants', () => {
  const param = (type: TypeRef): Param => ({
    key: 'pet',
    local: 'pet',
    wireName: 'pet',
    in: 'body',
    type,
    required: true,
    style: null,
    docs: {},
    source: { file: 'spec.yaml', pointer: '#/paths/~1pets/post' },
  });
  const structure = (): Structure => {
    const docs = {};
    const source = { file: 'spec.yaml', pointer: '#/components/schemas/Pet' };
    const method = {
      name: 'create',
      params: { fields: [param({ kind: 'ref', schemaId: 'Pet#param' })], required: true },
      positional: [],
      response: { kind: 'empty' },
      errors: [],
      pagination: null,
      streamWhen: null,
    } as unknown as MethodDraft;
    return {
      resources: new Map([
        [
          'pets',
          {
            key: 'pets',
            path: ['pets'],
            children: [],
            webhookUnwraps: [],
            order: 0,
            methods: [{ id: 'op', placement: null as never, method, paramsOrder: 1 }],
          },
        ],
      ]),
      schemas: new Map([
        [
          'Pet',
          {
            id: 'Pet',
            nameHint: 'Pet',
            explicitName: false,
            type: object([['id', { kind: 'integer' }]]),
            docs,
            source,
            order: 0,
          },
        ],
        [
          'Pet#param',
          {
            id: 'Pet#param',
            nameHint: 'Pet',
            explicitName: false,
            type: object([['name', { kind: 'string', format: null }]]),
            docs,
            source,
            order: 0.5,
            requestVariantOf: 'Pet',
          },
        ],
      ]),
      requestVariants: new Map([['Pet', 'Pet#param']]),
      schemes: [],
    };
  };

  it('returns a structure where an only-sent variant took its schema place, and leaves its input as it was', () => {
    const input = structure();
    const before = JSON.stringify({ schemas: [...input.schemas], resources: [...input.resources] });
    const folded = foldRequestOnlyVariants(input);
    expect(JSON.stringify({ schemas: [...input.schemas], resources: [...input.resources] })).toBe(before);
    expect([...folded.schemas.keys()]).toEqual(['Pet']);
    expect((folded.schemas.get('Pet')!.type as ObjectType).properties.map((p) => p.key)).toEqual(['name']);
    const field = folded.resources.get('pets')!.methods[0].method.params!.fields[0];
    expect(field.type).toEqual({ kind: 'ref', schemaId: 'Pet' });
    expect(folded.requestVariants.size).toBe(0);
  });

  it('keeps a variant a response reaches', () => {
    const input = structure();
    const reached: Structure = {
      ...input,
      resources: new Map(
        [...input.resources].map(([key, r]) => [
          key,
          {
            ...r,
            methods: r.methods.map((m) => ({
              ...m,
              method: { ...m.method, response: { kind: 'json', type: { kind: 'ref', schemaId: 'Pet' } } },
            })),
          },
        ]),
      ),
    };
    expect(foldRequestOnlyVariants(reached)).toBe(reached);
  });
});

describe('TypeRewriter', () => {
  it('rebuilds a shared subtree once, so two holders still share it, and leaves the originals alone', () => {
    const shared = object([['x', { kind: 'string', format: null }]]);
    const a = object([['inner', shared]]);
    const b: TypeRef = { kind: 'array', items: shared };
    const rewrite = new TypeRewriter((original, type) =>
      type.kind === 'object' && original === shared ? { ...type, declareAs: 'Inner' } : type,
    );
    const newA = rewrite.type(a) as ObjectType;
    const newB = rewrite.type(b) as Extract<TypeRef, { kind: 'array' }>;
    expect(newA.properties[0].type).toBe(newB.items);
    expect((newB.items as ObjectType).declareAs).toBe('Inner');
    expect(shared.declareAs).toBeNull();
    expect(a.properties[0].type).toBe(shared);
  });
});

describe('SchemaRefs', () => {
  const ref = (schemaId: string): TypeRef => ({ kind: 'ref', schemaId });
  // a → b → c → a (a cycle), a → d (no such schema); e is reached by nothing.
  const schemas = new Map<string, { type: TypeRef }>([
    [
      'a',
      {
        type: object([
          ['b', ref('b')],
          ['b2', { kind: 'array', items: ref('b') }],
          ['d', ref('d')],
        ]),
      },
    ],
    ['b', { type: { kind: 'union', variants: [ref('c'), { kind: 'null' }], discriminator: null } }],
    ['c', { type: object([['a', ref('a')]]) }],
    ['e', { type: ref('a') }],
  ]);

  it("lists each schema's references once, in the order walkRefs first meets them", () => {
    const refs = new SchemaRefs(schemas);
    expect(refs.of('a')).toEqual(['b', 'd']);
    expect(refs.of('b')).toEqual(['c']);
    expect(refs.of('d')).toEqual([]);
  });

  it('reaches what addReachable reaches, through cycles and unknown ids', () => {
    const refs = new SchemaRefs(schemas);
    for (const root of [ref('c'), ref('d'), object([['x', ref('e')]])]) {
      const expected = new Set<string>();
      addReachable(root, schemas, expected);
      const seen = new Set<string>();
      refs.addReachable(root, seen);
      expect([...seen].sort()).toEqual([...expected].sort());
    }
    const seen = new Set<string>();
    refs.addReachable(ref('c'), seen);
    expect([...seen].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('refIds', () => {
  it('gives the ids a type refers to once each, in the order a walk meets them, the same list when asked again', () => {
    const ref = (schemaId: string): TypeRef => ({ kind: 'ref', schemaId });
    const type = object([
      ['a', { kind: 'union', variants: [ref('B'), { kind: 'null' }], discriminator: null }],
      ['b', { kind: 'array', items: ref('A') }],
      ['c', ref('B')],
    ]);
    expect(refIds(type)).toEqual(['B', 'A']);
    expect(refIds(type)).toBe(refIds(type));
    expect(refIds({ kind: 'string', format: null })).toEqual([]);
  });
});

describe('nestedNames', () => {
  it('names inline objects after where they appear, in their type namespace, without touching them', () => {
    const connection = object([['host', { kind: 'string', format: null }]]);
    const server = object([
      ['connection', connection],
      ['tags', { kind: 'array', items: object([['label', { kind: 'string', format: null }]]) }],
    ]);
    const { names } = nestedNames([{ name: 'Server', module: 'm', type: server }], []);
    expect(names.get(connection)).toBe('Connection');
    const tags = server.properties[1].type as Extract<TypeRef, { kind: 'array' }>;
    expect(names.get(tags.items)).toBe('Tag');
    expect(names.has(server)).toBe(false);
    expect(connection.declareAs).toBeNull();
  });

  it('never names one after a named type its namespace refers to, which it would shadow', () => {
    const owner = object([['login', { kind: 'string', format: null }]]);
    const repo = object([
      ['owner', owner],
      ['creator', { kind: 'ref', schemaId: 'user' }],
    ]);
    const refName = (id: string) => (id === 'user' ? 'Owner' : id);
    // `creator: Owner` (the model) would mean the nested interface inside `Repo`'s namespace.
    expect(nestedNames([{ name: 'Repo', module: 'm', type: repo }], [], null, refName).names.get(owner)).toBe('Owner2');
    expect(nestedNames([{ name: 'Repo', module: 'm', type: repo }], []).names.get(owner)).toBe('Owner');
  });

  it("Stainless: a map's object values take the map's property name, else unnamed_schema_with_map_parent_<n>, counted through the module", () => {
    const str = { kind: 'string', format: null } as const;
    const map = (values: TypeRef): TypeRef => ({ ...object([]), additional: values });
    const aggregate = object([['sent', str]]);
    const byDate = object([['health', str]]);
    const revision = object([['hash', str]]);
    const indexed = object([['count', str]]);
    const report = object([
      ['aggregate_data', map(aggregate)],
      ['email_date_data', map(map(byDate))],
    ]);
    const params = {
      key: 'revision',
      type: { kind: 'union', variants: [str, map(revision)] },
    } as unknown as Param;
    const other = { ...object([['total', str]]), additional: indexed };
    const stainless = { member: (title: string) => title, propertiesOf: () => null, nameOf: () => '' };
    const { names } = nestedNames(
      [
        { name: 'Report', module: 'reports', type: report },
        { name: 'Other', module: 'others', type: other },
      ],
      [{ name: 'BuildListParams', module: 'reports', fields: [params] }],
      { ...stainless, member: (title) => title.replace(/(^|_)(\w)/g, (_, __, c: string) => c.toUpperCase()) },
    );
    expect(names.get(aggregate)).toBe('AggregateData');
    expect(names.get(byDate)).toBe('unnamed_schema_with_map_parent_0');
    expect(names.get(revision)).toBe('unnamed_schema_with_map_parent_1');
    expect(names.get(indexed)).toBe('unnamed_schema_with_map_parent_0');
    // Without Stainless's naming, each is named after where it is.
    const plain = nestedNames(
      [{ name: 'Report', module: 'reports', type: report }],
      [{ name: 'BuildListParams', module: 'reports', fields: [params] }],
    ).names;
    expect([plain.get(byDate), plain.get(revision)]).toEqual(['EmailDateDataValueValue', 'UnionMember1Value']);
  });
});

describe('the IR code', () => {
  const files = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(dir, f));

  it('keeps every file of generator/ir under 700 lines', () => {
    const long = files('generator/ir')
      .map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 700);
    expect(long).toEqual([]);
  });

  it('is read by emit and the API surface through its data and walkers only, never the builder', () => {
    const importers = ['generator/diff/surface.ts', ...files('generator/emit')].filter((f) =>
      /from '\.\.\/ir\/(build|structure|methods|names|modules|assemble)'/.test(
        readFileSync(path.join(ROOT, f), 'utf8'),
      ),
    );
    expect(importers).toEqual([]);
  });
});
