/**
 * The steps the migrate tests take to build a Stainless SDK repository's history in a temporary folder: everything
 * committed (by Stainless's bot for a generation, by GIT_IDENTITY's person for the owners' work), the commit a step
 * made, the owners' branch started from a generation; and a command run in the repository once migrated. Each returns
 * what the test goes on with, so that a history reads as its commits.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { git } from './git-repo';

/** The author of Stainless's generation commits in the tests' repositories. */
export const STAINLESS_BOT = 'stainless-app[bot] <bot@stainless.com>';

/** A loose ref file's or HEAD's text: a commit id, or `ref: <name>` for a symbolic ref; null when there is none. */
function readRef(repo: string, name: string): string | null {
  try {
    return readFileSync(path.join(repo, '.git', name), 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * The commit `repo`'s HEAD names. Read from .git where HEAD is a commit id or a branch with a loose ref (as a commit
 * leaves it): a git process costs the tests that build histories one spawn per commit otherwise, and starting a
 * process is most of a small repository's git time. Anything else (a packed ref, a worktree's `.git` file, another
 * ref storage) is git's to answer.
 */
export function headCommit(repo: string): string {
  let ref = readRef(repo, 'HEAD');
  for (let depth = 0; ref?.startsWith('ref: ') && depth < 5; depth++) ref = readRef(repo, ref.slice(5));
  if (ref && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(ref)) return ref;
  return git(repo, 'rev-parse', 'HEAD').trim();
}

/**
 * Everything in `repo`'s working tree committed (`git add -A`) with `message`, by `author` when given (GIT_IDENTITY's
 * person otherwise); returns the commit.
 */
export function commitAll(repo: string, message: string, author?: string): string {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', message, ...(author === undefined ? [] : ['--author', author]));
  return headCommit(repo);
}

/** Stainless's generation: everything in `repo` committed by STAINLESS_BOT with `message`; returns the commit. */
export function commitGeneration(repo: string, message = 'codegen'): string {
  return commitAll(repo, message, STAINLESS_BOT);
}

/**
 * Stainless's generation committed by STAINLESS_BOT (commitGeneration), then the owners' `main` branched from it, as a
 * repository with a `generated` branch starts; returns the generation's commit.
 */
export function commitGenerationThenMain(repo: string, message = 'codegen'): string {
  const generation = commitGeneration(repo, message);
  git(repo, 'checkout', '-q', '-b', 'main');
  return generation;
}

/**
 * `command` run in a migrated repository, its output (stdout and stderr as they came) and exit code: in CI's colourless
 * mode, without this suite's mock server (the repository's tests start their own). With `asNpmRun`, as `npm run` would
 * run it: the repository's node_modules/.bin first on PATH, without Vitest's own variables and NODE_ENV (which are
 * this suite's, not the repository's).
 */
export function runInRepository(
  command: string[],
  cwd: string,
  { asNpmRun = false }: { asNpmRun?: boolean } = {},
): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: '1' };
  delete env.TEST_API_BASE_URL;
  if (asNpmRun) {
    env.PATH = `${path.join(cwd, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`;
    for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
    delete env.NODE_ENV;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
