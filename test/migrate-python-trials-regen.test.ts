/**
 * The Python trials' check 8 (bench/migrate-trials/lib/python-trial.mjs `sdkgenCheck`): `sdkgen check` in a fresh clone
 * with the owners' config repository out of reach, then the owners' next regeneration run as their pipeline runs it,
 * in a clone laid out as a CI runner's checkout (lib/pipeline-regen.mjs, the TypeScript trials' check 9), not in a
 * clone at the migrated repository's own depth.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { sdkgenCheck } from '../bench/migrate-trials/lib/python-trial.mjs';
import { buildSdkgen } from './helpers/build';
import { git, GIT_IDENTITY, harnessRun } from './helpers/git-repo';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';
import { runSdkgen } from './helpers/sdkgen-cli';
import { SLOW_FULL } from './helpers/slow-tests';

const SDKGEN = path.join(ROOT, 'bin/sdkgen.js');
const spec = (summary: string) => `openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
servers: [{ url: 'https://pets.example.com' }]
paths:
  /pets/{id}:
    get:
      operationId: getPet
      summary: ${summary}
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: a pet
          content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } }
`;

const CONFIG = `organization:
  name: pets
targets:
  python:
    package_name: pets
    project_name: pets
resources:
  pets:
    methods:
      retrieve: get /pets/{id}
`;

/** A generated Python SDK committed in a trial-like run dir (`<runs>/<name>/<timestamp>/repo`), inputs beside it. */
function committedPythonSdk(): { runDir: string; repo: string; inputs: string } {
  const runDir = path.join(tempDir('python-trial-regen'), 'pets-python', '2026-01-01T00-00-00');
  const inputs = path.join(runDir, 'owners-config-repo');
  mkdirSync(inputs, { recursive: true });
  writeFileSync(path.join(inputs, 'README.md'), 'the owners’ config repository\n');
  git(runDir, 'init', '-q', '-b', 'main', 'repo');
  const repo = path.join(runDir, 'repo');
  writeFileSync(path.join(repo, 'openapi.yaml'), spec('Fetch a pet'));
  // (A config naming the package, as every migrated repository has: migrate writes one when the owners have none.)
  writeFileSync(path.join(repo, 'stainless.yml'), CONFIG);
  const argv = ['generate', 'openapi.yaml', '-o', '.', '--config', 'stainless.yml', '--target', 'python'];
  const gen = runSdkgen(argv, { cwd: repo });
  if (gen.code !== 0) throw new Error(`sdkgen generate: ${gen.stdout}${gen.stderr}`);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'generated');
  // Keyed as the pipeline's `sdkgen update` keys it (a Python generation by `sdkgen generate <spec> -o .` is keyed
  // otherwise for the same output: reported, not this check's concern).
  const update = runSdkgen(['update', '--branch', 'main'], { cwd: repo, env: { ...process.env, ...GIT_IDENTITY } });
  if (update.code !== 0) throw new Error(`sdkgen update: ${update.stdout}${update.stderr}`);
  return { runDir, repo, inputs };
}

// A Python generation, an update and two regenerations through the pipeline: SDKGEN_SLOW_TESTS=full's (CI's). In `npm
// test`, the same pipeline run (lib/pipeline-regen.mjs) passing and failing is the TypeScript trials' check 9's
// (migrate-trials-pipeline-regen.test.ts).
beforeAll(() => {
  if (SLOW_FULL) buildSdkgen();
});

describe('Python trial check 8', () => {
  it.runIf(SLOW_FULL)(
    "regenerates in a CI runner's layout: clean for a committed generation, a failure for a stale one",
    () => {
      const { runDir, repo, inputs } = committedPythonSdk();
      const clean = sdkgenCheck({ repo, runDir, inputs, sdkgenBin: SDKGEN, run: harnessRun });
      expect(clean.reason).toContain('up to date (fresh clone)');
      expect(clean.reason).toContain('regenerating as the pipeline does');
      expect(clean.log).toContain(path.join(runDir, 'runner', 'work', 'pets-python', 'pets-python'));
      expect(clean.status).toBe('pass');
      // The owners' config repository is back, and the clones are gone.
      expect(existsSync(inputs)).toBe(true);
      expect(existsSync(`${inputs}.hidden`)).toBe(false);
      expect(existsSync(path.join(runDir, 'fresh-clone'))).toBe(false);
      expect(existsSync(path.join(runDir, 'runner'))).toBe(false);

      writeFileSync(path.join(repo, 'openapi.yaml'), spec('Fetch one pet by its id'));
      git(repo, 'commit', '-q', '-am', 'the spec changed, not regenerated');
      const stale = sdkgenCheck({ repo, runDir, inputs, sdkgenBin: SDKGEN, name: 'pets-python', run: harnessRun });
      expect(stale.status).toBe('fail');
      expect(stale.reason).toMatch(/changed \d+ file\(s\)/);
    },
  );
});
