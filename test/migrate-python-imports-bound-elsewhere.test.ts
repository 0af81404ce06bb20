/**
 * An owners' fix of an import Stainless got wrong, whose name sdkgen's module imports from another of the package's
 * modules (braintrustdata/braintrust-api-py: Stainless's params module imported itself, `from ..types import
 * function_create_params`; the owners replaced it with `from ..types.shared import CodeBundle`, and sdkgen's module
 * has `from .shared_params.code_bundle import CodeBundle`). Where the definition sdkgen's import binds is the one theirs
 * names (a re-export followed), the hunk is done, not left for a person. Where it is another module's class of that
 * name (braintrust's: the model of `types.shared`, not the params of `shared_params`), or not known, the import stays
 * theirs (session 57). A name bound only from outside the package, or under another name, still is left for a person. An `import x` statement of theirs is done
 * where the module imports `x` too (before, any hunk with such a line was left for a person).
 */
import { describe, expect, it } from 'vitest';
import { definedAtIn, withImportsAlreadyDone } from '../generator/migrate/python/already-done/imports-already-done';

const sdkgen = [
  'from typing import Union',
  'from typing_extensions import TypeAlias',
  '',
  'from .shared_params.code_bundle import CodeBundle',
  'from .shared_params.prompt_data import PromptData',
  '',
  'Data: TypeAlias = Union[CodeBundle, PromptData]',
  '',
].join('\n');
const carried = (rejected: string[]) => ({ text: sdkgen, applied: 0, rejected });

describe("an owners' `import x` statement", () => {
  it("is done where sdkgen's module (with what was carried) has it, and left for a person where it does not", () => {
    // (mixedbread-ai/mixedbread-python: `import functools` and `Any` added for their polling helpers.)
    const text = ['import functools', 'from typing import Any, List', '', 'x: Any = functools.partial(print)', ''].join(
      '\n',
    );
    const hunk = '@@ -3 +3,2 @@\n-from typing import List\n+import functools\n+from typing import Any, List\n';
    const done = withImportsAlreadyDone({ text, applied: 0, rejected: [hunk] });
    expect(done.rejected).toEqual([]);
    expect(done.alreadyThere).toBe(1);
    const missing = withImportsAlreadyDone({
      text: text.replace('import functools\n', ''),
      applied: 0,
      rejected: [hunk],
    });
    expect(missing.rejected).toEqual([hunk]);
  });
});

describe("an owners' import of the package's own whose name sdkgen's module binds from another of its modules", () => {
  // The package as migrated: `types/shared/` re-exports its `CodeBundle`, a model; `types/shared_params/` has the
  // params `CodeBundle`, which sdkgen's params module imports.
  const modules: Record<string, string> = {
    'src/acme/types/__init__.py': '',
    'src/acme/types/shared/__init__.py': 'from .code_bundle import CodeBundle as CodeBundle\n',
    'src/acme/types/shared/code_bundle.py': 'class CodeBundle(BaseModel):\n    bundle_id: str\n',
    'src/acme/types/shared_params/__init__.py': 'from .code_bundle import CodeBundle as CodeBundle\n',
    'src/acme/types/shared_params/code_bundle.py': 'class CodeBundle(TypedDict, total=False):\n    bundle_id: str\n',
  };
  const definedAt = definedAtIn('src/acme/types/function_create_params.py', (path) => modules[path] ?? null);
  const fix = (from: string) =>
    `@@ -8 +8 @@\n-from ..types import function_create_params\n+from ${from} import CodeBundle\n`;

  it('is done where sdkgen binds the same definition (through a re-export)', () => {
    const result = withImportsAlreadyDone(carried([fix('..types.shared_params')]), undefined, definedAt);
    expect(result.rejected).toEqual([]);
    expect(result.alreadyThere).toBe(1);
    expect(result.text).toBe(sdkgen);
  });

  it("stays the owners' where sdkgen's is a class of that name from another module, or where that is not known", () => {
    // (braintrust-api-py's fix: the model `CodeBundle` of `types.shared`; sdkgen's params module binds the params one.)
    const braintrust = fix('..types.shared');
    expect(withImportsAlreadyDone(carried([braintrust]), undefined, definedAt).rejected).toEqual([braintrust]);
    const same = fix('..types.shared_params');
    expect(withImportsAlreadyDone(carried([same])).rejected).toEqual([same]);
  });

  it('is left for a person where the name is not bound, comes from outside the package, or is renamed', () => {
    const unbound = '@@ -8 +8 @@\n-from ..types import function_create_params\n+from ..types.shared import Other\n';
    const outside = '@@ -8 +8 @@\n-from ..types import function_create_params\n+from acme_lib import CodeBundle\n';
    const renamed = '@@ -8 +8 @@\n-from ..types import x\n+from ..types.shared import CodeBundle as Bundle\n';
    const result = withImportsAlreadyDone(carried([unbound, outside, renamed]), undefined, () => 'src/acme/x.py');
    expect(result.rejected).toEqual([unbound, outside, renamed]);
    expect(result.alreadyThere).toBeUndefined();
  });
});
