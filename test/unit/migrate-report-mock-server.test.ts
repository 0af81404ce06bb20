/**
 * The report of sdkgen migrate (generator/cli/commands/migrate.ts) names the mock server the repository's Stainless
 * scripts ran, which its scripts keep running (migrate/repository/mock-server.ts): Steady with its version and the
 * script it was read from; Prism where a script ran Prism; no line where the repository had no mock script.
 */
import { describe, expect, it } from 'vitest';
import type { MigrateResult } from '../../generator/api/migrate';
import { migrationReport } from '../../generator/cli/commands/migrate';
import { emptyMigrateResult } from '../helpers/migrate-result';

const result = (more: Partial<MigrateResult>): MigrateResult => emptyMigrateResult(more);

const mockLines = (report: string) => report.split('\n').filter((line) => line.startsWith('  mock:'));

describe("the migration report's mock server", () => {
  it("names Steady's version and the script it was read from", () => {
    const steady = result({
      mockServer: {
        server: { kind: 'steady', version: '0.22.1', validatorFlags: ['--validator-query-array-format=comma'] },
        script: 'scripts/mock',
      },
    });
    expect(mockLines(migrationReport(steady))).toEqual([
      '  mock:     Steady 0.22.1 (from scripts/mock), kept: the tests run against it, recorded for every regeneration',
    ]);
  });

  it('says an unpinned Steady is the newest, and a Prism kept', () => {
    const unpinned = result({
      mockServer: { server: { kind: 'steady', version: null, validatorFlags: [] }, script: 'scripts/test' },
    });
    expect(mockLines(migrationReport(unpinned))).toEqual([
      "  mock:     Steady, unpinned (the registry's newest; from scripts/test), kept: the tests run against it, " +
        'recorded for every regeneration',
    ]);
    const prism = result({ mockServer: { server: null, script: 'scripts/mock' } });
    expect(mockLines(migrationReport(prism))).toEqual(['  mock:     Prism (from scripts/mock), kept']);
    expect(mockLines(migrationReport(result({ mockServer: { server: null, script: null } })))).toEqual([]);
  });

  it('says the mock would be kept under --dry-run, where nothing is written', () => {
    const steady = result({
      dryRun: true,
      mockServer: { server: { kind: 'steady', version: '0.22.1', validatorFlags: [] }, script: 'scripts/mock' },
    });
    expect(mockLines(migrationReport(steady))).toEqual([
      '  mock:     Steady 0.22.1 (from scripts/mock), would be kept: the tests run against it, recorded for every ' +
        'regeneration',
    ]);
    const prism = result({ dryRun: true, mockServer: { server: null, script: 'scripts/mock' } });
    expect(mockLines(migrationReport(prism))).toEqual(['  mock:     Prism (from scripts/mock), would be kept']);
  });
});
