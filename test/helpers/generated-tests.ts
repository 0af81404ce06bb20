/**
 * Helpers for running an SDK's generated tests (tests/**\/*.test.ts, which import only tests/harness.ts) for real:
 * type-check them with the SDK's src/ under tsc --strict, bundle them with esbuild and run the bundle under Node (in
 * a worker thread) against a mock server. Outside a test runner the harness runs the tests itself and prints one line
 * per test (`pass <name>`, `FAIL <name>` followed by an indented error line, `skip <name>`) and a summary line.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { RUNTIME_TEST_PATHS } from '../../generator/emit/typescript/plan-tests';
import { runTsc, sdkModuleSyntax, sdkPaths, STRICT_OPTIONS } from './sdk';

/**
 * The generated test files of the SDK in `dir`, relative to it, sorted: those a mock of the API answers (the endpoints'
 * and Stainless's tests of the client), not sdkgen's tests of its runtime (`runtimeTestFiles`), which answer from
 * their own server and wait out the retries they time.
 */
export function generatedTestFiles(dir: string): string[] {
  return allTestFiles(dir).filter((file) => !isRuntimeTest(dir, file));
}

/** sdkgen's tests of its runtime in the SDK in `dir` (tests/path.test.ts…, tests/index.test.ts where it is sdkgen's). */
export function runtimeTestFiles(dir: string): string[] {
  return allTestFiles(dir).filter((file) => isRuntimeTest(dir, file));
}

function isRuntimeTest(dir: string, file: string): boolean {
  return (
    RUNTIME_TEST_PATHS.has(file) ||
    (file === 'tests/index.test.ts' &&
      /from '\.\/local-server(?:\.[jt]s)?';/.test(readFileSync(path.join(dir, file), 'utf8')))
  );
}

function allTestFiles(dir: string): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(path.join(dir, relative))
      .sort()
      .flatMap((entry) => {
        const file = `${relative}/${entry}`;
        if (statSync(path.join(dir, file)).isDirectory()) return walk(file);
        return entry.endsWith('.test.ts') ? [file] : [];
      });
  return walk('tests');
}

/**
 * tsc --strict, with no ambient types (the generated tests need none), over the files `include` names in `dir`
 * (e.g. an SDK's 'src/**\/*.ts' and 'tests/**\/*.ts'). Returns tsc's output (empty when clean) and exit status.
 * `verbatimModuleSyntax` is the SDK's own where its tsconfig.json turns it off (made from a Stainless config, whose
 * resources import types without `type`), and so are its `paths` (its tests may import the package by its name).
 */
export function typeCheckStrict(
  dir: string,
  include: string[],
  options: Record<string, unknown> = {},
): { status: number | null; output: string } {
  const project = path.join(dir, 'tsconfig.check.json');
  const compilerOptions = { ...STRICT_OPTIONS, types: [], ...sdkModuleSyntax(dir), ...sdkPaths(dir), ...options };
  writeFileSync(project, JSON.stringify({ compilerOptions, include }));
  return runTsc(project);
}

export interface GeneratedTestRun {
  passed: string[];
  /** In run order, with the first line of each error. */
  failed: Array<{ name: string; error: string }>;
  skipped: string[];
  /** The harness's summary line, e.g. `10 passed, 1 failed, 0 skipped` (empty if it never printed one). */
  summary: string;
  /** Everything the child printed (for failure messages). */
  text: string;
}

/**
 * Runs the ES module `script` in a worker thread of its own (Node, as `node <script>` runs it, without a process's
 * start-up), without blocking the event loop (the mock server may live in this process); resolves with everything
 * it printed, an uncaught error's stack included. Stopped after `timeoutMs`.
 */
function runInThread(script: string, env: Record<string, string>, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const worker = new Worker(pathToFileURL(script), {
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdout: true,
      stderr: true,
    });
    let text = '';
    worker.stdout.on('data', (chunk) => (text += chunk));
    worker.stderr.on('data', (chunk) => (text += chunk));
    worker.on('error', (error) => (text += `\n${error.stack ?? String(error)}\n`));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void worker.terminate();
    }, timeoutMs);
    // What the thread printed has all arrived once its exit and the end of both streams are seen.
    const ended = [worker.stdout, worker.stderr].map((stream) => new Promise((done) => stream.on('end', done)));
    const exited = new Promise((done) => worker.on('exit', done));
    void Promise.all([exited, ...ended]).then(() => {
      clearTimeout(timer);
      resolve(timedOut ? `${text}\n(stopped after ${timeoutMs} ms)` : text);
    });
  });
}

/**
 * Bundles every generated test of the SDK in `dir` into one ES module and runs it under Node against `baseURL`
 * (the harness reads TEST_API_BASE_URL).
 */
export async function runGeneratedTests(
  dir: string,
  baseURL: string,
  timeoutMs = 90_000,
  files = generatedTestFiles(dir),
): Promise<GeneratedTestRun> {
  const entry = path.join(dir, 'run-tests.ts');
  writeFileSync(entry, `${files.map((t) => `import ${JSON.stringify(`./${t}`)};`).join('\n')}\n`);
  const bundled = path.join(dir, 'run-tests.mjs');
  // The test files are nothing but side effects (the SDK's package.json says sideEffects: false).
  await build({
    entryPoints: [entry],
    outfile: bundled,
    bundle: true,
    format: 'esm',
    platform: 'node',
    ignoreAnnotations: true,
    logLevel: 'silent',
  });
  // Killed well before the calling test's timeout (vitest's 120 s by default), so a hung run cannot outlive the test.
  const text = await runInThread(bundled, { TEST_API_BASE_URL: baseURL }, timeoutMs);
  const lines = text.split('\n');
  const named = (prefix: string) =>
    lines.filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length));
  return {
    passed: named('pass '),
    failed: lines.flatMap((line, i) =>
      line.startsWith('FAIL ') ? [{ name: line.slice('FAIL '.length), error: lines[i + 1]?.trim() ?? '' }] : [],
    ),
    skipped: named('skip '),
    summary: lines.find((line) => /^\d+ passed, \d+ failed, \d+ skipped$/.test(line)) ?? '',
    text,
  };
}
