#!/usr/bin/env node
// How far the Python package sdkgen writes from a Stainless config and spec is from the one Stainless wrote from the
// same two (issue 91: "the Python package Stainless would have written"). The Python sibling of stainless-distance.mjs.
//
//   node scripts/stainless-distance-python.mjs --pairs bench/stainless-distance/python-pairs.json [options]
//
// For each pair sdkgen generates the Python SDK (`--target python`, through bin/sdkgen.js, so build first). Both sides'
// `.py` files go through Ruff's formatter with sdkgen's settings (line length 120), so that layout alone never counts;
// then each file Stainless wrote is compared with sdkgen's at the same path under the package folder by `diff -u`, and
// the `+`/`−` lines are counted over Stainless's line count. A file only Stainless wrote counts all its lines, a file
// only sdkgen wrote counts its lines as `+` ("extra"). Files are sorted into kinds, each with its own figure:
//   resources  src/<pkg>/resources/**        types   src/<pkg>/types/**
//   client     src/<pkg>/_client.py          init    src/<pkg>/__init__.py
//   api.md     api.md                        readme  README.md
//   runtime    every other file under src/<pkg> (_base_client.py, _models.py …): sdkgen's own by design, so reported
//              apart and left out of the headline figure (the sum over the six kinds above)
// The package folder is the one holding `_client.py` on each side (they may be named differently). Stainless's banner
// (`# File generated from our OpenAPI spec by Stainless…` and the blank line after it) is left out, its lines counted apart.
// So are Stainless's leftovers, and named: resource modules neither its client nor another resource reaches (an earlier
// generation's, for a resource since dropped; stainless-python-tests.mjs tells them so), and the resource modules the
// owners wrote by hand (no Stainless banner at their top).
//
// --pairs <file>   JSON: [{ "name", "sdk", "ref"?, "config", "spec" }, …]. `sdk` is a Stainless SDK repository (a bare
//                  git dir such as /work/.mirror/<owner>+<name>/repo, read at `ref`, default HEAD) or a folder holding
//                  some of the files (a stainless-compat `expected/`: only the kinds it has are compared). `config` and
//                  `spec` are paths, or `{ "repo", "at", "path" }` to read them from a git dir at a commit. Relative
//                  paths are relative to the pairs file.
// --only <names>   comma-separated pair names to measure
// --top <n>        the n files that differ most, per pair (default 5)
// --keep <dir>     generate into <dir>/<name> and keep it (default: a temporary folder)
// --diffs <dir>    write each pair's `diff -u` (Stainless's side first) to <dir>/<name>.diff
// --json           one JSON object on stdout instead of the table
// --era            generate each pair in the forms of its SDK's era, as `sdkgen migrate` infers it (its generation's day,
//                  else what its `_client.py` and `__init__.py` show; stainless/python-era.ts), passed as
//                  `--stainless-era`; a pair's `"era"` (a day, or "latest") is taken as given. Without it: the newest forms.
// Environment: SDKGEN_BIN runs another build of the CLI (default <repo>/bin/sdkgen.js).
import { spawnSync } from 'node:child_process';
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
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { leftoverFiles, ownersModules, pythonEraModule } from './stainless-python-tests.mjs';
import { exitWithUsage } from './usage.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = process.env.SDKGEN_BIN ?? path.join(root, 'bin/sdkgen.js');
const KINDS = ['resources', 'types', 'client', 'init', 'api.md', 'readme'];

function usage(message) {
  exitWithUsage(import.meta.url, 'stainless-distance-python', message);
}

function parseArgs(argv) {
  const options = { top: 5, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--pairs') options.pairs = value();
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--top') options.top = Number(value());
    else if (arg === '--keep') options.keep = value();
    else if (arg === '--diffs') options.diffs = value();
    else if (arg === '--json') options.json = true;
    else if (arg === '--era') options.era = true;
    else if (arg === '--help' || arg === '-h') usage('help');
    else usage(`unknown argument ${arg}`);
  }
  if (!options.pairs) usage('give --pairs');
  return options;
}

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
    return statSync(full).isDirectory() ? filesUnder(full, rel) : [rel];
  });
}

