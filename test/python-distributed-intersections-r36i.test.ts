/**
 * An `allOf` of an object and a `oneOf` of objects is a union in Python, each variant a class with the object's
 * fields too, as Stainless distributes it (openintegrations/python-sdk's `CreateConnectionResponse`: base fields
 * `allOf` a `oneOf` of `connector.<x>.discriminated_connection_settings`, `Union[ConnectorAccelo…, …]`). Read as a class,
 * sdkgen printed `class (BaseModel):` and `CreateConnectionResponse: TypeAlias =` with nothing after: a module Python
 * refuses (generator/emit/python/types/distributed-intersections.ts).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { distributedIntersections } from '../generator/emit/python/types/distributed-intersections';
import type { Api, ObjectType, TypeRef } from '../generator/ir/types';
import { pythonTempDir } from './helpers/python-sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = `
openapi: 3.1.0
info: { title: Connections, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /connection:
    post:
      operationId: createConnection
      responses:
        '200':
          description: the connection
          content:
            application/json:
              schema: { $ref: '#/components/schemas/core.connection_select' }
components:
  schemas:
    core.connection_select:
      allOf:
        - type: object
          properties:
            id: { type: string }
            display_name: { type: [string, 'null'] }
          required: [id, display_name]
        - oneOf:
            - $ref: '#/components/schemas/connector.a.discriminated_connection_settings'
            - $ref: '#/components/schemas/connector.b.discriminated_connection_settings'
    connector.a.discriminated_connection_settings:
      type: object
      properties:
        connector_name: { type: string, const: a }
        settings: { type: object, properties: { token: { type: string } } }
      required: [connector_name]
    connector.b.discriminated_connection_settings:
      type: object
      properties:
        connector_name: { type: string, const: b }
      required: [connector_name]
`;

const CONFIG = `
organization: { name: connections }
targets: { python: { package_name: connections } }
resources:
  $client:
    methods:
      create_connection: post /connection
`;

const object = (declareAs: string | null, keys: string[]): ObjectType => ({
  kind: 'object',
  properties: keys.map((key) => ({ key, type: { kind: 'string', format: null }, required: true, docs: {} })),
  additional: null,
  propertyNames: null,
  declareAs,
  docs: {},
});
const apiOf = (type: TypeRef) => ({ schemas: [{ id: 's', name: 'S', type, docs: {} }] }) as unknown as Api;

describe('an allOf of an object and a oneOf of objects, in Python', () => {
  it("is distributed: each variant with the object's properties, named as the variant", () => {
    const union: TypeRef = { kind: 'union', variants: [object('A', ['a']), object('B', ['b'])], discriminator: null };
    const api = distributedIntersections(apiOf({ kind: 'intersection', parts: [object('Item', ['id']), union] }));
    const type = api.schemas[0]!.type;
    expect(type.kind).toBe('union');
    const variants = type.kind === 'union' ? type.variants : [];
    expect(variants.map((v) => (v.kind === 'object' ? [v.declareAs, v.properties.map((p) => p.key)] : v))).toEqual([
      ['A', ['id', 'a']],
      ['B', ['id', 'b']],
    ]);
    // Other forms stay: a ref part, a variant that is a ref, two unions.
    for (const parts of [
      [{ kind: 'ref', schemaId: 'x' }, union],
      [object('Item', ['id']), { ...union, variants: [object('A', ['a']), { kind: 'ref', schemaId: 'x' }] }],
      [union, union],
    ] as TypeRef[][]) {
      const given = apiOf({ kind: 'intersection', parts });
      expect(distributedIntersections(given)).toBe(given);
    }
  });

  it.runIf(SLOW_FULL)("is a union of the variants, each with the object's fields", async () => {
    const root = pythonTempDir('distributed-intersections');
    writeFileSync(path.join(root, 'openapi.yaml'), SPEC);
    writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
    const result = await generate({
      spec: path.join(root, 'openapi.yaml'),
      config: path.join(root, 'stainless.yml'),
      target: 'python',
      // (The module as printed: formatting changes no name, and costs seconds.)
      format: false,
    });
    const file = result.files.find((f) => f.path.endsWith('/types/create_connection_response.py'));
    expect(file).toBeDefined();
    const text = file!.contents;
    expect(text).not.toMatch(/class \(|""|TypeAlias =\s*$/m);
    expect(text).toMatch(
      /CreateConnectionResponse: TypeAlias = Union\[\s*ConnectorADiscriminatedConnectionSettings, ConnectorBDiscriminatedConnectionSettings\s*\]/,
    );
    for (const variant of ['A', 'B']) {
      const body = new RegExp(
        `class Connector${variant}DiscriminatedConnectionSettings\\(BaseModel\\):\\n([\\s\\S]*?)\\n\\n\\n`,
      ).exec(text)?.[1];
      // (The object's own required keys are optional in each variant, as Stainless's openintegrations/python-sdk
      // writes them: `connector_name: Literal["accelo"]`, then `id: Optional[str] = None`.)
      expect(body).toContain('    id: Optional[str] = None');
      expect(body).toContain('    display_name: Optional[str] = None');
      expect(body).toContain(`    connector_name: Literal["${variant.toLowerCase()}"]`);
    }
    const module = path.join(root, 'create_connection_response.py');
    writeFileSync(module, text);
    const compiled = spawnSync('python3', ['-m', 'py_compile', module], { encoding: 'utf8' });
    expect(compiled.stderr).toBe('');
    expect(compiled.status).toBe(0);
  });
});
