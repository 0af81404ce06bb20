/**
 * The fast subset of the shared robustness corpus (`npm run corpus -- --fast`: the edge cases and the small-stratum
 * public specs), through scripts/corpus.mjs and the shared runner. Asserts on the CSVs the runner writes: every spec
 * generated. The runner's check, tsc --strict over each SDK's every .ts file (tests/ included) under its compiler
 * options, is done here in one tsc program over all the SDKs rather than one tsc per spec: the same files and
 * options, without a compiler start-up and a parse of the DOM library for each. Skipped when the corpus is not
 * beside the checkout (../shared/corpus).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { readCsv } from '../../scripts/corpus.mjs';
import { ROOT, SHARED, TSC, TSC_NODE_FLAGS } from '../helpers/paths';
import { buildSdkgen } from '../helpers/build';
import { tempDir } from '../helpers/sdk';

const CORPUS = path.join(SHARED, 'corpus');
const available = existsSync(path.join(CORPUS, 'run-corpus.mjs'));

interface Row {
  set: string;
  spec: string;
  stratum: string;
  gen_ok: string;
  gen_status: string;
  tsc_ok: string;
  tsc_status: string;
  tsc_errors: string;
  gen_error: string;
  tsc_first_error: string;
}

describe.skipIf(!available)('corpus, fast subset (edge cases + small public specs)', () => {
  let outDir: string;
  let work: string;
  let run: { status: number | null; stdout: string; stderr: string };
  const rows: Record<string, Row[]> = {};

  beforeAll(() => {
    buildSdkgen();
    outDir = tempDir('corpus');
    // Outside the repository: tsc must not resolve packages (vitest, @types/node) from our node_modules.
    work = path.join(os.tmpdir(), `sdkgen-corpus-test-${path.basename(outDir)}`);
    run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/corpus.mjs'), '--fast', '--no-tsc', '--out-dir', outDir, '--work', work],
      {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    for (const set of ['public', 'edge-cases']) {
      const csv = path.join(outDir, `${set}.csv`);
      rows[set] = existsSync(csv) ? (readCsv(readFileSync(csv, 'utf8')) as Row[]) : [];
    }
  }, 1_800_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('prints one summary line per set', () => {
    expect(run.stderr).not.toMatch(/corpus: the runner failed/);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^ours on public: generated \d+\/\d+, type-checked clean \d+\/\d+ \(tsc skipped\); results: /,
    );
    expect(lines[1]).toMatch(
      /^ours on edge-cases: generated \d+\/\d+, type-checked clean \d+\/\d+ \(tsc skipped\); results: /,
    );
  });

  it('ran the whole fast subset: every edge case and every small public spec, nothing else', () => {
    const manifest = (set: string) =>
      JSON.parse(readFileSync(path.join(CORPUS, set, 'manifest.json'), 'utf8')).specs as Array<{
        file: string;
        stratum: string;
      }>;
    expect(rows['edge-cases'].map((r) => r.spec).sort()).toEqual(
      manifest('edge-cases')
        .map((s) => s.file)
        .sort(),
    );
    expect(rows.public.map((r) => r.spec).sort()).toEqual(
      manifest('public')
        .filter((s) => s.stratum === 'small')
        .map((s) => s.file)
        .sort(),
    );
    expect(rows.public.length).toBeGreaterThan(20);
  });

  it('every spec generates', () => {
    const failed = [...rows.public, ...rows['edge-cases']]
      .filter((r) => r.gen_ok !== 'true')
      .map((r) => `${r.set}/${r.spec}: ${r.gen_status} ${r.gen_error}`);
    expect(failed).toEqual([]);
  });

  // As the runner checks each SDK (its tsconfig.corpus.json: every .ts file, the generated tests/ included, which
  // import describe/it/expect from the SDK's own tests/harness.ts), in one program: the SDKs are independent modules.
  it('every SDK type-checks clean, tests/ included (tsc --strict, one program)', () => {
    const generated = [...rows.public, ...rows['edge-cases']].filter((r) => r.gen_ok === 'true');
    expect(generated.length).toBeGreaterThan(0);
    const folders = generated.map((r) => path.join(work, r.set, 'ours', r.spec.replace(/\.(json|ya?ml)$/, '')));
    const include = folders.map((folder) => path.join(folder, '**/*.ts'));
    const project = path.join(outDir, 'tsconfig.corpus.json');
    writeFileSync(
      project,
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          strict: true,
          skipLibCheck: true,
          noEmit: true,
          types: [],
        },
        include,
      }),
    );
    const result = spawnSync(
      process.execPath,
      ['--max-old-space-size=4096', ...TSC_NODE_FLAGS, TSC, '-p', project, '--pretty', 'false'],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const errors = `${result.stdout}${result.stderr}`
      .split('\n')
      .filter((l) => /error TS\d+/.test(l))
      .map((l) => l.replace(work, '{work}'));
    expect(errors.slice(0, 20)).toEqual([]);
    expect(result.status).toBe(0);
    // Sanity: the include globs matched real folders, with their generated tests.
    expect(readdirSync(path.join(work, 'edge-cases', 'ours')).length).toBe(rows['edge-cases'].length);
    expect(folders.filter((folder) => !existsSync(path.join(folder, 'src', 'index.ts')))).toEqual([]);
    expect(folders.filter((folder) => existsSync(path.join(folder, 'tests'))).length).toBeGreaterThan(
      folders.length / 2,
    );
  }, 600_000);
});
