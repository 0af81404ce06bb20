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

/**
 * A parameter is bound by the call, never a local the owners' lines assign: an `@overload` stub's annotated parameter
 * with a default (`streaming: Literal[False] = False,` on a line of its own) reads like an assignment, and the
 * implementation of the same name reads it. replicate-python's owners added `use` so to both clients: read as an
 * unread local, their whole edit (`run`, `use`, `stream`) was left out.
 */
describe('an overloaded method the owners added', () => {
  const CLIENT = 'src/acme/_client.py';
  const STAINLESS_CLIENT = [
    'from typing import Any',
    '',
    '',
    'class Acme:',
    '    @property',
    '    def default_headers(self) -> dict[str, str]:',
    '        return {',
    '            "X-Acme": "1",',
    '        }',
    '',
    '    def copy(self) -> "Acme":',
    '        return Acme()',
    '',
  ].join('\n');
  const USE = [
    '    @overload',
    '    def use(',
    '        self,',
    '        ref: str,',
    '        *,',
    '        streaming: Literal[False] = False,',
    '    ) -> str: ...',
    '',
    '    @overload',
    '    def use(',
    '        self,',
    '        ref: str,',
    '        *,',
    '        streaming: Literal[True],',
    '    ) -> List[str]: ...',
    '',
    '    def use(',
    '        self,',
    '        ref: str,',
    '        *,',
    '        streaming: bool = False,',
    '    ) -> Union[str, List[str]]:',
    '        return [ref] if streaming else ref',
    '',
  ].join('\n');
  const OWNERS_CLIENT = STAINLESS_CLIENT.replace(
    'from typing import Any',
    'from typing import Any, List, Union\nfrom typing_extensions import Literal, overload',
  ).replace('        }\n\n', `        }\n\n${USE}\n`);
  const SDKGEN_CLIENT = STAINLESS_CLIENT.replace('"X-Acme": "1",', '"X-Acme": "1",\n            "X-Sdkgen": "1",');

  it('is carried whole', () => {
    const result = planPythonMigration({
      current: [{ path: CLIENT, blob: 'owners', text: OWNERS_CLIENT }],
      base: { blobs: new Map([[CLIENT, 'stainless']]), texts: new Map([[CLIENT, STAINLESS_CLIENT]]) },
      rendered: [{ path: CLIENT, contents: SDKGEN_CLIENT }],
      importName: 'acme',
    });
    const written = result.writes.find((f) => f.path === CLIENT)!.contents;
    expect(written).toContain(USE);
    expect(written).toContain('"X-Sdkgen": "1",');
    expect(result.rejected.filter((r) => r.path === CLIENT)).toEqual([]);
  });
});
