/**
 * Kinds of owners' edits a Python move must carry or account for, each as a kind (apollo's were the first seen):
 * pydantic 1 in an expression read as pydantic 2 runs it; carried imports merged into sdkgen's statement from the same
 * module; an import list item recognised as done; a line the owners moved not taken for one left behind; edits that
 * change nothing sdkgen's module runs reported as not applying; sdkgen's private helper left unread by an owners'
 * function in place of sdkgen's dropped with its import. And the harness counts the same kinds, from git alone.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-python-sound-carry.test.ts samples Python migrate (docs/contributing.md, "What `npm test`
// samples").
import { describe, expect, it } from 'vitest';
import { asUnderPydantic2 } from '../generator/migrate/python/owners/pydantic-v1';
import { topLevelImports, withImportStatements } from '../generator/migrate/python/reapply/import-merge';
import { withImportsAlreadyDone } from '../generator/migrate/python/already-done/imports-already-done';
import { setAsideDoneInRuntime } from '../generator/migrate/python/already-done/removed-already';
import { setAsideTypingOnly } from '../generator/migrate/python/already-done/typing-only';
import { intoOwnersMethods } from '../generator/migrate/python/reapply/owners-methods';
import { placeInsertions } from '../generator/migrate/reapply/insertions';
// @ts-expect-error: the harness is plain JavaScript
import { importsStillRead, importsUnread, runsTheSame } from '../bench/migrate-trials/lib/python-runs-same.mjs';
import { SLOW_FULL } from './helpers/slow-tests';

const emptyPlan = () => ({
  rejected: [] as Array<{ path: string; hunks: string[] }>,
  notApplicable: [] as Array<{ path: string; reason: string; hunks: string[] }>,
  alreadyThere: [] as Array<{ path: string; hunks: number }>,
});

describe.runIf(SLOW_FULL)('pydantic 1 in an expression, read as pydantic 2 runs it', () => {
  it('folds `(not PYDANTIC_V1) and`, a conditional on it over lines, and the fallback after `if (not V1) or …: return`', () => {
    const stainless = [
      'def f(self, model):',
      '    if (not PYDANTIC_V1) and getattr(self, "x", None) is None:',
      '        self.x = {}',
      '    log(',
      '        dump(',
      '            model,',
      '            exclude={',
      '                "content",',
      '            }',
      '            if PYDANTIC_V1',
      '            else {},',
      '        ),',
      '    )',
      '    w = True if PYDANTIC_V1 else warnings',
      '    if (not PYDANTIC_V1) or hasattr(model, "model_dump"):',
      '        return model.model_dump(',
      '            warnings=w,',
      '        )',
      '    return cast(',
      '        "dict[str, Any]",',
      '        model.dict(),',
      '    )',
      '',
    ].join('\n');
    expect(asUnderPydantic2(stainless)).toBe(
      [
        'def f(self, model):',
        '    if getattr(self, "x", None) is None:',
        '        self.x = {}',
        '    log(',
        '        dump(',
        '            model,',
        '            exclude={},',
        '        ),',
        '    )',
        '    w = warnings',
        '    return model.model_dump(',
        '        warnings=w,',
        '    )',
        '',
      ].join('\n'),
    );
  });
});

describe.runIf(SLOW_FULL)("carried imports, among the module's own", () => {
  const module = [
    'from typing import Any, Dict',
    'from ._utils import (',
    '    a as a,',
    ')',
    '',
    'x: Any = 1',
    '',
  ].join('\n');

  it("goes into sdkgen's statement from the same module, on its line or in its parentheses; else a statement of its own", () => {
    expect(withImportStatements(module, ['from typing import cast', 'from ._utils import b as b', 'import os'])).toBe(
      [
        'from typing import Any, Dict, cast',
        'from ._utils import (',
        '    a as a,',
        '    b as b,',
        ')',
        'import os',
        '',
        'x: Any = 1',
        '',
      ].join('\n'),
    );
    // (A name the statement has already is not repeated; a line over 120 characters is laid out in parentheses.)
    expect(withImportStatements(module, ['from ._utils import a as a'])).toBe(module);
    const long = `from typing import ${Array.from({ length: 12 }, (_, i) => `LongerName${i}`).join(', ')}\n`;
    expect(withImportStatements(long, ['from typing import AnotherLongName']).split('\n')[0]).toBe(
      'from typing import (',
    );
  });

  it("puts a top-level import the owners added where sdkgen's imports are, not at the module's end", () => {
    expect(topLevelImports(['from pydantic import (', '    ConfigDict as ConfigDict,', ')'])).toEqual([
      'from pydantic import ConfigDict as ConfigDict',
    ]);
    expect(topLevelImports(['x = 1'])).toBeNull();
    const base = 'import pydantic\nfrom pydantic.fields import FieldInfo\n\n\ndef f() -> None: ...\n';
    const hunk = '@@ -1,0 +2 @@\n+from pydantic import ConfigDict as ConfigDict\n';
    const ours = 'import pydantic\n\n__all__ = ["f"]\n\n\ndef f() -> None: ...\n';
    const placed = placeInsertions('src/pkg/_compat.py', base, { text: ours, applied: 0, rejected: [hunk] });
    expect(placed.rejected).toEqual([]);
    expect(placed.text).toBe(
      'import pydantic\nfrom pydantic import ConfigDict as ConfigDict\n\n__all__ = ["f"]\n\n\ndef f() -> None: ...\n',
    );
  });

  it('adds no plain `import x` the module binds already (a regeneration carrying the owners’ import hunk again)', () => {
    // letta's tool.py: the owners' `import typing` / `import inspect`, carried below sdkgen's imports by the move.
    const carried = [
      'from typing import Dict, List',
      '',
      'from .._models import BaseModel',
      'from abc import abstractmethod',
      'import typing',
      'import inspect',
      '',
      '__all__ = ["Tool"]',
      '',
    ].join('\n');
    expect(withImportStatements(carried, ['import typing', 'import inspect', 'from abc import abstractmethod'])).toBe(
      carried,
    );
    // Only the modules not bound yet; another alias, or a submodule, is another binding; the same one given twice once.
    expect(withImportStatements(carried, ['import os, typing', 'import typing as t', 'import os.path'])).toBe(
      carried.replace('import inspect\n', 'import inspect\nimport os\nimport typing as t\nimport os.path\n'),
    );
    expect(withImportStatements(carried, ['import json', 'import json'])).toBe(
      carried.replace('import inspect\n', 'import inspect\nimport json\n'),
    );
    // The owners' hunk placed again as an insertion at the module's top (reapply/insertions.ts) changes nothing.
    const base = 'from typing import Dict, List\n\nfrom .._models import BaseModel\n\n__all__ = ["Tool"]\n';
    const hunk = '@@ -0,0 +1,3 @@\n+import typing\n+import inspect\n+from abc import abstractmethod\n';
    const placed = placeInsertions('src/pkg/types/tool.py', base, { text: carried, applied: 0, rejected: [hunk] });
    expect(placed.rejected).toEqual([]);
    expect(placed.text).toBe(carried);
  });

  it("counts as done a name added to a parenthesised list that sdkgen's statement from that module imports", () => {
    const base = ['from ._utils import (', '    a as a,', '    b as b,', ')', ''].join('\n');
    const hunk = '@@ -3 +3,2 @@\n     b as b,\n+    c as c,\n';
    const carried = { text: 'from ._utils import (\n    a as a,\n    c as c,\n)\n', applied: 0, rejected: [hunk] };
    expect(withImportsAlreadyDone(carried, base).rejected).toEqual([]);
    // Imported from another module, or not at all: for a person.
    const elsewhere = { ...carried, text: 'from ._other import c as c\nfrom ._utils import a as a\n' };
    expect(withImportsAlreadyDone(elsewhere, base).rejected).toEqual([hunk]);
  });
});

describe.runIf(SLOW_FULL)('lines the owners moved, and edits that change nothing sdkgen runs', () => {
  it("calls a removal done where sdkgen's module has the line only as often as the owners' module (moved)", () => {
    const hunk = [
      '@@ -5,5 +4,0 @@',
      '-if TYPE_CHECKING:',
      '-    from pydantic import ConfigDict as ConfigDict',
      '-else:',
      '-    from pydantic import ConfigDict as ConfigDict',
      '',
    ].join('\n');
    const ours = 'import pydantic\nfrom pydantic import ConfigDict as ConfigDict\n';
    const moved = emptyPlan();
    moved.rejected.push({ path: 'src/pkg/_compat.py', hunks: [hunk] });
    setAsideDoneInRuntime(
      moved,
      () => ours,
      true,
      'pkg',
      () => 'from pydantic import ConfigDict as ConfigDict\n',
    );
    expect(moved.rejected).toEqual([]);
    // Without the owners' module having it, sdkgen's line is one the removal should have taken out: for a person.
    const left = emptyPlan();
    left.rejected.push({ path: 'src/pkg/_compat.py', hunks: [hunk] });
    setAsideDoneInRuntime(
      left,
      () => ours,
      true,
      'pkg',
      () => 'import pydantic\n',
    );
    expect(left.rejected).toHaveLength(1);
  });

  it('reports a types-only edit or a pydantic-2 value put in place as not applying; a change of behaviour stays', () => {
    const castHunk = '@@ -9 +9 @@\n-        data = decoded\n+        data = cast(object, decoded)\n';
    const signature =
      '@@ -3 +3 @@\n-def q(name: str, values: Sequence[str]) -> dict[str, Any]:\n' +
      '+def q(name: str, values: SequenceNotStr[str]) -> Dict[str, object]:\n';
    const inlined = '@@ -20 +20 @@\n-            allow_none=allow_none,\n+            allow_none=False,\n';
    const behaviour = '@@ -30 +30 @@\n-    retries = 2\n+    retries = 5\n';
    const plan = emptyPlan();
    plan.rejected.push({ path: 'src/pkg/_x.py', hunks: [castHunk, signature, inlined, behaviour] });
    // (Stainless's module as pydantic 2 runs it: its pydantic-1 branch out.)
    const stainless = '    allow_none = False\n    check(allow_none=allow_none,\n    )\n';
    setAsideTypingOnly(
      plan,
      () => 'def q(name: str, values: SequenceNotStr[str]) -> Dict[str, object]: ...\n',
      () => stainless,
    );
    expect(plan.rejected).toEqual([{ path: 'src/pkg/_x.py', hunks: [behaviour] }]);
    expect(plan.notApplicable.map((n) => n.reason.split(' ').slice(0, 3).join(' '))).toEqual([
      'changes only types',
      'changes only types',
      'puts in `allow_none=allow_none,`',
    ]);
  });

  it("drops sdkgen's private helper, and its import, that only sdkgen's function the owners' replaced read", () => {
    const base = [
      'from typing import Mapping',
      '',
      '',
      'def to_files(files: Mapping[str, str]) -> list[str]:',
      '    return list(files)',
      '',
    ].join('\n');
    const edited = base.replace('return list(files)', 'return [key for key in files]');
    const target = [
      'from typing import List, Mapping',
      '',
      '',
      'def _entries(files: Mapping[str, str]) -> List[str]:',
      '    return list(files)',
      '',
      '',
      'def to_files(files: Mapping[str, str]) -> list[str]:',
      '    return _entries(files)',
      '',
    ].join('\n');
    const hunk = '@@ -5 +5 @@\n-    return list(files)\n+    return [key for key in files]\n';
    const carried = intoOwnersMethods(base, edited, { text: target, applied: 0, rejected: [hunk] });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(
      [
        'from typing import Mapping',
        '',
        '',
        'def to_files(files: Mapping[str, str]) -> list[str]:',
        '    return [key for key in files]',
        '',
      ].join('\n'),
    );
  });
});

describe.runIf(SLOW_FULL)('the trials harness counts the same kinds from git alone', () => {
  it('tells types alone, a pydantic-2 value, pydantic 1 taken out, and an import still read, from a change', () => {
    const base = '        if PYDANTIC_V1:\n            allow_none = x\n        else:\n            allow_none = False\n';
    expect(runsTheSame(['        data = decoded'], ['        data = cast(object, decoded)'], 'x = 1\n', '')).toBe(
      'types alone',
    );
    expect(runsTheSame(['    allow_none=allow_none,'], ['    allow_none=False,'], '', base)).toBe(
      "a name's value under pydantic 2 put in its place",
    );
    expect(runsTheSame(['    if (not PYDANTIC_V1) and ok:'], ['    if ok:'], '', '')).toBe(
      "takes pydantic 1's support out",
    );
    expect(runsTheSame(['    retries = 2'], ['    retries = 5'], '', '')).toBeNull();
    // (The line it changes still in the migrated file: the edit is not carried.)
    expect(
      runsTheSame(['    data = decoded'], ['    data = cast(object, decoded)'], '    data = decoded\n', ''),
    ).toBeNull();
    const now = 'from ..types import (\n    a_params,\n)\n\n\ndef f() -> object:\n    return a_params.A\n';
    expect(importsStillRead(['    a_params,'], [], now)).toBe(true);
    expect(importsStillRead(['    b_params,'], [], now)).toBe(false);
    // A removed `if TYPE_CHECKING:` block of imports the migrated module's annotations read (sdkgen's, brought back).
    const typed =
      'from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from .resources import a\n    from .resources.a import AResource\n\n\nclass C:\n    def a(self) -> AResource:\n        return a.AResource()\n';
    const block = ['if TYPE_CHECKING:', '    from .resources import a', '    from .resources.a import AResource', ''];
    expect(importsStillRead(block, [], typed)).toBe(true);
    expect(importsStillRead(['if TYPE_CHECKING:', '    from .resources import b'], [], typed)).toBe(false);
  });

  it("tells an added import of the package's own modules that nothing in the migrated module reads", () => {
    // (turbopuffer's `types.custom` import, read at the ref by the annotations of Stainless's later generation.)
    const now =
      'from ..types import a_params\n\n\ndef f(filters: object) -> object:\n    """filters: Filter by x."""\n    return a_params.A\n';
    expect(importsUnread([], ['from ..types.custom import Filter, RankBy\n'], now)).toBe(true);
    expect(importsUnread([], ['from ..types import a_params\n'], now)).toBe(false);
    expect(importsUnread([], ['from httpx import Filter\n'], now)).toBe(false);
    expect(importsUnread(['x = 1'], ['from ..types.custom import Filter\n'], now)).toBe(false);
    // A name added to a `typing` import (read by an annotation of the owners' left for a person): as migrate leaves it
    // out. The names it had are still imported.
    const typed = 'from typing import Dict, Optional\n\n\ndef f(x: Optional[Dict[str, str]]) -> None:\n    pass\n';
    expect(
      importsUnread(['from typing import Dict, Optional'], ['from typing import Dict, List, Optional\n'], typed),
    ).toBe(true);
    expect(importsUnread(['from typing import Optional'], ['from typing import Dict, Optional\n'], typed)).toBe(false);
  });
});
