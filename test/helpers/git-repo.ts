/** What the tests that work in a real git repository share: the sdkgen CLI run there, and git with an identity. */
import { spawnSync } from 'node:child_process';
// @ts-expect-error: the harness is plain JavaScript
import { runInGroup } from '../../bench/migrate-trials/lib/process-group.mjs';
import { runSdkgen, type SdkgenRun } from './sdkgen-cli';

/** The identity git commits with in a test's repository (and `sdkgen update`'s commits there), whatever git's config. */
export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

export function sdkgen(cwd: string, ...args: string[]): SdkgenRun {
  return runSdkgen(args, { cwd });
}

export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_IDENTITY },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

export interface HarnessRun {
  status: number | string;
  stdout: string;
  stderr: string;
}

/** The trial harness's `run` (bench/migrate-trials/trial.mjs), for its checks under test: with GIT_IDENTITY. */
export function harnessRun(
  cmd: string,
  argv: string[],
  cwd: string,
  timeoutSec: number,
  env: Record<string, string> = {},
): HarnessRun {
  const r = runInGroup(cmd, argv, { cwd, timeoutSec, env: { ...process.env, ...GIT_IDENTITY, ...env } });
  return { status: r.status ?? `signal ${r.signal}`, stdout: r.stdout, stderr: r.stderr };
}
