/**
 * Real Stainless configs (../shared/stainless-configs, and the three projects of ../shared/stainless-compat), each
 * with the spec its repository holds, generated with `--target python`: the configs that name a Python target and
 * the ones that do not (generating Python from a TypeScript-only config is what a user adding a Python SDK does).
 * Every one generates, or stops on its broken spec with the spec's file and a JSON pointer (SPEC_STOPS); whatever
 * form a config's keys take, sdkgen warns (naming the key path, and its line when the file holds the key) and never
 * refuses. Every SDK's src/ is clean under pyright at the level its pyproject declares (strict: one process per
 * group of whole SDKs, the runtime left out, runtime.test.ts checks it) and under mypy with the SDK's [tool.mypy]
 * (one process for all); and each SDK passes a share of its own generated tests (test-share.ts: at most SHARE_BUDGET
 * test functions, every kind of test it has) against Prism mocking its spec, but the cases listed with their cause,
 * the tests a config disables (`disable_mock_tests`) run all the same.
 * `npm test` runs the cheap part: the broken specs stop the Python target with their pointer. The sweep runs with
 * SDKGEN_PYTHON_TESTS=full (`npm run test:python`, CI's).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpecError } from '../../generator/diagnostics';
import { generate } from '../../generator/generate';
import { ROOT, sharedPath } from '../helpers/paths';
import {
  balancedGroups,
  describeErrors,
  FULL_ONLY_NOTICE,
  PYTHON_FULL,
  pythonSourceBytes as sourceBytes,
  runProcess,
  runPyright,
  runTestsAgainstPrism,
  tomlTable,
  unexpectedOutcomes,
  venvPython,
  type KnownFailure,
  type PytestCase,
  type PyrightRun,
} from '../helpers/python';
import { tempDir } from '../helpers/sdk';
import { runSdkgen } from '../helpers/sdkgen-cli';
import { testFunctions, testFunctionShare } from '../helpers/test-share';

const RUNTIME = path.join(ROOT, 'templates/python/runtime');

interface Project {
  /** The folder's name: `owner__repo[__folder]`, or the compat project's. */
  name: string;
  config: string;
  spec: string;
  /** Whether the config names a Python target. */
  python: boolean;
}

