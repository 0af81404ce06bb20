import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from '../../generator/write/merge';

// A client module as sdkgen wrote it: its resources imported for annotations only.
const base = `from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from ._compat import cached_property

if TYPE_CHECKING:
    from .resources import users
    from .resources.users import UsersResource

__all__ = ["Client"]


class Client:
    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self)
`;

// The owners replaced the resource with their own class: the block and TYPE_CHECKING went.
const ours = base
  .replace('from typing import TYPE_CHECKING, Any, Mapping', 'from typing import Any, Mapping')
  .replace(
    `from ._compat import cached_property

if TYPE_CHECKING:
    from .resources import users
    from .resources.users import UsersResource
`,
    `from .lib.users import Users
from ._compat import cached_property
`,
  )
  .replace(
    `    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self)
`,
    `    def users(self) -> Users:
        return Users(self)
`,
  );

// The next generation has a new resource, imported in the same block.
const theirs = base
  .replace(
    `    from .resources import users
    from .resources.users import UsersResource
`,
    `    from .resources import pets, users
    from .resources.pets import PetsResource
    from .resources.users import UsersResource
`,
  )
  .replace(
    `        return UsersResource(self)
`,
    `        return UsersResource(self)

    @cached_property
    def pets(self) -> PetsResource:
        from .resources.pets import PetsResource

        return PetsResource(self)
`,
  );

describe('three-way merge of Python imports by name', () => {
  it('puts back a removed TYPE_CHECKING block with only the names the new generation needs', () => {
    const merged = mergeThreeWay(base, ours, theirs, { code: true });
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(`from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .lib.users import Users
from ._compat import cached_property

if TYPE_CHECKING:
    from .resources import pets
    from .resources.pets import PetsResource

__all__ = ["Client"]


class Client:
    def users(self) -> Users:
        return Users(self)

    @cached_property
    def pets(self) -> PetsResource:
        from .resources.pets import PetsResource

        return PetsResource(self)
`);
  });

  it("keeps the owners' deletions and takes the generation's, in lines both changed", () => {
    const b = 'import os\nfrom .types import a, b, c\nfrom ._utils import x\n\nX = 1\n';
    const o = 'import os\nfrom .types import a, b\nfrom ._utils import x, mine\n\nX = 1\n';
    const t = 'import os\nfrom .types import a, c, d\nfrom ._utils import x\n\nX = 1\n';
    const merged = mergeThreeWay(b, o, t, { code: true });
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(
      'import os\nfrom .types import a\nfrom ._utils import x, mine\nfrom .types import d\n\nX = 1\n',
    );
  });

  it('adds TYPE_CHECKING to a parenthesized typing import', () => {
    const b =
      'from typing import (\n    TYPE_CHECKING,\n    Any,\n)\n\nif TYPE_CHECKING:\n    from .a import A\n\nX: Any = 1\n';
    const o = 'from typing import (\n    Any,\n)\n\nX: Any = 1\n';
    const t =
      'from typing import (\n    TYPE_CHECKING,\n    Any,\n)\n\nif TYPE_CHECKING:\n    from .a import A\n    from .b import B\n\nX: Any = 1\n';
    const merged = mergeThreeWay(b, o, t, { code: true });
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(
      'from typing import (\n    TYPE_CHECKING,\n    Any,\n)\n\nif TYPE_CHECKING:\n    from .b import B\n\nX: Any = 1\n',
    );
  });

  it('merges line by line, as before, where one side put code among the imports', () => {
    const b = 'from .a import A\nfrom .b import B\n\nX = 1\n';
    const o = 'A = 1\nfrom .b import B\n\nX = 1\n';
    const t = 'from .a import A\nfrom .c import C\nfrom .b import B\n\nX = 1\n';
    const merged = mergeThreeWay(b, o, t, { code: true });
    expect(merged).toEqual({ text: 'A = 1\nfrom .c import C\nfrom .b import B\n\nX = 1\n', conflicts: 0 });
  });

  it('leaves a conflict in code that is not only imports', () => {
    const b = 'from .a import A\nX = 1\n';
    const o = 'from .a import A, B\nX = 2\n';
    const t = 'from .a import A, C\nX = 3\n';
    expect(mergeThreeWay(b, o, t, { code: true }).conflicts).toBe(1);
  });
});
