/**
 * The owners' edit of a command of Stainless's `[tool.rye.scripts]` (openai's `"typecheck:pyright" = "pyright"` made
 * `"scripts/run-pyright"`) lands in the step of sdkgen's script that runs the same command, run as `rye run` ran it;
 * it was reported as not applying (sdkgen's pyproject.toml has no such table), and the owners' lint ran Stainless's
 * command again (rye-script-edits.ts).
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { baseOf, checkoutOf } from './helpers/plan-inputs';

const STAINLESS_PYPROJECT =
  '[project]\nname = "acme"\nversion = "0.1.0"\n\n[tool.rye.scripts]\n' +
  '"lint" = { chain = ["check:ruff", "typecheck:pyright"] }\n' +
  '"check:ruff" = "ruff check ."\n"typecheck:pyright" = "pyright"\n"typecheck:mypy" = "mypy ."\n';
const SDKGEN_PYPROJECT = '[project]\nname = "acme"\nversion = "0.1.0"\n';
const SDKGEN_LINT =
  '#!/usr/bin/env bash\nset -euo pipefail\n\ncd "$(dirname "$0")/.."\n\n.venv/bin/python -m ruff check .\n' +
  '.venv/bin/python -m pyright\n.venv/bin/python -m mypy .\n';

function plan(ownersPyproject: string) {
  const stainless = { 'pyproject.toml': STAINLESS_PYPROJECT, 'src/acme/_client.py': 'class Acme:\n    pass\n' };
  return planPythonMigration({
    current: checkoutOf({
      ...stainless,
      'pyproject.toml': ownersPyproject,
      'scripts/run-pyright': '#!/usr/bin/env bash\nexec pyright -p "${PYRIGHT_PROJECT:-pyproject.toml}"\n',
    }),
    base: baseOf(stainless),
    rendered: [
      { path: 'pyproject.toml', contents: SDKGEN_PYPROJECT },
      { path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' },
      // (sdkgen's rendered files read their text lazily: a getter, as the CLI hands them over.)
      {
        path: 'scripts/lint',
        get contents() {
          return SDKGEN_LINT;
        },
      },
    ],
    importName: 'acme',
  });
}

describe("the owners' command of a Rye script of Stainless's", () => {
  it("runs in the step of sdkgen's script that ran Stainless's, no longer reported as not applying", () => {
    const migrated = plan(
      STAINLESS_PYPROJECT.replace('"typecheck:pyright" = "pyright"', '"typecheck:pyright" = "scripts/run-pyright"'),
    );
    const lint = migrated.writes.find((f) => f.path === 'scripts/lint')?.contents;
    expect(lint).toContain('\nPATH="$PWD/.venv/bin:$PATH" scripts/run-pyright\n');
    expect(lint).not.toContain('.venv/bin/python -m pyright\n');
    expect(lint).toContain('.venv/bin/python -m mypy .\n');
    expect(migrated.ryeScriptEdits).toEqual([
      '[tool.rye.scripts] typecheck:pyright → scripts/lint: `scripts/run-pyright`',
    ]);
    expect(migrated.notApplicable.filter((n) => n.path === 'pyproject.toml')).toEqual([]);
  });

  it("keeps sdkgen's form for the same tool with other arguments", () => {
    const migrated = plan(STAINLESS_PYPROJECT.replace('"typecheck:mypy" = "mypy ."', '"typecheck:mypy" = "mypy src"'));
    const lint = migrated.writes.find((f) => f.path === 'scripts/lint')?.contents;
    expect(lint).toContain('\n.venv/bin/python -m mypy src\n');
  });
});
