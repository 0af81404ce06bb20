#!/usr/bin/env node
// Stainless's own tests, run on the Python package sdkgen writes from the same config and spec (issue 91, "Verified
// by": ≥ 95% of their tests type-check and pass, and every method keeps its call shape).
//
//   node scripts/stainless-python-tests.mjs --pairs bench/stainless-distance/python-pairs.json [options]
//
// The pairs file is stainless-distance-python.mjs's (see there); a pair's `measured` (its last figures, and the cause of
// each failure: the spec, Prism, the machine, or Stainless's own code) is for readers, no script reads it. For each
// pair sdkgen generates the Python SDK (`--target python`, through bin/sdkgen.js, so build first), then measures:
//   methods  every method line of Stainless's api.md, and of the api.md of a resource's folder (endpoint, resource
//            chain and method name, arguments, return type), found in ours exactly so;
//   types    Stainless's tests/api_resources copied in place of ours, type-checked by pyright under the [tool.pyright]
//            of Stainless's pyproject.toml: the test files without an error;
//   cases    the same tests under pytest (Stainless's [tool.pytest.ini_options] minus addopts, the aiohttp variants
//            left out, retries without their waits) against Prism mocking the spec: passed / passed + failed, the
//            failures grouped by cause (the exception and its message, quoted values and numbers blanked).
// Our tests/conftest.py and tests/utils.py stay, unless Stainless's tests use a name ours lack (a fixture of
// conftest.py, an import from tests.utils): Stainless's file is then copied in, and the report says so.
// A pair whose side has no tests/api_resources (a folder holding api.md alone) is measured for methods only.
// Stainless's leftovers are left out of every figure, and named: the resource modules that neither the client nor another
// resource reaches, and their tests (files an earlier generation wrote, for a resource since dropped from the client).
// So are the resource modules the owners wrote by hand beside the generated ones (no Stainless banner at their top).
//
// --pairs <file>   the pairs (default bench/stainless-distance/python-pairs.json)
// --only <names>   comma-separated pair names to measure
// --shapes-only    call shapes alone: no pyright, no pytest (seconds per pair)
// --keep <dir>     generate into <dir>/<name> and keep it, tests and reports included (default: a temporary folder)
// --top <n>        the n commonest failure causes and differing methods printed per pair (default 5)
// --json           one JSON object on stdout instead of the table
// --era            (the default) generate each pair in the forms of its SDK's era, as `sdkgen migrate` infers it (its
//                  generation's day, else what its `_client.py` and `__init__.py` show; stainless/python-era-inference.ts),
//                  passed as `--stainless-era`; a pair's `"era"` (a day, or "latest") is taken as given
// --newest         the newest forms for every pair instead (no `--stainless-era`)
// --run-skipped    (the default) run the cases Stainless marks skipped ("Prism tests are disabled", its project-wide
//                  switch, as the stainless-compat-python bar does: many pairs mark every case so); skipif and runtime
//                  skips stay
// --keep-skips     leave those cases skipped, as Stainless's own CI does
// --pytest-timeout <minutes>  how long one pair's pytest may take (default 15; a large SDK on a loaded machine needs more);
//                  Prism may take a fifth of it to load the spec (at least 180 s)
// --baseline       also run the same tests on Stainless's own package (its src/ and tests/ at `ref`, against the same
//                  Prism; twice the time): the table gives its passes beside ours, and each cause how many of its
//                  cases fail there too ("theirs too": the spec's examples, Prism or the machine, not our package)
// Environment: SDKGEN_BIN runs another build of the CLI (default <repo>/bin/sdkgen.js); the Python tools come from
// the venv of scripts/python-env.mjs (test/.tmp/python-venv), pyright and Prism from node_modules.
import { fork, spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePythonEnv } from './python-env.mjs';
import { exitWithUsage } from './usage.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = process.env.SDKGEN_BIN ?? path.join(root, 'bin/sdkgen.js');
const PYRIGHT = path.join(root, 'node_modules/pyright/index.js');
const PRISM_LAUNCHER = path.join(root, 'test/helpers/prism-launcher.mjs');
const PYTEST_PLUGINS = path.join(root, 'test/python/pytest-plugins');
/** Fixtures pytest and the venv's plugins give: never a reason to copy Stainless's conftest.py. */
const BUILTIN_FIXTURES = new Set(['request', 'monkeypatch', 'tmp_path', 'respx_mock', 'capsys', 'caplog', 'self']);

function usage(message) {
  exitWithUsage(import.meta.url, 'stainless-python-tests', message);
}

function parseArgs(argv) {
  const options = {
    pairs: path.join(root, 'bench/stainless-distance/python-pairs.json'),
    top: 5,
    json: false,
    era: true,
    runSkipped: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--pairs') options.pairs = value();
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--shapes-only') options.shapesOnly = true;
    else if (arg === '--top') options.top = Number(value());
    else if (arg === '--keep') options.keep = value();
    else if (arg === '--json') options.json = true;
    else if (arg === '--era') options.era = true;
    else if (arg === '--newest') options.era = false;
    else if (arg === '--run-skipped') options.runSkipped = true;
    else if (arg === '--keep-skips') options.runSkipped = false;
    else if (arg === '--pytest-timeout') options.pytestMinutes = Number(value());
    else if (arg === '--baseline') options.baseline = true;
    else if (arg === '--help' || arg === '-h') usage('help');
    else usage(`unknown argument ${arg}`);
  }
  return options;
}

