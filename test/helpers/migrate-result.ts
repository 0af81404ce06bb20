/** What `migrate()` returns for a planned migration, as the report printer reads it: for tests of the report. */
import type { MigrateResult } from '../../generator/api/migrate';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import type { MigrationPlan } from '../../generator/migrate/plan';

/** The result of migrating /work/acme-node with `plan` (its lockfiles aside), with `overrides` on top. */
export function migrateResultOf(plan: MigrationPlan, overrides: Partial<MigrateResult> = {}): MigrateResult {
  const { lockfiles: _lockfiles, ...rest } = plan;
  return {
    ...rest,
    repo: '/work/acme-node',
    spec: '/work/acme-node/openapi.yml',
    config: null,
    derivedConfig: null,
    base: null,
    dryRun: false,
    diagnostics: [],
    copiedInputs: [],
    lockfileUpdates: [],
    stlc: null,
    ...overrides,
  };
}

/**
 * The result of a migration with nothing to report but `more`: the repository at `repo` (acme-python), migrated from
 * Stainless's `generated` branch at `commit`, with its config and spec.
 */
export function emptyMigrateResult(
  more: Partial<MigrateResult>,
  { repo = '/work/acme-python', commit = 'c'.repeat(40) }: { repo?: string; commit?: string } = {},
): MigrateResult {
  return migrateResultOf(emptyMigrationPlan(), {
    repo,
    spec: `${repo}/openapi.yml`,
    config: `${repo}/stainless.yml`,
    base: { ref: 'generated', commit },
    ...more,
  });
}
