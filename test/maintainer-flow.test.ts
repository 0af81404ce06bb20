/**
 * The flagship SDK (generated/smithery) as the repository its maintainers keep: a copy becomes a git repository
 * (spec and config inside it, as in an SDK repository), and every `run:` step of the workflows it ships runs here,
 * in order, without GitHub: CI installs from the npm registry (`./scripts/bootstrap`), lints, builds, tests against
 * the mock and packs; the MCP server in packages/mcp-server installs the SDK from the same repository, builds, and
 * answers `tools/list` over stdio; the regeneration workflow finds nothing to do, then, after a spec change, commits
 * a `feat(api)!` regeneration and pushes its branch (to a local bare repository standing in for GitHub).
 *
 * Steps that need GitHub or a registry sdkgen is not published to are skipped by the small list below, each with
 * its reason. Installs are the slow part: they happen once (the release job's install and test are the same
 * commands CI ran on the same tree, and are not run twice). Offline apart from the npm registry. The package CI
 * built is then loaded as its users load it, through `import` and `require` (its build is slow too: it is not
 * done twice, here and in a test of its own).
 *
 * Run by CI (.ci/run), not by `npm test`: two npm installs of a fifth of a gigabyte, the SDK's builds and its own test
 * run took a minute and a half of `npm test`'s five on a loaded 2-core machine, and their time depends on the disk and
 * the registry's cache. `SDKGEN_WORKFLOW_TESTS=full npx vitest run test/maintainer-flow.test.ts` runs it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from './helpers/git-repo';
import { ROOT } from './helpers/paths';
import { removeWhenAllPass, tempDir } from './helpers/sdk';

/** `<workflow> › <step name>` → why the test does not run it. */
const SKIPPED: Record<string, string> = {
  'sdkgen-update.yml › Install sdkgen':
    'installs sdkgen from the npm registry, where it is not published yet: the test installs this checkout instead',
  'sdkgen-update.yml › Open or update the pull request': 'gh talks to GitHub',
  'release.yml › Publish': 'publishes to the npm registry (with an OIDC token for provenance)',
};

/**
 * `<workflow> › <step name>` → the npm lifecycle script the step would run, which repeats a build an earlier step
 * ran on the same tree: the step runs without lifecycle scripts (`npm pack` then packs the dist/ that build wrote).
 * The test checks that the script is the package's `build` script and that the Build step ran first.
 */
const REPEATED_BUILD: Record<string, string> = { 'ci.yml › Pack': 'prepack' };

interface Step {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface PackageJson {
  scripts: Record<string, string>;
}
interface Workflow {
  name: string;
  on: unknown;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: Step[]; permissions?: Record<string, string> }>;
}

/** Set by CI (.ci/run): without it, the file's tests are skipped and nothing is copied or installed. */
const FULL = process.env.SDKGEN_WORKFLOW_TESTS === 'full';
const work = FULL ? tempDir('maintainer') : '';
// The flagship SDK, cloned and installed (a fifth of a gigabyte): kept for a look only when a test failed.
removeWhenAllPass(() => work);
const repo = path.join(work, 'smithery-typescript');
const origin = path.join(work, 'origin.git');
const runnerTemp = path.join(work, 'runner-temp');
const ran: string[] = [];
const identity = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

