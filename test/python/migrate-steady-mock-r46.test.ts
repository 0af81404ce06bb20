/**
 * migrate (Python): a repository whose Stainless scripts ran Stainless's mock server Steady (`npm exec
 * --package=@stdy/cli@<version> -- steady … --validator-…`, health-checked at `/_x-steady/health`) keeps Steady, with
 * the version and flags its scripts named: its owners' `./scripts/test` runs the mock their release ran, not Prism
 * (browserbase-python's 264 × 401s came from Prism reading the spec's bearer scheme). The manifest records it, so a
 * regeneration keeps it. The script runs with stand-ins for npm and curl; with SDKGEN_STEADY_CACHE naming a trial's
 * Steady cache (`<runs>/.steady`, bench/migrate-trials/lib/mock-servers.mjs) the real Steady starts too, offline.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { writeMockServerShims } from '../../bench/migrate-trials/lib/mock-servers.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { inOwnNetwork } from '../../bench/migrate-trials/lib/own-network.mjs';
import { writeFile } from '../helpers/files';
import { commitGenerationThenMain } from '../helpers/git-history';
import { sdkgen } from '../helpers/git-repo';
import { tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import {
  expectCleanRegeneration,
  PETS_CONFIG,
  PETSTORE_SPEC,
  stainlessPythonGeneration,
} from '../helpers/python-migrate';

const FLAGS =
  '--validator-query-array-format=comma --validator-form-array-format=comma ' +
  '--validator-query-object-format=brackets --validator-form-object-format=brackets';
const STAINLESS_STEADY_MOCK = `#!/usr/bin/env bash
set -e
cd "$(dirname "$0")/.."
URL="$1"
# Run steady mock on the given spec
if [ "$1" == "--daemon" ]; then
  # Pre-install the package so the download doesn't eat into the startup timeout
  npm exec --package=@stdy/cli@0.22.1 -- steady --version
  npm exec --package=@stdy/cli@0.22.1 -- steady --host 127.0.0.1 -p 4010 ${FLAGS} "$URL" &> .stdy.log &
  while ! curl --silent --fail "http://127.0.0.1:4010/_x-steady/health" >/dev/null 2>&1; do sleep 0.1; done
else
  npm exec --package=@stdy/cli@0.22.1 -- steady --host 127.0.0.1 -p 4010 ${FLAGS} "$URL"
fi
`;
/** A trial's Steady cache (`<runs>/.steady`) holding 0.22.1, where one is named. */
const STEADY_CACHE = process.env.SDKGEN_STEADY_CACHE ?? '';
const STEADY_BIN = path.join(STEADY_CACHE, '0.22.1/node_modules/.bin/steady');

function migratedSteadyRepository(): string {
  const work = tempDir('migrate-steady-mock');
  const { repo } = stainlessPythonGeneration(work, PETS_CONFIG, PETSTORE_SPEC, 'inputs/generation.yml');
  writeFile(repo, 'scripts/mock', STAINLESS_STEADY_MOCK);
  writeFile(repo, '.stats.yml', 'configured_endpoints: 2\n');
  commitGenerationThenMain(repo);
  const run = sdkgen(repo, 'migrate', '--from-repo', '--spec', PETSTORE_SPEC);
  expect(run.code, run.stdout + run.stderr).toBe(0);
  // The report names the mock kept.
  expect(run.stdout).toContain('  mock:     Steady 0.22.1 (from scripts/mock), kept');
  return repo;
}

/** The venv's python: a stand-in that asks the mock's health check and says what it was given. */
function pythonStandIn(repo: string): void {
  writeFile(
    repo,
    '.venv/bin/python',
    '#!/usr/bin/env bash\necho "python $* at $TEST_API_BASE_URL: $(curl --silent --fail "$TEST_API_BASE_URL/_x-steady/health" >/dev/null && echo healthy)"\n',
  );
  chmodSync(path.join(repo, '.venv/bin/python'), 0o755);
}

describe('a migrated repository whose Stainless scripts ran Steady', () => {
  // A whole migrate (a minute on a loaded machine): SDKGEN_SLOW_TESTS=full's, which CI runs.
  it.runIf(SLOW_FULL)("keeps Steady's version and flags in scripts/mock, which scripts/test starts", () => {
    const repo = migratedSteadyRepository();
    const mock = readFileSync(path.join(repo, 'scripts/mock'), 'utf8');
    expect(mock).not.toContain('prism');
    expect(mock).toContain(`npm exec --package=@stdy/cli@0.22.1 -- steady --host 127.0.0.1 -p 4010 ${FLAGS} "$spec"`);
    expect(mock).toContain('/_x-steady/health');
    expect(readFileSync(path.join(repo, '.gitignore'), 'utf8')).toMatch(/^\.stdy\.log$/m);
    const manifest = JSON.parse(readFileSync(path.join(repo, '.sdkgen/manifest.json'), 'utf8'));
    expect(manifest.inputs.mockServer).toMatchObject({ kind: 'steady', version: '0.22.1' });
    expectCleanRegeneration(repo);

    // scripts/test starts it: npm and curl stand-ins say what they were given.
    const bin = path.join(repo, '..', 'bin');
    mkdirSync(bin, { recursive: true });
    const calls = path.join(repo, '..', 'calls');
    writeFile(
      bin,
      'npm',
      `#!/usr/bin/env bash\necho "npm $*" >> "${calls}"\n[ "$*" = "\${*%--version}" ] && exec sleep 30\nexit 0\n`,
    );
    writeFile(bin, 'curl', `#!/usr/bin/env bash\necho "curl $*" >> "${calls}"\n`);
    chmodSync(path.join(bin, 'npm'), 0o755);
    chmodSync(path.join(bin, 'curl'), 0o755);
    pythonStandIn(repo);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, TEST_API_BASE_URL: '', OPENAPI_SPEC: '' };
    const test = spawnSync('bash', ['scripts/test'], { cwd: repo, env, encoding: 'utf8', timeout: 60_000 });
    expect(test.status, test.stdout + test.stderr).toBe(0);
    const said = readFileSync(calls, 'utf8');
    expect(said).toContain(`npm exec --package=@stdy/cli@0.22.1 -- steady --host 127.0.0.1 -p 4010 ${FLAGS} mock/`);
    expect(said).toContain('curl --silent --fail http://127.0.0.1:4010/_x-steady/health');
  });

  // The real Steady, offline from a trial's cache; none named or there: skipped (no network from the tests).
  it.runIf(SLOW_FULL && existsSync(STEADY_BIN))(
    'runs the real Steady from a trial’s cache (SDKGEN_STEADY_CACHE), in a network of its own',
    () => {
      const repo = migratedSteadyRepository();
      const bin = path.join(repo, '..', 'shims');
      writeMockServerShims(bin);
      symlinkSync(STEADY_BIN, path.join(bin, 'steady-0.22.1'));
      pythonStandIn(repo);
      const env = {
        ...process.env,
        PATH: `${bin}:${process.env.PATH}`,
        TRIAL_OUT: path.join(repo, '..'),
        TRIAL_REAL_NPX: 'false',
        TRIAL_REAL_NPM: 'false',
        TEST_API_BASE_URL: '',
        OPENAPI_SPEC: '',
      };
      const { cmd, argv } = inOwnNetwork('bash', ['scripts/test']);
      const test = spawnSync(cmd, argv, { cwd: repo, env, encoding: 'utf8', timeout: 120_000 });
      expect(test.status, test.stdout + test.stderr).toBe(0);
      expect(test.stdout).toContain('python -m pytest at http://127.0.0.1:4010: healthy');
    },
  );
});
