/**
 * The medium and large specs of the public corpus (the fast subset, corpus-python.test.ts, has the small ones),
 * generated with `--target python`: every spec generates; every SDK's src/ is clean under pyright at the level the
 * generated pyproject declares (strict), in a pyright run per group of whole SDKs, the groups at once (each SDK an
 * execution environment of its own, the runtime left out of the files checked: runtime.test.ts checks it); and every package imports, its
 * client and all its resources and types (pydantic builds each model class then). Their generated tests are not run (Prism
 * over these specs would take most of an hour); mypy runs over the medium ones (the large would take minutes more).
 * Skipped when the corpus is not beside the checkout (../shared/corpus), and in `npm test` (SDKGEN_PYTHON_TESTS=full
 * runs it: a few minutes).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHARED } from '../helpers/paths';
import {
  describeErrors,
  FULL_ONLY_NOTICE,
  generatePython,
  listFiles,
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

/** The public specs of a stratum but `small`, by file name, sorted. */
const specsOf = (keep: (stratum: string) => boolean): string[] =>
  (
    JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as {
      specs: Array<{ file: string; stratum: string }>;
    }
  ).specs
    .filter((s) => keep(s.stratum))
    .map((s) => s.file)
    .sort();
const largerSpecs = () => specsOf((stratum) => stratum !== 'small');

/**
 * pyright --outputjson over one config, single-threaded, with a longer timeout than the helpers' (on a loaded
 * machine a run took over ten minutes).
 */
async function pyrightReport(config: string): Promise<PyrightRun> {
  const args = [PYRIGHT, '--outputjson', '-p', config, '--pythonpath', venvPython()];
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

/**
 * The items in `count` groups of about equal total weight (the heaviest first, each to the lightest group). One
 * pyright process per group of whole SDKs, the groups at once, instead of one process with `--threads`: pyright's
 * threads split the files, not the SDKs, so each thread evaluated most SDKs' shared types again. Measured on six
 * medium SDKs (514k lines) on the loaded 2-core box: --threads 2, 158 s CPU and 474 s; two groups, 107 s CPU and
 * 272 s; the same files and diagnostics.
 */
function balancedGroups<T>(items: T[], weight: (item: T) => number, count: number): T[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(count, items.length)) }, () => ({
    total: 0,
    items: [] as T[],
  }));
  for (const item of [...items].sort((a, b) => weight(b) - weight(a))) {
    const lightest = groups.reduce((min, group) => (group.total < min.total ? group : min));
    lightest.items.push(item);
    lightest.total += weight(item);
  }
  return groups.map((group) => group.items);
}

/** The bytes of Python source under `dir`: what pyright's time grows with. */
function sourceBytes(dir: string): number {
  return listFiles(dir, /\.py$/).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
}

/** As many pyright processes as cores, two at least (a 2-core CI box), four at most (each holds a program). */
const PYRIGHT_GROUPS = Math.min(4, Math.max(2, availableParallelism()));

/**
 * Files of the medium specs' SDKs where mypy finds errors, each with its cause: gaps of the generator, named so that
 * nothing else may fail; a listed file that is clean fails the test, so that the list only shrinks.
 */
const MYPY_KNOWN_ERRORS: Array<{ file: string; reason: string }> = [];