const log = (line) => process.stderr.write(`${line}\n`);

function git(gitDir, args) {
  const result = spawnSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return result.status === 0 ? result.stdout : undefined;
}

const isGitDir = (dir) => existsSync(path.join(dir, 'HEAD')) && existsSync(path.join(dir, 'objects'));

function filesUnder(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? (name === '__pycache__' ? [] : filesUnder(full, rel)) : [rel];
  });
}

/** Stainless's side: its api.md, pyproject.toml and tests/, as path → text. */
function stainlessFiles(sdk, ref) {
  const wanted = (file) =>
    file === 'api.md' ||
    file === 'pyproject.toml' ||
    file.startsWith('tests/') ||
    /^src\/[^/]+\/_client\.py$/.test(file) ||
    /^src\/[^/]+\/resources\//.test(file);
  if (isGitDir(sdk)) {
    const listing = (
      git(sdk, ['ls-tree', '-r', '--name-only', ref, '--', 'tests', 'api.md', 'pyproject.toml', 'src']) ?? ''
    )
      .split('\n')
      .filter(Boolean);
    return new Map(listing.filter(wanted).map((file) => [file, git(sdk, ['show', `${ref}:${file}`]) ?? '']));
  }
  return new Map(
    filesUnder(sdk)
      .filter(wanted)
      .map((file) => [file, readFileSync(path.join(sdk, file), 'utf8')]),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Call shapes: api.md's method lines

const stripTags = (html) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\\\*/g, '*')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

/** `- <code title="get /x/{id}">client.x.<a href="…">retrieve</a>(id, **params) -> <a …>X</a></code>` lines. */
function apiMethods(apiMd) {
  const methods = [];
  for (const m of apiMd.matchAll(
    /^- <code title="(\w+) ([^"]+)">([\w.]+)\.<a href="[^"]*">(\w+)<\/a>\((.*?)\) -> (.*?)<\/code>\s*$/gm,
  )) {
    methods.push({
      endpoint: `${m[1]} ${m[2]}`,
      chain: `${m[3]}.${m[4]}`,
      args: stripTags(m[5]),
      returns: stripTags(m[6]),
    });
  }
  return methods;
}

const shape = (m) => `${m.chain}(${m.args}) -> ${m.returns}`;

/** Stainless's methods against ours: how many ours has the same, and each that differs, with its part that differs. */
function compareShapes(theirsMd, oursMd) {
  const theirs = apiMethods(theirsMd);
  const ours = apiMethods(oursMd);
  const differences = [];
  let kept = 0;
  for (const method of theirs) {
    const same = ours.filter((o) => o.endpoint === method.endpoint);
    if (same.some((o) => shape(o) === shape(method))) {
      kept++;
      continue;
    }
    const near = same.find((o) => o.chain === method.chain) ?? same[0];
    const part = !near
      ? 'missing'
      : near.chain !== method.chain
        ? 'name'
        : near.args !== method.args
          ? 'arguments'
          : 'return type';
    differences.push({ endpoint: method.endpoint, part, theirs: shape(method), ours: near ? shape(near) : null });
  }
  return { kept, total: theirs.length, differences };
}

/**
 * Stainless's resource modules and tests left over from an earlier generation: a resource dropped from the spec or the
 * config leaves the client, but its module and tests may stay, and those tests then fail on Stainless's package as on
 * ours. A resource module is a leftover when no other module of the package names a class it defines (neither the
 * client nor a parent resource reaches it); a test file when the module of its resource is missing or a leftover (the
 * top-level `test_client.py`, when no resource is called `client`: when it calls a method `_client.py` does not define).
 */
