/**
 * A name a carried Python module imports twice at its top (migrate/python/reapply/imported-twice.ts): the owners added it to
 * one statement, sdkgen's module imports it in another (from `typing_extensions`, which re-exports `typing`'s names,
 * or from the same module). The binding sdkgen's module has stays; the other goes (Ruff F811).
 */
import { describe, expect, it } from 'vitest';
import { withoutNamesImportedTwice as twice } from '../../generator/migrate/python/reapply/imported-twice';

const withoutNamesImportedTwice = (ours: string, text: string) => twice(ours, text).text;

const SDKGEN = [
  'from __future__ import annotations',
  '',
  'from typing import Dict, Union',
  'from typing_extensions import Literal, overload',
  '',
  'import httpx',
  '',
].join('\n');

describe('a name imported twice after a carry', () => {
  it("from a module sdkgen's module imports from once: the statements right below each other are one", () => {
    // (dedalus-python's `_exceptions.py`: sdkgen's `from typing import Optional, cast`, which took the owners'
    // `TYPE_CHECKING`, and the owners' whole `from typing import TYPE_CHECKING, Any, Optional, cast` below it.)
    const ours = SDKGEN.replace('Dict, Union', 'Optional, cast');
    const carried = ours.replace(
      'from typing import Optional, cast\n',
      'from typing import Optional, cast, TYPE_CHECKING\nfrom typing import TYPE_CHECKING, Any, Optional, cast\n',
    );
    expect(twice(ours, carried)).toEqual({
      text: ours.replace('Optional, cast', 'Optional, cast, TYPE_CHECKING, Any'),
      statements: 0,
    });
    // (Code between them, a late import's reason perhaps: each stays.)
    const apart = carried.replace(
      '\nfrom typing import TYPE_CHECKING, Any',
      '\nx = 1\nfrom typing import TYPE_CHECKING, Any',
    );
    expect(twice(ours, apart).text).toContain('from typing import TYPE_CHECKING, Any');
  });

  it("goes from the statement sdkgen's module has not, typing and typing_extensions being one source", () => {
    const carried = SDKGEN.replace('from typing import Dict, Union', 'from typing import Dict, Union, overload');
    expect(twice(SDKGEN, carried)).toEqual({ text: SDKGEN, statements: 1 });
  });

  it('takes out a statement left empty, and reads parenthesised lists', () => {
    const carried = SDKGEN.replace('import httpx', 'import httpx\nfrom typing import (\n    overload,\n)');
    expect(withoutNamesImportedTwice(SDKGEN, carried)).toBe(SDKGEN);
    const names = ['Literal', 'TypedDict', 'Required', 'NotRequired', 'TypeAlias', 'Annotated', 'override'];
    const list = (given: string[]) => ['from typing_extensions import (', ...given.map((n) => `    ${n},`), ')'];
    const ours = ['from typing import overload', ...list(names), ''].join('\n');
    const twice = ['from typing import overload', ...list([...names.slice(0, 1), 'overload', ...names.slice(1)]), ''];
    // (Split as it was: Ruff keeps a list with a trailing comma split.)
    expect(withoutNamesImportedTwice(ours, twice.join('\n'))).toBe(ours);
  });

  it('leaves names of unrelated modules, aliases, and a pair sdkgen does not tell apart', () => {
    const unrelated = `${SDKGEN}from .types import overload\n`;
    expect(withoutNamesImportedTwice(SDKGEN, unrelated)).toBe(unrelated);
    const aliased = SDKGEN.replace('Dict, Union', 'Dict, Union, overload as typing_overload');
    expect(withoutNamesImportedTwice(SDKGEN, aliased)).toBe(aliased);
    // Neither binding is sdkgen's: nothing says which one to keep.
    const neither = 'from typing import cast\nfrom typing_extensions import cast\n';
    expect(withoutNamesImportedTwice('from typing import Any\n', neither)).toBe(neither);
    // An import inside a block (`if TYPE_CHECKING:`) is not the module's top.
    const guarded = `${SDKGEN}if TYPE_CHECKING:\n    from typing import overload\n`;
    expect(withoutNamesImportedTwice(SDKGEN, guarded)).toBe(guarded);
  });

  it("keeps the comment of the statement a name goes from (the owners' `# noqa`, a list's heading)", () => {
    const carried = SDKGEN.replace(
      'from typing import Dict, Union',
      'from typing import Dict, Union, overload  # noqa',
    );
    expect(withoutNamesImportedTwice(SDKGEN, carried)).toBe(
      SDKGEN.replace('from typing import Dict, Union', 'from typing import Dict, Union  # noqa'),
    );
    const list = carried.replace(
      'from typing import Dict, Union, overload  # noqa',
      "from typing import (  # the owners'\n    Dict,\n    Union,\n    overload,\n)",
    );
    expect(withoutNamesImportedTwice(SDKGEN, list)).toBe(
      SDKGEN.replace('from typing import Dict, Union', "from typing import (  # the owners'\n    Dict,\n    Union,\n)"),
    );
  });
});
