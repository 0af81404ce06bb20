/**
 * The git work `sdkgen update` does, all local (no remote, no GitHub): is the tree clean, which commit last
 * changed the SDK's manifest (the generation the committed SDK is), and the branch and commit of a regeneration.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../diagnostics';

export function git(cwd: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new UsageError(`git is not installed (or not on PATH): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout;
}

/** The work tree's root; a UsageError outside one. */
export function repositoryRoot(dir: string): string {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${dir} is not in a git work tree: sdkgen update commits the regenerated SDK on a branch`);
  }
}

/** Paths with uncommitted changes, untracked files included (ignored ones are not). */
export function uncommitted(root: string): string[] {
  return git(root, ['status', '--porcelain'])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

/** Uncommitted paths under `dir` (after generating: what the regeneration changed). */
export function changedUnder(root: string, dir: string): string[] {
  return git(root, ['status', '--porcelain', '--untracked-files=all', '--', repoPath(root, dir) || '.'])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

/** The last commit (from HEAD) that changed `file`, or null. */
export function lastCommitChanging(root: string, file: string): string | null {
  try {
    return git(root, ['log', '-1', '--format=%H', '--', repoPath(root, file)]).trim() || null;
  } catch {
    return null; // no commits yet
  }
}

export function showFile(root: string, commit: string, file: string): string | null {
  try {
    return git(root, ['show', `${commit}:${repoPath(root, file)}`]);
  } catch {
    return null;
  }
}

/** `file` relative to the repository root, `/`-separated; starts with `..` when it lies outside. */
export function repoPath(root: string, file: string): string {
  return path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
}

export function checkBranchName(root: string, branch: string): void {
  try {
    git(root, ['check-ref-format', '--branch', branch]);
  } catch {
    throw new UsageError(`--branch: ${JSON.stringify(branch)} is not a valid branch name`);
  }
}

/**
 * Point `branch` at HEAD and switch to it, carrying the regenerated files over (HEAD does not change, so the
 * work tree is left as it is), then commit everything under `dir`. The branch is always the current commit plus
 * one regeneration: run again after the spec changes again, it is rebuilt (and force-pushed by the workflow).
 */
export function commitOnBranch(
  root: string,
  dir: string,
  branch: string,
  message: { subject: string; body: string },
): string {
  git(root, ['checkout', '-q', '-B', branch]);
  git(root, ['add', '-A', '--', repoPath(root, dir) || '.']);
  git(root, ['commit', '-q', '--no-verify', '-m', message.subject, '-m', message.body]);
  return git(root, ['rev-parse', 'HEAD']).trim();
}
