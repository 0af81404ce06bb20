/**
 * api.md types a Stainless Python SDK declares as a list of a named type (openai's `GraderInputs: TypeAlias =
 * List[GraderInputItem]`). Read as the spec's types read, such an alias is `list<ref>`: "a list of some named type",
 * which every array of a union of schemas is too (openai's `ChatCompletionMessageToolCalls`, an array of `oneOf` two
 * tool calls). The shape alone tells no type apart, so it takes no schema (nor schema written out inside another)
 * whose name shares no word of the type's: of two such types and the one schema of that shape, api.md's name decides
 * which one it is; the other is reported for a person, not modelled as a type it is not.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';
import { aliasShapeOf } from '../../generator/migrate/derived-config/alias-shapes';
import { propertyReferences } from '../../generator/migrate/derived-config/schema-match';
import type { UnmodelledType } from '../../generator/migrate/derived-config/unmodelled-types';
import type { TypeRef } from '../../generator/ir/types';

const GRADERS = ['# Graders', '', 'Types:', '', '```python', 'from acme.types import GraderInputs', '```', ''];
const CHAT = [
  '# Chat',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types import MessageToolCalls',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="get /v1/chat">client.chat.<a href="./src/acme/resources/chat.py">list</a>() -> None</code>',
  '',
];
// (The graders' section first, as openai's api.md has a type of that shape before the one it is.)
const API_MD = [...GRADERS, ...CHAT].join('\n');

const listAlias = (name: string, item: string, variants: string[]) =>
  [
    'from typing import List, Union',
    'from typing_extensions import TypeAlias',
    '',
    `__all__ = ["${name}", "${item}"]`,
    '',
    `${item}: TypeAlias = Union[${variants.join(', ')}]`,
    '',
    `${name}: TypeAlias = List[${item}]`,
    '',
  ].join('\n');

const FILES: Record<string, string> = {
  'src/acme/types/grader_inputs.py': listAlias('GraderInputs', 'GraderInputItem', ['str', 'InputText', 'InputImage']),
  'src/acme/types/message_tool_calls.py': listAlias('MessageToolCalls', 'MessageToolCall', [
    'FunctionToolCall',
    'CustomToolCall',
  ]),
  'src/acme/types/__init__.py':
    'from .grader_inputs import GraderInputs as GraderInputs\n' +
    'from .message_tool_calls import MessageToolCalls as MessageToolCalls\n',
};

const ref = (key: string): TypeRef => ({ kind: 'ref', schemaId: `openapi.json#/components/schemas/${key}` });
const listOf = (...keys: string[]): TypeRef =>
  ({ kind: 'array', items: { kind: 'union', variants: keys.map(ref) } }) as unknown as TypeRef;
const SCHEMAS = Object.entries({
  ChatCompletionMessageToolCalls: listOf('FunctionToolCall', 'CustomToolCall'),
}).map(([key, type]) => ({ key, name: key, shape: aliasShapeOf(`openapi.json#/components/schemas/${key}`, type) }));
// (And one written out inside another, of the same shape, whose place names neither type.)
const NESTED = [
  {
    pointer: '#/components/schemas/RunOutput/properties/content',
    place: 'content',
    shape: { kind: 'alias' as const, members: ['list<ref>'] },
    inResponse: true,
  },
];

function run(apiMd: string) {
  const unmodelled: UnmodelledType[] = [];
  const notes: string[] = [];
  const models = pythonModels(
    apiMd,
    (file) => FILES[file] ?? null,
    'acme',
    { schemas: SCHEMAS, responseSchemas: new Map(), nestedSchemas: NESTED },
    notes,
    new Map(),
    unmodelled,
  );
  return { models: new Map(models.map((m) => [m.key, m.schema])), unmodelled, notes };
}

describe("Python migration: api.md's lists of a named type", () => {
  it('reads both as the one schema reads: a list of some named type', () => {
    expect(SCHEMAS[0].shape).toEqual({ kind: 'alias', members: ['list<ref>'] });
  });

  it('takes the schema of that shape for the type whose name shares its words, and for no other', () => {
    const { models, unmodelled } = run(API_MD);
    expect(models.get('message_tool_calls')).toBe('ChatCompletionMessageToolCalls');
    expect(models.has('grader_inputs')).toBe(false);
    expect(unmodelled.map((u) => u.name)).toContain('GraderInputs');
  });

  it('takes neither that schema nor the nested one for a type named otherwise, listed alone', () => {
    const alone = [...GRADERS, ...CHAT.slice(8)].join('\n');
    const { models, unmodelled } = run(alone);
    expect([...models.values()]).toEqual([]);
    expect(unmodelled.map((u) => u.name)).toEqual(['GraderInputs']);
  });
});

describe("Python migration: a model's list field refers to the items of the property's schema", () => {
  const apiMd = [
    '# Chat',
    '',
    'Types:',
    '',
    '```python',
    'from acme.types import Message, ToolCallUnion, Thing, Item',
    '```',
    '',
    'Methods:',
    '',
    '- <code title="get /v1/chat">client.chat.<a href="./src/acme/resources/chat.py">list</a>() -> None</code>',
    '',
  ].join('\n');
  const files: Record<string, string> = {
    'src/acme/types/message.py': [
      'from typing import List, Optional',
      'from typing_extensions import Literal',
      'from .._models import BaseModel',
      'from .tool_call_union import ToolCallUnion',
      '',
      'class Message(BaseModel):',
      '    role: Literal["assistant"]',
      '    tool_calls: Optional[List[ToolCallUnion]] = None',
      '',
    ].join('\n'),
    'src/acme/types/tool_call_union.py':
      'from typing import Union\nfrom typing_extensions import TypeAlias\n\n' +
      'ToolCallUnion: TypeAlias = Union[FunctionToolCall, CustomToolCall]\n',
    'src/acme/types/thing.py': [
      'from typing import List',
      'from .._models import BaseModel',
      'from .item import Item',
      '',
      'class Thing(BaseModel):',
      '    id: str',
      '    items: List[Item]',
      '',
    ].join('\n'),
    'src/acme/types/item.py': 'from .._models import BaseModel\n\nclass Item(BaseModel):\n    a: str\n    b: str\n',
  };
  const document = {
    components: {
      schemas: {
        Message: { type: 'object', properties: { role: {}, tool_calls: { $ref: '#/components/schemas/ToolCalls' } } },
        // (A list of a union of schemas: its items are no component schema.)
        ToolCalls: {
          type: 'array',
          items: { oneOf: [{ $ref: '#/components/schemas/Fn' }, { $ref: '#/components/schemas/Custom' }] },
        },
        Thing: {
          type: 'object',
          properties: { id: {}, items: { type: 'array', items: { $ref: '#/components/schemas/Stored' } } },
        },
        Stored: { type: 'object', properties: { a: {}, b: {}, c: {}, d: {}, e: {} } },
      },
    },
  };
  const object = (...members: string[]) => ({ kind: 'object' as const, members, detail: members });
  const schemas = [
    {
      key: 'Message',
      name: 'Message',
      shape: { ...object('role', 'tool_calls'), detail: ['role=assistant', 'tool_calls'] },
    },
    { key: 'ToolCalls', name: 'ToolCalls', shape: { kind: 'alias' as const, members: ['list<ref>'] } },
    { key: 'Thing', name: 'Thing', shape: object('id', 'items') },
    { key: 'Stored', name: 'Stored', shape: object('a', 'b', 'c', 'd', 'e') },
  ];

  it("reads a `$ref` to an array schema's items for a list, an inline array's items as before", () => {
    const refs = propertyReferences(document);
    expect(refs.get('Message')?.get('tool_calls')).toBe('ToolCalls');
    expect(refs.get('Message')?.has('tool_calls[]')).toBe(false);
    expect(refs.get('Thing')?.get('items[]')).toBe('Stored');
  });

  it("models no list field's items as the list schema the property refers to", () => {
    const models = pythonModels(
      apiMd,
      (file) => files[file] ?? null,
      'acme',
      { schemas, responseSchemas: new Map(), propertyReferences: propertyReferences(document) },
      [],
    );
    const byKey = new Map(models.map((m) => [m.key, m.schema]));
    expect(byKey.get('message')).toBe('Message');
    expect(byKey.get('tool_call_union')).toBeUndefined();
    expect(byKey.get('item')).toBe('Stored');
  });
});