/** Every folder of `root` holding a Stainless config and an OpenAPI document beside it. */
function projectsIn(root: string): Project[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const files = readdirSync(path.join(root, entry.name));
      const config = files.find((f) => /^stainless\.ya?ml$/.test(f));
      const spec = files.find((f) => /^openapi\.(ya?ml|json)$/.test(f));
      if (!config || !spec) return [];
      const text = readFileSync(path.join(root, entry.name, config), 'utf8');
      return [
        {
          name: entry.name,
          config: path.join(root, entry.name, config),
          spec: path.join(root, entry.name, spec),
          python: /^ {2}python:/m.test(text),
        },
      ];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const PROJECTS = [...projectsIn(sharedPath('stainless-configs')), ...projectsIn(sharedPath('stainless-compat'))];

/**
 * The configs whose spec is broken, with what stops the run: the spec's file and a JSON pointer into it (as for any
 * spec), never the config. Every other project must generate.
 */
const SPEC_STOPS: Record<string, { pointer: string; message: RegExp }> = {
  gatewerk__gatewerk: { pointer: '#', message: /not an OpenAPI document/ },
  joosuhail12__tolstoy: {
    pointer: '#/paths/~1tools~1{toolId}~1auth/get/responses/200/content/application~1json/schema/oneOf/1/$ref',
    message: /does not resolve/,
  },
};

/**
 * mypy's cache, kept from run to run (test/helpers/temp-dirs.ts keeps `mypy-cache`): the SDKs' modules have the same
 * names each run, and mypy takes a module's cache entry for a file at another path whose text is the same, so that a
 * run checks again only the modules the generator changed since the last (the 23 SDKs, each with its own copy of the
 * runtime, the standard library and the runtime's dependencies: ≈ 50 CPU-s cold, ≈ 1 warm).
 */
const MYPY_CACHE = path.join(ROOT, 'test/.tmp/mypy-cache/stainless-configs-python');

/** Test functions of each SDK's share run against Prism (test-share.ts), [strict] half only. */
const SHARE_BUDGET = 24;
/** At most this many Prism + pytest pairs at once (beside the pyright and mypy runs). */
const PYTEST_CONCURRENCY = 2;

/**
 * Cases of the shares that cannot pass against Prism (`cases`: a part of the case ids, `*` any text), for their
 * spec's own reason, Prism's, or a gap of the SDK named as such. Nothing else may fail; a listed case that passes
 * (or is not in the share) fails the test, so that the list only shrinks.
 */
const NO_SUCCESS =
  'the operation declares no 2xx response, only 4xx ones: Prism answers the first status it declares, and the SDK raises its error';
const RECURSIVE_WITHOUT_EXAMPLE =
  "the response schema is recursive (an account's organizations' members' organizations, …) and has no example: Prism's generated body stops at the cycle with `{}`, which lacks the required properties the strict client checks";
const JSON_TEXT_EXAMPLE =
  "the spec's example of the response is JSON text in a string, not an object: Prism answers the example as given, a JSON string, which the response model refuses";
const PRISM_KNOWN_FAILURES: Record<string, KnownFailure[]> = {
  'ABOV3AI__abov3-sdk-js': [
    {
      cases: 'test_event.py::*_list[',
      reason:
        'the response is text/event-stream with an object schema and no example: Prism cannot write an object as text and answers 500 (NO_COMPLEX_OBJECT_TEXT)',
    },
  ],
  grid: [
    ...['test_quotes.py::', 'test_sandbox.py::*_send_funds['].map((cases) => ({
      cases,
      reason:
        "the spec's example of payment instructions (a quote's, an outgoing transaction's) leaves out `accountOrWalletInfo`, which PaymentInstructions requires: Prism answers the example without checking it against the schema, and the strict client refuses it",
    })),
  ],
  'elviskahoro__apollo-sdk-python': [
    { cases: 'test_account_stages.py::*_list[', reason: JSON_TEXT_EXAMPLE },
    { cases: 'test_opportunities.py::*_retrieve[', reason: JSON_TEXT_EXAMPLE },
  ],
  'italia__graph-italia': [
    {
      cases: 'test_auth.py::*_confirm_user[',
      reason:
        "the operation's only success is a 302 without a Location header: Prism answers the 302 as declared, with nowhere to follow, and the SDK raises APIStatusError",
    },
  ],
  'karimsamir897__api-spec': [
    {
      cases: 'test_heatmap_points.py::*_retrieve[',
      reason:
        "the path's parameters are not declared (`parameters: []`): Prism reads them from the template as `heatmap` and `point`, which no request can give, and answers 422",
    },
  ],
  'knocklabs__docs__data-specs-mapi': [
    {
      cases: 'test_guides.py::*_activate_overload_1[',
      reason:
        'the oneOf variants of the body overlap (GuideScheduledActivationParams requires nothing and takes any key), so `{"status": true}` matches both: Prism\'s oneOf check refuses it with 422',
    },
  ],
  'MarioJames__lobechat-openapi': [
    {
      cases: 'test_files.py::*_batch_upload[',
      reason:
        "the SDK sends an array of files as repeated `files[]` parts, Stainless's multipart form: Prism reads part names literally, finds no `files` and answers 400",
    },
  ],
  'nptakudo__stainless-api-sdk': [
    { cases: 'store/test_orders.py::*_delete[', reason: NO_SUCCESS },
    { cases: 'test_pets.py::*_delete[', reason: NO_SUCCESS },
    { cases: 'test_pets.py::*_update_by_id[', reason: NO_SUCCESS },
    { cases: 'test_user.py::*_delete[', reason: NO_SUCCESS },
  ],
  ZoriHQ__zori: ['test_auth.py::*_login[', 'test_auth.py::*_refresh_access_token[', 'test_auth.py::*_register_account']
    .concat(['create', 'get', 'list', 'update'].map((method) => `test_projects.py::*_${method}`))
    .map((cases) => ({ cases: `v1/${cases}`, reason: RECURSIVE_WITHOUT_EXAMPLE })),
};

/**
 * Files of the SDKs where pyright or mypy finds errors, each with its cause (a gap of the generator another part
 * owns, named as such): nothing else may fail; a listed file that is clean fails the test, so the list only shrinks.
 */
const TYPE_KNOWN_ERRORS: Array<{ file: string; reason: string }> = [];

/** pyright --outputjson over one config, with a longer timeout than runPyright's (a loaded machine took over ten minutes). */
const pyrightReport = (config: string) => runPyright(config, { timeout: 40 * 60 * 1000 });

const known = (line: string) => TYPE_KNOWN_ERRORS.some((entry) => line.startsWith(`${entry.file}:`));

describe.skipIf(PROJECTS.length === 0)('real Stainless configs, the Python target: broken specs', () => {
  it.each(Object.keys(SPEC_STOPS).map((name) => [name]))(
    '%s stops on its spec, with the file and the pointer',
    async (name) => {
      const project = PROJECTS.find((p) => p.name === name);
      expect(project, `${name} is not in ../shared/stainless-configs`).toBeDefined();
      const error = await generate({
        spec: project!.spec,
        config: project!.config,
        target: 'python',
        format: false,
      }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(SpecError);
      const { diagnostic } = error as SpecError;
      expect(diagnostic.file).toBe(project!.spec);
      expect(diagnostic.pointer).toBe(SPEC_STOPS[name].pointer);
      expect(diagnostic.message).toMatch(SPEC_STOPS[name].message);
    },
  );
});

/** The sweep: `npm run test:python` (SDKGEN_PYTHON_TESTS=full), CI's. */
const SWEEP = PYTHON_FULL;
if (!SWEEP) console.log(`stainless-configs-python: the sweep is ${FULL_ONLY_NOTICE}`);

interface Generated {
  project: Project;
  out: string;
  importName: string;
}

interface Diagnostic {
  severity: string;
  code: string;
  message: string;
  file: string | null;
  line?: number | null;
}

describe.skipIf(PROJECTS.length === 0 || !SWEEP)('real Stainless configs, the Python target: the sweep', () => {
  let root: string;
  const outputs: Generated[] = [];
  const failures: string[] = [];
  const stops: Record<string, { file: string; pointer: string; message: string }> = {};
  /** Warnings on a config file that name no key path, or no line for a key the file holds. */
  const unplaced: string[] = [];
  let pyright: Promise<PyrightRun>;
  let mypy: Promise<string[]>;
  const pytestRuns = new Map<string, Promise<{ cases: PytestCase[]; seconds: number; prismExited: string | null }>>();

  /** PYTEST_ADDOPTS before the sweep set it. */
  const addopts = process.env.PYTEST_ADDOPTS;

  beforeAll(() => {
    root = tempDir('stainless-configs-python');
    // A config's `disable_mock_tests` marks the tests skipped; the sweep runs them all the same
    // (test/python/pytest-plugins/sdkgen_run_skipped.py), since they check the SDK, whatever the owners' mock server.
    process.env.PYTEST_ADDOPTS = `${addopts ?? ''} -p sdkgen_run_skipped`.trim();
    venvPython();
    const started = Date.now();
    for (const project of PROJECTS) {
      const out = path.join(root, project.name);
      const run = runSdkgen([
        'generate',
        project.spec,
        '--target',
        'python',
        '-o',
        out,
        '--config',
        project.config,
        '--diagnostics',
        'json',
      ]);
      let result: {
        ok: boolean;
        error?: { file: string; pointer: string; message: string };
        diagnostics: Diagnostic[];
      };
      try {
        result = JSON.parse(run.stdout) as typeof result;
      } catch {
        failures.push(
          `${project.name}: exit ${run.code ?? run.signal}, ${run.stdout.slice(0, 300)} ${run.stderr.slice(0, 300)}`,
        );
        continue;
      }
      if (!result.ok) {
        stops[project.name] = result.error!;
        continue;
      }
      for (const d of result.diagnostics.filter((d) => d.file === project.config && d.severity === 'warning')) {
        const keyPath = /^([\w.[\]$*/{}-]+): /.exec(d.message)?.[1];
        if (keyPath === undefined || (d.line ?? 0) < 1) unplaced.push(`${project.name}: ${d.code}: ${d.message}`);
      }
      const importName = readdirSync(path.join(out, 'src')).find((entry) => !entry.startsWith('.'))!;
      outputs.push({ project, out, importName });
    }
    console.log(
      `stainless-configs-python: generated ${outputs.length} SDKs of ${PROJECTS.length} projects, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    // (The first test says what went wrong.)
    if (outputs.length === 0) return;

    // pyright, one process per group of whole SDKs (src/ but the runtime), the groups at once.
    const declared = tomlTable(readFileSync(path.join(outputs[0].out, 'pyproject.toml'), 'utf8'), 'tool.pyright');
    const runtime = readdirSync(RUNTIME).filter((entry) => entry !== '__pycache__' && entry !== 'py.typed');
    const groups = balancedGroups(outputs, ({ out }) => sourceBytes(path.join(out, 'src')), 2);
    pyright = Promise.all(
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
    ).then((runs) => ({
      diagnostics: runs.flatMap((r) => r.diagnostics),
      filesAnalyzed: runs.reduce((sum, r) => sum + r.filesAnalyzed, 0),
      seconds: Math.max(...runs.map((r) => r.seconds)),
    }));

    // mypy, one process over every package (their import names are distinct: checked below), with the SDKs'
    // own [tool.mypy] but `exclude`, which names each SDK's own _files.py: one pattern for all.
    const mypyDeclared = tomlTable(readFileSync(path.join(outputs[0].out, 'pyproject.toml'), 'utf8'), 'tool.mypy');
    const mypyConfig = path.join(root, 'mypy.toml');
    writeFileSync(
      mypyConfig,
      `[tool.mypy]\n${Object.entries({ ...mypyDeclared, exclude: ['/_files\\.py$', 'tests/.*'] })
        .map(([key, value]) => `${key} = ${JSON.stringify(value)}`)
        .join('\n')}\n`,
    );
    mypy = runProcess(
      venvPython(),
      ['-m', 'mypy', '--config-file', mypyConfig, '--no-pretty', '--cache-dir', MYPY_CACHE].concat(
        outputs.map((sdk) => `-p${sdk.importName}`),
      ),
      {
        cwd: root,
        env: { ...process.env, MYPYPATH: outputs.map((sdk) => path.join(sdk.out, 'src')).join(path.delimiter) },
        timeout: 20 * 60 * 1000,
      },
    ).then((result) => {
      console.log(
        `stainless-configs-python: mypy ${outputs.length} SDKs, ${result.seconds.toFixed(0)} s: ${result.stdout.trim().split('\n').pop()}`,
      );
      const found = `${result.stdout}${result.stderr}`
        .split('\n')
        .filter((line) => /: error:/.test(line))
        .map((line) => line.replace(/\\/g, '/'));
      return result.code !== 0 && found.length === 0 ? [`mypy exited ${result.code ?? result.signal}`] : found;
    });

    // PYTEST_CONCURRENCY workers take the SDKs in turn, the largest specs first (Prism's start grows with its spec).
    const queue = outputs
      .map((sdk) => ({ ...sdk, share: testFunctionShare(testFunctions(sdk.out), SHARE_BUDGET) }))
      .filter((sdk) => sdk.share.length > 0)
      .sort((a, b) => statSync(b.project.spec).size - statSync(a.project.spec).size);
    const settle = new Map<string, (run: ReturnType<typeof runTestsAgainstPrism>) => void>();
    for (const { project } of queue)
      pytestRuns.set(project.name, new Promise((resolve) => settle.set(project.name, resolve)));
    const worker = async () => {
      for (let sdk = queue.shift(); sdk !== undefined; sdk = queue.shift()) {
        const run = runTestsAgainstPrism({
          spec: sdk.project.spec,
          sdk: sdk.out,
          tests: sdk.share.map((fn) => fn.id),
          prismTimeout: 5 * 60 * 1000,
        });
        settle.get(sdk.project.name)!(run);
        await run.catch(() => {});
      }
    };
    for (let i = 0; i < PYTEST_CONCURRENCY; i++) void worker();
  }, 1_200_000);

  afterAll(() => {
    if (addopts === undefined) delete process.env.PYTEST_ADDOPTS;
    else process.env.PYTEST_ADDOPTS = addopts;
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('generates from every config, but those whose spec is broken, which stop on the spec with its pointer', () => {
    expect(failures).toEqual([]);
    expect(Object.keys(stops).sort()).toEqual(Object.keys(SPEC_STOPS).sort());
    for (const [name, stop] of Object.entries(stops)) {
      expect(stop.file).toBe(PROJECTS.find((p) => p.name === name)!.spec);
      expect(stop.pointer).toBe(SPEC_STOPS[name].pointer);
    }
    expect(outputs.length).toBe(PROJECTS.length - Object.keys(SPEC_STOPS).length);
    // Both kinds are in the sweep: configs with a Python target, and TypeScript-only ones.
    expect(outputs.some(({ project }) => project.python)).toBe(true);
    expect(outputs.some(({ project }) => !project.python)).toBe(true);
    expect(new Set(outputs.map((sdk) => sdk.importName)).size).toBe(outputs.length);
  });

  it("warns about the config's keys by key path and line", () => {
    expect(unplaced).toEqual([]);
  });

  it('is clean under pyright at the level the SDKs declare (strict; src/ but the runtime)', async () => {
    const run = await pyright;
    const errors = run.diagnostics.filter((d) => d.severity === 'error');
    const described = describeErrors(errors, root, errors.length);
    console.log(
      `stainless-configs-python: pyright ${run.filesAnalyzed} files, ${errors.length} errors, ${run.seconds.toFixed(0)} s`,
    );
    expect(described.filter((line) => !known(line)).slice(0, 20)).toEqual([]);
    expect(run.filesAnalyzed).toBeGreaterThan(outputs.length * 3);
  }, 1_800_000);

  it("is clean under mypy (src/, the SDKs' own [tool.mypy])", async () => {
    const errors = (await mypy).map((line) => line.replace(`${root}/`, ''));
    expect(errors.filter((line) => !known(line)).slice(0, 20)).toEqual([]);
  }, 1_800_000);

  it('lists only known type errors that are still there', async () => {
    const pyrightErrors = describeErrors(
      (await pyright).diagnostics.filter((d) => d.severity === 'error'),
      root,
      Infinity,
    );
    const mypyErrors = (await mypy).map((line) => line.replace(`${root}/`, ''));
    for (const entry of TYPE_KNOWN_ERRORS)
      expect(
        [...pyrightErrors, ...mypyErrors].some((line) => line.startsWith(`${entry.file}:`)),
        `${entry.file} is clean now: take it off`,
      ).toBe(true);
  }, 1_800_000);

  it.each(PROJECTS.filter((p) => !Object.hasOwn(SPEC_STOPS, p.name)).map((p) => [p.name]))(
    '%s passes its share of its generated tests against Prism, but the cases listed',
    async (name) => {
      const sdk = outputs.find(({ project }) => project.name === name);
      expect(sdk, 'the SDK did not generate').toBeDefined();
      const run = pytestRuns.get(name);
      if (run === undefined) {
        // No method of the config matched an operation of the spec (the config's warnings say which): no test.
        expect(testFunctions(sdk!.out)).toEqual([]);
        expect(readFileSync(path.join(sdk!.out, 'api.md'), 'utf8')).not.toMatch(/^- <code /m);
        return;
      }
      const { cases, seconds, prismExited } = await run!;
      expect(prismExited, 'Prism exited during the run').toBeNull();
      const { unexpected, stale } = unexpectedOutcomes(cases, PRISM_KNOWN_FAILURES[name] ?? []);
      const passed = cases.filter((c) => c.outcome === 'passed').length;
      console.log(
        `stainless-configs-python: ${name}: pytest ${passed}/${cases.length} passed, ${seconds.toFixed(0)} s`,
      );
      expect(unexpected).toEqual([]);
      expect(stale, 'these pass now, or are not in the share: take them off the list').toEqual([]);
      expect(passed, 'no case ran').toBeGreaterThan(0);
    },
    1_800_000,
  );
});