function leftoverFiles(theirs) {
  const modules = new Map();
  for (const file of theirs.keys()) {
    const m = /^src\/[^/]+\/resources\/((?:\w+\/)*)(\w+)\.py$/.exec(file);
    if (!m || m[2] === '__init__') continue;
    const dirs = m[1].split('/').filter(Boolean);
    modules.set((dirs.at(-1) === m[2] ? dirs : [...dirs, m[2]]).join('/'), file);
  }
  const client = [...theirs].find(([file]) => /^src\/[^/]+\/_client\.py$/.test(file))?.[1];
  const leftovers = new Set();
  // A folder holding part of a package (a stainless-compat `expected/`) tells too little to judge.
  if (client === undefined || modules.size === 0) return leftovers;
  const sources = [...theirs].filter(([file]) => /^src\/[^/]+\/(?!.*\/__init__\.py$).*\.py$/.test(file));
  for (const file of modules.values()) {
    const classes = [...theirs.get(file).matchAll(/^class (\w+)\(/gm)].map((m) => m[1]);
    const named = (text) => classes.some((name) => new RegExp(`\\b${name}\\b`).test(text));
    if (classes.length > 0 && !sources.some(([other, text]) => other !== file && named(text))) leftovers.add(file);
  }
  for (const [file, text] of theirs) {
    const m = /^tests\/api_resources\/((?:\w+\/)*)test_(\w+)\.py$/.exec(file);
    if (!m) continue;
    const resource = `${m[1]}${m[2]}`;
    const module = modules.get(resource);
    if (module) {
      if (leftovers.has(module)) leftovers.add(file);
    } else if (resource !== 'client') leftovers.add(file);
    else {
      const called = new Set(
        [...text.matchAll(/\bclient\.(?:with_raw_response\.|with_streaming_response\.)?(\w+)\(/g)].map((c) => c[1]),
      );
      if ([...called].some((name) => !new RegExp(`^ {4}(?:async )?def ${name}\\(`, 'm').test(client)))
        leftovers.add(file);
    }
  }
  return leftovers;
}

/**
 * A Stainless module's opening: its banner (`# File generated from our OpenAPI spec by Stainless…`, and the blank lines
 * after it: one, or more before 2025-04-23), and the comment lines above it, which are the owners' licence header (no
 * generator's: llama-stack-client's "# Copyright (c) Meta…", added by hand in 2025-10, which modules Stainless wrote
 * later lack). `rest`: the text after them; null where the text opens with no banner.
 */
function stainlessOpening(text) {
  const match = /^((?:#[^\n]*\n|\n)*)# File generated from our OpenAPI spec by Stainless[^\n]*\n(\n*)/.exec(text);
  if (!match) return null;
  const header = match[1].split('\n').length - 1;
  return { header, banner: 1 + match[2].length, rest: text.slice(match[0].length) };
}

/**
 * Stainless's resource modules the owners wrote by hand (a helper module beside the generated ones): no Stainless banner
 * among the comment lines that open the file (a licence header may come before it). No figure counts them.
 */
function ownersModules(theirs) {
  return [...theirs.keys()]
    .filter((file) => /^src\/[^/]+\/resources\/.*\.py$/.test(file) && !file.endsWith('/__init__.py'))
    .filter((file) => {
      const opening = [];
      for (const line of theirs.get(file).split('\n')) {
        if (line.trim() !== '' && !line.startsWith('#')) break;
        opening.push(line);
      }
      return !opening.some((line) => /File generated from our OpenAPI spec by Stainless/.test(line));
    })
    .sort();
}

/** Splits at the commas outside brackets and strings. */
function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let current = '';
  for (const c of text) {
    if (quote) quote = c === quote ? null : quote;
    else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    if (c === ',' && depth === 0 && !quote) {
      parts.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Whether a parameter has a default: an `=` outside its annotation's brackets and strings. */
function hasDefault(param) {
  let text = param.replace(/"[^"]*"|'[^']*'/g, '');
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/\([^()]*\)|\[[^[\]]*\]/g, '');
  }
  return text.includes('=');
}

/** A parameter's annotation, the spellings of "not given" (NotGiven, Omit, their defaults) made one. */
const annotationOf = (text) =>
  text
    .replace(/\s+/g, '')
    .replace(/\|(NotGiven|Omit)\b/g, '|Omit')
    .replace(/=(NOT_GIVEN|omit|not_given)$/, '=omit');

/**
 * Every public method of the resource classes under `src/<pkg>/resources/`, keyed `<file>::<Class>.<method>#<n>` (n:
 * its overload): its call shape (each parameter's name, positional or keyword, required or not) and its annotations.
 */
function resourceSignatures(files) {
  const signatures = new Map();
  for (const [file, text] of files) {
    const rel = /^src\/[^/]+\/(resources\/.*\.py)$/.exec(file)?.[1];
    if (!rel) continue;
    let owner = '';
    const seen = new Map();
    for (const m of text.matchAll(/^class (\w+)\b|^ {4}(?:async )?def (\w+)\(([\s\S]*?)\)\s*->\s*([^\n]*?):\s*$/gm)) {
      if (m[1]) {
        owner = m[1];
        continue;
      }
      if (m[2].startsWith('_')) continue;
      const params = splitTopLevel(m[3].replace(/#[^\n]*/g, ''));
      let keyword = false;
      const entries = [];
      for (const param of params) {
        if (param === 'self') continue;
        if (param === '*') {
          keyword = true;
          continue;
        }
        const name = /^\**\w+/.exec(param)?.[0] ?? param;
        entries.push({
          call: `${keyword ? '*' : ''}${name}${hasDefault(param) ? '?' : ''}`,
          annotation: annotationOf(param),
        });
      }
      const base = `${rel}::${owner}.${m[2]}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      // Keyword-only parameters are called by name: their order is no part of the call.
      const ordered = [
        ...entries.filter((e) => !e.call.startsWith('*')),
        ...entries.filter((e) => e.call.startsWith('*')).sort((a, b) => (a.call < b.call ? -1 : 1)),
      ];
      signatures.set(`${base}#${n}`, {
        call: ordered.map((e) => e.call).join(', '),
        annotations: `${ordered.map((e) => e.annotation).join(', ')} -> ${m[4].trim()}`,
      });
    }
  }
  return signatures;
}

/** Stainless's resource methods against ours: same call shape, same annotations too; the first that differ. */
function compareSignatures(theirs, ours) {
  const differences = [];
  let calls = 0;
  let annotated = 0;
  for (const [key, signature] of theirs) {
    const mine = ours.get(key);
    if (mine?.call === signature.call) {
      calls++;
      if (mine.annotations === signature.annotations) annotated++;
      else differences.push({ key, part: 'annotations', theirs: signature.annotations, ours: mine.annotations });
    } else differences.push({ key, part: 'call', theirs: signature.call, ours: mine?.call ?? null });
  }
  differences.sort((a, b) => (a.part === b.part ? 0 : a.part === 'call' ? -1 : 1));
  return { calls, annotated, total: theirs.size, differences };
}

// ---------------------------------------------------------------------------------------------------------------
// pyproject.toml tables (the tool sections: strings, numbers, booleans and arrays of those)

function stripTomlComment(line) {
  let quote = null;
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

function bracketsClosed(text) {
  const unquoted = text.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '');
  return (unquoted.match(/\[/g) ?? []).length === (unquoted.match(/\]/g) ?? []).length;
}

function tomlValue(text) {
  const value = text.trim();
  if (value.startsWith('[')) {
    const items = value.slice(1, -1).match(/"(?:[^"\\]|\\.)*"|'[^']*'|[^,\s][^,]*/g);
    return (items ?? []).map((item) => tomlValue(item));
  }
  if (value.startsWith('"')) return JSON.parse(value);
  if (value.startsWith("'")) return value.slice(1, -1);
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^[+-]?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

function tomlTable(text, table) {
  const values = {};
  let inside = false;
  let pending = null;
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
    const entry = inside && /^("?[\w.-]+"?)\s*=\s*(.*)$/.exec(line);
    if (!entry) continue;
    const key = entry[1].replace(/^"|"$/g, '');
    if (bracketsClosed(entry[2])) values[key] = tomlValue(entry[2]);
    else pending = { key, text: entry[2] };
  }
  return values;
}

function pytestIni(options) {
  const lines = ['[pytest]'];
  for (const [key, value] of Object.entries(options)) {
    if (key === 'addopts') continue;
    if (Array.isArray(value)) lines.push(`${key} =`, ...value.map((item) => `    ${String(item)}`));
    else lines.push(`${key} = ${String(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Processes: sdkgen, pyright, Prism, pytest

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? root, env: options.env ?? process.env, detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), options.timeout ?? 15 * 60 * 1000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A pair's config or spec as a path: a git `{ repo, at, path }` is written to the scratch folder first. */
function inputPath(input, scratch, name) {
  if (typeof input === 'string') return input;
  const dir = path.join(scratch, `inputs-${name}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, path.basename(input.path));
  const text = git(input.repo, ['show', `${input.at}:${input.path}`]);
  if (text === undefined) throw new Error(`${name}: cannot read ${input.at}:${input.path} in ${input.repo}`);
  writeFileSync(file, text);
  return file;
}

/** stainless/python-era-inference.ts (the era read from a repository), bundled for this script (esbuild, as scripts/build.mjs builds the CLI). */
async function pythonEraModule() {
  const esbuild = createRequire(import.meta.url)('esbuild');
  const built = await esbuild.build({
    entryPoints: [path.join(root, 'generator/stainless/python-era-inference.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  return import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
}

/**
 * The era of a pair's SDK as `sdkgen migrate` infers it (null: the newest): a repository's generation is the pair's
 * `ref`, so its day is that commit's; a folder's from its client and `__init__.py`.
 */
function eraOf(pair, eraModule) {
  if (pair.era) return pair.era === 'latest' ? null : pair.era;
  const ref = pair.ref ?? 'HEAD';
  const wanted = (file) => /^src\/[^/]+\/(_client|__init__)\.py$/.test(file);
  const texts = isGitDir(pair.sdk)
    ? (git(pair.sdk, ['ls-tree', '-r', '--name-only', ref, '--', 'src']) ?? '')
        .split('\n')
        .filter(wanted)
        .map((file) => ({ path: file, text: git(pair.sdk, ['show', `${ref}:${file}`]) ?? '' }))
    : filesUnder(pair.sdk)
        .filter(wanted)
        .map((file) => ({ path: file, text: readFileSync(path.join(pair.sdk, file), 'utf8') }));
  const day = isGitDir(pair.sdk) ? (git(pair.sdk, ['log', '-1', '--format=%cI', ref]) ?? '').trim() : '';
  return eraModule.inferStainlessPythonEra(texts, day || null);
}

/** `era`: undefined generates the newest forms unasked; null asks for them (`latest`); a day, that era's. */
function generate(spec, config, out, era) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const args = [bin, 'generate', spec, '--config', config, '--target', 'python', '-o', out, '--quiet'];
  if (era !== undefined) args.push('--stainless-era', era ?? 'latest');
  const generated = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (generated.status !== 0) throw new Error(`sdkgen generate failed:\n${generated.stderr}${generated.stdout}`);
}

/** pyright over one pair's copied tests under Stainless's settings: the files with an error, and the first errors. */
async function typeCheck(sdk, settings, python, testFiles) {
  const config = path.join(sdk, 'pyrightconfig.stainless-tests.json');
  const { include: _include, exclude: _exclude, venvPath: _venvPath, venv: _venv, ...rest } = settings;
  writeFileSync(config, JSON.stringify({ ...rest, include: ['tests/api_resources'], extraPaths: ['src', '.'] }));
  const result = await run(process.execPath, [PYRIGHT, '--outputjson', '-p', config, '--pythonpath', python], {
    cwd: sdk,
  });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new Error(`pyright gave no report (exit ${result.code}):\n${result.stderr.slice(-2000)}`);
  }
  const errors = report.generalDiagnostics.filter((d) => d.severity === 'error');
  const dirty = new Set(errors.map((d) => path.relative(sdk, d.file)));
  return {
    clean: testFiles.filter((f) => !dirty.has(f)).length,
    total: testFiles.length,
    errors: errors.map((d) => ({
      file: path.relative(sdk, d.file),
      line: (d.range?.start.line ?? 0) + 1,
      rule: d.rule ?? '',
      message: d.message.split('\n')[0],
    })),
  };
}

/**
 * Prism mocking `spec` in a process of its own (test/helpers/prism-launcher.mjs), once it listens. A large spec on a
 * loaded machine takes minutes to load (conductor's 262 endpoints took over 180 s), so the wait grows with pytest's.
 */
function startPrism(spec, seconds = 180) {
  const child = fork(PRISM_LAUNCHER, [spec, 'error', '0'], {
    cwd: root,
    execArgv: [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', kill);
  const stop = () => {
    process.removeListener('exit', kill);
    kill();
  };
  return new Promise((resolve, reject) => {
    const fail = (reason) => {
      clearTimeout(timer);
      stop();
      reject(new Error(`prism mock: ${reason}\n${output.slice(-2000)}`));
    };
    const timer = setTimeout(() => fail(`did not listen within ${seconds} s`), seconds * 1000);
    child.once('message', (message) => {
      if (message.url) {
        clearTimeout(timer);
        resolve({ url: message.url, stop });
      } else fail(message.error ?? 'did not start');
    });
    child.once('exit', (code, signal) => fail(`exited with ${code ?? signal}`));
  });
}

const unescapeXml = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name] ?? entity),
  );

function attributes(text) {
  const found = {};
  for (const m of text.matchAll(/([\w:-]+)="([^"]*)"/g)) found[m[1]] = unescapeXml(m[2]);
  return found;
}

/** pytest's JUnit report: each case's id, outcome and failure message. */
function parseJunit(xml) {
  const cases = [];
  for (const m of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const { classname = '', name = '' } = attributes(m[1]);
    const body = m[2] ?? '';
    const problem = /<(failure|error)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/.exec(body);
    cases.push({
      id: `${classname}::${name}`,
      outcome: problem ? 'failed' : /<skipped\b/.test(body) ? 'skipped' : 'passed',
      message: problem ? `${attributes(problem[2]).message ?? ''}\n${unescapeXml(problem[3] ?? '')}`.trim() : '',
    });
  }
  return cases;
}

/** A failure's cause: its exception and message, with quoted values, paths and numbers blanked, so alike ones group. */
function causeOf(message) {
  const lines = message.split('\n').map((line) => line.trim());
  const raised = lines.filter((line) => /^E\s+\w+(\.\w+)*(Error|Exception|Warning)\b/.test(line)).at(-1);
  const line = (raised ? raised.replace(/^E\s+/, '') : lines[0] || 'failed').slice(0, 200);
  return line
    .replace(/'[^']*'|"[^"]*"/g, '…')
    .replace(/\b\d+(\.\d+)?\b/g, 'N')
    .replace(/\s+/g, ' ');
}

async function runTests(sdk, spec, pyproject, python, importName, options) {
  const ini = path.join(sdk, 'pytest.stainless-tests.ini');
  writeFileSync(ini, pytestIni(tomlTable(pyproject, 'tool.pytest.ini_options')));
  const junit = path.join(sdk, 'junit.stainless-tests.xml');
  rmSync(junit, { force: true });
  const prism = await startPrism(spec, Math.max(180, (options.pytestMinutes ?? 15) * 12));
  try {
    const result = await run(
      python,
      [
        ...[
          '-m',
          'pytest',
          '-p',
          'no:cacheprovider',
          '--continue-on-collection-errors',
          '--junitxml',
          junit,
          '-c',
          ini,
          '--rootdir',
          sdk,
          '-q',
        ],
        ...['--tb=short', '-p', 'sdkgen_no_retry_wait', ...(options.runSkipped ? ['-p', 'sdkgen_run_skipped'] : [])],
        ...['-k', 'not aiohttp', '--timeout', '60', 'tests/api_resources'],
      ],
      {
        cwd: sdk,
        env: {
          ...process.env,
          PYTHONPATH: [path.join(sdk, 'src'), sdk, PYTEST_PLUGINS].join(path.delimiter),
          SDKGEN_PACKAGE: importName,
          TEST_API_BASE_URL: prism.url,
        },
        timeout: (options.pytestMinutes ?? 15) * 60 * 1000,
      },
    );
    if (!existsSync(junit))
      throw new Error(`pytest wrote no report (exit ${result.code}):\n${result.stdout.slice(-2000)}`);
    return parseJunit(readFileSync(junit, 'utf8'));
  } finally {
    prism.stop();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One pair

/** The names Stainless's tests need from tests/utils.py and conftest.py that ours do not define. */
function missingSupport(theirs, sdk) {
  const ours = (file) => (existsSync(path.join(sdk, file)) ? readFileSync(path.join(sdk, file), 'utf8') : '');
  const defines = (text, name) => new RegExp(`^(?:async )?(?:def|class) ${name}\\b|^${name}\\s*[:=]`, 'm').test(text);
  const imported = new Set();
  const fixtures = new Set();
  for (const [file, text] of theirs) {
    if (!file.startsWith('tests/api_resources/') || !file.endsWith('.py')) continue;
    for (const m of text.matchAll(/^from tests\.utils import (?:\(([^)]*)\)|(.*))$/gm))
      for (const name of (m[1] ?? m[2]).split(',').map((n) => n.trim().split(/\s+as\s+/)[0]))
        if (/^\w+$/.test(name)) imported.add(name);
    for (const m of text.matchAll(/^\s*(?:async )?def test_\w+\(([^)]*)\)/gm))
      for (const param of m[1].split(',').map((p) => p.trim().split(/[:=\s]/)[0]))
        if (param && !BUILTIN_FIXTURES.has(param)) fixtures.add(param);
  }
  const utils = ours('tests/utils.py');
  const conftest = ours('tests/conftest.py');
  return {
    'tests/utils.py': [...imported].filter((name) => !defines(utils, name)),
    'tests/conftest.py': [...fixtures].filter((name) => !defines(conftest, name)),
  };
}

async function measure(pair, options, scratch, python) {
  const out = options.keep ? path.resolve(options.keep, pair.name) : path.join(scratch, `out-${pair.name}`);
  const spec = inputPath(pair.spec, scratch, pair.name);
  const config = inputPath(pair.config, scratch, pair.name);
  generate(spec, config, out, pair.stainlessEra);
  const theirs = stainlessFiles(pair.sdk, pair.ref ?? 'HEAD');
  const result = {
    name: pair.name,
    ref: pair.ref,
    ...(pair.stainlessEra !== undefined ? { era: pair.stainlessEra } : {}),
  };
  const leftovers = leftoverFiles(theirs);
  for (const file of leftovers) theirs.delete(file);
  const custom = ownersModules(theirs);
  for (const file of custom) theirs.delete(file);
  if (custom.length > 0) result.custom = custom;
  // (Read to find them, _client.py is no part of any figure.)
  for (const file of theirs.keys()) if (/^src\/[^/]+\/_client\.py$/.test(file)) theirs.delete(file);
  if (leftovers.size > 0) result.leftovers = [...leftovers].sort();
  // api.md and the api.md of each resource folder (a resource whose methods api.md lists apart, in its own folder).
  const theirsMd = [...theirs]
    .filter(([file]) => file === 'api.md' || file.endsWith('/api.md'))
    .map(([, text]) => text);
  const oursMd = [
    ...(existsSync(path.join(out, 'api.md')) ? ['api.md'] : []),
    ...filesUnder(path.join(out, 'src'))
      .filter((file) => file.endsWith('/api.md'))
      .map((file) => `src/${file}`),
  ].map((file) => readFileSync(path.join(out, file), 'utf8'));
  result.methods = compareShapes(theirsMd.join('\n'), oursMd.join('\n'));
  const theirSignatures = resourceSignatures(theirs);
  if (theirSignatures.size > 0) {
    const ourFiles = new Map(
      filesUnder(path.join(out, 'src'))
        .filter((f) => f.endsWith('.py'))
        .map((f) => [`src/${f}`, readFileSync(path.join(out, 'src', f), 'utf8')]),
    );
    result.signatures = compareSignatures(theirSignatures, resourceSignatures(ourFiles));
  }

  const testFiles = [...theirs.keys()].filter((f) => /^tests\/api_resources\/(.*\/)?test_[^/]*\.py$/.test(f)).sort();
  if (options.shapesOnly || testFiles.length === 0 || !theirs.has('pyproject.toml')) return result;

  // Stainless's tests in place of ours; our conftest.py and utils.py unless theirs hold a name the tests need.
  rmSync(path.join(out, 'tests/api_resources'), { recursive: true, force: true });
  for (const [file, text] of theirs) {
    if (!file.startsWith('tests/api_resources/')) continue;
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), text);
  }
  result.copied = {};
  for (const [file, names] of Object.entries(missingSupport(theirs, out))) {
    if (names.length === 0 || !theirs.has(file)) continue;
    writeFileSync(path.join(out, file), theirs.get(file));
    result.copied[file] = names;
  }
  const importName = readdirSync(path.join(out, 'src')).find((entry) => !entry.startsWith('.'));
  const pyproject = theirs.get('pyproject.toml');
  const [types, cases] = await Promise.all([
    typeCheck(out, tomlTable(pyproject, 'tool.pyright'), python, testFiles).catch((error) => ({
      error: error.message,
    })),
    runTests(out, spec, pyproject, python, importName, options).catch((error) => ({ error: error.message })),
  ]);
  result.types = types;
  const theirCases =
    options.baseline && Array.isArray(cases) && isGitDir(pair.sdk)
      ? await runTheirs(pair, out, spec, pyproject, python, importName, options).catch((error) => ({
          error: error.message,
        }))
      : null;
  if (Array.isArray(cases)) {
    const failed = cases.filter((c) => c.outcome === 'failed');
    const causes = new Map();
    for (const c of failed) {
      const cause = causeOf(c.message);
      causes.set(cause, [...(causes.get(cause) ?? []), c.id]);
    }
    result.cases = {
      passed: cases.filter((c) => c.outcome === 'passed').length,
      failed: failed.length,
      skipped: cases.filter((c) => c.outcome === 'skipped').length,
      causes: [...causes]
        .sort((a, b) => b[1].length - a[1].length)
        .map(([cause, ids]) => ({ cause, count: ids.length, ids })),
    };
    if (Array.isArray(theirCases)) {
      result.baseline = tally(theirCases);
      result.cases.causes = withBaseline(result.cases.causes, theirCases);
    } else if (theirCases) result.baseline = theirCases;
  } else result.cases = cases;
  if (!options.keep) rmSync(out, { recursive: true, force: true });
  return result;
}

/** Stainless's package and tests at the pair's ref, in a folder of their own beside ours, run as ours are. */
async function runTheirs(pair, out, spec, pyproject, python, ourImportName, options) {
  const dir = `${out}.theirs`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = spawnSync('git', ['--git-dir', pair.sdk, 'archive', pair.ref ?? 'HEAD', 'src', 'tests'], {
    maxBuffer: 1 << 30,
  });
  if (archive.status !== 0) throw new Error(`git archive: ${archive.stderr.toString().slice(0, 500)}`);
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`tar: ${untar.stderr.toString().slice(0, 500)}`);
  // Their package is ours by name (a leftover package of an earlier name may sit beside it: embed's `src/embed`).
  const packages = readdirSync(path.join(dir, 'src')).filter(
    (entry) => !entry.startsWith('.') && existsSync(path.join(dir, 'src', entry, '__init__.py')),
  );
  const importName = packages.includes(ourImportName) ? ourImportName : packages[0];
  try {
    return await runTests(dir, spec, pyproject, python, importName, options);
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

const tally = (cases) => ({
  passed: cases.filter((c) => c.outcome === 'passed').length,
  failed: cases.filter((c) => c.outcome === 'failed').length,
  skipped: cases.filter((c) => c.outcome === 'skipped').length,
});

/** Each cause with how many of its cases fail against Stainless's own package too (`theirsToo`). */
function withBaseline(causes, theirCases) {
  const failing = new Set(theirCases.filter((c) => c.outcome === 'failed').map((c) => c.id));
  return causes.map((c) => ({ ...c, theirsToo: c.ids.filter((id) => failing.has(id)).length }));
}

function pairsOf(options) {
  const base = path.dirname(path.resolve(options.pairs));
  const resolve = (input) =>
    typeof input === 'string' ? path.resolve(base, input) : { ...input, repo: path.resolve(base, input.repo) };
  return JSON.parse(readFileSync(options.pairs, 'utf8'))
    .filter((pair) => !options.only || options.only.includes(pair.name))
    .map((pair) => ({
      ...pair,
      sdk: path.resolve(base, pair.sdk),
      config: resolve(pair.config),
      spec: resolve(pair.spec),
    }));
}

// ---------------------------------------------------------------------------------------------------------------

/** A result's headline figures, without the lists. */
const summaryOf = (r) => ({
  ...(r.era !== undefined ? { era: r.era ?? 'latest' } : {}),
  methods: `${r.methods.kept}/${r.methods.total}`,
  signatures: r.signatures ? `${r.signatures.calls}/${r.signatures.annotated}/${r.signatures.total}` : null,
  types: r.types ? (r.types.error ? 'error' : `${r.types.clean}/${r.types.total}`) : null,
  cases: r.cases
    ? r.cases.error
      ? 'error'
      : `${r.cases.passed}/${r.cases.passed + r.cases.failed} (${r.cases.skipped} skipped)`
    : null,
  copied: r.copied && Object.keys(r.copied).length ? r.copied : undefined,
  leftovers: r.leftovers,
  custom: r.custom,
  ...(r.baseline
    ? { theirs: r.baseline.error ? 'error' : `${r.baseline.passed}/${r.baseline.passed + r.baseline.failed}` }
    : {}),
  causes: r.cases?.causes?.slice(0, 3).map((c) => `${c.count} × ${c.cause}${theirsToo(c)}`),
});

const theirsToo = (cause) => (cause.theirsToo !== undefined ? ` (theirs too: ${cause.theirsToo})` : '');

const ratio = (a, b) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(1)}%)` : '-');

function printTable(results, top) {
  const rows = [
    [
      'project',
      'methods kept',
      'signatures: call',
      'and annotations',
      'test files type-clean',
      'cases passed',
      'skipped',
      ...(results.some((r) => r.baseline) ? ['theirs passed'] : []),
    ],
  ];
  const baseline = results.some((r) => r.baseline);
  const sum = { kept: 0, methods: 0, calls: 0, annotated: 0, signatures: 0, clean: 0, files: 0, passed: 0, cases: 0 };
  for (const r of results) {
    const types = r.types && !r.types.error ? r.types : null;
    const cases = r.cases && !r.cases.error ? r.cases : null;
    sum.kept += r.methods.kept;
    sum.methods += r.methods.total;
    if (r.signatures) {
      sum.calls += r.signatures.calls;
      sum.annotated += r.signatures.annotated;
      sum.signatures += r.signatures.total;
    }
    if (types) {
      sum.clean += types.clean;
      sum.files += types.total;
    }
    if (cases) {
      sum.passed += cases.passed;
      sum.cases += cases.passed + cases.failed;
    }
    rows.push([
      r.name,
      ratio(r.methods.kept, r.methods.total),
      r.signatures ? ratio(r.signatures.calls, r.signatures.total) : '-',
      r.signatures ? ratio(r.signatures.annotated, r.signatures.total) : '-',
      r.types?.error ? 'error' : types ? ratio(types.clean, types.total) : '-',
      r.cases?.error ? 'error' : cases ? ratio(cases.passed, cases.passed + cases.failed) : '-',
      cases ? String(cases.skipped) : '-',
      ...(baseline
        ? [
            r.baseline?.error
              ? 'error'
              : r.baseline
                ? ratio(r.baseline.passed, r.baseline.passed + r.baseline.failed)
                : '-',
          ]
        : []),
    ]);
  }
  rows.push([
    'total',
    ratio(sum.kept, sum.methods),
    ratio(sum.calls, sum.signatures),
    ratio(sum.annotated, sum.signatures),
    ratio(sum.clean, sum.files),
    ratio(sum.passed, sum.cases),
    '',
    ...(baseline ? [''] : []),
  ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}\n`);
  for (const r of results) {
    const lines = [];
    for (const d of r.methods.differences.slice(0, top))
      lines.push(`  method ${d.part}: ${d.endpoint}: theirs ${d.theirs}; ours ${d.ours ?? 'none'}`);
    for (const d of r.signatures?.differences.slice(0, top) ?? [])
      lines.push(`  signature ${d.part}: ${d.key}: theirs (${d.theirs}); ours (${d.ours ?? 'none'})`);
    if (r.leftovers)
      lines.push(`  left out, Stainless's leftovers of a resource its client lacks: ${r.leftovers.join(', ')}`);
    if (r.custom)
      lines.push(`  left out, resource modules the owners wrote (no Stainless banner): ${r.custom.join(', ')}`);
    for (const [file, names] of Object.entries(r.copied ?? {}))
      lines.push(`  copied Stainless's ${file} (ours lacks ${names.join(', ')})`);
    if (r.types?.error) lines.push(`  pyright: ${r.types.error.split('\n')[0]}`);
    for (const e of r.types?.errors?.slice(0, top) ?? [])
      lines.push(`  type error ${e.file}:${e.line}: ${e.message} (${e.rule})`);
    if (r.cases?.error) lines.push(`  pytest: ${r.cases.error.split('\n').slice(0, 3).join(' ')}`);
    if (r.baseline?.error) lines.push(`  theirs: ${r.baseline.error.split('\n').slice(0, 3).join(' ')}`);
    for (const c of r.cases?.causes?.slice(0, top) ?? [])
      lines.push(`  ${String(c.count).padStart(4)} × ${c.cause}${theirsToo(c)}`);
    if (lines.length) process.stdout.write(`${r.name}:\n${lines.join('\n')}\n`);
  }
}

export { leftoverFiles, ownersModules, parseArgs, pythonEraModule, stainlessOpening, withBaseline };

// Run as a script; imported (by a test), it only exports.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'stainless-python-tests-'));
  try {
    const python = options.shapesOnly ? '' : ensurePythonEnv({ log });
    const results = [];
    const eraModule = options.era ? await pythonEraModule() : null;
    for (const pair of pairsOf(options)) {
      log(`${pair.name}: measuring`);
      try {
        if (eraModule) pair.stainlessEra = eraOf(pair, eraModule);
        const result = await measure(pair, options, scratch, python);
        results.push(result);
        // Each pair's figures as soon as it is measured: a long run stopped halfway keeps what it measured.
        log(`${pair.name}: ${JSON.stringify(summaryOf(result))}`);
        if (options.keep) writeFileSync(path.join(options.keep, `${pair.name}.json`), JSON.stringify(result, null, 2));
      } catch (error) {
        log(`${pair.name}: ${error.message}`);
      }
    }
    if (options.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    else printTable(results, options.top);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
