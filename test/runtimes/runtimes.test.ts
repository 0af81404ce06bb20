/**
 * "Runs everywhere", proven: the per-endpoint tests generated into generated/smithery (the same files vitest
 * runs under Node through the `generated/*\/tests` include) run against the Prism mock of the Smithery spec
 * under Bun (`bun test`), Deno (`deno test`, with `--unstable-sloppy-imports` for the SDK's `.js` specifiers) and
 * workerd, the Cloudflare Workers runtime (bundled with esbuild the way wrangler does, run by `workerd test`), and the
 * same bundle under plain Node. `npm test` runs them under workerd alone, for its time budget (one runtime, and the
 * bundle with the harness running the tests itself; Vitest runs the same files under Node there, and
 * deno-target.test.ts the Deno target's under deno test); SDKGEN_SLOW_TESTS=full (CI's) runs every runtime, and Deno
 * type-checks the tests it runs (tsc --strict checks the same files in `npm test`: smithery.test.ts). The harness's
 * report of a failing test: under Node, workerd and Bun in `npm test`, under Deno too with SDKGEN_SLOW_TESTS=full.
 * No shims: the tests import describe/it/expect from the
 * SDK's own tests/harness.ts, which hands them to `bun:test` and `Deno.test`, and runs them itself in the bundles
 * (automatically under Node; from the worker's `test()` handler under workerd, where timers cannot start while
 * modules load). Each runtime is skipped, with the reason, only when its binary cannot be run here.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { prismReady } from '../helpers/prism-process';
import { tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import { binary, denoTestEntry, prismUrl, run } from './bin';
import { generatedTestFiles, runtimeTestFiles } from '../helpers/generated-tests';

const SDK = path.join(ROOT, 'generated/smithery');
/** What this file leaves to SDKGEN_SLOW_TESTS=full says in `npm test`'s output. */
const SLOW_ONLY = 'left out of `npm test`; SDKGEN_SLOW_TESTS=full runs it (CI does)';
const HARNESS = path.join(SDK, 'tests/harness.ts');

/**
 * The endpoint tests, which Prism answers; not the SDK's tests of its runtime, which start a `node:http` server of
 * their own (workers and browsers have none).
 */
