/**
 * The trial harness's check 9 (bench/migrate-trials/lib/pipeline-regen.mjs): after the migrate commit, the owners'
 * next regeneration, run as their workflow runs it in a runner-like clone, changes nothing and leaves `sdkgen check`
 * green; a spec committed without regenerating, or a manifest whose inputs key another run would not write, fails it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { pipelineCommand, regenerateAsPipeline } from '../bench/migrate-trials/lib/pipeline-regen.mjs';
import { buildSdkgen } from './helpers/build';
import { git, harnessRun as run } from './helpers/git-repo';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SDKGEN = path.join(ROOT, 'bin/sdkgen.js');
const spec = (paths: string) => `openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
servers: [{ url: 'https://pets.example.com' }]
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: a pet
          content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } }
${paths}`;

const OWNERS_OP = `  /owners:
    get:
      operationId: listOwners
      responses:
        '200':
          description: owners
          content: { application/json: { schema: { type: array, items: { type: string } } } }
`;

/** A generated SDK committed in its own git repository, in a trial-like run dir: `{ runDir, repo }`. */
function committedSdk(): { runDir: string; repo: string } {
  const runDir = tempDir('pipeline-regen');
  const repo = path.join(runDir, 'repo');
  git(runDir, 'init', '-q', '-b', 'main', 'repo');
  writeFileSync(path.join(repo, 'openapi.yaml'), spec(''));
  const gen = run('node', [SDKGEN, 'generate', 'openapi.yaml', '-o', '.'], repo, 300);
  if (gen.status !== 0) throw new Error(`sdkgen generate: ${gen.stdout}${gen.stderr}`);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'generated');
  return { runDir, repo };
}

beforeAll(() => buildSdkgen());

describe('pipelineCommand', () => {
  it("reads the workflow's sdkgen line with its env and RUNNER_TEMP", () => {
    const dir = tempDir('pipeline-cmd');
    const wf = path.join(dir, '.github/workflows');
    mkdirSync(wf, { recursive: true });
    writeFileSync(path.join(wf, 'ci.yml'), 'name: CI\njobs:\n  x:\n    steps:\n      - run: npm test\n');
    writeFileSync(
      path.join(wf, 'regen.yml'),
      [
        'jobs:',
        '  update:',
        '    env:',
        "      BRANCH: 'bot/regen'",
        '    steps:',
        '      - run: |',
        '          sdkgen update --branch "$BRANCH" --pr-body "$RUNNER_TEMP/body.md"',
      ].join('\n'),
    );
    expect(pipelineCommand(dir, '/t')).toEqual({
      verb: 'update',
      args: ['--branch', 'bot/regen', '--pr-body', '/t/body.md'],
      workflow: '.github/workflows/regen.yml',
    });
    expect(pipelineCommand(tempDir('pipeline-none'), '/t')).toBeNull();
  });
});

describe('regenerateAsPipeline', () => {
  it('passes a committed generation, and fails a spec committed without regenerating', () => {
    const { runDir, repo } = committedSdk();
    const clean = regenerateAsPipeline({ repo, runDir, name: 'pets', sdkgenBin: SDKGEN, run });
    expect(clean.reason).toContain('clean, check green');
    expect(clean.ok).toBe(true);

    writeFileSync(path.join(repo, 'openapi.yaml'), spec(OWNERS_OP));
    git(repo, 'commit', '-q', '-am', 'a new endpoint, not generated');
    const stale = regenerateAsPipeline({ repo, runDir, name: 'pets', sdkgenBin: SDKGEN, run });
    expect(stale.ok).toBe(false);
    expect(stale.reason).toMatch(/changed \d+ file\(s\)/);
    expect(stale.log).toMatch(/changed since the migrate commit: .*src\/resources\/owners/);
  });

  // A generation and a pipeline run of their own for the check's other way to fail: SDKGEN_SLOW_TESTS=full (CI's).
  // `npm test` keeps the check failing a stale spec (above), and a manifest edited by hand generating again
  // (inputs-key.test.ts).
  it.runIf(SLOW_FULL)('fails a manifest whose inputs key the same inputs would not have', () => {
    const { runDir, repo } = committedSdk();
    const manifest = path.join(repo, '.sdkgen/manifest.json');
    const text = readFileSync(manifest, 'utf8');
    expect(text).toMatch(/"inputsKey": "[0-9a-f]+"/);
    writeFileSync(
      manifest,
      text.replace(/"inputsKey": "[0-9a-f]+"/, '"inputsKey": "0123456789abcdef0123456789abcdef"'),
    );
    git(repo, 'commit', '-q', '-am', 'another key');
    const r = regenerateAsPipeline({ repo, runDir, name: 'pets', sdkgenBin: SDKGEN, run });
    expect(r.ok).toBe(false);
    expect(r.reason).toContain("the manifest's inputsKey alone");
  });
});
