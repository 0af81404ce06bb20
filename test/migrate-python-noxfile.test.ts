/**
 * Stainless's older Python SDKs (Rye's) carry a `noxfile.py` whose session runs the tests under pydantic 1, started
 * by Stainless's `scripts/test` (`rye run nox -s test-pydantic-v1`). sdkgen's `scripts/test` runs no nox, and its
 * pyproject.toml declares no `nox`: kept, the module failed the migrated repository's pyright (`Import "nox" could
 * not be resolved`, tractorbeam-python). It goes with the script that ran it, unless a file that stays runs nox (a
 * workflow of the owners'), and a noxfile the owners wrote stays as theirs.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { baseOf, checkoutOf } from './helpers/plan-inputs';

const NOXFILE = `import nox


@nox.session(reuse_venv=True, name="test-pydantic-v1")
def test_pydantic_v1(session: nox.Session) -> None:
    session.install("-r", "requirements-dev.lock")
    session.install("pydantic<2")

    session.run("pytest", "--showlocals", "--ignore=tests/functional", *session.posargs)
`;

const STAINLESS_TEST = `#!/usr/bin/env bash
set -e
echo "==> Running tests"
rye run pytest "$@"

echo "==> Running Pydantic v1 tests"
rye run nox -s test-pydantic-v1 -- "$@"
`;

function plan(extra: Record<string, string>, ownersExtra: Record<string, string> = {}) {
  const files: Record<string, string> = {
    'src/acme/_client.py': '# File generated from our OpenAPI spec by Stainless.\n\nclass Acme:\n    pass\n',
    'scripts/test': STAINLESS_TEST,
    'noxfile.py': NOXFILE,
    '.github/workflows/ci.yml': 'jobs:\n  test:\n    steps:\n      - run: ./scripts/test\n',
    ...extra,
  };
  const base = baseOf(files);
  const current = checkoutOf({ ...files, ...ownersExtra });
  const rendered = [
    { path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' },
    { path: 'scripts/test', contents: '#!/usr/bin/env bash\nset -euo pipefail\n.venv/bin/python -m pytest "$@"\n' },
  ];
  return planPythonMigration({ current, base, rendered, importName: 'acme' });
}

describe("sdkgen migrate (Python): Stainless's noxfile.py", () => {
  it('goes with the script that ran it', () => {
    // (Rye's lockfile, which stays, names nox in its comments: it runs nothing.)
    const lock = 'nox==2023.4.22\nvirtualenv==20.24.5\n    # via nox\n';
    const result = plan({ 'requirements-dev.lock': lock });
    expect(result.removed).toContain('noxfile.py');
    expect(result.keptRepositoryFiles).not.toContain('noxfile.py');
    expect(result.writes.map((f) => f.path)).not.toContain('noxfile.py');
  });

  it('stays where a file that stays runs nox', () => {
    const workflow = 'jobs:\n  v1:\n    steps:\n      - run: pip install nox && nox -s test-pydantic-v1\n';
    const result = plan({}, { '.github/workflows/pydantic-v1.yml': workflow });
    expect(result.removed).not.toContain('noxfile.py');
  });
});
