/**
 * `anyOf: [{type: object}, {type: null}]` (the form FastAPI writes for an optional dict) is `Optional[object]` in
 * Stainless's Python SDKs (openplugin's `function_json: Optional[object]` in a params TypedDict, `response:
 * Optional[object] = None` in a model), as `type: [object, null]` is: the IR keeps the union `unknown | null`, which it
 * would otherwise fold to unknown. A member that says nothing at all (`{}`) still takes anything. In-process: cheap.
 */
import { describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const dir = tempDir('sdkgen-nullable-object-union');

const nullableObject = { anyOf: [{ type: 'object' }, { type: 'null' }] };
const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Plug', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/run': {
      post: {
        operationId: 'run',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['function_json'],
                properties: {
                  function_json: nullableObject,
                  named: { $ref: '#/components/schemas/Manifest' },
                  loose: { anyOf: [{}, { type: 'null' }] },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { type: 'object', properties: { response: nullableObject } } },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Manifest: { anyOf: [{ $ref: '#/components/schemas/Bare' }, { type: 'null' }] },
      Bare: { type: 'object' },
    },
  },
});

const CONFIG = [
  'organization: { name: plug }',
  'targets:',
  '  python: { package_name: plug }',
  'resources:',
  '  runs:',
  '    methods:',
  '      create: post /run',
  '',
].join('\n');

describe('a nullable object that says nothing of its members, written as a union', () => {
  it('is Optional[object] in params, signatures and models; a member that says nothing stays object', async () => {
    const files = await generatePythonFiles(dir, SPEC, CONFIG);
    const file = (name: string) => files.get(`src/plug/${name}`) ?? '';
    const params = file('types/run_create_params.py');
    expect(params).toContain('    function_json: Required[Optional[object]]\n');
    expect(params).toContain('    named: Optional[object]\n');
    expect(params).toContain('    loose: object\n');
    expect(file('resources/runs.py')).toContain('        function_json: Optional[object],\n');
    expect(file('types/run_create_response.py')).toContain('    response: Optional[object] = None\n');
  });
});