function shell(
  script: string,
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // As GitHub runs a `run:` step on Linux.
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const readWorkflow = (file: string) =>
  yaml.load(readFileSync(path.join(repo, '.github/workflows', file), 'utf8')) as Workflow;

/** An env value: literal text, or an expression only GitHub can give (a secret, its token) — those steps are skipped. */
function literal(value: string, where: string): string {
  if (String(value).includes('${{')) throw new Error(`${where}: a step the test runs reads ${value}`);
  return String(value);
}

/**
 * Runs the `run:` steps of every job of `file`, in order. `if:` conditions are read as GitHub would for the one
 * form the workflows use (`steps.<id>.outputs.<name> == '<value>'`); anything else fails the test. Returns each
 * step's outputs by id.
 */
async function runWorkflow(file: string, env: Record<string, string>): Promise<Record<string, Record<string, string>>> {
  const workflow = readWorkflow(file);
  const outputs: Record<string, Record<string, string>> = {};
  for (const [jobName, job] of Object.entries(workflow.jobs)) {
    for (const step of job.steps) {
      if (step.run === undefined) continue;
      const key = `${file} › ${step.name ?? step.run}`;
      if (SKIPPED[key]) continue;
      if (step.if !== undefined) {
        const condition = /^steps\.([\w-]+)\.outputs\.([\w-]+) == '([^']*)'$/.exec(step.if);
        if (!condition) throw new Error(`${key}: the test cannot evaluate if: ${step.if}`);
        if (outputs[condition[1]]?.[condition[2]] !== condition[3]) continue;
      }
      const cwd = path.join(repo, step['working-directory'] ?? '.');
      // The same command on the same tree (the release job's install and test) runs once.
      const once = `${cwd}\n${step.run}`;
      if (file === 'release.yml' && ran.includes(once)) continue;
      const stepEnv: Record<string, string> = {};
      for (const [name, value] of Object.entries({ ...workflow.env, ...job.env, ...step.env }))
        stepEnv[name] = literal(value, key);
      if (REPEATED_BUILD[key]) {
        const scripts = (JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as PackageJson).scripts;
        expect(scripts[REPEATED_BUILD[key]], key).toBe(scripts.build);
        expect(ran, key).toContain(`${cwd}\n./scripts/build`);
        stepEnv.npm_config_ignore_scripts = 'true';
      }
      const githubOutput = path.join(runnerTemp, `output-${ran.length}`);
      writeFileSync(githubOutput, '');
      const result = await shell(step.run, cwd, {
        ...process.env,
        ...env,
        ...stepEnv,
        GITHUB_OUTPUT: githubOutput,
        RUNNER_TEMP: runnerTemp,
        CI: 'true',
        NO_COLOR: '1',
      });
      ran.push(once);
      expect(result.code, `${key} (job ${jobName}):\n${result.output}`).toBe(0);
      if (step.id)
        outputs[step.id] = Object.fromEntries(
          readFileSync(githubOutput, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
        );
    }
  }
  return outputs;
}

/** The environment the workflows run in: the registry cache first, the test's git identity. */
const baseEnv = {
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  ...identity,
};

let mcp: Client | null = null;

beforeAll(() => {
  if (!FULL) return;
  cpSync(path.join(ROOT, 'generated/smithery'), repo, { recursive: true });
  mkdirSync(path.join(repo, 'specs'));
  for (const file of ['smithery.openapi.yml', 'smithery.sdkgen.yaml'])
    cpSync(path.join(ROOT, 'specs', file), path.join(repo, 'specs', file));
  mkdirSync(runnerTemp);
  // The spec and config now live in the repository: regenerating records them there and changes nothing else.
  const generated = sdkgen(
    repo,
    'generate',
    'specs/smithery.openapi.yml',
    '-o',
    '.',
    '--config',
    'specs/smithery.sdkgen.yaml',
  );
  expect(generated.code, generated.stderr).toBe(0);
  expect(generated.stdout).toMatch(/ 0 files written, \d+ unchanged, 0 deleted/);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Smithery SDK');
  git(work, 'init', '-q', '--bare', origin);
  git(repo, 'remote', 'add', 'origin', origin);
});

afterAll(async () => {
  await mcp?.close().catch(() => {});
});

