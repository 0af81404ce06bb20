/**
 * The trial harness's check 9, third part (bench/migrate-trials/lib/pipeline-spec-change.mjs): the owners commit a new
 * operation to the spec the migrated repository keeps (a method for it in the config), their pipeline regenerates,
 * and the result must have the new method, every owners' hunk the tree carried and a green `sdkgen check`. And the
 * harness's commands end with everything they started when their time is up (lib/process-group.mjs).
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/migrate-trials-pipeline-regen.test.ts samples the trial harness's checks (docs/contributing.md, "What
// `npm test` samples").
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { PROBE_PATH, specChangeAsPipeline, withEntry } from '../bench/migrate-trials/lib/pipeline-spec-change.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { runInGroup } from '../bench/migrate-trials/lib/process-group.mjs';
import { buildSdkgen } from './helpers/build';
import { git, harnessRun as run } from './helpers/git-repo';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SDKGEN = path.join(ROOT, 'bin/sdkgen.js');

const SPEC = `openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
servers: [{ url: 'https://pets.example.com' }]
paths:
  /pets/{id}:
    get:
      operationId: getPet
      summary: Get a pet
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: a pet
          content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } }
`;

const CONFIG = `organization: { name: pets }
targets:
  typescript:
    package_name: pets
resources:
  pets:
    methods:
      retrieve: get /pets/{id}
`;

const OWNERS_LINE = '// The pets team: ask before changing this module.';
const PETS = 'src/resources/pets.ts';

/** A generated SDK (with a Stainless config when `config`) committed, then the owners' line committed atop a module. */
function committedSdk(config: boolean): { runDir: string; repo: string } {
  const runDir = tempDir('spec-change');
  const repo = path.join(runDir, 'repo');
  git(runDir, 'init', '-q', '-b', 'main', 'repo');
  writeFileSync(path.join(repo, 'openapi.yaml'), SPEC);
  const args = ['generate', 'openapi.yaml', '-o', '.', '--formatter', 'none'];
  if (config) writeFileSync(path.join(repo, 'stainless.yml'), CONFIG);
  if (config) args.push('--config', 'stainless.yml');
  const gen = run('node', [SDKGEN, ...args], repo, 300);
  expect(gen.status, gen.stdout + gen.stderr).toBe(0);
  git(repo, 'add', '-A');
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@x', 'commit', '-q', '-m', 'generated');
  const file = path.join(repo, PETS);
  writeFileSync(file, `${OWNERS_LINE}\n${readFileSync(file, 'utf8')}`);
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@x', 'commit', '-q', '-am', "the owners' line");
  return { runDir, repo };
}

/** The owners' hunks a tree does not carry: here the one line. */
const unkept = (dir: string) => (readFileSync(path.join(dir, PETS), 'utf8').includes(OWNERS_LINE) ? [] : [PETS]);

beforeAll(() => buildSdkgen());

describe.runIf(SLOW_FULL)('withEntry', () => {
  it('adds one line under a YAML section, the rest of the file byte for byte', () => {
    const text = withEntry(SPEC, 'paths', PROBE_PATH, { get: { operationId: 'x' } });
    const lines = text.split('\n');
    expect(lines.filter((l: string) => !SPEC.split('\n').includes(l))).toEqual([
      `  "${PROBE_PATH}": {"get":{"operationId":"x"}}`,
    ]);
    expect((yaml.load(text) as { paths: Record<string, unknown> }).paths[PROBE_PATH]).toEqual({
      get: { operationId: 'x' },
    });
  });

  it('writes JSON as JSON, a flow-style section whole, and gives null without the section', () => {
    const json = withEntry('{\n    "paths": {}\n}\n', 'paths', '/a', { get: {} });
    expect(json).toBe('{\n    "paths": {\n        "/a": {\n            "get": {}\n        }\n    }\n}\n');
    const flow = withEntry('resources: { pets: { methods: { list: get /pets } } }\n', 'resources', 'probe', {
      methods: {},
    });
    expect(yaml.load(flow)).toEqual({
      resources: { probe: { methods: {} }, pets: { methods: { list: 'get /pets' } } },
    });
    expect(withEntry('openapi: 3.0.3\n', 'paths', '/a', {})).toBeNull();
  });
});

