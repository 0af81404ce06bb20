/**
 * An owners' edit of a name's definition in one branch of Stainless's runtime module, where sdkgen's module defines the
 * name once and has the same change there, carried from their edit of the other branch (removed-already.ts):
 * llamacloud-python's owners added `str` to both of `_types.py`'s `FileContent` unions (`if TYPE_CHECKING:` and
 * Python 3.8's `else:`); sdkgen's `_types.py` defines `FileContent` once, and the first edit was carried onto it. The
 * second is done, not left for a person. A change sdkgen's definition lacks stays for a person.
 */
import { describe, expect, it } from 'vitest';
import { setAsideDoneInRuntime } from '../generator/migrate/python/already-done/removed-already';

const STAINLESS = [
  'if TYPE_CHECKING:',
  '    FileContent = Union[IO[bytes], bytes, PathLike[str]]',
  'else:',
  '    FileContent = Union[IO[bytes], bytes, PathLike]  # PathLike is not subscriptable in Python 3.8.',
  '',
].join('\n');
const OWNERS = STAINLESS.replace('PathLike[str]]', 'PathLike[str], str]').replace('PathLike]  #', 'PathLike, str]  #');
const HUNK =
  '@@ -3,2 +3,2 @@\n else:\n-    FileContent = Union[IO[bytes], bytes, PathLike]  # PathLike is not subscriptable in Python 3.8.\n' +
  '+    FileContent = Union[IO[bytes], bytes, PathLike, str]  # PathLike is not subscriptable in Python 3.8.\n';

function plan(written: string) {
  const result = {
    rejected: [{ path: 'src/pkg/_types.py', hunks: [HUNK] }],
    notApplicable: [] as Array<{ path: string; reason: string; hunks: string[] }>,
    alreadyThere: [] as Array<{ path: string; hunks: number }>,
  };
  setAsideDoneInRuntime(
    result,
    () => written,
    true,
    'pkg',
    () => OWNERS,
    () => STAINLESS,
  );
  return result;
}

describe("an edit of a branch's definition that sdkgen's one definition has, carried from its twin", () => {
  it('is done', () => {
    const result = plan('FileContent = Union[IO[bytes], bytes, PathLike[str], str]\n');
    expect(result.rejected).toEqual([]);
    expect(result.alreadyThere).toEqual([{ path: 'src/pkg/_types.py', hunks: 1 }]);
  });

  it('stays for a person where sdkgen’s definition does not have the change', () => {
    expect(plan('FileContent = Union[IO[bytes], bytes, PathLike[str]]\n').rejected).toHaveLength(1);
    expect(plan('FileContent = Union[IO[bytes], bytes, str, PathLike[str]]\n').rejected).toHaveLength(1);
  });
});
