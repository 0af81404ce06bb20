/**
 * A hand edit of Stainless's pydantic-1 branch where sdkgen's module has a pydantic-1 branch of its own (the forms of
 * an era that wrote one): set aside as not applying when the package's `_compat.PYDANTIC_V1` is the constant False
 * (the branch never runs), still left for a person when the flag can be true (knock-mgmt-python's types/__init__.py).
 */
import { describe, expect, it } from 'vitest';
import { setAsideForPydanticV1 } from '../generator/migrate/python/owners/pydantic-v1';

const STAINLESS = [
  'from .. import _compat', // 1
  '', // 2
  'if _compat.PYDANTIC_V1:', // 3
  '    a.A.update_forward_refs()  # type: ignore', // 4
  'else:', // 5
  '    a.A.model_rebuild(_parent_namespace_depth=0)', // 6
  '',
].join('\n');

const OURS = [
  'from .. import _compat',
  '',
  'if _compat.PYDANTIC_V1:',
  '    a.A.update_forward_refs()  # type: ignore',
  '    c.C.update_forward_refs()  # type: ignore',
  'else:',
  '    a.A.model_rebuild(_parent_namespace_depth=0)',
  '',
].join('\n');

const V1_HUNK =
  '@@ -3,2 +3,3 @@\n if _compat.PYDANTIC_V1:\n+    ns = {"A": a.A}\n-    a.A.update_forward_refs()  # type: ignore\n+    a.A.update_forward_refs(**ns)  # type: ignore\n';
const ELSE_HUNK =
  '@@ -5,2 +5,2 @@\n else:\n-    a.A.model_rebuild(_parent_namespace_depth=0)\n+    a.A.model_rebuild()\n';

const PYPROJECT = '[project]\ndependencies = [\n  "httpx>=0.23.0, <1",\n  "pydantic>=2.0, <3",\n]\n';

function planFor(compat: string) {
  const plan = {
    rejected: [{ path: 'src/pkg/types/__init__.py', hunks: [V1_HUNK, ELSE_HUNK] }],
    notApplicable: [] as Array<{ path: string; reason: string; hunks: string[] }>,
  };
  const rendered = [
    { path: 'pyproject.toml', contents: PYPROJECT },
    { path: 'src/pkg/_compat.py', contents: compat },
    { path: 'src/pkg/types/__init__.py', contents: OURS },
  ];
  setAsideForPydanticV1(plan, rendered, (path) => (path === 'src/pkg/types/__init__.py' ? STAINLESS : undefined));
  return plan;
}

describe("pydantic-1 edits where sdkgen's module has the branch", () => {
  it('sets the edit aside when the branch never runs (PYDANTIC_V1 = False); the edit elsewhere stays rejected', () => {
    const plan = planFor('import pydantic\n\nPYDANTIC_V1 = False\nPYDANTIC_V2 = True\n');
    expect(plan.rejected).toEqual([{ path: 'src/pkg/types/__init__.py', hunks: [ELSE_HUNK] }]);
    expect(plan.notApplicable).toHaveLength(1);
    expect(plan.notApplicable[0].hunks).toEqual([V1_HUNK]);
    expect(plan.notApplicable[0].reason).toMatch(/never runs/);
  });

  it('leaves it for a person when the flag is computed (the branch can run)', () => {
    const plan = planFor('import pydantic\n\nPYDANTIC_V1 = pydantic.VERSION.startswith("1.")\n');
    expect(plan.rejected).toEqual([{ path: 'src/pkg/types/__init__.py', hunks: [V1_HUNK, ELSE_HUNK] }]);
    expect(plan.notApplicable).toEqual([]);
  });

  it('leaves it for a person when the flag is False in one place and computed in another', () => {
    const plan = planFor('PYDANTIC_V1 = False\nif CHECK:\n    PYDANTIC_V1 = pydantic.VERSION.startswith("1.")\n');
    expect(plan.notApplicable).toEqual([]);
  });
});
