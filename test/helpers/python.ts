/**
 * What the Python target's tests share: the venv of scripts/python-env.mjs, sdkgen generating a Python SDK, and the
 * tools that check one for real: pyright (--outputjson), mypy, pytest (its JUnit XML read back), and Prism mocking
 * a spec in a process of its own. Every tool runs asynchronously, so that several run at once and a Prism server
 * answers while pytest calls it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensurePythonEnv, PythonEnvError } from '../../scripts/python-env.mjs';
import { generate } from '../../generator/generate';
import { ROOT } from './paths';
import { startPrismProcess, type PrismProcess } from './prism-process';
import { runSdkgen } from './sdkgen-cli';

export const PYRIGHT = path.join(ROOT, 'node_modules/pyright/index.js');

/**
 * `SDKGEN_PYTHON_TESTS=full` (`npm run test:python`, a CI step of its own): every Python check. Without it (`npm
 * test`), the slowest are left out to keep the whole run within its time budget: the corpus, the flagship's
 * pyright/mypy/pytest, the [loose] half of the Stainless projects' test cases.
 */
export const PYTHON_FULL = process.env.SDKGEN_PYTHON_TESTS === 'full';
export const FULL_ONLY_NOTICE = 'left out of `npm test`; `npm run test:python` runs it (SDKGEN_PYTHON_TESTS=full)';

let python: string | Error | undefined;
/**
 * The venv's python (created on first use, see scripts/python-env.mjs). Throws, with the reason, when there is no
 * usable Python: the tests that need it fail saying so rather than hang.
 */
export function venvPython(): string {
  if (python === undefined) {
    try {
      python = ensurePythonEnv({ log: (line) => console.log(line) });
    } catch (error) {
      python =
        error instanceof PythonEnvError
          ? new Error(`the Python target's tests need a Python environment: ${error.message}`)
          : (error as Error);
    }
  }
  if (python instanceof Error) throw python;
  return python;
}

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
  timedOut: boolean;
}

/** Runs a command to its end (its process group killed after `timeout` ms), its output captured. */
export function runProcess(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {},
): Promise<ProcessResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // A group of its own: on a timeout, pytest's xdist workers go with it.
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(
      () => {
        timedOut = true;
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      },
      options.timeout ?? 10 * 60 * 1000,
    );
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, seconds: (Date.now() - started) / 1000, timedOut });
    });
  });
}

/** `sdkgen generate <spec> --target python -o <out> [--config <config>]`, by the warm CLI of the tests; throws on failure. */
export function generatePython(spec: string, out: string, config?: string): void {
  const result = runSdkgen([
    'generate',
    spec,
    '--target',
    'python',
    '-o',
    out,
    ...(config ? ['--config', config] : []),
    '--quiet',
  ]);
  if (result.code !== 0)
    throw new Error(
      `sdkgen generate ${path.basename(spec)} --target python failed (exit ${result.code ?? result.signal}):\n${result.stderr}${result.stdout}`,
    );
}

/**
 * The Python SDK of `spec` with the Stainless config `config` (their texts; no config for null), generated in this
 * process after both are written into `dir`, as `names.spec` and `names.config` (openapi.json and stainless.yml unless
 * given; the spec's extension says YAML or JSON): its files' texts by path.
 */
export async function generatePythonFiles(
  dir: string,
  spec: string,
  config: string | null,
  names: { spec?: string; config?: string } = {},
): Promise<Map<string, string>> {
  const specFile = path.join(dir, names.spec ?? 'openapi.json');
  writeFileSync(specFile, spec);
  let configFile: string | null = null;
  if (config !== null) {
    configFile = path.join(dir, names.config ?? 'stainless.yml');
    writeFileSync(configFile, config);
  }
  const result = await generate({ spec: specFile, config: configFile, target: 'python' });
  return new Map(result.files.map((file) => [file.path, file.contents]));
}

/** Every file under `dir` whose name matches, relative to `dir`, sorted. */
export function listFiles(dir: string, match: RegExp, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return entry === '__pycache__' ? [] : listFiles(full, match, base);
      return match.test(entry) ? [path.relative(base, full).split(path.sep).join('/')] : [];
    });
}

// ---------------------------------------------------------------------------------------------------------------
// pyproject.toml

/**
 * The keys of one table of a TOML file (`tool.pyright`): strings, numbers, booleans and arrays of those, which is
 * all the tool sections of a pyproject.toml hold. Nested tables (`[[tool.mypy.overrides]]`) are not read.
 */
