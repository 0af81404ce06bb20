/**
 * The Stainless compatibility set for the Python target (../shared/stainless-compat-python, its README says what
 * "compatible" means): for each project, the Python SDK sdkgen generates from the project's spec and Stainless
 * config alone, against the SDK Stainless generated from the same two:
 *   1. surface: every method line of Stainless's api.md (endpoint, call chain, arguments, return type) and every
 *      type its `from <package>.types… import` blocks list, in ours;
 *   2. types: Stainless's own tests/api_resources, copied into our output, pyright-clean under the SDK's own
 *      [tool.pyright] (strict), file by file;
 *   3. tests: those tests pass under pytest (the SDK's [tool.pytest.ini_options] minus addopts) against Prism
 *      mocking the spec, with our tests/conftest.py and tests/utils.py, case by case ([strict] and [loose]; the
 *      aiohttp variants and known-failures.json left out).
 * `npm test` generates both SDKs and compares the surface (1); 2 and 3 (pyright, pytest: most of a minute) run with
 * SDKGEN_PYTHON_TESTS=full (`npm run test:python`, which CI runs too).
 * One summary line per project is printed after the run (and written to test/.tmp/python-compat.json).
 * The figures must not drop below MINIMUM, which rises as the target gets there. The folder is outside the
 * repository (CI has it beside the checkout); without it the suite is skipped with a notice.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath, TMP } from '../helpers/paths';
import {
  describeErrors,
  FULL_ONLY_NOTICE,
  generatePython,
  listFiles,
  PYTHON_FULL,
  pytestIni,
  runProcess,
  runPyright,
  runPytest,
  startPrism,
  tomlTable,
  venvPython,
  type PyrightRun,
  type PytestCase,
} from '../helpers/python';
import { tempDir } from '../helpers/sdk';
import { comparePythonApiMd } from '../helpers/python-api-md';

/** The figures each project must reach at least (the goal: every method, every file, every case). */
const MINIMUM: Record<string, Figures> = {
  'llama-stack': { methods: 111, types: 93, typeCleanFiles: 36, passed: 1800 },
  onebusaway: { methods: 30, types: 30, typeCleanFiles: 29, passed: 512 },
};

interface Figures {
  /** Expected api.md method lines ours has with the same endpoint, chain, arguments and return type. */
  methods: number;
  /** Expected types ours lists from the same module. */
  types: number;
  /** Expected test files (tests/api_resources/**\/test_*.py) without a pyright error. */
  typeCleanFiles: number;
  /** Expected test cases that pass against Prism (known failures left out): [strict] and [loose]. */
  passed: number;
}

const COMPAT = process.env.SDKGEN_STAINLESS_COMPAT_PYTHON ?? sharedPath('stainless-compat-python');
/** xdist workers per project's pytest (0: none); both projects' runs go at once. */
const PYTEST_WORKERS = 0;

interface Project {
  name: string;
  dir: string;
  spec: string;
  config: string;
  /** The import name (`llama_stack_client`). */
  packageName: string;
  pyproject: string;
  /** Test ids (file::Class::function) known to fail with Stainless's own SDK too. */
  knownFailures: Record<string, string>;
}

function compatProjects(): Project[] {
  return readdirSync(COMPAT)
    .sort()
    .map((name) => path.join(COMPAT, name))
    .filter((dir) => existsSync(path.join(dir, 'expected', 'api.md')))
    .map((dir) => {
      const spec = readdirSync(dir).find((f) => /^openapi\.(ya?ml|json)$/.test(f));
      const config = readdirSync(dir).find((f) => /stainless\.ya?ml$/.test(f));
      if (!spec || !config) throw new Error(`${dir}: no openapi.* or stainless.yml`);
      const apiMd = readFileSync(path.join(dir, 'expected', 'api.md'), 'utf8');
      const packageName = /^from (\w+)\.types\b/m.exec(apiMd)?.[1];
      if (!packageName) throw new Error(`${dir}/expected/api.md: no "from <package>.types import"`);
      const known = path.join(dir, 'known-failures.json');
      return {
        name: path.basename(dir),
        dir,
        spec: path.join(dir, spec),
        config: path.join(dir, config),
        packageName,
        pyproject: readFileSync(path.join(dir, 'expected', 'pyproject.toml'), 'utf8'),
        knownFailures: existsSync(known)
          ? ((JSON.parse(readFileSync(known, 'utf8')) as { runtime?: Record<string, string> }).runtime ?? {})
          : {},
      };
    });
}

