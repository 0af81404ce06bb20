/**
 * The medium and large specs of the public corpus (the fast subset, corpus-python.test.ts, has the small ones),
 * generated with `--target python`: every spec generates; every SDK's src/ is clean under pyright at the level the
 * generated pyproject declares (strict), in one run over all of them (each SDK an execution environment of its
 * own, the runtime left out of the files checked: runtime.test.ts checks it); and every package imports, its
 * client and all its resources and types (pydantic builds each model class then). Their generated tests are not run (Prism
 * over these specs would take most of an hour), nor mypy (pyright's strict mode is the stricter of the two).
 * Skipped when the corpus is not beside the checkout (../shared/corpus), and in `npm test` (SDKGEN_PYTHON_TESTS=full
 * runs it: a few minutes).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHARED } from '../helpers/paths';
import {
  describeErrors,
  FULL_ONLY_NOTICE,
  generatePython,
  PYRIGHT,
  PYTHON_FULL,
  runProcess,
  tomlTable,
  venvPython,
  type PyrightDiagnostic,
  type PyrightRun,
} from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const CORPUS = path.join(SHARED, 'corpus', 'public');
const RUNTIME = path.join(ROOT, 'templates/python/runtime');
const available = existsSync(path.join(CORPUS, 'manifest.json'));

/** The public specs that are not small, by file name, sorted. */
const largerSpecs = (): string[] =>
  (
    JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as {
      specs: Array<{ file: string; stratum: string }>;
    }
  ).specs
    .filter((s) => s.stratum !== 'small')
    .map((s) => s.file)
    .sort();

/**
 * pyright --outputjson over the config, on two threads (an idle 2-core CI box: about half the time of one), with a
 * longer timeout than the helpers' (on a loaded machine the run took over ten minutes).
 */
async function pyrightReport(config: string): Promise<PyrightRun> {
  const args = [PYRIGHT, '--outputjson', '-p', config, '--pythonpath', venvPython(), '--threads', '2'];
  const result = await runProcess(process.execPath, args, { cwd: path.dirname(config), timeout: 40 * 60 * 1000 });
  let report: { generalDiagnostics: PyrightDiagnostic[]; summary: { filesAnalyzed: number } };
  try {
    report = JSON.parse(result.stdout) as typeof report;
  } catch {
    throw new Error(
      `pyright gave no report (exit ${result.code ?? result.signal}, ${result.seconds} s): ${result.stderr}`,
    );
  }
  return {
    diagnostics: report.generalDiagnostics,
    filesAnalyzed: report.summary.filesAnalyzed,
    seconds: result.seconds,
  };
}

if (!PYTHON_FULL) console.log(`corpus-large-python: ${FULL_ONLY_NOTICE}`);

/** Imports a package's client and every module of its resources and types (the models built): `ok <package>`. */
const IMPORT_CHECK = `
import importlib, pkgutil, sys
for name in sys.argv[1:]:
    package = importlib.import_module(name)
    assert isinstance(package.Client, type), name
    for sub in ("resources", "types"):
        folder = importlib.import_module(f"{name}.{sub}")
        for module in pkgutil.walk_packages(folder.__path__, f"{name}.{sub}."):
            importlib.import_module(module.name)
    print("ok", name)
`;

describe.skipIf(!available || !PYTHON_FULL)('corpus in Python, the medium and large public specs', () => {
  let root: string;
  const failures: string[] = [];
  /** Each generated SDK's folder (named as its spec), and its import name. */
  const outputs: Array<{ spec: string; out: string; importName: string }> = [];

  beforeAll(() => {
    root = tempDir('corpus-large-python');
    venvPython();
    const started = Date.now();
    for (const file of largerSpecs()) {
      const spec = file.replace(/\.(json|ya?ml)$/, '');
      const out = path.join(root, spec);
      try {
        generatePython(path.join(CORPUS, file), out);
        const importName = readdirSync(path.join(out, 'src')).find((entry) => !entry.startsWith('.'))!;
        outputs.push({ spec, out, importName });
      } catch (error) {
        failures.push(`${spec}: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
      }
    }
    console.log(
      `corpus-large-python: generated ${outputs.length} SDKs, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  }, 900_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('every spec generates', () => {
    expect(failures).toEqual([]);
    expect(outputs.length).toBe(largerSpecs().length);
    expect(outputs.length).toBeGreaterThan(20);
  });

  it('is clean under pyright at the level the SDKs declare (strict; src/; one run)', async () => {
    expect(outputs.length).toBeGreaterThan(0);
    const config = path.join(root, 'pyrightconfig.json');
    const relative = outputs.map(({ out }) => path.relative(root, out));
    // Every SDK declares the same [tool.pyright] (strict): the first one's settings hold for all.
    const declared = tomlTable(readFileSync(path.join(outputs[0].out, 'pyproject.toml'), 'utf8'), 'tool.pyright');
    const runtime = readdirSync(RUNTIME).filter((entry) => entry !== '__pycache__' && entry !== 'py.typed');
    writeFileSync(
      config,
      JSON.stringify({
        ...declared,
        include: relative.map((dir) => `${dir}/src`),
        exclude: runtime.map((entry) => `**/src/*/${entry}`),
        executionEnvironments: relative.map((dir) => ({ root: dir, extraPaths: [path.join(root, dir, 'src')] })),
      }),
    );
    const run = await pyrightReport(config);
    const errors = run.diagnostics.filter((d) => d.severity === 'error');
    // Errors by SDK, for the log (the spec whose SDK regressed is the first thing to know).
    const bySpec = new Map<string, number>();
    for (const error of errors) {
      const spec = path.relative(root, error.file).split(path.sep)[0];
      bySpec.set(spec, (bySpec.get(spec) ?? 0) + 1);
    }
    console.log(
      `corpus-large-python: ${outputs.length} SDKs, pyright (${String(declared.typeCheckingMode)}) ${run.filesAnalyzed} files, ${errors.length} errors${bySpec.size ? ` (${[...bySpec].map(([spec, n]) => `${spec}: ${n}`).join(', ')})` : ''}, ${run.seconds.toFixed(0)} s`,
    );
    expect(declared.typeCheckingMode).toBe('strict');
    expect(describeErrors(errors, root)).toEqual([]);
    // Sanity: the environments matched real packages (a few files per SDK at least).
    expect(run.filesAnalyzed).toBeGreaterThan(outputs.length * 3);
  }, 2_700_000);

  it('imports each package, its client and all its types', async () => {
    // Two SDKs may share an import name: a run per batch of distinct names.
    const batches: Array<typeof outputs> = [];
    for (const sdk of outputs) {
      const batch = batches.find((b) => !b.some((other) => other.importName === sdk.importName));
      if (batch) batch.push(sdk);
      else batches.push([sdk]);
    }
    const printed: string[] = [];
    for (const batch of batches) {
      const run = await runProcess(venvPython(), ['-c', IMPORT_CHECK, ...batch.map((sdk) => sdk.importName)], {
        env: {
          ...process.env,
          PYTHONPATH: batch.map((sdk) => path.join(sdk.out, 'src')).join(path.delimiter),
          PYTHONDONTWRITEBYTECODE: '1',
        },
        timeout: 5 * 60 * 1000,
      });
      console.log(`corpus-large-python: imported ${batch.length} SDKs, ${run.seconds.toFixed(0)} s`);
      expect(run.stderr.split('\n').slice(-5).join('\n')).toBe('');
      printed.push(...run.stdout.trim().split('\n'));
    }
    expect(printed.sort()).toEqual(outputs.map((sdk) => `ok ${sdk.importName}`).sort());
  }, 900_000);
});
