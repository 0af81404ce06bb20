// The checks of a trial on a Stainless Python SDK repository (repos.json `"kind": "python"`), after migrate ran and its
// result was committed. Checks 1, 2 and 4 are the TypeScript trial's (language-neutral); the others are Python's:
//   3  pyproject.toml keeps the owners' dependencies (each one the ref declares that the base lacks or declares at
//      another specifier, on a line git blame gives to no commit of Stainless's: present in the migrated
//      pyproject.toml, at a lower bound that is not lower); the version
//   5  the package builds and installs (python-install.mjs: pip, no isolation, the build backend from the local
//      index; fails where it installs at the ref and not here), and pyright with the repository's settings
//      ([tool.pyright] of its pyproject.toml), with the Python of the venv (/work/main/test/.tmp/python-venv, else
//      /tmp/pyv; --python <bin> for another) and the packages the migrated pyproject.toml declares that the venv
//      lacks, installed beside it (pip --target, from the wheels this machine reaches; those it cannot install are
//      listed). Errors the ref has too (same file, rule and message: a package not installable here) are the ref's,
//      not the migration's: the check fails on errors the ref has not, and is scored FAIL AT REF (at-ref) where every
//      error it finds is the ref's own (python-at-ref.mjs)
//   6  the owners' test files (tests/** the owners wrote) pass under pytest, with the installed package (src/ where it
//      did not install) and those packages on the path; run at the ref too (its own package installed), so that
//      tests failing there already (a package not installable here) are told apart: FAIL AT REF where each failing
//      test fails at the ref too
//   7  no Stainless file left: a module with Stainless's header, or a file of the base left as Stainless wrote it that
//      sdkgen does not write, under src/ or tests/; Stainless's scripts and placeholders that stay (bin/, scripts/
//      named by a workflow that stays, `.keep`) are a note
//   8  `sdkgen check` green, in a fresh clone with the owners' config repository hidden; and the owners' next
//      regeneration, run as their pipeline runs it in a CI runner's layout (pipeline-regen.mjs, as the TypeScript
//      trials' check 9), changes nothing (the owners' edits merge, no conflict) and leaves `sdkgen check` green
//   9  the repository's own test script (`./scripts/test`: a Prism mock of the spec and pytest on every test module,
//      sdkgen's generated tests with the owners'), with sdkgen's Prism and the venv standing in for what it downloads
//      (python-script-test.mjs, as the TypeScript trials' `npm test`); the ref's script compared where it fails
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkStainlessLeft } from './checks.mjs';
import { commentOnlyByReport } from './comment-only.mjs';
import { installPackage } from './python-install.mjs';
import { pyrightStatus, pytestAtRefNote, pytestStatus, wantingPackages } from './python-at-ref.mjs';
import { maskedAtRef } from './python-masked.mjs';
import { GIT_PATHS_AS_THEY_ARE } from './owners.mjs';
import { regenerateAsPipeline } from './pipeline-regen.mjs';
import { rescoreHunks } from './python-rescore.mjs';
import { importsStillRead, importsUnread, privateNameImporter, runsTheSame } from './python-runs-same.mjs';
import { reportSection } from './report-sections.mjs';
import { ryeCommandCarried } from './python-rye-commands.mjs';
import { removedDerived } from './python-removed-derived.mjs';
import { scriptTestCheck } from './python-script-test.mjs';
import { mocksSaid, steadyCacheOf, treeReader } from './mock-servers.mjs';
import { runOwnersPytest } from './python-owners-pytest.mjs';
import { giveRefTheSpec } from './ref-spec-url.mjs';
import { run } from './run-limited.mjs';
import { toolSettingProblems } from './python-settings.mjs';
import { addsOnlyUnderPydantic1 } from './pydantic1-branch.mjs';
import { layoutOnlyHunk } from './toml-layout.mjs';
import { literal } from './file-logs.mjs';

const SCRIPT_TITLE = "the repository's test script passes (./scripts/test)";
const VENVS = ['/work/main/test/.tmp/python-venv/bin/python', '/tmp/pyv/bin/python'];

/**
 * Checks 3, 5, 6, 8 and 9 of a Python trial (checks 1, 2, 4 are the caller's); `ctx`: { repo, refSha, owners, runDir,
 * inputs, spec, sdkgenBin, sdkgenRoot, log, args }. Returns the checks, numbered.
 */