describe.runIf(SLOW_FULL)('specChangeAsPipeline', () => {
  it("passes: the new method generated (its resource in the config), the owners' line kept, check green", () => {
    const { runDir, repo } = committedSdk(true);
    const work = path.join(runDir, 'runner/work/pets/pets');
    const r = specChangeAsPipeline({ repo, work, cmd: { verb: 'generate', args: [] }, sdkgenBin: SDKGEN, run, unkept });
    expect(r.reason).toMatch(/the new method in \d+ module\(s\), every owners' hunk kept, check green/);
    expect(r.ok).toBe(true);
    expect(r.log).toMatch(/the new method: .*src\/resources\/sdkgen-trial-probe\.ts/);
    expect(readFileSync(path.join(work, PETS), 'utf8')).toContain(OWNERS_LINE);
    // The owners' commit changed the spec and config by one line each.
    const diff = spawnSync('git', ['diff', '--numstat', 'HEAD~1', 'HEAD', '--', 'openapi.yaml', 'stainless.yml'], {
      cwd: work,
      encoding: 'utf8',
    }).stdout;
    expect(diff.trim().split('\n').sort()).toEqual(['1\t0\topenapi.yaml', '1\t0\tstainless.yml']);
  });

  // Two pipeline runs of their own for the check's ways to fail: SDKGEN_SLOW_TESTS=full (CI's). `npm test` keeps the
  // check passing (above), and the ninth check failing a spec committed without regenerating
  // (migrate-trials-pipeline-regen.test.ts).
  it.runIf(SLOW_FULL)("fails a pipeline that loses the owners' line, and one that does not regenerate", () => {
    const { runDir, repo } = committedSdk(false);
    const work = path.join(runDir, 'runner/work/pets/pets');
    const forced = specChangeAsPipeline({
      repo,
      work,
      cmd: { verb: 'generate', args: ['--force'] },
      sdkgenBin: SDKGEN,
      run,
      unkept,
    });
    expect(forced.ok).toBe(false);
    expect(forced.reason).toContain(`1 owners' hunk(s) lost: ${PETS}`);
    const stale = specChangeAsPipeline({
      repo,
      work,
      cmd: { verb: 'check', args: [] },
      sdkgenBin: SDKGEN,
      run,
      unkept,
    });
    expect(stale.ok).toBe(false);
    expect(stale.reason).toContain(`no module requests ${PROBE_PATH}`);
    expect(stale.reason).toMatch(/sdkgen check after it: exit 1/);
  });
});

describe.runIf(SLOW_FULL)('runInGroup', () => {
  /** Whether `pid` still runs (a zombie, which nobody reaped yet, does not). */
  const running = (pid: number) => {
    try {
      return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
    } catch {
      return false;
    }
  };

  it.skipIf(process.platform !== 'linux')('kills what the command started, at its limit and when it exits', () => {
    const limited = runInGroup('sh', ['-c', 'sleep 300 & echo $!; sleep 300'], {
      cwd: ROOT,
      env: process.env,
      timeoutSec: 1,
    });
    expect(limited.timedOut).toBe(true);
    expect(limited.signal).toBe('SIGKILL');
    expect(running(Number(limited.stdout.trim()))).toBe(false);

    const exited = runInGroup('sh', ['-c', 'sleep 300 & echo $!; echo done >&2; exit 3'], {
      cwd: ROOT,
      env: process.env,
      timeoutSec: 60,
    });
    expect(exited).toMatchObject({ status: 3, timedOut: false, stderr: 'done\n' });
    expect(running(Number(exited.stdout.trim()))).toBe(false);

    expect(runInGroup('no-such-command-here', [], { cwd: ROOT, env: process.env, timeoutSec: 5 }).error).toEqual({
      code: 'ENOENT',
    });
  });
});
