#!/usr/bin/env node
// How far the `src/resources` (or, with --area, the `tests/api-resources` or README.md) sdkgen writes from a Stainless config
// is from what Stainless wrote (issue 76 point 10).
//
//   node scripts/stainless-distance.mjs --sdk <repo> --config <stainless.yml> --spec <openapi> [options]
//   node scripts/stainless-distance.mjs --pairs <pairs.json> [options]
//
// For each project: sdkgen generates the SDK from the config and spec (through bin/sdkgen.js, so build first), and
// every file under Stainless's `src/resources` (the area) is compared with sdkgen's file at the same path by `diff -u`. The
// distance counts the diff's `+` and `−` lines (the `---`/`+++` headers aside) over Stainless's line count. A file
// Stainless wrote and sdkgen did not counts all its lines; a file only sdkgen wrote counts its lines as `+` (shown
// apart as "extra"). The total is the sum of the counts over the sum of Stainless's lines; it is also given without
// the banner lines (`// File generated …`, which differ in every file by design).
//
// --sdk <repo>       a Stainless SDK repository: a work tree or a bare git dir (such as the `fetch` tool's mirror), or
//                    a folder with the area in it (../shared/stainless-compat/<project>/expected)
// --area <area>      `resources` (src/resources, the default), `tests` (tests/api-resources, the endpoint tests) or
//                    `readme` (README.md)
// --ref <rev>        the commit to compare with (git repositories only). Default `auto`: of the last 80 commits of
//                    `generated` (else `main`, else HEAD) that touched `api.md`, the one whose api.md differs least
//                    from sdkgen's, i.e. the generation whose spec is closest to the one given (ties: the newest)
// --pairs <file>     JSON: [{ "name", "sdk", "config", "spec", "ref"?, "era"? }, …] (paths relative to that file), e.g.
//                    { "name": "knock-mgmt", "sdk": "/work/.mirror/knocklabs+knock-mgmt-node/repo",
//                      "config": "../shared/stainless-configs/knocklabs__docs__data-specs-mapi/stainless.yml",
//                      "spec": "../shared/stainless-configs/knocklabs__docs__data-specs-mapi/openapi.yml" }
//                    (`ref` overrides --ref for that project: the closest api.md can be a generation Stainless's
//                    formatter did not run on, as VAIF's first one); bench/stainless-distance/pairs.json lists the
//                    fetched mirrors and the stainless-compat projects
//                    A pair may say where its spec and config were kept, `"specFrom": { "repo": <git dir>, "spec": <path>,
//                    "config": <path> }`: they are then read as they were when Stainless last generated the SDK, so
//                    that what changed in the API since (not sdkgen) is left out of the distance: of the last few
//                    versions committed up to a day after the SDK's newest api.md, the one whose api.md is closest to
//                    a generation's (as --ref auto chooses the generation); `"specAt"`/`"configAt"`: the commits
//                    to read them at instead (where the SDK's .stats.yml hashes name them)
// --era             write the forms of the compared generation's Stainless (`--stainless-era` at its commit's day), as
//                    `sdkgen migrate` keeps an SDK's era; default: the newest forms. A pair's `"era"` (a day, or
//                    "latest") is taken as given: a folder with no history (the stainless-compat projects) has no
//                    commit day, so its pair names the day of the generation its files are (where .stats.yml's hashes
//                    match a commit of the SDK's repository)
// --spec-as-given    use each pair's `spec` and `config` even where it has `specFrom` (where it gives them)
// --top <n>          the n files that contribute most, per project (default 5)
// --keep <dir>       generate into <dir>/<name> and keep it (default: a temporary directory, removed)
// --json             one JSON object on stdout instead of the table
// --diffs <dir>      write each project's `diff -u` (Stainless's side first) to <dir>/<name>.diff, to sort by kind
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
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder each area compares. */
const AREAS = { resources: 'src/resources', tests: 'tests/api-resources', readme: 'README.md' };

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = process.env.SDKGEN_BIN ?? path.join(root, 'bin/sdkgen.js');

