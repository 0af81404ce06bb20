// ref-owners-tests.mjs — with `--baseline`, the owners' own test files run at the ref as Stainless left it, with the
// runner the ref has (Vitest where every file names it, else Jest), for at-ref.mjs to tell the tests failing there
// too from those the migration broke. They run in a network namespace of their own (own-network.mjs), as sdkgen's
// side's `npm test` does (npm-test.mjs): a mock another trial started on 127.0.0.1:4010 answers neither side.
import fs from 'node:fs';
import path from 'node:path';
import { failingTests } from './at-ref.mjs';
import { inOwnNetwork } from './own-network.mjs';
import { runLimited as run } from './process-group.mjs';
import { summariseTests } from './test-output.mjs';

/**
 * The baseline entry of the owners' tests `ownersTests` in the ref's work tree `dir` (installed), or null where it has
 * no runner for them; the output goes to `log('baseline-owners-tests.log', …)`.
 */
export function refOwnersTests({ dir, ownersTests, log, limitSec = 600 }) {
  if (ownersTests.length === 0) return null;
  const jest = path.join(dir, 'node_modules/.bin/jest');
  const vitest = path.join(dir, 'node_modules/.bin/vitest');
  const useVitest =
    fs.existsSync(vitest) && ownersTests.every((f) => /vitest/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
  const runner = useVitest
    ? [vitest, ['run', ...ownersTests]]
    : fs.existsSync(jest)
      ? [jest, ['--ci', ...ownersTests]]
      : null;
  if (runner === null) return null;
  const { cmd, argv, netns } = inOwnNetwork(runner[0], runner[1]);
  const where = netns ? ' (own network namespace)' : " (machine's network: no namespace could be made)";
  const r = run(cmd, argv, dir, limitSec, { CI: '1' });
  log('baseline-owners-tests.log', `exit ${r.status}${where}\n${r.stdout}\n${r.stderr}`);
  return {
    what: `owners' tests (${useVitest ? 'vitest' : 'jest'}, ${ownersTests.length} files)`,
    status: r.status === 0 ? 'ok' : 'fail',
    reason: (summariseTests(r.stdout + r.stderr) || `exit ${r.status}`) + where,
    failing: r.status === 0 ? [] : failingTests(r.stdout + r.stderr),
  };
}
