/**
 * A type api.md lists whose name runs acronyms together (`URLPDFSource`), declared only as its request form, in a module
 * Stainless named by the config's key (`url_pdf_source_param.py`, key `url_pdf_source`): the models matcher finds the
 * module by the import its package's `__init__.py` writes, and keys the model so, where it spelled the name's words as
 * one (`urlpdf_source`, whose module `urlpdf_source_param.py` left Stainless's to be removed and users' imports of
 * `anthropic.types.url_pdf_source_param` broken).
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';

const API_MD = [
  '# Messages',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types import URLPDFSource, URLImageSource',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="get /v1/messages">client.messages.<a href="./src/acme/resources/messages.py">list</a>() -> None</code>',
  '',
].join('\n');

const param = (name: string) =>
  `from typing_extensions import Literal, Required, TypedDict\n\n__all__ = ["${name}"]\n\n\n` +
  `class ${name}(TypedDict, total=False):\n    type: Required[Literal["url"]]\n\n    url: Required[str]\n`;

const FILES: Record<string, string> = {
  'src/acme/types/url_pdf_source_param.py': param('URLPDFSourceParam'),
  'src/acme/types/url_image_source.py': param('URLImageSource').replace('TypedDict, total=False', 'BaseModel'),
  'src/acme/types/__init__.py': [
    'from .url_image_source import URLImageSource as URLImageSource',
    'from .url_pdf_source_param import URLPDFSourceParam as URLPDFSourceParam',
    '',
  ].join('\n'),
};

const object = (...detail: string[]) => ({
  kind: 'object' as const,
  members: detail.map((d) => d.split('=')[0]).sort(),
  detail: detail.sort(),
});

describe("Python migration: a model's key from the module its package imports it from", () => {
  it('keys the model as the module Stainless wrote is named', () => {
    const models = pythonModels(
      API_MD,
      (file) => FILES[file] ?? null,
      'acme',
      {
        schemas: [
          { key: 'URLPDFSource', name: 'URLPDFSource', shape: object('type=url', 'url') },
          { key: 'URLImageSource', name: 'URLImageSource', shape: object('type=url', 'url') },
        ],
        responseSchemas: new Map(),
      },
      [],
    );
    const pdf = models.find((m) => m.schema === 'URLPDFSource');
    expect(pdf?.key).toBe('url_pdf_source');
    expect(pdf?.casings.get('pdf')).toBe('PDF');
    expect(models.find((m) => m.schema === 'URLImageSource')?.key).toBe('url_image_source');
  });
});
