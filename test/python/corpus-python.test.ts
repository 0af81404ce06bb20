/**
 * The fast subset of the shared robustness corpus (the edge cases and the small public specs, as
 * test/corpus/corpus.test.ts), generated with `--target python`: every spec generates; every SDK (src/ and tests/)
 * is clean under pyright at the level the generated pyproject declares (strict), in one run over all of them (each
 * SDK an execution environment of its own, the shared libraries analysed once); and a stratified subset of the SDKs
 * passes its own generated tests against Prism mocking its spec, but the cases listed with their spec's reason.
 * Skipped when the corpus is not beside the checkout (../shared/corpus), and in `npm test` (SDKGEN_PYTHON_TESTS=full
 * runs it: it is the slowest Python check).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHARED } from '../helpers/paths';
import {
  describeErrors,
  FULL_ONLY_NOTICE,
  generatePython,
  PYTHON_FULL,
  runProcess,
  runPyright,
  runPytest,
  startPrism,
  tomlTable,
  venvPython,
  type PytestCase,
} from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const CORPUS = path.join(SHARED, 'corpus');
const RUNTIME = path.join(ROOT, 'templates/python/runtime');
const available = existsSync(path.join(CORPUS, 'run-corpus.mjs'));
const SETS = ['public', 'edge-cases'] as const;

interface ManifestSpec {
  file: string;
  stratum: string;
}

/** The fast subset of `set`: every edge case, the small public specs. */
const fastSubset = (set: string) =>
  (JSON.parse(readFileSync(path.join(CORPUS, set, 'manifest.json'), 'utf8')) as { specs: ManifestSpec[] }).specs
    .filter((s) => set !== 'public' || s.stratum === 'small')
    .map((s) => s.file)
    .sort();

if (!PYTHON_FULL) console.log(`corpus-python: ${FULL_ONLY_NOTICE}`);

/**
 * The SDKs whose generated tests run against Prism mocking their spec: all 62 do not fit the time budget (Prism
 * starts in 5-15 s on a loaded box, and some SDKs hold hundreds of cases), so a subset, one spec per form that
 * once broke: `set/name` → what it holds.
 */
const PYTEST_SPECS_HOLDING: Record<string, string> = {
  'public/c19qrserver.local__API-for-the-COVID-19-Tracking-QR-Code-Si__1.1': 'integer path params, bodies',
  'public/nytimes.com__movie_reviews__2.0.0': 'enum path params, query params',
  'public/ote-godaddy.com__countries__1.0.0': 'a client named `Client`, as the runtime alias is',
  'public/haloapi.com__profile__1.0': 'binary responses, header params',
  'edge-cases/readme-oas-examples__oas30-circular__1.0.0': 'recursive response models',
  'edge-cases/readme-oas-examples__oas30-complex-nesting__1.0': 'optional whole bodies, a shared model and params',
  'edge-cases/readme-oas-examples__oas30-circular-request-bodies__1.0.0': 'bodies that require themselves',
  'edge-cases/readme-oas-examples__oas30-parameters-extreme__1.0.0': 'integer and enum path params among many',
  'edge-cases/readme-oas-examples__oas30-parameters-cookies__1.0.0': 'cookie params',
  'edge-cases/readme-oas-examples__oas30-schema-circular__1.0.0': 'recursive schemas in both directions',
  'public/thenounproject.com__The-Noun-Project__1.0.0': 'integer path params, many endpoints',
  'edge-cases/readme-oas-examples__oas30-form-data__1.0.0': 'a form-urlencoded body',
  'edge-cases/readme-oas-examples__oas30-file-uploads__1.0.0': 'binary and multipart bodies',
  'public/amadeus.com__amadeus-airport-on-time-performance__1.0.4': 'a vendor JSON media type (Accept)',
};
const PYTEST_SPECS = Object.keys(PYTEST_SPECS_HOLDING);

/**
 * Cases of PYTEST_SPECS that cannot pass against Prism, for their spec's own reason (`cases`: a part of the case
 * ids). Nothing else may fail; and a listed case that passes fails the test, so that the list only shrinks.
 */
const PRISM_KNOWN_FAILURES: Record<string, Array<{ cases: string; reason: string }>> = {
  'edge-cases/readme-oas-examples__oas30-circular-request-bodies__1.0.0': [
    {
      cases: 'tests/api_resources/test_direct.py::',
      reason: '`TreeNode` requires `parent`, a `TreeNode`: no finite body is valid, and Prism answers 422',
    },
    {
      cases: 'tests/api_resources/test_indirect.py::',
      reason:
        'Prism mocks the recursive `Person` response with `{}` where it stops, without the required `name`: the response is invalid',
    },
    {
      cases: 'tests/api_resources/test_multiple.py::',
      reason:
        'Prism mocks the recursive `LinkedNode` response with `{}` where it stops, without the required `id`: the response is invalid',
    },
  ],
};

