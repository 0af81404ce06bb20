/**
 * `sdkgen migrate --from-repo` (Python): a type api.md lists that two schemas of the spec could be (a FastAPI spec
 * keys its schemas by module when two share a name, `pkg__agents__CompactionRequest`; or two of one shape) is the one
 * the methods of its api.md section send or return (generator/migrate/python/derived-config/endpoint-schemas.ts), else of its declared
 * shape; still two, it stays unnamed and the notes say so.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadIr } from '../generator/api/analyze';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { endpointSchemasOf, schemaBySection } from '../generator/migrate/python/derived-config/endpoint-schemas';
import { tempDir } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1.0.0' },
  paths: {
    '/agents/{id}/summarize': {
      post: {
        operationId: 'summarize',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: ref('pkg__agents__CompactionRequest'),
        responses: { '200': { description: 'ok' } },
      },
    },
    '/conversations/{id}/compact': {
      post: {
        operationId: 'compact',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        // An optional body, as FastAPI writes one: the IR reads its fields, and names the schema nowhere.
        requestBody: {
          content: {
            'application/json': {
              schema: {
                anyOf: [{ $ref: '#/components/schemas/pkg__conversations__CompactionRequest' }, { type: 'null' }],
              },
            },
          },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
    '/agents/{id}/tools/{name}/run': {
      post: {
        operationId: 'runTool',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'name', in: 'path', required: true, schema: { type: 'string' } },
        ],
        requestBody: ref('pkg__mcp_server__ToolExecuteRequest'),
        responses: { '200': { description: 'ok' } },
      },
    },
    '/tools/{name}/execute': {
      post: {
        operationId: 'executeTool',
        parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: ref('pkg__routers__tools__ToolExecuteRequest'),
        responses: { '200': { description: 'ok' } },
      },
    },
    // The body a union of server updates: its variants are what the method sends.
    '/servers/{id}': {
      patch: {
        operationId: 'updateServer',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: ref('UpdateServerRequest'),
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      pkg__agents__CompactionRequest: object(['compaction_settings']),
      pkg__conversations__CompactionRequest: object(['agent_id', 'compaction_settings']),
      pkg__mcp_server__ToolExecuteRequest: object(['args']),
      pkg__routers__tools__ToolExecuteRequest: object(['args']),
      UpdateServerRequest: { oneOf: [{ $ref: '#/components/schemas/pkg__mcp_server__UpdateSSEServer' }] },
      pkg__mcp_server__UpdateSSEServer: object(['server_url', 'auth_token']),
      // Sent by no method: the old module's schema of the same name.
      pkg__mcp__UpdateSSEServer: object(['server_url', 'token']),
    },
  },
};

function ref(name: string) {
  return {
    required: true,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
  };
}

function object(properties: string[]) {
  return {
    type: 'object',
    properties: Object.fromEntries(properties.map((p) => [p, { type: 'string' }])),
  };
}

const API_MD = `# Agents

Types:

\`\`\`python
from acme.types.agents import ToolExecuteRequest
\`\`\`

Methods:

- <code title="post /agents/{id}/summarize">client.agents.<a href="./src/acme/resources/agents.py">summarize</a>(id, \\*\\*<a href="src/acme/types/agent_summarize_params.py">params</a>) -> None</code>
- <code title="post /agents/{id}/tools/{name}/run">client.agents.<a href="./src/acme/resources/agents.py">run_tool</a>(name, \\*, id, \\*\\*<a href="src/acme/types/agent_run_tool_params.py">params</a>) -> object</code>

# Conversations

Types:

\`\`\`python
from acme.types.conversations import CompactionRequest
\`\`\`

Methods:

- <code title="post /conversations/{id}/compact">client.conversations.<a href="./src/acme/resources/conversations.py">compact</a>(id, \\*\\*<a href="src/acme/types/conversation_compact_params.py">params</a>) -> None</code>

# Servers

Types:

\`\`\`python
from acme.types import UpdateSseServer
\`\`\`

Methods:

- <code title="patch /servers/{id}">client.servers.<a href="./src/acme/resources/servers.py">update</a>(id, \\*\\*<a href="src/acme/types/server_update_params.py">params</a>) -> None</code>
`;

const shapeOf = (members: string[]) => ({ kind: 'object' as const, members: [...members].sort() });
const SCHEMAS = Object.entries(SPEC.components.schemas).map(([key, schema]) => ({
  key,
  name: key,
  shape: 'properties' in schema ? shapeOf(Object.keys(schema.properties)) : null,
}));

describe('migrate --from-repo (Python): a type two schemas could be', () => {
  it("is the one its section's methods send, through a union body too", async () => {
    const dir = tempDir('python-section-models');
    const specFile = path.join(dir, 'openapi.json');
    writeFileSync(specFile, JSON.stringify(SPEC));
    const { api } = await loadIr({ spec: specFile, config: false });
    const reached = endpointSchemasOf(api, SPEC);
    expect(reached.get('post /agents/{id}/tools/{name}/run')).toEqual(['pkg__mcp_server__ToolExecuteRequest']);
    expect(reached.get('post /conversations/{id}/compact')).toEqual(['pkg__conversations__CompactionRequest']);
    // (The IR names the optional body's schema itself: a nullable `$ref` body keeps its schema id.)
    expect(endpointSchemasOf(api).get('post /conversations/{id}/compact')).toEqual([
      'pkg__conversations__CompactionRequest',
    ]);
    expect(reached.get('patch /servers/{id}')).toEqual(['UpdateServerRequest', 'pkg__mcp_server__UpdateSSEServer']);

    const spec = { schemas: SCHEMAS, responseSchemas: new Map<string, string>(), endpointSchemas: reached };
    const derived = derivePythonConfig([{ path: 'api.md', text: API_MD }] as never, 'acme', spec)!;
    const config = yaml.load(derived.text) as { resources: Record<string, { models?: Record<string, string> }> };
    expect(config.resources.agents.models).toEqual({
      tool_execute_request: '#/components/schemas/pkg__mcp_server__ToolExecuteRequest',
    });
    expect(config.resources.conversations.models).toEqual({
      compaction_request: '#/components/schemas/pkg__conversations__CompactionRequest',
    });
    expect(config.resources.servers.models).toEqual({
      update_sse_server: '#/components/schemas/pkg__mcp_server__UpdateSSEServer',
    });
    expect(derived.notes.join('\n')).not.toMatch(/match no schema/);

    // Without what the methods send, the two of one shape stay unnamed, and the notes say so.
    const blind = derivePythonConfig([{ path: 'api.md', text: API_MD }] as never, 'acme', {
      ...spec,
      endpointSchemas: undefined,
    })!;
    expect(blind.notes.join('\n')).toMatch(
      /match no schema of the spec by name or shape, so no model names them: .*ToolExecuteRequest/,
    );
  });

  it('takes the one of the declared shape, or of its constant, before asking the methods', () => {
    const two = [
      { key: 'a__Thing', shape: shapeOf(['x']) },
      { key: 'b__Thing', shape: shapeOf(['x', 'y']) },
    ];
    expect(schemaBySection('Thing', two, shapeOf(['x', 'y']), [], undefined)).toBe('b__Thing');
    const constant = [
      { key: 'a__Server', shape: { ...shapeOf(['type', 'url']), detail: ['type=sse'] } },
      { key: 'b__Server', shape: { ...shapeOf(['type', 'url']), detail: ['type=stdio'] } },
    ];
    expect(
      schemaBySection('Server', constant, { ...shapeOf(['type', 'url']), detail: ['type=stdio'] }, [], undefined),
    ).toBe('b__Server');
    // Nothing tells them apart: none.
    expect(schemaBySection('Server', constant, shapeOf(['type', 'url']), [], undefined)).toBeNull();
    // A schema of another name is no candidate by name.
    expect(schemaBySection('Other', two, null, [], undefined)).toBeNull();
  });
});
