/**
 * headCommit (test/helpers/git-history.ts) reads HEAD's commit from .git where it can, for the tests that build a
 * repository's history commit by commit: it must name what `git rev-parse HEAD` names in every state a test leaves a
 * repository in, and leave to git what it cannot read.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headCommit } from './helpers/git-history';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';

const revParse = (repo: string) => git(repo, 'rev-parse', 'HEAD').trim();

describe('headCommit', () => {
  it("names git's HEAD: on a branch, on a new branch, detached, with packed refs, in a worktree", () => {
    const repo = tempDir('head-commit');
    git(repo, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(repo, 'a.txt'), 'a\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'first');
    const first = revParse(repo);
    expect(headCommit(repo)).toBe(first);

    git(repo, 'checkout', '-q', '-b', 'topic/nested');
    writeFileSync(path.join(repo, 'a.txt'), 'b\n');
    git(repo, 'commit', '-qam', 'second');
    expect(headCommit(repo)).toBe(revParse(repo));
    expect(headCommit(repo)).not.toBe(first);

    git(repo, 'checkout', '-q', '--detach', first);
    expect(headCommit(repo)).toBe(first);

    // A branch whose ref is packed has no loose file: git answers.
    git(repo, 'checkout', '-q', 'topic/nested');
    git(repo, 'pack-refs', '--all');
    expect(headCommit(repo)).toBe(revParse(repo));

    // A worktree's .git is a file naming the repository's folder: git answers.
    const worktree = path.join(tempDir('head-commit-worktree'), 'tree');
    git(repo, 'worktree', 'add', '-q', worktree, 'main');
    expect(headCommit(worktree)).toBe(first);
  });
});
