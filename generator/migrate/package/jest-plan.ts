/**
 * planMigration's test-runner step: the owners' tests run as they are, on the runner they were written for. Where
 * they have tests of their own (or a Jest config of theirs, or edited Stainless's), Jest stays, with its config and
 * packages, and runs sdkgen's tests too. What sdkgen's tests need goes into Stainless's config; one of the owners' is
 * theirs to add it to. Else Stainless's Jest config goes.
 */
import { JEST_TEST_FILE, jestConfigForSdkgen } from './test-runner';
import { sdkgenJestConfig } from './jest-wrapper';
import { brokenJestMappingReason, brokenJestMappings } from './jest-mappings';
import { NOT_OWN_CODE } from '../repository/other-packages';
import { importsOf } from '../repository/imports';
import type { RepoFile } from '../repository/checkout-files';
import type { MigrationPlan } from '../migration-plan';
import { linesNeedJest, linesNotIn } from '../reapply/host-expect';

export interface JestConfigFacts {
  /** Stainless wrote the config (else it is the owners'); the owners edited Stainless's. */
  stainless: boolean;
  edited: boolean;
  /** The owners' own files, and Stainless's tests of theirs that stay (owners/kept-stainless-tests.ts). */
  ownFiles: readonly RepoFile[];
  keptStainlessTests: readonly string[];
  current: readonly RepoFile[];
  byPath: ReadonlyMap<string, RepoFile>;
  renderedPaths: ReadonlySet<string>;
  /** Stainless's text of a file (its last generation), and sdkgen's rendered harness (tests/harness.ts). */
  stainlessText: (path: string) => string | undefined;
  harness: string | undefined;
  /** The owners' code as it stays (a kept test of Stainless's, their part of it). */
  ownCode: readonly RepoFile[];
  /** Keeps a config, with the packages it names. */
  keepConfig: (path: string, text: string, stainless: boolean) => void;
}

export function settleJestInPlan(plan: MigrationPlan, jestConfig: RepoFile, facts: JestConfigFacts): void {
  const { path, text } = jestConfig;
  const { stainless, renderedPaths, byPath } = facts;
  const ownersTests = [
    ...facts.ownFiles
      .filter((f) => JEST_TEST_FILE.test(f.path) && !NOT_OWN_CODE.test(f.path) && f.text !== null)
      .filter((f) => !importsOf(f.text!).includes('vitest'))
      .map((f) => f.path),
    ...facts.keptStainlessTests,
    ...testsCarryingJest(facts),
  ];
  if (ownersTests.length > 0 || !stainless || facts.edited) {
    const jest = jestConfigForSdkgen(text!, { nodeFetchTests: renderedPaths.has('tests/node-fetch.ts') });
    facts.keepConfig(path, text!, stainless);
    plan.testRunner = { runner: 'jest', config: path, added: stainless ? jest.added : [] };
    if (stainless && jest.text !== text) plan.writes.push({ path, contents: jest.text });
    // An owners' config gets one of sdkgen's over it, which imports theirs (jest-wrapper.ts).
    const own =
      !stainless && jest.added.length > 0
        ? sdkgenJestConfig(path, { nodeFetchTests: renderedPaths.has('tests/node-fetch.ts'), text: text ?? '' })
        : null;
    if (own !== null) {
      plan.writes.push({ path: own.path, contents: own.contents });
      plan.testRunner.script = own.testScript;
    } else if (!stainless && jest.added.length > 0)
      plan.needsHand.push({
        path,
        reason: `yours, so sdkgen adds nothing to it: add what sdkgen's tests need (${jest.added.join('; ')})`,
      });
    for (const reason of jest.missing) plan.needsHand.push({ path, reason });
    // An owners' test whose import the config maps to a module of Stainless's that goes cannot run: for a person.
    const gone = new Set(plan.removed);
    const after = new Set([...renderedPaths, ...facts.current.map((f) => f.path).filter((p) => !gone.has(p))]);
    const tests = ownersTests.map((p) => facts.ownCode.find((f) => f.path === p) ?? byPath.get(p)!);
    const texts = tests.flatMap((f) => (f?.text ? [{ path: f.path, text: f.text }] : []));
    for (const broken of brokenJestMappings(text!, texts, byPath, after))
      plan.needsHand.push({ path: broken.test, reason: brokenJestMappingReason(path, broken) });
  } else if (!plan.keptImported.includes(path)) plan.removed.push(path);
}

/**
 * Stainless's test files sdkgen writes too, where the owners' lines carried into sdkgen's (reapply/host-expect.ts) run
 * only on Jest: its `jest` object (`jest.spyOn(console, 'warn')`), a matcher sdkgen's harness lacks. They are the
 * owners' tests as much as a file of their own: Jest stays to run them.
 */
function testsCarryingJest(facts: JestConfigFacts): string[] {
  return facts.current
    .filter((f) => f.text !== null && JEST_TEST_FILE.test(f.path) && facts.renderedPaths.has(f.path))
    .filter((f) => {
      const stainless = facts.stainlessText(f.path);
      return stainless !== undefined && linesNeedJest(linesNotIn(f.text!, stainless), facts.harness);
    })
    .map((f) => f.path);
}
