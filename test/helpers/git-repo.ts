/** What the tests that work in a real git repository share: the sdkgen CLI run there, and git with an identity. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
// @ts-expect-error: the harness is plain JavaScript
import { runInGroup } from '../../bench/migrate-trials/lib/process-group.mjs';
import { ROOT } from './paths';
import { runSdkgen, type SdkgenRun } from './sdkgen-cli';

/** The CLI the trial checks under test are given as their `sdkgenBin`. */
const SDKGEN_BIN = path.join(ROOT, 'bin/sdkgen.js');

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

/**
 * The trial harness's `run` (bench/migrate-trials/trial.mjs), for its checks under test: with GIT_IDENTITY. sdkgen
 * itself (`node bin/sdkgen.js …`) is answered by the warm sdkgen process (./sdkgen-cli.ts) in the same folder and
 * environment: the checks read its output and exit code, and a process group of two cold Node processes (the
 * harness's supervisor and the CLI) per command cost most of these tests' CPU.
 */
export function harnessRun(
  cmd: string,
  argv: string[],
  cwd: string,
  timeoutSec: number,
  env: Record<string, string> = {},
): HarnessRun {
  const fullEnv = { ...process.env, ...GIT_IDENTITY, ...env };
  if (cmd === 'node' && argv[0] === SDKGEN_BIN) {
    const r = runSdkgen(argv.slice(1), { cwd, env: fullEnv, timeout: timeoutSec * 1000 });
    return { status: r.code ?? `signal ${r.signal}`, stdout: r.stdout, stderr: r.stderr };
  }
  const r = runInGroup(cmd, argv, { cwd, timeoutSec, env: fullEnv });
  return { status: r.status ?? `signal ${r.signal}`, stdout: r.stdout, stderr: r.stderr };
}
