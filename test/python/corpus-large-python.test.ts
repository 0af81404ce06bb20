/**
 * The medium and large specs of the public corpus (the fast subset, corpus-python.test.ts, has the small ones),
 * generated with `--target python`: every spec generates; every SDK's src/ is clean under pyright at the level the
 * generated pyproject declares (strict), in a pyright run per group of whole SDKs, the groups at once (each SDK an
 * execution environment of its own, the runtime left out of the files checked: runtime.test.ts checks it); every
 * package imports, its client and all its resources and types (pydantic builds each model class then); mypy runs
 * over the medium ones (the large would take minutes more); and each SDK but those Prism cannot serve passes a share
 * of its own generated tests against Prism mocking its spec (test/helpers/test-share.ts: every k-th test module,
 * about SHARE_BUDGET test functions, every kind of test the SDK holds; all of them would take most of an hour), but
 * the cases listed with their cause.
 * An error when the corpus is not beside the checkout (../shared/corpus); skipped in `npm test` (SDKGEN_PYTHON_TESTS=full
 * runs it: a few minutes).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, sharedPath } from '../helpers/paths';
import {
  balancedGroups,
  describeErrors,
  FULL_ONLY_NOTICE,
  generatePython,
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
} from '../helpers/python';
import { tempDir } from '../helpers/sdk';
import { testModules, testShare } from '../helpers/test-share';

const CORPUS = sharedPath('corpus', 'public');
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
/** A spec's file in the corpus, by its name (the file name without its extension). */
const specFile = (spec: string) => largerSpecs().find((file) => file.replace(/\.(json|ya?ml)$/, '') === spec)!;

/** pyright --outputjson over one config, single-threaded, with a longer timeout (a loaded machine took over ten minutes). */
const pyrightReport = (config: string) => runPyright(config, { timeout: 40 * 60 * 1000 });

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

/**
 * Test functions of each SDK's share run against Prism (test-share.ts): 6,000 over the 24 SDKs that run, of 47,000.
 * Measured one SDK at a time, the whole share took 3 min 3 s of CPU (Prism's start included), so about 1.5 min on
 * two idle cores; all the tests, ten times that.
 */
const SHARE_BUDGET = 250;

/** At most this many Prism + pytest pairs at once (beside the pyright and mypy runs). */
const PYTEST_CONCURRENCY = 2;

/** Specs whose SDK's tests do not run against Prism, by name: Prism cannot serve them, for the reason given. */
const STAR_ACCEPT =
  "the responses' media type is `*/*`: Prism finds no content for the SDK's `Accept: application/json` and answers 406 to nearly every request";
const PRISM_NOT_RUN: Record<string, string> = {
  'amazonaws.com__ec2__2016-11-15':
    'every path is `/#Action=<name>` (the action in a URL fragment, which no request carries): Prism matches no request to a path, 404',
  'mandrillapp.com__Mandrill__1.0': STAR_ACCEPT,
  'ndhm.gov.in__ndhm-healthid__1.0': STAR_ACCEPT,
  'vmware.local__vrni__1.0.0':
    "58 of its 161 operations' response `content` lists property names (`action`, `rule_id`, …) as media types: Prism throws parsing one and exits, failing every later request",
};

/**
 * Cases of the shares that cannot pass against Prism (`cases`: a part of the case ids, `*` any text), for their spec's own
 * reason, Prism's, or a gap of the SDK named as such. Nothing else may fail; and a listed case that passes (or is
 * not in the share) fails the test, so that the list only shrinks.
 */
