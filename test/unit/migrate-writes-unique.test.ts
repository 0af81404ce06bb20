/**
 * A migration plan names each path it writes once (issue 89, llama-ts: Stainless's tests/responses.test.ts was written
 * as the runtime test left to the owners and again, by owners/imports-found.ts, as a module made of their tests; the
 * writer took the last, but the verbose list named it twice and a stage reading the plan's first write of a path read
 * text that was not written). A later write of a path replaces the earlier in its place (migration-plan.ts `putWrite`),
 * and both plans end with one write a path (`eachPathOnce`), the last text kept.
 */
import { describe, expect, it } from 'vitest';
import { checkOwnersImports } from '../../generator/migrate/owners/imports-found';
import { eachPathOnce, emptyMigrationPlan, putWrite } from '../../generator/migrate/migration-plan';

const TEST = 'tests/responses.test.ts';

describe('a migration plan writes a path once', () => {
  it("writes a kept test the owners' imports rewrite once, with the rewritten text", () => {
    const plan = emptyMigrationPlan();
    plan.kept.push(TEST);
    plan.writes.push({ path: 'src/index.ts', contents: 'export {};\n' }, { path: TEST, contents: '// kept\n' });
    const released = { path: TEST, blob: null, text: "import X from 'pkg';\n// theirs, as released\n" };
    const theirs = { path: TEST, blob: null, text: "import X from 'pkg';\n// theirs, with their tests added\n" };
    checkOwnersImports(plan, {
      current: [released],
      byPath: new Map([[TEST, released]]),
      ownCode: [theirs],
      packageName: 'pkg',
      exportedSubpaths: [],
      ownAtSdkgensPaths: [],
      unbannered: new Map(),
    });
    expect(plan.writes.map((write) => write.path)).toEqual(['src/index.ts', TEST]);
    expect(plan.writes.find((write) => write.path === TEST)?.contents).toBe(theirs.text);
  });

  it('puts a write in place of an earlier one of its path, and keeps the last text of each path', () => {
    const writes = [
      { path: 'a.py', contents: 'a1' },
      { path: 'b.py', contents: 'b' },
    ];
    putWrite(writes, { path: 'a.py', contents: 'a2' });
    putWrite(writes, { path: 'c.py', contents: 'c' });
    expect(writes).toEqual([
      { path: 'a.py', contents: 'a2' },
      { path: 'b.py', contents: 'b' },
      { path: 'c.py', contents: 'c' },
    ]);
    const twice = [...writes, { path: 'b.py', contents: 'b2' }];
    expect(eachPathOnce(twice)).toEqual([
      { path: 'a.py', contents: 'a2' },
      { path: 'b.py', contents: 'b2' },
      { path: 'c.py', contents: 'c' },
    ]);
  });
});
