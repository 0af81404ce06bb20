/**
 * Helpers for tests that generate SDKs: write generated files to a temp folder, run tsc over them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RenderedFile } from '../../generator/emit/render';
import { TMP, TSC, TSC_NODE_FLAGS } from './paths';

export function tempDir(prefix: string): string {
  mkdirSync(TMP, { recursive: true });
  sweepOldTempDirs();
  return mkdtempSync(path.join(TMP, `${prefix}-`));
}

/** How long a test's folder stays in test/.tmp after its run, for a look after a failure. */
const KEEP_TEMP_MS = 6 * 60 * 60 * 1000;
/** Caches in test/.tmp that later runs reuse (test/runtimes/bin.ts). */
const KEPT_CACHES = new Set(['deno-dir']);
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

export function writeFiles(dir: string, files: RenderedFile[]): void {
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
}

/** Run tsc with a project file; returns its output (empty when clean) and exit status. */
export function runTsc(project: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [...TSC_NODE_FLAGS, TSC, '-p', project, '--pretty', 'false'], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

/**
 * Type-checks several tsc projects, each under its own options, in one `tsc --build` process: one compiler start-up
 * and one parse of the libraries they share instead of one per project. Each project's diagnostics are told apart by
 * the `Building project` line tsc prints before them (--verbose), so an error in a shared library file is still
 * charged to the project that reported it. Returns, by project file (as given), its output (empty when clean) and a
 * status: 0 when it reported nothing.
 *
 * Build mode writes a `.tsbuildinfo` beside each project file: give it projects under a temporary folder only.
 */
export function runTscBuild(projects: string[]): Map<string, { status: number | null; output: string }> {
  const result = spawnSync(
    process.execPath,
    [...TSC_NODE_FLAGS, TSC, '--build', '--force', '--verbose', '--pretty', 'false', ...projects],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const byFile = new Map(projects.map((p) => [path.resolve(p), [] as string[]]));
  let current: string[] | null = null;
  const preamble: string[] = [];
  for (const line of `${result.stdout}${result.stderr}`.split('\n')) {
    const building = /- Building project '(.+)'\.\.\.$/.exec(line);
    if (building) {
      current = byFile.get(path.resolve(building[1]!)) ?? null;
      if (!current) throw new Error(`tsc --build built a project it was not given: ${building[1]}`);
      continue;
    }
    // --verbose's own lines: a timestamp, then what it does with each project.
    if (/^\S.* - (Projects in this build|Project '.+' is )/.test(line) || /^ {4}\* /.test(line)) continue;
    if (line.trim() === '') continue;
    (current ?? preamble).push(line);
  }
  // Anything printed before the first project (a bad command line) is every project's failure, and so is a failed
  // build that charged its failure to no project (tsc killed, out of memory).
  if (result.status !== 0 && [...byFile.values()].every((lines) => lines.length === 0) && preamble.length === 0)
    preamble.push(`tsc --build exited with ${result.status ?? result.signal}: ${result.error?.message ?? ''}`);
  return new Map(
    projects.map((p) => {
      const output = [...preamble, ...byFile.get(path.resolve(p))!].join('\n').trim();
      return [p, { status: output === '' ? 0 : result.status || 1, output }];
    }),
  );
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
