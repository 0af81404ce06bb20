/**
 * Types api.md lists under one name in several modules (openai-node's Assistants `FileSearchTool`, the spec's
 * `AssistantToolsFileSearch`, and the Responses API's `FileSearchTool`): the derived config's matcher keys them by
 * their declaring module as well as their name, so each is matched to its own schema, and a union naming one with a
 * qualifier (`ResponsesAPI.FileSearchTool`, through `import * as ResponsesAPI from '../responses/responses'`) is
 * matched through that one.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  deriveStainlessConfig,
  type DerivedConfigInput,
  type Shape,
} from '../../generator/migrate/derived-config/config';
import { declaredShapes } from '../../generator/migrate/derived-config/declared-shapes';
import { parseApiMd } from '../../generator/diff/api-md';
import { unmodelledTypes } from '../../generator/migrate/derived-config/unmodelled-types';

const API_MD = `# Responses

Types:

- <code><a href="./src/resources/responses/responses.ts">FileSearchTool</a></code>
- <code><a href="./src/resources/responses/responses.ts">WebSearchTool</a></code>

# Assistants

Types:

- <code><a href="./src/resources/assistants.ts">AssistantTool</a></code>
- <code><a href="./src/resources/assistants.ts">CodeInterpreterTool</a></code>
- <code><a href="./src/resources/assistants.ts">FileSearchTool</a></code>

# Conversations

Types:

- <code><a href="./src/resources/conversations/conversations.ts">ConversationTool</a></code>
`;

const FILES: Record<string, string> = {
  'src/resources/responses/responses.ts': [
    'export interface FileSearchTool {',
    "  type: 'file_search';",
    '',
    '  vector_store_ids: Array<string>;',
    '}',
    '',
    'export interface WebSearchTool {',
    "  type: 'web_search';",
    '}',
    '',
  ].join('\n'),
  'src/resources/assistants.ts': [
    "import * as Shared from './shared';",
    '',
    'export type AssistantTool = CodeInterpreterTool | FileSearchTool;',
    '',
    'export interface CodeInterpreterTool {',
    "  type: 'code_interpreter';",
    '}',
    '',
    'export interface FileSearchTool {',
    "  type: 'file_search';",
    '',
    '  file_search?: FileSearchTool.FileSearch;',
    '}',
    '',
  ].join('\n'),
  'src/resources/conversations/conversations.ts': [
    "import * as ResponsesAPI from '../responses/responses';",
    '',
    'export type ConversationTool = ResponsesAPI.FileSearchTool | ResponsesAPI.WebSearchTool;',
    '',
  ].join('\n'),
};

const object = (...members: string[]): Shape => ({ kind: 'object', members: members.sort(), detail: members.sort() });
const literal = (value: string, ...members: string[]): Shape => ({
  kind: 'object',
  members: ['type', ...members].sort(),
  detail: [`type=${value}`, ...members].sort(),
});
const union = (...members: string[]): Shape => ({ kind: 'union', members: members.sort() });
const schema = (key: string, shape: Shape) => ({ key, name: key, shape });

function input(): DerivedConfigInput {
  const text = (path: string) => FILES[path] ?? null;
  return {
    apiMd: API_MD,
    pagination: null,
    client: 'export class Acme {}\n',
    clientClass: 'Acme',
    packageName: '@acme/sdk',
    legacy: false,
    treeShaking: false,
    mcpServer: null,
    schemas: [
      schema('FileSearchTool', literal('file_search', 'vector_store_ids')),
      schema('AssistantToolsFileSearch', literal('file_search', 'file_search')),
      schema('AssistantToolsCode', literal('code_interpreter')),
      // (Named otherwise than the type: only its shape tells.)
      schema('WebSearchPreviewTool', literal('web_search')),
      schema('AssistantObjectTools', union('AssistantToolsCode', 'AssistantToolsFileSearch')),
      schema('ConversationToolChoice', union('FileSearchTool', 'WebSearchPreviewTool')),
      schema('Unrelated', object('id')),
    ],
    typeShapes: declaredShapes(parseApiMd(API_MD).types, text),
    paginated: new Set(),
    queryParams: new Map(),
    responseSchemas: new Map(),
    webhookUnwraps: [],
    unwrapFields: [],
    clientOptions: [],
    securitySchemes: [],
    streamRules: [],
    clientDefaults: { timeoutMs: 60_000, maxRetries: 2, idempotencyHeader: null },
  };
}

describe('migrate: derived config, types of one name in several modules', () => {
  it('matches each to its own schema, and a union naming one with a qualifier through it', () => {
    const config = yaml.load(deriveStainlessConfig(input()).text) as {
      resources: Record<string, { models?: Record<string, string> }>;
    };
    expect(config.resources.responses.models).toEqual({
      file_search_tool: '#/components/schemas/FileSearchTool',
      web_search_tool: '#/components/schemas/WebSearchPreviewTool',
    });
    expect(config.resources.assistants.models).toEqual({
      assistant_tool: '#/components/schemas/AssistantObjectTools',
      code_interpreter_tool: '#/components/schemas/AssistantToolsCode',
      file_search_tool: '#/components/schemas/AssistantToolsFileSearch',
    });
    expect(config.resources.conversations.models).toEqual({
      conversation_tool: '#/components/schemas/ConversationToolChoice',
    });
  });

  it('tells which of an unmodelled union’s variants match no schema by the same keys', () => {
    const shape: Shape = {
      kind: 'union',
      members: ['FileSearchTool', 'Missing'],
      variants: ['FileSearchTool src/resources/assistants.ts', 'Missing'],
    };
    const found = new Map<string, string | null>([
      ['FileSearchTool src/resources/assistants.ts', 'AssistantToolsFileSearch'],
      ['FileSearchTool src/resources/responses/responses.ts', 'FileSearchTool'],
      ['Missing', null],
      ['AssistantTool', null],
    ]);
    const [type] = unmodelledTypes(
      [{ name: 'AssistantTool', module: './src/resources/assistants.ts', path: ['assistants'] }],
      { schemas: [], typeShapes: new Map([['AssistantTool', shape]]), packageName: null },
      found,
    );
    expect(type.why).toContain('1 of its 2 variants matches no schema');
  });
});