const files = generatedTestFiles(SDK).map((file) => path.join(SDK, file));
/** How many tests the generated files declare: every runtime must run (and pass) exactly these. */
const expected = files.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/^\s*it\('/gm)?.length ?? 0), 0);

const bun = binary('bun');
const deno = binary('deno');
const workerd = binary('workerd');

/**
 * One ES module of the given test files, bundled the way wrangler does; the base URL is inlined (workers have no
 * process.env). For workerd, the module's `test()` handler runs them (`run()` of the harness); elsewhere the
 * harness runs them on its own once they have loaded.
 */
async function bundle(dir: string, testPaths: string[], baseUrl: string, target: 'workerd' | 'node'): Promise<string> {
  const entry = path.join(dir, 'entry.ts');
  const imports = testPaths.map((f) => `import ${JSON.stringify(f)};`);
  const handler = [
    `import { run } from ${JSON.stringify(HARNESS)};`,
    ...imports,
    'export default {',
    '  async test() {',
    '    const report = await run();',
    "    if (report.failed.length > 0) throw new Error(report.failed.length + ' test(s) failed');",
    '  },',
    '};',
  ];
  writeFileSync(entry, `${(target === 'workerd' ? handler : imports).join('\n')}\n`);
  const out = path.join(dir, 'tests.js');
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // The SDK's package.json says sideEffects: false; the test files are nothing but side effects.
    ignoreAnnotations: true,
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
  modules = [(name = "worker", esModule = embed "tests.js")],
  compatibilityDate = "2025-01-01",
);
`,
  );
  return config;
}

interface Report {
  passed: string[];
  failed: Array<{ name: string; error: string }>;
  skipped: string[];
}

/** What the harness printed when it ran the tests itself: `pass <name>`, `FAIL <name>` + message, `skip <name>`, summary. */
function report(output: string): Report {
  const lines = output.split('\n');
  const summary = lines.find((l) => /^\d+ passed, \d+ failed, \d+ skipped$/.test(l.trim()));
  if (!summary) throw new Error(`no harness summary in the output:\n${output.slice(-3000)}`);
  const result: Report = { passed: [], failed: [], skipped: [] };
  lines.forEach((line, i) => {
    if (line.startsWith('pass ')) result.passed.push(line.slice('pass '.length));
    else if (line.startsWith('skip ')) result.skipped.push(line.slice('skip '.length));
    else if (line.startsWith('FAIL '))
      result.failed.push({ name: line.slice('FAIL '.length), error: (lines[i + 1] ?? '').trim() });
  });
  const [passed, failed, skipped] = summary.trim().match(/\d+/g)!.map(Number);
  expect(
    [result.passed.length, result.failed.length, result.skipped.length],
    'per-test lines match the summary',
  ).toEqual([passed, failed, skipped]);
  return result;
}

let dir: string;
beforeAll(async () => {
  dir = tempDir('runtimes');
  expect(expected).toBeGreaterThan(50);
  // Prism may still be starting (test/setup/prism.ts): Bun gives each test five seconds.
  await prismReady(prismUrl());
});

describe(`generated/smithery per-endpoint tests (${files.length} files) against Prism`, () => {
  if (!SLOW_FULL) console.log(`runtimes: Bun, Deno and the plain Node bundle are ${SLOW_ONLY}`);
  it.skipIf(!SLOW_FULL || bun.problem !== null)(
    `pass under Bun ${bun.version}${bun.problem ? ` (skipped: ${bun.problem})` : ''}`,
    () => {
      const result = run(bun.path!, ['test', ...files], { cwd: SDK, env: { TEST_API_BASE_URL: prismUrl() } });
      expect(result.text).toMatch(new RegExp(`\\b${expected} pass\\b`));
      expect(result.text).toMatch(/\b0 fail\b/);
      expect(result.status, result.text.slice(-3000)).toBe(0);
    },
  );

  it.skipIf(!SLOW_FULL || deno.problem !== null)(
    `pass under Deno ${deno.version}${deno.problem ? ` (skipped: ${deno.problem})` : ''}`,
    () => {
      const entry = denoTestEntry(path.join(dir, 'deno-tests.ts'), files);
      const result = run(
        deno.path!,
        ['test', '--allow-net', '--allow-env', '--unstable-sloppy-imports', '--no-lock', entry],
        {
          env: { TEST_API_BASE_URL: prismUrl() },
        },
      );
      expect(result.text, result.text.slice(-3000)).toMatch(new RegExp(`ok \\| ${expected} passed \\| 0 failed`));
      expect(result.status).toBe(0);
    },
  );

  it.skipIf(workerd.problem !== null)(
    `pass under workerd ${workerd.version}${workerd.problem ? ` (skipped: ${workerd.problem})` : ''}`,
    async () => {
      const workerDir = path.join(dir, 'workerd');
      mkdirSync(workerDir, { recursive: true });
      await bundle(workerDir, files, prismUrl(), 'workerd');
      const result = run(workerd.path!, ['test', workerdConfig(workerDir)], { cwd: workerDir });
      const { passed, failed } = report(result.text);
      expect(failed).toEqual([]);
      expect(passed).toHaveLength(expected);
      expect(result.status).toBe(0);
    },
  );

  it.runIf(SLOW_FULL)(
    `pass as one bundle under plain Node ${process.version} (no test runner: the harness runs them)`,
    async () => {
      const nodeDir = path.join(dir, 'node');
      mkdirSync(nodeDir, { recursive: true });
      const bundled = await bundle(nodeDir, files, prismUrl(), 'node');
      const result = run(process.execPath, [bundled]);
      const { passed, failed } = report(result.text);
      expect(failed).toEqual([]);
      expect(passed).toHaveLength(expected);
      expect(result.status).toBe(0);
    },
  );
});

/**
 * The SDK's tests of its runtime (tests/index.test.ts, path, … streaming), which answer from a `node:http` server of
 * their own: under Bun and Deno, which have one (workerd has none; Vitest runs them under Node in `npm test`).
 */
const runtimeFiles = runtimeTestFiles(SDK).map((file) => path.join(SDK, file));
const runtimeExpected = runtimeFiles.reduce(
  (n, f) => n + (readFileSync(f, 'utf8').match(/^\s*it\('/gm)?.length ?? 0),
  0,
);

describe(`generated/smithery's tests of its runtime (${runtimeFiles.length} files) against their own server`, () => {
  it.skipIf(!SLOW_FULL || bun.problem !== null)(
    `pass under Bun ${bun.version}${bun.problem ? ` (skipped: ${bun.problem})` : ''}`,
    () => {
      expect(runtimeFiles.length).toBeGreaterThanOrEqual(8);
      const result = run(bun.path!, ['test', ...runtimeFiles], { cwd: SDK });
      expect(result.text).toMatch(new RegExp(`\\b${runtimeExpected} pass\\b`));
      expect(result.text).toMatch(/\b0 fail\b/);
      expect(result.status, result.text.slice(-3000)).toBe(0);
    },
  );

  it.skipIf(!SLOW_FULL || deno.problem !== null)(
    `pass under Deno ${deno.version}${deno.problem ? ` (skipped: ${deno.problem})` : ''}`,
    () => {
      const entry = denoTestEntry(path.join(dir, 'deno-runtime-tests.ts'), runtimeFiles);
      const args = ['test', '--allow-net', '--allow-env', '--unstable-sloppy-imports', '--no-lock', entry];
      const result = run(deno.path!, args);
      expect(result.text, result.text.slice(-3000)).toMatch(
        new RegExp(`ok \\| ${runtimeExpected} passed \\| 0 failed`),
      );
      expect(result.status).toBe(0);
    },
  );
});

