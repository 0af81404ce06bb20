/**
 * Stainless's tests of its runtime at a path sdkgen's package writes its own (tests/test_client.py,
 * tests/test_models.py…): the file is sdkgen's from the move on. The owners' edits of Stainless's file are read as
 * for a test of Stainless's that goes (changed-tests.ts): edited in comments alone, or in its imports and helpers
 * alone, nothing of theirs is lost with Stainless's tests, and sdkgen's file is written (the report names the edit);
 * where they changed or added test functions, those are theirs (carried-tests.ts) and stay at that path, and sdkgen
 * writes none there from now on (the manifest's inputs.deleted), as for a script of Stainless's they rewrote.
 */
import { commentsOnlyChanged } from '../already-done/comment-only';
import { changedTests, type ChangedTests } from './changed-tests';

/** A test module of Stainless's runtime: under tests/, outside tests/api_resources (the endpoints' tests). */
export const RUNTIME_TEST_MODULE = /^tests\/(?!api_resources\/)(?:[^/]+\/)*test_[^/]*\.py$/;

export type RuntimeTestEdit =
  | { kind: 'comments' }
  | { kind: 'helpers'; tests: ChangedTests }
  | { kind: 'functions'; tests: ChangedTests };

/** What the owners' edit of Stainless's test module (`pristine` → `edited`) is. */
export function runtimeTestEdit(pristine: string, edited: string): RuntimeTestEdit {
  if (commentsOnlyChanged(pristine, edited)) return { kind: 'comments' };
  const tests = changedTests(pristine, edited);
  const testFunctions = tests.changed.filter((name) => /^test/.test(name.split('.').pop() ?? ''));
  return tests.added.length > 0 || testFunctions.length > 0 ? { kind: 'functions', tests } : { kind: 'helpers', tests };
}
