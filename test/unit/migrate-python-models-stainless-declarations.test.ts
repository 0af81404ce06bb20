/**
 * The config a Python migration writes names api.md's types by their declarations as Stainless's generation wrote them,
 * not as the owners edited them since: a variant the owners added to a union (anthropic's `BetaContentBlockParam`
 * taking `BetaContentBlock` too) is no variant of the spec's union schema, and read so the union matched none; left
 * unmodelled, sdkgen wrote no module for it, and the owners' edit to it (and their code importing it) had no place.
 */
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { derivePythonConfig } from '../../generator/migrate/python/derived-config/derived-config';

const API_MD = [
  '# Messages',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types import ContentBlock, ContentBlockParam, ImageBlockParam, TextBlockParam',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="post /v1/messages">client.messages.<a href="./src/acme/resources/messages.py">create</a>(\\*\\*<a href="src/acme/types/message_create_params.py">params</a>) -> <a href="./src/acme/types/content_block.py">ContentBlock</a></code>',
  '',
].join('\n');

const UNION = (...variants: string[]) =>
  `from typing import Union\nfrom typing_extensions import TypeAlias\n\n__all__ = ["ContentBlockParam"]\n\nContentBlockParam: TypeAlias = Union[\n${variants.map((v) => `    ${v},\n`).join('')}]\n`;

const STAINLESS: Record<string, string> = {
  'src/acme/types/content_block.py':
    'class ContentBlock(BaseModel):\n    citations: Optional[List[str]] = None\n\n    text: str\n\n    type: Literal["text"]\n',
  'src/acme/types/text_block_param.py':
    'class TextBlockParam(TypedDict, total=False):\n    text: Required[str]\n\n    type: Required[Literal["text"]]\n',
  'src/acme/types/image_block_param.py':
    'class ImageBlockParam(TypedDict, total=False):\n    source: Required[str]\n\n    type: Required[Literal["image"]]\n',
  'src/acme/types/content_block_param.py': UNION('TextBlockParam', 'ImageBlockParam'),
};
// The owners' edit: their union takes the response's block too.
const HEAD = {
  ...STAINLESS,
  'src/acme/types/content_block_param.py': UNION('TextBlockParam', 'ImageBlockParam', 'ContentBlock'),
};

const object = (...detail: string[]) => ({
  kind: 'object' as const,
  members: detail.map((d) => d.split('=')[0]).sort(),
  detail: detail.sort(),
});
const SPEC = {
  schemas: [
    { key: 'ResponseTextBlock', name: 'ResponseTextBlock', shape: object('citations', 'text', 'type=text') },
    { key: 'RequestTextBlock', name: 'RequestTextBlock', shape: object('text', 'type=text') },
    { key: 'RequestImageBlock', name: 'RequestImageBlock', shape: object('source', 'type=image') },
    {
      key: 'InputContentBlock',
      name: 'InputContentBlock',
      shape: { kind: 'union' as const, members: ['RequestImageBlock', 'RequestTextBlock'] },
    },
  ],
  responseSchemas: new Map([['post /v1/messages', 'ResponseTextBlock']]),
};

const files = [{ path: 'api.md', text: API_MD }, ...Object.entries(HEAD).map(([path, text]) => ({ path, text }))];

function modelsOf(stainlessText?: (path: string) => string | undefined) {
  const config = derivePythonConfig(files as never, 'acme', SPEC, undefined, stainlessText)!;
  const doc = yaml.load(config.text) as { resources: { messages: { models?: Record<string, string> } } };
  return { models: doc.resources.messages.models ?? {}, unmodelled: (config.unmodelled ?? []).map((u) => u.name) };
}

describe('Python migration: a type the owners edited since Stainless declared it', () => {
  it("is matched by Stainless's declaration of it", () => {
    const { models, unmodelled } = modelsOf((path) => STAINLESS[path]);
    expect(unmodelled).toEqual([]);
    expect(models.content_block_param).toBe('#/components/schemas/InputContentBlock');
  });

  it('is read as the repository has it where no generation of Stainless is known', () => {
    // (Without a base, the owners' union is all there is: it stays unmodelled, and the report says why.)
    expect(modelsOf().unmodelled).toEqual(['ContentBlockParam']);
  });
});
