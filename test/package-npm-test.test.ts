/**
 * A generated package's own `npm test` works on a fresh copy: its Vitest setup (scripts/mock-server.mjs) starts
 * Prism mocking the spec written into the package (mock/), and the generated tests pass against it, for a fixture
 * split across files (external $refs between them).
 *
 * Offline, as in CI: instead of `npm install`, the copy's node_modules is a link to this repository's, which holds
 * the devDependencies the package names at the versions it names (checked first). The child gets no
 * TEST_API_BASE_URL (this run's global setup sets one), so the package must start its own mock.
 *
 * The flagship's own `npm install && npm test` (and lint, build, pack, its MCP server) run in
 * maintainer-flow.test.ts, as its CI workflow runs them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { FIXTURES } from './helpers/fixtures';
import { ROOT } from './helpers/paths';
import { tempDir, writeFiles } from './helpers/sdk';
import { E2E_FULL } from './helpers/slow-tests';

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** `version` meets `range`: an exact version, or a caret range (`^5.9.3`: 5.x.y at or above 5.9.3). */
function satisfies(version: string, range: string): boolean {
  const parts = (v: string) => v.split('.').map(Number);
  if (!range.startsWith('^')) return version === range;
  const [want, have] = [parts(range.slice(1)), parts(version)];
  if (have[0] !== want[0]) return false;
  for (let i = 1; i < 3; i++) if (have[i] !== want[i]) return (have[i] ?? 0) > (want[i] ?? 0);
  return true;
}

/** Links the repository's node_modules into `dir` and runs `command` there (`npm test` unless told). */
async function npmTest(dir: string, command = ['npm', 'test']): Promise<{ code: number | null; output: string }> {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  // The linked node_modules must hold what the package asks for.
  for (const [name, range] of Object.entries(pkg.devDependencies)) {
    const installed = (
      JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
    ).version;
    expect({ name, installed, satisfied: satisfies(installed, range) }).toEqual({ name, installed, satisfied: true });
  }
  if (!existsSync(path.join(dir, 'node_modules')))
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.TEST_API_BASE_URL;
  return run(command[0], command.slice(1), dir, env);
}

// A whole npm test (Vitest, Prism, tsc) in a child: CI's slow suite (SDKGEN_E2E_TESTS=full, docs/contributing.md). In
// `npm test`, fixture-sdks.test.ts runs every fixture's generated tests against Prism mocking its spec.
describe.runIf(E2E_FULL)("a generated package's npm test", () => {
  it('passes for a spec split across files (the mock resolves the $refs between them)', async () => {
    const dir = path.join(tempDir('npm-test'), 'external-refs');
    writeFiles(dir, (await generate({ spec: path.join(FIXTURES, 'external-refs/openapi.yaml') })).files);
    expect(readFileSync(path.join(dir, 'package.json'), 'utf8')).toContain('"mock": "prism mock mock/openapi.yaml"');
    // A test the maintainers wrote, where CONTRIBUTING.md tells them to: it runs beside the generated ones (in
    // Vitest's isolated default, where the generated ones share their workers), against the same mock.
    expect(readFileSync(path.join(dir, 'CONTRIBUTING.md'), 'utf8')).toContain(
      'Tests of your own go in `tests/`, outside `tests/api-resources/` (say `tests/lib/`)',
    );
    mkdirSync(path.join(dir, 'tests/lib'));
    writeFileSync(
      path.join(dir, 'tests/lib/custom.test.ts'),
      `it('reaches the mock npm test started', async () => {
  const url = process.env.TEST_API_BASE_URL;
  expect(url).toMatch(/^http:\\/\\/127\\.0\\.0\\.1:\\d+$/);
  expect((await fetch(url)).status).toBeGreaterThan(0);
});
`,
    );
    // Tests and examples import the package by its name and subpaths, as its users (and Stainless's tests) do.
    const { name, version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<
      string,
      string
    >;
    writeFileSync(
      path.join(dir, 'tests/lib/by-name.test.ts'),
      `import { expect, it } from 'vitest';
import Client from '${name}';
import { VERSION } from '${name}/version';

it('finds the package by its name', () => {
  const version: string = VERSION;
  expect(version).toBe('${version}');
  expect(Client.name).toMatch(/^[A-Z]/);
});
`,
    );
    const typecheck = await npmTest(dir, ['npx', 'tsc', '-p', 'tsconfig.json', '--noEmit']);
    // (tsc checks the tests: the file above, written for Vitest's globals without their types, has errors)
    expect(typecheck.output).toMatch(/custom\.test\.ts/);
    expect(typecheck.output).not.toMatch(/by-name\.test\.ts/);
    const { code, output } = await npmTest(dir);
    expect(output).toMatch(/Tests\s+\d+ passed/);
    expect(output).toMatch(/✓ \|custom\| tests\/lib\/custom\.test\.ts/);
    expect(output).toMatch(/✓ \|custom\| tests\/lib\/by-name\.test\.ts/);
    expect(output).toMatch(/✓ \|generated\| tests\/api-resources\//);
    expect(code, output).toBe(0);
  }, 300_000);
});
