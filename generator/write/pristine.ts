/**
 * What sdkgen wrote last time for a file the user has since edited: the merge base of write.ts. The manifest
 * keeps only its hash. The text is in `.sdkgen/pristine/<file>` when the file was merged before (the merged file
 * is what gets committed, so history does not have sdkgen's own output of it), else in the git history of the
 * output folder (generated files are committed before anyone edits them): no second copy of the whole SDK, and it
 * survives a fresh clone. Without either there is no base, and the two versions are kept side by side as a conflict.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../sha256';

/** Where sdkgen keeps its own output of a file it merged with the user's edits. */
export function pristinePath(file: string): string {
  return `.sdkgen/pristine/${file}`;
}

export function pristineOf(dir: string, file: string, hash: string): string | null {
  try {
    const kept = readFileSync(path.join(dir, pristinePath(file)), 'utf8');
    if (sha256(kept) === hash) return kept;
  } catch {
    // none kept: look in git
  }
  return pristineFromGit(dir, file, hash);
}

/** How many of the file's commits are searched, newest first. */
const COMMITS_SEARCHED = 50;

function pristineFromGit(dir: string, file: string, hash: string): string | null {
  const git = (...args: string[]) =>
    spawnSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  const inside = git('rev-parse', '--is-inside-work-tree');
  if (inside.status !== 0 || inside.stdout.trim() !== 'true') return null;
  // The index first (generated, staged, then edited), then the commits that touched the file.
  const revisions = [''];
  const log = git('rev-list', `--max-count=${COMMITS_SEARCHED}`, 'HEAD', '--', file);
  if (log.status === 0) revisions.push(...log.stdout.split('\n').filter(Boolean));
  for (const revision of revisions) {
    const shown = git('show', `${revision}:./${file}`);
    if (shown.status === 0 && sha256(shown.stdout) === hash) return shown.stdout;
  }
  return null;
}