/** At most this many Prism + pytest pairs at once (beside the pyright run). */
const PYTEST_CONCURRENCY = 2;

describe.skipIf(!available || !PYTHON_FULL)('corpus in Python, fast subset (edge cases + small public specs)', () => {
  let root: string;
  const failures: string[] = [];
  const outputs: string[] = [];

  beforeAll(() => {
    root = tempDir('corpus-python');
    venvPython();
    for (const set of SETS) {
      for (const spec of fastSubset(set)) {
        const out = path.join(root, set, spec.replace(/\.(json|ya?ml)$/, ''));
        try {
          generatePython(path.join(CORPUS, set, spec), out);
          outputs.push(out);
        } catch (error) {
          failures.push(`${set}/${spec}: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
        }
      }
    }
    // PYTEST_CONCURRENCY workers take the specs in turn; each spec's run is a promise its test awaits.
    const queue = PYTEST_SPECS.filter((spec) => outputs.includes(path.join(root, spec)));
    const settle = new Map<string, (run: Promise<{ cases: PytestCase[]; seconds: number }>) => void>();
    for (const spec of queue)
      pytestRuns.set(
        spec,
        new Promise<Promise<{ cases: PytestCase[]; seconds: number }>>((resolve) => settle.set(spec, resolve)).then(
          (run) => run,
        ),
      );
    const worker = async () => {
      for (let spec = queue.shift(); spec !== undefined; spec = queue.shift()) {
        const run = runPytestAgainstPrism(spec);
        settle.get(spec)!(run);
        await run.catch(() => {});
      }
    };
    for (let i = 0; i < PYTEST_CONCURRENCY; i++) void worker();
    for (const run of pytestRuns.values()) run.catch(() => {});
  }, 1_200_000);

  /** Each PYTEST_SPECS spec's pytest run against Prism, started once generation is done. */
  const pytestRuns = new Map<string, Promise<{ cases: PytestCase[]; seconds: number }>>();

  const runPytestAgainstPrism = async (spec: string): Promise<{ cases: PytestCase[]; seconds: number }> => {
    const [set, name] = spec.split('/');
    const file = fastSubset(set).find((f) => f.replace(/\.(json|ya?ml)$/, '') === name);
    if (!file) throw new Error(`${spec} is not in the corpus's fast subset`);
    const out = path.join(root, spec);
    const prism = await startPrism(path.join(CORPUS, set, file));
    try {
      const { cases, result } = await runPytest({
        cwd: out,
        junit: path.join(out, 'junit.xml'),
        // As the flagship's (smithery-python.test.ts): the SDK's pytest settings but its addopts, no aiohttp.
        args: ['-o', 'addopts=', '-q', '-k', 'not aiohttp', '--timeout', '60', 'tests'],
        env: { PYTHONPATH: [path.join(out, 'src'), out].join(path.delimiter), TEST_API_BASE_URL: prism.url },
        timeout: 5 * 60 * 1000,
      });
      return { cases, seconds: result.seconds };
    } finally {
      prism.stop();
    }
  };

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('every spec generates', () => {
    expect(failures).toEqual([]);
    expect(outputs.length).toBe(fastSubset('public').length + fastSubset('edge-cases').length);
  });

  it("is clean under mypy (src/, the SDKs' own [tool.mypy]; a run per batch of distinct import names)", async () => {
    const python = venvPython();
    // Every SDK declares the same [tool.mypy] but the path of its own `_files.py` in `exclude`: one pattern for all.
    const declared = tomlTable(readFileSync(path.join(outputs[0], 'pyproject.toml'), 'utf8'), 'tool.mypy');
    const settings = { ...declared, exclude: ['/_files\\.py$', 'tests/.*'] };
    const config = path.join(root, 'mypy.toml');
    writeFileSync(
      config,
      `[tool.mypy]\n${Object.entries(settings)
        .map(([key, value]) => `${key} = ${JSON.stringify(value)}`)
        .join('\n')}\n`,
    );
    // Two SDKs may share an import name (a spec in OpenAPI 3.0 and 3.1): each batch holds a name once.
    const batches: Array<Array<{ out: string; name: string }>> = [];
    for (const out of outputs) {
      const name = readdirSync(path.join(out, 'src')).find((entry) => !entry.startsWith('.'))!;
      const batch = batches.find((b) => !b.some((p) => p.name === name));
      if (batch) batch.push({ out, name });
      else batches.push([{ out, name }]);
    }
    const failures: string[] = [];
    for (const [i, batch] of batches.entries()) {
      const result = await runProcess(
        python,
        ['-m', 'mypy', '--config-file', config, '--cache-dir', path.join(root, `mypy-cache-${i}`)].concat(
          batch.map((p) => `-p${p.name}`),
        ),
        {
          cwd: root,
          env: { ...process.env, MYPYPATH: batch.map((p) => path.join(p.out, 'src')).join(path.delimiter) },
          timeout: 8 * 60 * 1000,
        },
      );
      console.log(
        `corpus-python: mypy ${batch.length} SDKs, ${result.seconds.toFixed(0)} s: ${result.stdout.trim().split('\n').pop()}`,
      );
      if (!/^Success: no issues found/m.test(result.stdout) || result.code !== 0)
        failures.push(
          ...`${result.stdout}${result.stderr}`
            .split('\n')
            .filter((line) => /error:/.test(line))
            .slice(0, 20),
        );
      if (result.code !== 0 && failures.length === 0) failures.push(`mypy exited ${result.code}: ${result.stderr}`);
    }
    expect(failures).toEqual([]);
    expect(batches.flat().length).toBe(outputs.length);
  }, 900_000);

  it('is clean under pyright at the level the SDKs declare (strict; src/ and tests/; one run)', async () => {
    expect(outputs.length).toBeGreaterThan(0);
    const config = path.join(root, 'pyrightconfig.json');
    const relative = outputs.map((out) => path.relative(root, out));
    // Every SDK declares the same [tool.pyright] (strict): the first one's settings hold for all.
    const declared = tomlTable(readFileSync(path.join(outputs[0], 'pyproject.toml'), 'utf8'), 'tool.pyright');
    // The runtime, the same in every SDK, is checked strict on its own (test/python/runtime.test.ts): left out of
    // the files checked here (pyright still reads what the generated code uses of it), it was two thirds of the time.
    const runtime = readdirSync(RUNTIME).filter((entry) => entry !== '__pycache__' && entry !== 'py.typed');
    writeFileSync(
      config,
      JSON.stringify({
        ...declared,
        include: relative.flatMap((dir) => [`${dir}/src`, `${dir}/tests`]),
        exclude: runtime.map((entry) => `**/src/*/${entry}`),
        executionEnvironments: relative.map((dir) => ({
          root: dir,
          extraPaths: [path.join(root, dir, 'src'), path.join(root, dir)],
        })),
      }),
    );
    const run = await runPyright(config);
    const errors = run.diagnostics.filter((d) => d.severity === 'error');
    console.log(
      `corpus-python: ${outputs.length} SDKs, pyright (${String(declared.typeCheckingMode)}) ${run.filesAnalyzed} files, ${errors.length} errors, ${run.seconds.toFixed(0)} s`,
    );
    expect(declared.typeCheckingMode).toBe('strict');
    expect(describeErrors(errors, root)).toEqual([]);
    // Sanity: the environments matched real packages (a few files per SDK at least).
    expect(run.filesAnalyzed).toBeGreaterThan(outputs.length * 3);
  }, 900_000);

  it.each(PYTEST_SPECS.map((spec) => [spec]))(
    "%s passes its generated tests against Prism, but the cases listed for the spec's own reasons",
    async (spec) => {
      const out = path.join(root, spec);
      expect(outputs).toContain(out);
      const { cases, seconds } = await pytestRuns.get(spec)!;
      const known = PRISM_KNOWN_FAILURES[spec] ?? [];
      const reasonOf = (id: string) => known.find((k) => id.includes(k.cases))?.reason;
      const failed = cases.filter((c) => c.outcome === 'failed');
      const passed = cases.filter((c) => c.outcome === 'passed');
      console.log(
        `corpus-python: ${spec}: pytest ${passed.length}/${cases.length} passed (${failed.filter((c) => reasonOf(c.id)).length} known failures), ${seconds.toFixed(0)} s`,
      );
      expect(failed.filter((c) => !reasonOf(c.id)).map((c) => `${c.id}: ${c.message.split('\n')[0]}`)).toEqual([]);
      // A known failure that passes is no longer known: the list shrinks with the fixes.
      for (const entry of known)
        expect(
          cases.some((c) => c.id.includes(entry.cases) && c.outcome === 'failed'),
          `${entry.cases} passes now: take it off the list`,
        ).toBe(true);
      expect(passed.length).toBeGreaterThan(0);
    },
    600_000,
  );
});
