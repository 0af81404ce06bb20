/**
 * The statements after a test pydantic 2 passes whose body returns, `if (not PYDANTIC_V1) or hasattr(model,
 * "model_dump"): return …` (Stainless's `_compat.model_dump`), run only under pydantic 1: pydantic 2 returns in the
 * `if`. dedalus-python's owners added `by_alias=True` to the `model.dict(…)` call after it, which sdkgen's package,
 * requiring pydantic 2, never runs (pydantic-v1.ts). A test joined by `or` to what pydantic 2 passes is passed too; one
 * joined by `and` is not, nor is a body that does not end in `return` or `raise`.
 */
import { describe, expect, it } from 'vitest';
import { splitPydanticV1Hunks } from '../generator/migrate/python/owners/pydantic-v1';

const BASE = [
  'def model_dump(model: pydantic.BaseModel, *, mode: str = "python") -> dict[str, Any]:', // 1
  '    if (not PYDANTIC_V1) or hasattr(model, "model_dump"):', // 2
  '        return model.model_dump(', // 3
  '            mode=mode,', // 4
  '        )', // 5
  '    return cast(', // 6
  '        "dict[str, Any]",', // 7
  '        model.dict(  # pyright: ignore[reportDeprecated, reportUnnecessaryCast]', // 8
  '            exclude=exclude,', // 9
  '        ),', // 10
  '    )', // 11
  '', // 12
  '', // 13
  'def model_parse(model: type[_ModelT], data: Any) -> _ModelT:', // 14
  '    return model.model_validate(data)', // 15
  '', // 16
].join('\n');

const V1 =
  '@@ -8,3 +8,4 @@\n         model.dict(  # pyright: ignore[reportDeprecated, reportUnnecessaryCast]\n+            by_alias=True,\n             exclude=exclude,\n         ),\n';
const V2 =
  '@@ -3,3 +3,4 @@\n         return model.model_dump(\n             mode=mode,\n+            by_alias=True,\n         )\n';
const AFTER =
  '@@ -15 +15 @@\n-    return model.model_validate(data)\n+    return model.model_validate(data, strict=True)\n';

describe('the statements after a pydantic-2 test whose body returns', () => {
  it('are pydantic 1 only: an edit of them is told from one of the if body and of the next function', () => {
    expect(splitPydanticV1Hunks(BASE, [V1, V2, AFTER])).toEqual([[V1], [V2, AFTER]]);
  });

  it('are not so where the test is joined by `and`, or where the body does not return', () => {
    const joined = BASE.replace('(not PYDANTIC_V1) or hasattr', '(not PYDANTIC_V1) and hasattr');
    expect(splitPydanticV1Hunks(joined, [V1])).toEqual([[], [V1]]);
    const falls = BASE.replace('        return model.model_dump(', '        result = model.model_dump(');
    expect(splitPydanticV1Hunks(falls, [V1])).toEqual([[], [V1]]);
  });
});

/**
 * Session 54: a test is read as an expression (pydantic-test-value.ts), so what pydantic 2 makes of it counts however
 * it is joined: a conditional expression after the `or`, a test over lines, a term pydantic 2 passes joined by `and`
 * to another, and a pydantic-1 test joined by `and` (its body runs under pydantic 1 alone).
 */
describe('a pydantic test read as an expression', () => {
  it('counts a conditional expression after the `or`, and a test laid over lines', () => {
    const ternary = BASE.replace(
      '(not PYDANTIC_V1) or hasattr(model, "model_dump"):',
      '(not PYDANTIC_V1) or (hasattr(model, "model_dump") if strict else True):',
    );
    expect(splitPydanticV1Hunks(ternary, [V1, V2, AFTER])).toEqual([[V1], [V2, AFTER]]);
    const wrapped = BASE.replace(
      '    if (not PYDANTIC_V1) or hasattr(model, "model_dump"):',
      '    if (\n        not PYDANTIC_V1\n    ) or hasattr(model, "model_dump"):',
    );
    const shift = (hunk: string) =>
      hunk.replace(
        /@@ -(\d+),(\d+) \+(\d+),(\d+) @@/,
        (_a, a, b, c, d) => `@@ -${Number(a) + 2},${b} +${Number(c) + 2},${d} @@`,
      );
    expect(splitPydanticV1Hunks(wrapped, [shift(V1), shift(V2)])).toEqual([[shift(V1)], [shift(V2)]]);
  });

  it('counts terms joined by `and` by their values: pydantic 2 passes both, or fails the pydantic-1 test', () => {
    const both = BASE.replace('(not PYDANTIC_V1) or hasattr', '(not PYDANTIC_V1 and _compat.PYDANTIC_V2) or hasattr');
    expect(splitPydanticV1Hunks(both, [V1, V2])).toEqual([[V1], [V2]]);
    // `if PYDANTIC_V1 and …:` runs under pydantic 1 alone: an edit of its body, not of what follows.
    const v1Only = BASE.replace('(not PYDANTIC_V1) or hasattr', 'PYDANTIC_V1 and hasattr');
    expect(splitPydanticV1Hunks(v1Only, [V1, V2])).toEqual([[V2], [V1]]);
    // A term not known joined by `and` to what pydantic 2 passes: nothing is known.
    const unknown = BASE.replace('(not PYDANTIC_V1) or hasattr', 'hasattr(model, "x") and not PYDANTIC_V1 or hasattr');
    expect(splitPydanticV1Hunks(unknown, [V1, V2])).toEqual([[], [V1, V2]]);
  });
});
