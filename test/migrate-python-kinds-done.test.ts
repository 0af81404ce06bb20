/**
 * Kinds of owners' edits to Stainless's Python runtime and pyproject.toml that sdkgen's files have the result of, or
 * that are no edit at all (apollo-python's): Stainless's lines left under the package's old name after the owners
 * moved it; import edits whose names sdkgen's module imports (a collection from `typing` for one from
 * `collections.abc`); a pydantic-1 branch taken out, keeping what pydantic 2 runs; `[project.urls]` set where sdkgen's
 * file writes none.
 */
import { describe, expect, it } from 'vitest';
import { withoutRenameLeftovers } from '../generator/migrate/python/owners/renamed-package';
import { withImportsAlreadyDone } from '../generator/migrate/python/already-done/imports-already-done';
import { asUnderPydantic2, splitPydanticV1Hunks } from '../generator/migrate/python/owners/pydantic-v1';
import { intoTomlValues } from '../generator/migrate/python/project/toml-values';

describe('withoutRenameLeftovers', () => {
  const base = 'class P:\n    """A proxy for `apollo.resources`."""\n\nimport apollo\nx = 1\n';
  it('reads a line naming the old module as the renamed base has it; an owners line stays', () => {
    const edited = 'class P:\n    """A proxy for `src.resources`."""\n\nimport apollo\nx = 2  # src.thing\n';
    expect(withoutRenameLeftovers(base, edited, 'src', 'apollo')).toBe(
      'class P:\n    """A proxy for `apollo.resources`."""\n\nimport apollo\nx = 2  # src.thing\n',
    );
  });
  it('leaves the text alone when the package was not renamed', () => {
    const edited = base.replace('apollo.resources', 'src.resources');
    expect(withoutRenameLeftovers(base, edited, null, 'apollo')).toBe(edited);
  });
});

describe('withImportsAlreadyDone', () => {
  const sdkgen = [
    'from typing import List, Mapping, cast, overload',
    'from ._compat import model_dump',
    '',
    'def f(m: Mapping[str, int]) -> None: ...',
    '',
  ].join('\n');
  const carried = (rejected: string[]) => ({ text: sdkgen, applied: 0, rejected });
  const abc =
    '@@ -3,3 +3,4 @@\n import pathlib\n-from typing import overload\n+from typing import cast, overload\n+from collections.abc import Mapping\n';
  const dropped =
    '@@ -5 +5 @@\n-from ._compat import PYDANTIC_V1, model_copy, model_dump\n+from ._compat import model_copy, model_dump\n';
  const helpers = '@@ -9 +8,0 @@\n-from ._utils import is_tuple_t, is_mapping_t\n';

  it("counts as there an import edit whose names sdkgen's module imports, and none it took out", () => {
    const result = withImportsAlreadyDone(carried([abc, dropped, helpers]));
    expect(result.rejected).toEqual([]);
    expect(result.alreadyThere).toBe(3);
    expect(result.text).toBe(sdkgen);
  });

  it("keeps for a person a name sdkgen's module lacks, or one taken out that it still imports", () => {
    const brought = '@@ -3 +3 @@\n-from typing import overload\n+from typing import Literal, overload\n';
    const stillThere = '@@ -4 +4 @@\n-from ._compat import model_dump, model_copy\n+from ._compat import model_copy\n';
    const code = '@@ -3 +3 @@\n-from typing import overload\n+from typing import cast, overload\n+x = cast(int, 1)\n';
    const result = withImportsAlreadyDone(carried([brought, stillThere, code]));
    expect(result.rejected).toEqual([brought, stillThere, code]);
    expect(result.alreadyThere).toBeUndefined();
  });
});

