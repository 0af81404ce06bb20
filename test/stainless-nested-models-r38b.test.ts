/**
 * A Stainless config's model may name a schema inside another by its JSON pointer: a response's property
 * (`#/components/schemas/GroupResponse/properties/placement_group`) or a query parameter's enum
 * (`#/paths/~1actions/get/parameters/0/schema`). Stainless declares each as a model of its own (hetzner-python's
 * `PlacementGroup`, `SortParam`), used where that place is; sdkgen warned "is not a schema of the spec; model left out"
 * and wrote them inline.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { generateFrom, tempDir } from './helpers/sdk';

const object = (properties: Record<string, unknown>, required?: string[]) => ({
  type: 'object',
  properties,
  ...(required ? { required } : {}),
});
const ok = (schema: unknown) => ({
  '200': { description: 'ok', content: { 'application/json': { schema } } },
});

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Hosting', version: '1' },
  servers: [{ url: 'https://api.hosting.test' }],
  paths: {
    '/actions': {
      get: {
        operationId: 'listActions',
        parameters: [
          { name: 'sort', in: 'query', schema: { type: 'string', enum: ['id', 'id:asc', 'id:desc'] } },
          { name: 'status', in: 'query', schema: { type: 'string', enum: ['running', 'error'] } },
        ],
        responses: ok(object({ ids: { type: 'array', items: { type: 'integer' } } })),
      },
    },
    '/placement_groups/{id}': {
      get: {
        operationId: 'getPlacementGroup',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: ok({ $ref: '#/components/schemas/GroupResponse' }),
      },
    },
  },
  components: {
    schemas: {
      GroupResponse: object(
        {
          placement_group: {
            description: 'The group',
            ...object({ id: { type: 'integer' }, name: { type: 'string' } }, ['id', 'name']),
          },
        },
        ['placement_group'],
      ),
    },
  },
};

const CONFIG = `organization:
  name: hosting
targets:
  typescript:
    package_name: hosting
  python:
    package_name: hosting
resources:
  $shared:
    models:
      sort_param: '#/paths/~1actions/get/parameters/0/schema'
  actions:
    methods:
      list: get /actions
  placement_groups:
    models:
      placement_group: '#/components/schemas/GroupResponse/properties/placement_group'
    methods:
      retrieve: get /placement_groups/{id}
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('Stainless config: a model named by a JSON pointer inside another schema', () => {
  it('is declared as a model of its own (TypeScript), used where its place is', async () => {
    const root = tempDir('nested-models');
    roots.push(root);
    const { files, diagnostics } = await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
    const file = (name: string) => files.find((f) => f.path === name)?.contents ?? '';
    expect(JSON.stringify(diagnostics ?? [])).not.toContain('model left out');
    expect(file('src/resources/shared.ts')).toMatch(/export type SortParam = 'id' \| 'id:asc' \| 'id:desc';/);
    const groups = file('src/resources/placement-groups.ts');
    expect(groups).toContain('export interface PlacementGroup {');
    expect(groups).toMatch(/placement_group: PlacementGroup;/);
    expect(file('src/resources/actions.ts')).toMatch(/sort\?: Shared\.SortParam/);
    expect(file('api.md')).toContain('PlacementGroup</a>');
  });

  it('is declared as a model of its own (Python), exported from types', async () => {
    const root = tempDir('nested-models-py');
    roots.push(root);
    await generateFrom(root, SPEC, CONFIG, { funcs: false, referenceDocs: false });
    const { files } = await generate({
      spec: path.join(root, 'spec.json'),
      config: path.join(root, 'stainless.yml'),
      target: 'python',
    });
    const file = (name: string) => files.find((f) => f.path === name)?.contents ?? '';
    expect(file('src/hosting/types/placement_group.py')).toContain('class PlacementGroup(BaseModel):');
    expect(file('src/hosting/types/shared/sort_param.py')).toContain('SortParam');
    expect(file('src/hosting/types/__init__.py')).toContain(
      'from .placement_group import PlacementGroup as PlacementGroup',
    );
    const api = file('api.md');
    expect(api).toMatch(/from hosting\.types import .*SortParam/);
    expect(api).toContain('PlacementGroup');
  });
});
