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
//                    (a `specFrom` without `config` takes the pair's own `config`)
// --era             write the forms of the compared generation's Stainless (`--stainless-era` at its commit's day), as
//                    `sdkgen migrate` keeps an SDK's era; default: the newest forms. A pair's `"era"` (a day, or
//                    "latest") is taken as given: a folder with no history (the stainless-compat projects) has no
//                    commit day, so its pair names the day of the generation its files are (where .stats.yml's hashes
//                    match a commit of the SDK's repository)
// --only <names>     comma-separated pair names to measure (with --pairs)
// --spec-as-given    use each pair's `spec` and `config` even where it has `specFrom` (where it gives them)
// --top <n>          the n files that contribute most, per project (default 5)
// --keep <dir>       generate into <dir>/<name> and keep it (default: a temporary directory, removed)
// --json             one JSON object on stdout instead of the table
// --diffs <dir>      write each project's `diff -u` (Stainless's side first) to <dir>/<name>.diff, to sort by kind
// Environment: SDKGEN_BIN runs another build of the CLI (default <repo>/bin/sdkgen.js).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  areaFiles,
  changedLines,
  lineCount,
  missingRepository,
  pairsFrom,
  prepareGeneration,
  stainlessSide,
} from './stainless-ts-pairs.mjs';
import { exitWithUsage } from './usage.mjs';

/** The folder each area compares. */
const AREAS = { resources: 'src/resources', tests: 'tests/api-resources', readme: 'README.md' };

function usage(message) {
  exitWithUsage(import.meta.url, 'stainless-distance', message);
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
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--spec-as-given') options.specAsGiven = true;
    else if (arg === '--era') options.era = true;
    else if (arg === '--diffs') options.diffs = value();
    else if (arg === '--help' || arg === '-h') usage('help');
    else usage(`unknown argument ${arg}`);
  }
  return options;
}
function measure(project, options, scratch) {
  const out = options.keep ? path.resolve(options.keep, project.name) : path.join(scratch, `out-${project.name}`);
  const { gitDir, ref, pinned, era } = prepareGeneration(project, options, scratch, out);
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
  if (options.pairs)
    return pairsFrom(options.pairs, options.ref).filter((p) => !options.only || options.only.includes(p.name));
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
  // (A pair whose repositories are not here is left out, said on stderr, rather than ending the run.)
  const projects = projectsOf(options).filter((project) => {
    const missing = missingRepository(project);
    if (missing) process.stderr.write(`${project.name}: left out: ${missing}\n`);
    return !missing;
  });
  const measured = projects.map((project) => measure(project, options, scratch));
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