// ---------------------------------------------------------------------------------------------------------------

const projects = compatProjects();

const root = tempDir('stainless-compat-python');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const sdkDir = (project: Project) => path.join(root, project.name, 'sdk');

/** The expected test files, relative to the SDK's root (tests/api_resources/…/test_x.py). */
const testFiles = (project: Project) =>
  listFiles(path.join(project.dir, 'expected/tests/api_resources'), /^test_.*\.py$/).map(
    (f) => `tests/api_resources/${f}`,
  );

/** Every test function of the expected tests runs [loose] and [strict] (the aiohttp variants left out). */
function expectedFunctionCount(project: Project): number {
  const functions = testFiles(project).reduce(
    (sum, file) =>
      sum +
      (readFileSync(path.join(project.dir, 'expected', file), 'utf8').match(/^\s*(?:async )?def test_/gm) ?? []).length,
    0,
  );
  return functions - Object.keys(project.knownFailures).length;
}

/** One pyright run over every project's copied tests: the shared libraries (pydantic, httpx) analysed once. */
let pyright: Promise<PyrightRun> | null = null;
/** Each project's pytest run against its own Prism. */
const pytestRuns = new Map<string, Promise<{ cases: PytestCase[]; seconds: number }>>();
/** Whether each project's tests/utils.py assert_matches_type rejects what it must (README: before the tests count). */
const utilsChecks = new Map<string, Promise<string | null>>();
/** What each project's tests measured, for the summary line and test/.tmp/python-compat.json. */
const measured = new Map<string, Record<string, number>>();

function writePyrightConfig(): string {
  const settings = projects.map((p) => JSON.stringify(tomlTable(p.pyproject, 'tool.pyright')));
  if (new Set(settings).size > 1) throw new Error('the projects have different [tool.pyright] settings');
  const config = path.join(root, 'pyrightconfig.json');
  writeFileSync(
    config,
    JSON.stringify(
      {
        ...(JSON.parse(settings[0]!) as object),
        include: projects.map((p) => `${p.name}/sdk/tests/api_resources`),
        // Paths in a pyright config are relative to the config file, not to an environment's root.
        executionEnvironments: projects.map((p) => ({
          root: `${p.name}/sdk`,
          extraPaths: [path.join(sdkDir(p), 'src'), sdkDir(p)],
        })),
      },
      null,
      2,
    ),
  );
  return config;
}

async function runProjectTests(project: Project): Promise<{ cases: PytestCase[]; seconds: number }> {
  const sdk = sdkDir(project);
  const ini = path.join(root, project.name, 'pytest.ini');
  writeFileSync(ini, pytestIni(tomlTable(project.pyproject, 'tool.pytest.ini_options')));
  const prism = await startPrism(project.spec);
  try {
    const { cases, result } = await runPytest({
      cwd: sdk,
      junit: path.join(root, project.name, 'junit.xml'),
      args: [
        '-c',
        ini,
        '--rootdir',
        sdk,
        '-q',
        '-k',
        'not aiohttp',
        '--timeout',
        '60',
        ...(PYTEST_WORKERS > 0 ? ['-n', String(PYTEST_WORKERS)] : []),
        'tests/api_resources',
      ],
      env: {
        PYTHONPATH: [path.join(sdk, 'src'), sdk].join(path.delimiter),
        TEST_API_BASE_URL: prism.url,
      },
      timeout: 8 * 60 * 1000,
    });
    return { cases, seconds: result.seconds };
  } finally {
    prism.stop();
  }
}

