/**
 * Check 4 of a Python trial (bench/migrate-trials/lib/python-removed-derived.mjs): the owners' hunks in a file of
 * Stainless's that migrate removed and listed with why lose nothing where the file is a Rye lockfile (`rye sync`
 * writes it from pyproject.toml; the dependencies are check 3's) or the hunk changes only spacing and quotes (agentex's
 * `'0.44.0'` → `"0.44.0"` in Stainless's publish workflow). A file the report does not list, one still there, or an
 * edit of what the workflow does stays lost. And (python-forms.mjs) a parameter's annotation the owners widened to a
 * union (runway's `prompt_image`) counts where the migrated module has that union in another order, each member once.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { removedByReport, removedDerived } from '../bench/migrate-trials/lib/python-removed-derived.mjs';

const REPORT = [
  'Moved repo from Stainless to sdkgen.',
  '',
  "What Stainless's config options wrote that sdkgen does not write, removed (git keeps it):",
  "  .github/workflows/publish-pypi.yml, bin/publish-pypi: Stainless's PyPI publishing (`publish-pypi.yml` and the `bin/publish-pypi` it runs): sdkgen's `.github/workflows/release.yml` builds and publishes each release",
  "  requirements-dev.lock, requirements.lock: Rye's lockfiles, written from Stainless's pyproject.toml (`[tool.rye]`): a `rye sync` writes them afresh from pyproject.toml",
  '',
  'The migration is complete.',
].join('\n');

type Hunk = { file: string; header: string; removed: string[]; added: Array<{ text: string; line: number }> };
const hunk = (file: string, header: string, removed: string[], added: string[]): Hunk => ({
  file,
  header,
  removed,
  added: added.map((text, i) => ({ text, line: i + 1 })),
});

describe("the trial's check 4: hunks in a file migrate removed as its report lists", () => {
  it("reads the report's list of removed files", () => {
    const removed = removedByReport(REPORT);
    expect([...removed.keys()]).toEqual([
      '.github/workflows/publish-pypi.yml',
      'bin/publish-pypi',
      'requirements-dev.lock',
      'requirements.lock',
    ]);
    expect(removed.get('requirements.lock')).toMatch(/^Rye's lockfiles/);
  });

  it("counts Rye's lockfiles and edits of spacing or quotes alone; not an edit of what runs, nor a file kept", () => {
    const hunks = [
      hunk('requirements.lock', '@@ -15 +15 @@', ['aiohttp==3.13.3'], ['aiohttp==3.13.5']),
      hunk('.github/workflows/publish-pypi.yml', '@@ -24,2 +24,2 @@', ["  V: '0.44.0'"], ['  V: "0.44.0"  ']),
      hunk('.github/workflows/publish-pypi.yml', '@@ -30 +30 @@', ['  run: rye publish'], ['  run: uv publish']),
      hunk('bin/publish-pypi', '@@ -3 +3 @@', ['rye build'], ['rye  build']),
      hunk('requirements-other.lock', '@@ -1 +1 @@', ['a==1'], ['a==2']),
    ];
    const misses = hunks.map(({ file, header }) => ({ file, header }));
    const owners = { hunks };
    const { lockfiles, formatting } = removedDerived(
      misses,
      owners,
      REPORT,
      (file: string) => file !== 'bin/publish-pypi',
    );
    expect(lockfiles).toEqual([misses[0]]);
    expect(formatting).toEqual([misses[1]]);
    // Nothing without the report's list.
    expect(removedDerived(misses, owners, 'Moved.\n', () => true)).toEqual({ lockfiles: [], formatting: [] });
  });
});

describe("the trial's check 4: a parameter's union in another order", () => {
  it('counts a widened union the migrated module has with the same members; not one lacking a member', async () => {
    // @ts-expect-error: the harness is plain JavaScript
    const { unionAlike } = await import('../bench/migrate-trials/lib/python-forms.mjs');
    const removed = ['        image: Union[str, A],'];
    const added = [
      '        image: Union[str, A]',
      '        | Union[str, A]',
      '        | Union[str, B]',
      '        | Union[str, C],',
    ];
    const now =
      '    def f(\n        image: Union[str, A]\n        | Union[str, C]\n        | Union[ str, B ],\n    ): ...\n';
    expect(unionAlike(added, removed, now)).toBe(true);
    expect(unionAlike(added, removed, now.replace('        | Union[str, C]\n', ''))).toBe(false);
    expect(unionAlike(added, removed, now.replace('B ],', 'B ] = None,'))).toBe(false);
  });
});
