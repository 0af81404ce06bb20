/**
 * The generated `scripts/bootstrap` installs with the package manager the repository chose: package.json's
 * `packageManager` (as Stainless's pnpm repositories have it) or its lockfile, else npm (`npm ci` with a lockfile in CI).
 * Where that package manager is not installed (GitHub's runners have no pnpm), npx runs the version package.json
 * names; the config's `packageManager` (Stainless's `package_manager`) is the package.json field it reads. Run with
 * stand-ins for npm, npx, pnpm and yarn that only say how they were called, on a PATH that has
 * nothing else but the few tools the script itself uses.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/sdk';

const BOOTSTRAP = path.join(ROOT, 'generated/smithery/scripts/bootstrap');

/** Where a command is on this machine's PATH. */
function which(command: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
  expect(found, command).not.toBe('');
  return found;
}

function bootstrap(files: Record<string, string>, installed = ['npm', 'npx', 'pnpm', 'yarn'], ci = false): string {
  const dir = tempDir('bootstrap');
  mkdirSync(path.join(dir, 'scripts'));
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(BOOTSTRAP, path.join(dir, 'scripts/bootstrap'));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  for (const tool of installed) {
    writeFileSync(path.join(dir, 'bin', tool), `#!/bin/sh\necho "${tool} $*"\n`);
    chmodSync(path.join(dir, 'bin', tool), 0o755);
  }
  for (const tool of ['dirname', 'sed', 'head', 'grep']) symlinkSync(which(tool), path.join(dir, 'bin', tool));
  const run = spawnSync(which('bash'), ['scripts/bootstrap'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: path.join(dir, 'bin'), CI: ci ? 'true' : '' },
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

describe('scripts/bootstrap', () => {
  const pkg = (extra: string) => `{\n  "name": "x",${extra}\n  "version": "1.0.0"\n}\n`;

  it('installs with the package manager package.json names, or whose lockfile is there, else npm', () => {
    expect(bootstrap({ 'package.json': pkg('\n  "packageManager": "pnpm@10.30.1",') })).toBe('pnpm install');
    expect(bootstrap({ 'package.json': pkg('\n  "packageManager": "yarn@1.22.22",') })).toBe('yarn install');
    expect(bootstrap({ 'package.json': pkg(''), 'pnpm-lock.yaml': '' })).toBe('pnpm install');
    expect(bootstrap({ 'package.json': pkg(''), 'yarn.lock': '' })).toBe('yarn install');
    // npm ci in CI, exactly as the lockfile says; elsewhere npm install, which brings the lockfile up to date.
    expect(bootstrap({ 'package.json': pkg(''), 'package-lock.json': '{}' }, undefined, true)).toBe('npm ci');
    expect(bootstrap({ 'package.json': pkg(''), 'package-lock.json': '{}' })).toBe('npm install');
    expect(bootstrap({ 'package.json': pkg('') })).toBe('npm install');
  });

  it('runs the version package.json names through npx where that package manager is not installed', () => {
    const npmOnly = ['npm', 'npx'];
    // The version without corepack's hash; another tool's version is not taken for it.
    const pinned = '\n  "packageManager": "pnpm@10.30.1+sha512.0123abcd",';
    expect(bootstrap({ 'package.json': pkg(pinned) }, npmOnly)).toBe('npx --yes pnpm@10.30.1 install');
    expect(bootstrap({ 'package.json': pkg('\n  "packageManager": "yarn@1.22.22",') }, npmOnly)).toBe(
      'npx --yes yarn@1.22.22 install',
    );
    expect(bootstrap({ 'package.json': pkg(''), 'pnpm-lock.yaml': '' }, npmOnly)).toBe('npx --yes pnpm@latest install');
  });

  it("runs Yarn 2 and later from the npm registry, even where a Yarn (1, on GitHub's runners) is installed", () => {
    const berry = { 'package.json': pkg('\n  "packageManager": "yarn@4.9.4+sha224.abc",'), 'yarn.lock': '' };
    expect(bootstrap(berry)).toBe('npx --yes -p @yarnpkg/cli-dist@4.9.4 yarn install');
    expect(bootstrap(berry, ['npm', 'npx'], true)).toBe('npx --yes -p @yarnpkg/cli-dist@4.9.4 yarn install');
  });
});

describe("the config's package manager", () => {
  const spec = path.join(ROOT, 'test/fixtures/pagination.yaml');
  const packageJson = async (file: string, config: string) => {
    writeFileSync(file, config);
    const { files } = await generate({ spec, config: file, format: false });
    return JSON.parse(files.find((f) => f.path === 'package.json')!.contents) as { packageManager?: string };
  };

  it('is named in package.json with a pinned version, from the sdkgen config or a Stainless one; npm needs none', async () => {
    const dir = tempDir('package-manager');
    const own = path.join(dir, 'sdkgen.config.yaml');
    expect((await packageJson(own, 'packageManager: yarn\n')).packageManager).toBe('yarn@1.22.22');
    expect((await packageJson(own, 'packageManager: npm\n')).packageManager).toBeUndefined();
    expect((await packageJson(own, 'funcs: true\n')).packageManager).toBeUndefined();
    const stainless = path.join(dir, 'stainless.yml');
    const target =
      'organization: { name: acme }\ntargets: { typescript: { package_name: acme, options: { package_manager: pnpm } } }\n';
    expect((await packageJson(stainless, target)).packageManager).toMatch(/^pnpm@10\.\d+\.\d+$/);
  });
});
