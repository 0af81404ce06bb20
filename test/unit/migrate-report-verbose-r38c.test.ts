/**
 * `sdkgen migrate --verbose` lists every file (its help says so): a list of more than twenty files is not cut short.
 * Those lists are how an owner, and the trials, tell the files migrate kept on purpose from Stainless's files left.
 */
import { describe, expect, it } from 'vitest';
import type { MigrateResult } from '../../generator/api/migrate';
import { migrationReport } from '../../generator/cli/commands/migrate';
import { emptyMigrateResult } from '../helpers/migrate-result';

const result = (more: Partial<MigrateResult>): MigrateResult => emptyMigrateResult(more);

describe('the verbose migration report', () => {
  const modules = Array.from({ length: 49 }, (_, i) => `src/acme/types/event_${i}.py`);
  const written = Array.from({ length: 30 }, (_, i) => ({ path: `src/acme/types/model_${i}.py`, contents: '' }));
  const removed = Array.from({ length: 15 }, (_, i) => `src/acme/types/old_${i}.py`);
  const report = migrationReport(result({ keptImported: modules, writes: written, removed }), true);

  it('lists every kept module, written and removed file', () => {
    expect(report).toContain(
      "Stainless's modules your code imports, kept, and the files it reads (sdkgen writes none in their place) (49):",
    );
    for (const file of [...modules, ...written.map((w) => w.path), ...removed]) expect(report).toContain(`  ${file}\n`);
    expect(report).not.toMatch(/… and \d+ more/);
  });
});
