/**
 * Content unions of a Stainless Python SDK the models matcher read wrong or not at all:
 * - a union with a list variant (`Union[ToolError, List[SearchResult]]`), the spec's `anyOf` of an error and an array
 *   of results written out in a property: that property's schema, read with its array as `SearchResult[]`;
 * - a union only requests take, declared over `…Param` variants api.md lists themselves (`TextBlockParam`): each
 *   variant is the `Param` type, not the response type of the name without `Param` (whose schema is another).
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';
import type { UnmodelledType } from '../../generator/migrate/derived-config/unmodelled-types';
import { nestedSchemasOf } from '../../generator/migrate/derived-config/nested-schemas';

const API_MD = [
  '# Messages',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types import (',
  '    SearchResult,',
  '    SearchToolError,',
  '    SearchToolResultContent,',
  '    TextBlock,',
  '    TextBlockParam,',
  '    ImageBlockParam,',
  '    SourceContent,',
  ')',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="post /v1/messages">client.messages.<a href="./src/acme/resources/messages.py">create</a>() -> None</code>',
  '',
].join('\n');

const model = (name: string, base: string, fields: string) =>
  `from typing_extensions import Literal\n\n__all__ = ["${name}"]\n\n\nclass ${name}(${base}):\n${fields}`;

const FILES: Record<string, string> = {
  'src/acme/types/search_result.py': model(
    'SearchResult',
    'BaseModel',
    '    url: str\n\n    type: Literal["result"]\n',
  ),
  'src/acme/types/search_tool_error.py': model(
    'SearchToolError',
    'BaseModel',
    '    code: str\n\n    type: Literal["error"]\n',
  ),
  'src/acme/types/search_tool_result_content.py': [
    'from typing import List, Union',
    'from typing_extensions import TypeAlias',
    '',
    '__all__ = ["SearchToolResultContent"]',
    '',
    'SearchToolResultContent: TypeAlias = Union[SearchToolError, List[SearchResult]]',
    '',
  ].join('\n'),
  'src/acme/types/text_block.py': model(
    'TextBlock',
    'BaseModel',
    '    citations: List[str]\n\n    text: str\n\n    type: Literal["text"]\n',
  ),
  'src/acme/types/text_block_param.py': model(
    'TextBlockParam',
    'TypedDict, total=False',
    '    text: Required[str]\n\n    type: Required[Literal["text"]]\n',
  ),
  'src/acme/types/image_block_param.py': model(
    'ImageBlockParam',
    'TypedDict, total=False',
    '    source: Required[str]\n\n    type: Required[Literal["image"]]\n',
  ),
  'src/acme/types/source_content_param.py': [
    'from typing import Union',
    'from typing_extensions import TypeAlias',
    '',
    '__all__ = ["SourceContentParam"]',
    '',
    'SourceContentParam: TypeAlias = Union[TextBlockParam, ImageBlockParam]',
    '',
  ].join('\n'),
};

const ref = (key: string) => ({ $ref: `#/components/schemas/${key}` });
const literal = (value: string) => ({ type: 'string', enum: [value] });
const SPEC = {
  components: {
    schemas: {
      ResponseSearchResult: { type: 'object', properties: { url: { type: 'string' }, type: literal('result') } },
      ResponseSearchToolError: { type: 'object', properties: { code: { type: 'string' }, type: literal('error') } },
      ResponseSearchToolResultBlock: {
        type: 'object',
        properties: {
          content: { anyOf: [ref('ResponseSearchToolError'), { type: 'array', items: ref('ResponseSearchResult') }] },
        },
      },
      ResponseTextBlock: {
        type: 'object',
        properties: { citations: { type: 'array' }, text: { type: 'string' }, type: literal('text') },
      },
      RequestTextBlock: { type: 'object', properties: { text: { type: 'string' }, type: literal('text') } },
      RequestImageBlock: { type: 'object', properties: { source: { type: 'string' }, type: literal('image') } },
      ContentBlockSource: {
        type: 'object',
        properties: {
          content: {
            anyOf: [
              { type: 'string' },
              { type: 'array', items: { oneOf: [ref('RequestTextBlock'), ref('RequestImageBlock')] } },
            ],
          },
        },
      },
    },
  },
};

const object = (...detail: string[]) => ({
  kind: 'object' as const,
  members: detail.map((d) => d.split('=')[0]).sort(),
  detail: detail.sort(),
});
const SCHEMAS = [
  { key: 'ResponseSearchResult', name: 'ResponseSearchResult', shape: object('url', 'type=result') },
  { key: 'ResponseSearchToolError', name: 'ResponseSearchToolError', shape: object('code', 'type=error') },
  { key: 'ResponseSearchToolResultBlock', name: 'ResponseSearchToolResultBlock', shape: object('content') },
  { key: 'ResponseTextBlock', name: 'ResponseTextBlock', shape: object('citations', 'text', 'type=text') },
  { key: 'RequestTextBlock', name: 'RequestTextBlock', shape: object('text', 'type=text') },
  { key: 'RequestImageBlock', name: 'RequestImageBlock', shape: object('source', 'type=image') },
  { key: 'ContentBlockSource', name: 'ContentBlockSource', shape: object('content') },
];

describe('Python migration: content unions with list variants, and of request variants', () => {
  const unmodelled: UnmodelledType[] = [];
  const models = pythonModels(
    API_MD,
    (file) => FILES[file] ?? null,
    'acme',
    { schemas: SCHEMAS, responseSchemas: new Map(), nestedSchemas: nestedSchemasOf(SPEC) },
    [],
    new Map(),
    unmodelled,
  );
  const byKey = Object.fromEntries(models.map((m) => [m.key, m.schema]));

  it('reads a list variant as an array of its type, the property schema of an error or an array of results', () => {
    expect(byKey.search_tool_result_content).toBe(
      '#/components/schemas/ResponseSearchToolResultBlock/properties/content',
    );
  });

  it("reads a request union's `Param` variants as the types api.md lists by those names", () => {
    expect(byKey.text_block).toBe('ResponseTextBlock');
    expect(byKey.text_block_param).toBe('RequestTextBlock');
    expect(byKey.source_content).toBe('#/components/schemas/ContentBlockSource/properties/content/anyOf/1/items');
    expect(unmodelled.map((u) => u.name)).toEqual([]);
  });
});