export function pythonChecks(ctx) {
  const { repo, refSha, owners, log, args } = ctx;
  const python = args.python ?? VENVS.find((p) => fs.existsSync(p));
  const pyright = path.join(ctx.sdkgenRoot, 'node_modules/.bin/pyright');
  const out = [];
  const add = (n, title, status, reason, details) => out.push({ n, title, status, reason, details });

  const c3 = checkPyproject(repo, refSha, owners);
  add(3, "pyproject.toml keeps owners' dependencies", c3.status, c3.reason, c3.details);

  if (args['skip-install'] || !python) {
    const why = python ? '--skip-install' : `no Python venv (${VENVS.join(', ')})`;
    add(5, "pyright with the repository's settings", 'skipped', why);
    add(6, "owners' tests pass (pytest)", 'skipped', why);
    add(9, SCRIPT_TITLE, 'skipped', why);
  } else {
    const deps = installMissing(repo, python, path.join(ctx.runDir, 'pydeps'));
    log('pip-install.log', deps.log);
    const env = { PYTHONPATH: deps.dir };
    const noteDeps = deps.failed.length ? ` [not installable here as declared: ${deps.failed.join(', ')}]` : '';
    // The ref as it was, in a work tree of its own: what fails there fails before the migration.
    const atRef = path.join(ctx.runDir, 'ref-worktree');
    spawnSync('git', ['worktree', 'add', '-q', '--detach', atRef, refSha], { cwd: repo });
    // The package built and installed as a user gets it (python-install.mjs), here and at the ref.
    const buildDeps = path.join(ctx.runDir, 'build-deps');
    const inst = installPackage(repo, python, path.join(ctx.runDir, 'site'), buildDeps);
    const instRef = installPackage(atRef, python, path.join(ctx.runDir, 'site-ref'), buildDeps);
    log('pip-install-package.log', `${inst.log}\n--- at the ref\n${instRef.log}`);
    const installFails = !inst.ok && instRef.ok;
    const pr = runPyright(repo, python, pyright, env);
    const prRef = runPyright(atRef, python, pyright, env);
    log('pyright.log', `${pr.log}\n--- at the ref\n${prRef.log}`);
    // (Errors on an import of a package this machine's index lacks are the machine's, on both sides: python-at-ref.mjs.)
    const wanting = wantingPackages(pr.errors, deps.failed);
    pr.errors = wanting.rest;
    prRef.errors = wantingPackages(prRef.errors, deps.failed).rest;
    const noteWanting = wanting.wanting.length
      ? ` (${wanting.wanting.length} error(s) on imports of packages this machine's index lacks, not counted: ` +
        `${[...new Set(wanting.wanting.map((e) => e.file))].join(', ')})`
      : '';
    const refKeys = new Set(prRef.errors.map(errorKey));
    // (Errors on a name the ref could not resolve are the owners' code checked for the first time: python-masked.mjs.)
    const { masked, rest: fresh } = maskedAtRef(
      pr.errors.filter((e) => !refKeys.has(errorKey(e))),
      prRef.errors,
    );
    const noteMasked = masked.length
      ? ` (note: ${masked.length} error(s) of the owners' code on names the ref could not resolve, so pyright checked ` +
        `it there against Unknown: ${[...new Set(masked.map((e) => `${e.file}: ${e.name}`))].join(', ')})`
      : '';
    add(
      5,
      "installs; pyright with the repository's settings",
      pyrightStatus({ installFails, failed: pr.failed, errors: pr.errors, fresh, masked }),
      `${inst.ok ? inst.reason : `not installed: ${inst.reason}${instRef.ok ? '' : ' (nor at the ref)'}`}; ` +
        (pr.failed
          ? pr.reason
          : fresh.length
            ? `${fresh.length} errors the ref has not: ${summarise(fresh)}`
            : `pyright clean but for the ref's own errors (${pr.errors.length} here, ${prRef.errors.length} at the ref)`) +
        noteMasked +
        noteWanting +
        noteDeps,
      [...fresh.map(errorLine), ...masked.map((e) => `masked at the ref (${e.name}): ${errorLine(e)}`)],
    );
    const tests = ownersTests(owners, repo);
    // The tests import the installed package where it installed, else src/ (said in the reason).
    const t = runOwnersPytest(repo, python, tests, env, inst.ok ? path.join(ctx.runDir, 'site') : null);
    const tRef = tests.length
      ? runOwnersPytest(atRef, python, tests, env, instRef.ok ? path.join(ctx.runDir, 'site-ref') : null)
      : null;
    log('pytest.log', `${t.log}\n--- at the ref\n${tRef?.log ?? ''}`);
    // 9. The repository's test script, as its owners run it (python-script-test.mjs); the ref's only when it fails.
    const c9 = scriptTestCheck({
      migrated: { dir: repo, site: inst.ok ? path.join(ctx.runDir, 'site') : null, pydeps: [deps.dir] },
      atRef: () => {
        const refDeps = installMissing(atRef, python, path.join(ctx.runDir, 'pydeps-ref'));
        log('pip-install-ref.log', refDeps.log);
        const site = instRef.ok ? path.join(ctx.runDir, 'site-ref') : null;
        // (A ref whose .stats.yml names no spec stops before its tests: given the trial's copy, ref-spec-url.mjs.)
        const said = giveRefTheSpec(atRef, ctx.spec);
        return { dir: atRef, site, pydeps: [refDeps.dir, deps.dir], said };
      },
      python,
      prism: path.join(ctx.sdkgenRoot, 'node_modules/.bin/prism'),
      spec: ctx.spec,
      steadyCache: steadyCacheOf(ctx.runDir),
      runDir: ctx.runDir,
      log,
      // (Which mock each side's script starts: sdkgen's scripts/mock here, Stainless's at the ref.)
      mocks: mocksSaid(treeReader(repo), treeReader(atRef)),
    });
    spawnSync('git', ['worktree', 'remove', '--force', atRef], { cwd: repo });
    // The same tests failing at the ref fail before the migration (at-ref); pytest not running them at all (exit 2–4:
    // a conftest's import of a package not installable here), the same at the ref, says nothing either way.
    const status6 = pytestStatus(t, tRef);
    add(
      6,
      "owners' tests pass (pytest)",
      status6,
      `${t.reason}${tRef ? `; at the ref: ${tRef.reason}` : ''}${pytestAtRefNote(t, tRef, status6)}${noteDeps}`,
      t.details,
    );
    add(9, SCRIPT_TITLE, c9.status, `${c9.reason}${noteDeps}`, c9.details);
  }

  const c7 = checkStainlessLeftPython(repo, owners, [
    ...keptImportedByReport(ctx.report ?? ''),
    ...keptRewrittenByReport(ctx.report ?? '').filter((f) => editedSince(repo, owners.base, f)),
  ]);
  add(7, 'no Stainless file left', c7.status, c7.reason, c7.details);

  const c8 = sdkgenCheck(ctx);
  log('sdkgen-check.log', c8.log);
  add(8, 'sdkgen check green; regenerating is clean', c8.status, c8.reason);
  return out;
}

// ---------- 3. pyproject.toml ----------

/**
 * The dependency specifiers of a pyproject.toml, by section and normalised name. `lineOf`, where given, is filled
 * with the index (from 0) of the line each kept specifier is on.
 */
