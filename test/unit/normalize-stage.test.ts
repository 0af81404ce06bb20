/**
 * The normalize stage as a whole (generator/normalize/normalize.ts): `LoadedSpec` → `NormalizedSpec`, the model the
 * IR builder reads. Checks that `$ref` chains of every kind of object are followed to where they end (and that the
 * model says where that is), that a Stainless config's transforms apply before anything is read, that a part's
 * diagnostics come when the part is first read, and that the stage boundaries hold in the source (ir/ never
 * calls the loader, normalize/ never reads the IR). Specs are built in memory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG, type SdkConfig } from '../../generator/config';
import { Diagnostics } from '../../generator/diagnostics';
import { normalize } from '../../generator/normalize/normalize';
import { parseStainlessConfig } from '../../generator/stainless/config';
import { ROOT } from '../helpers/paths';
import { cleanupSpecs, loadObject } from './helpers/spec';

afterAll(cleanupSpecs);

type Obj = Record<string, unknown>;

/** A document whose path item, parameter, request body, response and security scheme each sit at the end of a chain. */
function chained(): Obj {
  return {
    openapi: '3.0.3',
    info: { title: 'Chains', version: '1' },
    paths: { '/pets': { $ref: '#/components/pathItems/A' } },
    components: {
      pathItems: {
        A: { $ref: '#/components/pathItems/B' },
        B: {
          post: {
            operationId: 'createPet',
            parameters: [{ $ref: '#/components/parameters/P1' }],
            requestBody: { $ref: '#/components/requestBodies/R1' },
            responses: { '201': { $ref: '#/components/responses/Ok1' } },
          },
        },
      },
      parameters: {
        P1: { $ref: '#/components/parameters/P2' },
        P2: { $ref: '#/components/parameters/P3' },
        P3: { name: 'limit', in: 'query', schema: { type: 'integer', nullable: true } },
      },
      requestBodies: {
        R1: { $ref: '#/components/requestBodies/R2' },
        R2: { $ref: '#/components/requestBodies/R3' },
        R3: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } },
      },
      responses: {
        Ok1: { $ref: '#/components/responses/Ok2' },
        Ok2: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Alias' } } } },
      },
      securitySchemes: {
        key: { $ref: '#/components/securitySchemes/realKey' },
        realKey: { type: 'apiKey', in: 'header', name: 'X-Key' },
      },
      schemas: {
        Alias: { $ref: '#/components/schemas/Alias2' },
        Alias2: { $ref: '#/components/schemas/Pet' },
        Pet: { type: 'object', properties: { name: { type: 'string', nullable: true } } },
      },
    },
  };
}

describe('normalize: $refs followed to where they end', () => {
  it('path items, parameters, request bodies and responses through chains, each with the place it ends at', async () => {
    const { spec, diags } = await loadObject(chained());
    const normalized = normalize(spec, EMPTY_CONFIG, diags);
    const [op] = normalized.operations;
    expect([op.http, op.path, op.loc.pointer]).toEqual(['post', '/pets', '#/components/pathItems/B/post']);
    expect(op.parameters.map((p) => [p.name, p.loc.pointer])).toEqual([['limit', '#/components/parameters/P3']]);
    // 3.0 folded into 3.1: `nullable: true` is a 'null' in the type list.
    expect(op.parameters[0].schema?.types).toEqual(['integer', 'null']);
    expect(op.requestBody?.pointer).toBe('#/components/requestBodies/R3');
    const ok = op.responses.get('201')!;
    expect(ok.pointer).toBe('#/components/responses/Ok2');
    // A schema `$ref` chain collapses to the schema at its end.
    const alias = ok.schema('application/json')!;
    expect(alias.ref).not.toBeNull();
    const pet = normalized.schemas.deref(alias);
    expect(pet.loc.pointer).toBe('#/components/schemas/Pet');
    expect(pet.properties[0].schema.types).toEqual(['string', 'null']);
    expect(normalized.schemas.deref(op.requestBody!.schema('application/json')!)).toBe(pet);
    expect(ok.schema('text/plain')).toBeNull();
    expect(normalized.securitySchemes.get('key')).toMatchObject({
      pointer: '#/components/securitySchemes/realKey',
      value: { type: 'apiKey', name: 'X-Key' },
    });
    expect(normalized.components.map((c) => c.key)).toEqual(['Alias', 'Alias2', 'Pet']);
    expect(normalized.components[2].node).toBe(pet);
  });

  it('a recursive schema is a cycle in the node graph, not an expansion', async () => {
    const { spec, diags } = await loadObject({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {},
      components: {
        schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } },
      },
    });
    const { components, schemas } = normalize(spec, EMPTY_CONFIG, diags);
    const node = components[0].node;
    expect(schemas.deref(node.properties[0].schema)).toBe(node);
  });

  it('a schema in another file is reached through the graph, with that file as its origin', async () => {
    const { spec, diags } = await loadObject(
      {
        openapi: '3.1.0',
        info: { title: 'T', version: '1' },
        paths: {},
        components: { schemas: { Pet: { $ref: 'schemas/pet.yaml' } } },
      },
      new Diagnostics(),
      { 'schemas/pet.yaml': 'type: object\nproperties:\n  name: { type: string }\n' },
    );
    const { components, schemas } = normalize(spec, EMPTY_CONFIG, diags);
    const pet = schemas.deref(components[0].node);
    expect([pet.loc.doc.file, pet.loc.pointer, pet.types]).toEqual(['schemas/pet.yaml', '#', ['object']]);
  });
});

