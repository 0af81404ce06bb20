/**
 * The Python trials' check 3 on tool settings (bench/migrate-trials/lib/python-settings.mjs) where the base is older
 * than Stainless's later generations of pyproject.toml (cerebras-python: the file as it was before people's first edit
 * in 2024; Stainless's release 1.56.1 of 2025 added `[[tool.mypy.overrides]] module = "black.files.*"`, and release
 * 0.6.0 renamed `[tool.ruff.per-file-ignores]` to `[tool.ruff.lint.per-file-ignores]`): a setting every line of which
 * Stainless's commits wrote is its output, not the owners'; one a person wrote a line of stays theirs.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { toolSettingProblems } from '../bench/migrate-trials/lib/python-settings.mjs';

const BASE = `[tool.mypy]
pretty = true

[tool.ruff.per-file-ignores]
"bin/**.py" = ["T201", "T203"]
"tests/**.py" = ["T201", "T203"]
`;
const REF = `[tool.mypy]
pretty = true
strict_equality = true

# https://github.com/python/mypy/issues/12162
[[tool.mypy.overrides]]
module = "black.files.*"
ignore_errors = true

[[tool.mypy.overrides]]
module = "owners.lib.*"
ignore_errors = true

[tool.ruff.lint.per-file-ignores]
"bin/**.py" = ["T201", "T203"]
"tests/**.py" = ["T201", "T203"]
`;
// sdkgen's: its own mypy settings, no `bin/` and none of the overrides.
const MIGRATED = `[tool.mypy]
pretty = true
strict_equality = true

[tool.ruff.lint.per-file-ignores]
"tests/**.py" = ["T201", "T203"]
`;
/** The ref's lines a person wrote (from 0): the second override item alone. */
const PEOPLES = new Set([9, 10, 11]);

describe('trials: check 3 counts only the tool settings people wrote', () => {
  it('leaves out settings Stainless’s later generations wrote, however old the base', () => {
    const out = toolSettingProblems(REF, BASE, MIGRATED, (i: number) => !PEOPLES.has(i));
    expect(out.items).toEqual(['[[tool.mypy.overrides]] "owners.lib.*"']);
    expect(out.problems).toEqual(['[[tool.mypy.overrides]] "owners.lib.*" item missing']);
  });

  it('counts every setting the ref sets otherwise where who wrote it is not known', () => {
    const out = toolSettingProblems(REF, BASE, MIGRATED);
    expect(out.problems).toEqual([
      '[[tool.mypy.overrides]] "black.files.*" item missing',
      '[[tool.mypy.overrides]] "owners.lib.*" item missing',
      '[tool.ruff.lint.per-file-ignores] bin/**.py = ["T201","T203"]: missing',
    ]);
  });
});