/** Python that exits 0 when assert_matches_type rejects int vs "x", List[int] vs "x" and a response model vs 1. */
const UTILS_CHECK = `
import sys, typing, importlib
import pydantic
from tests.utils import assert_matches_type
package = importlib.import_module(sys.argv[1] + ".types")
models = [v for v in vars(package).values() if isinstance(v, type) and issubclass(v, pydantic.BaseModel)]
if not models:
    sys.exit("no response model in " + sys.argv[1] + ".types")
accepted = []
for type_, value in [(int, "x"), (typing.List[int], "x"), (models[0], 1)]:
    try:
        assert_matches_type(type_, value, path=["response"])
    except Exception:
        continue
    accepted.append(repr(type_) + " vs " + repr(value))
if accepted:
    sys.exit("assert_matches_type accepted: " + "; ".join(accepted))
`;

async function checkUtils(project: Project): Promise<string | null> {
  const sdk = sdkDir(project);
  const result = await runProcess(venvPython(), ['-c', UTILS_CHECK, project.packageName], {
    cwd: sdk,
    env: { ...process.env, PYTHONPATH: [path.join(sdk, 'src'), sdk].join(path.delimiter) },
    timeout: 120_000,
  });
  return result.code === 0 ? null : `${result.stdout}${result.stderr}`.trim().split('\n').slice(-5).join('\n');
}

beforeAll(() => {
  if (projects.length === 0) return;
  // Generating needs no Python; the checks below do.
  if (PYTHON_FULL) venvPython();
  for (const project of projects) {
    const sdk = sdkDir(project);
    generatePython(project.spec, sdk, project.config);
    // Stainless's tests in place of ours; our conftest.py and utils.py stay.
    rmSync(path.join(sdk, 'tests/api_resources'), { recursive: true, force: true });
    mkdirSync(path.join(sdk, 'tests'), { recursive: true });
    cpSync(path.join(project.dir, 'expected/tests/api_resources'), path.join(sdk, 'tests/api_resources'), {
      recursive: true,
    });
  }
  if (!PYTHON_FULL) {
    console.log(`stainless-compat-python: pyright and pytest ${FULL_ONLY_NOTICE}`);
    return;
  }
  // Everything slow at once: pyright over both projects, each project's pytest against its own Prism.
  pyright = runPyright(writePyrightConfig());
  for (const project of projects) {
    utilsChecks.set(project.name, checkUtils(project));
    pytestRuns.set(project.name, runProjectTests(project));
  }
  // Consumed by the tests; a rejection is reported there.
  for (const promise of [pyright, ...pytestRuns.values(), ...utilsChecks.values()]) promise.catch(() => {});
}, 600_000);

/** One line per project with every figure, printed and written to test/.tmp/python-compat.json. */
afterAll(() => {
  if (measured.size === 0) return;
  const of = (m: Record<string, number>, key: string, total: string) =>
    key in m ? `${m[key]}/${m[total]}` : 'not measured';
  for (const [name, m] of measured) {
    console.log(
      `stainless-compat-python ${name}: methods ${of(m, 'methods', 'methodTotal')}, types ${of(m, 'types', 'typeTotal')}, ` +
        `files type-clean ${of(m, 'typeCleanFiles', 'typeFiles')}, test cases passed ${of(m, 'passed', 'testTotal')} ` +
        `(failed ${m.failed ?? '?'}); pyright ${m.pyrightSeconds?.toFixed(0) ?? '?'} s (all projects), pytest ${m.pytestSeconds?.toFixed(0) ?? '?'} s`,
    );
  }
  mkdirSync(TMP, { recursive: true });
  writeFileSync(
    path.join(TMP, 'python-compat.json'),
    `${JSON.stringify({ full: PYTHON_FULL, projects: Object.fromEntries(measured), minimum: MINIMUM }, null, 2)}\n`,
  );
});

