/**
 * A module-level list of Stainless's the owners only reordered (parsecular sorted its resources' `__all__`) is not
 * carried: sdkgen's order stays, which a regeneration adding a resource extends without a conflict, and migrate's
 * report lists the edit as not applying. A list they added a name to is carried as before.
 */
import { describe, expect, it } from 'vitest';
import { withListsInBaseOrder } from '../generator/migrate/python/already-done/list-order';
import { planPythonMigration } from '../generator/migrate/python/plan';

const all = (names: string[]) => ['__all__ = [', ...names.map((n) => `    "${n}",`), ']'].join('\n');
const module = (names: string[], extra = '') =>
  [
    'from .agents import AgentsResource',
    'from .events import EventsResource',
    'from .trades import TradesResource',
    '',
    all(names),
    extra,
  ].join('\n');

const STAINLESS = module(['TradesResource', 'AgentsResource', 'EventsResource']);
const blob = (text: string) => `blob-${text.length}-${text.slice(-24)}`;

function plan(owners: string, rendered: string) {
  const path = 'src/acme/resources/__init__.py';
  return planPythonMigration({
    current: [{ path, blob: blob(owners), text: owners }],
    base: { blobs: new Map([[path, blob(STAINLESS)]]), texts: new Map([[path, STAINLESS]]) },
    rendered: [{ path, contents: rendered }],
    importName: 'acme',
  } as never);
}

describe("migrate (Python): a list of Stainless's the owners only reordered", () => {
  it("keeps sdkgen's order and reports the edit as not applying; their other edits are carried", () => {
    const owners = module(['AgentsResource', 'EventsResource', 'TradesResource'], '\n\nOWNERS_FLAG = True\n');
    // sdkgen's module: its own order, with a resource more.
    const ours = module(['TradesResource', 'AgentsResource', 'EventsResource', 'ProbesResource']);
    const result = plan(owners, ours);
    const written = result.writes.find((f) => f.path.endsWith('resources/__init__.py'))!.contents;
    expect(written).toContain(all(['TradesResource', 'AgentsResource', 'EventsResource', 'ProbesResource']));
    expect(written).toContain('OWNERS_FLAG = True');
    const note = result.notApplicable.find((n) => n.path.endsWith('resources/__init__.py'));
    expect(note?.reason).toMatch(/^reorders `__all__` alone/);
    expect(note?.hunks.join('\n')).toContain('-    "TradesResource",');
  });

  it('leaves a list the owners added a name to, or laid out otherwise, to the carry', () => {
    const added = module(['AgentsResource', 'EventsResource', 'TradesResource', 'OwnersResource']);
    expect(withListsInBaseOrder(STAINLESS, added)).toBeNull();
    const oneLine = STAINLESS.replace(all(['TradesResource', 'AgentsResource', 'EventsResource']), '__all__ = ["A"]');
    expect(withListsInBaseOrder(STAINLESS, oneLine)).toBeNull();
    const reordered = module(['EventsResource', 'TradesResource', 'AgentsResource']);
    expect(withListsInBaseOrder(STAINLESS, reordered)).toEqual({ text: STAINLESS, lists: ['__all__'] });
  });
});
