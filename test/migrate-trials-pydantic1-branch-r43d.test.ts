/**
 * The trials' reading of a line that runs only under pydantic 1 (bench/migrate-trials/lib/pydantic1-branch.mjs): inside
 * `if PYDANTIC_V1:`, and inside the `elif`/`else` clauses of a test pydantic 2 passes (anthropic-python's `_models.py`:
 * `if not PYDANTIC_V1: … elif not TYPE_CHECKING:`); not in that test's own clause, nor after a test of anything else.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { addsOnlyUnderPydantic1, inPydantic1Branch } from '../bench/migrate-trials/lib/pydantic1-branch.mjs';

const MODULE = [
  'if not PYDANTIC_V1:', // 0
  '    from pydantic import TypeAdapter as _TypeAdapter', // 1
  'elif not TYPE_CHECKING:  # TODO: condition is weird', // 2
  '    def TypeAdapter(*_args: Any, **_kwargs: Any) -> Any:', // 3
  '        raise RuntimeError("attempted to use TypeAdapter in pydantic v1")', // 4
  'if TYPE_CHECKING:', // 5
  '    x = 1', // 6
  'else:', // 7
  '    x = 2', // 8
  'if _compat.PYDANTIC_V1:', // 9
  '    y = 1', // 10
];

describe('a line that runs only under pydantic 1', () => {
  it('is one inside the elif of `if not PYDANTIC_V1:` or inside `if PYDANTIC_V1:`', () => {
    expect([3, 4, 10].map((at) => inPydantic1Branch(MODULE, at))).toEqual([true, true, true]);
  });
  it('is not one of the pydantic-2 clause, nor of the else of another test', () => {
    expect([1, 6, 8].map((at) => inPydantic1Branch(MODULE, at))).toEqual([false, false, false]);
  });
});

// anthropic-python's `_models.py` at the owners' ref: the owners added the TypeAdapter stub and a blank line after it in
// the pydantic-1 clause; the module has blank lines and a line of the same text outside any branch above it.
const STUB_MODULE = [
  'import pydantic', // 1
  '', // 2
  'def TypeAdapter(*_args: Any, **_kwargs: Any) -> Any:', // 3 (the same text, at the top level)
  '    raise RuntimeError("attempted to use TypeAdapter in pydantic v1")', // 4
  '', // 5
  'if not PYDANTIC_V1:', // 6
  '    from pydantic import TypeAdapter', // 7
  'elif not TYPE_CHECKING:', // 8
  '    def TypeAdapter(*_args: Any, **_kwargs: Any) -> Any:', // 9
  '        raise RuntimeError("attempted to use TypeAdapter in pydantic v1")', // 10
  '', // 11
  '', // 12
  'class Options:', // 13
  '    def TypeAdapter(*_args: Any, **_kwargs: Any) -> Any:', // 14 (the stub's text, in a class, after the branch)
  '        raise RuntimeError("attempted to use TypeAdapter in pydantic v1")', // 15
];

describe("a hunk's added lines that run only under pydantic 1", () => {
  const at = (line: number) => ({ line, text: STUB_MODULE[line - 1] });
  it('are read at their own line, a blank one among them saying nothing', () => {
    expect(addsOnlyUnderPydantic1(STUB_MODULE, [at(9), at(10), at(11)])).toBe(true);
    expect(addsOnlyUnderPydantic1(STUB_MODULE, [at(11), at(9), at(10)])).toBe(true);
  });
  it('are not when one is outside the branch, though its text is also inside it', () => {
    expect(addsOnlyUnderPydantic1(STUB_MODULE, [at(3), at(4)])).toBe(false);
    expect(addsOnlyUnderPydantic1(STUB_MODULE, [at(9), at(10), at(13)])).toBe(false);
    expect(addsOnlyUnderPydantic1(STUB_MODULE, [at(14), at(15)])).toBe(false);
  });
  it('are not when the hunk adds only blank lines', () => {
    expect(addsOnlyUnderPydantic1(STUB_MODULE, [at(11), at(12)])).toBe(false);
  });
});

// Stainless's `_compat.model_dump` (dedalus-python, session 53): pydantic 2 returns in `if (not PYDANTIC_V1) or …:`, so
// what follows it in the function runs under pydantic 1 alone; not so after a body that does not return.
const FALLS_THROUGH = [
  'def model_dump(model, *, mode="python"):', // 0
  '    if (not PYDANTIC_V1) or hasattr(model, "model_dump"):', // 1
  '        return model.model_dump(', // 2
  '            mode=mode,', // 3
  '        )', // 4
  '    return cast(', // 5
  '        "dict[str, Any]",', // 6
  '        model.dict(', // 7
  '            by_alias=True,', // 8
  '        ),', // 9
  '    )', // 10
];

describe('a line after a pydantic-2 test whose body returns', () => {
  it('runs only under pydantic 1; the body itself does not', () => {
    expect([5, 8].map((at) => inPydantic1Branch(FALLS_THROUGH, at))).toEqual([true, true]);
    expect(inPydantic1Branch(FALLS_THROUGH, 3)).toBe(false);
  });
  it('is no such line where the body does not return', () => {
    const falls = FALLS_THROUGH.map((line) => line.replace('return model.model_dump(', 'x = model.model_dump('));
    expect(inPydantic1Branch(falls, 8)).toBe(false);
  });
});
