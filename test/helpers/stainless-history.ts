/**
 * A small Stainless SDK repository's history, written commit by commit: the files of a petstore SDK as Stainless's
 * generator wrote them, `.stats.yml`, and commits by Stainless's bot or by a person at given times (committer time
 * orders generations). For tests of how migrate finds the generation the owners' edits are measured against.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { headCommit } from './git-history';
import { git, GIT_IDENTITY } from './git-repo';
import { tempDir } from './sdk';

export const HEADER = '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
export const BOT = 'stainless-app[bot] <142633134+stainless-app[bot]@users.noreply.github.com>';
export const PERSON = 'Ada Owner <ada@example.com>';
export const OWNERS_LINE = "  // Retries a 429 once: the API's rate limit is short.\n";

/**
 * The message of a release pull request of Stainless's squash-merged by its bot: the titles of the generator's commits
 * it brought, then (with `personsNote`) the title of a person's commit pushed onto the pull request, and the
 * `Co-authored-by:` trailers (the bot's; the person's where they pushed one: a mixed squash).
 */
export const releaseSquash = (version: string, generatorTitles: string[], personsNote?: string) =>
  [
    `release: ${version} (#9)`,
    ...generatorTitles.flatMap((title) => ['', `* ${title}`]),
    ...(personsNote ? ['', `* ${personsNote}`] : []),
    '',
    '---------',
    '',
    `Co-authored-by: ${BOT}`,
    ...(personsNote ? [`Co-authored-by: ${PERSON}`] : []),
  ].join('\n');

export const stats = (endpoints: number, hash: string) =>
  `configured_endpoints: ${endpoints}\nopenapi_spec_hash: ${hash}\nconfig_hash: 0123456789abcdef\n`;
export const pets = (extra = '') =>
  `${HEADER}export class Pets {\n  list() {\n    return this.get('/pets');\n  }\n${extra}}\n`;
export const client = (resources: string[]) =>
  `${HEADER}export class Petstore {\n${resources.map((r) => `  ${r.toLowerCase()} = new ${r}(this);\n`).join('')}}\n`;
export const stores = `${HEADER}export class Stores {\n  list() {\n    return this.get('/stores');\n  }\n}\n`;

export function write(repo: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
}

/** Everything in `repo` committed by `author` at `date` (author and committer time); returns the commit. */
export function commit(repo: string, author: string, message: string, date: string): string {
  git(repo, 'add', '-A');
  // Committer time orders generations.
  process.env.GIT_COMMITTER_DATE = date;
  try {
    git(repo, 'commit', '-q', '--no-gpg-sign', `--author=${author}`, `--date=${date}`, '-m', message);
  } finally {
    delete process.env.GIT_COMMITTER_DATE;
  }
  return headCommit(repo);
}

/**
 * A history `build` writes, made once for the test file: each call returns a copy of it (the same commits, in a
 * folder of the caller's own, which its test may change). The git processes that write a history cost most of these
 * tests' time, and most files read one history in several tests; a copy is a few file writes.
 */
export function historyOnce<T extends object>(prefix: string, build: (repo: string) => T): () => T & { repo: string } {
  let made: { repo: string; value: T } | undefined;
  return () => {
    if (!made) {
      const repo = tempDir(`${prefix}once`);
      made = { repo, value: build(repo) };
    }
    const copy = tempDir(prefix);
    cpSync(made.repo, copy, { recursive: true, preserveTimestamps: true });
    // The index holds each file's inode: refreshed, git reads the copy's files as unchanged, as in the original.
    spawnSync('git', ['update-index', '-q', '--refresh'], { cwd: copy, env: { ...process.env, ...GIT_IDENTITY } });
    return { ...made.value, repo: copy };
  };
}

/**
 * A history whose generated branch began after the release (linq-node's): on `main`, the bot's generation of the pets
 * (with `extra` files), the owners' OWNERS_LINE, the bot's API update (the release); four days on, the orphan branch
 * `branch` whose first commit, the bot's, has the owners' line already. `main` is checked out again at the end;
 * returns the bot's three commits.
 */
export function laterBranchHistory(
  repo: string,
  branch: string,
  extra: Record<string, string> = {},
): { generation: string; update: string; later: string } {
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { '.stats.yml': stats(1, 'aaaa'), 'src/resources/pets.ts': pets(), ...extra });
  const generation = commit(repo, BOT, 'feat(api): pets', '2026-02-17T00:00:00Z');
  write(repo, { 'src/resources/pets.ts': pets(OWNERS_LINE) });
  commit(repo, PERSON, 'fix: say why pets retry', '2026-02-18T00:00:00Z');
  write(repo, { '.stats.yml': stats(1, 'bbbb') });
  const update = commit(repo, BOT, 'feat(api): api update', '2026-02-19T00:00:00Z');
  git(repo, 'checkout', '-q', '--orphan', branch);
  git(repo, 'rm', '-rq', '--cached', '.');
  write(repo, { '.stats.yml': stats(1, 'cccc'), 'src/resources/pets.ts': pets(OWNERS_LINE) });
  const later = commit(repo, BOT, 'Initial commit', '2026-02-23T00:00:00Z');
  git(repo, 'checkout', '-q', '-f', 'main');
  return { generation, update, later };
}
