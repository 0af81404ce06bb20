/**
 * An import of the package's own modules the owners added for code of Stainless's that sdkgen's module does not have
 * (turbopuffer-python's `from ..types.custom import Filter, RankBy, AggregateBy`, read by the annotations of Stainless's
 * later generation, which sdkgen's output from the spec stands in for) is read by nothing once carried: pyright's
 * strict mode failed the module (`reportUnusedImport`). It is left out and reported with its hunk as not applying.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';

const PATH = 'src/acme/resources/things.py';

const STAINLESS = [
  'from __future__ import annotations',
  '',
  'from .._resource import SyncAPIResource',
  'from .._exceptions import APIError',
  'from .._types import NOT_GIVEN',
  '',
  '',
  'class ThingsResource(SyncAPIResource):',
  '    def get(self, filters: object) -> object:',
  '        """Get a thing.',
  '',
  '        Args:',
  '          filters: Filter by attributes.',
  '        """',
  '        return self._get("/things", filters)',
  '',
].join('\n');

const OWNERS = STAINLESS.replace(
  'from .._exceptions import APIError\n',
  'from .._exceptions import APIError\nfrom ..types.custom import Filter, RankBy\n',
)
  .replace('from .._types import NOT_GIVEN\n', 'from .._types import NOT_GIVEN\nfrom ..lib.helpers import shout\n')
  .replace(
    '        return self._get("/things", filters)\n',
    '        return self._get("/things", filters)\n\n    def loud(self) -> str:\n        return shout("thing")\n',
  );

/** sdkgen's: the same method, its docstring's words the same. */
const SDKGEN = STAINLESS.replace('from .._exceptions import APIError\n', 'from .._exceptions import APIError\n\n');

const plan = (owners: string) =>
  planPythonMigration({
    current: [{ path: PATH, blob: 'owners', text: owners }],
    base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, STAINLESS]]) },
    rendered: [{ path: PATH, contents: SDKGEN }],
    importName: 'acme',
  });

describe("an owners' import nothing in sdkgen's module reads", () => {
  it('is left out and reported as not applying; an import their carried code reads stays', () => {
    const result = plan(OWNERS);
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).not.toContain('from ..types.custom import Filter, RankBy');
    expect(written).toContain('from ..lib.helpers import shout');
    expect(written).toContain('        return shout("thing")');
    const notApplying = result.notApplicable.find((n) => n.path === PATH);
    expect(notApplying?.reason).toContain('`from ..types.custom import Filter, RankBy`');
    expect(notApplying?.reason).not.toContain('are carried');
    expect(notApplying?.hunks.join('\n')).toContain('+from ..types.custom import Filter, RankBy');
    // (Counted once: not among the edits carried.)
    expect(result.reapplied.find((r) => r.path === PATH)?.hunks).toBe(2);
  });

  it('stays where the hunk adding it adds other lines too (carried whole, not half)', () => {
    const owners = OWNERS.replace(
      'from ..types.custom import Filter, RankBy\n',
      'from ..types.custom import Filter, RankBy\nLIMIT = 3\n',
    );
    const result = plan(owners);
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).toContain('from ..types.custom import Filter, RankBy\nLIMIT = 3\n');
    expect(result.notApplicable.find((n) => n.path === PATH)).toBeUndefined();
  });

  it('stays where its code reads it, a comment after the import (`# type: ignore`) or not', () => {
    // (retell's `from .lib.webhook_auth import verify  # type: ignore`, read by `self.verify = verify`.)
    const owners = withImports('from ..lib.webhook import verify  # type: ignore\n', 'return shout(verify)');
    const result = plan(owners);
    expect(result.writes.find((f) => f.path === PATH)!.contents).toContain(
      'from ..lib.webhook import verify  # type: ignore\n',
    );
    expect(result.notApplicable.find((n) => n.path === PATH)).toBeUndefined();
  });

  it('stays where a quoted annotation reads it', () => {
    const owners = OWNERS.replace('def loud(self) -> str:', 'def loud(self, f: "Filter | None" = None) -> str:');
    const written = plan(owners).writes.find((f) => f.path === PATH)!.contents;
    // (RankBy, which nothing reads, left out of it.)
    expect(written).toContain('from ..types.custom import Filter\n');
  });
});

