#!/usr/bin/env node
// `node scripts/python-env.mjs`: the Python virtual environment the Python target's tests run in (pytest, mypy,
// pyright's interpreter), at test/.tmp/python-venv or $SDKGEN_PYTHON_VENV. Creates it with `python3 -m venv` and
// installs the pinned packages from this machine's local wheel index only (offline); when it is already there and
// complete, returns at once; when it was made for an older list of packages, installs the list into it. Prints the
// venv's python. Exit code 1, with the reason, when there is no usable Python or an install fails. Generating a
// Python SDK never needs any of this: only testing one does.
//
// Imported: `ensurePythonEnv()` does the same and returns the venv's python (throws PythonEnvError on failure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Pinned to the releases the local index holds (and that pass the Stainless compatibility set). */
export const PYTHON_REQUIREMENTS = [
  'httpx==0.28.1',
  'pydantic==2.13.5',
  'anyio==4.15.1',
  'distro==1.9.0',
  'sniffio==1.3.1',
  'typing-extensions==4.16.0',
  'pytest==8.4.2',
  'pytest-asyncio==1.4.0',
  'pytest-xdist==3.8.0',
  'pytest-timeout==2.4.0',
  'respx==0.23.1',
  'time-machine==3.5.1',
  'mypy==2.4.0',
  // Dev dependencies of Stainless SDKs that their own runtime tests import (scripts/stainless-python-runtime-tests.mjs).
  'nest-asyncio==1.6.0',
  'rich==13.9.4',
];

/** The lowest Python the generated SDKs support. */
const MIN_PYTHON = [3, 9];
/** Local package indexes, used where they exist: pip's default index (pypi.org) is not reachable offline. */
const LOCAL_INDEXES = ['/opt/pypi/simple', '/opt/pypi-more/simple'];
const LOCAL_WHEELS = '/opt/wheels';
/** Written last, once every package is installed: the venv is complete when it names the same requirements. */
const MARKER = '.sdkgen-python-env.json';
const LOCK_STALE_MS = 15 * 60 * 1000;

export class PythonEnvError extends Error {}

export function pythonVenvDir() {
  return path.resolve(process.env.SDKGEN_PYTHON_VENV ?? path.join(ROOT, 'test/.tmp/python-venv'));
}

/** The python of a venv (bin/python; Scripts\python.exe on Windows). */
export function venvPython(venv = pythonVenvDir()) {
  return process.platform === 'win32' ? path.join(venv, 'Scripts', 'python.exe') : path.join(venv, 'bin', 'python');
}

function run(command, args, timeout) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  return { ...result, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/** The first of python3 / python that is Python ≥ 3.9, with its version. */
export function findSystemPython() {
  const tried = [];
  for (const candidate of [process.env.SDKGEN_PYTHON, 'python3', 'python'].filter(Boolean)) {
    const probe = run(candidate, ['-c', 'import sys, venv; print("%d.%d.%d" % sys.version_info[:3])'], 30_000);
    if (probe.error || probe.status !== 0) {
      tried.push(`${candidate}: ${probe.error?.code === 'ENOENT' ? 'not found' : probe.output || probe.error}`);
      continue;
    }
    const version = probe.stdout.trim();
    const [major, minor] = version.split('.').map(Number);
    if (major > MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor >= MIN_PYTHON[1]))
      return { command: candidate, version };
    tried.push(`${candidate}: Python ${version} is older than ${MIN_PYTHON.join('.')}`);
  }
  throw new PythonEnvError(
    `no usable Python: the Python target's tests need Python ${MIN_PYTHON.join('.')}+ with the venv module ` +
      `(set SDKGEN_PYTHON to its path if it is not python3 on PATH). Tried: ${tried.join('; ')}`,
  );
}

/** Where pip installs from: the local indexes that exist, else pip's own configuration (pip.conf, PIP_*). */
export function pipIndexArgs() {
  const indexes = LOCAL_INDEXES.filter((dir) => existsSync(dir));
  const args = [];
  if (indexes.length > 0) {
    args.push('--index-url', `file://${indexes[0]}`);
    for (const extra of indexes.slice(1)) args.push('--extra-index-url', `file://${extra}`);
  }
  if (existsSync(LOCAL_WHEELS)) args.push('--find-links', LOCAL_WHEELS);
  return args;
}

function pythonRuns(venv) {
  if (!existsSync(venvPython(venv))) return false;
  // Generous: on a loaded machine importing pip can take minutes, and a false "no" here recreates the venv.
  const probe = run(venvPython(venv), ['-c', 'import pip'], 5 * 60 * 1000);
  return !probe.error && probe.status === 0;
}

function isComplete(venv, wanted) {
  if (!existsSync(venvPython(venv))) return false;
  try {
    return readFileSync(path.join(venv, MARKER), 'utf8') === wanted;
  } catch {
    return false;
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Holds a lock folder beside the venv while `action` runs: test files running at once share one venv. */
function withLock(venv, action) {
  const lock = `${venv}.lock`;
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if (age > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      else sleep(250);
    }
  }
  try {
    return action();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The venv's python, the venv created and its packages installed first when it is not complete. `log` receives
 * progress lines (default: none).
 */
export function ensurePythonEnv({ log = () => {} } = {}) {
  const venv = pythonVenvDir();
  const wanted = JSON.stringify({ requirements: PYTHON_REQUIREMENTS }, null, 2);
  if (isComplete(venv, wanted)) return venvPython(venv);
  return withLock(venv, () => {
    // Another process may have completed it while this one waited.
    if (isComplete(venv, wanted)) return venvPython(venv);
    // A venv whose python runs gets the missing packages in place: other test processes may be using it now.
    if (!pythonRuns(venv)) {
      const system = findSystemPython();
      log(`python-env: creating ${venv} with ${system.command} (Python ${system.version})`);
      rmSync(venv, { recursive: true, force: true });
      // ensurepip runs inside: minutes on a loaded 2-core machine.
      const created = run(system.command, ['-m', 'venv', venv], 10 * 60 * 1000);
      if (created.error || created.status !== 0)
        throw new PythonEnvError(
          `python-env: ${system.command} -m venv ${venv} failed (${created.error?.message ?? `exit ${created.status}`}):\n` +
            created.output,
        );
    }
    const indexArgs = pipIndexArgs();
    log(`python-env: pip install ${indexArgs.join(' ') || '(pip configuration)'} ${PYTHON_REQUIREMENTS.join(' ')}`);
    const installed = run(
      venvPython(venv),
      [
        '-m',
        'pip',
        'install',
        '--disable-pip-version-check',
        '--no-input',
        // An index that cannot be reached fails at once rather than after pip's retries.
        '--retries',
        '0',
        '--timeout',
        '15',
        ...indexArgs,
        ...PYTHON_REQUIREMENTS,
      ],
      15 * 60 * 1000,
    );
    if (installed.error || installed.status !== 0)
      throw new PythonEnvError(
        `python-env: pip install into ${venv} failed (${installed.error?.message ?? `exit ${installed.status}`}):\n` +
          installed.output.split('\n').slice(-30).join('\n'),
      );
    writeFileSync(path.join(venv, MARKER), wanted);
    return venvPython(venv);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const started = Date.now();
    const python = ensurePythonEnv({ log: (line) => process.stderr.write(`${line}\n`) });
    process.stderr.write(`python-env: ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    process.stdout.write(`${python}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof PythonEnvError ? error.message : (error?.stack ?? error)}\n`);
    process.exit(1);
  }
}
