/**
 * migrate (Python): an owners' edit to Stainless's runtime that only re-indents statements sdkgen's module has none of
 * (the `return` of a function left one level out once another of their edits took its Python < 3.10 branch away,
 * where sdkgen's `_compat.py` imports that function from elsewhere) is done: there is nothing of sdkgen's to re-lay.
 * Before, it was left to a person (and migrate exited 1). A re-indent of a statement sdkgen's module has stays theirs.
 */
import { describe, expect, it } from 'vitest';
import { setAsideDoneInRuntime } from '../../generator/migrate/python/already-done/removed-already';

const HUNK = [
  '@@ -26,7 +22,7 @@',
  '     else:',
  '         import types',
  ' ',
  '-        return tp is Union or tp is types.UnionType  # type: ignore[comparison-overlap]',
  '+    return tp is Union or tp is types.UnionType  # type: ignore[comparison-overlap]',
].join('\n');
const PATH = 'src/acme/_utils/_compat.py';

function planFor(ours: string) {
  const plan = { rejected: [{ path: PATH, hunks: [HUNK] }], notApplicable: [], alreadyThere: [] };
  setAsideDoneInRuntime(plan, () => ours, true, 'acme');
  return plan;
}

describe('a re-indent alone of a runtime module', () => {
  it("is done where sdkgen's module has none of the statements", () => {
    const plan = planFor('from ._typing import is_union as is_union\n');
    expect(plan.rejected).toEqual([]);
    expect(plan.alreadyThere).toEqual([{ path: PATH, hunks: 1 }]);
  });

  it('is done in a package of a dotted name (`cerebras.cloud.sdk`, its runtime under src/cerebras/cloud/sdk/)', () => {
    const nested = PATH.replace('src/acme/', 'src/cerebras/cloud/sdk/');
    const plan = { rejected: [{ path: nested, hunks: [HUNK] }], notApplicable: [], alreadyThere: [] };
    setAsideDoneInRuntime(plan, () => 'from ._typing import is_union as is_union\n', true, 'cerebras.cloud.sdk');
    expect(plan.alreadyThere).toEqual([{ path: nested, hunks: 1 }]);
  });

  it("stays the owners' where sdkgen's module has the statement", () => {
    const plan = planFor(
      'def is_union(tp):\n    return tp is Union or tp is types.UnionType  # type: ignore[comparison-overlap]\n',
    );
    expect(plan.rejected).toEqual([{ path: PATH, hunks: [HUNK] }]);
  });
});
