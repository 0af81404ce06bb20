/**
 * The owners' edits of Stainless's mock scripts (`scripts/mock`, `scripts/test`) that swap the Prism package they run
 * for a fork of their choosing (`@stainless-api/prism-cli@5.15.0` → `@lingxi.li/prism-cli@5.12.4`): sdkgen's own
 * scripts have none of Stainless's lines to carry them into, but its tests start the fork all the same
 * (migrate/repository/mock-server.ts reads it, emit/mock-server.ts runs it). Each such hunk is done by sdkgen, not a
 * hunk left for a person.
 *
 * Hook: generator/api/migrate.ts, on the plan once the mock server is known
 * (`dropPrismForkDone(plan.rejected, plan.doneBySdkgen, mockServer)`).
 */
import { prismForkOf, type MockServer } from '../../emit/mock-server';
import { changedLines } from './changed-lines';

/** Stainless's scripts that start the mock server, or tell how to. */
const MOCK_SCRIPTS = new Set(['scripts/mock', 'scripts/test']);
/** The test showing sdkgen's tests start the fork the owners' script ran. */
export const PRISM_FORK_TEST =
  'test/mock-server-prism-fork.test.ts › starts the Prism fork the owners’ script ran, in both targets';

/**
 * `rejected` less the hunks of Stainless's mock scripts whose changed lines only swap the Prism package for the fork
 * `mockServer` runs, each added to `done`.
 */
export function dropPrismForkDone<T extends { path: string; hunks: string[] }>(
  rejected: T[],
  done: Array<{ path: string; does: string; test: string }>,
  mockServer: MockServer,
): T[] {
  const fork = prismForkOf(mockServer);
  if (fork === null) return rejected;
  const named = `${fork.package}@${fork.version}`;
  const kept: T[] = [];
  for (const entry of rejected) {
    if (!MOCK_SCRIPTS.has(entry.path)) {
      kept.push(entry);
      continue;
    }
    const left = entry.hunks.filter((hunk) => {
      if (!swapsPrismFor(hunk, named)) return true;
      done.push({
        path: entry.path,
        does: `runs the Prism fork your edit names, ${named}: sdkgen's tests start it as their mock server`,
        test: PRISM_FORK_TEST,
      });
      return false;
    });
    if (left.length > 0) kept.push({ ...entry, hunks: left });
  }
  return kept;
}

/** Whether a hunk's every added line names `named` and differs from a removed line by the package it runs alone. */
function swapsPrismFor(hunk: string, named: string): boolean {
  const { removed, added } = changedLines(hunk);
  if (added.length === 0 || added.length !== removed.length) return false;
  const runs = /((?:@[\w.-]+\/)?[\w.-]*prism[\w.-]*)@[^\s"'`;)\\$]+/g;
  return added.every((line, i) => {
    if (!line.includes(named)) return false;
    return line.replace(runs, 'PRISM') === removed[i]!.replace(runs, 'PRISM');
  });
}
