/**
 * The checks of a generated Python SDK under its own settings, begun together (each is a process of its own): pyright
 * strict over src/ and tests/ (its pyproject.toml's `[tool.pyright]`), mypy (its `[tool.mypy]`) on the targets given,
 * and its generated tests under pytest against Prism mocking the spec, src/ the import root in place of an install.
 * For the tests of a whole generated SDK (generated/smithery-python, a dotted package name); each awaits the check it
 * asserts on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  runProcess,
  runPyright,
  runPytest,
  startPrism,
  tomlTable,
  venvPython,
  type ProcessResult,
  type PyrightRun,
  type PytestCase,
} from './python';

export interface OwnChecks {
  pyright: Promise<PyrightRun>;
  mypy: Promise<ProcessResult>;
  pytest: Promise<{ cases: PytestCase[]; result: ProcessResult }>;
}

/** Each check's own time limit: on a loaded machine pyright alone takes minutes. */
export const OWN_CHECK_MS = 8 * 60 * 1000;

/**
 * Begins the three checks of the SDK at `sdk` (`work`: a folder for their reports and caches; `mypyTargets`: `src`,
 * or `-p <package>`). A rejection is held until the check is awaited.
 */
export function startOwnChecks(options: { sdk: string; spec: string; work: string; mypyTargets: string[] }): OwnChecks {
  const { sdk, spec, work } = options;
  const python = venvPython();
  const pyproject = readFileSync(path.join(sdk, 'pyproject.toml'), 'utf8');
  const config = path.join(sdk, 'pyrightconfig.json');
  writeFileSync(
    config,
    JSON.stringify({ ...tomlTable(pyproject, 'tool.pyright'), include: ['src', 'tests'], extraPaths: ['src', '.'] }),
  );
  const pyright = runPyright(config);
  const mypy = runProcess(
    python,
    [
      '-m',
      'mypy',
      '--config-file',
      'pyproject.toml',
      '--cache-dir',
      path.join(work, 'mypy-cache'),
      ...options.mypyTargets,
    ],
    { cwd: sdk, env: { ...process.env, MYPYPATH: path.join(sdk, 'src') }, timeout: OWN_CHECK_MS },
  );
  const pytest = (async () => {
    const prism = await startPrism(spec);
    try {
      return await runPytest({
        cwd: sdk,
        junit: path.join(work, 'junit.xml'),
        // The SDK's own pytest settings (pyproject.toml) but its addopts (xdist costs more CPU than it saves here);
        // the aiohttp variants need aiohttp, which is optional and not in the venv.
        args: ['-o', 'addopts=', '-q', '-k', 'not aiohttp', '--timeout', '60', 'tests'],
        env: { PYTHONPATH: [path.join(sdk, 'src'), sdk].join(path.delimiter), TEST_API_BASE_URL: prism.url },
        timeout: OWN_CHECK_MS,
      });
    } finally {
      prism.stop();
    }
  })();
  for (const promise of [pyright, mypy, pytest]) promise.catch(() => {});
  return { pyright, mypy, pytest };
}

/** The failed cases of a pytest run, each `id: ` and its message's first lines, for a failure's message. */
export function failedCases(cases: PytestCase[]): string[] {
  return cases
    .filter((c) => c.outcome === 'failed')
    .map((c) => `${c.id}: ${c.message.split('\n').slice(0, 3).join(' ')}`);
}
