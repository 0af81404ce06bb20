/** What the tests that work in a real git repository share: the sdkgen CLI run there, and git with an identity. */
import { spawnSync } from 'node:child_process';
import { runSdkgen, type SdkgenRun } from './sdkgen-cli';

export function sdkgen(cwd: string, ...args: string[]): SdkgenRun {
  return runSdkgen(args, { cwd });
}

export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}