const PRISM_ANSWER = (what: string) => `Prism's answer breaks the spec's response schema (${what})`;
const PRISM_KNOWN_FAILURES: Record<string, KnownFailure[]> = {
  'airbyte.local__config__1.0.0': [
    {
      cases: 'tests/api_resources/connections/test_create.py::*_with_all_params[',
      reason:
        "spec typo: `AirbyteStream`'s `required` names `json_schema`, its property is `jsonSchema` (and no other is allowed): no stream is valid, Prism answers the spec's 422",
    },
  ],
  'appwrite.io__client__0.9.3': [
    'account/test_logs',
    'database/collections/test_documents',
    'locale/countries/test_eu',
    'locale/test_continents',
    'locale/test_currencies',
    'storage/test_files',
    'test_teams',
  ].map((name) => ({
    cases: `tests/api_resources/${name}.py::`,
    reason: PRISM_ANSWER('a list property (`logs`, `documents`, `countries`, …) an object where the schema says array'),
  })),
  'appcenter.ms__App-Center-Client__v0.1': [
    {
      cases: 'tests/api_resources/apps/test_recent_releases.py::',
      reason: PRISM_ANSWER('`distribution_groups` items without their required `id`'),
    },
  ],
  'britbox.co.uk__Rocket-Services__3.730.300-ref-1-39-0': [
    {
      cases: 'tests/api_resources/itv/test_profile.py::*_update',
      reason:
        'the body schema is a `$ref` with a sibling `type: string` (ignored by OpenAPI 3.0): Prism applies both, so no body is valid, 400',
    },
  ],
  'figshare.com__Figshare-API__2.0.0': [
    'account/institution/accounts/test_search',
    'account/institution/test_accounts',
  ].map((name) => ({
    cases: `tests/api_resources/${name}.py::`,
    reason: PRISM_ANSWER('`institution_user_id` a number where the schema says string'),
  })),
  'github.com__ghes-2.20__1.1.4': [
    {
      cases: 'tests/api_resources/repos/test_pages.py::',
      reason:
        "SDK gap: the update body's `anyOf` of `required` lists alone asks for one of `cname`, `https_enforced`, `public`, `source` (typed by the object's own keywords, as Stainless types it: the call without them is well-typed), 422; `source` is `type: string` beside an `anyOf` of a string and an object, and the SDK sends the object, 422; and Prism's answers give `https_certificate.expires_at` a date-time where the schema says date",
    },
  ],
  'googleapis.com__storage__v1': [
    {
      cases: 'tests/api_resources/b/test_o.py::*_create',
      reason:
        "the `application/octet-stream` body's schema is the `Object` JSON object: Prism validates the raw bytes against it, 422 (every call sends them: a raw body is required, as Stainless's call takes it)",
    },
  ],
  'mist.com__Mist-API__0.37.7': [
    {
      cases: 'tests/api_resources/api/v1/orgs/maps/test_import_.py::*test_method_create_with_all_params[',
      reason:
        "the object part `json` (a JSON part, OpenAPI's default without a Stainless config) is read by Prism as a string (`json must be object`, 400), as for TypeScript (test/multipart-corpus-prism.test.ts)",
    },
  ],
  'vercel.com__Vercel-API__0.0.1': [
    ...['v2/test_secrets', 'v4/test_aliases'].map((name) => ({
      cases: `tests/api_resources/${name}.py::`,
      reason: PRISM_ANSWER(
        '`created` a string where the schema says number; `deployment.meta` an object, not a string',
      ),
    })),
    {
      cases: 'tests/api_resources/v8/test_artifacts.py::',
      reason:
        "the operations declare no 2xx response (only 400–403): Prism answers 400 (and the upload's required `Content-Length` header param, 0 beside a 17-byte body, breaks the connection)",
    },
  ],
};

/** The specs whose SDK's share runs against Prism, by name. */
const PYTEST_SPECS = available
  ? largerSpecs()
      .map((file) => file.replace(/\.(json|ya?ml)$/, ''))
      .filter((spec) => !Object.hasOwn(PRISM_NOT_RUN, spec))
  : [];

interface ShareRun {
  cases: PytestCase[];
  seconds: number;
  prismExited: string | null;
  /** How many test modules the share holds. */
  modules: number;
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
    // PYTEST_CONCURRENCY workers take the SDKs in turn, the largest shares first; each run is a promise its test awaits.
    const queue = outputs
      .filter(({ spec }) => PYTEST_SPECS.includes(spec))
      .map((sdk) => ({ ...sdk, share: testShare(testModules(sdk.out), SHARE_BUDGET) }))
      .sort((a, b) => b.share.length - a.share.length);
    const settle = new Map<string, (run: Promise<ShareRun>) => void>();
    for (const { spec } of queue) pytestRuns.set(spec, new Promise((resolve) => settle.set(spec, resolve)));
    const worker = async () => {
      for (let sdk = queue.shift(); sdk !== undefined; sdk = queue.shift()) {
        const run = runTestsAgainstPrism({
          spec: path.join(CORPUS, specFile(sdk.spec)),
          sdk: sdk.out,
          tests: sdk.share.map((module) => module.file),
          prismTimeout: 5 * 60 * 1000,
        }).then((result) => ({ ...result, modules: sdk.share.length }));
        settle.get(sdk.spec)!(run);
        await run.catch(() => {});
      }
    };
    for (let i = 0; i < PYTEST_CONCURRENCY; i++) void worker();
  }, 900_000);

  /** Each PYTEST_SPECS spec's run of its share against Prism, started once generation is done. */
  const pytestRuns = new Map<string, Promise<ShareRun>>();

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

  it('lists known failures of specs that run only', () => {
    expect(Object.keys(PRISM_KNOWN_FAILURES).filter((spec) => !PYTEST_SPECS.includes(spec))).toEqual([]);
    expect(PYTEST_SPECS.length + Object.keys(PRISM_NOT_RUN).length).toBe(largerSpecs().length);
  });

  it.each(PYTEST_SPECS.map((spec) => [spec]))(
    "%s passes its share of its generated tests against Prism, but the cases listed for the spec's own reasons",
    async (spec) => {
      const run = pytestRuns.get(spec);
      expect(run, 'the SDK did not generate').toBeDefined();
      const { cases, seconds, prismExited, modules } = await run!;
      expect(prismExited, 'Prism exited during the run').toBeNull();
      const known = PRISM_KNOWN_FAILURES[spec] ?? [];
      const { unexpected, stale } = unexpectedOutcomes(cases, known);
      const passed = cases.filter((c) => c.outcome === 'passed').length;
      console.log(
        `corpus-large-python: ${spec}: pytest ${passed}/${cases.length} passed in ${modules} modules (${cases.length - passed} failed), ${seconds.toFixed(0)} s`,
      );
      expect(unexpected).toEqual([]);
      // A known failure that passes (or is not in the share) is no longer known: the list shrinks with the fixes.
      expect(stale, 'these pass now, or are not in the share: take them off the list').toEqual([]);
      expect(cases.length).toBeGreaterThan(0);
    },
    1_800_000,
  );
});
