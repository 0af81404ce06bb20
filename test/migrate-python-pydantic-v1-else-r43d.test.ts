/**
 * The clauses after a test that runs under pydantic 2 (`if not PYDANTIC_V1:`, `if PYDANTIC_V2:`), its `elif` and
 * `else`, run only under pydantic 1 (pydantic-v1.ts): anthropic-python's owners added a `TypeAdapter` stub to the
 * `elif not TYPE_CHECKING:` clause of `_models.py`'s `if not PYDANTIC_V1:`, which sdkgen's package, requiring pydantic
 * 2, never runs. An edit of the pydantic-2 clause itself, or of a clause after a test of anything else, is no such edit.
 */
import { describe, expect, it } from 'vitest';
import { splitPydanticV1Hunks } from '../generator/migrate/python/owners/pydantic-v1';

const BASE = [
  'if not PYDANTIC_V1:', // 1
  '    from pydantic import TypeAdapter as _TypeAdapter', // 2
  '', // 3
  'elif not TYPE_CHECKING:  # TODO: condition is weird', // 4
  '', // 5
  '    def _create_pydantic_model(type_: _T) -> Type[RootModel[_T]]:', // 6
  '        return RootModel[type_]  # type: ignore', // 7
  '', // 8
  '', // 9
  'if TYPE_CHECKING:', // 10
  '    x = 1', // 11
  'else:', // 12
  '    x = 2', // 13
  '', // 14
].join('\n');

describe('pydantic-1 clauses after a pydantic-2 test', () => {
  it('tells an edit of the elif clause (pydantic 1 only) from one of the if clause and of another test’s else', () => {
    const inElif =
      '@@ -6,2 +6,5 @@\n     def _create_pydantic_model(type_: _T) -> Type[RootModel[_T]]:\n         return RootModel[type_]  # type: ignore\n+\n+    def TypeAdapter(*_args: Any, **_kwargs: Any) -> Any:\n+        raise RuntimeError("attempted to use TypeAdapter in pydantic v1")\n';
    const inIf =
      '@@ -2 +2 @@\n-    from pydantic import TypeAdapter as _TypeAdapter\n+    from pydantic import TypeAdapter as _TypeAdapter, BaseModel\n';
    const otherElse = '@@ -13 +13 @@\n-    x = 2\n+    x = 3\n';
    expect(splitPydanticV1Hunks(BASE, [inElif, inIf, otherElse])).toEqual([[inElif], [inIf, otherElse]]);
  });
});
