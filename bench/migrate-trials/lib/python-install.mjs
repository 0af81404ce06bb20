// A Python trial installs the package it measures, as a user would get it: built by the backend its pyproject.toml's
// [build-system] names and installed (pip, from the registries this machine reaches: the local wheel index), so that
// the owners' tests import the installed package rather than src/. A package that does not build or install fails
// check 5.
//
// The build requirements are installed once per run beside the venv (pip --target, one at a time); a pinned version
// this machine does not have (Stainless pins `hatchling==1.26.3`; the index here has another) is replaced by the
// newest there is, and said so. The build then runs without isolation, with those on the path.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Builds and installs the package of the work tree `dir` into `target` (no dependencies: those are the run's
 * `pydeps`); `buildDeps`: the folder the build requirements go to. Returns { ok, reason, log, substituted }.
 */
export function installPackage(dir, python, target, buildDeps) {
  const pyproject = path.join(dir, 'pyproject.toml');
  if (!fs.existsSync(pyproject)) return { ok: false, reason: 'no pyproject.toml', log: '', substituted: [] };
  const requires = buildRequires(fs.readFileSync(pyproject, 'utf8'));
  let log = '';
  const substituted = [];
  fs.mkdirSync(buildDeps, { recursive: true });
  for (const spec of requires) {
    const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1] ?? spec;
    if (fs.existsSync(path.join(buildDeps, `.${name}.done`))) continue;
    let r = pip(python, ['--target', buildDeps, spec], dir);
    log += `$ pip install ${spec}: exit ${r.status}\n${r.stderr}\n`;
    if (r.status !== 0) {
      r = pip(python, ['--target', buildDeps, name], dir);
      log += `$ pip install ${name}: exit ${r.status}\n${r.stderr}\n`;
      substituted.push(r.status === 0 ? `${spec} (the newest ${name} here instead)` : `${spec} (not installable)`);
    }
    if (r.status === 0) fs.writeFileSync(path.join(buildDeps, `.${name}.done`), '');
  }
  fs.rmSync(target, { recursive: true, force: true });
  const r = pip(python, ['--no-deps', '--no-build-isolation', '--target', target, '.'], dir, {
    PYTHONPATH: buildDeps,
  });
  log += `$ pip install --no-deps --no-build-isolation --target ${target} .: exit ${r.status}\n${r.stdout}${r.stderr}\n`;
  const note = substituted.length ? ` [build requirements: ${substituted.join(', ')}]` : '';
  if (r.status !== 0)
    return { ok: false, reason: `pip install . failed: ${lastError(r.stderr)}${note}`, log, substituted };
  const installed = fs.readdirSync(target).filter((f) => f.endsWith('.dist-info'));
  return { ok: true, reason: `installed ${installed.join(', ')}${note}`, log, substituted };
}

/** The requirements of pyproject.toml's `[build-system]` table (`requires = [...]`, on one line or several). */
export function buildRequires(text) {
  const table = /^\[build-system\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '';
  const list = /^requires\s*=\s*\[([\s\S]*?)\]/m.exec(table)?.[1] ?? '';
  return [...list.replace(/#.*$/gm, '').matchAll(/"([^"]+)"|'([^']+)'/g)].map((m) => (m[1] ?? m[2]).trim());
}

function pip(python, argv, cwd, env = {}) {
  const r = spawnSync(python, ['-m', 'pip', 'install', '-q', '--retries', '0', ...argv], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 600_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, ...env },
  });
  return { status: r.status ?? `signal ${r.signal}`, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function lastError(text) {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /error|Error/.test(l) && !/^note:/.test(l));
  return (lines.at(-1) ?? text.trim().split('\n').at(-1) ?? '').slice(0, 300);
}