export function pyprojectDependencies(text, lineOf = new Map()) {
  const deps = new Map();
  let table = '';
  let array = null;
  for (const [index, raw] of text.split('\n').entries()) {
    const collect = (section, part) => collectAt(deps, section, part, (key) => lineOf.set(key, index));
    const line = raw.replace(/\s+#.*$/, '');
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*$/.exec(line);
    if (header && array === null) {
      table = header[1];
      continue;
    }
    if (array === null) {
      const start = /^\s*([\w."-]+)\s*=\s*\[(.*)$/.exec(line);
      if (!start) continue;
      const key = start[1].replace(/"/g, '');
      const section =
        table === 'project' && key === 'dependencies'
          ? 'project.dependencies'
          : table === 'project.optional-dependencies' || table === 'dependency-groups'
            ? `${table}.${key}`
            : /^tool\.(rye|uv|pdm)/.test(table) && /dev-dependencies/.test(key)
              ? `${table}.${key}`
              : null;
      if (section === null) continue;
      array = section;
      const closing = start[2].includes(']');
      collect(array, closing ? start[2].slice(0, start[2].lastIndexOf(']')) : start[2]);
      if (closing) array = null;
      continue;
    }
    const closing = /^\s*\]/.test(line) || /["']\s*\]\s*,?\s*$/.test(line);
    collect(array, closing ? line.slice(0, line.lastIndexOf(']')) : line);
    if (closing) array = null;
  }
  return deps;
}

function collectAt(deps, section, text, kept) {
  // (A string of either quote holding the other: `"cached-property; python_version < '3.8'"`.)
  for (const [, double, single] of text.matchAll(/"([^"]+)"|'([^']+)'/g)) {
    const spec = double ?? single;
    const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1];
    if (!name) continue;
    const key = `${section} ${name.toLowerCase().replace(/[-_.]+/g, '-')}`;
    // A package listed twice in one list (turbopuffer's `typing-extensions>=4.13` and `>=4.14`) is held to both: the
    // higher lower bound is the one it installs at.
    const had = deps.get(key);
    const [was, is] = [had && lowerBound(had), lowerBound(spec)];
    if (had !== undefined && (!is || (was && compareVersions(was, is) >= 0))) continue;
    deps.set(key, spec.trim());
    kept(key);
  }
}

/** The list of the migrated file that stands for a list of the ref's: a dev list for any dev list, else its own. */
const DEV_LISTS =
  /^(tool\.(rye|uv|pdm)\.dev-dependencies|project\.optional-dependencies\.dev|dependency-groups\.dev|tool\.pdm\.dev-dependencies\.dev)$/;

/** The extras a pyproject.toml declares (`[project.optional-dependencies]`, an empty one too). */
export function pyprojectExtras(text) {
  const table = /^\[project\.optional-dependencies\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '';
  return [...table.matchAll(/^\s*"?([A-Za-z0-9][A-Za-z0-9._-]*)"?\s*=/gm)].map((m) => m[1]);
}

/** The lowest version a specifier allows (`>=1.2, <2` → [1, 2]); null when it names none. */
function lowerBound(spec) {
  const m = /(>=|==|~=|>)\s*([0-9][0-9.]*)/.exec(spec);
  return m ? m[2].split('.').map(Number) : null;
}

function compareVersions(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The migrated spec standing for the ref's `key` (`<list> <name>`): the same list's, else (a dev list) another dev
 * list's where the migrated file has one — the pin's own list, not another of the package's lists (openai's dev pin
 * `botocore==1.42.97` is not its `bedrock` extra's `botocore>=1.40.0,<2`) — else the one any list names (the highest).
 */
function counterpart(migrated, key) {
  const [list, name] = key.split(' ');
  if (migrated.has(key)) return migrated.get(key);
  const named = [...migrated].filter(([k]) => k.split(' ')[1] === name);
  if (DEV_LISTS.test(list) && [...migrated.keys()].some((k) => DEV_LISTS.test(k.split(' ')[0])))
    return named.find(([k]) => DEV_LISTS.test(k.split(' ')[0]))?.[1];
  const bound = (spec) => lowerBound(spec) ?? [];
  return named.map(([, spec]) => spec).sort((a, b) => compareVersions(bound(b), bound(a)))[0];
}

function checkPyproject(repo, refSha, owners) {
  const show = (ref) => {
    const r = spawnSync('git', ['show', `${ref}:pyproject.toml`], { cwd: repo, encoding: 'utf8' });
    return r.status === 0 ? r.stdout : '';
  };
  const migratedText = fs.existsSync(path.join(repo, 'pyproject.toml'))
    ? fs.readFileSync(path.join(repo, 'pyproject.toml'), 'utf8')
    : '';
  const stainlessLine = (i) => owners.pyprojectStainlessLines?.[i] === true;
  return pyprojectCheck(show(refSha), show(owners.base), migratedText, stainlessLine);
}

/**
 * Check 3 on the three texts of pyproject.toml: each dependency the ref declares that the base lacks or declares
 * otherwise, in the migrated file's counterpart of its own list at a lower bound that is not lower; each extra the ref
 * adds; each tool setting the ref sets otherwise and people wrote (python-settings.mjs; `stainlessLine(i)`: whether
 * Stainless's commits wrote line `i` of the ref's text, which leaves out their dependencies too); the released version.
 */
export function pyprojectCheck(refText, baseText, migratedText, stainlessLine = () => false) {
  const lineOf = new Map();
  const at = pyprojectDependencies(refText, lineOf);
  const base = pyprojectDependencies(baseText);
  const migrated = pyprojectDependencies(migratedText);
  const items = [];
  const problems = [];
  for (const [key, spec] of at) {
    if (base.get(key) === spec) continue;
    // A dependency Stainless's later generations added or bumped is its output, not the owners', however old the base
    // (as the tool settings: git blame at the ref names one of its commits on the specifier's line).
    if (stainlessLine(lineOf.get(key))) continue;
    items.push(key);
    const now = counterpart(migrated, key);
    if (now === undefined) problems.push(`${key} (${spec}) dropped`);
    else {
      const [was, is] = [lowerBound(spec), lowerBound(now)];
      if (was && (!is || compareVersions(is, was) < 0)) problems.push(`${key}: ${spec} lowered to ${now}`);
    }
  }
  // What the release requires at run time is held to its bounds whoever wrote the line: a bound of the package's or
  // of an extra's the migrated file names lower is a lower one for its users (turbopuffer's typing-extensions).
  for (const [key, spec] of at) {
    if (items.includes(key) || !/^project\.(dependencies|optional-dependencies\.(?!dev$))/.test(key)) continue;
    const now = counterpart(migrated, key);
    const [was, is] = [lowerBound(spec), now === undefined ? null : lowerBound(now)];
    if (now === undefined || !was || (is && compareVersions(is, was) >= 0)) continue;
    items.push(key);
    problems.push(`${key}: the release's ${spec} lowered to ${now}`);
  }
  // The release's extras, an empty one too (`pip install pkg[realtime]` fails without it), whoever added them.
  const migratedExtras = new Set(pyprojectExtras(migratedText));
  for (const extra of pyprojectExtras(refText)) {
    items.push(`extra ${extra}`);
    if (!migratedExtras.has(extra)) problems.push(`extra ${extra} dropped`);
  }
  // The owners' settings of their tools (python-settings.mjs).
  const settings = toolSettingProblems(refText, baseText, migratedText, stainlessLine);
  items.push(...settings.items);
  problems.push(...settings.problems);
  const version = (text) => /^\[project\][\s\S]*?^version\s*=\s*"([^"]+)"/m.exec(text)?.[1];
  const released = version(refText);
  if (released && version(migratedText) !== released)
    problems.push(`version ${released} → ${version(migratedText) ?? 'none'}`);
  return {
    status: problems.length ? 'fail' : 'pass',
    reason: problems.length
      ? `${problems.length} of ${items.length} owners' items not kept: ${problems.slice(0, 8).join('; ')}`
      : `${items.length} dependencies, extras and tool settings the owners added or changed kept${released ? `; version ${released}` : ''}`,
    details: { items, problems },
  };
}

// ---------- 5. pyright ----------

// A loaded machine (helpers running beside the trial) has made pyright take over 15 minutes on a small package: the
// limit is only there to end a hung run, so it is generous, and a run it ends says so with the load it saw.
const PYRIGHT_LIMIT_SEC = 3600;

function runPyright(dir, python, pyright, env) {
  // The repository's own settings: pyright reads [tool.pyright] of pyproject.toml in the project root.
  const r = run(pyright, ['--outputjson', '--pythonpath', python], dir, PYRIGHT_LIMIT_SEC, env);
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    const limit =
      r.status === 'signal SIGKILL'
        ? ` (killed at the ${PYRIGHT_LIMIT_SEC} s limit; load ${os.loadavg()[0].toFixed(1)})`
        : '';
    const reason = `pyright exit ${r.status}${limit}: ${tail(r.stdout + r.stderr)}`;
    return { failed: true, reason, errors: [], log: r.stdout + r.stderr };
  }
  const errors = report.generalDiagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({
      file: path.relative(dir, d.file),
      line: d.range.start.line + 1,
      rule: d.rule ?? '',
      message: d.message,
    }));
  return { failed: false, errors, log: errors.map(errorLine).join('\n') + `\n${JSON.stringify(report.summary)}\n` };
}

