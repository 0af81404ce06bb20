/**
 * The owners' rewording of a comment of Stainless's pyproject.toml (xquik's `# Enable Pyright's stable strict checks.`
 * for Stainless's three lines above `typeCheckingMode = "strict"`), where sdkgen's pyproject.toml has a comment of its
 * own at that place: the hunk's removed lines were found nowhere in sdkgen's file, and the edit was left for a person
 * (migrate exiting 1). Stainless's TOML comment blocks that sdkgen words otherwise are read in sdkgen's words first,
 * as in a Python module (comment-wording.ts): the owners' words take the place of sdkgen's.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { baseOf, checkoutOf } from './helpers/plan-inputs';
import { inSdkgenWords } from '../generator/migrate/python/already-done/comment-wording';

const table = (comment: string[]) =>
  ['[tool.pyright]', ...comment, 'typeCheckingMode = "strict"', 'pythonVersion = "3.9"', ''].join('\n');

const STAINLESS = [
  '# this enables practically every flag given by pyright.',
  '# there are a couple of flags that are still disabled by',
  '# default in strict mode as they are experimental and niche.',
];
const OWNERS = ["# Enable Pyright's stable strict checks."];
const SDKGEN = ['# Strict checking, at the oldest Python the package supports.'];

const project = '[project]\nname = "acme"\nversion = "0.1.0"\n\n';

describe("sdkgen migrate (Python): the owners' words for a comment of Stainless's pyproject.toml", () => {
  it("take the place of sdkgen's comment there", () => {
    const result = planPythonMigration({
      base: baseOf({ 'pyproject.toml': project + table(STAINLESS) }),
      current: checkoutOf({ 'pyproject.toml': project + table(OWNERS) }),
      rendered: [{ path: 'pyproject.toml', contents: project + table(SDKGEN) }],
      importName: 'acme',
    });
    expect(result.rejected).toEqual([]);
    expect(result.writes.find((f) => f.path === 'pyproject.toml')?.contents).toBe(project + table(OWNERS));
  });
});

describe('a comment block of Stainless’s with a blank line before it', () => {
  it("is read in sdkgen's words too, where sdkgen's file has no blank line there", () => {
    const mypy = (comment: string[]) =>
      ['[tool.mypy]', 'warn_unused_configs = true', ...comment, 'warn_unused_ignores = false', ''].join('\n');
    const result = planPythonMigration({
      base: baseOf({
        'pyproject.toml':
          project + mypy(['', '# Turn these options off as it could cause conflicts', '# with the Pyright options.']),
      }),
      current: checkoutOf({ 'pyproject.toml': project + mypy(['', '# Avoid conflicts with Pyright.']) }),
      rendered: [{ path: 'pyproject.toml', contents: project + mypy(['# Left to pyright, which disagrees.']) }],
      importName: 'acme',
    });
    expect(result.rejected).toEqual([]);
    expect(result.writes.find((f) => f.path === 'pyproject.toml')?.contents).toBe(
      project + mypy(['', '# Avoid conflicts with Pyright.']),
    );
  });
});

describe("blank lines beside Stainless's comments", () => {
  it("go with them in a TOML file only: a Python module's blank lines are its layout", () => {
    const [stainless, sdkgen] = ['x = 1\n\n# Stainless: a note.\ny = 2\n', 'x = 1\n# sdkgen: a note.\ny = 2\n'];
    expect(inSdkgenWords(stainless, stainless, sdkgen).base).toBe(stainless);
    expect(inSdkgenWords(stainless, stainless, sdkgen, true).base).toBe(sdkgen);
  });
});