/** A repository's (or folder's) files that may be compared: path → text (read lazily). */
function sideFiles(sdk, ref) {
  if (isGitDir(sdk)) {
    const listing = (git(sdk, ['ls-tree', '-r', '--name-only', ref, '--', 'src', 'api.md', 'README.md']) ?? '')
      .split('\n')
      .filter(Boolean);
    return new Map(listing.map((file) => [file, () => git(sdk, ['show', `${ref}:${file}`]) ?? '']));
  }
  const listing = filesUnder(sdk).filter((f) => f.startsWith('src/') || f === 'api.md' || f === 'README.md');
  return new Map(listing.map((file) => [file, () => readFileSync(path.join(sdk, file), 'utf8')]));
}

/** The package folder (`src/<pkg>`) of a side: the one with `_client.py`. */
function packageOf(files) {
  const client = [...files.keys()].find((f) => /^src\/[^/]+\/_client\.py$/.test(f));
  return client ? path.posix.dirname(client) : undefined;
}

/** The kind of a file (see the header), by its path relative to the SDK's root; undefined: not compared. */
function kindOf(file, pkg) {
  if (file === 'api.md') return 'api.md';
  if (file === 'README.md') return 'readme';
  if (!pkg || !file.startsWith(`${pkg}/`) || !file.endsWith('.py')) return undefined;
  const rel = file.slice(pkg.length + 1);
  if (rel.startsWith('resources/')) return 'resources';
  if (rel.startsWith('types/')) return 'types';
  if (rel === '_client.py') return 'client';
  if (rel === '__init__.py') return 'init';
  // Hand-written extension points (lib/) are the owner's, neither side's generation.
  return rel.startsWith('lib/') ? undefined : 'runtime';
}

/** The side's files by comparable key (`<kind>:<path under the package>`) → text, formatted alike. */
function comparable(files, ruff) {
  const pkg = packageOf(files);
  const out = new Map();
  let banners = 0;
  for (const [file, read] of files) {
    const kind = kindOf(file, pkg);
    if (!kind) continue;
    const rel = pkg && file.startsWith(`${pkg}/`) ? file.slice(pkg.length + 1) : file;
    let text = read();
    if (file.endsWith('.py')) {
      try {
        text = ruff.format(text);
      } catch {
        // A file Ruff cannot parse is compared as written.
      }
    }
    // Stainless's banner (and the blank lines after it: one, or more before 2025-04-23) is its own by design: counted apart, not compared.
    const banner = /^# File generated from our OpenAPI spec by Stainless[^\n]*\n(\n*)/.exec(text);
    if (banner) {
      text = text.slice(banner[0].length);
      banners += 1 + banner[1].length;
    }
    out.set(`${kind}:${rel}`, text);
  }
  return { pkg, files: out, banners };
}