const errorKey = (e) => `${e.file}\0${e.rule}\0${e.message}`;
const errorLine = (e) => `${e.file}:${e.line} ${e.rule} ${e.message}`;

function summarise(errors) {
  const byFile = new Map();
  for (const e of errors) byFile.set(e.file, (byFile.get(e.file) ?? 0) + 1);
  const files = [...byFile].map(([f, n]) => `${f}(${n})`);
  return `${files.slice(0, 6).join(', ')}${files.length > 6 ? ` +${files.length - 6} files` : ''} — e.g. ${errorLine(errors[0]).slice(0, 200)}`;
}

/**
 * The packages the migrated pyproject.toml declares (dependencies, every extra, the dev groups) that the venv has not,
 * installed with pip into `dir` (one at a time: one this machine cannot install does not keep the others out).
 */
/** Python printing each requirement given that it lacks and whose marker (if any) holds here. */
const MISSING_HERE = [
  'import sys, re, importlib.metadata as m',
  'try:',
  '  from packaging.requirements import Requirement',
  'except ImportError:',
  '  from pip._vendor.packaging.requirements import Requirement',
  'for s in sys.argv[1:]:',
  '  try:',
  '    r = Requirement(s)',
  '    if r.marker is not None and not r.marker.evaluate({"extra": ""}): continue',
  '    name = r.name',
  '  except Exception:',
  '    name = re.split(r"[^A-Za-z0-9._-]", s.strip())[0]',
  '  try: m.version(name)',
  '  except Exception: print(s)',
].join('\n');

export function installMissing(repo, python, dir) {
  const text = fs.existsSync(path.join(repo, 'pyproject.toml'))
    ? fs.readFileSync(path.join(repo, 'pyproject.toml'), 'utf8')
    : '';
  const specs = [...new Set(pyprojectDependencies(text).values())];
  // Those this Python lacks, less those whose environment marker it does not meet (`python_version < '3.8'`).
  const probe = run(python, ['-c', MISSING_HERE, ...specs], repo, 60);
  const missing = new Set(probe.stdout.split('\n').filter(Boolean));
  const wanted = specs.filter((spec) => missing.has(spec));
  const failed = [];
  let out = '';
  fs.mkdirSync(dir, { recursive: true });
  // All at once first (one resolution, a few pip runs fewer on a loaded machine); one at a time where that fails.
  if (wanted.length > 1) {
    const all = run(
      python,
      ['-m', 'pip', 'install', '-q', '--retries', '0', '--target', dir, ...wanted.map((s) => s.replace(/;.*$/, ''))],
      repo,
      600,
    );
    out += `$ pip install ${wanted.join(' ')}: exit ${all.status}\n${all.stdout}${all.stderr}\n`;
    if (all.status === 0) return { dir, failed, log: out };
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }
  for (const spec of wanted) {
    const r = run(
      python,
      ['-m', 'pip', 'install', '-q', '--retries', '0', '--target', dir, spec.replace(/;.*$/, '')],
      repo,
      300,
    );
    out += `$ pip install ${spec}: exit ${r.status}\n${r.stdout}${r.stderr}\n`;
    if (r.status === 0) continue;
    // No version in the declared range here: the newest there is, so that the tests run at all (said in the reason).
    const name = specName(spec);
    const any = run(python, ['-m', 'pip', 'install', '-q', '--retries', '0', '--target', dir, name], repo, 300);
    out += `$ pip install ${name}: exit ${any.status}\n${any.stdout}${any.stderr}\n`;
    failed.push(any.status === 0 ? `${spec} (${name} outside that range installed)` : spec);
  }
  return { dir, failed, log: out || 'nothing missing\n' };
}

function specName(spec) {
  return /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1] ?? spec;
}

// ---------- 6. the owners' tests ----------