describe('the harness (generated/smithery/tests/harness.ts) reports a failing test', () => {
  /** A test file like the generated ones: one failing, one passing, one skipped test. */
  function failingTests(folder: string): string {
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'failing.test.ts');
    writeFileSync(
      file,
      [
        `import { describe, expect, it } from ${JSON.stringify(HARNESS)};`,
        "describe('d', () => {",
        "  it('fails', async () => { expect({ a: 1 }).toHaveProperty('b'); });",
        "  it('passes', () => { expect(1).not.toBe(2); expect(undefined).toBeUndefined(); expect(new Response(null)).toBeInstanceOf(Response); });",
        "  it.skip('skipped', async () => {});",
        '});',
        '',
      ].join('\n'),
    );
    return file;
  }
  const want: Report = {
    passed: ['d > passes'],
    failed: [{ name: 'd > fails', error: 'Error: expected {"a":1} to have the property "b"' }],
    skipped: ['d > skipped'],
  };

  it('run by itself under Node: a FAIL line and a failing exit code', async () => {
    const folder = path.join(dir, 'node-fail');
    const bundled = await bundle(folder, [failingTests(folder)], 'http://127.0.0.1:9', 'node');
    const result = run(process.execPath, [bundled]);
    expect(report(result.text)).toEqual(want);
    expect(result.status).toBe(1);
  });

  it.skipIf(workerd.problem !== null)('run from the worker handler under workerd: the handler fails', async () => {
    const folder = path.join(dir, 'workerd-fail');
    await bundle(folder, [failingTests(folder)], 'http://127.0.0.1:9', 'workerd');
    const result = run(workerd.path!, ['test', workerdConfig(folder)], { cwd: folder });
    expect(report(result.text)).toEqual(want);
    expect(result.status).not.toBe(0);
  });

  it.skipIf(bun.problem !== null)('under bun test: reported by Bun', () => {
    const folder = path.join(dir, 'bun-fail');
    failingTests(folder);
    const result = run(bun.path!, ['test', folder], { cwd: folder });
    expect(result.text).toMatch(/\b1 pass\b/);
    expect(result.text).toMatch(/\b1 skip\b/);
    expect(result.text).toMatch(/\b1 fail\b/);
    expect(result.text).toContain('expected {"a":1} to have the property "b"');
    expect(result.status).not.toBe(0);
  });

  it.skipIf(!SLOW_FULL || deno.problem !== null)('under deno test: reported by Deno', () => {
    const folder = path.join(dir, 'deno-fail');
    const file = failingTests(folder);
    // (Its type-check is not this test's point: the failure is reported either way.)
    const result = run(deno.path!, ['test', '--no-check', '--unstable-sloppy-imports', '--no-lock', file], {
      cwd: folder,
    });
    expect(result.text).toMatch(/1 passed \| 1 failed \| 1 ignored/);
    expect(result.text).toContain('expected {"a":1} to have the property "b"');
    expect(result.status).not.toBe(0);
  });
});
