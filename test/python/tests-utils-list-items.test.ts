/**
 * The `assert_matches_type` of the tests/utils.py we write checks a list as a list and leaves its items alone, as the
 * Stainless test suites it runs (carried by `sdkgen migrate`, or measured by scripts/stainless-python-tests.mjs)
 * expect: a mock server answers a `List[File]` with whatever the spec's example holds, and their own helper passes it.
 * Everything else keeps its check (a list where a dict is due, a model's missing required field, a wrong scalar).
 * The template module itself is run in the venv: it imports pydantic alone.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { runProcess, venvPython } from '../helpers/python';

const PROGRAM = `
from typing import Dict, List, Optional, Sequence

import pydantic

from utils import assert_matches_type


class File(pydantic.BaseModel):
    name: str


class Page(pydantic.BaseModel):
    items: List[File]
    next: Optional[str] = None


def fails(type_, value) -> bool:
    try:
        assert_matches_type(type_, value, path=["response"])
    except AssertionError:
        return True
    return False


results = {
    "list_of_lists_as_files": fails(List[File], [["a", "b"], {"x": 1}]),
    "sequence_items": fails(Sequence[int], ("a",)),
    "page_items": fails(Page, Page.model_construct(items=[["a"]])),
    "str_for_list": fails(List[str], "abc"),
    "dict_for_list": fails(List[str], {"a": 1}),
    "list_for_dict": fails(Dict[str, int], [1]),
    "dict_value": fails(Dict[str, int], {"a": "b"}),
    "missing_required": fails(Page, Page.model_construct()),
    "wrong_scalar": fails(File, File.model_construct(name=3)),
}
print(results)
assert results == {
    "list_of_lists_as_files": False,
    "sequence_items": False,
    "page_items": False,
    "str_for_list": True,
    "dict_for_list": True,
    "list_for_dict": True,
    "dict_value": True,
    "missing_required": True,
    "wrong_scalar": True,
}, results
`;
import { tempDir } from '../helpers/sdk';

describe("tests/utils.py's assert_matches_type", () => {
  const dir = tempDir('sdkgen-py-tests-utils');

  it('checks a list as a list, not item by item; the rest as before', { timeout: 120_000 }, async () => {
    copyFileSync(path.join(ROOT, 'templates/python/project/tests/utils.py'), path.join(dir, 'utils.py'));
    writeFileSync(path.join(dir, 'check.py'), PROGRAM);
    const result = await runProcess(venvPython(), ['check.py'], { cwd: dir, timeout: 100_000 });
    expect(result.stderr + result.stdout).not.toContain('Error');
    expect(result.code).toBe(0);
  });
});
