/**
 * The harness's per-file `git log` calls answered from one walk (bench/migrate-trials/lib/file-logs.mjs) where the
 * history has no merge: the same commits as `git log -- <file>` and the same adder as `--diff-filter=A -1`; with a
 * merge, each file's own log (history simplification can hide a side branch's commits).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { adderOf, fileLogs, touchersOf } from '../../bench/migrate-trials/lib/file-logs.mjs';
import { git } from '../helpers/git-repo';
import { tempDir } from '../helpers/sdk';
import { BOT, commit, historyOnce, PERSON, write } from '../helpers/stainless-history';

const perFile = (repo: string, ...args: string[]) =>
  spawnSync('git', ['log', ...args], { cwd: repo, encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean);

/** The history, written once for the file: each test reads a copy of it. */
const history = historyOnce('file-logs-', (repo) => {
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { 'a.ts': '1\n', 'b.ts': '1\n' });
  const first = commit(repo, BOT, 'feat(api): a and b', '2024-07-01T00:00:00Z');
  write(repo, { 'a.ts': '2\n' });
  commit(repo, PERSON, 'fix: a', '2024-07-02T00:00:00Z');
  git(repo, 'rm', '-q', 'b.ts');
  commit(repo, BOT, 'chore: drop b', '2024-07-03T00:00:00Z');
  write(repo, { 'b.ts': '2\n', 'c.ts': '1\n' });
  commit(repo, PERSON, 'feat: b again, and c', '2024-07-04T00:00:00Z');
  return { first };
});

describe("the harness's file logs from one walk", () => {
  it('answers as git log file by file, in a history without merges', () => {
    const { repo, first } = history();
    for (const range of ['HEAD', `${first}..HEAD`])
      for (const file of ['a.ts', 'b.ts', 'c.ts', 'd.ts'])
        expect(touchersOf(repo, range, 'HEAD', file)).toEqual(perFile(repo, '--format=%H', range, '--', file));
    for (const file of ['a.ts', 'b.ts', 'c.ts', 'd.ts'])
      expect(adderOf(repo, 'HEAD', file)).toBe(
        perFile(repo, '--diff-filter=A', '--format=%H', '-1', 'HEAD', '--', file)[0] ?? '',
      );
  });

  it('leaves a history with a merge to git file by file', () => {
    const { repo, first } = history();
    git(repo, 'checkout', '-q', '-b', 'side', first);
    write(repo, { 'a.ts': '3\n' });
    commit(repo, PERSON, 'fix: a on a side', '2024-07-05T00:00:00Z');
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'merge', '-q', '--no-edit', '-s', 'ours', 'side');
    expect(fileLogs(repo, 'HEAD', 'HEAD').linear).toBe(false);
    // (The merge kept main's `a.ts`: git log -- a.ts hides the side's commit, which the walk lists.)
    const gits = perFile(repo, '--format=%H', 'HEAD', '--', 'a.ts');
    expect(gits).toHaveLength(2);
    expect(touchersOf(repo, 'HEAD', 'HEAD', 'a.ts')).toEqual(gits);
    const side = git(repo, 'rev-parse', 'side').trim();
    expect(touchersOf(repo, 'HEAD', 'HEAD', 'a.ts', (c: string) => c === side)).toEqual(gits);
    // Asked whether a commit is one nobody made: the walk's list, which answers as git's (none).
    const none = touchersOf(repo, 'HEAD', 'HEAD', 'a.ts', () => false) as string[];
    expect(none).toContain(side);
    expect(none.some(() => false)).toBe(gits.some(() => false));
    expect(adderOf(repo, 'HEAD', 'a.ts')).toBe(
      perFile(repo, '--diff-filter=A', '--format=%H', '-1', 'HEAD', '--', 'a.ts')[0],
    );
  });
});

describe("the harness's file logs, a name with glob characters", () => {
  it('reads `[id].ts` as that file, in the walk and in git log alike', () => {
    const repo = tempDir('file-logs-glob-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, { 'x.ts': '1\n' });
    const first = commit(repo, BOT, 'feat(api): x', '2024-07-01T00:00:00Z');
    write(repo, { 'i.ts': '1\n' });
    const glob = commit(repo, BOT, 'feat(api): i', '2024-07-02T00:00:00Z');
    write(repo, { '[id].ts': '1\n' });
    const own = commit(repo, PERSON, 'feat: [id]', '2024-07-03T00:00:00Z');
    // (A merge, so that git is asked file by file.)
    git(repo, 'checkout', '-q', '-b', 'side', first);
    write(repo, { 'y.ts': '1\n' });
    commit(repo, PERSON, 'fix: y on a side', '2024-07-04T00:00:00Z');
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'merge', '-q', '--no-edit', 'side');
    expect(fileLogs(repo, 'HEAD', 'HEAD').linear).toBe(false);
    expect(touchersOf(repo, 'HEAD', 'HEAD', '[id].ts')).toEqual([own]);
    expect(touchersOf(repo, `${first}..HEAD`, 'HEAD', '[id].ts')).not.toContain(glob);
    expect(adderOf(repo, 'HEAD', '[id].ts')).toBe(own);
  });
});