const TEST_MODULE = /^tests\/(.*\/)?test_[^/]*\.py$|^tests\/(.*\/)?[^/]*_test\.py$/;

/**
 * The owners' test files, and Stainless's test modules they edited that the migrated repository keeps as theirs (not
 * sdkgen's: its manifest does not list them): their tests carried out of Stainless's test of its runtime.
 */
export function ownersTests(owners, repo) {
  const theirs = owners.ownersFiles.filter((f) => TEST_MODULE.test(f));
  let sdkgens = null;
  try {
    sdkgens = new Set(Object.keys(JSON.parse(fs.readFileSync(path.join(repo, '.sdkgen/manifest.json'), 'utf8')).files));
  } catch {
    return theirs;
  }
  const edited = [...new Set(owners.hunks.map((h) => h.file))].filter(
    (f) => TEST_MODULE.test(f) && !theirs.includes(f) && !sdkgens.has(f) && fs.existsSync(path.join(repo, f)),
  );
  return [...theirs, ...edited.sort()];
}

// ---------- 7. no Stainless file left ----------

/**
 * The TypeScript trial's check 7, where Stainless's files that stay on purpose are a note: its release scripts and
 * those a workflow or script that stays names (migrate keeps them for the owners' pipeline), and `.keep` placeholders.
 */
