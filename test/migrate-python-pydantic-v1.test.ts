/**
 * Which hand edits of a Stainless Python module change only its pydantic-1 branch (migrate/python/owners/pydantic-v1.ts):
 * those are reported as not applying to sdkgen's package (which requires pydantic 2); any other edit is not.
 */
import { describe, expect, it } from 'vitest';
import { lowestPydanticMajor, splitPydanticV1Hunks } from '../generator/migrate/python/owners/pydantic-v1';

const BASE = [
  'from .. import _compat', // 1
  '', // 2
  'if _compat.PYDANTIC_V1:', // 3
  '    a.A.update_forward_refs()  # type: ignore', // 4
  '    b.B.update_forward_refs()  # type: ignore', // 5
  'else:', // 6
  '    a.A.model_rebuild(_parent_namespace_depth=0)', // 7
  '', // 8
].join('\n');

describe('pydantic-1 edits', () => {
  it('tells an edit inside the branch from one in the else branch, or one that dedents out of it', () => {
    const inside =
      '@@ -3,3 +3,4 @@\n if _compat.PYDANTIC_V1:\n+    ns = {"A": a.A}\n-    a.A.update_forward_refs()  # type: ignore\n+    a.A.update_forward_refs(**ns)  # type: ignore\n     b.B.update_forward_refs()  # type: ignore\n';
    const inElse =
      '@@ -6,2 +6,2 @@\n else:\n-    a.A.model_rebuild(_parent_namespace_depth=0)\n+    a.A.model_rebuild()\n';
    const dedented = '@@ -5,1 +5,2 @@\n     b.B.update_forward_refs()  # type: ignore\n+print("both")\n';
    expect(splitPydanticV1Hunks(BASE, [inside, inElse, dedented])).toEqual([[inside], [inElse, dedented]]);
  });

  it('reads the lowest pydantic major a pyproject.toml allows', () => {
    expect(lowestPydanticMajor('dependencies = [\n  "httpx>=0.23.0, <1",\n  "pydantic>=2.0, <3",\n]')).toBe(2);
    expect(lowestPydanticMajor('dependencies = ["pydantic>=1.9.0, <3"]')).toBe(1);
    expect(lowestPydanticMajor('dependencies = ["httpx"]')).toBeNull();
  });
});
