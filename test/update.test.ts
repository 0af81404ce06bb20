/**
 * `sdkgen update`, the regeneration job of an SDK repository, in a real git repository as a workflow runs it
 * (no network, no GitHub): nothing changed → no commit and a "no changes" status; a spec change → the SDK
 * regenerated and committed on a branch with a conventional-commit message, the pull-request body written (breaking
 * changes first, custom code summarised), custom code kept; a conflict with custom code → exit 1 naming the files and
 * nothing committed; a dirty work tree → refused unless --allow-dirty.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from './helpers/git-repo';
import { ROOT } from './helpers/paths';
import { buildSdkgen } from './helpers/build';
import { tempDir } from './helpers/sdk';
import { runSdkgen } from './helpers/sdkgen-cli';

const zoo = (petRequired: string, extra = '') => `openapi: 3.1.0
info: { title: Zoo API, version: 1.0.0 }
servers: [{ url: https://api.example.com }]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      summary: Get a pet
      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
${extra}components:
  schemas:
    Pet: { type: object, properties: { name: { type: string }, age: { type: integer } }, required: [${petRequired}] }
`;
const LIST_PETS = `  /pets:
    get:
      operationId: listPets
      summary: List pets
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } } } } }
`;

let root = '';
let repo = '';
let body = '';
const sdk = (file: string) => path.join(repo, 'sdk', file);
const commitCount = (ref = 'HEAD') => Number(git(repo, 'rev-list', '--count', ref).trim());
const branches = () => git(repo, 'branch', '--format=%(refname:short)').split('\n').filter(Boolean);
const writeSpec = (text: string, message: string) => {
  writeFileSync(path.join(repo, 'zoo.yaml'), text);
  git(repo, 'commit', '-q', '-am', message);
};
/** As the generated workflow runs it: from the repository root, the SDK in `sdk/`, its status in $GITHUB_OUTPUT. */
const update = (...args: string[]) => {
  const output = path.join(root, `github-output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(output, '');
  const result = runSdkgen(['update', '-o', 'sdk', '--pr-body', body, ...args], {
    cwd: repo,
    env: {
      ...process.env,
      GITHUB_OUTPUT: output,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { code: result.code, out: result.stdout + result.stderr, outputs };
};

beforeAll(() => {
  buildSdkgen();
  root = tempDir('update');
  repo = path.join(root, 'repo');
  body = path.join(root, 'pr-body.md');
  mkdirSync(repo);
  writeFileSync(path.join(repo, 'zoo.yaml'), zoo('name'));
  // sdkgen installed in the project, as `npm install -D sdkgen` would (the action's npx finds it there).
  writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n');
  mkdirSync(path.join(repo, 'node_modules/.bin'), { recursive: true });
  symlinkSync(ROOT, path.join(repo, 'node_modules/sdkgen'), 'dir');
  symlinkSync('../sdkgen/bin/sdkgen.js', path.join(repo, 'node_modules/.bin/sdkgen'));
  git(repo, 'init', '-q', '-b', 'main');
  expect(sdkgen(repo, 'generate', 'zoo.yaml', '-o', 'sdk', '--formatter', 'none').code).toBe(0);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'generated');
});

interface Action {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Array<{ id: string; shell: string; env: Record<string, string>; run: string }> };
}

describe('sdkgen update', () => {
  it('is what the sdkgen GitHub Action (action.yml) runs: its step, with the default inputs, reports no changes', () => {
    const action = yaml.load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
    expect(action.runs.using).toBe('composite');
    const [step] = action.runs.steps;
    // With no sdkgen-package, the installed sdkgen runs: nothing is downloaded.
    expect(action.inputs['sdkgen-package'].default).toBe('');
    expect(step.run).toContain('npm exec --no -- sdkgen "${args[@]}"');
    // Inputs reach the script as env variables (GitHub fills in `${{ inputs.x }}`; here, each input's default).
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(step.env)) {
      const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value);
      expect(input, `${name}: ${value}`).not.toBeNull();
      env[name] = input![1] === 'directory' ? 'sdk' : action.inputs[input![1]].default;
    }
    const githubOutput = path.join(root, 'action-output');
    writeFileSync(githubOutput, '');
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, ...env, RUNNER_TEMP: root, GITHUB_OUTPUT: githubOutput },
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/no changes/);
    const outputs = readFileSync(githubOutput, 'utf8');
    expect(outputs).toContain(`pr-body=${path.join(root, 'sdkgen-pr-body.md')}\n`);
    expect(outputs).toContain('status=no-changes\n');
    // The action's outputs are the step's.
    expect(action.outputs.status.value).toBe('${{ steps.update.outputs.status }}');
  });

  it('changes nothing when the spec did not change: no commit, no branch, status no-changes', () => {
    const run = update();
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/no changes/);
    expect(run.outputs.status).toBe('no-changes');
    expect(commitCount()).toBe(1);
    expect(branches()).toEqual(['main']);
    expect(existsSync(body)).toBe(false);
  });

  it('regenerates after a spec change: a feat(api) commit on the branch, main untouched, the PR body written', () => {
    writeSpec(zoo('name', LIST_PETS), 'spec: list pets');
    // The user's edit to a generated file, which the regeneration must keep.
    const readme = readFileSync(sdk('README.md'), 'utf8');
    writeFileSync(sdk('README.md'), `${readme}\n## Our notes\n\nAsk the zoo team.\n`);
    git(repo, 'commit', '-q', '-am', 'our notes');
    const main = git(repo, 'rev-parse', 'main').trim();

    const run = update();
    expect(run.code, run.out).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'updated', branch: 'sdkgen/update' });
    expect(git(repo, 'rev-parse', 'main').trim()).toBe(main);
    expect(git(repo, 'rev-parse', 'sdkgen/update^').trim()).toBe(main);
    expect(run.outputs.commit).toBe(git(repo, 'rev-parse', 'sdkgen/update').trim());
    const message = git(repo, 'log', '-1', '--format=%B', 'sdkgen/update');
    expect(message).toMatch(/^feat\(api\): api update \(\d+ non-breaking\)\n/);
    expect(message).not.toMatch(/BREAKING CHANGE/);
    expect(message).toContain('pets.list');
    // Only the SDK is committed, and all of it: the tree is clean afterwards.
    const committed = git(repo, 'show', '--name-only', '--format=', 'sdkgen/update').split('\n').filter(Boolean);
    expect(committed).toContain('sdk/src/resources/pets.ts');
    expect(committed.every((f) => f.startsWith('sdk/'))).toBe(true);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(readFileSync(sdk('src/resources/pets.ts'), 'utf8')).toContain('list(');
    expect(readFileSync(sdk('README.md'), 'utf8')).toContain('Ask the zoo team.');

    const text = readFileSync(body, 'utf8');
    expect(text).toMatch(/^<!-- sdkgen-update -->\n## SDK update\n/);
    expect(text).not.toContain('### Breaking changes');
    expect(text).toMatch(/Comparing `zoo\.yaml@[0-9a-f]{7}` \(Zoo API 1\.0\.0\) with `zoo\.yaml`/);
    expect(text).toMatch(/🟢 non-breaking \| `pets\.list\(\)` added/);
    expect(text).toMatch(/### Custom code\n\n- Your edits, (merged|kept)[^\n]*`README\.md`/);
  });

  it('marks a breaking change feat(api)!, with a BREAKING CHANGE footer, and lists it first in the PR body', () => {
    git(repo, 'checkout', '-q', 'main');
    // The spec changes again before the last regeneration is merged: the branch is rebuilt from main.
    writeSpec(zoo('name').replace(', age: { type: integer }', ''), 'spec: no age, no list');
    const run = update();
    expect(run.code, run.out).toBe(0);
    expect(git(repo, 'rev-parse', 'sdkgen/update^').trim()).toBe(git(repo, 'rev-parse', 'main').trim());
    const message = git(repo, 'log', '-1', '--format=%B', 'sdkgen/update');
    expect(message).toMatch(/^feat\(api\)!: api update \(\d+ breaking/);
    expect(message).toMatch(/\nBREAKING CHANGE: /);
    // The old side is the spec main's SDK was generated from (no list), not the last commit's (which had one).
    const text = readFileSync(body, 'utf8');
    expect(text).not.toContain('pets.list');
    const breaking = text.indexOf('### Breaking changes');
    expect(breaking).toBeGreaterThan(0);
    expect(breaking).toBeLessThan(text.indexOf('### SDK changes'));
    expect(text.slice(breaking)).toMatch(/- `type Pet › age`: [^\n]*removed/);
  });

  it('fails on a conflict with custom code, naming the file, and commits nothing', () => {
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'branch', '-q', '-D', 'sdkgen/update');
    const module = sdk('src/resources/pets.ts');
    writeFileSync(module, readFileSync(module, 'utf8').replace('Get a pet', 'Get one of our pets'));
    git(repo, 'commit', '-q', '-am', 'our wording');
    writeSpec(zoo('name').replace('summary: Get a pet', 'summary: Fetch a pet'), 'spec: wording');
    const before = commitCount();
    const run = update();
    expect(run.code, run.out).toBe(1);
    expect(run.out).toMatch(/CONFLICT +src\/resources\/pets\.ts/);
    expect(run.outputs.status).toBe('conflicts');
    expect(commitCount()).toBe(before);
    expect(branches()).toEqual(['main']);
    expect(readFileSync(module, 'utf8')).toMatch(/<<<<<<< your edits[^]*Get one of our pets[^]*Fetch a pet/);
    expect(readFileSync(body, 'utf8')).toMatch(/\*\*Conflicts\*\*[^\n]*`src\/resources\/pets\.ts`/);
  });

  it('refuses a dirty work tree (exit 2) unless --allow-dirty', () => {
    git(repo, 'checkout', '-q', '-f', 'main');
    git(repo, 'reset', '-q', '--hard');
    git(repo, 'clean', '-q', '-fd');
    writeFileSync(path.join(repo, 'notes.txt'), 'not committed\n');
    const refused = update();
    expect(refused.code, refused.out).toBe(2);
    expect(refused.out).toMatch(/uncommitted changes \(notes\.txt\)/);
    expect(refused.outputs.status).toBe('failed');
    expect(branches()).toEqual(['main']);
    const allowed = update('--allow-dirty');
    expect(allowed.out).toMatch(/CONFLICT|committed|no changes/);
    expect(allowed.code).not.toBe(2);
  });
});

