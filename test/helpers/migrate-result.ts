/** What `migrate()` returns for a planned migration, as the report printer reads it: for tests of the report. */
import type { MigrateResult } from '../../generator/api/migrate';
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
