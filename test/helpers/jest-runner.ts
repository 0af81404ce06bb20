/**
 * Jest for the tests that run a migrated Stainless repository's own `npm test`: Stainless's SDKs ran their tests on
 * Jest, and a migrated repository whose owners wrote Jest tests keeps it. Offline where it can be: Jest's packages
 * are installed once under test/.tmp/jest-runner from the npm cache (the registry if the cache lacks them), as the
 * repository's `npm install` would, and kept between runs; the repository's node_modules is a folder of links to
 * this checkout's packages (TypeScript, ESLint, Prism, Vitest) and to Jest's.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

/** Jest and what Stainless's config runs it with, as Stainless's package.json asks for them. */
export const JEST_PACKAGES: Record<string, string> = {
  '@swc/core': '^1.3.102',
  '@swc/jest': '^0.2.29',
  '@types/jest': '^29.4.0',
  'eslint-plugin-unused-imports': '^4.1.4',
  jest: '^29.4.0',
  'ts-jest': '^29.1.0',
  'ts-node': '^10.5.0',
};

/**
 * test/.tmp/jest-runner/<hash of the package list>/node_modules: Jest's packages, installed once (kept between runs, as
 * the Deno cache is). Test files run at once in several workers: each installs into a folder of its own, renamed into
 * place when whole, so that none ever links from half an install (two npm installs in one folder undo each other).
 */
export function jestPackages(): string {
  const manifest = `${JSON.stringify({ name: 'jest-runner', private: true, dependencies: JEST_PACKAGES }, null, 2)}\n`;
  const root = path.join(ROOT, 'test/.tmp/jest-runner');
  const dir = path.join(root, createHash('sha256').update(manifest).digest('hex').slice(0, 16));
  const modules = path.join(dir, 'node_modules');
  if (existsSync(path.join(modules, '.bin/jest'))) return modules;
  const staging = path.join(root, `.staging-${process.pid}-${Date.now()}`);
  mkdirSync(staging, { recursive: true });
  try {
    writeFileSync(path.join(staging, 'package.json'), manifest);
    const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock'], {
      cwd: staging,
      encoding: 'utf8',
    });
    if (install.status !== 0) throw new Error(`installing Jest into ${staging}: ${install.stderr}`);
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another worker's install got there first: its folder is whole, and is used.
      if (!existsSync(path.join(modules, '.bin/jest'))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return modules;
}

/**
 * The repository's node_modules: a folder of links, to the packages of each of `sources` in turn, the first one's
 * where two have a package (each package finds its own dependencies from where it really is).
 */
export function linkNodeModules(repo: string, sources: string[]): void {
  const target = path.join(repo, 'node_modules');
  mkdirSync(path.join(target, '.bin'), { recursive: true });
  const link = (from: string, to: string) => {
    if (!existsSync(to)) symlinkSync(from, to);
  };
  for (const source of sources) {
    for (const name of readdirSync(source)) {
      if (name.startsWith('.')) continue;
      if (name.startsWith('@')) {
        mkdirSync(path.join(target, name), { recursive: true });
        for (const scoped of readdirSync(path.join(source, name)))
          link(path.join(source, name, scoped), path.join(target, name, scoped));
      } else link(path.join(source, name), path.join(target, name));
    }
    for (const bin of readdirSync(path.join(source, '.bin')))
      link(realpathSync(path.join(source, '.bin', bin)), path.join(target, '.bin', bin));
  }
}

/** The version of `name` that `repo`'s node_modules holds, or null. */
export function installedVersion(repo: string, name: string): string | null {
  const file = path.join(repo, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : null;
}

/** `version` meets `range`: an exact version, or a caret range (`^5.9.3`: 5.x.y at or above 5.9.3; `^0.2.29`: 0.2.x). */
export function satisfies(version: string, range: string): boolean {
  const parts = (v: string) => v.split('.').map(Number);
  if (!range.startsWith('^')) return version === range;
  const [want, have] = [parts(range.slice(1)), parts(version)];
  // A caret leaves the first non-zero part as it is.
  const fixed = want.findIndex((n) => n !== 0);
  for (let i = 0; i <= Math.max(fixed, 0); i++) if (have[i] !== want[i]) return false;
  for (let i = Math.max(fixed, 0) + 1; i < 3; i++) if (have[i] !== want[i]) return (have[i] ?? 0) > (want[i] ?? 0);
  return true;
}
