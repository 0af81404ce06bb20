/**
 * In a git work tree, a file merged with conflicts is also recorded in the index as a conflict (stages 1, 2
 * and 3: base, ours, generated), as `git merge` leaves it: `git status` shows "both modified", editors offer
 * their merge tools, and `git add` after resolving clears it. Without git, outside a work tree, or in a folder git
 * ignores, the markers in the file are all there is.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** A file written with conflict markers: the three versions the merge saw (no base: none was found). */
export interface MergeConflict {
  path: string;
  base: string | null;
  ours: string;
  theirs: string;
}

export function stageConflicts(dir: string, conflicts: MergeConflict[]): boolean {
  const git = (args: string[], input?: string) =>
    execFileSync('git', args, { cwd: dir, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] }).trim();
  let top: string;
  try {
    if (git(['rev-parse', '--is-inside-work-tree']) !== 'true') return false;
    top = git(['rev-parse', '--show-toplevel']);
  } catch {
    return false; // no git, or not a work tree
  }
  const relative = (c: MergeConflict) =>
    path
      .relative(top, path.join(realpathSync(dir), c.path))
      .split(path.sep)
      .join('/');
  // A file git ignores is not the work tree's: a conflict staged for it would only block the next commit.
  let ignored = new Set<string>();
  try {
    ignored = new Set(git(['check-ignore', '--stdin'], `${conflicts.map(relative).join('\n')}\n`).split('\n'));
  } catch {
    // exit status 1: none is ignored
  }
  const lines: string[] = [];
  for (const c of conflicts) {
    const rel = relative(c);
    if (ignored.has(rel)) continue;
    const blob = (text: string) => git(['hash-object', '-w', '--stdin'], text);
    // Mode 0 and the null id remove the merged entry (stage 0) before the three stages are added.
    lines.push(`0 ${'0'.repeat(40)}\t${rel}`);
    if (c.base !== null) lines.push(`100644 ${blob(c.base)} 1\t${rel}`);
    lines.push(`100644 ${blob(c.ours)} 2\t${rel}`, `100644 ${blob(c.theirs)} 3\t${rel}`);
  }
  if (lines.length === 0) return false;
  git(['update-index', '--index-info'], `${lines.join('\n')}\n`);
  return true;
}
