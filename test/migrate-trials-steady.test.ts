/**
 * The trials' mock servers (bench/migrate-trials/lib/mock-servers.mjs): newer Stainless repositories' `scripts/mock`
 * runs Stainless's Steady (`npm exec --package=@stdy/cli@<version> -- steady … "$URL"`), which the trial installs
 * once from the registry into a cache under the runs dir (offline afterwards) and runs through its stand-in for
 * `npm exec`/`npx`, a version the registry lacks standing in by the nearest it has, said so. The registry is a fake
 * here; the real install and run is SDKGEN_PYTHON_TESTS=full.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { runScript } from '../bench/migrate-trials/lib/python-script-test.mjs';
import {
  mockServerEnv,
  mockServerNotes,
  prepareMockServers,
  provideSteady,
  steadyVersionsAsked,
  writeMockServerShims,
  // @ts-expect-error: the harness is plain JavaScript
} from '../bench/migrate-trials/lib/mock-servers.mjs';
import { tempDir } from './helpers/sdk';
import { PETS_MOCK_SPEC as SPEC } from './helpers/pets-mock-spec';

const STEADY_MOCK = `#!/usr/bin/env bash
if [ "$1" == "--daemon" ]; then
  npm exec --package=@stdy/cli@0.22.1 -- steady --version
  npm exec --package=@stdy/cli@0.22.1 -- steady --host 127.0.0.1 -p 4010 --validator-query-array-format=comma "$URL" &> .stdy.log &
fi
`;

/**
 * A registry that has `versions` and records what it was asked; its installs write a steady bin printing its args,
 * one that cannot run for the versions in `broken` (0.21.0's linux-x64 binary is not on the registry).
 */
function fakeRegistry(versions: string[] | null, broken: string[] = []) {
  const calls: string[] = [];
  return {
    calls,
    versions() {
      calls.push('versions');
      return versions;
    },
    install(version: string, dir: string) {
      calls.push(`install ${version}`);
      const bin = path.join(dir, 'node_modules/.bin/steady');
      mkdirSync(path.dirname(bin), { recursive: true });
      const body = broken.includes(version)
        ? 'echo "Failed to find binary for linux-x64" >&2; exit 1'
        : `echo "steady ${version} $*"`;
      writeFileSync(bin, `#!/usr/bin/env bash\n${body}\n`);
      chmodSync(bin, 0o755);
      return { ok: true, log: `installed ${version}` };
    },
  };
}

