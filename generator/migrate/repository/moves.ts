/**
 * Files moved in a repository's history, as git's rename detection (`-M`: a file deleted and one added in the same
 * commit, at least half alike) pairs them. cerebras-python's release 0.3.0 moved its package (`src/cerebras_cloud_sdk/*`
 * → `src/cerebras/cloud/sdk/*`); read without renames, each module at the new path is a file that commit created, and
 * Stainless's runtime modules, which carry no banner, then look like files people wrote. A move is followed (the file
 * at the new path descends from the one at the old path, its history that file's) where the evidence says it is one:
 * git pairs the two files, and the whole folder moved at once (every file of the old folder gone, two or more of them
 * now under the new folder with the rest of their paths kept). A file moved alone (a person's to their own folder,
 * say) is not followed: at its new path it is a file that commit created, as before.
 */
import { git } from './bot-commits';

/** A file moved by a commit: its path before and after. */
export interface Move {
  from: string;
  to: string;
}

const READ = new Map<string, Map<string, Move[]>>();

/** The moves of each commit of HEAD's history (merges aside), read once per repository and HEAD. */
export function movesOf(dir: string): Map<string, Move[]> {
  const head = git(dir, ['rev-parse', 'HEAD']).stdout.trim();
  const key = `${dir}\0${head}`;
  const known = READ.get(key);
  if (known) return known;
  const moves = new Map<string, Move[]>();
  const log = git(dir, [
    'log',
    '--no-merges',
    '-M',
    '--diff-filter=R',
    '--relative',
    '--name-status',
    '--format=%x01%H',
    'HEAD',
  ]).stdout;
  for (const entry of log.split('\x01')) {
    const [sha, ...lines] = entry.split('\n');
    const found = lines
      .map((line) => line.split('\t'))
      .filter((fields) => /^R\d*$/.test(fields[0]) && fields.length === 3)
      .map(([, from, to]) => ({ from, to }));
    if (sha.trim() && found.length > 0) moves.set(sha.trim(), found);
  }
  READ.set(key, moves);
  return moves;
}

/**
 * The moves of `commit` that are a whole folder's: two or more files moved from one folder to another with the rest
 * of their paths kept, no file left in the old folder after the commit.
 */
export function folderMoves(dir: string, commit: string, moves: readonly Move[]): Move[] {
  const byRoot = new Map<string, Move[]>();
  for (const move of moves) {
    const root = movedRoot(move);
    if (root !== null) byRoot.set(root.join('\0'), [...(byRoot.get(root.join('\0')) ?? []), move]);
  }
  const whole: Move[] = [];
  for (const [root, together] of byRoot) {
    const from = root.split('\0')[0];
    if (together.length < 2 || from === '') continue;
    const left = git(dir, ['ls-tree', '--name-only', commit, '--', `${from}/`]).stdout.trim();
    if (left === '') whole.push(...together);
  }
  return whole;
}

/**
 * The folders a move is between, `[from, to]`: the paths less the longest run of trailing segments they share (at
 * least the file's name). Null for a file renamed in place or given another name.
 */
function movedRoot({ from, to }: Move): [string, string] | null {
  const [a, b] = [from.split('/'), to.split('/')];
  let kept = 0;
  while (kept < a.length - 1 && kept < b.length - 1 && a[a.length - 1 - kept] === b[b.length - 1 - kept]) kept++;
  if (kept === 0) return null;
  return [a.slice(0, a.length - kept).join('/'), b.slice(0, b.length - kept).join('/')];
}
