/**
 * The trial harness's check 4 counts the owners' edit of a Stainless Rye script's command (openai's
 * `"typecheck:pyright" = "scripts/run-pyright"`) as carried where migrate's report lists it as run by sdkgen's script
 * and that script runs it; not where the report does not say so, or the script runs something else.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { ryeCommandCarried } from '../../bench/migrate-trials/lib/python-rye-commands.mjs';

const HUNK = {
  file: 'pyproject.toml',
  header: '@@ -91 +113 @@ typecheck = { chain = [',
  added: [{ line: 113, text: '"typecheck:pyright" = "scripts/run-pyright"' }],
  removed: ['"typecheck:pyright" = "pyright"'],
};
const REPORT =
  "Your commands of Stainless's Rye scripts (pyproject.toml's `[tool.rye.scripts]`, which sdkgen's file has not), run by the step of sdkgen's script that ran Stainless's command (1):\n" +
  '  [tool.rye.scripts] typecheck:pyright → scripts/lint: `scripts/run-pyright`\n\nnext\n';
const LINT = '#!/usr/bin/env bash\n.venv/bin/python -m ruff check .\nPATH="$PWD/.venv/bin:$PATH" scripts/run-pyright\n';

describe("an owners' Rye script command carried into sdkgen's script", () => {
  it('counts where the report lists it and the script runs it', () => {
    expect(ryeCommandCarried(HUNK, REPORT, (f: string) => (f === 'scripts/lint' ? LINT : null))).toBe(true);
  });
  it('does not where the report is silent, or the script runs another command', () => {
    expect(ryeCommandCarried(HUNK, 'nothing\n', () => LINT)).toBe(false);
    expect(ryeCommandCarried(HUNK, REPORT, () => '.venv/bin/python -m pyright\n')).toBe(false);
  });
});
