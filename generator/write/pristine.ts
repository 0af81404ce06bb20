/**
 * What sdkgen wrote last time for a file the user has since edited: the merge base of write.ts. The manifest
 * keeps only its hash. The text is in `.sdkgen/pristine/<file>` when the file was merged before (the merged file
 * is what gets committed, so history does not have sdkgen's own output of it), else in the git history of the
 * output folder (generated files are committed before anyone edits them): no second copy of the whole SDK, and it
 * survives a fresh clone. Without either there is no base, and the two versions are kept side by side as a conflict.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../sha256';

const PRISTINE_DIR = '.sdkgen/pristine';

/** Where sdkgen keeps its own output of a file it merged with the user's edits. */
export function pristinePath(file: string): string {
  return `${PRISTINE_DIR}/${file}`;
}

/**
 * Removes every pristine copy in `dir` but those of `needed`: the files whose text on disk is not sdkgen's output of
 * them (kept with the person's edits, merged, or with conflict markers), the only ones a later merge needs a base for.
 * A file overwritten with sdkgen's output (by `--force`, or once the edits are gone), no longer generated, or left to
 * the person as no longer sdkgen's needs none. Returns the paths of the files whose copies went.
 */
export function prunePristine(dir: string, needed: ReadonlySet<string>): string[] {
  const root = path.join(dir, PRISTINE_DIR);
  let entries: string[];
  try {
    entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return []; // none kept (the common case: one failed call)
  }
  const removed: string[] = [];
  const folders = new Set<string>();
  for (const entry of entries) {
    const file = entry.split(path.sep).join('/');
    if (needed.has(file)) continue;
    const full = path.join(root, entry);
    try {
      rmSync(full);
      removed.push(file);
      folders.add(path.dirname(full));
    } catch {
      // a folder (rmSync without `recursive` refuses one): emptied below when nothing in it is needed
    }
  }
  // Deepest first, so that a folder emptied of its folders goes too; then the pristine folder, when empty.
  const byDepth = [...folders].sort((a, b) => b.length - a.length);
  for (const folder of byDepth) removeEmptyUpTo(folder, root);
  return removed;
}

/** Removes `folder` and its parents up to `top` (inclusive) while they are empty. */
function removeEmptyUpTo(folder: string, top: string): void {
  for (let current = folder; current.startsWith(top); current = path.dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return; // not empty, or gone
    }
    if (current === top) return;
  }
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