describe('normalize: when parts are read', () => {
  it("a schema's diagnostics come when it is first read, in the order the reader meets the spec", async () => {
    const { spec, diags } = await loadObject({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {},
      components: { schemas: { A: { type: 'date' }, B: { type: 'datetime' } } },
    });
    const { components } = normalize(spec, EMPTY_CONFIG, diags);
    expect(diags.list).toEqual([]);
    void components[1].node;
    void components[0].node;
    void components[1].node; // kept: read once
    expect(diags.list.map((d) => [d.code, d.pointer])).toEqual([
      ['invalid-type', '#/components/schemas/B/type'],
      ['invalid-type', '#/components/schemas/A/type'],
    ]);
  });

  it("a Stainless config's transforms apply before the operations and schemas are read", async () => {
    const { spec, diags } = await loadObject({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/a': { get: { operationId: 'a', responses: { '204': { description: 'none' } } } },
        '/b': { get: { operationId: 'b', responses: { '204': { description: 'none' } } } },
      },
      components: { schemas: { Pet: { type: 'object' } } },
    });
    const raw = {
      organization: { name: 'acme' },
      openapi: {
        transformations: [
          { command: 'remove', args: { target: '$.paths["/b"]' } },
          { command: 'update', args: { target: '$.components.schemas.Pet', value: { type: 'string' } } },
        ],
      },
    };
    const config: SdkConfig = {
      ...EMPTY_CONFIG,
      stainless: parseStainlessConfig(raw, 'stainless.yml', JSON.stringify(raw), diags),
    };
    const normalized = normalize(spec, config, diags);
    expect(normalized.operations.map((o) => o.path)).toEqual(['/a']);
    expect(normalized.components[0].node.types).toEqual(['string']);
    expect(
      diags.list.filter((d) => d.code.startsWith('stainless-transform') || d.code === 'invalid-stainless-transform'),
    ).toEqual([]);
  });
});

describe('stage boundaries in the source', () => {
  const imports = (folder: string) =>
    readdirSync(path.join(ROOT, 'generator', folder))
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => {
        const text = readFileSync(path.join(ROOT, 'generator', folder, f), 'utf8');
        return [...text.matchAll(/^(?:import|export)[^;]*?from '([^']+)'/gms)].map((m) => `${folder}/${f} → ${m[1]}`);
      });

  it('the IR builder never calls the loader: nothing in generator/ir imports generator/load', () => {
    const all = imports('ir');
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((line) => line.includes('/load/'))).toEqual([]);
  });

  it('normalize comes before the IR: nothing in generator/normalize imports generator/ir', () => {
    const all = imports('normalize');
    expect(all.some((line) => line.includes('/load/'))).toBe(true);
    expect(all.filter((line) => line.includes('/ir/'))).toEqual([]);
  });
});
