/**
 * The owners' settings of their tools in pyproject.toml land in the migrated file key by key (migrate/python/
 * tool-settings.ts), whatever sdkgen's layout of the table. Modelled on anthropic-python's release 0.72.0: the owners
 * added a `[[tool.mypy.overrides]]` item after Stainless's (sdkgen's file has none: the hunk was left for a person), and
 * moved `".git"` first in pyright's `exclude` (carried on sdkgen's one-line list, the removal took it out).
 */
import { describe, expect, it } from 'vitest';
import { withOwnersToolSettings } from '../generator/migrate/python/project/tool-settings';
import { planPythonMigration } from '../generator/migrate/python/plan';

const STAINLESS = `[project]
name = "anthropic"
version = "0.71.0"
dependencies = [
    "httpx>=0.23.0, <1",
]

[tool.inline-placeholder]

[tool.pyright]
# this enables practically every flag given by pyright.
typeCheckingMode = "strict"
pythonVersion = "3.8"

exclude = [
    "_dev",
    ".venv",
    ".nox",
    ".git",
]

reportImplicitOverride = true

[tool.mypy]
pretty = true
show_error_codes = true
exclude = ['src/anthropic/_files.py', '_dev/.*.py', 'tests/.*']
strict_equality = true

# https://github.com/python/mypy/issues/12162
[[tool.mypy.overrides]]
module = "black.files.*"
ignore_errors = true
ignore_missing_imports = true


[tool.ruff]
line-length = 120
output-format = "grouped"
`.replace('[tool.inline-placeholder]\n\n', '');

const OWNERS = STAINLESS.replace('version = "0.71.0"', 'version = "0.72.0"')
  .replace(
    '    "_dev",\n    ".venv",\n    ".nox",\n    ".git",\n',
    '    ".git",\n    "_dev",\n    ".venv",\n    ".nox",\n',
  )
  .replace(
    "exclude = ['src/anthropic/_files.py', '_dev/.*.py', 'tests/.*']",
    "exclude = ['src/anthropic/_files.py', '_dev/.*.py', 'tests/.*', 'examples/memory/basic.py']",
  )
  .replace('reportImplicitOverride = true\n', 'reportImplicitOverride = true\nreportMissingModuleSource = false\n')
  .replace(
    'ignore_missing_imports = true\n\n',
    'ignore_missing_imports = true\n\n[[tool.mypy.overrides]]\nmodule = "anthropic.lib.vertex._auth"\ndisallow_untyped_calls = false\n',
  )
  .replace(
    '[tool.pyright]',
    '[tool.inline-snapshot]\nformat-command="ruff format --stdin-filename {filename}"\n\n[tool.pyright]',
  );

/** sdkgen's file: its own layout and comments, no `[[tool.mypy.overrides]]`. */
const SDKGEN = `[project]
name = "anthropic"
version = "0.71.0"
dependencies = [
  "httpx>=0.23.0, <1",
]

[tool.pyright]
# Strict checking, at the oldest Python the package supports.
typeCheckingMode = "strict"
pythonVersion = "3.9"
exclude = ["_dev", ".venv", ".nox", ".git", ".sdkgen"]
reportImplicitOverride = true

[tool.mypy]
pretty = true
show_error_codes = true
# _files.py narrows types in ways only pyright follows; the tests are checked by pyright alone.
exclude = ["src/anthropic/_files.py", "_dev/.*.py", "tests/.*"]
strict_equality = true

[tool.ruff]
line-length = 120
output-format = "grouped"
`;

/** A key's value in a table, on one line with no spaces (as the assertions read it). */
function value(text: string, table: string, key: string): string | undefined {
  const body = text.split(`\n[${table}]\n`)[1]?.split(/\n\[/)[0] ?? '';
  const at = body.indexOf(`\n${key} =`) >= 0 ? body.indexOf(`\n${key} =`) : body.startsWith(`${key} =`) ? -1 : null;
  if (at === null) return undefined;
  const rest = body.slice(at + 1);
  const end = rest.startsWith(`${key} = [`) ? rest.indexOf(']') + 1 : rest.indexOf('\n');
  return rest
    .slice(rest.indexOf('=') + 1, end < 0 ? undefined : end)
    .replace(/\s+/g, '')
    .replace(/,]/, ']');
}

