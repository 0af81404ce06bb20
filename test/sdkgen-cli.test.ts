/**
 * runSdkgen answers CLI tests from a warm sdkgen process (test/helpers/sdkgen-host.mjs) instead of a new process per
 * command: its answers must be what `node bin/sdkgen.js` prints and exits with, in the folder and environment given,
 * and a command that runs past its timeout must be killed without taking the next command down with it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSdkgen } from './helpers/build';
import { git } from './helpers/git-repo';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';
import { runSdkgen } from './helpers/sdkgen-cli';

const MINI = `openapi: 3.1.0
info: { title: Mini API, version: 1.0.0 }
paths:
  /pets:
    get:
      operationId: listPets
      responses: { '200': { description: ok } }
`;

function spawned(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/sdkgen.js'), ...args], {
    encoding: 'utf8',
    cwd,
    env,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

describe('runSdkgen (the warm sdkgen)', () => {
  let dir: string;
  beforeAll(() => {
    buildSdkgen();
    dir = tempDir('sdkgen-cli');
    writeFileSync(path.join(dir, 'mini.yaml'), MINI);
    writeFileSync(path.join(dir, 'broken.yaml'), 'openapi: 3.1.0\ninfo: [1,\n');
  });

  // (The version: the last test's command after a kill, compared the same way.)
  it.each([
    ['the help of a command', ['help', 'generate']],
    ['an unknown command (exit 2)', ['frobnicate']],
    ['an unknown option (exit 2)', ['generate', 'mini.yaml', '--frobnicate']],
    ['a spec that does not parse (exit 1), by a path relative to the folder', ['generate', 'broken.yaml', '-o', 'out']],
    ['a dry run, by a path relative to the folder', ['generate', 'mini.yaml', '--dry-run', '-o', 'dry']],
  ])('%s: the same exit code, stdout and stderr as bin/sdkgen.js', (_, args) => {
    const expected = spawned(args, dir);
    expect(runSdkgen(args, { cwd: dir })).toEqual(expected);
  });

  it('runs in the folder given, writes there, and with the environment given', () => {
    // git, which sdkgen runs for a git: input, finds the repository through GIT_DIR when the environment has it (the
    // test's folder is inside the sdkgen checkout, whose HEAD has no mini.yaml).
    const repo = path.join(dir, 'repo');
    mkdirSync(repo);
    writeFileSync(path.join(repo, 'mini.yaml'), MINI);
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'spec');
    const args = ['diff', 'git:HEAD:mini.yaml', 'mini.yaml'];
    const env = { ...process.env, GIT_DIR: path.join(repo, '.git'), GIT_WORK_TREE: repo };
    const withRepository = runSdkgen(args, { cwd: dir, env });
    expect(withRepository).toEqual(spawned(args, dir, env));
    expect(withRepository.code).toBe(0);
    const without = runSdkgen(args, { cwd: dir });
    expect(without).toEqual(spawned(args, dir));
    expect(without.code).not.toBe(0);
    expect(runSdkgen(['generate', 'mini.yaml', '-o', 'written', '--quiet'], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, 'written/package.json'))).toBe(true);
  });

  it('kills a command that runs past its timeout, and the next command (the version) runs as bin/sdkgen.js does', () => {
    const killed = runSdkgen(['generate', 'mini.yaml', '-o', 'slow'], { cwd: dir, timeout: 1 });
    expect(killed).toMatchObject({ code: null, signal: 'SIGKILL' });
    expect(runSdkgen(['--version'], { cwd: dir })).toEqual(spawned(['--version'], dir));
  });
});
