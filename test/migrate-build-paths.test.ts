/**
 * `sdkgen migrate` leaves the owners' files that import Stainless's build byte for byte as they are, and they run:
 * an example importing its ES module build (`../dist/index.mjs`), a CommonJS `.js` script requiring its CommonJS
 * build (`../dist/index.js`) and a `.cjs` one requiring its folder (`../dist`), after the migrated repository's own
 * build (scripts/build.mjs): sdkgen's build writes the paths Stainless's wrote, and the package is CommonJS as
 * Stainless's was, its `exports` laid out as Stainless's (TypeScript consumers under node16, bundler and node10).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { writeFile as write } from './helpers/files';
import { git, sdkgen } from './helpers/git-repo';
import { commitAll, commitGenerationThenMain } from './helpers/git-history';
import { ROOT } from './helpers/paths';
import { runTscBuild, tempDir } from './helpers/sdk';
import { E2E_FULL } from './helpers/slow-tests';
import { PROJECT, read, writeGenerationStubs } from './helpers/stainless-repository';

/** The owners' files, as the real OneBusAway repository's examples and scripts import Stainless's build. */
const OWNERS_FILES: Record<string, string> = {
  'examples/current-time.mjs': `import onebusaway from '../dist/index.mjs';
import { OnebusawaySDK } from "../dist/client.mjs";

const client = new onebusaway({ apiKey: 'TEST', baseURL: 'http://127.0.0.1:9' });
console.log(client instanceof OnebusawaySDK, typeof client.currentTime.retrieve);
`,
  'examples/run.js': `// Run with: node examples/run.js
const { OnebusawaySDK } = require('../dist/index.js');

const client = new OnebusawaySDK({ apiKey: 'TEST' });
console.log(typeof client.currentTime.retrieve);
module.exports = client;
`,
  'scripts/check.cjs': `const sdk = require('../dist');

console.log(typeof sdk.default, new sdk.default({ apiKey: 'TEST' }) instanceof sdk.OnebusawaySDK);
`,
};

/** The migrated repository's build, and tsc over its consumers: CI's slow suite (docs/contributing.md). */

