/**
 * An owners' edit inside a module function that has typing's `@overload` variants (apollo's owners rewrote the body
 * of `_files.to_httpx_files`, whose two overloads precede it): the variants are signatures only, so the edit belongs
 * to the implementation, the one definition without the decorator, and that one takes the place of sdkgen's
 * implementation, its overloads left as sdkgen writes them.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';

const PATH = 'src/acme/_files.py';
const OVERLOADS = [
  '@overload',
  'def to_httpx_files(files: None) -> None: ...',
  '',
  '',
  '@typing.overload',
  'def to_httpx_files(files: RequestFiles) -> HttpxRequestFiles: ...',
  '',
  '',
];
const STAINLESS = [
  'import typing',
  'from typing import overload',
  '',
  'from ._types import FileTypes, RequestFiles, HttpxFileTypes, HttpxRequestFiles',
  'from ._utils import is_mapping_t, is_sequence_t',
  '',
  '',
  ...OVERLOADS,
  'def to_httpx_files(files: RequestFiles | None) -> HttpxRequestFiles | None:',
  '    if files is None:',
  '        return None',
  '',
  '    if is_mapping_t(files):',
  '        files = {key: _transform_file(file) for key, file in files.items()}',
  '    elif is_sequence_t(files):',
  '        files = [(key, _transform_file(file)) for key, file in files]',
  '    else:',
  '        raise TypeError("Unexpected file type input, expected mapping or sequence")',
  '',
  '    return files',
  '',
  '',
  'def _transform_file(file: FileTypes) -> HttpxFileTypes:',
  '    return file',
  '',
].join('\n');
const OWNERS = STAINLESS.replace(
  'from typing import overload',
  'from typing import overload\nfrom collections.abc import Mapping',
).replace(
  / {4}if is_mapping_t\(files\):[\s\S]*? {4}return files\n/,
  [
    '    if isinstance(files, Mapping):',
    '        return {key: _transform_file(file) for key, file in files.items()}',
    '    return [(key, _transform_file(file)) for key, file in files]',
    '',
  ].join('\n'),
);
const SDKGEN = [
  'import typing',
  'from typing import overload',
  '',
  'from ._types import FileTypes, RequestFiles, HttpxFileTypes, HttpxRequestFiles',
  'from ._utils import is_mapping_t, is_sequence_t',
  '',
  '',
  ...OVERLOADS,
  'def to_httpx_files(files: RequestFiles | None) -> HttpxRequestFiles | None:',
  '    """Each file read into what httpx sends."""',
  '    if files is None:',
  '        return None',
  '    if is_mapping_t(files):',
  '        return {key: _transform_file(file) for key, file in files.items()}',
  '    if is_sequence_t(files):',
  '        return [(key, _transform_file(file)) for key, file in files]',
  '    raise TypeError(f"Unexpected file type input {type(files)}, expected mapping or sequence")',
  '',
  '',
  'def _transform_file(file: FileTypes) -> HttpxFileTypes:',
  '    return file',
  '',
].join('\n');

const plan = (rendered: string) =>
  planPythonMigration({
    current: [{ path: PATH, blob: 'owners', text: OWNERS }],
    base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, STAINLESS]]) },
    rendered: [{ path: PATH, contents: rendered }],
    importName: 'acme',
  });

describe("the owners' edit of a function with @overload variants (plan)", () => {
  it('carries the implementation whole and keeps the overloads', () => {
    const carried = plan(SDKGEN);
    expect(carried.needsHand).toEqual([]);
    const text = carried.writes.find((f) => f.path === PATH)!.contents;
    expect(text).toContain('    if isinstance(files, Mapping):\n');
    expect(text).toContain('    return [(key, _transform_file(file)) for key, file in files]\n');
    expect(text).not.toContain('is_sequence_t(files)');
    expect(text).toMatch(/^from collections\.abc import Mapping$/m);
    expect(text).toContain('@overload\ndef to_httpx_files(files: None) -> None: ...\n');
    expect(text).toContain('@typing.overload\ndef to_httpx_files(files: RequestFiles) -> HttpxRequestFiles: ...\n');
    expect(text.match(/^def to_httpx_files\(files: RequestFiles \| None\)/gm)).toHaveLength(1);
  });

  it('leaves it for a person where the implementations differ in their parameters', () => {
    const other = SDKGEN.replace(
      'def to_httpx_files(files: RequestFiles | None)',
      'def to_httpx_files(files: RequestFiles | None = None)',
    );
    expect(plan(other).needsHand).toHaveLength(1);
  });

  it('leaves it for a person where sdkgen has two implementations of that name', () => {
    const twice = SDKGEN.replace('@typing.overload\n', '');
    expect(plan(twice).needsHand).toHaveLength(1);
  });
});