function checkStainlessLeftPython(repo, owners, keptImported = []) {
  const found = checkStainlessLeft(repo, owners);
  const { header, pristine, note } = found.details;
  const tracked = spawnSync('git', [...GIT_PATHS_AS_THEY_ARE, 'ls-files'], { cwd: repo, encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean);
  const callers = tracked.filter((f) => /^(\.github\/workflows\/|scripts\/|bin\/)/.test(f));
  const named = (file) =>
    callers.some((c) => c !== file && fs.readFileSync(path.join(repo, c), 'utf8').includes(file.replace(/^\.\//, '')));
  // (A module of Stainless's the owners' code imports stays on purpose too, where migrate's report lists it so.)
  const onPurpose = (f) =>
    /(^|\/)\.keep$/.test(f) || (/^(bin|scripts)\//.test(f) && named(f)) || keptImported.includes(f);
  const runtime = (f) => /^(src|tests|scripts|bin)\//.test(f);
  const bad = [...new Set([...header, ...pristine.filter(runtime)])].filter((f) => !onPurpose(f));
  const kept = [...new Set([...header, ...pristine])].filter(onPurpose);
  const others = [...kept, ...note];
  return {
    status: bad.length ? 'fail' : 'pass',
    reason:
      (bad.length
        ? `${bad.length} left: ${bad.slice(0, 10).join(', ')}${bad.length > 10 ? ` …+${bad.length - 10}` : ''}`
        : 'none') +
      (others.length ? ` (note: Stainless's files kept on purpose or outside the package: ${others.join(', ')})` : ''),
    details: { bad, kept, note },
  };
}

/**
 * The files migrate's report lists as Stainless's the owners rewrote, kept whole (a script, their test set-up: a
 * conftest starting the mock server their way) and written by sdkgen no more: theirs now, on purpose.
 */
export function keptRewrittenByReport(report) {
  const lines = report.split('\n').filter((l) => /^Stainless's (scripts|test set-up) you rewrote/.test(l));
  return lines.flatMap((line) => {
    const list = /\(the manifest's inputs\.deleted\): (.*)$/.exec(line);
    return list ? list[1].split(', ').map((f) => f.trim()) : [];
  });
}

/** Whether the file differs from Stainless's base at HEAD (the owners edited it). */
function editedSince(repo, base, file) {
  return spawnSync('git', ['diff', '--quiet', base, 'HEAD', '--', literal(file)], { cwd: repo }).status === 1;
}

/** The files migrate's report lists under "Stainless's modules your code imports, kept". */
export function keptImportedByReport(report) {
  return reportSection(report, "Stainless's modules your code imports, kept");
}

// ---------- 8. sdkgen check ----------

// (`exec`: how commands run, the module's own `run` unless the caller gives one: a test's warm sdkgen process.)
export function sdkgenCheck({ repo, runDir, inputs, sdkgenBin, name, unkept, run: exec = run }) {
  const fresh = path.join(runDir, 'fresh-clone');
  spawnSync('git', ['clone', '-q', repo, fresh]);
  fs.renameSync(inputs, inputs + '.hidden');
  let chk;
  let regen;
  try {
    chk = exec('node', [sdkgenBin, 'check'], fresh, 600);
    // The owners' next step, as their pipeline takes it (lib/pipeline-regen.mjs, check 9 of the TypeScript trials): a
    // clone laid out as a CI runner's checkout, sdkgen elsewhere relative to it than for migrate; regenerating there
    // changes nothing (their edits merged, no conflict) and leaves `sdkgen check` green.
    // (`unkept(dir)`, when the caller gives it: the owners' hunks check 4 finds not carried in a tree, which the
    // spec change pipeline-regen.mjs feeds through must not add to.)
    const trial = name ?? path.basename(path.dirname(runDir));
    regen = regenerateAsPipeline({ repo, runDir, name: trial, sdkgenBin, run: exec, unkept });
  } finally {
    fs.renameSync(inputs + '.hidden', inputs);
    fs.rmSync(fresh, { recursive: true, force: true });
  }
  let here = null;
  if (chk.status !== 0) here = exec('node', [sdkgenBin, 'check'], repo, 600);
  return {
    status: chk.status === 0 && regen.ok ? 'pass' : 'fail',
    reason:
      (chk.status === 0
        ? 'up to date (fresh clone)'
        : `fresh clone: exit ${chk.status}: ${tail(chk.stdout + chk.stderr)}${here ? ` | in work tree: exit ${here.status}` : ''}`) +
      `; ${regen.reason}`,
    log:
      `fresh clone, owners' config repo hidden: exit ${chk.status}\n${chk.stdout}\n${chk.stderr}\n` +
      `\n${regen.log}\n` +
      (here ? `\n--- in the migrated work tree: exit ${here.status}\n${here.stdout}\n${here.stderr}` : ''),
  };
}

// ---------- helpers ----------

function tail(text, max = 300) {
  const t = text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .slice(-5)
    .join(' ⏎ ');
  return t.length > max ? '…' + t.slice(-max) : t;
}

// ---------- 4. a member in sdkgen's form, at the owners' place ----------

/**
 * Check 4 (checks.mjs, line by line) with the hunks that add a class member (`def name(`) counted as carried where the
 * migrated module's class of the same name has that member right after the member it follows at the ref: the owners
 * moved or added it there, and sdkgen writes its own lines of it (parsecular's wrappers annotate the member otherwise).
 */
export function withMembersInPlace(c4, repo, refSha, owners, report) {
  const { lost, partial } = c4.details;
  const at = new Map();
  const text = (ref, file) => {
    const key = `${ref ?? 'work'}\0${file}`;
    if (!at.has(key)) {
      const r = ref
        ? spawnSync('git', ['show', `${ref}:${file}`], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 })
        : fs.existsSync(path.join(repo, file))
          ? { status: 0, stdout: fs.readFileSync(path.join(repo, file), 'utf8') }
          : { status: 1 };
      at.set(key, r.status === 0 ? r.stdout : null);
    }
    return at.get(key);
  };
  const inPlace = (miss) => {
    if (!miss.file.endsWith('.py')) return false;
    const hunk = owners.hunks.find((h) => h.file === miss.file && h.header === miss.header);
    const cls = /\bclass (\w+)/.exec(miss.header)?.[1];
    const member = hunk?.added.map((a) => /^\s+(?:async\s+)?def (\w+)\(/.exec(a.text)?.[1]).find(Boolean);
    const [before, after] = [text(refSha, miss.file), text(null, miss.file)];
    if (!cls || !member || before === null || after === null) return false;
    const previous = (source) => {
      const names = membersOf(source, cls);
      const i = names.indexOf(member);
      return i < 0 || names.indexOf(member, i + 1) >= 0 ? undefined : (names[i - 1] ?? null);
    };
    const was = previous(before);
    return was !== undefined && previous(after) === was;
  };
  const moved = [...lost, ...partial].filter(inPlace);
  // An edit of what runs only under pydantic 1, where the migrated package requires pydantic 2 and migrate's report
  // shows it (with its hunk) as not applying: not carried, nothing lost.
  const requires2 = /["']pydantic\s*>=\s*([2-9])/.test(text(null, 'pyproject.toml') ?? '');
  const reported = new Set(notApplicableFiles(report));
  const onlyV1 = (miss) => {
    const hunk = owners.hunks.find((h) => h.file === miss.file && h.header === miss.header);
    const source = text(refSha, miss.file);
    if (!requires2 || !reported.has(miss.file) || !hunk || source === null || hunk.added.length === 0) return false;
    // (Every line the hunk adds, not only those blamed on the owners: a closing bracket may be Stainless's.)
    const body = hunk.text.split('\n').slice(1);
    const changed = (sign) => body.filter((l) => l.startsWith(sign)).map((l) => l.slice(1));
    if (keepsV2Alone(changed('-'), changed('+'))) return true;
    return addsOnlyUnderPydantic1(source.split('\n'), hunk.added);
  };
  const notApplicable = [...lost, ...partial].filter((m) => !moved.includes(m) && onlyV1(m));
  // An edit of comments alone (a licence header, a `# pyright: ignore`) on code the migrated file does not have (the
  // file is gone, or has no such line), which migrate's report lists as edited only in its comments: nothing lost.
  const listedCommentOnly = new Set(commentOnlyByReport(report));
  const onlyComments = (miss) => {
    const hunk = owners.hunks.find((h) => h.file === miss.file && h.header === miss.header);
    if (!miss.file.endsWith('.py') || !listedCommentOnly.has(miss.file) || !hunk) return false;
    const code = (lines) => lines.map(withoutComment).filter((line) => line.trim() !== '');
    const [removed, added] = [code(hunk.removed), code(hunk.added.map((a) => a.text))];
    if (removed.join('\n') !== added.join('\n')) return false;
    const now = text(null, miss.file);
    if (now === null) return true;
    // The commented code is nowhere in the migrated file in the same class or function as at the ref.
    const [refLines, nowLines] = [(text(refSha, miss.file) ?? '').split('\n'), now.split('\n')];
    return hunk.added.every((a) => {
      const line = withoutComment(a.text.replace(/\n$/, '')).trim();
      const scope = scopeOf(refLines, a.line - 1);
      return (
        line === '' || !nowLines.some((l, i) => withoutComment(l).trim() === line && scopeOf(nowLines, i) === scope)
      );
    });
  };
  const commentsOnly = [...lost, ...partial].filter(
    (m) => !moved.includes(m) && !notApplicable.includes(m) && onlyComments(m),
  );
  // An edit of a pyproject.toml table the migrated file does not have at all (`[tool.uv]`, hatch's readme hook), which
  // migrate's report shows as not applying: the edit has nothing there to change. Dependencies are check 3's.
  const tableNames = (source) =>
    source.split('\n').flatMap((l) => /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(l)?.[1] ?? []);
  const absentTable = (miss) => {
    const hunk = owners.hunks.find((h) => h.file === miss.file && h.header === miss.header);
    const [before, now] = [text(refSha, miss.file), text(null, miss.file)];
    if (miss.file !== 'pyproject.toml' || !reported.has(miss.file) || !hunk || before === null || now === null)
      return false;
    if (
      [...hunk.removed, ...hunk.added.map((a) => a.text)].some((l) =>
        /^\s*"?(dependencies|dev-dependencies|optional-dependencies|requires)"?\s*=|^\s*\[/.test(l),
      )
    )
      return false;
    const lines = before.split('\n');
    const first = hunk.added[0]?.line;
    if (first === undefined) return false;
    const table = lines
      .slice(0, first)
      .reverse()
      .map((l) => /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(l)?.[1])
      .find(Boolean);
    if (!table || /^(project|dependency-groups|build-system)(\.|$)/.test(table)) return false;
    const hook = /^(tool\.hatch\.metadata\.hooks\.[^.]+)/.exec(table)?.[1] ?? table;
    return !tableNames(now).some((name) => name === hook || name.startsWith(`${hook}.`));
  };
  const tablesAbsent = [...lost, ...partial].filter(
    (m) => !moved.includes(m) && !notApplicable.includes(m) && !commentsOnly.includes(m) && absentTable(m),
  );
  // An edit of pyproject.toml's layout alone, its table reading the same at the base and at the ref (toml-layout.mjs).
  const layoutOnly = [...lost, ...partial].filter((m) => {
    const hunk = owners.hunks.find((h) => h.file === m.file && h.header === m.header);
    const [base, ref] = [text(owners.base, m.file), text(refSha, m.file)];
    if (m.file !== 'pyproject.toml' || tablesAbsent.includes(m) || !hunk || base === null || ref === null) return false;
    return layoutOnlyHunk(hunk, base, ref);
  });
  // An edit of a Rye script's command that migrate carried into the step of sdkgen's script running it
  // (python-rye-commands.mjs).
  const ryeCommands = [...lost, ...partial].filter((m) => {
    const hunk = owners.hunks.find((h) => h.file === m.file && h.header === m.header);
    return (
      !tablesAbsent.includes(m) &&
      !layoutOnly.includes(m) &&
      hunk !== undefined &&
      ryeCommandCarried(hunk, report, (file) => text(null, file))
    );
  });
  // An edit of Stainless's lines the migrated module does not have that changes nothing it runs (types alone, a
  // name's pydantic-2 value put in its place, pydantic 1's support taken out), which migrate's report shows as not
  // applying (python-runs-same.mjs).
  const taken = new Set([...moved, ...notApplicable, ...commentsOnly, ...tablesAbsent, ...layoutOnly, ...ryeCommands]);
  const sameRun = new Map();
  for (const miss of [...lost, ...partial]) {
    const hunk = owners.hunks.find((h) => h.file === miss.file && h.header === miss.header);
    const now = text(null, miss.file);
    if (taken.has(miss) || !requires2 || !reported.has(miss.file) || !hunk || now === null) continue;
    const why = runsTheSame(
      hunk.removed,
      hunk.added.map((a) => a.text),
      now,
      text(owners.base, miss.file) ?? '',
      (name) => privateNameImporter(repo, miss.file, name) !== null,
    );
    if (why !== null) sameRun.set(miss, why);
  }
  // An import the owners took out that the migrated module's code reads (sdkgen's method using the params module their
  // own did without): back because the module needs it.
  const stillRead = [...lost, ...partial].filter((miss) => {
    const hunk = owners.hunks.find((h) => h.file === miss.file && h.header === miss.header);
    const now = text(null, miss.file);
    if (taken.has(miss) || sameRun.has(miss) || !miss.file.endsWith('.py') || !hunk || now === null) return false;
    return importsStillRead(
      hunk.removed,
      hunk.added.map((a) => a.text),
      now,
    );
  });
  // An import of the package's own modules the owners added that nothing in the migrated module reads (for code of
  // Stainless's it does not have), which migrate's report lists as not applying.
  const unreadImports = [...lost, ...partial].filter((miss) => {
    const hunk = owners.hunks.find((h) => h.file === miss.file && h.header === miss.header);
    const now = text(null, miss.file);
    if (taken.has(miss) || sameRun.has(miss) || stillRead.includes(miss) || !reported.has(miss.file)) return false;
    if (!miss.file.endsWith('.py') || !hunk || now === null) return false;
    return importsUnread(
      hunk.removed,
      hunk.added.map((a) => a.text),
      now,
      miss.file,
    );
  });
  // An edit inside a function of Stainless's module that sdkgen's package defines in another module (letta's header
  // in `platform_headers`, which sdkgen writes in `_platform.py`), carried there as migrate's report lists it: each
  // line it adds is in that module, which defines the function.
  const carriedTo = carriedFiles(report);
  const elsewhere = new Map();
  for (const miss of [...lost, ...partial]) {
    const hunk = owners.hunks.find((h) => h.file === miss.file && h.header === miss.header);
    const source = text(refSha, miss.file);
    if (taken.has(miss) || sameRun.has(miss) || stillRead.includes(miss) || unreadImports.includes(miss)) continue;
    if (!miss.file.endsWith('.py')) continue;
    if (!hunk || hunk.added.length === 0 || source === null) continue;
    const name = functionAt(source.split('\n'), hunk.added[0].line - 1);
    const home = carriedTo.find((file) => {
      const module = file !== miss.file && file.endsWith('.py') ? text(null, file) : null;
      if (module === null || name === null || !new RegExp(`^(?:async\\s+)?def\\s+${name}\\s*\\(`, 'm').test(module))
        return false;
      const lines = new Set(module.split('\n').map((l) => l.trim()));
      return hunk.added.every((a) => a.text.trim() === '' || lines.has(a.text.replace(/\n$/, '').trim()));
    });
    if (home !== undefined) elsewhere.set(miss, home);
  }
  // A lockfile of Rye's, or an edit of spacing or quotes alone, in a file migrate removed as its report lists
  // (python-removed-derived.mjs).
  const removed = removedDerived(
    [...lost, ...partial].filter(
      (m) =>
        !taken.has(m) && !sameRun.has(m) && !stillRead.includes(m) && !unreadImports.includes(m) && !elsewhere.has(m),
    ),
    owners,
    report,
    (file) => text(null, file) === null,
  );
  const files = (list) => [...new Set(list.map((m) => m.file))].join(', ');
  // (Rescored even when none is: a file of Stainless's the owners deleted that is back fails the check.)
  return rescoreHunks(c4, owners, [
    {
      key: 'membersInPlace',
      misses: moved,
      note: (list) => `${list.length} class members in sdkgen's form, at the owners' place: ${files(list)}`,
    },
    {
      key: 'notApplicable',
      misses: notApplicable,
      note: (list) =>
        `${list.length} changing only the pydantic-1 branch (or taking it out, keeping what pydantic 2 runs), which the package requiring pydantic 2 never runs, reported by migrate as not applying: ${files(list)}`,
    },
    {
      key: 'tablesAbsent',
      misses: tablesAbsent,
      note: (list) =>
        `${list.length} in a pyproject.toml table the migrated file does not have, reported by migrate as not applying: ${files(list)}`,
    },
    {
      key: 'layoutOnly',
      misses: layoutOnly,
      note: (list) =>
        `${list.length} changing only the layout of pyproject.toml (its table reads the same at the base and at the ref as TOML reads it): ${files(list)}`,
    },
    {
      key: 'ryeCommands',
      misses: ryeCommands,
      note: (list) =>
        `${list.length} changing a command of Stainless's Rye scripts, which migrate's report lists as run by sdkgen's script in its place: ${files(list)}`,
    },
    {
      key: 'runsTheSame',
      misses: [...sameRun.keys()],
      note: (list) =>
        `${list.length} of Stainless's lines the migrated module does not have, changing nothing it runs, reported by migrate as not applying: ${list.map((m) => `${m.file}: ${sameRun.get(m)}`).join('; ')}`,
    },
    {
      key: 'importsRead',
      misses: stillRead,
      note: (list) =>
        `${list.length} taking out an import the migrated module's code reads (sdkgen's code, where the owners' no longer did): ${files(list)}`,
    },
    {
      key: 'importsUnread',
      misses: unreadImports,
      note: (list) =>
        `${list.length} adding an import of the package's own modules (or typing's) that nothing in the migrated module reads (for code it does not have), reported by migrate as not applying: ${files(list)}`,
    },
    {
      key: 'functionElsewhere',
      misses: [...elsewhere.keys()],
      note: (list) =>
        `${list.length} in a function sdkgen's package defines in another module, carried there (migrate's report): ${list.map((m) => `${m.file} → ${elsewhere.get(m)}`).join('; ')}`,
    },
    {
      key: 'removedLockfiles',
      misses: removed.lockfiles,
      note: (list) =>
        `${list.length} in lockfiles of Stainless's package manager (Rye, Poetry, uv, PDM), which migrate removed as its report says (its manager writes them afresh from pyproject.toml, and nothing that stays reads them; the dependencies are check 3's): ${files(list)}`,
    },
    {
      key: 'removedFormatting',
      misses: removed.formatting,
      note: (list) =>
        `${list.length} changing only spacing or quotes, in a file migrate removed as its report says: ${files(list)}`,
    },
    {
      key: 'commentsOnly',
      misses: commentsOnly,
      note: (list) =>
        `${list.length} changing only comments, on code the migrated file does not have, reported by migrate as such: ${files(list)}`,
    },
  ]);
}

/**
 * Whether a hunk takes out a pydantic-1 branch whole and keeps its `else:` body one level out (`if PYDANTIC_V1: … else:
 * model_config = …` → `model_config = …`): under pydantic 2 the module runs the same lines before and after.
 */
function keepsV2Alone(removedLines, addedLines) {
  const code = (lines) => lines.map((l) => l.replace(/\n$/, '')).filter((l) => l.trim() !== '');
  const [removed, added] = [code(removedLines), code(addedLines)];
  // (A comment above the branch, `# v1 re-exports`, goes with it.)
  while (removed.length > 0 && removed[0].trimStart().startsWith('#')) removed.shift();
  const opening = /^(\s*)if\s+(?:[\w.]*\.)?PYDANTIC_V1\s*:\s*(#.*)?$/.exec(removed[0] ?? '');
  if (!opening) return false;
  const indentOf = (l) => /^\s*/.exec(l)[0].length;
  const indent = opening[1].length;
  const orElse = removed.findIndex((l, i) => i > 0 && indentOf(l) === indent && /^\s*else\s*:\s*(#.*)?$/.test(l));
  if (removed.slice(1).some((l, i) => i + 1 !== orElse && indentOf(l) <= indent)) return false;
  const v2 = orElse < 0 ? [] : removed.slice(orElse + 1);
  if (v2.length !== added.length) return false;
  const step = v2.length === 0 ? 0 : indentOf(v2[0]) - indent;
  return v2.every((l, i) => indentOf(l) - step >= indent && l.slice(step) === added[i]);
}

/** The names of the methods of a top-level class, in order. */
function membersOf(source, cls) {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^class ${cls}\\b`).test(line));
  if (start < 0) return [];
  const names = [];
  for (let i = start + 1; i < lines.length && (lines[i] === '' || /^\s/.test(lines[i])); i++) {
    const m = /^ {4}(?:async\s+)?def (\w+)\(/.exec(lines[i]);
    if (m) names.push(m[1]);
  }
  return names;
}

/** The files migrate's report lists under "Hand edits carried over to the new files". */
function carriedFiles(report) {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Hand edits carried over to the new files'));
  if (start < 0) return [];
  const files = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(\S+) \(\d+ hunks?\)$/.exec(line);
    if (!m) break;
    files.push(m[1]);
  }
  return files;
}

/** The name of the module-level function line `at` is in (null outside one, or in a class). */
function functionAt(lines, at) {
  for (let i = at; i >= 0; i--) {
    const def = /^(?:async\s+)?def\s+(\w+)\s*\(/.exec(lines[i]);
    if (def) return def[1];
    if (/^\S/.test(lines[i]) && !/^[)\]}#@]/.test(lines[i])) return null;
  }
  return null;
}

/** The files migrate's report lists under "Hand edits that do not apply to sdkgen's files". */
function notApplicableFiles(report) {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l.startsWith("Hand edits that do not apply to sdkgen's files"));
  if (start < 0) return [];
  return lines
    .slice(start + 1)
    .filter((l) => /^ {2}\S+: \d+ hand edit/.test(l))
    .map((l) => l.trim().split(':')[0]);
}

/** A Python line without its `#` comment (a `#` inside a string literal kept). */
function withoutComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

/** The classes and functions a line of Python is in, outermost first (`Client.__init__`). */
function scopeOf(lines, at) {
  const names = [];
  let indent = /^\s*/.exec(lines[at] ?? '')[0].length;
  for (let i = at - 1; i >= 0 && indent > 0; i--) {
    const line = lines[i];
    // (A multi-line signature's closing `) -> T:` is no block of its own.)
    if (line.trim() === '' || /^[#)\]}]/.test(line.trimStart())) continue;
    const own = /^\s*/.exec(line)[0].length;
    if (own >= indent) continue;
    indent = own;
    const name = /^\s*(?:async\s+)?(?:def|class)\s+(\w+)/.exec(line)?.[1];
    if (name !== undefined) names.unshift(name);
  }
  return names.join('.');
}