export function tomlTable(text: string, table: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  let inside = false;
  let pending: { key: string; text: string } | null = null;
  for (const raw of text.split('\n')) {
    const line = stripTomlComment(raw).trim();
    if (pending) {
      pending.text += ` ${line}`;
      if (bracketsClosed(pending.text)) {
        values[pending.key] = tomlValue(pending.text);
        pending = null;
      }
      continue;
    }
    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?$/.exec(line);
    if (header) {
      inside = header[1] === table && !line.startsWith('[[');
      continue;
    }
    if (!inside || line === '') continue;
    const entry = /^("?[\w.-]+"?)\s*=\s*(.*)$/.exec(line);
    if (!entry) throw new Error(`[${table}]: cannot read ${JSON.stringify(raw)}`);
    const key = entry[1].replace(/^"|"$/g, '');
    if (bracketsClosed(entry[2])) values[key] = tomlValue(entry[2]);
    else pending = { key, text: entry[2] };
  }
  return values;
}

function stripTomlComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

function bracketsClosed(text: string): boolean {
  const unquoted = text.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '');
  return (unquoted.match(/\[/g) ?? []).length === (unquoted.match(/\]/g) ?? []).length;
}

function tomlValue(text: string): unknown {
  const value = text.trim();
  if (value.startsWith('[')) {
    const items = value.slice(1, -1).match(/"(?:[^"\\]|\\.)*"|'[^']*'|[^,\s][^,]*/g);
    return (items ?? []).map((item) => tomlValue(item));
  }
  if (value.startsWith('"')) return JSON.parse(value) as string;
  if (value.startsWith("'")) return value.slice(1, -1);
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^[+-]?\d+(\.\d+)?$/.test(value)) return Number(value);
  throw new Error(`cannot read the TOML value ${value}`);
}

