/**
 * Which generation's code a checkout carries, when its `.stats.yml` names a later one. A release can bring a later
 * generation's `.stats.yml` alone: reducto-node-sdk's owners squash-merged a generation by hand, and the release merged
 * after it carried the next generation's `.stats.yml` but not its code (8 of that generation's modules differ from
 * main; the generation before it, 1: the version). Taking the later one as the base makes Stainless's later changes
 * look like owners' edits reverting them.
 */
import { git } from './bot-commits';

/** Of the generations before the one with the checkout's `.stats.yml`, this many are compared with the checkout. */
const OLDER_COMPARED = 60;

/** The source files whose contents decide which generation's code the checkout carries. */
const SOURCE = /^(src|tests)\//;

/** Path → blob id of every file in a commit. */
export function treeBlobs(dir: string, commit: string): Map<string, string> {
  const blobs = new Map<string, string>();
  for (const line of git(dir, ['ls-tree', '-r', '-z', commit]).stdout.split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
    if (match) blobs.set(match[2], match[1]);
  }
  return blobs;
}

/**
 * The generation whose code the checkout carries: `matched` (of `commits`, newest first, the one with its
 * `.stats.yml`) or one of the OLDER_COMPARED before it with strictly more source files (`src/`, `tests/`) exactly as
 * the checkout has them (the newest of equals); `matched` on a tie.
 */
export function codeCarried(dir: string, commits: string[], matched: string): string {
  const at = commits.indexOf(matched);
  const older = at < 0 ? [] : commits.slice(at + 1, at + 1 + OLDER_COMPARED);
  if (older.length === 0) return matched;
  const head = treeBlobs(dir, 'HEAD');
  const same = (commit: string) => {
    let n = 0;
    for (const [file, blob] of treeBlobs(dir, commit)) if (SOURCE.test(file) && head.get(file) === blob) n++;
    return n;
  };
  let best = { commit: matched, same: same(matched) };
  for (const commit of older) {
    const n = same(commit);
    if (n > best.same) best = { commit, same: n };
  }
  return best.commit;
}
