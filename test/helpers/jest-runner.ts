/**
 * Jest for the tests that run a migrated Stainless repository's own `npm test`: Stainless's SDKs ran their tests on
 * Jest, and a migrated repository whose owners wrote Jest tests keeps it. Offline where it can be: Jest's packages
 * are installed once into test/.tmp/jest-runner from the npm cache (the registry if the cache lacks them), as the
 * repository's `npm install` would, and kept between runs; the repository's node_modules is a folder of links to
 * this checkout's packages (TypeScript, ESLint, Prism, Vitest) and to Jest's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** test/.tmp/jest-runner/node_modules: Jest's packages, installed once (kept between runs, as the Deno cache is). */
export function jestPackages(): string {
  const dir = path.join(ROOT, 'test/.tmp/jest-runner');
  const wanted = `${JSON.stringify({ name: 'jest-runner', private: true, dependencies: JEST_PACKAGES }, null, 2)}\n`;
  const modules = path.join(dir, 'node_modules');
  if (existsSync(path.join(modules, '.bin/jest')) && readFileSync(path.join(dir, 'package.json'), 'utf8') === wanted)
    return modules;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), wanted);
  const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`installing Jest into ${dir}: ${install.stderr}`);
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
