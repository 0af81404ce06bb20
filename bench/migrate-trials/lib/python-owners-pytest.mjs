// python-owners-pytest.mjs — the Python trial's check 6: the owners' test files under pytest, with the installed
// package (src/ where it did not install) and the declared packages on the path. The run is in a network namespace
// of its own (own-network.mjs), as check 9's script: the owners' conftest may start a mock on 127.0.0.1:4010, or
// their tests expect none there, and another trial's mock on the machine's loopback must not answer them.
import fs from 'node:fs';
import path from 'node:path';
import { inOwnNetwork } from './own-network.mjs';
import { run } from './run-limited.mjs';

/** One pytest run of the owners' files (a loaded machine; the pyright limit's). */
const PYTEST_LIMIT_SEC = 3600;

/**
 * The owners' `tests` (paths in `repo`) under `python -m pytest`; `env.PYTHONPATH`: the declared packages' folder,
 * `site`: where the package installed (null: src/). Returns { status, reason, failing (ids), failures ({ id, message }),
 * dir, site, exit, details, log }.
 */
export function runOwnersPytest(repo, python, tests, env, site) {
  if (tests.length === 0) {
    return { status: 'pass', reason: "no owners' test files", failing: [], failures: [], dir: repo, log: '' };
  }
  const gone = tests.filter((f) => !fs.existsSync(path.join(repo, f)));
  const present = tests.filter((f) => !gone.includes(f));
  const argv = ['-m', 'pytest', '-q', '-rfE', '-p', 'no:cacheprovider', '-o', 'addopts=', ...present];
  const own = inOwnNetwork(python, argv);
  const r = run(own.cmd, own.argv, repo, PYTEST_LIMIT_SEC, {
    PYTHONPATH: `${site ?? path.join(repo, 'src')}:${env.PYTHONPATH}`,
    // (The short summary's lines whole: pytest cuts them to the terminal's width, the message first.)
    COLUMNS: '1000',
  });
  const net = own.netns ? '' : " [on the machine's network: no namespace could be made]";
  const text = r.stdout + r.stderr;
  // The tests that failed or did not load, by id, each with its message (the short summary's, whole: COLUMNS above).
  const failures = shortSummaryFailures(text);
  const failing = failures.map((f) => f.id);
  const summary = pytestSummary(text);
  const pass = r.status === 0 && gone.length === 0;
  return {
    status: pass ? 'pass' : 'fail',
    reason: `${gone.length ? `owners' test files gone: ${gone.join(', ')}; ` : ''}${present.length} files: ${summary || `exit ${r.status}`}${site ? '' : ' (src/ on the path: the package did not install)'}${net}`,
    failing,
    failures,
    dir: repo,
    site,
    exit: r.status,
    details: { gone, exit: r.status, failing },
    log: `exit ${r.status} (${own.netns ? 'own network namespace' : "machine's network"})\n${r.stdout}\n${r.stderr}`,
  };
}

function pytestSummary(text) {
  const last = text
    .split('\n')
    .filter((l) => /\b(passed|failed|error|errors|skipped|no tests ran)\b/.test(l))
    .pop();
  return last ? last.replace(/=+/g, '').trim() : '';
}

/**
 * The failing tests of pytest's short summary (`-rfE`): `FAILED tests/a.py::test_x[a - b] - TypeError: …`, `ERROR
 * tests/b.py` (a module that did not load), each as { id, message } (empty where the line gives none; a test failing
 * and erring in teardown has both, joined), by id. The id ends at the first ` - ` outside its parameters' brackets.
 */
export function shortSummaryFailures(text) {
  const byId = new Map();
  for (const m of text.matchAll(/^(?:FAILED|ERROR) (.+)$/gm)) {
    const [id, message] = splitSummaryLine(m[1]);
    byId.set(id, [byId.get(id), message].filter(Boolean).join(' | '));
  }
  return [...byId.keys()].sort().map((id) => ({ id, message: byId.get(id) }));
}

function splitSummaryLine(rest) {
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && rest.startsWith(' - ', i)) return [rest.slice(0, i).trim(), rest.slice(i + 3).trim()];
  }
  return [rest.trim(), ''];
}
