/**
 * `sdkgen migrate` writing the config from a Stainless repository whose api.md names routes with other path-parameter
 * names than the spec copy the owners have (julep's TypeSpec output: `get /agents/{id}`; Stainless's api.md:
 * `get /agents/{agent_id}`), and whose spec namespaces its schema keys (`Tools.AlgoliaIntegrationDef`). The config
 * names the spec's route where the match is unique (same method, same segments) and gives its parameters the SDK's
 * names by `openapi.transformations` (`x-stainless-param`), so the generated method still takes `agent_id`; a type
 * api.md lists is the one schema whose key ends in its name. Before, 52 of julep's 67 methods were left out and 86
 * types unnamed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import { renamedRoute, specRoutesOf } from '../generator/migrate/derived-config/route-names';
import { schemaFor } from '../generator/migrate/derived-config/schema-match';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Acme', version: '1.0.0' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/agents/{id}': {
      get: {
        operationId: 'agentGet',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Agents.Agent' } } },
          },
        },
      },
    },
    '/agents/{parent_id}/tasks/{id}': {
      post: {
        operationId: 'taskCreateOrUpdate',
        parameters: [
          { name: 'parent_id', in: 'path', required: true, schema: { type: 'string' } },
          { $ref: '#/components/parameters/Tasks.id' },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Agents.Agent' } } },
          },
        },
      },
    },
    '/agents/{id}/tasks/{child_id}': {
      delete: {
        operationId: 'taskDelete',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'child_id', in: 'path', required: true, schema: { type: 'string' } },
        ],
        responses: { '204': { description: 'gone' } },
      },
    },
  },
  components: {
    parameters: { 'Tasks.id': { name: 'id', in: 'path', required: true, schema: { type: 'string' } } },
    schemas: {
      'Agents.Agent': { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
      'Tools.AlgoliaIntegrationDef': { type: 'object', properties: { provider: { type: 'string' } } },
    },
  },
};

const PY_API_MD = `# Agents

Types:

\`\`\`python
from acme.types import Agent, AlgoliaIntegrationDef
\`\`\`

Methods:

- <code title="get /agents/{agent_id}">client.agents.<a href="./src/acme/resources/agents.py">get</a>(agent_id) -> <a href="./src/acme/types/agent.py">Agent</a></code>
- <code title="post /agents/{agent_id}/tasks/{task_id}">client.agents.<a href="./src/acme/resources/agents.py">create_or_update_task</a>(task_id, \\*, agent_id) -> <a href="./src/acme/types/agent.py">Agent</a></code>
`;

const TS_API_MD = `# Agents

Types:

- <code><a href="./src/resources/agents.ts">Agent</a></code>

Methods:

- <code title="get /agents/{agent_id}">client.agents.<a href="./src/resources/agents.ts">get</a>(agentID) -> Agent</code>
`;

describe('api.md routes the spec names with other path parameters', () => {
  const routes = specRoutesOf(SPEC);

  it('are the one spec route of the same method and segments', () => {
    expect(renamedRoute('get /agents/{agent_id}', routes)).toEqual({
      listed: 'get /agents/{agent_id}',
      spec: 'get /agents/{id}',
    });
    // post: only `/agents/{parent_id}/tasks/{id}` has it, not `/agents/{id}/tasks/{child_id}`.
    expect(renamedRoute('post /agents/{agent_id}/tasks/{task_id}', routes)?.spec).toBe(
      'post /agents/{parent_id}/tasks/{id}',
    );
    // Written as the spec has it: nothing to rename. Another method or other segments: no match.
    expect(renamedRoute('get /agents/{id}', routes)).toBeNull();
    expect(renamedRoute('put /agents/{agent_id}', routes)).toBeNull();
    expect(renamedRoute('get /agents/{agent_id}/docs', routes)).toBeNull();
  });

  it('are not matched where two routes of the spec would be', () => {
    const two = specRoutesOf({ paths: { '/a/{x}': { get: {} }, '/a/{y}': { get: {} } } });
    expect(renamedRoute('get /a/{z}', two)).toBeNull();
  });
});

describe('migrate --from-repo (Python): a route of other path-parameter names', () => {
  let config: {
    openapi?: { transformations: unknown[] };
    resources: Record<string, { models?: Record<string, string>; methods: Record<string, unknown> }>;
  };
  let notes: string[];
  let text = '';
  beforeAll(async () => {
    const document = SPEC;
    const derived = derivePythonConfig([{ path: 'api.md', text: PY_API_MD }] as never, 'acme', {
      schemas: [
        { key: 'Agents.Agent', name: 'AgentsAgent', shape: null },
        { key: 'Tools.AlgoliaIntegrationDef', name: 'ToolsAlgoliaIntegrationDef', shape: null },
      ],
      responseSchemas: new Map(),
      specRoutes: specRoutesOf(document),
    });
    expect(derived).not.toBeNull();
    config = yaml.load(derived!.text) as typeof config;
    notes = derived!.notes;
    text = derived!.text;
  });

  it("names the spec's routes, and the SDK's parameter names by transformations", () => {
    expect(config.resources.agents.methods).toEqual({
      get: 'get /agents/{id}',
      create_or_update_task: 'post /agents/{parent_id}/tasks/{id}',
    });
    expect(config.openapi?.transformations).toEqual([
      {
        command: 'merge',
        args: { target: "$.paths['/agents/{id}'].get.parameters[0]", value: { 'x-stainless-param': 'agent_id' } },
      },
      {
        command: 'merge',
        args: {
          target: "$.paths['/agents/{parent_id}/tasks/{id}'].post.parameters[0]",
          value: { 'x-stainless-param': 'agent_id' },
        },
      },
      {
        command: 'merge',
        args: { target: "$.components.parameters['Tasks.id']", value: { 'x-stainless-param': 'task_id' } },
      },
    ]);
    expect(notes.join('\n')).toContain('get /agents/{agent_id} is get /agents/{id}');
  });

  it('names the namespaced schemas by their last segment', () => {
    expect(config.resources.agents.models).toEqual({
      agent: '#/components/schemas/Agents.Agent',
      algolia_integration_def: '#/components/schemas/Tools.AlgoliaIntegrationDef',
    });
  });

  // (Generating takes a second or two: under SDKGEN_SLOW_TESTS=full; the config above is what npm test checks.)
  it.runIf(SLOW_FULL)('generates the methods taking the names the release took', async () => {
    const dir = tempDir('migrate-route-names-r35f-py');
    writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
    writeFileSync(path.join(dir, 'stainless.yml'), text);
    const result = await generate({
      spec: path.join(dir, 'openapi.json'),
      config: path.join(dir, 'stainless.yml'),
      target: 'python',
    });
    const resource = result.files.find((f) => f.path === 'src/acme/resources/agents.py')?.contents ?? '';
    expect(resource).toMatch(/def get\(\s*self,\s*agent_id: str,/);
    expect(resource).toContain('"/agents/{agent_id}", agent_id=agent_id');
    expect(resource).toMatch(/def create_or_update_task\(\s*self,\s*task_id: str,\s*\*,\s*agent_id: str,/);
    expect(resource).toContain('"/agents/{agent_id}/tasks/{task_id}", agent_id=agent_id, task_id=task_id');
  });
});

describe('migrate --from-repo (TypeScript): a route of other path-parameter names', () => {
  const derived = () =>
    deriveStainlessConfig(derivedConfigInput([{ path: 'api.md', text: TS_API_MD }] as never, null, SPEC)!);

  it("names the spec's route, and its parameter the SDK's by a transformation", () => {
    const config = yaml.load(derived().text) as {
      openapi?: { transformations: unknown[] };
      resources: { agents: { methods: Record<string, unknown> } };
    };
    expect(config.resources.agents.methods.get).toBe('get /agents/{id}');
    expect(config.openapi?.transformations).toEqual([
      {
        command: 'merge',
        args: { target: "$.paths['/agents/{id}'].get.parameters[0]", value: { 'x-stainless-param': 'agent_id' } },
      },
    ]);
  });

  it.runIf(SLOW_FULL)('generates `get(agentID)`', async () => {
    const dir = tempDir('migrate-route-names-r35f-ts');
    writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
    writeFileSync(path.join(dir, 'stainless.yml'), derived().text);
    const result = await generate({
      spec: path.join(dir, 'openapi.json'),
      config: path.join(dir, 'stainless.yml'),
      format: false,
    });
    const agents = result.files.find((f) => f.path === 'src/resources/agents.ts')?.contents ?? '';
    expect(agents).toMatch(/get\(agentID: string, options\?: RequestOptions\s*\)/);
    expect(agents).toContain('`/agents/${agentID}`');
  });
});

describe('a type api.md lists, of a namespaced schema key', () => {
  const schemas = [
    { key: 'Tools.AlgoliaIntegrationDef', name: 'ToolsAlgoliaIntegrationDef', shape: null },
    { key: 'Agents.Doc', name: 'AgentsDoc', shape: null },
    { key: 'Users.Doc', name: 'UsersDoc', shape: null },
  ];
  it('is the one schema whose key ends in its name', () => {
    expect(schemaFor('AlgoliaIntegrationDef', schemas, null, [])).toBe('Tools.AlgoliaIntegrationDef');
  });
  it('is none where two namespaces have it', () => {
    expect(schemaFor('Doc', schemas, null, [])).toBeNull();
  });
});