function lineCount(text) {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** `diff -u` of two texts: its output and the count of + and − lines, headers aside. */
function changedLines(before, after, scratch) {
  const a = path.join(scratch, 'a');
  const b = path.join(scratch, 'b');
  writeFileSync(a, before);
  writeFileSync(b, after);
  const out = spawnSync('diff', ['-u', a, b], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  let count = 0;
  for (const line of out.split('\n')) {
    if (line.startsWith('---') || line.startsWith('+++')) continue;
    if (line.startsWith('+') || line.startsWith('-')) count++;
  }
  return { count, out };
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

/**
 * The era of a pair's SDK as `sdkgen migrate` infers it (null: the newest): a repository's generation is the pair's
 * `ref`, so its day is that commit's; a folder's from its client and `__init__.py`.
 */
function eraOf(pair, eraModule) {
  if (pair.era) return pair.era === 'latest' ? null : pair.era;
  const files = sideFiles(pair.sdk, pair.ref ?? 'HEAD');
  const texts = [...files]
    .filter(([file]) => /^src\/[^/]+\/(_client|__init__)\.py$/.test(file))
    .map(([file, read]) => ({ path: file, text: read() }));
  const day = isGitDir(pair.sdk) ? (git(pair.sdk, ['log', '-1', '--format=%cI', pair.ref ?? 'HEAD']) ?? '').trim() : '';
  return eraModule.inferStainlessPythonEra(texts, day || null);
}

function generateInto(pair, out, scratch) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const spec = inputPath(pair.spec, scratch, pair.name);
  const config = inputPath(pair.config, scratch, pair.name);
  const args = [bin, 'generate', spec, '--config', config, '--target', 'python', '-o', out, '--quiet'];
  if (pair.stainlessEra !== undefined) args.push('--stainless-era', pair.stainlessEra ?? 'latest');
  const generated = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (generated.status !== 0) {
    throw new Error(`sdkgen generate failed for ${pair.name}:\n${generated.stderr}${generated.stdout}`);
  }
}

const emptyTally = () => ({ stainless: 0, changed: 0, extra: 0 });

function measure(pair, options, scratch, ruff) {
  const out = options.keep ? path.resolve(options.keep, pair.name) : path.join(scratch, `out-${pair.name}`);
  generateInto(pair, out, scratch);
  const theirSide = sideFiles(pair.sdk, pair.ref ?? 'HEAD');
  // Resource modules an earlier generation left and the client no longer reaches: not Stainless's answer to this pair.
  const modules = new Map(
    [...theirSide]
      .filter(([file]) => /^src\/[^/]+\/(resources\/.*|_client)\.py$/.test(file))
      .map(([file, read]) => [file, read()]),
  );
  const leftovers = leftoverFiles(modules);
  for (const file of leftovers) theirSide.delete(file);
  // Modules the owners keep by hand beside the generated ones: no generator writes them.
  const custom = ownersModules(modules);
  for (const file of custom) theirSide.delete(file);
  const theirs = comparable(theirSide, ruff);
  const ours = comparable(sideFiles(out, 'HEAD'), ruff);
  // A kind Stainless's side lacks (a stainless-compat folder keeps no src/) is not compared.
  const present = new Set([...theirs.files.keys()].map((key) => key.split(':')[0]));
  const kinds = Object.fromEntries([...KINDS, 'runtime'].map((kind) => [kind, emptyTally()]));
  const files = [];
  const diffs = [];
  for (const [key, text] of theirs.files) {
    const [kind, rel] = key.split(/:(.*)/s);
    const diff = changedLines(text, ours.files.get(key) ?? '', scratch);
    if (diff.out)
      diffs.push(diff.out.replace(/^--- \S+/m, `--- stainless/${rel}`).replace(/^\+\+\+ \S+/m, `+++ sdkgen/${rel}`));
    kinds[kind].stainless += lineCount(text);
    kinds[kind].changed += diff.count;
    files.push({ file: rel, kind, stainless: lineCount(text), changed: diff.count });
  }
  for (const [key, text] of ours.files) {
    const [kind, rel] = key.split(/:(.*)/s);
    if (theirs.files.has(key) || !present.has(kind)) continue;
    kinds[kind].extra += lineCount(text);
    kinds[kind].changed += lineCount(text);
    diffs.push(changedLines('', text, scratch).out.replace(/^\+\+\+ \S+/m, `+++ sdkgen/${rel}`));
    files.push({ file: rel, kind, stainless: 0, changed: lineCount(text), extra: true });
  }
  if (options.diffs) {
    mkdirSync(options.diffs, { recursive: true });
    writeFileSync(path.join(options.diffs, `${pair.name}.diff`), diffs.join(''));
  }
  if (!options.keep) rmSync(out, { recursive: true, force: true });
  files.sort((x, y) => y.changed - x.changed);
  const headline = emptyTally();
  for (const kind of KINDS) for (const key of Object.keys(headline)) headline[key] += kinds[kind][key];
  return {
    name: pair.name,
    ref: pair.ref,
    ...(pair.stainlessEra !== undefined ? { era: pair.stainlessEra } : {}),
    packages: [theirs.pkg, ours.pkg],
    ...(leftovers.size > 0 ? { leftovers: [...leftovers].sort() } : {}),
    ...(custom.length > 0 ? { custom } : {}),
    banners: theirs.banners,
    headline,
    kinds,
    files,
  };
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

/** Ruff's formatter with sdkgen's settings (generator/format/ruff.ts). */
function ruffFormatter() {
  const ruff = createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs');
  return new ruff.Workspace({ 'line-length': 120, format: {} }, ruff.PositionEncoding.Utf16);
}

const percent = (tally) => (tally.stainless ? `${((100 * tally.changed) / tally.stainless).toFixed(1)}%` : '-');
const figure = (tally) =>
  `${percent(tally)} (${tally.changed}/${tally.stainless}${tally.extra ? `, +${tally.extra} extra` : ''})`;

const options = parseArgs(process.argv.slice(2));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'stainless-distance-python-'));
try {
  const ruff = ruffFormatter();
  const eraModule = options.era ? await pythonEraModule() : null;
  const results = [];
  for (const pair of pairsOf(options)) {
    try {
      const withEra = eraModule ? { ...pair, stainlessEra: eraOf(pair, eraModule) } : pair;
      results.push(measure(withEra, options, scratch, ruff));
    } catch (error) {
      process.stderr.write(`${pair.name}: ${error.message}\n`);
    }
  }
  const total = {
    headline: emptyTally(),
    kinds: Object.fromEntries([...KINDS, 'runtime'].map((k) => [k, emptyTally()])),
  };
  for (const r of results) {
    for (const key of Object.keys(total.headline)) total.headline[key] += r.headline[key];
    for (const kind of Object.keys(total.kinds))
      for (const key of Object.keys(total.headline)) total.kinds[kind][key] += r.kinds[kind][key];
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ total, pairs: results }, null, 2)}\n`);
  } else {
    const kindsLine = (kinds) =>
      [...KINDS, 'runtime']
        .filter((kind) => kinds[kind].stainless || kinds[kind].extra)
        .map((kind) => `${kind} ${figure(kinds[kind])}`)
        .join('; ');
    for (const r of results) {
      const renamed =
        r.packages[0] && r.packages[0] !== r.packages[1] ? ` [package ${r.packages[0]} vs ours ${r.packages[1]}]` : '';
      const era = r.era !== undefined ? ` (era ${r.era ?? 'latest'})` : '';
      process.stdout.write(
        `${r.name}${r.ref ? ` at ${r.ref.slice(0, 10)}` : ''}${era}${renamed}: ${figure(r.headline)} (${r.banners} banner lines apart)\n`,
      );
      process.stdout.write(`    ${kindsLine(r.kinds)}\n`);
      if (r.leftovers) process.stdout.write(`    left out, Stainless's leftovers: ${r.leftovers.join(', ')}\n`);
      if (r.custom) process.stdout.write(`    left out, the owners' resource modules: ${r.custom.join(', ')}\n`);
      for (const f of r.files.filter((x) => x.kind !== 'runtime').slice(0, options.top)) {
        const size = f.extra ? 'extra' : String(f.stainless);
        process.stdout.write(`    ${String(f.changed).padStart(5)} / ${size.padEnd(5)} ${f.kind}: ${f.file}\n`);
      }
    }
    process.stdout.write(`total (headline, runtime apart): ${figure(total.headline)}\n    ${kindsLine(total.kinds)}\n`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