/** Two SDKs may share an import name (one Python path cannot hold both): batches holding each name once. */
function batchesOfDistinctNames<T extends { importName: string }>(sdks: T[]): T[][] {
  const batches: T[][] = [];
  for (const sdk of sdks) {
    const batch = batches.find((b) => !b.some((other) => other.importName === sdk.importName));
    if (batch) batch.push(sdk);
    else batches.push([sdk]);
  }
  return batches;
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

  it('is clean under pyright at the level the SDKs declare (strict; src/; a run per group of SDKs, at once)', async () => {
    expect(outputs.length).toBeGreaterThan(0);
    // Every SDK declares the same [tool.pyright] (strict): the first one's settings hold for all.
    const declared = tomlTable(readFileSync(path.join(outputs[0].out, 'pyproject.toml'), 'utf8'), 'tool.pyright');
    const runtime = readdirSync(RUNTIME).filter((entry) => entry !== '__pycache__' && entry !== 'py.typed');
    const groups = balancedGroups(outputs, ({ out }) => sourceBytes(path.join(out, 'src')), PYRIGHT_GROUPS);
    const runs = await Promise.all(
      groups.map((group, i) => {
        const config = path.join(root, `pyrightconfig.${i}.json`);
        const relative = group.map(({ out }) => path.relative(root, out));
        writeFileSync(
          config,
          JSON.stringify({
            ...declared,
            include: relative.map((dir) => `${dir}/src`),
            exclude: runtime.map((entry) => `**/src/*/${entry}`),
            executionEnvironments: relative.map((dir) => ({ root: dir, extraPaths: [path.join(root, dir, 'src')] })),
          }),
        );
        return pyrightReport(config);
      }),
    );
    const run = {
      diagnostics: runs.flatMap((r) => r.diagnostics),
      filesAnalyzed: runs.reduce((sum, r) => sum + r.filesAnalyzed, 0),
      seconds: Math.max(...runs.map((r) => r.seconds)),
    };
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
    const printed: string[] = [];
    for (const batch of batchesOfDistinctNames(outputs)) {
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

  // mypy over the medium stratum only: on the large one (1.4M lines) it would cost minutes of CPU more than the
  // budget of `npm run test:python` allows (measured: 8 s of CPU per 70k lines), and pyright strict checks it.
  it("is clean under mypy, the medium specs (src/, the SDKs' own [tool.mypy]; a run per batch of distinct import names)", async () => {
    const medium = new Set(
      specsOf((stratum) => stratum === 'medium').map((file) => file.replace(/\.(json|ya?ml)$/, '')),
    );
    const checked = outputs.filter(({ spec }) => medium.has(spec));
    expect(checked.length).toBe(medium.size);
    // Every SDK declares the same [tool.mypy] but the path of its own `_files.py` in `exclude`: one pattern for all.
    const declared = tomlTable(readFileSync(path.join(checked[0].out, 'pyproject.toml'), 'utf8'), 'tool.mypy');
    const config = path.join(root, 'mypy.toml');
    writeFileSync(
      config,
      `[tool.mypy]\n${Object.entries({ ...declared, exclude: ['/_files\\.py$', 'tests/.*'] })
        .map(([key, value]) => `${key} = ${JSON.stringify(value)}`)
        .join('\n')}\n`,
    );
    const errors: string[] = [];
    for (const [i, batch] of batchesOfDistinctNames(checked).entries()) {
      const result = await runProcess(
        venvPython(),
        [
          '-m',
          'mypy',
          '--config-file',
          config,
          '--no-pretty',
          '--cache-dir',
          path.join(root, `mypy-cache-${i}`),
        ].concat(batch.map((sdk) => `-p${sdk.importName}`)),
        {
          cwd: root,
          env: { ...process.env, MYPYPATH: batch.map((sdk) => path.join(sdk.out, 'src')).join(path.delimiter) },
          timeout: 15 * 60 * 1000,
        },
      );
      console.log(
        `corpus-large-python: mypy ${batch.length} SDKs, ${result.seconds.toFixed(0)} s: ${result.stdout.trim().split('\n').pop()}`,
      );
      const found = `${result.stdout}${result.stderr}`.split('\n').filter((line) => /: error:/.test(line));
      if (result.code !== 0 && found.length === 0) errors.push(`mypy exited ${result.code ?? result.signal}`);
      errors.push(...found);
    }
    const known = (line: string) => MYPY_KNOWN_ERRORS.some((entry) => line.startsWith(`${entry.file}:`));
    expect(errors.filter((line) => !known(line)).slice(0, 20)).toEqual([]);
    // A known error that is gone is no longer known: the list shrinks with the fixes.
    for (const entry of MYPY_KNOWN_ERRORS)
      expect(
        errors.some((line) => line.startsWith(`${entry.file}:`)),
        `${entry.file} is clean now: take it off`,
      ).toBe(true);
  }, 1_200_000);
});
