/**
 * A type whose name runs a number on after a word (`ToolBash20250124`) is declared by Stainless's Python SDK in a module
 * that keeps the number a word of its own (`tool_bash_20250124_param.py`, as the model's key is): the matcher finds
 * its declaration there, matches it by its shape (the values of a request TypedDict's `Required[Literal[…]]` fields
 * telling apart schemas of the same keys), and keys the model as the module is named, so sdkgen writes the module where
 * Stainless did. Anthropic's dated tools (`BetaToolBash20241022`, `BetaClearThinking20251015Edit`, …) were
 * reported as declared nowhere and left unmodelled.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';
import type { UnmodelledType } from '../../generator/migrate/derived-config/unmodelled-types';

const API_MD = [
  '# Messages',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types import Base64PDFSource, ToolBash20250124',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="post /v1/messages">client.messages.<a href="./src/acme/resources/messages.py">create</a>() -> None</code>',
  '',
].join('\n');

const FILES: Record<string, string> = {
  'src/acme/types/tool_bash_20250124_param.py': [
    'class ToolBash20250124Param(TypedDict, total=False):',
    '    name: Required[Literal["bash"]]',
    '',
    '    type: Required[Literal["bash_20250124"]]',
    '',
  ].join('\n'),
  'src/acme/types/base64_pdf_source.py': [
    'class Base64PDFSource(BaseModel):',
    '    data: str',
    '',
    '    type: Literal["base64"]',
    '',
  ].join('\n'),
};

const object = (...detail: string[]) => ({
  kind: 'object' as const,
  members: detail.map((d) => d.split('=')[0]).sort(),
  detail: detail.sort(),
});
const SCHEMAS = [
  { key: 'BashTool_20241022', name: 'BashTool_20241022', shape: object('name=bash', 'type=bash_20241022') },
  { key: 'BashTool_20250124', name: 'BashTool_20250124', shape: object('name=bash', 'type=bash_20250124') },
  { key: 'PdfSourceBase64', name: 'PdfSourceBase64', shape: object('data', 'type=base64') },
];

describe('Python migration: a type whose name runs a number on', () => {
  it('is read from the module naming the number apart, and keyed as that module', () => {
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
    expect(models.map((m) => [m.key, m.schema])).toEqual([
      // (A module keeping the number on its word is read as it is: `base64_pdf_source`.)
      ['base64_pdf_source', 'PdfSourceBase64'],
      ['tool_bash_20250124', 'BashTool_20250124'],
    ]);
  });
});
