/**
 * An owners' edit of a line Stainless wrote inside a block, where sdkgen writes the same line at another depth
 * (llama-cloud's `FileContent = Union[…, str]` under `if TYPE_CHECKING:` in Stainless's `_types.py`, a module-level
 * line in sdkgen's): carried at sdkgen's depth, so that the module still loads.
 */
import { describe, expect, it } from 'vitest';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';
import { asReplacedIndent } from '../generator/migrate/reapply/reindent';
import { indentProblem } from '../generator/migrate/python/soundness/sound-module';

const STAINLESS = [
  'from typing import IO, TYPE_CHECKING, Union',
  'from os import PathLike',
  '',
  'if TYPE_CHECKING:',
  '    Base64FileInput = Union[IO[bytes], PathLike[str]]',
  '    FileContent = Union[IO[bytes], bytes, PathLike[str]]',
  'else:',
  '    Base64FileInput = Union[IO[bytes], PathLike]',
  '    FileContent = Union[IO[bytes], bytes, PathLike]  # PathLike is not subscriptable in Python 3.8.',
  '',
  'FileTypes = Union[FileContent, str]',
  '',
].join('\n');

const OWNERS = STAINLESS.replace(
  '    FileContent = Union[IO[bytes], bytes, PathLike[str]]',
  '    FileContent = Union[IO[bytes], bytes, PathLike[str], str]',
);

const SDKGEN = [
  'from typing import IO, Union',
  'from os import PathLike',
  '',
  'Base64FileInput = Union[IO[bytes], PathLike[str]]',
  'FileContent = Union[IO[bytes], bytes, PathLike[str]]',
  '',
  'FileTypes = Union[FileContent, str]',
  '',
].join('\n');

describe('an edited line carried at the depth sdkgen writes it', () => {
  it("replaces sdkgen's module-level line with the owners' version at the module level", () => {
    const carried = reapplyEdits(STAINLESS, OWNERS, SDKGEN, { code: true });
    expect(carried.applied).toBe(1);
    expect(carried.text).toContain('\nFileContent = Union[IO[bytes], bytes, PathLike[str], str]\n');
    expect(carried.text).not.toContain('    FileContent');
    expect(indentProblem(carried.text)).toBeNull();
  });

  it("leaves a line that is not the replaced statement's new version at the owners' depth", () => {
    // Stainless's alias moved below the import it reads; sdkgen writes the alias under `if …: … else:`. Put at the
    // alias's depth, the import would land under `else:` (and the module would fail on loading): not moved.
    const stainless = [
      'from typing import List',
      'from typing_extensions import TypeAlias',
      '',
      'PipelineListResponse: TypeAlias = List["Pipeline"]',
      '',
      'from .pipeline import Pipeline',
      '',
    ].join('\n');
    const owners = [
      'from typing import List',
      'from typing_extensions import TypeAlias',
      '',
      'from .pipeline import Pipeline',
      '',
      'PipelineListResponse: TypeAlias = List[Pipeline]',
      '',
    ].join('\n');
    const sdkgen = [
      'from typing import TYPE_CHECKING, List',
      'from typing_extensions import TypeAlias, TypeAliasType',
      '',
      'from .._compat import PYDANTIC_V1',
      '',
      'if TYPE_CHECKING or not PYDANTIC_V1:',
      '    PipelineListResponse = TypeAliasType("PipelineListResponse", List["Pipeline"])',
      'else:',
      '    PipelineListResponse: TypeAlias = List["Pipeline"]',
      '',
      'from .pipeline import Pipeline',
      '',
    ].join('\n');
    const carried = reapplyEdits(stainless, owners, sdkgen, { code: true });
    expect(carried.text).not.toMatch(/^ +from \.pipeline import Pipeline/m);
  });

  it('moves by the one difference, and not at all when the differences vary, a line lacks the indent or is another statement', () => {
    expect(asReplacedIndent(['    a = 1\n', '\n'], ['a = 1\n', '\n'], ['    a = 2\n', '\n'])).toEqual([
      'a = 2\n',
      '\n',
    ]);
    expect(asReplacedIndent(['a = 1\n'], ['        a = 1\n'], ['a = 2\n'])).toEqual(['        a = 2\n']);
    expect(asReplacedIndent(['    a = 1\n', 'b = 1\n'], ['a = 1\n', 'b = 1\n'], ['    a = 2\n', 'b = 2\n'])).toEqual([
      '    a = 2\n',
      'b = 2\n',
    ]);
    expect(asReplacedIndent(['    a = 1\n'], ['a = 1\n'], ['  a = 2\n'])).toEqual(['  a = 2\n']);
    expect(asReplacedIndent(['    a = 1\n'], ['a = 1\n'], ['    import a\n'])).toEqual(['    import a\n']);
    expect(asReplacedIndent(['    a = 1\n'], ['a = 1\n'], ['    a = 2\n', '    b = 3\n'])).toEqual([
      '    a = 2\n',
      '    b = 3\n',
    ]);
    // An insertion replaces nothing: its lines stay as the owners wrote them.
    expect(asReplacedIndent([], [], ['    a = 2\n'])).toEqual(['    a = 2\n']); // A string's prefix is no word of the statement: `return f"…"` rewrites `return "…"`, `return rb'…'` alike.
    expect(asReplacedIndent(['    return "a"\n'], ['        return "a"\n'], ['    return f"{a}"\n'])).toEqual([
      '        return f"{a}"\n',
    ]);
    expect(asReplacedIndent(["    return b'a'\n"], ["        return b'a'\n"], ["    return rb'a'\n"])).toEqual([
      "        return rb'a'\n",
    ]);
    expect(asReplacedIndent(['    return a\n'], ['        return a\n'], ['    return fa\n'])).toEqual([
      '    return fa\n',
    ]);
  });
});
