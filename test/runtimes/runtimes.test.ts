/**
 * "Runs everywhere", proven: the per-endpoint tests generated into generated/smithery (the same files vitest
 * runs under Node through the `generated/*\/tests` include) run against the Prism mock of the Smithery spec
 * under Bun (`bun test`, which maps `vitest` imports onto its own runner), Deno (`deno test`, type-checked,
 * with `vitest` mapped by an import map onto test/runtimes/shims/vitest.ts and `--unstable-sloppy-imports`
 * for the SDK's `.js` specifiers) and workerd, the Cloudflare Workers runtime (bundled with esbuild the way
 * wrangler does, run by `workerd test`), and the same bundle under plain Node without vitest.
 * Each runtime is skipped, with the reason, only when its binary cannot be run here.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/sdk';
import { binary, prismUrl, run } from './bin';

const SDK = path.join(ROOT, 'generated/smithery');
const SHIM = path.join(ROOT, 'test/runtimes/shims/vitest.ts');

function testFiles(dir = path.join(SDK, 'tests')): string[] {
  return readdirSync(dir)
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? testFiles(full) : entry.endsWith('.test.ts') ? [full] : [];
    })
    .sort();
}

const files = testFiles();
/** How many tests the generated files declare: every runtime must run (and pass) exactly these. */
const expected = files.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/^\s*it\('/gm)?.length ?? 0), 0);

const bun = binary('bun');
const deno = binary('deno');
const workerd = binary('workerd');

/** One ES module running every generated test file; the base URL is inlined (workers have no process.env). */
async function bundle(dir: string, testPaths: string[], baseUrl: string): Promise<string> {
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(
    entry,
    [
      `import { runCollected } from ${JSON.stringify(SHIM)};`,
      ...testPaths.map((f) => `import ${JSON.stringify(f)};`),
      'export default {',
      '  async test() {',
      '    const report = await runCollected();',
      "    console.log('REPORT ' + JSON.stringify(report));",
      "    if (report.failed.length > 0) throw new Error(report.failed.length + ' test(s) failed');",
      '  },',
      '};',
      '',
    ].join('\n'),
  );
  const out = path.join(dir, 'worker.js');
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // The SDK's package.json says sideEffects: false; the test files are nothing but side effects.
    ignoreAnnotations: true,
    alias: { vitest: SHIM },
    // The tests read globalThis.process?.env: give the worker just that one variable.
    banner: { js: `globalThis.process ??= { env: { TEST_API_BASE_URL: ${JSON.stringify(baseUrl)} } };` },
    logLevel: 'silent',
  });
  return out;
}

function workerdConfig(dir: string): string {
  const config = path.join(dir, 'config.capnp');
  writeFileSync(
    config,
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .testWorker),
    # Outbound fetch: the mock server listens on 127.0.0.1.
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
);
const testWorker :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "worker.js")],
  compatibilityDate = "2025-01-01",
);
`,
  );
  return config;
}

function report(output: string): { passed: string[]; failed: Array<{ name: string; error: string }> } {
  const line = output.split('\n').find((l) => l.includes('REPORT '));
  if (!line) throw new Error(`no report in the output:\n${output.slice(-3000)}`);
  return JSON.parse(line.slice(line.indexOf('REPORT ') + 'REPORT '.length));
}

let dir: string;
beforeAll(() => {
  dir = tempDir('runtimes');
  expect(expected).toBeGreaterThan(50);
});

describe(`generated/smithery per-endpoint tests (${files.length} files) against Prism`, () => {
  it.skipIf(bun.problem !== null)(`pass under Bun ${bun.version}${bun.problem ? ` (skipped: ${bun.problem})` : ''}`, () => {
    const result = run(bun.path!, ['test', 'tests'], { cwd: SDK, env: { TEST_API_BASE_URL: prismUrl() } });
    expect(result.text).toMatch(new RegExp(`\\b${expected} pass\\b`));
    expect(result.text).toMatch(/\b0 fail\b/);
    expect(result.status, result.text.slice(-3000)).toBe(0);
  });

  it.skipIf(deno.problem !== null)(`pass under Deno ${deno.version}${deno.problem ? ` (skipped: ${deno.problem})` : ''}`, () => {
    const importMap = path.join(dir, 'import-map.json');
    writeFileSync(importMap, JSON.stringify({ imports: { vitest: SHIM } }));
    const result = run(deno.path!, ['test', '--allow-net', '--allow-env', '--unstable-sloppy-imports', `--import-map=${importMap}`, '--no-lock', 'generated/smithery/tests'], {
      env: { TEST_API_BASE_URL: prismUrl() },
    });
    expect(result.text, result.text.slice(-3000)).toMatch(new RegExp(`ok \\| ${expected} passed \\| 0 failed`));
    expect(result.status).toBe(0);
  });

  it.skipIf(workerd.problem !== null)(`pass under workerd ${workerd.version}${workerd.problem ? ` (skipped: ${workerd.problem})` : ''}`, async () => {
    const workerDir = path.join(dir, 'workerd');
    mkdirSync(workerDir, { recursive: true });
    await bundle(workerDir, files, prismUrl());
    const result = run(workerd.path!, ['test', workerdConfig(workerDir)], { cwd: workerDir });
    const { passed, failed } = report(result.text);
    expect(failed).toEqual([]);
    expect(passed).toHaveLength(expected);
    expect(result.status).toBe(0);
  });

  it(`pass as one bundle under plain Node ${process.version} (no vitest)`, async () => {
    const nodeDir = path.join(dir, 'node');
    mkdirSync(nodeDir, { recursive: true });
    const worker = await bundle(nodeDir, files, prismUrl());
    const result = run(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(`file://${worker}`)}); await m.default.test();`]);
    const { passed, failed } = report(result.text);
    expect(failed).toEqual([]);
    expect(passed).toHaveLength(expected);
    expect(result.status).toBe(0);
  });

  it.skipIf(workerd.problem !== null)('the workerd harness fails when a test fails', async () => {
    const failDir = path.join(dir, 'workerd-fail');
    mkdirSync(failDir, { recursive: true });
    const failing = path.join(failDir, 'failing.test.ts');
    writeFileSync(failing, "import { describe, expect, it } from 'vitest';\ndescribe('d', () => { it('fails', () => { expect(1).toBe(2); }); it('passes', () => { expect(1).not.toBe(2); }); });\n");
    await bundle(failDir, [failing], 'http://127.0.0.1:9');
    const result = run(workerd.path!, ['test', workerdConfig(failDir)], { cwd: failDir });
    expect(report(result.text)).toEqual({ passed: ['d > passes'], failed: [{ name: 'd > fails', error: 'Error: expected 1 to be 2' }] });
    expect(result.status).not.toBe(0);
  });
});
