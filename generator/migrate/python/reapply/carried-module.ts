/**
 * The owners' edits carried line by line into one of sdkgen's Python modules, made whole: an edited method's lines
 * where sdkgen's function has them, definitions the owners deleted gone, a resource sdkgen's client also calls as a
 * method kept, a member defined twice defined once, and no more blank lines in a row than ruff format leaves.
 */
import type { Reapplied } from '../../reapply/hunks';
import { withoutRepeatedMembers, type WithoutRepeatedMembers } from '../already-done/repeated-members';
import { withCallableResourcesKept } from './callable-resources';
import { withoutDeletedDefinitions } from './deleted-definitions';
import { intoOwnersMethods } from './owners-methods';
import { intoSameFunctionLines } from './same-function-lines';
import { intoClassDeclarations } from './class-declarations';
import { withBlankRunsFormatted } from './blank-line-runs';

/** `carried` (the owners' text `owners` re-applied from Stainless's `base` onto sdkgen's `target`), made whole. */
export function intoSdkgenModule(
  base: string,
  target: string,
  owners: string,
  carried: Reapplied,
): WithoutRepeatedMembers {
  // (Defaults they gave to attributes sdkgen's class declares without one go onto its declarations.)
  const methods = intoClassDeclarations(base, intoSameFunctionLines(base, intoOwnersMethods(base, owners, carried)));
  const kept = withCallableResourcesKept(target, withoutDeletedDefinitions(owners, methods), owners);
  const whole = withoutRepeatedMembers(target, owners, kept);
  // (With the blank lines ruff format leaves, where the carry made a run longer: blank-line-runs.ts.)
  return { ...whole, text: withBlankRunsFormatted(whole.text, [target, owners]) };
}
