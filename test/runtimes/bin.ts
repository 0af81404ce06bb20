/**
 * The JavaScript runtimes the generated SDKs are run under, from the dev dependencies `bun`, `deno` and
 * `workerd` (each npm package ships the real binary in a platform package). `binary()` says why one is
 * unusable, so a test can skip with that reason instead of failing on a machine without it.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, TMP } from '../helpers/paths';

export interface Runtime {
  path: string | null;
  version: string;
  /** Why the binary cannot be used, when it cannot. */
  problem: string | null;
}

export function binary(name: 'bun' | 'deno' | 'workerd'): Runtime {
  const file = path.join(ROOT, 'node_modules/.bin', name);
  if (!existsSync(file))
    return { path: null, version: '', problem: `${name} is not installed (npm ci installs it as a dev dependency)` };
  const result = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0)
    return { path: null, version: '', problem: `${name} --version failed: ${result.error?.message ?? result.stderr}` };
  // "deno 2.9.6 (stable, …)", "workerd 2026-11-17", "1.4.5" → the version alone.
  const version = result.stdout
    .trim()
    .split('\n')[0]
    .replace(new RegExp(`^${name}\\s+`), '')
    .replace(/\s*\(.*$/, '');
  return { path: file, version, problem: null };
}

/** Runs a binary with a clean, private DENO_DIR and no colours; output captured. */
export function run(
  file: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): SpawnSyncReturns<string> & { text: string } {
  const result = spawnSync(file, args, {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: options.timeout ?? 180_000,
    env: {
      ...process.env,
      NO_COLOR: '1',
      DENO_DIR: path.join(TMP, 'deno-dir'),
      DENO_NO_UPDATE_CHECK: '1',
      ...options.env,
    },
    maxBuffer: 32 * 1024 * 1024,
  });
  return Object.assign(result, { text: `${result.stdout ?? ''}${result.stderr ?? ''}` });
}

/** The mock server (Prism) started by test/setup/prism.ts. */
export function prismUrl(): string {
  const url = process.env['TEST_API_BASE_URL'];
  if (!url) throw new Error('TEST_API_BASE_URL is not set: test/setup/prism.ts did not run');
  return url;
}

/**
 * A module at `entry` that imports every test file given, for `deno test <entry>`: Deno runs each test file it is
 * given in an isolate of its own, which loads and compiles the SDK again (half a second a file); imported from one
 * module, the same tests run in one isolate, each test file's module once. Returns `entry`.
 */
export function denoTestEntry(entry: string, testFiles: string[]): string {
  const specifier = (file: string) => {
    const relative = path.relative(path.dirname(entry), file).split(path.sep).join('/');
    return relative.startsWith('.') ? relative : `./${relative}`;
  };
  writeFileSync(entry, testFiles.map((file) => `import ${JSON.stringify(specifier(file))};\n`).join(''));
  return entry;
}
