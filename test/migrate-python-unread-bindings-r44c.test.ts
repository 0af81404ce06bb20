/**
 * An owners' edit of a function made of several hunks, some of which find their place in sdkgen's function and some
 * not, must not be carried half: a local their hunk binds (`result = …` for `return …`) whose reading lines found no
 * place would leave sdkgen's function computing a value it drops (retell-python's `_extract_items`: every file of a
 * multipart body lost). The hunks binding such a local are left out, for the report to judge with the rest.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';

const PATH = 'src/acme/_helpers.py';

const STAINLESS = [
  'from typing import Any, List',
  '',
  '',
  'def _collect(obj: Any, path: List[str], *, index: int) -> List[Any]:',
  '    if index >= len(path):',
  '        return [obj]',
  '    key = path[index]',
  '    index += 1',
  '    if isinstance(obj, dict):',
  '        return _collect(',
  '            obj[key],',
  '            path,',
  '            index=index,',
  '        )',
  '    elif isinstance(obj, list):',
  '        return [found for entry in obj for found in _collect(entry, path, index=index)]',
  '    return []',
  '',
].join('\n');

/** Theirs: the dict branch keeps the result to take an emptied key out before returning it. */
const OWNERS = STAINLESS.replace('        return _collect(\n', '        result = _collect(\n').replace(
  '            index=index,\n        )\n',
  '            index=index,\n        )\n' +
    '        if result and not obj[key]:\n' +
    '            del obj[key]\n' +
    '        return result\n',
);

/**
 * sdkgen's: the same function, its call with a keyword more and its list branch an `if` (the owners' lines after the
 * call find no place between them).
 */
const SDKGEN = STAINLESS.replace(
  '            index=index,\n        )\n',
  '            index=index,\n            strict=True,\n        )\n',
)
  .replace('*, index: int)', '*, index: int, strict: bool = False)')
  .replace('    elif isinstance(obj, list):', '    if isinstance(obj, list):');

const plan = (owners: string) =>
  planPythonMigration({
    current: [{ path: PATH, blob: 'owners', text: owners }],
    base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, STAINLESS]]) },
    rendered: [{ path: PATH, contents: SDKGEN }],
    importName: 'acme',
  });

describe("a local an owners' hunk binds whose readers found no place", () => {
  it("is not bound in sdkgen's function: the hunk binding it is left out with the others", () => {
    const result = plan(OWNERS);
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).toContain('        return _collect(\n');
    expect(written).not.toContain('result = _collect(');
    const rejected = result.rejected.find((r) => r.path === PATH)!.hunks.join('\n');
    expect(rejected).toContain('+        result = _collect(');
  });

  it('carries the edit whole where every hunk of it finds its place', () => {
    const sdkgen = STAINLESS;
    const result = planPythonMigration({
      current: [{ path: PATH, blob: 'owners', text: OWNERS }],
      base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, STAINLESS]]) },
      rendered: [{ path: PATH, contents: sdkgen }],
      importName: 'acme',
    });
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).toBe(OWNERS);
  });
});
