/**
 * Check 4 of a Python trial (bench/migrate-trials/lib/python-forms.mjs), three hunks of turbopuffer-python's read as
 * carried in another form of the same meaning, each lost where the migrated file lacks that meaning:
 * - a bare dependency the owners added to a dev group (`"pytest-xdist",`) where the migrated file's `dev` extra has
 *   the same dependency with a bound (`"pytest-xdist>=3.6.1"`);
 * - the lines of a parenthesised import where the migrated module imports the names it reads alike;
 * - a skip mark on one of Stainless's tests that the migrated module does not define (sdkgen does not write it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { withSameMeaning } from '../bench/migrate-trials/lib/python-forms.mjs';
import { tempDir } from './helpers/sdk';

interface Hunk {
  file: string;
  header: string;
  added: Array<{ line: number; text: string }>;
  removed: string[];
}

/** A repository whose base and ref commits hold `files` as Stainless wrote them and as the owners edited them. */
function trialRepo(name: string, base: Record<string, string>, ref: Record<string, string>) {
  const repo = tempDir(name);
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  const commit = (files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), text);
    }
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x');
    return git('rev-parse', 'HEAD').stdout.trim();
  };
  git('init', '-q');
  const baseSha = commit(base);
  const refSha = commit(ref);
  /** Check 4 with `hunk` lost, after writing the migrated files. */
  const check = (hunk: Hunk, migrated: Record<string, string>) => {
    for (const [file, text] of Object.entries(migrated)) writeFileSync(path.join(repo, file), text);
    const c4 = {
      status: 'fail',
      reason: `1/1 owners' hunks not carried (1 lost, 0 partly; 0 of them present in another form): ${hunk.file}(1)`,
      details: {
        lost: [{ file: hunk.file, header: hunk.header, why: 'added lines missing', loose: false }],
        partial: [],
      },
    };
    return withSameMeaning(c4, repo, refSha, { base: baseSha, hunks: [hunk] }) as { status: string; reason: string };
  };
  return { check };
}

const DEPS = {
  stainless: '[dependency-groups]\ndev = [\n    "pytest",\n    "pytest-xdist>=3.6.1",\n]\n',
  owners: '[dependency-groups]\ndev = [\n    "pytest",\n    "pytest-xdist",\n    "pytest-xdist>=3.6.1",\n]\n',
};
const IMPORTS = {
  stainless: 'from acme import Acme, AsyncAcme, APIError\n\n\ndef test_a() -> None:\n    assert Acme and APIError\n',
  owners: [
    'from acme import (',
    '    Acme,',
    '    AsyncAcme as AsyncAcmeStd,',
    '    APIError,',
    ')',
    '',
    '',
    'def test_a() -> None:',
    '    assert Acme and APIError',
    '',
  ].join('\n'),
};
const SKIPS = {
  stainless: 'class TestAcme:\n    def test_proxy(self) -> None:\n        pass\n',
  owners:
    'class TestAcme:\n    @pytest.mark.skip(reason="Fails for unknown reasons")\n    def test_proxy(self) -> None:\n        pass\n',
};

describe("the trial's check 4: hunks in another form of the same meaning", () => {
  // (One repository for the three: git's processes are most of the file's time.)
  const { check } = trialRepo(
    'python-trials-forms',
    {
      'pyproject.toml': DEPS.stainless,
      'tests/test_client.py': IMPORTS.stainless,
      'tests/test_skips.py': SKIPS.stainless,
    },
    { 'pyproject.toml': DEPS.owners, 'tests/test_client.py': IMPORTS.owners, 'tests/test_skips.py': SKIPS.owners },
  );

  it('reads a bare dependency as carried where the same dependency is there with a bound', () => {
    const hunk = {
      file: 'pyproject.toml',
      header: '@@ -3,0 +4 @@ dev = [',
      added: [{ line: 4, text: '    "pytest-xdist",' }],
      removed: [],
    };
    const extra = (items: string) => `[project.optional-dependencies]\ndev = [${items}]\n`;
    const carried = check(hunk, { 'pyproject.toml': extra('"pytest", "pytest-xdist>=3.6.1"') });
    expect(carried.status, carried.reason).toBe('pass');
    expect(carried.reason).toContain('a dependency there with a bound');
    expect(check(hunk, { 'pyproject.toml': extra('"pytest"') }).status).toBe('fail');
    // (Another group's dependency is no dev dependency.)
    const elsewhere = '[project.optional-dependencies]\ndev = ["pytest"]\nspeed = ["pytest-xdist>=3.6.1"]\n';
    expect(check(hunk, { 'pyproject.toml': elsewhere }).status).toBe('fail');
  });

  it("reads a parenthesised import's lines as carried where the names are imported alike", () => {
    const file = 'tests/test_client.py';
    const hunk = {
      file,
      header: '@@ -1 +1,5 @@',
      added: IMPORTS.owners
        .split('\n')
        .slice(0, 5)
        .map((text, i) => ({ line: i + 1, text })),
      removed: [IMPORTS.stainless.split('\n')[0]],
    };
    // sdkgen's module keeps the owners' test of AsyncAcmeStd alone: it reads neither Acme nor APIError.
    const migrated = 'from acme import AsyncAcme as AsyncAcmeStd\n\n\ndef test_b() -> None:\n    assert AsyncAcmeStd\n';
    const carried = check(hunk, { [file]: migrated });
    expect(carried.status, carried.reason).toBe('pass');
    expect(carried.reason).toContain('import names');
    const reads =
      'from acme import AsyncAcme as AsyncAcmeStd\n\n\ndef test_b() -> None:\n    assert AsyncAcmeStd and APIError\n';
    expect(check(hunk, { [file]: reads }).status).toBe('fail');
  });

  it("reads a skip mark on Stainless's test as carried where the migrated module has no such test", () => {
    const file = 'tests/test_skips.py';
    const hunk = {
      file,
      header: '@@ -1,0 +2 @@ class TestAcme:',
      added: [{ line: 2, text: '    @pytest.mark.skip(reason="Fails for unknown reasons")' }],
      removed: [],
    };
    const carried = check(hunk, { [file]: 'class TestAcme:\n    def test_region(self) -> None:\n        pass\n' });
    expect(carried.status, carried.reason).toBe('pass');
    expect(carried.reason).toContain("a skip mark on Stainless's test, not written");
    expect(check(hunk, { [file]: SKIPS.stainless }).status).toBe('fail');
  });
});
