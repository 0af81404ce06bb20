/**
 * A method whose JSON response is one object or null (`anyOf: [{$ref: …}, {type: 'null'}]`, the referenced schema no
 * model of the config), as Stainless's Python SDKs write it (agentex's `checkpoints.get_tuple`): the response's module
 * declares the object's class under the response's name, and the method returns `Optional[…]` of it, read as the
 * class (`cast_to=…Response`); api.md names it so. A response type something else names too keeps its alias. The text
 * in-process (cheap); pyright on the package behind SDKGEN_PYTHON_TESTS=full.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, generatePythonFiles, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const nullableTuple = { anyOf: [{ $ref: '#/components/schemas/TupleBody' }, { type: 'null' }] };
const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Vault', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/tuples/find': {
      post: {
        operationId: 'findTuple',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['key'], properties: { key: { type: 'string' } } },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: nullableTuple } } } },
      },
    },
    '/tuples/latest': {
      get: {
        operationId: 'latestTuple',
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/MaybeTuple' } } },
          },
        },
      },
    },
    '/tuples/all': {
      get: {
        operationId: 'allTuples',
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { latest: { $ref: '#/components/schemas/MaybeTuple' } } },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      TupleBody: {
        type: 'object',
        required: ['key', 'blobs'],
        properties: {
          key: { type: 'string' },
          blobs: {
            type: 'array',
            items: { type: 'object', required: ['channel'], properties: { channel: { type: 'string' } } },
          },
        },
      },
      MaybeTuple: { anyOf: [{ $ref: '#/components/schemas/TupleBody' }, { type: 'null' }] },
    },
  },
});

const CONFIG = [
  'organization: { name: vault }',
  'targets:',
  '  python: { package_name: vault }',
  'resources:',
  '  tuples:',
  '    models:',
  '      maybe_tuple: "#/components/schemas/MaybeTuple"',
  '    methods:',
  '      find: post /tuples/find',
  '      latest: get /tuples/latest',
  '      all: get /tuples/all',
  '',
].join('\n');

const dir = tempDir('sdkgen-py-nullable-response');
let files: Map<string, string>;

beforeAll(async () => {
  files = await generatePythonFiles(dir, SPEC, CONFIG);
}, 120_000);

const file = (name: string) => files.get(name) ?? '';

describe("a method's response of one object or null", () => {
  if (!PYTHON_FULL) console.log(`python nullable response: pyright on the package ${FULL_ONLY_NOTICE}`);
  it("is the object's class under the response's name, no alias", () => {
    const module = file('src/vault/types/tuple_find_response.py');
    expect(module).toContain('__all__ = ["TupleFindResponse", "Blob"]\n');
    expect(module).toMatch(/^class TupleFindResponse\(BaseModel\):\n {4}blobs: List\[Blob\]\n\n {4}key: str$/m);
    expect(module).not.toContain('TypeAlias');
    expect(module).not.toContain('Optional');
  });

  it('is Optional at the method, read as the class; api.md names it so', () => {
    const resource = file('src/vault/resources/tuples.py');
    expect(resource).toMatch(/\) -> Optional\[TupleFindResponse\]:/);
    expect(resource).toContain('cast_to=TupleFindResponse,');
    expect(resource).not.toContain('cast(Any, TupleFindResponse)');
    expect(file('api.md')).toContain(
      '-> <a href="./src/vault/types/tuple_find_response.py">Optional[TupleFindResponse]</a></code>',
    );
  });

  it('a config model of one object or null, which a field names too, stays an alias', () => {
    expect(file('src/vault/types/maybe_tuple.py')).toMatch(/^MaybeTuple: TypeAlias = Optional\[/m);
    expect(file('src/vault/resources/tuples.py')).toMatch(/\) -> MaybeTuple:/);
  });

  it.skipIf(!PYTHON_FULL)(
    'type-checks, the caller checking for None',
    async () => {
      const sdk = path.join(dir, 'sdk');
      for (const [name, contents] of files) {
        mkdirSync(path.dirname(path.join(sdk, name)), { recursive: true });
        writeFileSync(path.join(sdk, name), contents);
      }
      writeFileSync(
        path.join(sdk, 'call_find.py'),
        [
          'from vault import Vault',
          '',
          'client = Vault(base_url="http://127.0.0.1:4010")',
          'found = client.tuples.find(key="k")',
          'if found is not None:',
          '    print(found.blobs[0].channel)',
          'print(found.key)  # pyright: ignore[reportOptionalMemberAccess]',
          '',
        ].join('\n'),
      );
      const errors = await pyrightErrorsUnderOwnSettings(sdk, [
        'src/vault/resources/tuples.py',
        'src/vault/types/tuple_find_response.py',
        'call_find.py',
      ]);
      expect(errors).toEqual([]);
    },
    300_000,
  );
});
