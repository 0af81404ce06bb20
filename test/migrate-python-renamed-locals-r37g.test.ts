/**
 * Where migrate carries an owners' line reading a local of Stainless's as sdkgen's local of the same value
 * (same-role-locals.ts), its report lists the rename (file: function: theirs → sdkgen's) so the owner sees their line
 * changed, and the trial harness reads that list: the hunk counts as carried when its lines, so renamed, are there.
 * The harness reads the report's Python list of Stainless's runtime tests that go (`path: what you changed`) too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationReport } from '../generator/cli/commands/migrate';
import { planPythonMigration } from '../generator/migrate/python/plan';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks } from '../bench/migrate-trials/lib/checks.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { renamedLocalsByReport } from '../bench/migrate-trials/lib/renamed-locals.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { runtimeTestsByReport } from '../bench/migrate-trials/lib/report-sections.mjs';
import { migrateResultOf } from './helpers/migrate-result';

const PATH = 'src/acme/_base_client.py';

const STAINLESS = [
  'import httpx',
  '',
  '',
  'class BaseClient:',
  '    def _build_headers(self, custom_headers: dict[str, str], retries_taken: int) -> httpx.Headers:',
  '        headers = httpx.Headers(custom_headers)',
  '        seen_keys = [key.lower() for key in custom_headers]',
  '        if "x-retry-count" not in seen_keys:',
  '            headers["x-retry-count"] = str(retries_taken)',
  '        return headers',
  '',
].join('\n');

const ADDED = ['        if "x-trace" not in seen_keys:', '            headers["x-trace"] = "1"'];
const OWNERS = STAINLESS.replace(
  '            headers["x-retry-count"] = str(retries_taken)\n',
  `            headers["x-retry-count"] = str(retries_taken)\n${ADDED.join('\n')}\n`,
);

/** sdkgen's: its local of the same role named `lowered`. */
const SDKGEN = STAINLESS.replace(
  '        seen_keys = [key.lower() for key in custom_headers]\n        if "x-retry-count" not in seen_keys:',
  '        lowered = {key.lower() for key in custom_headers}\n        if "x-retry-count" not in lowered:',
);

const plan = (sdkgen: string) =>
  planPythonMigration({
    current: [{ path: PATH, blob: 'owners', text: OWNERS }],
    base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, STAINLESS]]) },
    rendered: [{ path: PATH, contents: sdkgen }],
    importName: 'acme',
  });

const hunk = {
  file: PATH,
  header: '@@ -9,0 +10,2 @@',
  removed: [],
  added: ADDED.map((text) => ({ text })),
  text: `@@ -9,0 +10,2 @@\n${ADDED.map((l) => `+${l}\n`).join('')}`,
};

describe("an owners' line read with sdkgen's name for Stainless's local", () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-renamed-'));
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

  it("is listed in migrate's report, and the harness counts its hunk carried", () => {
    const result = plan(SDKGEN);
    expect(result.renamedLocals).toEqual([`${PATH}: BaseClient._build_headers: seen_keys → lowered`]);
    const report = migrationReport(migrateResultOf(result), true);
    expect(report).toContain(`  ${PATH}: BaseClient._build_headers: seen_keys → lowered\n`);
    const renames = renamedLocalsByReport(report);
    expect(renames).toEqual([{ path: PATH, fn: 'BaseClient._build_headers', from: 'seen_keys', to: 'lowered' }]);

    fs.mkdirSync(path.join(repo, 'src/acme'), { recursive: true });
    fs.writeFileSync(path.join(repo, PATH), result.writes.find((f) => f.path === PATH)!.contents);
    const owners = { hunks: [hunk], ownersDeleted: [] };
    const carried = checkHunks(repo, owners, 'HEAD', [], [], [], [], [], new Map(), renames);
    expect(carried.status).toBe('pass');
    expect(carried.details.renamed).toEqual([{ file: PATH, header: hunk.header }]);
    // Without the report's list the line is not there as they wrote it.
    expect(checkHunks(repo, owners, 'HEAD').status).toBe('fail');
    // Nor is it there when the file lacks it even renamed.
    fs.writeFileSync(path.join(repo, PATH), SDKGEN);
    expect(checkHunks(repo, owners, 'HEAD', [], [], [], [], [], new Map(), renames).status).toBe('fail');
  });

  it('lists nothing where sdkgen has no local of the same value (the hunk goes to a person instead)', () => {
    const result = plan(SDKGEN.replace('{key.lower() for key in custom_headers}', '{key for key in custom_headers}'));
    expect(result.renamedLocals).toEqual([]);
    expect(migrationReport(migrateResultOf(result), true)).not.toContain("reading sdkgen's name for a local");
  });
});

describe("the trial harness on an owners' change to Stainless's Python test of its runtime, which goes", () => {
  const TEST = 'tests/test_transform.py';
  const hunkOf = (added: string[]) => ({
    file: TEST,
    header: `@@ -20,0 +21,${added.length} @@`,
    removed: [],
    added: added.map((text) => ({ text: `${text}\n` })),
    text: added.map((line) => `+${line}\n`).join(''),
  });
  const SKIP = hunkOf(['pytest.skip(', '    reason="transform replaced",', '    allow_module_level=True,', ')']);
  const ADDED_TEST = hunkOf(['def test_theirs() -> None:', '    assert transform({}, dict) == {}']);
  const REPORT = [
    "Stainless's tests of its runtime (which goes) you changed, adding no test of yours: they go with it (git keeps them) (1):",
    `  ${TEST}: you changed its module-level lines (imports)`,
    '',
  ].join('\n');

  it("reads the report's Python items by their path, and counts apart only a hunk adding no test", () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-runtime-py-'));
    try {
      const listed = runtimeTestsByReport(REPORT);
      expect(listed).toEqual([TEST]);
      const found = checkHunks(repo, { hunks: [SKIP, ADDED_TEST], ownersDeleted: [] }, 'HEAD', [], [], [], [], listed);
      expect(found.details.withRuntimeTests).toEqual([{ file: TEST, header: SKIP.header }]);
      expect(found.details.lost.map((l: { header: string }) => l.header)).toEqual([ADDED_TEST.header]);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});
