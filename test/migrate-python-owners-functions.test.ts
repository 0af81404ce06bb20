/**
 * The owners' edits inside a function of one of Stainless's runtime modules (not a method: apollo's owners rewrote
 * `_files.to_httpx_files` for pyright's strict mode) that do not carry line by line onto sdkgen's text of the same
 * function: where sdkgen's module has that function with the same parameters, the owners' whole function takes its
 * place, with the imports it needs, as for a method of a class (owners-methods.ts).
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';

const PATH = 'src/acme/_files.py';
const STAINLESS = [
  'from typing import overload',
  '',
  'from ._types import FileTypes, RequestFiles, HttpxFileTypes, HttpxRequestFiles',
  'from ._utils import is_mapping_t, is_sequence_t',
  '',
  '',
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
  'from ._types import FileTypes, RequestFiles, HttpxFileTypes, HttpxRequestFiles',
  'from ._utils import is_mapping_t, is_sequence_t',
  '',
  '',
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

describe("the owners' function of a module in place of sdkgen's (plan)", () => {
  it('takes it whole, with the import it needs, where sdkgen has the function with the same parameters', () => {
    const carried = plan(SDKGEN);
    expect(carried.needsHand).toEqual([]);
    const text = carried.writes.find((f) => f.path === PATH)!.contents;
    expect(text).toContain('    if isinstance(files, Mapping):\n');
    expect(text).toContain('    return [(key, _transform_file(file)) for key, file in files]\n');
    expect(text).not.toContain('is_sequence_t(files)');
    expect(text).toMatch(/^from collections\.abc import Mapping$/m);
    expect(text.match(/^def to_httpx_files\(/gm)).toHaveLength(1);
  });

  it('leaves it for a person where the parameters differ', () => {
    const other = SDKGEN.replace(
      'def to_httpx_files(files: RequestFiles | None)',
      'def to_httpx_files(files: RequestFiles)',
    );
    expect(plan(other).needsHand).toHaveLength(1);
  });
});