/** The owners' module with `imports` added after Stainless's `APIError` import, and their `loud` method. */
const withImports = (imports: string, loud = 'return shout("thing")') =>
  STAINLESS.replace('from .._exceptions import APIError\n', `from .._exceptions import APIError\n${imports}`)
    .replace('from .._types import NOT_GIVEN\n', 'from .._types import NOT_GIVEN\nfrom ..lib.helpers import shout\n')
    .replace(
      '        return self._get("/things", filters)\n',
      `        return self._get("/things", filters)\n\n    def loud(self) -> str:\n        ${loud}\n`,
    );

describe("an owners' import nothing in sdkgen's module reads, in the other forms of an import", () => {
  it('a parenthesised list over several lines is left out whole', () => {
    const result = plan(withImports('from ..types.custom import (\n    Filter,\n    RankBy,\n)\n'));
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).not.toContain('types.custom');
    expect(written).not.toContain('    RankBy,');
    expect(written).toContain('from .._types import NOT_GIVEN\nfrom ..lib.helpers import shout\n');
    const notApplying = result.notApplicable.find((n) => n.path === PATH);
    expect(notApplying?.reason).toContain('`from ..types.custom import Filter, RankBy`');
    expect(notApplying?.hunks.join('\n')).toContain('+    RankBy,');
  });

  it("an absolute import of the package's own module is left out; another package's stays", () => {
    const result = plan(withImports('from acme.types.custom import Filter\nfrom other.custom import RankBy\n'));
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).not.toContain('from acme.types.custom import Filter');
    expect(written).toContain('from other.custom import RankBy');
    const alone = plan(withImports('from acme.types.custom import Filter\n'));
    expect(alone.writes.find((f) => f.path === PATH)!.contents).not.toContain('acme.types.custom');
    expect(alone.notApplicable.find((n) => n.path === PATH)?.reason).toContain(
      '`from acme.types.custom import Filter`',
    );
  });

  it('an import some of whose names are read is carried with those names only, the others reported', () => {
    const result = plan(withImports('from ..types.custom import Filter, RankBy\n', 'return shout(str(RankBy))'));
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).toContain('from ..types.custom import RankBy\n');
    expect(written).not.toContain('Filter,');
    const reason = result.notApplicable.find((n) => n.path === PATH)?.reason;
    expect(reason).toContain('`Filter` of `from ..types.custom import Filter, RankBy`');
    expect(reason).toContain('the names of the import that it reads are carried');
  });

  it('a parenthesised import some of whose names are read keeps its lines of those names', () => {
    const result = plan(
      withImports('from ..types.custom import (\n    Filter,\n    RankBy,\n)\n', 'return shout(str(RankBy))'),
    );
    const written = result.writes.find((f) => f.path === PATH)!.contents;
    expect(written).toContain('from ..types.custom import (\n    RankBy,\n)\n');
  });

  it('never a re-export, a name `__all__` names, or one code under TYPE_CHECKING reads', () => {
    const reExport = plan(withImports('from ..types.custom import Filter as Filter, RankBy\n'));
    const written = reExport.writes.find((f) => f.path === PATH)!.contents;
    expect(written).toContain('from ..types.custom import Filter as Filter\n');
    const all = plan(withImports('from ..types.custom import Filter, RankBy\n__all__ = ["Filter"]\n'));
    // (A hunk adding `__all__` too is carried whole.)
    expect(all.writes.find((f) => f.path === PATH)!.contents).toContain('import Filter, RankBy');
    const listed = withImports('from ..types.custom import Filter, RankBy\n').replace(
      'class ThingsResource',
      '__all__ = ["Filter"]\n\n\nclass ThingsResource',
    );
    const listedWritten = plan(listed).writes.find((f) => f.path === PATH)!.contents;
    expect(listedWritten).toContain('from ..types.custom import Filter\n');
    const typeChecking = withImports('from ..types.custom import Filter, RankBy\n').replace(
      'class ThingsResource',
      'if TYPE_CHECKING:\n    Alias = RankBy\n\n\nclass ThingsResource',
    );
    const typeCheckingWritten = plan(typeChecking).writes.find((f) => f.path === PATH)!.contents;
    expect(typeCheckingWritten).toContain('from ..types.custom import RankBy\n');
  });
});
