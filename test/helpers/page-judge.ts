/**
 * What migrate makes of the owners' hunks in a Stainless page module (owners/moot-rejections.ts and its page judges:
 * page-guards, page-last, page-items, page-has-more): the hunks of `path` rejected against sdkgen's `writes`, read
 * against Stainless's file of that path.
 */
import { emptyMigrationPlan, type MigrationPlan } from '../../generator/migrate/migration-plan';
import { dropMootRejections } from '../../generator/migrate/owners/moot-rejections';

export interface PageJudgement {
  /** The hunks still left for a person. */
  left: string[];
  /** What migrate lists as done by sdkgen. */
  done: MigrationPlan['doneBySdkgen'];
  /** The plan after the judging (its `rejected` entries). */
  plan: MigrationPlan;
}

/** `hunks` of `path` (Stainless's file `stainless`) judged against sdkgen's `writes` (copied: the plan may edit them). */
export function judgedPageHunks(
  path: string,
  stainless: string,
  hunks: string[],
  writes: Array<{ path: string; contents: string }>,
): PageJudgement {
  const plan = emptyMigrationPlan();
  plan.writes = writes.map((f) => ({ ...f }));
  plan.rejected = [{ path, hunks }];
  dropMootRejections(plan, (p) => (p === path ? stainless : undefined), undefined);
  return { left: plan.rejected.flatMap((r) => r.hunks), done: plan.doneBySdkgen, plan };
}
