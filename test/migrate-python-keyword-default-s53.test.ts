/**
 * An owners' keyword argument with a constant value added to a call where sdkgen's call passes the keyword on from a
 * parameter of its function (dedalus-python's `by_alias=True` added to Stainless's `model.model_dump(…)` in
 * `_compat.model_dump`, whose sdkgen counterpart has a `by_alias: bool = False` parameter and passes
 * `by_alias=by_alias`). Put in the place of sdkgen's line, the parameter does nothing any more; as a person merging by
 * hand writes it, the owners' value is the parameter's default: a caller that names none gets theirs, one that names
 * one still gets its own. A value that is no constant (it may read the function's locals) still takes sdkgen's line's
 * place, as does one where the keyword is passed from no parameter.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';
import { syntaxProblem } from '../generator/migrate/python/soundness/sound-module';

const STAINLESS = [
  'def model_dump(',
  '    model: pydantic.BaseModel,',
  '    *,',
  '    exclude: IncEx | None = None,',
  '    mode: Literal["json", "python"] = "python",',
  ') -> dict[str, Any]:',
  '    return model.model_dump(',
  '        mode=mode,',
  '        exclude=exclude,',
  '    )',
  '',
].join('\n');

const owners = (value: string) =>
  STAINLESS.replace('        mode=mode,\n', `        mode=mode,\n        by_alias=${value},\n`);

const SDKGEN = [
  'def model_dump(',
  '    model: pydantic.BaseModel,',
  '    *,',
  '    exclude: Any = None,',
  '    mode: Literal["json", "python"] = "python",',
  '    by_alias: bool = False,',
  ') -> Dict[str, Any]:',
  '    return model.model_dump(',
  '        mode=mode,',
  '        exclude=exclude,',
  '        by_alias=by_alias,',
  '    )',
  '',
].join('\n');

describe("an owners' constant keyword argument where sdkgen's call passes its function's parameter on", () => {
  it("becomes the parameter's default; the call still passes the parameter", () => {
    const carried = reapplyPythonEdits(STAINLESS, owners('True'), SDKGEN, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(SDKGEN.replace('by_alias: bool = False,', 'by_alias: bool = True,'));
    expect(syntaxProblem(carried.text)).toBeNull();
  });

  it("is done where the parameter's default is their value already", () => {
    const already = SDKGEN.replace('by_alias: bool = False,', 'by_alias: bool = True,');
    const carried = reapplyPythonEdits(STAINLESS, owners('True'), already, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(already);
  });

  it("takes the place of sdkgen's line where their value is no constant", () => {
    const carried = reapplyPythonEdits(STAINLESS, owners('mode == "json"'), SDKGEN, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(SDKGEN.replace('by_alias=by_alias,', 'by_alias=mode == "json",'));
  });
});

describe("the same where sdkgen's signature is not one parameter a line", () => {
  const ONE_LINE = [
    'def model_dump(model: pydantic.BaseModel, *, mode: str = "python", by_alias: bool = False) -> Dict[str, Any]:',
    '    return model.model_dump(',
    '        mode=mode,',
    '        exclude=exclude,',
    '        by_alias=by_alias,',
    '    )',
    '',
  ].join('\n');
  const WRAPPED = [
    'def model_dump(',
    '    model: pydantic.BaseModel, *, mode: str = "python", by_alias: bool = False, exclude: Any = None',
    ') -> Dict[str, Any]:',
    '    return model.model_dump(',
    '        mode=mode,',
    '        exclude=exclude,',
    '        by_alias=by_alias,',
    '    )',
    '',
  ].join('\n');

  it('sets the default in a signature written on one line', () => {
    const carried = reapplyPythonEdits(STAINLESS, owners('True'), ONE_LINE, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(ONE_LINE.replace('by_alias: bool = False', 'by_alias: bool = True'));
  });

  it('sets the default in a wrapped signature, its other parameters as they were', () => {
    const carried = reapplyPythonEdits(STAINLESS, owners('None'), WRAPPED, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(WRAPPED.replace('by_alias: bool = False', 'by_alias: bool = None'));
  });

  it('reads an annotation in brackets and a default string with a comma in them as one parameter', () => {
    const text = ONE_LINE.replace('by_alias: bool = False', 'by_alias: Literal["a", "b"] = "a, b"');
    const carried = reapplyPythonEdits(STAINLESS, owners('"b"'), text, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(text.replace('= "a, b"', '= "b"'));
  });
});

/**
 * Session 54: a constant over several lines (a tuple, a dict, a call given only constants) is one keyword argument
 * whole, and becomes the parameter's default as one on a line does, re-indented under the parameter; sdkgen's default
 * over several lines is replaced whole. A value over lines that is no constant takes sdkgen's line's place.
 */