describe.skipIf(!FULL)('the flagship SDK as a repository its maintainers keep', () => {
  it('ships CI, regeneration and release workflows that parse, with least privileges and no expressions in run: lines', () => {
    const files = readdirSync(path.join(repo, '.github/workflows')).sort();
    expect(files).toEqual(['ci.yml', 'release.yml', 'sdkgen-update.yml']);
    for (const file of files) {
      const workflow = readWorkflow(file);
      expect(workflow.name, file).toBeTruthy();
      expect(Object.keys(workflow.jobs).length, file).toBeGreaterThan(0);
      expect(workflow.permissions, file).toBeDefined();
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps) {
          expect(step.run === undefined ? step.uses : step.run, `${file}: a step runs or uses something`).toBeTruthy();
          // Values from GitHub reach commands through env variables only.
          if (step.run !== undefined) expect(step.run, file).not.toContain('${{');
        }
    }
    const release = readWorkflow('release.yml');
    expect(release.jobs.publish.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(release.jobs.publish.steps.map((s) => s.run)).toContain('npm publish --provenance --access public');
    // The npm token a Stainless repository has (`<PREFIX>_NPM_TOKEN`), else NPM_TOKEN.
    const publish = release.jobs.publish.steps.find((s) => s.name === 'Publish');
    expect(publish?.env?.NODE_AUTH_TOKEN).toBe('${{ secrets.SMITHERY_NPM_TOKEN || secrets.NPM_TOKEN }}');
    expect(JSON.parse(readFileSync(path.join(repo, '.release-please-manifest.json'), 'utf8'))).toEqual({
      '.': JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version,
    });
    // Every step the lists name exists: they cannot hide a step that was renamed.
    for (const key of [...Object.keys(SKIPPED), ...Object.keys(REPEATED_BUILD)]) {
      const [file, name] = key.split(' › ');
      const steps = Object.values(readWorkflow(file).jobs).flatMap((j) => j.steps);
      expect(
        steps.some((s) => s.name === name && s.run !== undefined),
        key,
      ).toBe(true);
    }
  });

  it('runs CI as GitHub would: install from the registry, lint, build, test, pack; the MCP server builds against it', async () => {
    await runWorkflow('ci.yml', baseEnv);
    expect(readFileSync(path.join(repo, 'dist/index.d.ts'), 'utf8')).toContain('export');
    // The MCP server's SDK is this repository's (file:../..), built above.
    const linked = path.join(repo, 'packages/mcp-server/node_modules/@smithery/api');
    expect(readFileSync(path.join(linked, 'package.json'), 'utf8')).toContain('"name": "@smithery/api"');
    const server = path.join(repo, 'packages/mcp-server/dist/index.js');
    expect(existsSync(server)).toBe(true);
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [server],
      cwd: path.join(repo, 'packages/mcp-server'),
      env: { PATH: process.env.PATH ?? '', SMITHERY_API_KEY: 'sk-test' },
      stderr: 'pipe',
    });
    mcp = new Client({ name: 'maintainer-test', version: '1.0.0' });
    await mcp.connect(transport);
    const { tools } = await mcp.listTools();
    expect(tools.length).toBeGreaterThan(0);
    expect(tools.every((t) => t.inputSchema.type === 'object')).toBe(true);
    // The release job (install and test were run above on the same tree) up to its publish step.
    await runWorkflow('release.yml', baseEnv);
    // Two registry installs, builds and tests: ten minutes idle is plenty, a loaded machine took over ten.
  }, 1_800_000);

  // The package CI built (and packed) as npm users get it: `import` and `require` of its name load a working client.
  it('builds ESM + CJS, and both entry points load', () => {
    const consumer = path.join(work, 'consumer');
    mkdirSync(path.join(consumer, 'node_modules/@smithery'), { recursive: true });
    symlinkSync(repo, path.join(consumer, 'node_modules/@smithery/api'));
    const check = `c = new Smithery({ apiKey: 'k', baseURL: 'http://127.0.0.1:1' });
      if (typeof c.servers.releases.get !== 'function' || NotFoundError.name !== 'NotFoundError') throw new Error('bad');
      console.log(c.baseURL);`;
    writeFileSync(
      path.join(consumer, 'esm.mjs'),
      `import Smithery, { NotFoundError } from '@smithery/api';\nlet ${check}`,
    );
    writeFileSync(
      path.join(consumer, 'cjs.cjs'),
      `const { Smithery, NotFoundError } = require('@smithery/api');\nlet ${check}`,
    );
    for (const file of ['esm.mjs', 'cjs.cjs']) {
      const run = spawnSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim(), file).toBe('http://127.0.0.1:1');
    }
  });

  it('regenerates as the sdkgen-update workflow does: nothing to do, then a spec change committed and pushed', async () => {
    // A maintainer commits the lockfiles the first install wrote.
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'lockfiles');
    // In place of the skipped `npm install --global "$SDKGEN_PACKAGE"`: this checkout, installed and on PATH.
    const bin = path.join(work, 'global-bin');
    mkdirSync(bin);
    symlinkSync(path.join(ROOT, 'bin/sdkgen.js'), path.join(bin, 'sdkgen'));
    const env = { ...baseEnv, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };

    const idle = await runWorkflow('sdkgen-update.yml', env);
    expect(idle.update.status).toBe('no-changes');
    expect(git(repo, 'ls-remote', 'origin')).toBe('');

    // The API drops an endpoint: a breaking change for SDK users.
    const specFile = path.join(repo, 'specs/smithery.openapi.yml');
    const spec = yaml.load(readFileSync(specFile, 'utf8')) as { paths: Record<string, unknown> };
    const dropped = Object.keys(spec.paths).find((p) => p.startsWith('/servers/') && p.endsWith('/download'));
    expect(dropped).toBeDefined();
    delete spec.paths[dropped!];
    writeFileSync(specFile, yaml.dump(spec, { lineWidth: -1 }));
    git(repo, 'commit', '-q', '-am', 'spec: no more downloads');

    const updated = await runWorkflow('sdkgen-update.yml', env);
    expect(updated.update.status).toBe('updated');
    const pushed = git(repo, 'ls-remote', 'origin', 'refs/heads/sdkgen/update').split('\t')[0];
    expect(pushed).toBe(updated.update.commit);
    expect(git(origin, 'log', '-1', '--format=%s', 'sdkgen/update')).toMatch(/^feat\(api\)!: api update \(/);
    const body = readFileSync(path.join(runnerTemp, 'sdkgen-pr-body.md'), 'utf8');
    expect(body).toMatch(/### Breaking changes \(\d+\)\n\n- `servers(\.\w+)*\.download`/);
  }, 300_000);
});
