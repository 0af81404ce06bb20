/**
 * A Python migration names the types api.md lists that Stainless declared from schemas written out inside others
 * (hetzner-python's `PlacementGroup`, a response's `placement_group`; `CPUType`, `server_type.cpu_type`; `SortParam`,
 * `GET /actions`' `sort`, whose values the spec has since changed) by their JSON pointers in the config it writes:
 * they matched no component schema and were left out ("match no schema of the spec by name or shape"). A 2023 SDK's
 * enum alias has no `: TypeAlias` annotation (`CPUType = Literal[…]`); its shape is read all the same.
 */
import { describe, expect, it } from 'vitest';
import { nestedSchemasOf } from '../generator/migrate/derived-config/nested-schemas';
import { pythonModels } from '../generator/migrate/python/derived-config/python-models';

const API_MD = [
  '# Shared Types',
  '',
  '```python',
  'from hosting.types import SortParam',
  '```',
  '',
  '# PlacementGroups',
  '',
  'Types:',
  '',
  '```python',
  'from hosting.types import PlacementGroup, CPUType, TargetIP',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="get /placement_groups/{id}">client.placement_groups.<a href="./src/hosting/resources/placement_groups.py">retrieve</a>(id) -> <a href="./src/hosting/types/placement_group_retrieve_response.py">PlacementGroupRetrieveResponse</a></code>',
  '',
].join('\n');

const FILES: Record<string, string> = {
  'src/hosting/types/shared/sort_param.py':
    'SortParam = Literal[\n    "id",\n    "id:asc",\n    "id:desc",\n    "name",\n]\n',
  'src/hosting/types/cpu_type.py': 'CPUType = Literal["dedicated", "shared"]\n',
  'src/hosting/types/placement_group.py':
    'class PlacementGroup(BaseModel):\n    id: int\n    """ID"""\n\n    name: str\n\n    type: Literal["spread"]\n',
  'src/hosting/types/target_ip.py': 'class TargetIP(BaseModel):\n    ip: str\n',
};

const str = { type: 'string' };
const DOCUMENT = {
  openapi: '3.0.3',
  paths: {
    '/actions': {
      get: {
        parameters: [
          {
            name: 'sort',
            in: 'query',
            schema: { type: 'string', enum: ['id', 'id:asc', 'id:desc', 'name', 'name:asc'] },
          },
        ],
      },
    },
    '/placement_groups/{id}': {
      get: {
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/get_response' } } } },
        },
      },
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/add_request' } } } },
      },
    },
  },
  components: {
    schemas: {
      // The request's `ip` comes first: the response's is the model.
      add_request: { type: 'object', properties: { target: { type: 'object', properties: { ip: str } } } },
      get_response: {
        type: 'object',
        properties: {
          placement_group: {
            type: 'object',
            properties: { id: { type: 'integer' }, name: str, type: { type: 'string', enum: ['spread'] } },
          },
          target: { type: 'object', properties: { ip: str } },
        },
      },
      server_type: { type: 'object', properties: { cpu_type: { type: 'string', enum: ['dedicated', 'shared'] } } },
    },
  },
};

describe('Python migration: models of schemas inside others', () => {
  it('names each by its pointer in the config it writes', () => {
    const notes: string[] = [];
    const models = pythonModels(
      API_MD,
      (file) => FILES[file] ?? null,
      'hosting',
      { schemas: [], responseSchemas: new Map(), nestedSchemas: nestedSchemasOf(DOCUMENT) },
      notes,
    );
    const schemaOf = (key: string) => models.find((m) => m.key === key)?.schema;
    expect(schemaOf('placement_group')).toBe('#/components/schemas/get_response/properties/placement_group');
    expect(schemaOf('cpu_type')).toBe('#/components/schemas/server_type/properties/cpu_type');
    expect(schemaOf('target_ip')).toBe('#/components/schemas/get_response/properties/target');
    expect(schemaOf('sort_param')).toBe('#/paths/~1actions/get/parameters/0/schema');
    expect(notes.join('\n')).not.toContain('match no schema');
  });
});
