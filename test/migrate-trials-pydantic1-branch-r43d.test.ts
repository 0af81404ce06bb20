/**
 * The trials' reading of a line that runs only under pydantic 1 (bench/migrate-trials/lib/pydantic1-branch.mjs): inside
 * `if PYDANTIC_V1:`, and inside the `elif`/`else` clauses of a test pydantic 2 passes (anthropic-python's `_models.py`:
 * `if not PYDANTIC_V1: … elif not TYPE_CHECKING:`); not in that test's own clause, nor after a test of anything else.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { inPydantic1Branch } from '../bench/migrate-trials/lib/pydantic1-branch.mjs';

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