/** A pytest.ini holding a `[tool.pytest.ini_options]` table (read by tomlTable), without `addopts`. */
export function pytestIni(options: Record<string, unknown>): string {
  const lines = ['[pytest]'];
  for (const [key, value] of Object.entries(options)) {
    if (key === 'addopts') continue;
    if (Array.isArray(value)) lines.push(`${key} =`, ...value.map((item) => `    ${String(item)}`));
    else lines.push(`${key} = ${String(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// pyright

export interface PyrightDiagnostic {
  file: string;
  severity: 'error' | 'warning' | 'information';
  message: string;
  rule?: string;
  range?: { start: { line: number; character: number } };
}

export interface PyrightRun {
  diagnostics: PyrightDiagnostic[];
  filesAnalyzed: number;
  seconds: number;
}

/**
 * pyright --outputjson under a pyrightconfig.json, with the venv's python for site-packages; killed after `timeout` ms
 * (ten minutes unless given: a run over many SDKs on a loaded machine took more).
 */
export async function runPyright(
  config: string,
  options: { threads?: number; timeout?: number } = {},
): Promise<PyrightRun> {
  const result = await runProcess(
    process.execPath,
    [
      PYRIGHT,
      '--outputjson',
      '-p',
      config,
      '--pythonpath',
      venvPython(),
      ...(options.threads ? ['--threads', String(options.threads)] : []),
    ],
    { cwd: path.dirname(config), timeout: options.timeout ?? 10 * 60 * 1000 },
  );
  let report: { generalDiagnostics: PyrightDiagnostic[]; summary: { filesAnalyzed: number } };
  try {
    report = JSON.parse(result.stdout) as typeof report;
  } catch {
    throw new Error(
      `pyright -p ${config} gave no report (exit ${result.code ?? result.signal}, ${result.seconds} s):\n${result.stderr}`,
    );
  }
  return {
    diagnostics: report.generalDiagnostics,
    filesAnalyzed: report.summary.filesAnalyzed,
    seconds: result.seconds,
  };
}

/**
 * The items in `count` groups of about equal total weight (the heaviest first, each to the lightest group): one
 * pyright process per group of whole SDKs, the groups at once, instead of one process with `--threads`. pyright's
 * threads split the files, not the SDKs, so each thread evaluated most SDKs' shared types again. Measured on six
 * medium SDKs (514k lines) on the loaded 2-core box: --threads 2, 158 s CPU and 474 s; two groups, 107 s CPU and
 * 272 s; the same files and diagnostics.
 */
export function balancedGroups<T>(items: T[], weight: (item: T) => number, count: number): T[][] {
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

/** The bytes of Python source under `dir`: what pyright's time grows with (balancedGroups' weight). */
export function pythonSourceBytes(dir: string): number {
  return listFiles(dir, /\.py$/).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
}

/**
 * Pyright's errors (described) on `include`, paths of the generated SDK at `sdk`, under the SDK's own settings (its
 * pyproject.toml's `[tool.pyright]`, strict) but for `overrides`: the config is written beside it as
 * pyrightconfig.check.json.
 */
export async function pyrightErrorsUnderOwnSettings(
  sdk: string,
  include: string[],
  extraPaths: string[] = ['src'],
  overrides: Record<string, unknown> = {},
): Promise<string[]> {
  const config = path.join(sdk, 'pyrightconfig.check.json');
  const declared = tomlTable(readFileSync(path.join(sdk, 'pyproject.toml'), 'utf8'), 'tool.pyright');
  writeFileSync(config, JSON.stringify({ ...declared, ...overrides, include, extraPaths }));
  return describeErrors((await runPyright(config)).diagnostics, sdk);
}

/**
 * mypy (the venv's) in `cwd` with `args`, its options and the files or packages to check: the run (its process group
 * killed after `timeout` ms, five minutes unless told), and the lines of its output that report an error.
 */
export async function runMypy(
  cwd: string,
  args: string[],
  options: { timeout?: number } = {},
): Promise<ProcessResult & { errors: string[] }> {
  const run = await runProcess(venvPython(), ['-m', 'mypy', ...args], { cwd, timeout: options.timeout ?? 300_000 });
  return { ...run, errors: run.stdout.split('\n').filter((line) => line.includes(': error:')) };
}

/** "file:line: message (rule)" for the errors, for a failure's message. */
export function describeErrors(diagnostics: PyrightDiagnostic[], root: string, limit = 20): string[] {
  return diagnostics
    .filter((d) => d.severity === 'error')
    .slice(0, limit)
    .map(
      (d) =>
        `${path.relative(root, d.file)}:${(d.range?.start.line ?? 0) + 1}: ${d.message.split('\n')[0]}${d.rule ? ` (${d.rule})` : ''}`,
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Prism

export type PrismServer = PrismProcess;

/**
 * `prism mock -v error <spec>` in a process of its own, on 127.0.0.1 at the port it bound itself
 * (./prism-process.ts); resolves once it listens. Prism's request log at its default level cost more CPU than the
 * requests themselves (measured: a pytest run of 1,800 cases took 74 s with it, 33 s without).
 */
export function startPrism(spec: string): Promise<PrismServer> {
  return startPrismProcess(spec, { verbose: 'error' });
}

// ---------------------------------------------------------------------------------------------------------------
// pytest

export interface PytestCase {
  /** "tests/api_resources/test_x.py::TestX::test_method_list[strict]" (a collection error: its module's name). */
  id: string;
  /** The id without its parameters: what known-failures.json names. */
  base: string;
  outcome: 'passed' | 'failed' | 'skipped';
  message: string;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity: string, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (XML_ENTITIES[name] ?? entity),
  );

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:-]+)="([^"]*)"/g)) found[m[1]] = unescapeXml(m[2]);
  return found;
}

/** The test cases of pytest's --junitxml report. */
export function parseJunit(xml: string): PytestCase[] {
  const cases: PytestCase[] = [];
  for (const m of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const { classname = '', name = '' } = attributes(m[1]);
    const body = m[2] ?? '';
    const parts = classname.split('.').filter(Boolean);
    const className = parts.length > 0 && /^Test/.test(parts[parts.length - 1]) ? parts.pop() : undefined;
    const id = parts.length > 0 ? `${parts.join('/')}.py::${className ? `${className}::` : ''}${name}` : name;
    const problem = /<(failure|error)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/.exec(body);
    const skipped = /<skipped\b/.test(body);
    cases.push({
      id,
      base: id.replace(/\[[^\]]*\]$/, ''),
      outcome: problem ? 'failed' : skipped ? 'skipped' : 'passed',
      message: problem ? `${attributes(problem[2]).message ?? ''}\n${unescapeXml(problem[3] ?? '')}`.trim() : '',
    });
  }
  return cases;
}

/** pytest in the venv (`python -m pytest <args> --junitxml <junit>`); the cases it reports. */
export async function runPytest(options: {
  cwd: string;
  args: string[];
  junit: string;
  env?: NodeJS.ProcessEnv;
  timeout?: number;
}): Promise<{ cases: PytestCase[]; result: ProcessResult }> {
  const result = await runProcess(
    venvPython(),
    ['-m', 'pytest', '-p', 'no:cacheprovider', '--junitxml', options.junit, ...options.args],
    { cwd: options.cwd, env: { ...process.env, ...options.env }, timeout: options.timeout },
  );
  if (!existsSync(options.junit))
    throw new Error(
      `pytest wrote no report (exit ${result.code ?? result.signal}${result.timedOut ? ', timed out' : ''}):\n${result.stdout.slice(-4000)}${result.stderr.slice(-4000)}`,
    );
  return { cases: parseJunit(readFileSync(options.junit, 'utf8')), result };
}

/** sdkgen_no_retry_wait.py and the other pytest plugins the corpus runs load into a generated SDK's run. */
const PYTEST_PLUGINS = path.join(ROOT, 'test/python/pytest-plugins');

/**
 * A generated SDK's own tests (`tests`: paths under its folder; by default its endpoint tests, `tests/api_resources`:
 * the runtime's tests answer from a server of their own and time the retries this run does not wait for) against
 * Prism mocking `spec`: the [strict] half (the same requests as [loose], the responses checked strictly), no aiohttp,
 * the SDK's pytest settings but its addopts, retries without their waits; `deselect`ed node ids left out. The cases, the run's seconds, and Prism's last output
 * if it exited meanwhile (it throws on some requests).
 */
export async function runTestsAgainstPrism(options: {
  spec: string;
  sdk: string;
  tests?: string[];
  deselect?: string[];
  /** Prism's startup limit (ms): the largest specs take over a minute to load on a loaded box. */
  prismTimeout?: number;
}): Promise<{ cases: PytestCase[]; seconds: number; prismExited: string | null }> {
  const { sdk } = options;
  const importName = readdirSync(path.join(sdk, 'src')).find((entry) => !entry.startsWith('.'))!;
  const prism = await startPrismProcess(options.spec, { verbose: 'error', timeout: options.prismTimeout });
  try {
    const { cases, result } = await runPytest({
      cwd: sdk,
      junit: path.join(sdk, 'junit.xml'),
      args: [
        '-o',
        'addopts=',
        '-q',
        '--tb=line',
        '-p',
        'sdkgen_no_retry_wait',
        '-k',
        'not loose and not aiohttp',
        '--timeout',
        '60',
        ...(options.deselect ?? []).flatMap((c) => ['--deselect', c]),
        ...(options.tests ?? ['tests/api_resources']),
      ],
      env: {
        PYTHONPATH: [path.join(sdk, 'src'), sdk, PYTEST_PLUGINS].join(path.delimiter),
        SDKGEN_PACKAGE: importName,
        TEST_API_BASE_URL: prism.url,
        // (The endpoint tests of an SDK of 2023 read it before 2023-10-02: python-era.ts TEST_BASE_URL_ENV_SINCE.)
        API_BASE_URL: prism.url,
      },
      timeout: 5 * 60 * 1000,
    });
    return { cases, seconds: result.seconds, prismExited: prism.exited() };
  } finally {
    prism.stop();
  }
}

/**
 * A case (or cases: `cases` is a part of their ids, `*` standing for any text) that cannot pass against Prism, with
 * its cause.
 */
export interface KnownFailure {
  cases: string;
  reason: string;
}

/** Whether a case id holds the pattern of a known failure (`*`: any text). */
function namedBy(id: string, cases: string): boolean {
  const pattern = cases
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(pattern).test(id);
}

/**
 * What a spec's run against Prism got wrong: the failed cases no known failure names, and the known failures that
 * match no failed case (the list only shrinks: one that passes now, or names no case run, must come off).
 */
export function unexpectedOutcomes(
  cases: PytestCase[],
  known: KnownFailure[],
): { unexpected: string[]; stale: string[] } {
  const failed = cases.filter((c) => c.outcome === 'failed');
  return {
    unexpected: failed
      .filter((c) => !known.some((k) => namedBy(c.id, k.cases)))
      .map((c) => `${c.id}: ${c.message.split('\n')[0]}`),
    stale: known.filter((k) => !failed.some((c) => namedBy(c.id, k.cases))).map((k) => k.cases),
  };
}
