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

  it('stays where a quoted annotation reads it', () => {
    const owners = OWNERS.replace('def loud(self) -> str:', 'def loud(self, f: "Filter | None" = None) -> str:');
    const written = plan(owners).writes.find((f) => f.path === PATH)!.contents;
    expect(written).toContain('from ..types.custom import Filter, RankBy');
  });
});
