/**
 * The owners' edits that found no place in sdkgen's files but need no person either (plan.ts's last pass over them):
 * each is listed where the report says why, and left out of the hunks for a person.
 */
import type { MigrationPlan } from '../migration-plan';
import { carryConstantComments } from './constant-comments';
import { dropAlreadyThere, dropCommentOnly, dropSkipsWithoutTest } from './moot-edits';
import { dropPageGuardsDoneBySdkgen } from './page-guards';
import { pageHasMoreDone } from './page-has-more';
import { pageItemsDone } from './page-items';
import { pageLastDone } from './page-last';
import { dropRemovalsFromRemovedTests } from './removed-tests';
import { dropDoneBySdkgen } from './runtime-behaviours';
import { dropStreamingDoneBySdkgen } from './streaming-methods';
import { dropTypesOnly } from './types-only';

export function dropMootRejections(
  plan: MigrationPlan,
  /** Stainless's text of a file in the base. */
  stainless: (path: string) => string | undefined,
  /** sdkgen's client as rendered (`src/core/base-client.ts`). */
  client: string | undefined,
): void {
  // A skip of a generated test sdkgen does not write has nothing left to skip; nor has an edit sdkgen's file has made
  // already, of comments only in a file whose code goes or is replaced, or only cutting lines of a test that goes.
  plan.rejected = dropSkipsWithoutTest(plan.rejected, plan.writes, plan.skipsWithoutTest);
  plan.rejected = dropCommentOnly(plan.rejected, stainless, plan.commentOnlyEdits);
  plan.rejected = dropAlreadyThere(plan.rejected, plan.writes, stainless, plan.alreadyThere);
  // A constant sdkgen's module has with the owners' value takes their comment on its line (`// 1 hour`).
  plan.rejected = carryConstantComments(plan.rejected, plan.writes, plan.reapplied);
  plan.rejected = dropTypesOnly(plan.rejected, plan.typesOnly);
  plan.rejected = dropRemovalsFromRemovedTests(plan.rejected, new Set(plan.removed), plan.alreadyThere);
  // A patch making Stainless's runtime do what sdkgen's does (a relative base URL) is listed with the test showing it;
  // so is a method the owners made stream that sdkgen's module streams already.
  plan.rejected = dropDoneBySdkgen(plan.rejected, plan.doneBySdkgen, undefined, client);
  plan.rejected = dropStreamingDoneBySdkgen(
    plan.rejected,
    (path) => plan.writes.find((f) => f.path === path)?.contents,
    plan.doneBySdkgen,
  );
  // A guard the owners put in a page class's next-page method that sdkgen's page class of that name has (no next page
  // where the response lacks the value the next request is built from), or a `hasNextPage()` override it has (no next
  // page where the response's `has_more` is false), a guard ending a numbered list on its last page, or the field
  // its constructor reads the items from, that sdkgen's has.
  plan.rejected = dropPageGuardsDoneBySdkgen(plan.rejected, stainless, plan.writes, plan.doneBySdkgen, [
    pageHasMoreDone,
    pageLastDone,
    pageItemsDone,
  ]);
}
