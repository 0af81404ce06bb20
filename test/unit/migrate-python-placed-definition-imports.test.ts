/**
 * A definition of the owners' that the line-by-line carry (reapply/hunks.ts) found no place for, placed afterwards by
 * what it is (reapply/insertions.ts: a top-level statement at the module's end), reads names the owners imported for
 * it in Stainless's module (`TYPE_CHECKING`, `assert_never`): they are imported into sdkgen's module too, beside
 * sdkgen's imports from the same module, never twice. And sdkgen's module whose method's body is a docstring alone (an
 * `@overload`'s) reads as a module: the steps that make a carry whole judge it (python/soundness/sound-module.ts).
 */
import { describe, expect, it } from 'vitest';
import { placeInsertions } from '../../generator/migrate/reapply/insertions';
import { editsAsHunks } from '../../generator/migrate/reapply/hunks';
import { indentProblem, soundCarried } from '../../generator/migrate/python/soundness/sound-module';

const text = (...lines: string[]) => [...lines, ''].join('\n');

const STAINLESS = text(
  'from typing import Union, Mapping',
  'from typing_extensions import Literal',
  '',
  'import httpx',
  '',
  '',
  'class Things:',
  '    def create(self, fmt: str) -> str:',
  '        return _kind(fmt)',
  '',
  '',
  '_LEGACY_FORMATS = ("json", "text")',
);
const KIND = [
  '',
  '',
  'def _kind(fmt: str) -> str:',
  '    if fmt == "json":',
  '        return "a"',
  '    elif TYPE_CHECKING:',
  '        assert_never(fmt)',
  '    return "b"',
];
const OWNERS = text(
  ...STAINLESS.replace('from typing import Union', 'from typing import TYPE_CHECKING, Union')
    .replace('import Literal', 'import Literal, assert_never')
    .trimEnd()
    .split('\n'),
  ...KIND,
);
/** sdkgen's module: no `_LEGACY_FORMATS` for the owners' function to follow; an overload's body a docstring alone. */
const SDKGEN = text(
  'from typing import TYPE_CHECKING, Union, Optional',
  'from typing_extensions import Literal, overload',
  '',
  'import httpx',
  '',
  '',
  'class Things:',
  '    @overload',
  '    def create(self, fmt: str) -> str:',
  '        """',
  '        Create a thing.',
  '        """',
  '',
  '    def create(self, fmt: str) -> str:',
  '        return _kind(fmt)',
);

describe("an owners' definition placed after the line-by-line carry refused it", () => {
  // (Their function's hunk, refused: its only context is Stainless's `_LEGACY_FORMATS`.)
  const refused = editsAsHunks(STAINLESS, text(...STAINLESS.trimEnd().split('\n'), ...KIND));

  it('brings the names it reads that the owners imported, beside what sdkgen imports, never twice', () => {
    const placed = placeInsertions(
      'src/acme/things.py',
      STAINLESS,
      { text: SDKGEN, applied: 0, rejected: refused },
      OWNERS,
    );
    expect(placed.rejected).toEqual([]);
    expect(placed.text).toContain('\ndef _kind(fmt: str) -> str:\n');
    expect(placed.text).toContain('from typing_extensions import Literal, overload, assert_never\n');
    expect(placed.text.match(/TYPE_CHECKING,/g)).toHaveLength(1);
    expect(placed.text.match(/^from typing import/gm)).toHaveLength(1);
  });

  it("reads sdkgen's module whose method's body is a docstring alone as well-indented", () => {
    expect(indentProblem(SDKGEN)).toBeNull();
    // (So a carry into it is judged, and made whole: the imports its lines need.)
    const carried = SDKGEN + KIND.join('\n') + '\n';
    const sound = soundCarried(OWNERS, carried, SDKGEN);
    expect(sound.kind).toBe('sound');
    expect(sound.kind === 'sound' && sound.text).toContain('assert_never');
  });
});