describe("an owners' keyword argument over several lines", () => {
  const ownersLines = (lines: string[]) =>
    STAINLESS.replace('        mode=mode,\n', `        mode=mode,\n${lines.map((l) => `        ${l}\n`).join('')}`);

  it("a tuple over lines becomes the parameter's default, re-indented under it", () => {
    const carried = reapplyPythonEdits(
      STAINLESS,
      ownersLines(['by_alias=(', '    "a",', '    "b",', '),']),
      SDKGEN,
      {},
    );
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(
      SDKGEN.replace('by_alias: bool = False,', 'by_alias: bool = (\n        "a",\n        "b",\n    ),'),
    );
    expect(syntaxProblem(carried.text)).toBeNull();
  });

  it('a dict, and a call given only constants, alike', () => {
    const dict = reapplyPythonEdits(STAINLESS, ownersLines(['by_alias={', '    "a": 1,', '},']), SDKGEN, {});
    expect(dict.text).toBe(SDKGEN.replace('by_alias: bool = False,', 'by_alias: bool = {\n        "a": 1,\n    },'));
    const call = reapplyPythonEdits(
      STAINLESS,
      ownersLines(['by_alias=httpx.Timeout(', '    connect=5.0,', '    read=None,', '),']),
      SDKGEN,
      {},
    );
    expect(call.text).toBe(
      SDKGEN.replace(
        'by_alias: bool = False,',
        'by_alias: bool = httpx.Timeout(\n        connect=5.0,\n        read=None,\n    ),',
      ),
    );
    expect(syntaxProblem(call.text)).toBeNull();
  });

  it("replaces sdkgen's default over several lines whole", () => {
    const wide = SDKGEN.replace('by_alias: bool = False,', 'by_alias: tuple[str, ...] = (\n        "x",\n    ),');
    const carried = reapplyPythonEdits(STAINLESS, owners('("a",)'), wide, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(SDKGEN.replace('by_alias: bool = False,', 'by_alias: tuple[str, ...] = ("a",),'));
  });

  it("takes sdkgen's line's place where the value over lines reads a name", () => {
    const carried = reapplyPythonEdits(STAINLESS, ownersLines(['by_alias=pick(', '    mode,', '),']), SDKGEN, {});
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(
      SDKGEN.replace('        by_alias=by_alias,\n', '        by_alias=pick(\n            mode,\n        ),\n'),
    );
  });
});

/**
 * Session 55: a mutable value (a list, dict or set display, a comprehension, a call of `list`/`dict`/`set`…) is what
 * ruff's B006 warns of as a default: evaluated once, shared by every call. Stainless's Python writes such defaults
 * (`options: RequestOptions = {}` in `_base_client.py`; its pyproject ignores B006) only in functions that pass them on
 * and change them nowhere. So does the rule: where sdkgen's function reads the parameter anywhere but in the keyword
 * line (it may change it), their value takes sdkgen's line's place (built anew each call, as theirs was).
 */
describe("an owners' mutable keyword argument", () => {
  const changing = SDKGEN.replace(
    '    return model.model_dump(\n',
    '    by_alias.update({"seen": True})\n    return model.model_dump(\n',
  );

  it("becomes the default where sdkgen's function only passes the parameter on", () => {
    const carried = reapplyPythonEdits(STAINLESS, owners('["a"]'), SDKGEN, {});
    expect(carried.text).toBe(SDKGEN.replace('by_alias: bool = False,', 'by_alias: bool = ["a"],'));
  });

  it("takes sdkgen's line's place where sdkgen's function reads the parameter elsewhere", () => {
    for (const value of ['{"a": 1}', '["a"]', 'dict(a=1)', '("a", ["b"])']) {
      const carried = reapplyPythonEdits(STAINLESS, owners(value), changing, {});
      expect(carried.rejected).toEqual([]);
      expect(carried.text).toBe(changing.replace('by_alias=by_alias,', `by_alias=${value},`));
    }
  });

  it('an immutable constant stays the default there', () => {
    const carried = reapplyPythonEdits(STAINLESS, owners('("a", "b")'), changing, {});
    expect(carried.text).toBe(changing.replace('by_alias: bool = False,', 'by_alias: bool = ("a", "b"),'));
  });
});