function node(cwd: string, file: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8', env: { ...process.env } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("sdkgen migrate: the owners' imports of Stainless's build run unchanged", () => {
  let repo: string;
  let report: MigrateResult;

  beforeAll(() => {
    repo = path.join(tempDir('migrate-build-paths'), 'onebusaway-sdk');
    mkdirSync(repo, { recursive: true });
    git(repo, 'init', '-q', '-b', 'generated');
    const stainlessPackage = JSON.parse(read(PROJECT, 'expected/package.json')) as Record<string, unknown>;
    write(repo, 'package.json', `${JSON.stringify({ ...stainlessPackage, type: 'commonjs' }, null, 2)}\n`);
    writeGenerationStubs(repo);
    commitGenerationThenMain(repo, 'Stainless: generate');
    for (const [file, text] of Object.entries(OWNERS_FILES)) write(repo, file, text);
    write(repo, 'openapi.yml', read(PROJECT, 'openapi.yml'));
    write(repo, 'stainless.yml', read(PROJECT, 'stainless.yml'));
    commitAll(repo, 'our examples');
    report = JSON.parse(sdkgen(repo, 'migrate', '--format', 'json', '--no-lockfile').stdout) as MigrateResult;
  }, 600_000);

  it('leaves them byte for byte, and lists nothing of them to do by hand', () => {
    for (const [file, text] of Object.entries(OWNERS_FILES)) expect(read(repo, file)).toBe(text);
    expect(report.writes.map((f) => f.path)).not.toEqual(expect.arrayContaining(Object.keys(OWNERS_FILES)));
    expect(report.rewrittenImports).toEqual([]);
    expect(report.needsHand.filter((n) => n.path in OWNERS_FILES)).toEqual([]);
    // The package stays CommonJS, as Stainless's was, so their .js files run as they did.
    expect((JSON.parse(read(repo, 'package.json')) as { type?: string }).type).toBe('commonjs');
  });

  // In `npm test`, unit/migrate-build-paths.test.ts checks the paths sdkgen's build writes against their imports.
  it("runs them after the repository's own build", ({ skip }) => {
    if (!E2E_FULL) skip();
    mkdirSync(path.join(repo, 'node_modules'));
    symlinkSync(path.join(ROOT, 'node_modules/typescript'), path.join(repo, 'node_modules/typescript'));
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, encoding: 'utf8' });
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
    expect(read(repo, 'dist/index.mjs')).toBe('export * from "./index.js";\nexport { default } from "./index.js";\n');

    expect(node(repo, 'examples/current-time.mjs')).toEqual({ status: 0, output: 'true function\n' });
    expect(node(repo, 'examples/run.js')).toEqual({ status: 0, output: 'function\n' });
    expect(node(repo, 'scripts/check.cjs')).toEqual({ status: 0, output: 'function true\n' });

    // The package's exports, as its users reach them (by its own name), are the same: ES modules and CommonJS.
    const users = {
      'user.mjs': "import Client, { OnebusawaySDK } from 'onebusaway-sdk';\nconsole.log(Client === OnebusawaySDK);\n",
      'user.cjs':
        "const Client = require('onebusaway-sdk');\nconsole.log(new Client({ apiKey: 'TEST' }) instanceof Client.OnebusawaySDK);\n",
    };
    for (const [file, text] of Object.entries(users)) {
      write(repo, file, text);
      expect(node(repo, file)).toEqual({ status: 0, output: 'true\n' });
    }
  }, 600_000);

  it("writes package.json's exports as Stainless's were, and TypeScript finds the types through them", ({ skip }) => {
    if (!E2E_FULL) skip();
    // Each entry a path per condition, as Stainless's: the owners' code that reads them reads what it did.
    const { exports } = JSON.parse(read(repo, 'package.json')) as { exports: Record<string, unknown> };
    expect(exports['.']).toEqual({ import: './dist/index.mjs', require: './dist/cjs/index.js' });
    expect(exports['./*']).toEqual({ import: './dist/*.mjs', require: './dist/cjs/*.js' });
    expect(report.needsHand.filter((n) => n.reason.includes('exports'))).toEqual([]);
    // Users' TypeScript, installed beside it: node16 from ES modules and CommonJS, bundler, node10.
    const uses =
      "const client: OnebusawaySDK = new Client({ apiKey: 'k' });\n" +
      'const time: CurrentTimeRetrieveResponse | undefined = undefined;\n' +
      'export const used = [client, time, CurrentTime];\n';
    const projects = (
      [
        ['node16-esm', 'module', { module: 'node16', moduleResolution: 'node16' }],
        ['node16-cjs', 'commonjs', { module: 'node16', moduleResolution: 'node16' }],
        ['bundler', 'module', { module: 'esnext', moduleResolution: 'bundler' }],
        ['node10', 'commonjs', { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true }],
      ] as const
    ).map(([name, type, options]) => {
      const dir = path.join(repo, 'consumers', name);
      mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
      symlinkSync(repo, path.join(dir, 'node_modules/onebusaway-sdk'));
      write(dir, 'package.json', JSON.stringify({ name, private: true, type }));
      write(
        dir,
        'main.ts',
        "import Client, { OnebusawaySDK } from 'onebusaway-sdk';\n" +
          "import { CurrentTime, type CurrentTimeRetrieveResponse } from 'onebusaway-sdk/resources/current-time';\n" +
          uses,
      );
      const compilerOptions = { ...options, target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], strict: true };
      write(
        dir,
        'tsconfig.json',
        JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit: true }, files: ['main.ts'] }),
      );
      return path.join(dir, 'tsconfig.json');
    });
    // And @arethetypeswrong/cli, over the package as npm packs it, at the root and a resource's module paths.
    const entrypoints = [
      '.',
      'resources',
      'resources/current-time',
      'resources/current-time.js',
      'resources/index.mjs',
    ];
    // npm pack's prepack script is the build the test above ran on this tree (dist/ is its output): npm packs that
    // dist/ without building it a second time.
    const { scripts } = JSON.parse(read(repo, 'package.json')) as { scripts: Record<string, string> };
    expect(scripts.prepack).toBe('node scripts/build.mjs');
    expect(existsSync(path.join(repo, 'dist/cjs/index.js')), 'dist/ of the build above').toBe(true);
    const attw = path.join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const checked = spawnSync(
      process.execPath,
      [attw, '--pack', '.', '--format', 'json', '--entrypoints', ...entrypoints],
      { cwd: repo, encoding: 'utf8', env: { ...process.env, npm_config_ignore_scripts: 'true' } },
    );
    const analysis = JSON.parse(checked.stdout) as { problems: Record<string, unknown> | unknown[] };
    expect(analysis.problems).toEqual(Array.isArray(analysis.problems) ? [] : {});
    expect(checked.status, checked.stderr).toBe(0);
    for (const [project, result] of runTscBuild(projects))
      expect({ project, ...result }).toEqual({ project, status: 0, output: '' });
  }, 600_000);
});