describe('the owners’ tool settings in pyproject.toml', () => {
  it('sets each key they changed or added, and adds their table and their item of an array of tables', () => {
    const out = withOwnersToolSettings(STAINLESS, OWNERS, SDKGEN);
    // (sdkgen's own `.sdkgen`, which neither Stainless's list nor theirs has, stays after their items.)
    expect(value(out.text, 'tool.pyright', 'exclude')).toBe('[".git","_dev",".venv",".nox",".sdkgen"]');
    expect(value(out.text, 'tool.pyright', 'reportMissingModuleSource')).toBe('false');
    expect(value(out.text, 'tool.mypy', 'exclude')).toBe(
      "['src/anthropic/_files.py','_dev/.*.py','tests/.*','examples/memory/basic.py']",
    );
    // sdkgen's own choice where the owners kept Stainless's value stays.
    expect(value(out.text, 'tool.pyright', 'pythonVersion')).toBe('"3.9"');
    // Their item of `[[tool.mypy.overrides]]`, after sdkgen's mypy table (Stainless's own item is not theirs).
    expect(out.text).toContain(
      '[tool.mypy]\npretty = true\nshow_error_codes = true\n# _files.py narrows types in ways only pyright follows; the tests are checked by pyright alone.\n',
    );
    expect(out.text).toContain(
      'strict_equality = true\n\n[[tool.mypy.overrides]]\nmodule = "anthropic.lib.vertex._auth"\ndisallow_untyped_calls = false\n\n[tool.ruff]',
    );
    expect(out.text).not.toContain('black.files');
    expect(out.text).toContain('[tool.inline-snapshot]\nformat-command="ruff format --stdin-filename {filename}"\n');
    expect(out.carried).toEqual([
      '[tool.inline-snapshot]',
      '[tool.pyright] exclude',
      '[tool.pyright] reportMissingModuleSource',
      '[tool.mypy] exclude',
      '[[tool.mypy.overrides]]',
    ]);
    for (const table of ['tool.pyright', 'tool.mypy', 'tool.mypy.overrides', 'tool.inline-snapshot'])
      expect(out.holds(table)).toBe(true);
  });

  it('changes nothing where the migrated file has every setting already, in another layout', () => {
    const once = withOwnersToolSettings(STAINLESS, OWNERS, SDKGEN).text;
    const again = withOwnersToolSettings(STAINLESS, OWNERS, once);
    expect(again.text).toBe(once);
    expect(again.carried).toEqual([]);
  });

  it('takes out a key they took out where the migrated table has Stainless’s value', () => {
    const owners = OWNERS.replace('strict_equality = true\n', '');
    const out = withOwnersToolSettings(STAINLESS, owners, SDKGEN);
    expect(value(out.text, 'tool.mypy', 'strict_equality')).toBeUndefined();
    expect(out.carried).toContain('[tool.mypy] strict_equality (taken out)');
  });

  it('reaches the plan: every pyproject hunk carried, none for a person, and the report lists the settings', () => {
    const plan = planPythonMigration({
      current: [{ path: 'pyproject.toml', blob: 'owners', text: OWNERS }],
      base: { blobs: new Map([['pyproject.toml', 'stainless']]), texts: new Map([['pyproject.toml', STAINLESS]]) },
      rendered: [{ path: 'pyproject.toml', contents: SDKGEN }],
      importName: 'anthropic',
    });
    const text = plan.writes.find((f) => f.path === 'pyproject.toml')!.contents;
    expect(value(text, 'tool.pyright', 'exclude')).toContain('".git"');
    expect(text).toContain('module = "anthropic.lib.vertex._auth"');
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([]);
    expect(plan.toolSettings).toContain('[[tool.mypy.overrides]]');
  });
});
