/**
 * Helpers for tests that generate SDKs: write generated files to a temp folder, run tsc over them.
 */
import { spawnSync } from 'node:child_process';
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
import { TMP, TSC, TSC_NODE_FLAGS } from './paths';
import { SyncThread } from './sync-thread';
import { madeTempDir } from './temp-dirs';

/**
 * A new folder in test/.tmp, `<prefix>-XXXXXX`. test/setup/temp-dirs.ts removes it once the test file that made it is
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
/** Caches in test/.tmp that later runs reuse (test/runtimes/bin.ts, test/migrate-jest.test.ts). */
const KEPT_CACHES = new Set(['deno-dir', 'jest-runner']);
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

/**
 * `tsc -p <project> --pretty false`: its output (empty when clean) and exit status. Run in this process's type-checking
 * thread (./tsc-thread.mjs), which keeps the compiler and TypeScript's parsed lib files from one check to the next: a
 * small SDK's check costs a fraction of a new tsc process's start-up, library parse and warm-up. Relative paths in the
 * output are relative to this process's working folder, as a spawned tsc's were. The test waits for the answer, as it
 * waited on spawnSync. With `only`, just those files of the program are checked and reported on (the files they
 * import are read for the types they use, not checked in full). With `noEmit`, as tsc's `--noEmit` flag.
 */
export function runTsc(
  project: string,
  options: { only?: string[]; noEmit?: boolean } = {},
): { status: number | null; output: string } {
  const result = checkInThread(project, options.only, options.noEmit) ?? spawnTsc(project, options.noEmit);
  return { status: result.status, output: result.output.trim() };
}

/** A tsc process of its own, for what the thread leaves to tsc (watch mode, incremental builds). */
function spawnTsc(project: string, noEmit = false): { status: number | null; output: string } {
  const flags = ['-p', project, '--pretty', 'false', ...(noEmit ? ['--noEmit'] : [])];
  const result = spawnSync(process.execPath, [...TSC_NODE_FLAGS, TSC, ...flags], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * Type-checks several tsc projects, each under its own options, one after another in the type-checking thread (see
 * runTsc). Returns, by project file (as given), its output (empty when clean) and tsc's exit status.
 */
export function runTscBuild(projects: string[]): Map<string, { status: number | null; output: string }> {
  return new Map(projects.map((project) => [project, runTsc(project)]));
}

/** A check longer than this means the thread died (out of memory, say): it can no longer answer. */
const TSC_THREAD_TIMEOUT_MS = 10 * 60 * 1000;

interface TscAnswer {
  id: number;
  /** Null where the thread leaves the project to a tsc process. */
  result?: { status: number; output: string } | null;
  error?: string;
}

function checkInThread(
  project: string,
  only: string[] | undefined,
  noEmit: boolean | undefined,
): { status: number; output: string } | null {
  const thread = SyncThread.shared('tscThread', new URL('./tsc-thread.mjs', import.meta.url));
  const answer = thread.wait<TscAnswer>(thread.post({ project, only, noEmit }), TSC_THREAD_TIMEOUT_MS);
  if (!answer)
    throw new Error(`the type-checking thread did not answer within ${TSC_THREAD_TIMEOUT_MS / 60_000} minutes`);
  if (answer.error !== undefined) throw new Error(`the type-checking thread failed: ${answer.error}`);
  return answer.result ?? null;
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