describe.skipIf(projects.length === 0).each(projects)('Stainless Python project $name', (project: Project) => {
  const minimum = MINIMUM[project.name] ?? { methods: 0, types: 0, typeCleanFiles: 0, passed: 0 };
  const full = it.skipIf(!PYTHON_FULL);
  // Each awaits processes begun in beforeAll that have 8 minutes of their own: on a loaded machine they take longer
  // than the default two.
  const AWAITS_PROCESS_MS = 9 * 60 * 1000;
  const record = (values: Record<string, number>) =>
    measured.set(project.name, { ...measured.get(project.name), ...values });

  it('has the surface of the SDK Stainless generated (api.md: endpoint, call chain, arguments, return type, types)', () => {
    const oursPath = path.join(sdkDir(project), 'api.md');
    expect(existsSync(oursPath), 'the output has api.md at its root').toBe(true);
    const surface = comparePythonApiMd(
      readFileSync(path.join(project.dir, 'expected/api.md'), 'utf8'),
      readFileSync(oursPath, 'utf8'),
    );
    record({
      methods: surface.methods,
      methodTotal: surface.methodTotal,
      types: surface.types,
      typeTotal: surface.typeTotal,
    });
    expect(surface.methodTotal).toBeGreaterThan(0);
    expect(
      surface.methods >= minimum.methods && surface.types >= minimum.types,
      `below the minimum (${minimum.methods} methods, ${minimum.types} types); first differences:\n${surface.differences.slice(0, 15).join('\n')}`,
    ).toBe(true);
  });

  full(
    "type-checks Stainless's tests/api_resources under the SDK's own [tool.pyright] (strict)",
    async () => {
      const run = await pyright!;
      const sdk = sdkDir(project);
      const files = testFiles(project);
      const errors = run.diagnostics.filter((d) => d.severity === 'error' && d.file.startsWith(`${sdk}${path.sep}`));
      const failing = new Set(errors.map((d) => path.relative(sdk, d.file).split(path.sep).join('/')));
      const clean = files.filter((f) => !failing.has(f)).length;
      record({ typeCleanFiles: clean, typeFiles: files.length, pyrightSeconds: run.seconds });
      expect(files.length).toBeGreaterThan(0);
      expect(
        clean,
        `fewer clean files than the minimum ${minimum.typeCleanFiles}; first errors:\n${describeErrors(errors, sdk).join('\n')}`,
      ).toBeGreaterThanOrEqual(minimum.typeCleanFiles);
    },
    AWAITS_PROCESS_MS,
  );

  full(
    "passes Stainless's tests/api_resources against Prism ([strict] and [loose]; known failures left out)",
    async () => {
      const utils = await utilsChecks.get(project.name)!;
      const { cases, seconds } = await pytestRuns.get(project.name)!;
      const counted = cases.filter((c) => !(c.base in project.knownFailures));
      // tests/utils.py must really check types before any case counts.
      const passed = utils === null ? counted.filter((c) => c.outcome === 'passed').length : 0;
      const failed = counted.filter((c) => c.outcome === 'failed');
      if (utils !== null)
        console.log(
          `stainless-compat-python ${project.name}: tests/utils.py does not check types, no case counts: ${utils}`,
        );
      const total = 2 * expectedFunctionCount(project);
      const required = minimum.passed;
      record({
        passed,
        testTotal: total,
        failed: failed.length,
        pytestSeconds: seconds,
      });
      expect(total).toBeGreaterThan(0);
      expect(
        passed,
        `fewer passing cases than the minimum ${required}${utils === null ? '' : ` (tests/utils.py: ${utils})`}; first failures:\n${failed
          .slice(0, 10)
          .map((f) => `${f.id}: ${f.message.split('\n')[0]}`)
          .join('\n')}`,
      ).toBeGreaterThanOrEqual(required);
    },
    AWAITS_PROCESS_MS,
  );
});
