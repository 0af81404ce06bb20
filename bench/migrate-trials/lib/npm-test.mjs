// npm-test.mjs — the TypeScript trial's check 10: `npm test` in the migrated work tree (CI=1), as its owners and
// their CI run it. Stainless's `scripts/test` starts the mock its `scripts/mock` names (Prism or Steady, through
// `npm exec`/`npx`) on 127.0.0.1:4010, unless one answers there already: the run is in a network namespace of its own
// (own-network.mjs, as the Python trial's checks 6 and 9), so that no mock another trial started there answers its
// tests. With no network there, the mocks its scripts name are installed before it runs, from caches under the runs
// dir (Steady: mock-servers.mjs; Prism: prism-provided.mjs), and run by the stand-ins for npx/npm exec.
//
// A test that fails once and passes when run again is timing on a loaded machine (vaif's websocket tests wait 100 ms),
// not the migration: a failed `npm test` runs once more, and the tests failing both times are the ones that count (by
// name, to tell those that fail at the ref too: at-ref.mjs).
import path from 'node:path';
import { failingTests } from './at-ref.mjs';
import { mockServerEnv, mockServerNotes, steadyCacheOf } from './mock-servers.mjs';
import { inOwnNetwork } from './own-network.mjs';
import { prismCacheOf, providePrism } from './prism-provided.mjs';
import { runLimited as run } from './process-group.mjs';
import { outcome } from './test-output.mjs';

/**
 * `npm test`'s limit (seconds). A run cut by it is run again too: parsecular's Jest, whose suite passes in seconds,
 * hung idle for 10 min once a streaming test of the owners' missed its 20 ms wait on a loaded machine.
 */
export const NPM_TEST_LIMIT_SEC = 600;

/**
 * Check 10 for the work tree `repo`: { status, reason, details }. `runDir` takes the logs (through `log(name, text)`)
 * and the stand-ins' folder; `spec` is the trial's copy of the spec; `said` ends the reason (the install fallback);
 * `ownPrism` is sdkgen's Prism, standing in where the one the scripts name cannot be installed; `mocksRan` says which
 * mock each side's tests start (mock-servers.mjs `mocksSaid`), or null.
 */
export function npmTestCheck({
  repo,
  runDir,
  spec,
  log,
  said = '',
  ownPrism = 'prism',
  mocksRan = null,
  registry,
  prismRegistry,
  limitSec = NPM_TEST_LIMIT_SEC,
}) {
  const out = path.join(runDir, 'npm-test-mocks');
  // (The mocks its scripts start: Steady and Prism from the trial's caches, installed now: no network in the run.)
  const mocks = mockServerEnv({ dir: repo, out, cacheDir: steadyCacheOf(runDir), spec, registry });
  const prism = providePrism({
    dir: repo,
    cacheDir: prismCacheOf(runDir),
    fallback: ownPrism,
    registry: prismRegistry,
  });
  const testEnv = { CI: '1', ...mocks.env, TRIAL_PRISM: prism.bin };
  const { cmd, argv, netns } = inOwnNetwork('npm', ['test']);
  const where = netns ? ' (own network namespace)' : " (machine's network: no namespace could be made)";
  const runTests = () => run(cmd, argv, repo, limitSec, testEnv);
  const test = runTests();
  log(
    'npm-test.log',
    `$ npm test${where}: exit ${test.status}${test.timedOut ? ' (timed out)' : ''}\n${test.stdout}\n${test.stderr}`,
  );
  const first = test.status === 0 ? [] : failingTests(test.stdout + test.stderr);
  const again = test.status === 0 ? null : runTests();
  if (again) log('npm-test-again.log', `exit ${again.status}\n${again.stdout}\n${again.stderr}`);
  // (What the stand-ins did: a Steady standing in for a version the registry lacks, a spec URL read as the copy.)
  const notes = [...(mocksRan ? [mocksRan] : []), ...mocks.notes, ...prism.notes, ...mockServerNotes(out)];
  const tail = `${where}${said}${notes.length ? ` [${notes.join('; ')}]` : ''}`;
  if (!again) return { status: test.status === 0 ? 'pass' : 'fail', reason: outcome(test) + tail };
  if (again.status === 0)
    return {
      status: 'pass',
      reason: `${outcome(again)} (run again: the first run failed ${first.join('; ') || outcome(test)})${tail}`,
    };
  const second = failingTests(again.stdout + again.stderr);
  const both = first.filter((name) => second.includes(name));
  const once = [...first, ...second].filter((name) => !both.includes(name));
  // Both runs named the tests that failed and none failed in both: each is timing on a loaded machine (the rule
  // above), so nothing counts. (Runs that failed without naming a test still fail.)
  const timingOnly = first.length > 0 && second.length > 0 && both.length === 0;
  return {
    status: timingOnly ? 'pass' : 'fail',
    reason: `${timingOnly ? 'no test failed in both runs: ' : ''}${outcome(again)}${once.length ? ` (failed in one of two runs only: ${once.join('; ')})` : ''}${tail}`,
    details: both.length ? both : [...new Set([...first, ...second])],
  };
}