describe('a pydantic-1 branch taken out', () => {
  const base = [
    'class Options(pydantic.BaseModel):', // 1
    '    if PYDANTIC_V1:', // 2
    '', // 3
    '        class Config(pydantic.BaseConfig):', // 4
    '            arbitrary_types_allowed: bool = True', // 5
    '    else:', // 6
    '        model_config: ClassVar[ConfigDict] = ConfigDict(arbitrary_types_allowed=True)', // 7
    '', // 8
  ].join('\n');
  const removing = (added: string) =>
    `@@ -2,6 +2 @@ class Options(pydantic.BaseModel):\n-    if PYDANTIC_V1:\n-\n-        class Config(pydantic.BaseConfig):\n-            arbitrary_types_allowed: bool = True\n-    else:\n-        model_config: ClassVar[ConfigDict] = ConfigDict(arbitrary_types_allowed=True)\n+${added}\n`;

  it('does not apply where the else body stays as it ran', () => {
    const hunk = removing('    model_config: ClassVar[ConfigDict] = ConfigDict(arbitrary_types_allowed=True)');
    expect(splitPydanticV1Hunks(base, [hunk])).toEqual([[hunk], []]);
  });

  it('is an edit when what pydantic 2 runs changes too', () => {
    const hunk = removing('    model_config: ClassVar[ConfigDict] = ConfigDict(frozen=True)');
    expect(splitPydanticV1Hunks(base, [hunk])).toEqual([[], [hunk]]);
  });
});

describe('[project.urls] where sdkgen writes none', () => {
  const base = [
    '[project]',
    'name = "acme"',
    '',
    '[project.urls]',
    'Homepage = "https://github.com/stainless-sdks/acme-python"',
    'Repository = "https://github.com/stainless-sdks/acme-python"',
    '',
    '[tool.uv]',
    'managed = true',
    'conflicts = [[{ group = "pydantic-v1" }, { group = "pydantic-v2" }]]',
    '',
  ].join('\n');
  const sdkgen = '[project]\nname = "acme"\n\n[project.optional-dependencies]\ndev = ["pytest"]\n';
  const urls =
    '@@ -5,2 +5,2 @@\n [project.urls]\n-Homepage = "https://github.com/stainless-sdks/acme-python"\n-Repository = "https://github.com/stainless-sdks/acme-python"\n+Homepage = "https://github.com/acme/acme-python"\n+Repository = "https://github.com/acme/acme-python"\n';
  const uv =
    '@@ -10 +10 @@\n managed = true\n-conflicts = [[{ group = "pydantic-v1" }, { group = "pydantic-v2" }]]\n+default-groups = ["dev"]\n';

  it("adds the package's metadata table with the owners' values; a tool's table stays for a person", () => {
    const result = intoTomlValues(base, { text: sdkgen, applied: 0, rejected: [urls, uv] });
    expect(result.text).toBe(
      '[project]\nname = "acme"\n\n[project.urls]\nHomepage = "https://github.com/acme/acme-python"\n' +
        'Repository = "https://github.com/acme/acme-python"\n\n[project.optional-dependencies]\ndev = ["pytest"]\n',
    );
    expect(result.rejected).toEqual([uv]);
  });
});

describe('asUnderPydantic2', () => {
  it("reads Stainless's module as pydantic 2 runs it; a branch on anything more stays", () => {
    const stainless = [
      'class M(pydantic.BaseModel):',
      '    if PYDANTIC_V1:',
      '        class Config(pydantic.BaseConfig):',
      '            extra = "allow"',
      '    else:',
      '        model_config = ConfigDict(',
      '            extra="allow"',
      '        )',
      '',
      'if not PYDANTIC_V1:',
      '    from pydantic import TypeAdapter',
      '',
      'def fields(m):',
      '    if _compat.PYDANTIC_V1:',
      '        return m.__fields__',
      '    return m.model_fields',
      '',
      'if hasattr(m, "x") or PYDANTIC_V1:',
      '    pass',
      '',
    ].join('\n');
    expect(asUnderPydantic2(stainless)).toBe(
      [
        'class M(pydantic.BaseModel):',
        '    model_config = ConfigDict(',
        '        extra="allow"',
        '    )',
        '',
        'from pydantic import TypeAdapter',
        '',
        'def fields(m):',
        '    return m.model_fields',
        '',
        'if hasattr(m, "x") or PYDANTIC_V1:',
        '    pass',
        '',
      ].join('\n'),
    );
  });
});