function usage(message) {
  const help = readFileSync(fileURLToPath(import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('//'))
    .map((line) => line.slice(3))
    .join('\n');
  process.stderr.write(`stainless-distance: ${message}\n\n${help}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { top: 5, ref: 'auto', json: false, area: 'resources' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--sdk') options.sdk = value();
    else if (arg === '--config') options.config = value();
    else if (arg === '--spec') options.spec = value();
    else if (arg === '--ref') options.ref = value();
    else if (arg === '--pairs') options.pairs = value();
    else if (arg === '--area') options.area = AREAS[value()] ? argv[i] : usage(`--area is resources, tests or readme`);
    else if (arg === '--top') options.top = Number(value());
    else if (arg === '--keep') options.keep = value();
    else if (arg === '--json') options.json = true;
    else if (arg === '--spec-as-given') options.specAsGiven = true;
    else if (arg === '--era') options.era = true;
    else if (arg === '--diffs') options.diffs = value();
    else if (arg === '--help' || arg === '-h') usage('help');
    else usage(`unknown argument ${arg}`);
  }
  return options;
}

function git(gitDir, args) {
  const result = spawnSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return result.status === 0 ? result.stdout : undefined;
}

/** The repository's git dir, or undefined for a plain folder. */
function gitDirOf(sdk) {
  if (existsSync(path.join(sdk, 'HEAD')) && existsSync(path.join(sdk, 'objects'))) return sdk;
  if (existsSync(path.join(sdk, '.git'))) return path.join(sdk, '.git');
  return undefined;
}

/** The area's files: path (relative to the area) → text; an area that is a file is that file, by its name. */
function areaFiles(dir) {
  if (existsSync(dir) && statSync(dir).isFile()) return new Map([[path.basename(dir), readFileSync(dir, 'utf8')]]);
  return new Map(filesUnder(dir).map((rel) => [rel, readFileSync(path.join(dir, rel), 'utf8')]));
}

function filesUnder(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? filesUnder(full, rel) : [rel];
  });
}

function lineCount(text) {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** `diff -u` of two texts: the + and − lines, headers aside. */
function changedLines(before, after, scratch) {
  const a = path.join(scratch, 'a');
  const b = path.join(scratch, 'b');
  writeFileSync(a, before);
  writeFileSync(b, after);
  const out = spawnSync('diff', ['-u', a, b], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  return { ...countChanged(out), out };
}

function countChanged(out) {
  let count = 0;
  let banner = 0;
  for (const line of out.split('\n')) {
    if (line.startsWith('---') || line.startsWith('+++')) continue;
    if (line.startsWith('+') || line.startsWith('-')) count++;
    if (/^[+-]\/\/ File generated /.test(line)) banner++;
  }
  return { count, banner };
}

/** Stainless's side at one commit (git) or as the folder is: path → text for the files under `area`. */
function stainlessSide(sdk, gitDir, ref, area) {
  const files = new Map();
  if (!gitDir) return areaFiles(path.join(sdk, area));
  const listing = git(gitDir, ['ls-tree', '-r', '--name-only', ref, area]) ?? '';
  for (const file of listing.split('\n').filter(Boolean)) {
    const rel = file === area ? path.basename(area) : file.slice(area.length + 1);
    files.set(rel, git(gitDir, ['show', `${ref}:${file}`]) ?? '');
  }
  return files;
}

/** The branch whose generations are compared: `generated`, else `main`, else HEAD. */
function generationBranch(gitDir) {
  return ['generated', 'main', 'HEAD'].find((name) => git(gitDir, ['rev-parse', '--verify', '-q', name]));
}

/** How many versions of a `specFrom` repository's spec and config are tried (see --pairs). */
const SPEC_VERSIONS = 4;

/**
 * The versions of `specFrom`'s spec and config that may be those of the SDK's newest generation (see --pairs): the
 * newest SPEC_VERSIONS commits touching either, up to a day after that generation (the owners often commit what they
 * gave Stainless a little later), each written to the scratch folder as `{ spec, config, at }`.
 */
function specVersions(project, scratch) {
  const { repo, spec, config, specAt, configAt } = project.specFrom;
  if (specAt || configAt) return [writeVersion(project, scratch, { spec: specAt, config: configAt ?? specAt })];
  const sdkGit = gitDirOf(project.sdk);
  const newest = sdkGit && git(sdkGit, ['log', '-1', '--format=%ct', generationBranch(sdkGit), '--', 'api.md']);
  if (!newest?.trim()) return [];
  const until = `@${Number(newest.trim()) + 24 * 3600}`;
  const commits = git(repo, ['rev-list', '-n', `${SPEC_VERSIONS}`, `--before=${until}`, 'HEAD', '--', spec, config]);
  return (commits ?? '')
    .split('\n')
    .filter(Boolean)
    .map((at) => writeVersion(project, scratch, { spec: at, config: at }));
}

/** `specFrom`'s spec and config as of the commits `at` gives for each, written to the scratch folder. */
function writeVersion(project, scratch, at) {
  const { repo, spec, config } = project.specFrom;
  const dir = path.join(scratch, `inputs-${project.name}-${at.spec.slice(0, 10)}`);
  mkdirSync(dir, { recursive: true });
  const written = { at: at.spec };
  for (const [key, file] of Object.entries({ spec, config })) {
    written[key] = path.join(dir, path.basename(file));
    writeFileSync(written[key], git(repo, ['show', `${at[key]}:${file}`]) ?? '');
  }
  return written;
}

/** The generation whose api.md is closest to sdkgen's (see --ref). */
function closestRef(gitDir, oursApiMd, scratch) {
  const branch = generationBranch(gitDir);
  const commits = (git(gitDir, ['rev-list', '-n', '80', branch, '--', 'api.md']) ?? '').split('\n').filter(Boolean);
  let best = { ref: git(gitDir, ['rev-parse', branch]).trim(), score: Infinity };
  for (const commit of commits) {
    const apiMd = git(gitDir, ['show', `${commit}:api.md`]);
    if (apiMd === undefined) continue;
    const score = changedLines(apiMd, oursApiMd, scratch).count;
    if (score < best.score) best = { ref: commit, score };
  }
  return best;
}

/** sdkgen's SDK from `inputs` (`{ spec, config }`) in `out`, and its api.md. */
function generateInto(project, inputs, out, extra = []) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const generated = spawnSync(
    process.execPath,
    [bin, 'generate', inputs.spec, '--config', inputs.config, '-o', out, '--quiet', ...extra],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (generated.status !== 0) {
    throw new Error(`sdkgen generate failed for ${project.name}:\n${generated.stderr}${generated.stdout}`);
  }
  return existsSync(path.join(out, 'api.md')) ? readFileSync(path.join(out, 'api.md'), 'utf8') : '';
}

/** The `--stainless-era` a project is written in with --era: its pair's `era`, else its compared commit's day. */
function eraOf(project, gitDir, ref) {
  if (project.era) return project.era;
  return ref ? git(gitDir, ['log', '-1', '--format=%cs', ref])?.trim() : undefined;
}

/** The generation compared with (see --ref) and how far its api.md is from `oursApiMd`. */
function comparedRef(project, gitDir, oursApiMd, scratch) {
  if (project.ref === 'auto') return closestRef(gitDir, oursApiMd, scratch);
  const apiMd = git(gitDir, ['show', `${project.ref}:api.md`]) ?? '';
  return { ref: project.ref, score: changedLines(apiMd, oursApiMd, scratch).count };
}

function measure(project, options, scratch) {
  const out = options.keep ? path.resolve(options.keep, project.name) : path.join(scratch, `out-${project.name}`);
  const gitDir = gitDirOf(project.sdk);
  // With `specFrom`, the version of the inputs whose api.md is closest to a generation of Stainless's.
  const asGiven = options.specAsGiven && project.spec;
  const versions = gitDir && project.specFrom && !asGiven ? specVersions(project, scratch) : [];
  let chosen;
  for (const version of versions) {
    const compared = comparedRef(project, gitDir, generateInto(project, version, out), scratch);
    if (!chosen || compared.score < chosen.score) chosen = { ...compared, version };
  }
  if (chosen && chosen.version !== versions[versions.length - 1]) generateInto(project, chosen.version, out);
  const oursApiMd = chosen ? '' : generateInto(project, project, out);
  const ref = chosen?.ref ?? (gitDir ? comparedRef(project, gitDir, oursApiMd, scratch).ref : undefined);
  const pinned = chosen?.version;
  const era = options.era ? eraOf(project, gitDir, ref) : undefined;
  if (era) generateInto(project, pinned ?? project, out, ['--stainless-era', era]);
  const area = AREAS[options.area];
  const theirs = stainlessSide(project.sdk, gitDir, ref, area);
  const ours = areaFiles(path.join(out, area));
  const files = [];
  const diffs = [];
  let banner = 0;
  for (const [rel, text] of theirs) {
    const diff = changedLines(text, ours.get(rel) ?? '', scratch);
    banner += diff.banner;
    if (diff.out)
      diffs.push(diff.out.replace(/^--- \S+/m, `--- stainless/${rel}`).replace(/^\+\+\+ \S+/m, `+++ sdkgen/${rel}`));
    files.push({ file: rel, stainless: lineCount(text), changed: diff.count });
  }
  let extra = 0;
  for (const [rel, text] of ours) {
    if (theirs.has(rel)) continue;
    extra += lineCount(text);
    diffs.push(changedLines('', text, scratch).out.replace(/^\+\+\+ \S+/m, `+++ sdkgen/${rel}`));
  }
  if (options.diffs) {
    mkdirSync(options.diffs, { recursive: true });
    writeFileSync(path.join(options.diffs, `${project.name}.diff`), diffs.join(''));
  }
  const stainless = files.reduce((sum, f) => sum + f.stainless, 0);
  const changed = files.reduce((sum, f) => sum + f.changed, 0) + extra;
  if (!options.keep) rmSync(out, { recursive: true, force: true });
  files.sort((x, y) => y.changed - x.changed);
  const distance = stainless ? changed / stainless : 0;
  return { name: project.name, ref, specAt: pinned?.at, era, stainless, changed, extra, banner, distance, files };
}

function projectsOf(options) {
  if (options.pairs) {
    const base = path.dirname(path.resolve(options.pairs));
    return JSON.parse(readFileSync(options.pairs, 'utf8')).map((pair) => ({
      name: pair.name,
      sdk: path.resolve(base, pair.sdk),
      // (A pair whose `specFrom` pins both may give no copies.)
      config: pair.config && path.resolve(base, pair.config),
      spec: pair.spec && path.resolve(base, pair.spec),
      ref: pair.ref ?? options.ref,
      ...(pair.era ? { era: pair.era } : {}),
      ...(pair.specFrom ? { specFrom: { ...pair.specFrom, repo: path.resolve(base, pair.specFrom.repo) } } : {}),
    }));
  }
  if (!options.sdk || !options.config || !options.spec) usage('give --sdk, --config and --spec, or --pairs');
  return [
    {
      name:
        path.basename(path.resolve(options.sdk)) === 'repo'
          ? path.basename(path.dirname(options.sdk))
          : path.basename(options.sdk),
      sdk: path.resolve(options.sdk),
      config: path.resolve(options.config),
      spec: path.resolve(options.spec),
      ref: options.ref,
    },
  ];
}

const options = parseArgs(process.argv.slice(2));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'stainless-distance-'));
const percent = (x) => `${(100 * x).toFixed(1)}%`;
try {
  const measured = projectsOf(options).map((project) => measure(project, options, scratch));
  // A project whose Stainless side lacks the area (stainless-compat keeps no README) has nothing to compare.
  const results = measured.filter((r) => r.stainless > 0);
  for (const r of measured.filter((x) => x.stainless === 0))
    process.stderr.write(`${r.name}: no ${AREAS[options.area]} on Stainless's side; left out\n`);
  const stainless = results.reduce((sum, r) => sum + r.stainless, 0);
  const changed = results.reduce((sum, r) => sum + r.changed, 0);
  const banner = results.reduce((sum, r) => sum + r.banner, 0);
  const total = { stainless, changed, banner, distance: stainless ? changed / stainless : 0 };
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ total, projects: results }, null, 2)}\n`);
  } else {
    for (const r of results) {
      const at = `${r.ref ? ` at ${r.ref.slice(0, 10)}` : ''}${r.specAt ? ` (spec at ${r.specAt.slice(0, 10)})` : ''}${r.era ? ` (era ${r.era})` : ''}`;
      process.stdout.write(
        `${r.name}${at}: ${percent(r.distance)} (${r.changed} of ${r.stainless} lines; ${r.extra} in files only sdkgen ` +
          `wrote, ${r.banner} the banners)\n`,
      );
      for (const f of r.files.slice(0, options.top)) {
        process.stdout.write(`    ${String(f.changed).padStart(5)} / ${String(f.stainless).padEnd(5)} ${f.file}\n`);
      }
    }
    const unbannered = stainless ? (changed - banner) / stainless : 0;
    process.stdout.write(
      `total: ${percent(total.distance)} (${changed} of ${stainless} lines); ${percent(unbannered)} without the ` +
        `banner lines (each file's first comment, sdkgen's and Stainless's)\n`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
