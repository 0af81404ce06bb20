/**
 * The report of sdkgen migrate (generator/cli/commands/migrate.ts) on Stainless's scripts the owners rewrote where
 * sdkgen writes its own (keptRewrittenScripts): named beside the scripts kept because they are called, and not
 * counted as sdkgen's.
 */
import { describe, expect, it } from 'vitest';
import type { MigrateResult } from '../../generator/api/migrate';
import { migrationReport } from '../../generator/cli/commands/migrate';
import { emptyMigrateResult } from '../helpers/migrate-result';

const result = (more: Partial<MigrateResult>): MigrateResult => emptyMigrateResult(more, { commit: 'b'.repeat(40) });

describe("the migration report's scripts the owners rewrote", () => {
  const rewritten = result({
    writes: [
      { path: 'src/acme/_client.py', contents: '' },
      { path: 'scripts/mock', contents: '' },
    ],
    keptCalledScripts: ['scripts/bootstrap'],
    keptRewrittenScripts: ['scripts/mock'],
  });

  it('names them right after the called scripts kept', () => {
    const lines = migrationReport(rewritten).split('\n');
    const called = lines.findIndex((l) => l.includes('scripts/bootstrap'));
    expect(called).toBeGreaterThan(-1);
    expect(lines[called + 1]).toBe('');
    expect(lines[called + 2]).toMatch(/^Stainless's scripts you rewrote, .*: scripts\/mock$/);
  });

  it('does not count them as written by sdkgen, nor list them among its files', () => {
    expect(migrationReport(rewritten)).toMatch(/files: {4}1 written by sdkgen/);
    const verbose = migrationReport(rewritten, true);
    const sdkgens = verbose.slice(verbose.indexOf('Written by sdkgen'));
    expect(sdkgens.split('\n\n')[0]).not.toContain('scripts/mock');
  });

  it('says nothing of them when there are none', () => {
    expect(migrationReport(result({}))).not.toContain('you rewrote');
  });
});
