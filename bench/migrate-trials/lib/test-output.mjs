// test-output.mjs — what a reason says of a command's output: the test runner's closing counts (`outcome`,
// `summariseTests`), else its last lines (`lastLines`). One home for trial.mjs, npm-test.mjs and ref-owners-tests.mjs.

/** A test run's outcome: its counts, and its exit (with its last lines where it printed no counts) when it failed. */
export function outcome(r) {
  const text = r.stdout + r.stderr;
  return r.status === 0
    ? summariseTests(text) || 'exit 0'
    : `exit ${r.status}${r.timedOut ? ' (timed out)' : ''}: ${summariseTests(text) || lastLines(text, 300)}`;
}

/** The runner's closing count lines (Jest's `Tests:`, Vitest's `Test Files`), the last three. */
export function summariseTests(out) {
  const clean = out.replace(/\x1b\[[0-9;]*m/g, '');
  const lines = clean
    .split('\n')
    .filter((l) => /^\s*(Tests?|Test Files|Test Suites)\s*:?\s+\d|^\s*(Tests|Test Files)\s+.*(passed|failed)/.test(l));
  return lines
    .map((l) => l.trim())
    .slice(-3)
    .join('; ');
}

/** The last six non-blank lines of `text`, colours stripped, joined by ⏎, cut to `max` characters from the end. */
export function lastLines(text, max) {
  const t = text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .slice(-6)
    .join(' ⏎ ');
  return t.length > max ? '…' + t.slice(-max) : t;
}
