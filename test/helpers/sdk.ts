/**
 * Helpers for tests that generate SDKs: write generated files to a temp folder, run tsc over them.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';
import type { RenderedFile } from '../../generator/emit/render';
import { generate, type GenerateOptions, type GenerateResult } from '../../generator/generate';
import { TMP } from './paths';
import { madeTempDir } from './temp-dirs';

// runTsc checks in a module of its own, for tests that type-check without importing the generator.
export { runTsc, runTscBuild } from './run-tsc';

/**
 * A new folder in test/.tmp, `<prefix>-XXXXXX`. test/setup/test-file.ts removes it once the test file that made it is
 * done, unless a test of the file failed: then it stays for a look (until a later run sweeps it).
 */
export function tempDir(prefix: string): string {
  mkdirSync(TMP, { recursive: true });
  sweepOldTempDirs();
  const dir = mkdtempSync(path.join(TMP, `${prefix}-`));
  madeTempDir(dir);
  return dir;
}

/** How long a test's folder stays in test/.tmp after its run, for a look after a failure. */
const KEEP_TEMP_MS = 6 * 60 * 60 * 1000;
/**
 * Caches in test/.tmp that later runs reuse (test/runtimes/bin.ts, test/migrate-jest.test.ts), and the Python venv
 * (scripts/python-env.mjs), whose folder's time stays that of its making.
 */
const KEPT_CACHES = new Set(['deno-dir', 'jest-runner', 'python-venv']);
let swept = false;

/** Removes, once per test process, the folders earlier runs left (they add up to gigabytes over a day's runs). */
function sweepOldTempDirs(): void {
  if (swept) return;
  swept = true;
  const before = Date.now() - KEEP_TEMP_MS;
  for (const name of readdirSync(TMP)) {
    if (KEPT_CACHES.has(name)) continue;
    const dir = path.join(TMP, name);
    try {
      if (statSync(dir).mtimeMs < before) rmSync(dir, { recursive: true, force: true });
    } catch {
      // gone already (another test process sweeping)
    }
  }
}

/**
 * Removes the folder `dir()` names once the test file is done, unless one of its tests failed: then it stays for a
 * look (until a later run sweeps it). For the test files whose folders are large (a whole SDK copied per case).
 * Call at the top level of the test file.
 */
export function removeWhenAllPass(dir: () => string): void {
  let failed = false;
  afterEach((context) => {
    if (context.task.result?.state === 'fail') failed = true;
  });
  afterAll(() => {
    const folder = dir();
    if (folder && !failed) rmSync(folder, { recursive: true, force: true });
  });
}

/**
 * The SDK of `spec` (an OpenAPI document as an object) with the Stainless config `config` (its YAML text), both written
 * into a new folder of test/.tmp: for tests of what a key of a Stainless config does. `files` maps each path of the
 * result to its text.
 */
export async function generateWithStainlessConfig(
  prefix: string,
  spec: object,
  config: string,
  options: Omit<GenerateOptions, 'spec' | 'config'> = {},
): Promise<{ dir: string; result: GenerateResult; files: Map<string, string> }> {
  const dir = tempDir(prefix);
  writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(spec));
  writeFileSync(path.join(dir, 'stainless.yml'), config);
  const result = await generate({
    ...options,
    spec: path.join(dir, 'spec.json'),
    config: path.join(dir, 'stainless.yml'),
  });
  return { dir, result, files: new Map(result.files.map((f) => [f.path, f.contents])) };
}

export function writeFiles(dir: string, files: RenderedFile[]): void {
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
}

/** Strict compiler options matching what users of a generated SDK get (and a bit stricter). */
export const STRICT_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
};

/** `{ verbatimModuleSyntax: false }` when `dir`'s tsconfig.json (JSON, as sdkgen writes it) says so, else `{}`. */
export function sdkModuleSyntax(dir: string): { verbatimModuleSyntax?: false } {
  const file = path.join(dir, 'tsconfig.json');
  if (!existsSync(file)) return {};
  try {
    const config = JSON.parse(readFileSync(file, 'utf8')) as { compilerOptions?: { verbatimModuleSyntax?: unknown } };
    return config.compilerOptions?.verbatimModuleSyntax === false ? { verbatimModuleSyntax: false } : {};
  } catch {
    return {};
  }
}

/**
 * `{ paths }` of `dir`'s tsconfig.json (JSON, as sdkgen writes it: the package's name and subpaths mapped to src/),
 * else `{}`: tests that import the package by its name (an SDK from a Stainless config) type-check as in the SDK.
 */
export function sdkPaths(dir: string): { paths?: Record<string, string[]> } {
  const file = path.join(dir, 'tsconfig.json');
  if (!existsSync(file)) return {};
  try {
    const config = JSON.parse(readFileSync(file, 'utf8')) as { compilerOptions?: { paths?: Record<string, string[]> } };
    return config.compilerOptions?.paths ? { paths: config.compilerOptions.paths } : {};
  } catch {
    return {};
  }
}

/**
 * What sdkgen generates from `spec` (an OpenAPI document as an object) and `config` (a Stainless or sdkgen
 * config's YAML text, or null), both written into `dir` first.
 */
export async function generateFrom(
  dir: string,
  spec: object,
  config: string | null,
  options: Omit<GenerateOptions, 'spec' | 'config'> = {},
): Promise<GenerateResult> {
  writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(spec));
  if (config !== null) writeFileSync(path.join(dir, 'stainless.yml'), config);
  return generate({
    spec: path.join(dir, 'spec.json'),
    ...(config !== null ? { config: path.join(dir, 'stainless.yml') } : {}),
    ...options,
  });
}
