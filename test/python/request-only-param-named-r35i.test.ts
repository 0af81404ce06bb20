/**
 * A config model whose name already ends in `Param` and that only requests use (groq's and openai's
 * `chat_completion_system_message_param`) has its params form under its own name and module, as Stainless's Python
 * SDKs write it: `ChatCompletionSystemMessageParam` in `chat_completion_system_message_param.py`, no
 * `…ParamParam`. One a response reaches too keeps its model there, and its params form is `…ParamParam` (openai's
 * `ResponseCompactionItemParam`, a model, beside `ResponseCompactionItemParamParam`). The text in-process (cheap).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { jsonContent as json, schemaRef as ref } from '../helpers/openapi';
import { tempDir } from '../helpers/sdk';

const object = (properties: Record<string, object>, required: string[]) => ({ type: 'object', properties, required });

const SPEC = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Chat', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/completions': {
      post: {
        operationId: 'createCompletion',
        requestBody: {
          required: true,
          ...json(
            object(
              {
                messages: { type: 'array', items: ref('RequestSystemMessage') },
                item: ref('CompactionItem'),
              },
              ['messages'],
            ),
          ),
        },
        responses: { '200': { description: 'ok', ...json(ref('Completion')) } },
      },
    },
  },
  components: {
    schemas: {
      RequestSystemMessage: object({ role: { type: 'string', enum: ['system'] }, content: { type: 'string' } }, [
        'role',
        'content',
      ]),
      CompactionItem: object({ id: { type: 'string' }, summary: { type: 'string' } }, ['id']),
      Completion: object({ id: { type: 'string' }, item: ref('CompactionItem') }, ['id']),
    },
  },
});

const CONFIG = [
  'organization: { name: chat }',
  'targets:',
  '  python: { package_name: chat }',
  'resources:',
  '  completions:',
  '    models:',
  '      completion: "#/components/schemas/Completion"',
  '      system_message_param: "#/components/schemas/RequestSystemMessage"',
  '      compaction_item_param: "#/components/schemas/CompactionItem"',
  '    methods:',
  '      create: post /completions',
  '',
].join('\n');

const dir = tempDir('sdkgen-py-request-only-param');
let files: Map<string, string>;

beforeAll(async () => {
  files = await generatePythonFiles(dir, SPEC, CONFIG);
}, 120_000);

const file = (name: string) => files.get(name) ?? '';

describe('a config model named …Param', () => {
  it('only requests use: its params form keeps its name and module', () => {
    expect(file('src/chat/types/system_message_param.py')).toMatch(
      /^class SystemMessageParam\(TypedDict, total=False\):/m,
    );
    expect([...files.keys()].filter((name) => name.includes('param_param'))).toEqual([
      'src/chat/types/compaction_item_param_param.py',
    ]);
    const params = file('src/chat/types/completion_create_params.py');
    expect(params).toContain('from .system_message_param import SystemMessageParam\n');
    expect(params).toContain('messages: Required[Iterable[SystemMessageParam]]');
    const init = file('src/chat/types/__init__.py');
    expect(init.match(/import SystemMessageParam as SystemMessageParam\n/g)).toHaveLength(1);
    expect(file('api.md')).toMatch(/from chat\.types import [^`]*\bSystemMessageParam\b/);
  });

  it('a response reaches too: its model keeps the module, its params form is …ParamParam', () => {
    expect(file('src/chat/types/compaction_item_param.py')).toMatch(/^class CompactionItemParam\(BaseModel\):/m);
    expect(file('src/chat/types/compaction_item_param_param.py')).toMatch(
      /^class CompactionItemParamParam\(TypedDict, total=False\):/m,
    );
    expect(file('src/chat/types/completion_create_params.py')).toContain(
      'from .compaction_item_param_param import CompactionItemParamParam\n',
    );
  });
});
