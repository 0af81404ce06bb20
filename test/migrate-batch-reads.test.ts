/**
 * The composed base reads each edited file's blob before its first edit, and each commit's time, in one spawn for all
 * files (repository/batch-reads.ts): the answers are those of a `git rev-parse --verify --quiet` and a `git log -1
 * --format=%ct` per spec, which took minutes on openai-node's 200 edited files under load.
 */
import { describe, expect, it } from 'vitest';
import { commitTimesOf, objectIds } from '../generator/migrate/repository/batch-reads';
import { git } from './helpers/git-repo';
import { BOT, commit, historyOnce, PERSON, write } from './helpers/stainless-history';

/** The history, written once for the file: each test reads a copy of it. */
const history = historyOnce('batch-reads-', (repo) => {
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { 'src/a.ts': 'a\n', 'src/dir/b.ts': 'b\n', 'my file.txt': 'spaced\n' });
  commit(repo, BOT, 'feat: first', '2026-01-01T00:00:00Z');
  const first = git(repo, 'rev-parse', 'HEAD').trim();
  write(repo, { 'src/a.ts': 'a2\n', 'src/c.ts': 'c\n' });
  commit(repo, PERSON, 'fix: second', '2026-01-02T00:00:00Z');
  return { first, second: git(repo, 'rev-parse', 'HEAD').trim() };
});

/** What `git rev-parse --verify --quiet <spec>` prints, or undefined where it fails. */
function revParse(repo: string, spec: string): string | undefined {
  try {
    return git(repo, 'rev-parse', '--verify', '--quiet', spec).trim() || undefined;
  } catch {
    return undefined;
  }
}

describe('migrate: git reads in batches', () => {
  it('names the object of each spec as rev-parse does, and leaves out what names nothing', () => {
    const { repo, first, second } = history();
    const specs = [
      `${second}^:./src/a.ts`,
      `${second}:./src/a.ts`,
      `${second}^:./src/c.ts`,
      `${second}:./src/c.ts`,
      `${first}^:./src/a.ts`,
      `${second}:./src/dir`,
      `${second}:./my file.txt`,
      `${second}:./src/a.ts`,
    ];
    const ids = objectIds(repo, specs);
    for (const spec of specs) expect(ids.get(spec)).toBe(revParse(repo, spec));
    expect([...ids.keys()]).toHaveLength(5);
  });

  it('gives each revision its commit time as git log does', () => {
    const { repo, first, second } = history();
    const revs = [`${second}^`, second, first, 'HEAD', `${second}^`];
    const times = commitTimesOf(repo, revs);
    for (const rev of revs) expect(times.get(rev)).toBe(Number(git(repo, 'log', '-1', '--format=%ct', rev).trim()));
  });
});
