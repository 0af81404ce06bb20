// at-ref.mjs — tell a check that fails only as the release's own ref fails (not sdkgen's doing) from one sdkgen broke.
//
// With `--baseline`, the ref as Stainless left it is type-checked and its owners' tests run (trial.mjs, runBaseline).
// A failing check 5 or 6 whose every tsc error the ref has too, or a failing check 10 whose every failing test fails
// at the ref too, is scored `at-ref`: a person reading the table sees the owners' own breakage apart from the
// migration's. One error or failing test the ref does not have keeps the check `fail`, and the reason says which.

/** A tsc error's identity across the two trees: its file, code and message (line numbers move with edits). */
const errorKey = (e) => `${e.file}\0${e.code}\0${e.message}`;

/** The errors of `after` the ref has not (as many times as it has them: a second copy of an error is new). */
export function newErrors(after, atRef) {
  const left = new Map();
  for (const e of atRef) left.set(errorKey(e), (left.get(errorKey(e)) ?? 0) + 1);
  return after.filter((e) => {
    const n = left.get(errorKey(e)) ?? 0;
    if (n === 0) return true;
    left.set(errorKey(e), n - 1);
    return false;
  });
}

/**
 * The failing tests a Vitest or Jest run names, each as its chain of titles (`describe › test`), the file left out:
 * the migrated repository may run the owners' files with another runner than the ref did. A file that failed as a
 * whole (an import error) is named by its path alone.
 */
export function failingTests(output) {
  const text = output.replace(/\x1b\[[0-9;]*m/g, '');
  const out = new Set();
  let jestFile = null;
  for (const line of text.split('\n')) {
    // Vitest: ` FAIL  tests/a.test.ts > Suite > test name`; a file that failed whole: ` FAIL  tests/a.test.ts [ … ]`.
    // Jest: ` FAIL  tests/a.test.ts` alone, its tests named by the `●` lines that follow.
    const fail = /^\s*FAIL\s+(\S+\.[cm]?[jt]sx?)(?:\s+>\s+(.+?)|\s+(\[.*\]))?\s*$/.exec(line);
    if (fail) {
      if (fail[2]) out.add(fail[2].split(/\s+>\s+/).join(' › '));
      else if (fail[3]) out.add(fail[1]);
      jestFile = fail[2] || fail[3] ? null : fail[1];
      continue;
    }
    // Jest: `  ● Suite › test name`, not its `● Console` blocks; `● Test suite failed to run` names the file above.
    const jest = /^\s*● (.+?)\s*$/.exec(line);
    if (!jest || jest[1] === 'Console') continue;
    if (jest[1] === 'Test suite failed to run') {
      if (jestFile) out.add(jestFile);
    } else out.add(jest[1].replace(/\s+›\s+/g, ' › '));
  }
  // A Vitest file-level FAIL line also precedes its tests' lines (`FAIL file > Suite`): a suite whose tests are listed
  // is not itself a failure.
  for (const name of [...out]) if ([...out].some((o) => o !== name && o.startsWith(name + ' › '))) out.delete(name);
  return [...out];
}

/**
 * Checks 5, 6 and 10 re-scored against the baseline (`baseline` entries with `errors` or `failing`): `at-ref` where
 * every error or failing test is the ref's own. Returns the checks (the same objects, changed in place).
 */
export function scoreAgainstRef(checks, baseline) {
  if (!baseline) return checks;
  const at = (what) => baseline.find((b) => b.what === what || b.what.startsWith(what));
  for (const c of checks) {
    if (c.status !== 'fail') continue;
    if (c.n === 5 || c.n === 6) {
      const ref = at(c.n === 5 ? 'tsc --noEmit -p .' : 'tests type-check');
      if (!ref?.errors || !Array.isArray(c.details) || c.details.length === 0) continue;
      // Check 6 also fails on an owners' test file that is gone: no baseline says that one was fine.
      if (c.n === 6 && /owners' test files gone/.test(c.reason)) continue;
      const fresh = newErrors(c.details, ref.errors);
      if (fresh.length === 0) {
        c.status = 'at-ref';
        c.reason = `the ref has each of these errors too (${ref.errors.length} there): ${c.reason}`;
      } else c.reason = `${fresh.length} of ${c.details.length} not at the ref (${describe(fresh)}); ${c.reason}`;
    }
    if (c.n === 10) {
      const ref = at("owners' tests");
      const failing = Array.isArray(c.details) ? c.details : [];
      if (!ref?.failing || failing.length === 0) continue;
      const fresh = failing.filter((t) => !ref.failing.includes(t));
      if (fresh.length === 0) {
        c.status = 'at-ref';
        c.reason = `each failing test fails at the ref too (${failing.join('; ')}): ${c.reason}`;
      } else
        c.reason = `${fresh.length} of ${failing.length} failing tests pass at the ref (${fresh.slice(0, 3).join('; ')}); ${c.reason}`;
    }
  }
  return checks;
}

function describe(errs) {
  return errs
    .slice(0, 2)
    .map((e) => `${e.file}:${e.line} ${e.code}`)
    .join(', ');
}

/** The score line: sdkgen's passes, and the failures that are the ref's own counted apart. */
export function scoreLine(checks) {
  const pass = checks.filter((c) => c.status === 'pass').length;
  const atRef = checks.filter((c) => c.status === 'at-ref');
  if (atRef.length === 0) return `${pass}/${checks.length} pass`;
  return (
    `${pass}/${checks.length} pass; ${atRef.length} fail at the ref as well (${atRef.map((c) => c.n).join(', ')}: ` +
    `the release was broken there before the move): ${pass + atRef.length}/${checks.length} but for the ref's own failures`
  );
}

/** One check as a mark in the one-line-per-trial table. */
export const mark = (status) => (status === 'pass' ? '✓' : status === 'fail' ? '✗' : status === 'at-ref' ? '≈' : '-');
