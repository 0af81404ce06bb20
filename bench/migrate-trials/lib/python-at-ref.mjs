// python-at-ref.mjs — the Python trial's checks 5 and 6 scored as the TypeScript trial's are (at-ref.mjs): a check
// that fails only as the release's own ref fails is `at-ref` (FAIL AT REF, `≈`), not a pass and not sdkgen's failure.
//
// The ref is always measured beside the migrated tree here (python-trial.mjs: pyright and pytest in a work tree of the
// ref), so no `--baseline` is needed.
import { compareFailures, describeNotTheRefs } from './same-failures.mjs';

/**
 * Check 5's status: `fail` where the package no longer installs (it did at the ref), pyright did not run, or it found an
 * error the ref has not; `at-ref` where every error it found is the ref's own (or the owners' code on a name the ref
 * could not resolve, which pyright checked there against Unknown: `masked`); `pass` where it found none.
 */
export function pyrightStatus({ installFails, failed, errors, fresh, masked }) {
  if (installFails || failed || fresh.length > 0) return 'fail';
  return errors.length === 0 && masked.length === 0 ? 'pass' : 'at-ref';
}

/**
 * pyright's errors on a line importing a module of a package this machine's index lacks (`inline-snapshot >=0.7.0` did
 * not install, so `Import "inline_snapshot" could not be resolved`), and the others on that line (each name it binds
 * typed Unknown): the machine's, not the repository's, here and at the ref alike (`wanting`); `rest` the others.
 * `notInstalled` is the trial's list of declared packages that did not install (one installed outside its range is no
 * such package). A package's import name is read as its distribution name in lower case, `-` as `_`.
 */
export function wantingPackages(errors, notInstalled) {
  const modules = new Set(
    notInstalled
      .filter((spec) => !/ outside that range installed\)$/.test(spec))
      .map((spec) => /^[A-Za-z0-9_.-]+/.exec(spec)?.[0].toLowerCase().replace(/[-.]/g, '_')),
  );
  const lines = new Set(
    errors
      .filter((e) => e.rule === 'reportMissingImports')
      .filter((e) => modules.has(/^Import "([\w]+)/.exec(e.message)?.[1].toLowerCase()))
      .map((e) => `${e.file}:${e.line}`),
  );
  const wanting = errors.filter((e) => lines.has(`${e.file}:${e.line}`));
  return { wanting, rest: errors.filter((e) => !lines.has(`${e.file}:${e.line}`)) };
}

/**
 * Check 6's status from pytest's run here (`run`) and at the ref (`atRef`, null without owners' tests): `pass` where
 * it passed; `at-ref` where every test failing (or not loading) here fails at the ref too for the same reason
 * (same-failures.mjs), pytest exiting alike; `skipped` where pytest could not run the tests at all, nor at the ref
 * (exit 2–4 both times, a conftest importing a package this machine cannot install): that says nothing either way;
 * else `fail` (an owners' test file gone fails).
 */
export function pytestStatus(run, atRef) {
  if (run.status === 'pass') return 'pass';
  if (atRef === null || (run.details?.gone ?? []).length > 0) return 'fail';
  const { same } = compareFailures(run.failures, atRef.failures, treesOf(run, atRef));
  if (run.exit !== atRef.exit || same.length !== run.failures.length) return 'fail';
  if (run.exit !== 1) return 'skipped';
  return run.failures.length > 0 ? 'at-ref' : 'fail';
}

/** What check 6's reason adds: which failing tests are not the ref's (and why not), or that they all fail there too. */
export function pytestAtRefNote(run, atRef, status) {
  if (status === 'at-ref')
    return ` (each failing test fails at the ref too, for the same reason: ${run.failures.length})`;
  if (status === 'skipped') return ' (pytest could not run them here, nor at the ref)';
  if (status !== 'fail' || atRef === null) return '';
  const compared = compareFailures(run.failures, atRef.failures, treesOf(run, atRef));
  const said = describeNotTheRefs(compared, run.failures.length, 3);
  return said ? ` (${said})` : '';
}

/** Each side's folders a failure's message may name: its work tree, and where its package installed (`site`). */
export function treesOf(run, atRef) {
  return { here: [run.dir, run.site], atRef: [atRef.dir, atRef.site] };
}
