/**
 * A migration whose plan writes one path twice (issue 89, llama-ts: Stainless's tests/responses.test.ts, where sdkgen
 * writes a test of its runtime, with the owners' tests kept in it: written once as the runtime test left to them and
 * again as a test module whose imports were checked). Each write was staged at the same temporary name and renamed
 * in turn: the second rename found nothing, and migrate stopped with an internal error, half written. Each path is
 * written once, with the last text the plan holds for it (as the plan's own readers take it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMigration } from '../../generator/api/migrate-write';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import { git } from '../helpers/git-repo';
import { tempDir } from '../helpers/sdk';

describe('writing a migration', () => {
  it('writes a path the plan writes twice once, with its last text', () => {
    const repo = tempDir('migrate-write-once-');
    git(repo, 'init', '-q');
    const plan = emptyMigrationPlan();
    plan.writes.push({ path: 'tests/responses.test.ts', contents: '// first\n' });
    plan.writes.push({ path: 'src/index.ts', contents: 'export {};\n' });
    plan.writes.push({ path: 'tests/responses.test.ts', contents: '// theirs\n' });
    writeMigration(repo, plan, () => '{}\n', []);
    expect(readFileSync(path.join(repo, 'tests/responses.test.ts'), 'utf8')).toBe('// theirs\n');
    expect(readFileSync(path.join(repo, 'src/index.ts'), 'utf8')).toBe('export {};\n');
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).not.toContain('.tmp');
  });
});