describe('the workflows an SDK gets', () => {
  const files = (dir: string) =>
    [
      '.github/workflows/ci.yml',
      '.github/workflows/sdkgen-update.yml',
      '.github/workflows/release.yml',
      'release-please-config.json',
      '.release-please-manifest.json',
    ].filter((f) => existsSync(path.join(dir, f)));

  it('are written by default, left out with workflows: false in the config, and not for the Deno target', () => {
    const dir = tempDir('workflows');
    writeFileSync(path.join(dir, 'zoo.yaml'), zoo('name'));
    writeFileSync(path.join(dir, 'off.yaml'), 'workflows: false\n');
    const run = (...args: string[]) => sdkgen(dir, 'generate', 'zoo.yaml', '--formatter', 'none', ...args);
    expect(run('-o', 'on', '--no-config').code).toBe(0);
    expect(files(path.join(dir, 'on'))).toHaveLength(5);
    expect(run('-o', 'off', '--config', 'off.yaml').code).toBe(0);
    expect(files(path.join(dir, 'off'))).toEqual([]);
    expect(readFileSync(path.join(dir, 'off/CONTRIBUTING.md'), 'utf8')).not.toContain('.github/workflows');
    expect(run('-o', 'deno', '--no-config', '--target', 'deno').code).toBe(0);
    expect(files(path.join(dir, 'deno'))).toEqual([]);
  });
});