describe("the trials' Steady", () => {
  it('reads the versions of Steady the scripts ask for', () => {
    const dir = tempDir('steady-asked');
    mkdirSync(path.join(dir, 'scripts'));
    writeFileSync(path.join(dir, 'scripts/mock'), STEADY_MOCK);
    writeFileSync(
      path.join(dir, 'scripts/test'),
      'echo "npm exec --package=@stdy/cli@0.22.1 -- steady path/to/spec"\n',
    );
    expect(steadyVersionsAsked(dir)).toEqual(['0.22.1']);
    writeFileSync(path.join(dir, 'scripts/mock'), 'npx @stainless-api/prism-cli@5.15.0 mock "$URL"\n');
    writeFileSync(path.join(dir, 'scripts/test'), 'npx -y @stdy/cli --version\n');
    expect(steadyVersionsAsked(dir)).toEqual(['latest']);
    expect(steadyVersionsAsked(path.join(dir, 'nowhere'))).toEqual([]);
  });

  it('installs the version asked once, and offline afterwards; a version the registry lacks: the nearest after it', () => {
    const cache = path.join(tempDir('steady-cache'), '.steady');
    const registry = fakeRegistry(['0.21.0', '0.22.1', '0.22.2']);
    const exact = provideSteady('0.22.1', cache, registry);
    expect(exact).toMatchObject({ asked: '0.22.1', version: '0.22.1', note: null });
    expect(spawnSync(exact.bin, ['--version'], { encoding: 'utf8' }).stdout.trim()).toBe('steady 0.22.1 --version');
    // 0.20.2 (browserbase's and llama's ref) is not on the registry: 0.21.0 stands in, said so.
    const older = provideSteady('0.20.2', cache, registry);
    expect(older).toMatchObject({ asked: '0.20.2', version: '0.21.0' });
    expect(older.note).toContain('0.20.2 is not on the registry: 0.21.0 stands in');
    expect(provideSteady('latest', cache, registry).version).toBe('0.22.2');
    expect(registry.calls).toEqual([
      'versions',
      'install 0.22.1',
      'versions',
      'install 0.21.0',
      'versions',
      'install 0.22.2',
    ]);
    // Again: from the cache, the registry not asked.
    const offline = fakeRegistry(null);
    expect(provideSteady('0.22.1', cache, offline).bin).toBe(exact.bin);
    expect(provideSteady('0.20.2', cache, offline)).toMatchObject({ version: '0.21.0', note: older.note });
    expect(offline.calls).toEqual([]);
    // A version installed that does not run here (no binary for this platform on the registry): the next one.
    const cache2 = path.join(tempDir('steady-cache'), '.steady');
    const partly = fakeRegistry(['0.21.0', '0.22.1', '0.22.2'], ['0.21.0']);
    const next = provideSteady('0.20.2', cache2, partly);
    expect(next).toMatchObject({ version: '0.22.1' });
    expect(next.note).toContain('Steady 0.20.2 is not on the registry: 0.22.1 stands in');
    expect(next.note).toContain('0.21.0 does not run here: Failed to find binary for linux-x64');
    expect(existsSync(path.join(cache2, '0.21.0')), 'the one that does not run is not kept').toBe(false);
    expect(partly.calls).toEqual(['versions', 'install 0.21.0', 'install 0.22.1']);
    // No registry and nothing cached: no Steady, said why.
    const none = provideSteady('0.19.0', cache, offline);
    expect(none.bin).toBeNull();
    expect(none.note).toContain('Steady 0.19.0 could not be installed');
  });

  it('stands in for npm exec / npx of Steady: the cached one, a spec URL read as the trial’s copy', () => {
    const dir = tempDir('steady-shims');
    mkdirSync(path.join(dir, 'scripts'));
    writeFileSync(path.join(dir, 'scripts/mock'), STEADY_MOCK);
    const out = path.join(dir, 'out');
    const bin = path.join(out, 'bin');
    writeMockServerShims(bin);
    const notes = prepareMockServers({
      dir,
      bin,
      cacheDir: path.join(dir, '.steady'),
      registry: fakeRegistry(['0.21.0', '0.22.1']),
    });
    expect(notes).toEqual([]);
    const env = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      TRIAL_SPEC: '/inputs/openapi.yml',
      TRIAL_OUT: out,
      TRIAL_REAL_NPX: 'false',
      TRIAL_REAL_NPM: 'false',
    };
    const sh = (line: string) => spawnSync('bash', ['-c', line], { cwd: dir, env, encoding: 'utf8' });
    expect(sh('npm exec --package=@stdy/cli@0.22.1 -- steady --version').stdout.trim()).toBe('steady 0.22.1 --version');
    expect(
      sh('npm exec --package=@stdy/cli@0.22.1 -- steady --host 127.0.0.1 -p 4010 --validator-x=comma https://s.x/a.yml')
        .stdout,
    ).toBe('steady 0.22.1 --host 127.0.0.1 -p 4010 --validator-x=comma /inputs/openapi.yml\n');
    expect(sh('npx -y @stdy/cli@0.22.1 mock.yml -p 4010').stdout.trim()).toBe('steady 0.22.1 mock.yml -p 4010');
    expect(readFileSync(path.join(out, 'notes'), 'utf8')).toContain(
      "the spec https://s.x/a.yml read as the trial's copy",
    );
    // A version not provided is not downloaded (no network where the script runs): exit 127, said in the notes.
    const missing = sh('npm exec --package=@stdy/cli@0.9.0 -- steady --version');
    expect(missing.status).toBe(127);
    expect(readFileSync(path.join(out, 'notes'), 'utf8')).toContain('Steady 0.9.0 not provided');
    // Anything else is the real npm's (TRIAL_REAL_NPM), and Prism too where no Prism stands in (TRIAL_PRISM unset).
    expect(sh('npm --version').status).toBe(1);
    expect(sh('npx @stainless-api/prism-cli@5.15.0 mock a.yml').status).toBe(1);
    expect(existsSync(path.join(dir, '.steady/0.22.1/node_modules/.bin/steady'))).toBe(true);
  });

  it("check 9 runs the script's Steady: installed before the script runs (no network where it runs), notes said", () => {
    const dir = tempDir('steady-script');
    mkdirSync(path.join(dir, 'scripts'));
    writeFileSync(
      path.join(dir, 'scripts/test'),
      '#!/usr/bin/env bash\nset -e\nnpm exec --package=@stdy/cli@0.20.2 -- steady --host 127.0.0.1 -p 4010 https://s.x/a.yml\n',
    );
    chmodSync(path.join(dir, 'scripts/test'), 0o755);
    const registry = fakeRegistry(['0.21.0', '0.22.1']);
    const run = runScript({
      dir,
      site: null,
      pydeps: [],
      python: 'false',
      prism: 'false',
      spec: '/inputs/openapi.yml',
      out: path.join(dir, 'out'),
      steadyCache: path.join(dir, '.steady'),
      registry,
    });
    expect(run.exit, run.log).toBe(0);
    expect(run.output).toContain('steady 0.21.0 --host 127.0.0.1 -p 4010 /inputs/openapi.yml');
    expect(run.notes.join('\n')).toContain('Steady 0.20.2 is not on the registry: 0.21.0 stands in');
    expect(registry.calls).toEqual(['versions', 'install 0.21.0']);
  });

  it("the TypeScript trial's `npm test` runs the scripts' Steady through the same stand-in", () => {
    const dir = tempDir('steady-npm-test');
    mkdirSync(path.join(dir, 'scripts'));
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'acme', scripts: { test: './scripts/test' } }),
    );
    writeFileSync(
      path.join(dir, 'scripts/test'),
      '#!/usr/bin/env bash\nset -e\nnpm exec --package=@stdy/cli@0.22.1 -- steady -p 4010 "https://s.x/a.yml"\n',
    );
    chmodSync(path.join(dir, 'scripts/test'), 0o755);
    const out = path.join(dir, 'npm-test-mocks');
    const { env, notes } = mockServerEnv({
      dir,
      out,
      cacheDir: path.join(dir, '.steady'),
      spec: '/inputs/openapi.yml',
      registry: fakeRegistry(['0.22.1']),
    });
    expect(notes).toEqual([]);
    const r = spawnSync('npm', ['test'], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('steady 0.22.1 -p 4010 /inputs/openapi.yml');
    expect(mockServerNotes(out)).toEqual([
      "trial: the spec https://s.x/a.yml read as the trial's copy of it (no network here)",
    ]);
  });

  it.runIf(process.env.SDKGEN_PYTHON_TESTS === 'full')(
    "installs the real Steady and runs a Stainless scripts/mock with it in the script's own network",
    () => {
      const dir = tempDir('steady-real');
      mkdirSync(path.join(dir, 'scripts'));
      writeFileSync(path.join(dir, 'openapi.yml'), SPEC);
      // Stainless's scripts of the Steady era, shortened: the daemon, its health check, one request.
      const mock = [
        '#!/usr/bin/env bash',
        'set -e',
        'cd "$(dirname "$0")/.."',
        'npm exec --package=@stdy/cli@0.22.1 -- steady --version',
        'npm exec --package=@stdy/cli@0.22.1 -- steady --host 127.0.0.1 -p 4010 --validator-query-array-format=comma "https://storage.example/acme.yml" &> .stdy.log &',
        'n=0; while ! curl --silent --fail http://127.0.0.1:4010/_x-steady/health >/dev/null; do n=$((n+1)); [ $n -lt 300 ] || { cat .stdy.log; exit 1; }; sleep 0.1; done',
        'curl --silent --fail http://127.0.0.1:4010/pets',
      ].join('\n');
      writeFileSync(path.join(dir, 'scripts/test'), `${mock}\n`);
      chmodSync(path.join(dir, 'scripts/test'), 0o755);
      const run = runScript({
        dir,
        site: null,
        pydeps: [],
        python: 'false',
        prism: 'false',
        spec: path.join(dir, 'openapi.yml'),
        out: path.join(dir, 'out'),
        steadyCache: path.join(dir, '.steady'),
      });
      expect(run.exit, run.log).toBe(0);
      expect(run.output).toContain('steady 0.22.1');
      expect(run.output.replace(/\s/g, '')).toContain('["rex"]');
    },
    300_000,
  );
});
