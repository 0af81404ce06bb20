/**
 * py-isort.ts orders import blocks as Ruff's isort rule (I001) wants under the generated pyproject's settings: checked
 * against Ruff's WebAssembly build on blocks whose modules differ only where Ruff compares by code point (`.` before
 * `_`) or by number (`v2` before `v10`). Cheap: no generation.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { importText, sortImportBlock } from '../../generator/emit/python/py-isort';

type Ruff = typeof import('@astral-sh/ruff-wasm-nodejs');
const ruff = createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs') as Ruff;
const workspace = new ruff.Workspace(
  {
    'line-length': 120,
    lint: {
      select: ['I'],
      isort: {
        'length-sort': true,
        'length-sort-straight': true,
        'combine-as-imports': true,
        'extra-standard-library': ['typing_extensions'],
        'known-first-party': ['acme', 'tests'],
      },
    },
  },
  ruff.PositionEncoding.Utf16,
);

const sorted = (lines: string[]) =>
  `${sortImportBlock(lines.join('\n'), (indent, statement) => `${indent}${importText(statement)}`, 'acme')}\n`;

describe("py-isort's order", () => {
  it("puts a module with '.' before one with '_' at the same place, as Ruff does", () => {
    const block = sorted([
      'from ..types.shared_params.image_overlay import ImageOverlay',
      'from ..types.shared.streaming_resolution import StreamingResolution',
      'from ..types.shared_params.text_overlay import TextOverlay',
    ]);
    expect(workspace.check(block)).toEqual([]);
    expect(block.indexOf('shared.streaming')).toBeLessThan(block.indexOf('shared_params.image'));
  });

  it('orders digits by value', () => {
    const block = sorted(['from .v10.items import Item', 'from .v2.items import Item', 'from .v1_x.items import Item']);
    expect(workspace.check(block)).toEqual([]);
  });
});
