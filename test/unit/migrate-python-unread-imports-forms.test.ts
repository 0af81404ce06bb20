/**
 * The owners' unread imports (migrate/python/reapply/unread-imports.ts) in the forms its reader took from the one reader of
 * import statements (import-statements.ts): a backslash-continued import, and one under `if TYPE_CHECKING:` (read by
 * annotations only, as a top-level one is), each left out when nothing in the module reads what it binds, and kept
 * when unsure (a name read in a quoted annotation or a type comment, a block the import would leave empty).
 */
import { describe, expect, it } from 'vitest';
import { withoutUnreadOwnersImports } from '../../generator/migrate/python/reapply/unread-imports';

const PATH = 'src/acme/resources/things.py';

const STAINLESS = [
  'from __future__ import annotations',
  '',
  'from typing import TYPE_CHECKING',
  '',
  'from .._resource import SyncAPIResource',
  '',
  'if TYPE_CHECKING:',
  '    from .._client import Acme',
  '',
  '',
  'class ThingsResource(SyncAPIResource):',
  '    def get(self, client: "Acme") -> object:',
  '        return self._get("/things")',
  '',
].join('\n');

/** Stainless's module with `imports` added where `after` is, and `body` instead of `get`'s return. */
const edit = (after: string, imports: string, body = 'return self._get("/things")') =>
  STAINLESS.replace(`${after}\n`, `${after}\n${imports}`).replace('return self._get("/things")', body);

/** What is written of the owners' module carried onto sdkgen's (here: Stainless's, the same). */
const carried = (owners: string) => withoutUnreadOwnersImports(PATH, owners, STAINLESS, owners, STAINLESS, 'acme');

describe("an owners' unread import in the forms of an import", () => {
  const cases: Array<{ form: string; owners: string; want: { left: string[]; kept: string | null } }> = [
    {
      form: 'backslash-continued, nothing reads it: left out whole',
      owners: edit('from .._resource import SyncAPIResource', 'from ..types.custom import Filter, \\\n    RankBy\n'),
      want: { left: ['from ..types.custom import Filter, RankBy'], kept: null },
    },
    {
      form: 'backslash-continued, one name read: kept whole (its lines are not rewritten)',
      owners: edit(
        'from .._resource import SyncAPIResource',
        'from ..types.custom import Filter, \\\n    RankBy\n',
        'return self._get("/things", RankBy)',
      ),
      want: { left: [], kept: 'from ..types.custom import Filter, \\\n    RankBy\n' },
    },
    {
      form: 'under if TYPE_CHECKING:, nothing reads it: left out as a top-level one',
      owners: edit('    from .._client import Acme', '    from ..types.custom import Filter\n'),
      want: { left: ['from ..types.custom import Filter'], kept: null },
    },
    {
      form: 'under if TYPE_CHECKING:, one of its names read: carried with that name',
      owners: edit(
        '    from .._client import Acme',
        '    from ..types.custom import Filter, RankBy\n',
        'return self._get("/things", RankBy)',
      ),
      want: {
        left: ['Filter` of `from ..types.custom import Filter, RankBy'],
        kept: '    from ..types.custom import RankBy\n',
      },
    },
    {
      form: 'under if TYPE_CHECKING:, read by a quoted annotation: kept',
      owners: edit(
        '    from .._client import Acme',
        '    from ..types.custom import Filter\n',
        'x: "Filter | None" = None',
      ),
      want: { left: [], kept: '    from ..types.custom import Filter\n' },
    },
    {
      form: 'read by a type comment only: kept',
      owners: edit(
        'from .._resource import SyncAPIResource',
        'from ..types.custom import Filter\n',
        'x = []  # type: list[Filter]',
      ),
      want: { left: [], kept: 'from ..types.custom import Filter\n' },
    },
  ];
  it.each(cases)('$form', ({ owners, want }) => {
    const result = carried(owners);
    expect(result.imports).toEqual(want.left);
    if (want.kept !== null) expect(result.text).toContain(want.kept);
    else expect(result.text).not.toContain('types.custom');
  });

  it("leaves out a name added to a `typing` import that nothing reads (its reader left for a person), and keeps another package's", () => {
    // (composio's `tool_slugs: str | List[str]` went to a person with its method; `List` carried alone is pyright's
    // reportUnusedImport. Importing a typing name does nothing else; a third-party module's import may.)
    const owners = STAINLESS.replace('from typing import TYPE_CHECKING\n', 'from typing import TYPE_CHECKING, List\n');
    const typing = carried(owners);
    expect(typing.imports).toEqual(['List` of `from typing import TYPE_CHECKING, List']);
    expect(typing.text).toContain('from typing import TYPE_CHECKING\n');
    expect(typing.hunks).toHaveLength(1);

    const extensions = carried(edit('from typing import TYPE_CHECKING', 'from typing_extensions import Literal\n'));
    expect(extensions.imports).toEqual(['from typing_extensions import Literal']);

    const thirdParty = edit('from typing import TYPE_CHECKING', 'from httpx import Client\n');
    expect(carried(thirdParty).imports).toEqual([]);
    expect(carried(thirdParty).text).toContain('from httpx import Client\n');
  });

  it('stays where taking it out would leave its if TYPE_CHECKING: block empty', () => {
    // (sdkgen's module imports the client otherwise: the owners' import is the block's only line once carried.)
    const owners = edit('    from .._client import Acme', '    from ..types.custom import Filter\n');
    const written = owners.replace('    from .._client import Acme\n', '');
    const result = withoutUnreadOwnersImports(PATH, written, STAINLESS, owners, STAINLESS, 'acme');
    expect(result.imports).toEqual([]);
    expect(result.text).toBe(written);
  });
});
