/**
 * A type api.md lists, of the same property keys (and no literal, no name) as two of the spec's schemas, is the one
 * whose properties' types agree with Stainless's declaration: julep's `ChatResponse` (`choices: List[Choice]`, `Choice`
 * a union) is the spec's `Chat.MessageChatResponse` (`choices` an array of an `anyOf`), not `Chat.ChunkChatResponse`
 * (an array of an object). By keys alone it matched both, took neither, and its users' imports of it broke.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';
import { shapeOf } from '../../generator/migrate/derived-config/declared-shapes';
import type { TypeRef } from '../../generator/ir/types';
import type { UnmodelledType } from '../../generator/migrate/derived-config/unmodelled-types';

const API_MD = [
  '# Sessions',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types import ChatResponse',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="get /sessions">client.sessions.<a href="./src/acme/resources/sessions.py">list</a>() -> None</code>',
  '',
].join('\n');

const CHAT_RESPONSE = [
  'from typing import List, Union, Optional',
  'from datetime import datetime',
  'from typing_extensions import Literal, TypeAlias',
  '',
  'from .._models import BaseModel',
  '',
  '__all__ = ["ChatResponse", "ChoiceSingle", "ChoiceMultiple", "Choice"]',
  '',
  '',
  'class ChoiceSingle(BaseModel):',
  '    message: str',
  '',
  '',
  'class ChoiceMultiple(BaseModel):',
  '    messages: List[str]',
  '',
  '',
  'Choice: TypeAlias = Union[ChoiceSingle, ChoiceMultiple]',
  '',
  '',
  'class ChatResponse(BaseModel):',
  '    id: str',
  '',
  '    choices: List[Choice]',
  '',
  '    created_at: datetime',
  '',
  '    jobs: Optional[List[str]] = None',
  '',
].join('\n');

const FILES: Record<string, string> = { 'src/acme/types/chat_response.py': CHAT_RESPONSE };

const prop = (key: string, type: TypeRef) => ({ key, type, required: true, docs: {} });
const object = (...properties: Array<ReturnType<typeof prop>>): TypeRef =>
  ({ kind: 'object', properties, additional: null, propertyNames: null, declareAs: null }) as TypeRef;
const ref = (key: string): TypeRef => ({ kind: 'ref', schemaId: `spec.yaml#/components/schemas/${key}` });
const string: TypeRef = { kind: 'string', format: null };

// The spec's schemas as the IR has them: both responses `allOf` a base and add `choices`, of other items.
const TYPES: Record<string, TypeRef> = {
  'Chat.BaseChatResponse': object(
    prop('id', string),
    prop('created_at', { kind: 'string', format: 'date-time' }),
    prop('jobs', { kind: 'array', items: string }),
  ),
  'Chat.ChatOutputChunk': object(prop('delta', string)),
  'Chat.SingleChatOutput': object(prop('message', string)),
  'Chat.MultipleChatOutput': object(prop('messages', { kind: 'array', items: string })),
  'Chat.ChunkChatResponse': {
    kind: 'intersection',
    parts: [
      ref('Chat.BaseChatResponse'),
      object(prop('choices', { kind: 'array', items: ref('Chat.ChatOutputChunk') })),
    ],
  },
  'Chat.MessageChatResponse': {
    kind: 'intersection',
    parts: [
      ref('Chat.BaseChatResponse'),
      object(
        prop('choices', {
          kind: 'array',
          items: {
            kind: 'union',
            variants: [ref('Chat.SingleChatOutput'), ref('Chat.MultipleChatOutput')],
            discriminator: null,
          },
        }),
      ),
    ],
  },
};
const typeOf = (id: string) => TYPES[id.slice(id.lastIndexOf('/') + 1)] ?? null;
const SCHEMAS = Object.entries(TYPES).map(([key, type]) => ({ key, name: key, shape: shapeOf(type, typeOf) }));

describe('Python migration: a type of the keys of two schemas, told apart by its properties’ types', () => {
  it('is the schema whose properties are of the forms its declaration says (a list of a union)', () => {
    const unmodelled: UnmodelledType[] = [];
    const models = pythonModels(
      API_MD,
      (file) => FILES[file] ?? null,
      'acme',
      { schemas: SCHEMAS, responseSchemas: new Map() },
      [],
      new Map(),
      unmodelled,
    );
    expect(unmodelled.map((u) => u.name)).toEqual([]);
    expect(models.map((m) => [m.key, m.schema])).toEqual([['chat_response', 'Chat.MessageChatResponse']]);
  });

  it('is the other schema where its declaration says a list of an object', () => {
    const files = {
      'src/acme/types/chat_response.py': CHAT_RESPONSE.replace(
        'Choice: TypeAlias = Union[ChoiceSingle, ChoiceMultiple]',
        'class Choice(BaseModel):\n    delta: str',
      ),
    } as Record<string, string>;
    const models = pythonModels(
      API_MD,
      (file) => files[file] ?? null,
      'acme',
      { schemas: SCHEMAS, responseSchemas: new Map() },
      [],
    );
    expect(models.map((m) => [m.key, m.schema])).toEqual([['chat_response', 'Chat.ChunkChatResponse']]);
  });
});
