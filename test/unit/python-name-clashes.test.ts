/**
 * Python names that would shadow one another in a module, and a response alias a `type[T]` parameter cannot take:
 * a field's union alias named as one of its members, a resource class named as a model, and an alias of a
 * recursive type (a `TypeAliasType`) passed as `cast_to`.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { writeSpec } from './helpers/spec';
import { schemaRef as ref } from '../helpers/openapi';

const json = (schema: unknown) => ({ description: 'ok', content: { 'application/json': { schema } } });

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  paths: {
    '/teams': { get: { operationId: 'listTeams', tags: ['teams'], responses: { '200': json(ref('TeamList')) } } },
    '/trees': {
      get: {
        operationId: 'listTrees',
        tags: ['trees'],
        responses: { '200': json({ type: 'array', items: ref('Tree') }) },
      },
    },
    '/slot_config_names': {
      get: {
        operationId: 'getSlotConfigNames',
        tags: ['slot_config_names'],
        responses: { '200': json(ref('SlotConfigNamesResource')) },
      },
    },
  },
  components: {
    schemas: {
      Team: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      TeamLimited: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
      TeamList: {
        type: 'object',
        properties: { teams: { type: 'array', items: { oneOf: [ref('Team'), ref('TeamLimited')] } } },
        required: ['teams'],
      },
      Tree: { type: 'object', properties: { children: { type: 'array', items: ref('Tree') } } },
      SlotConfigNamesResource: { type: 'object', properties: { names: { type: 'array', items: { type: 'string' } } } },
    },
  },
};

async function files(): Promise<Map<string, string>> {
  const result = await generate({ spec: writeSpec(SPEC), config: null, target: 'python' });
  return new Map(result.files.map((f) => [f.path, f.contents]));
}

describe('Python names that would clash', () => {
  it('writes no union alias named as one of its members, and the union in place', async () => {
    const out = await files();
    const module = [...out].find(([p]) => p.endsWith('types/team_list.py'))?.[1] ?? '';
    expect(module).toContain('teams: List[Union[Team, TeamLimited]]');
    expect(module).not.toMatch(/^Team(: TypeAlias)? =/m);
  });

  it('names a resource class apart from a model of the same name', async () => {
    const out = await files();
    const resource = [...out].find(([p]) => p.endsWith('resources/slot_config_names.py'))?.[1] ?? '';
    const model = resource.match(/^class (\w+)\(SyncAPIResource\)/m)?.[1];
    expect(model).toBeDefined();
    expect(model).not.toBe('SlotConfigNamesResource');
    expect(resource).toContain('SlotConfigNamesResource');
  });

  it('passes an alias of a recursive type to cast_to through cast(Any, …)', async () => {
    const out = await files();
    const resource = [...out].find(([p]) => p.endsWith('resources/trees.py'))?.[1] ?? '';
    expect(resource).toMatch(/cast_to=cast\(Any, TreeListResponse\)/);
  });
});
