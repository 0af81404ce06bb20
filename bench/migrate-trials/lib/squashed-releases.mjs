// Releases Stainless's bot squash-merged into main in a repository without a `generated` branch (cerebras-cloud-sdk-node,
// openai-node): release-please's pull request holds the generator's commits, and the squash (`release: 1.91.0 (#381)`,
// its body the squashed commits' `* subject` list) is the only record of Stainless's output there, so it is a candidate
// for the base. A person who pushed a commit onto that pull request is named in its `Co-authored-by:` trailers, and
// which of its lines are theirs is no longer in git: such a mixed squash is read file by file. Its change to a file
// people's own commits also changed (at any time) is theirs, as is a file it created without Stainless's header; its
// change to any other file is Stainless's. A file it moved (git's rename detection, -M) with its whole folder it did not
// create (cerebras-python's package, moved in release 0.3.0). The same reading as sdkgen's
// generator/migrate/repository/squashed-releases.ts and moves.ts, written out again so that the harness measures
// without sdkgen's code.
import { spawnSync } from 'node:child_process';

const HEADER = 'File generated from our OpenAPI spec by Stainless';

/** Whether a commit message is the squash of a release pull request: a release's subject, then a `* ` list. */
export function squashedRelease(body) {
  return /^release\b[^\n]*\n\s*\n\* /i.test((body ?? '').trim());
}

/**
 * Stainless's commits (a Set of shas) that also answers, given a file, for the mixed release squashes (`mixed`): one of
 * them is Stainless's for a file people's own commits never changed (`peoplesFiles`) and that it did not create without
 * Stainless's header.
 */
export class StainlessCommits extends Set {
  constructor(repo, commits = [], mixed = new Set(), peoplesFiles = new Set()) {
    super(commits);
    this.repo = repo;
    this.mixed = mixed;
    this.peoplesFiles = peoplesFiles;
    this.created = new Map();
  }

  has(commit, file) {
    if (super.has(commit)) return true;
    if (file === undefined || !this.mixed.has(commit) || this.peoplesFiles.has(file)) return false;
    if (this.movedFrom(commit, file) !== undefined) return true;
    return !this.createdWithoutHeader(commit, file);
  }

  // The path `commit` moved `file` from, where the move is followed: a whole folder's.
  movedFrom(commit, file) {
    const moves = movesOf(this.repo).get(commit) ?? [];
    return folderMoves(this.repo, commit, moves).find((m) => m.to === file)?.from;
  }

  createdWithoutHeader(commit, file) {
    const key = `${commit}\0${file}`;
    if (!this.created.has(key)) {
      const git = (...a) => spawnSync('git', a, { cwd: this.repo, encoding: 'utf8', maxBuffer: 1 << 30 });
      const before = git('rev-parse', '--verify', '-q', `${commit}^:${file}`);
      const now = before.status === 0 ? null : git('show', `${commit}:${file}`);
      this.created.set(key, now !== null && now.status === 0 && !now.stdout.slice(0, 600).includes(HEADER));
    }
    return this.created.get(key);
  }
}

/** Files the commits of `ref`'s history not by Stainless's bot (`isBot(identity)`) changed, merges aside. */
export function peoplesFiles(repo, ref, isBot) {
  const out = spawnSync('git', ['log', '--no-merges', '--no-renames', '--name-only', '--format=%x01%an <%ae>', ref], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  }).stdout;
  const files = new Set();
  for (const entry of out.split('\x01')) {
    const [identity, ...names] = entry.split('\n');
    if (!identity || isBot(identity.trim())) continue;
    for (const name of names) if (name.trim()) files.add(name.trim());
  }
  return files;
}

const MOVES = new Map();

/** The files each commit of `ref`'s history moved (git's rename detection), as `{ from, to }`, by commit. */
export function movesOf(repo, ref = 'HEAD') {
  const key = `${repo}\0${ref}`;
  if (MOVES.has(key)) return MOVES.get(key);
  const log = spawnSync(
    'git',
    ['log', '--no-merges', '-M', '--diff-filter=R', '--name-status', '--format=%x01%H', ref],
    { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 },
  ).stdout;
  const moves = new Map();
  for (const entry of log.split('\x01')) {
    const [sha, ...lines] = entry.split('\n');
    const found = lines
      .map((line) => line.split('\t'))
      .filter((f) => /^R\d*$/.test(f[0]) && f.length === 3)
      .map(([, from, to]) => ({ from, to }));
    if (sha.trim() && found.length > 0) moves.set(sha.trim(), found);
  }
  MOVES.set(key, moves);
  return moves;
}

/** Of `moves`, a whole folder's: two or more files moved with the rest of their paths kept, the old folder gone. */
export function folderMoves(repo, commit, moves) {
  const roots = new Map();
  for (const move of moves) {
    const [a, b] = [move.from.split('/'), move.to.split('/')];
    let kept = 0;
    while (kept < a.length - 1 && kept < b.length - 1 && a[a.length - 1 - kept] === b[b.length - 1 - kept]) kept++;
    if (kept === 0) continue;
    const root = `${a.slice(0, a.length - kept).join('/')}\0${b.slice(0, b.length - kept).join('/')}`;
    roots.set(root, [...(roots.get(root) ?? []), move]);
  }
  const whole = [];
  for (const [root, together] of roots) {
    const from = root.split('\0')[0];
    if (together.length < 2) continue;
    const left = spawnSync('git', ['ls-tree', '--name-only', commit, '--', `${from}/`], {
      cwd: repo,
      encoding: 'utf8',
    });
    if (left.stdout.trim() === '') whole.push(...together);
  }
  return whole;
}
