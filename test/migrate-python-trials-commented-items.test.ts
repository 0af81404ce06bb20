/**
 * Check 4 of a Python trial (bench/migrate-trials/lib/python-forms.mjs): an item of a pyproject.toml list laid out an
 * item a line that the owners commented out (browserbase's `# "TC004", # fails lint` in ruff's `select`) is carried
 * when sdkgen's list of that key, in the same table and laid out its own way, lacks the item; not where it has it.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { withSameMeaning } from '../bench/migrate-trials/lib/python-forms.mjs';
import { tempDir } from './helpers/sdk';

const STAINLESS = [
  '[tool.ruff.lint]',
  'select = [',
  '  # isort',
  '  "I",',
  '  # misuse of typing.TYPE_CHECKING',
  '  "TC004",',
  '  "TID251",',
  ']',
  '',
  '[tool.other]',
  'select = ["TC004"]',
  '',
].join('\n');

describe("the trial's check 4: a list item the owners commented out", () => {
  it("is carried where sdkgen's key lacks it, lost where it has it", () => {
    const repo = tempDir('python-trials-commented');
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    const commit = (text: string) => {
      writeFileSync(path.join(repo, 'pyproject.toml'), text);
      git('add', '-A');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x');
      return git('rev-parse', 'HEAD').stdout.trim();
    };
    git('init', '-q');
    const base = commit(STAINLESS);
    const ref = commit(STAINLESS.replace('  "TC004",', '  # "TC004", # fails lint'));
    const header = '@@ -6 +6 @@ select = [';
    const hunk = {
      file: 'pyproject.toml',
      header,
      added: [{ line: 6, text: '  # "TC004", # fails lint' }],
      removed: ['  "TC004",'],
    };
    const c4 = {
      status: 'fail',
      reason: "1/1 owners' hunks not carried (1 lost, 0 partly; 0 of them present in another form): pyproject.toml(1)",
      details: {
        lost: [{ file: 'pyproject.toml', header, why: '1/1 added lines missing', loose: false }],
        partial: [],
      },
    };
    // sdkgen's pyproject.toml: the key on one line, without the item (another table's key of that name keeps its own).
    writeFileSync(
      path.join(repo, 'pyproject.toml'),
      '[tool.ruff.lint]\nselect = ["I", "B", "TID251"]\n\n[tool.other]\nselect = ["TC004"]\n',
    );
    const carried = withSameMeaning(c4, repo, ref, { base, hunks: [hunk] });
    expect(carried.status, carried.reason).toBe('pass');
    expect(carried.reason).toContain('list items commented out, absent');
    // The item still in sdkgen's list: the owners' edit is not there.
    writeFileSync(path.join(repo, 'pyproject.toml'), '[tool.ruff.lint]\nselect = ["I", "TC004", "TID251"]\n');
    expect(withSameMeaning(c4, repo, ref, { base, hunks: [hunk] }).status).toBe('fail');
  });
});
