/**
 * A Python migration keys api.md's unions to the spec's union schemas, as the TypeScript path does (unionSchemas):
 * groq's `ChatCompletionMessageParam` (a `TypeAlias = Union[…]` of the message params) and
 * `ChatCompletionContentPart`, only requests take, declared as `ChatCompletionContentPartParam` alone in
 * `chat_completion_content_part_param.py`, over its variants' `…Param` forms.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../generator/migrate/python/derived-config/python-models';

const API_MD = [
  '# Chat',
  '',
  'Types:',
  '',
  '```python',
  'from chat.types import (',
  '    ChatCompletionContentPart,',
  '    ChatCompletionContentPartText,',
  '    ChatCompletionContentPartImage,',
  '    ChatCompletionMessageParam,',
  '    ChatCompletionSystemMessageParam,',
  '    ChatCompletionUserMessageParam,',
  ')',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="post /chat">client.chat.<a href="./src/chat/resources/chat.py">create</a>(\\*\\*<a href="src/chat/types/chat_create_params.py">params</a>) -> <a href="./src/chat/types/chat_completion.py">ChatCompletion</a></code>',
  '',
].join('\n');

const FILES: Record<string, string> = {
  'src/chat/types/chat_completion_content_part_param.py':
    'ChatCompletionContentPartParam: TypeAlias = Union[\n    ChatCompletionContentPartTextParam, ChatCompletionContentPartImageParam\n]\n',
  'src/chat/types/chat_completion_content_part_text_param.py':
    'class ChatCompletionContentPartTextParam(TypedDict, total=False):\n    text: Required[str]\n\n    type: Required[Literal["text"]]\n',
  'src/chat/types/chat_completion_content_part_image_param.py':
    'class ChatCompletionContentPartImageParam(TypedDict, total=False):\n    image_url: Required[ImageURL]\n\n    type: Required[Literal["image_url"]]\n',
  'src/chat/types/chat_completion_message_param.py':
    'ChatCompletionMessageParam: TypeAlias = Union[\n    ChatCompletionSystemMessageParam,\n    ChatCompletionUserMessageParam,\n]\n',
  'src/chat/types/chat_completion_system_message_param.py':
    'class ChatCompletionSystemMessageParam(TypedDict, total=False):\n    content: Required[str]\n\n    role: Required[Literal["system"]]\n',
  'src/chat/types/chat_completion_user_message_param.py':
    'class ChatCompletionUserMessageParam(TypedDict, total=False):\n    content: Required[str]\n\n    role: Required[Literal["user"]]\n',
};

const object = (...members: string[]) => ({ kind: 'object' as const, members: members.sort() });
const union = (...members: string[]) => ({ kind: 'union' as const, members: members.sort() });
const SCHEMAS = [
  { key: 'RequestSystemMessage', name: 'RequestSystemMessage', shape: object('content', 'role') },
  { key: 'RequestUserMessage', name: 'RequestUserMessage', shape: object('content', 'role', 'name') },
  { key: 'RequestMessage', name: 'RequestMessage', shape: union('RequestSystemMessage', 'RequestUserMessage') },
  { key: 'PartText', name: 'PartText', shape: object('text', 'type') },
  { key: 'PartImage', name: 'PartImage', shape: object('image_url', 'type') },
  { key: 'MessagePart', name: 'MessagePart', shape: union('PartImage', 'PartText') },
];

describe('Python migration: api.md unions', () => {
  it('keys a union, and one declared as its …Param alias, to the spec union of its variants', () => {
    const notes: string[] = [];
    const models = pythonModels(
      API_MD,
      (file) => FILES[file] ?? null,
      'chat',
      {
        schemas: SCHEMAS,
        responseSchemas: new Map(),
      },
      notes,
    );
    const schemaOf = (key: string) => models.find((m) => m.key === key)?.schema;
    expect(schemaOf('chat_completion_content_part_text')).toBe('PartText');
    expect(schemaOf('chat_completion_content_part')).toBe('MessagePart');
    expect(schemaOf('chat_completion_message_param')).toBe('RequestMessage');
    expect(notes.join('\n')).not.toContain('ChatCompletionMessageParam');
  });
});
