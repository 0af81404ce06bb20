/**
 * An owners' patch of Stainless's `_compat.model_dump` so that pydantic is handed a bool `by_alias` (False when the
 * caller gave none: `by_alias=None` fails on pydantic 2.10 and later) makes Stainless's runtime do what sdkgen's
 * `model_dump` does already (its `by_alias: bool = False`, passed through): migrate lists it as done by sdkgen's
 * runtime, with the test showing it, instead of asking a person to carry it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dropDoneByPythonRuntime,
  PYTHON_RUNTIME_BEHAVIOURS,
} from '../generator/migrate/python/already-done/runtime-behaviours';
import { editsAsHunks } from '../generator/migrate/reapply/hunks';
import { ROOT } from './helpers/paths';

/** Stainless's `model_dump` (2026), passing `by_alias` only when set. */
const STAINLESS_COMPAT = [
  'def model_dump(',
  '    model: pydantic.BaseModel,',
  '    *,',
  '    by_alias: bool | None = None,',
  ') -> dict[str, Any]:',
  '    if (not PYDANTIC_V1) or hasattr(model, "model_dump"):',
  '        kwargs: _ModelDumpKwargs = {}',
  '        if by_alias is not None:',
  '            kwargs["by_alias"] = by_alias',
  '        return model.model_dump(',
  '            mode=mode,',
  '            # warnings are not supported in Pydantic v1',
  '            warnings=True if PYDANTIC_V1 else warnings,',
  '            **kwargs,',
  '        )',
  '',
].join('\n');
const BOOL_BY_ALIAS = '            by_alias=bool(by_alias) if by_alias is not None else False,';
const OWNERS_COMPAT = STAINLESS_COMPAT.replace('            **kwargs,', BOOL_BY_ALIAS);

describe("an owners' patch handing pydantic a bool `by_alias` in Stainless's `model_dump`", () => {
  it("is listed as done by sdkgen's runtime, with a test that exists", () => {
    const hunks = editsAsHunks(STAINLESS_COMPAT, OWNERS_COMPAT);
    expect(hunks).toHaveLength(1);
    const done: Array<{ path: string; does: string; test: string }> = [];
    expect(dropDoneByPythonRuntime([{ path: 'src/acme/_compat.py', hunks }], done, 'acme')).toEqual([]);
    expect(done.map((d) => d.path)).toEqual(['src/acme/_compat.py']);
    const [file, name] = done[0].test.split(' › ');
    expect(readFileSync(path.join(ROOT, file), 'utf8')).toContain(`def ${name}(`);
    expect(PYTHON_RUNTIME_BEHAVIOURS.some((b) => b.test === done[0].test)).toBe(true);
  });

  it('leaves other edits of that call for a person', () => {
    for (const other of [
      // by_alias always on: another behaviour.
      '            by_alias=True,',
      // a None passed through as it is.
      '            by_alias=by_alias,',
      // the edit adds another argument along with it.
      `${BOOL_BY_ALIAS}\n            round_trip=True,`,
    ]) {
      const hunks = editsAsHunks(STAINLESS_COMPAT, STAINLESS_COMPAT.replace('            **kwargs,', other));
      expect(dropDoneByPythonRuntime([{ path: 'src/acme/_compat.py', hunks }], [], 'acme')).toHaveLength(1);
    }
  });
});
