/**
 * A release squash a person co-authored (no `generated` branch) is read file by file: its change to a file people's own
 * commits edit is theirs. Only a squash AFTER a person's own first edit of the file: before it, the person had not yet
 * touched the file, and what the squash wrote there is Stainless's (cerebras-python's `_base_client.py`: the package's
 * move in release 0.3.0 came before "Fix SDK constructor bug"; read as the owners', Stainless's old runtime module was
 * kept beside sdkgen's). The base is Stainless's file just before the person's first own edit.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../../bench/migrate-trials/lib/owners.mjs';
import { findStainlessBase } from '../../generator/migrate/repository/stainless-repo';
import { git } from '../helpers/git-repo';
import { BOT, commit, historyOnce, PERSON, releaseSquash, stats, write } from '../helpers/stainless-history';

const squash = (version: string, person: boolean) =>
  releaseSquash(version, ['feat(api): update via SDK Studio'], person ? 'Our release note' : undefined);

const CLIENT = 'src/acme/_base_client.py';
const client = (version: string, fix = '') =>
  [
    'import httpx',
    '',
    'class BaseClient:',
    '    def __init__(self, base_url: str) -> None:',
    `        self.version = "${version}"`,
    `        self.base_url = base_url${fix}`,
    '',
    '    def request(self) -> None:',
    '        return None',
    '',
  ].join('\n');

/** The history, written once for the file: each test reads a copy of it. */
const history = historyOnce('mixed-order-', (repo) => {
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { '.stats.yml': stats(1, 'aaaa'), [CLIENT]: client('1'), 'README.md': '# Acme\n' });
  commit(repo, BOT, squash('0.1.0', false), '2024-07-01T00:00:00Z');
  // A mixed squash before any edit of the file by the person: Stainless's change.
  write(repo, { '.stats.yml': stats(1, 'bbbb'), [CLIENT]: client('2'), 'README.md': '# Acme\n\nOurs.\n' });
  commit(repo, BOT, squash('0.2.0', true), '2024-07-10T00:00:00Z');
  // The person's own first edit.
  write(repo, { [CLIENT]: client('2', '.rstrip("/")') });
  commit(repo, PERSON, 'Fix SDK constructor bug', '2024-07-20T00:00:00Z');
  // A mixed squash after it: possibly theirs.
  write(repo, { '.stats.yml': stats(1, 'cccc'), [CLIENT]: client('3', '.rstrip("/")') });
  commit(repo, BOT, squash('0.3.0', true), '2024-08-01T00:00:00Z');
  return {};
});

describe('a mixed release squash before a person’s first own edit of a file', () => {
  it('migrate: the base is Stainless’s file just before the person’s first own edit', () => {
    const { repo } = history();
    const base = findStainlessBase(repo, null)!;
    expect(base.texts.get(CLIENT)).toBe(client('2'));
  });

  it('the trial harness: the same reading', () => {
    const { repo } = history();
    const owners = analyseOwners(repo, 'HEAD') as { ownersFiles: string[]; hunks: Array<{ removed: string[] }> };
    expect(owners.ownersFiles).toEqual([]);
    // Against Stainless's version 2: the person's fix (and the later mixed squash's change, not told apart) theirs.
    expect(owners.hunks.map((h) => h.removed)).toEqual([
      ['        self.version = "2"', '        self.base_url = base_url'],
    ]);
  });
});
