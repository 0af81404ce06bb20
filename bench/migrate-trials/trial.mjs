#!/usr/bin/env node
// trial.mjs — measure `sdkgen migrate` on a real Stainless SDK repository the way issue 76 is judged.
//
// Usage:
//   node trial.mjs <name> [<name>…] | all            run the trial(s) listed in repos.json
//   node trial.mjs --mirror <bare git dir> --config <stainless.yml> --spec <openapi> [--ref <commit>] [--name <n>]
// Options (both forms):
//   --sdkgen <dir>      sdkgen checkout to test (default: this one). Its committed HEAD (or --sdkgen-ref <commit>) is
//                       cloned to <runs>/.sdkgen/<commit>/ and built there once (node_modules linked to the checkout's),
//                       so uncommitted work and rebuilds of the checkout during a run never mix in
//   --sdkgen-worktree   measure the checkout's work tree as it is (uncommitted work included), copied and built once
//                       under <runs>/.sdkgen/worktree-<digest>/, instead of a commit
//   --ref <commit>      commit of main to migrate (default: repos.json's ref, else the newest `release: …` commit on main)
//   --runs <dir>        where logs go (default bench/results/migrate-trials, which git ignores); each run: <runs>/<name>/<timestamp>/
//   --skip-install      skip npm install / tsc / npm test (checks 5, 6, 10 reported as "skipped")
//   --baseline          also measure the ref before migrating (npm install ignoring its lockfile, tsc, tests type-check, the
//                       owners' test files with its own runner): what was already broken
//   --clean             remove the migrated work tree (./repo in the run dir) at the end; kept by default
//
// The mirror is the bare git dir the `fetch` tool writes (/work/.mirror/<owner>+<name>/repo). It is cloned to a
// fresh dir, so main and origin/generated exist with their real history. `main` is reset to the ref, the config and
// spec are copied to an "owners' config repo" outside the clone, and migrate runs as an owner would:
//   cd <clone> && node <sdkgen>/bin/sdkgen.js migrate . --config <cfg> --spec <spec>
// Then the ten checks of issue 76 run (each runs even when an earlier one failed) and a table is printed; logs,
// results.json and summary.md are saved in the run dir. See README.md for how each check is measured.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseOwners, GIT_PATHS_AS_THEY_ARE } from './lib/owners.mjs';
import { regenerateAsPipeline } from './lib/pipeline-regen.mjs';
import { runLimited as run } from './lib/process-group.mjs';
import { makeOnce } from './lib/build-lock.mjs';
import { pythonChecks, withMembersInPlace } from './lib/python-trial.mjs';
import { creditedApart } from './lib/python-rescore.mjs';
import { withSameMeaning } from './lib/python-forms.mjs';
import { alreadyDoneByReport } from './lib/already-done.mjs';
import { renamedLocalsByReport } from './lib/renamed-locals.mjs';
import { commentOnlyByReport } from './lib/comment-only.mjs';
import { typesOnlyByReport } from './lib/types-only.mjs';
import { reportSection, runtimeTestsByReport } from './lib/report-sections.mjs';
import { carriedElsewhere } from './lib/carried-elsewhere.mjs';
import { mark, scoreAgainstRef, scoreLine } from './lib/at-ref.mjs';
import {
  checkHunks,
  checkOwnersFiles,
  checkPackageJson,
  checkStainlessLeft,
  checkTestScript,
  doneBySdkgen,
} from './lib/checks.mjs';
import { checkPagedMethods } from './lib/paged-methods.mjs';
import { commitReader, mocksSaid, treeReader } from './lib/mock-servers.mjs';
import { npmTestCheck } from './lib/npm-test.mjs';
import { fallbackInstall } from './lib/install-fallback.mjs';
import { refOwnersTests } from './lib/ref-owners-tests.mjs';
import { lastLines } from './lib/test-output.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const PAGED_TITLE = "api.md's paginated methods still paged";
const args = parseArgs(process.argv.slice(2));
const sdkgen = path.resolve(args.sdkgen ?? path.join(here, '../..'));
const runsDir = path.resolve(args.runs ?? path.join(here, '../results/migrate-trials'));

// The sdkgen measured is a build of the checkout's committed HEAD (or --sdkgen-ref), made in a clone of its own under
// <runs>/.sdkgen/<commit>/ (node_modules linked to the checkout's) and reused by later runs: a merge or rebuild in
// the checkout during a run (the lead merging branches) cannot mix two sdkgens in one trial, and an uncommitted or
// half-merged work tree is never measured.
// --sdkgen-worktree measures the checkout's work tree as it is now instead (uncommitted work, for an engineer before the
// lead commits it): its tracked and untracked files (not ignored ones) are copied to <runs>/.sdkgen/worktree-<digest>/
// once and built there, so a later edit in the checkout cannot reach a run under way. `sdkgenCommit` then names
// HEAD plus the digest of the copy.
const worktree = args['sdkgen-worktree'] === true;
const sdkgenCommit = worktree
  ? `${sh('git', ['rev-parse', 'HEAD'], sdkgen).trim()}+worktree-${worktreeDigest(sdkgen)}`
  : sh('git', ['rev-parse', args['sdkgen-ref'] ?? 'HEAD'], sdkgen).trim();
const sdkgenRun = path.join(
  runsDir,
  '.sdkgen',
  worktree ? `worktree-${sdkgenCommit.split('+worktree-')[1]}` : sdkgenCommit.slice(0, 12),
);
// (Made under a lock: two trials started together on the same sdkgen once removed and built the copy under each other.)
await makeOnce(
  sdkgenRun,
  () => fs.existsSync(path.join(sdkgenRun, 'dist/.built')),
  () => {
    fs.rmSync(sdkgenRun, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(sdkgenRun), { recursive: true });
    if (worktree) {
      for (const file of worktreeFiles(sdkgen)) {
        fs.mkdirSync(path.dirname(path.join(sdkgenRun, file)), { recursive: true });
        // (A file another engineer deleted since it was listed is left out, as the work tree now has it.)
        vanished(() => fs.copyFileSync(path.join(sdkgen, file), path.join(sdkgenRun, file)));
      }
    } else {
      sh('git', ['clone', '-q', '--shared', '--no-checkout', sdkgen, sdkgenRun], here);
      sh('git', ['checkout', '-q', '--detach', sdkgenCommit], sdkgenRun);
    }
    fs.symlinkSync(path.join(sdkgen, 'node_modules'), path.join(sdkgenRun, 'node_modules'));
    console.log(`building sdkgen ${worktree ? sdkgenCommit : sdkgenCommit.slice(0, 10)} in ${sdkgenRun}`);
    const b = run('node', ['scripts/build.mjs'], sdkgenRun, 900);
    if (b.status !== 0 || !fs.existsSync(path.join(sdkgenRun, 'dist/.built'))) {
      console.error(`building sdkgen ${sdkgenCommit} failed:\n${b.stdout}\n${b.stderr}`);
      process.exit(2);
    }
  },
);
const sdkgenBin = path.join(sdkgenRun, 'bin/sdkgen.js');

const catalogue = JSON.parse(fs.readFileSync(path.join(here, 'repos.json'), 'utf8'));
let trials;
if (args.mirror) {
  trials = [
    {
      name: args.name ?? path.basename(path.dirname(args.mirror)),
      mirror: args.mirror,
      config: args.config,
      spec: args.spec,
      ref: args.ref,
    },
  ];
} else {
  const names = args._.length === 1 && args._[0] === 'all' ? catalogue.map((t) => t.name) : args._;
  if (names.length === 0) {
    console.error(
      'usage: node trial.mjs <name>…|all  or  --mirror <dir> --config <file> --spec <file>  (see the top of trial.mjs)',
    );
    process.exit(2);
  }
  trials = names.map((n) => {
    const t = catalogue.find((c) => c.name === n);
    if (!t) throw new Error(`no trial named ${n} in repos.json (${catalogue.map((c) => c.name).join(', ')})`);
    return { ...t, ref: args.ref ?? t.ref };
  });
}

const all = [];
for (const t of trials) all.push(await runTrial(t));
if (all.length > 1) {
  const lines = all.map(
    (r) => `${r.name.padEnd(22)} ${r.checks.map((c) => mark(c.status)).join(' ')}  ${scoreLine(r.checks)}  ${r.runDir}`,
  );
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  fs.writeFileSync(
    path.join(runsDir, `all-${stamp}.md`),
    `sdkgen ${sdkgenCommit}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n\n${all.map((r) => formatTable(r)).join('\n')}`,
  );
  console.log('\n==== all trials ====');
  for (const r of all)
    console.log(
      `${r.name.padEnd(22)} ${r.checks.map((c) => mark(c.status)).join(' ')}  ${scoreLine(r.checks)}  ${r.runDir}`,
    );
}

async function runTrial(t) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const runDir = path.join(runsDir, t.name, stamp);
  const repo = path.join(runDir, 'repo');
  const inputs = path.join(runDir, 'owners-config-repo');
  fs.mkdirSync(inputs, { recursive: true });
  const log = (file, text) => fs.writeFileSync(path.join(runDir, file), text);
  console.log(`\n==== ${t.name}: ${t.mirror} → ${runDir}`);

  // 1. Clone with history, main at the ref, origin/generated as Stainless left it.
  sh('git', ['clone', '-q', t.mirror, repo]);
  sh('git', ['config', 'user.email', 'trial@example.invalid'], repo);
  sh('git', ['config', 'user.name', 'trial'], repo);
  sh('git', ['config', 'commit.gpgsign', 'false'], repo);
  // stlc's sealed outputs (refs/stainless/*), which a clone leaves out and migrate fetches: the owners' base may be one.
  spawnSync('git', ['fetch', '-q', '--no-tags', 'origin', '+refs/stainless/*:refs/stainless/*'], { cwd: repo });
  const ref = t.ref ?? newestRelease(repo);
  sh('git', ['checkout', '-q', '-B', 'main', ref], repo);
  const refSha = sh('git', ['rev-parse', 'HEAD'], repo).trim();
  const hasGenerated =
    spawnSync('git', ['rev-parse', '--verify', '-q', 'origin/generated'], { cwd: repo }).status === 0;
  // A config of the form `git:<commit>:<path>` is read from git history as the spec is (below): of `configMirror`, else
  // of `specMirror`, else of the SDK's mirror.
  // `from-repo`: the owners never had the config (it lived in Stainless's dashboard): migrate writes one from what the
  // repository records of it (`--from-repo`).
  const fromRepo = t.config === 'from-repo';
  const configFromGit = /^git:([0-9a-f]{7,40}):(.+)$/.exec(t.config);
  const cfg = fromRepo ? null : path.join(inputs, path.basename(configFromGit ? configFromGit[2] : t.config));
  if (configFromGit) {
    const configGitDir = t.configMirror ?? t.specMirror ?? t.mirror;
    fs.writeFileSync(cfg, sh('git', ['--git-dir', configGitDir, 'show', `${configFromGit[1]}:${configFromGit[2]}`]));
  } else if (!fromRepo) fs.copyFileSync(t.config, cfg);
  // `git:<commit>:<path>`: a spec read from git history, never from the ref's tree: of `specMirror` (the owners' API
  // repository, where their build once committed it), else of the SDK's mirror (a spec the owners committed to the
  // SDK repository itself that Stainless's "sync repo" later removed).
  const fromGit = /^git:([0-9a-f]{7,40}):(.+)$/.exec(t.spec);
  const spec = path.join(inputs, path.basename(fromGit ? fromGit[2] : t.spec));
  if (fromGit)
    fs.writeFileSync(spec, sh('git', ['--git-dir', t.specMirror ?? t.mirror, 'show', `${fromGit[1]}:${fromGit[2]}`]));
  else fs.copyFileSync(t.spec, spec);

  // What the owners have: their files and their hunks in generated files, measured independently of sdkgen.
  // The base the entry names with `--base`, as the owners would: measured against it, not a generation found.
  const baseAt = (t.migrateArgs ?? []).indexOf('--base');
  const owners = analyseOwners(repo, refSha, baseAt >= 0 ? t.migrateArgs[baseAt + 1] : null);
  log(
    'owners.json',
    JSON.stringify(
      { ...owners, hunks: owners.hunks.map((h) => ({ file: h.file, header: h.header, text: h.text })) },
      null,
      2,
    ),
  );
  console.log(
    `ref ${refSha.slice(0, 10)} (${sh('git', ['log', '-1', '--format=%s', refSha], repo).trim()}); base ${owners.base.slice(0, 10)} (${owners.baseHow}); owners' files ${owners.ownersFiles.length}; owners' hunks ${owners.hunks.length} in ${new Set(owners.hunks.map((h) => h.file)).size} files`,
  );

  // 2. Migrate as an owner would (--verbose: the report's lists, such as the hand edits sdkgen's runtime does already).
  const configArgs = cfg === null ? ['--from-repo'] : ['--config', cfg];
  // With --skip-install the registry is not used: the lockfile is left as it is (its update is what a full run checks).
  const lockfileArgs = args['skip-install'] && t.kind !== 'python' ? ['--no-lockfile'] : [];
  // (`migrateArgs`: what the owners would pass besides, as apollo-python's `--base` naming their local build.)
  // Timed (wall, and the CPU seconds GNU time counts, in migrate.time: the load on a shared machine moves the wall).
  const timeFile = path.join(runDir, 'migrate.time');
  const timed = fs.existsSync('/usr/bin/time');
  const started = Date.now();
  const mig = run(
    timed ? '/usr/bin/time' : 'node',
    [
      ...(timed ? ['-o', timeFile, '-f', '%e s wall, %U s user, %S s system, %M KB at most', 'node'] : []),
      ...[sdkgenBin, 'migrate', '.', ...configArgs, '--spec', spec, '--verbose', ...lockfileArgs],
      ...(t.migrateArgs ?? []),
    ],
    repo,
    900,
  );
  log('migrate.log', `exit ${mig.status}\n--- stdout\n${mig.stdout}\n--- stderr\n${mig.stderr}`);
  const cpu = timed && fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) : null;
  console.log(`migrate took ${Math.round((Date.now() - started) / 1000)} s${cpu ? ` (${cpu})` : ''}`);
  const gitStatus = sh('git', ['status', '--porcelain', '--untracked-files=all'], repo);
  log('git-status.txt', gitStatus);
  // Commit the result (what an owner does next), so a fresh clone shows what the repository holds.
  sh('git', ['add', '-A'], repo);
  spawnSync('git', ['commit', '-q', '-m', 'sdkgen migrate', '--no-verify'], { cwd: repo });
  log('migrate.diffstat', sh('git', ['diff', '--stat=200', refSha, 'HEAD'], repo));

  const checks = [];
  const add = (n, title, status, reason, details) => checks.push({ n, title, status, reason, details });
  add(
    1,
    'migrate exits 0',
    mig.status === 0 ? 'pass' : 'fail',
    mig.status === 0 ? 'exit 0' : `exit ${mig.status}: ${lastLines(mig.stdout + mig.stderr, 400)}`,
  );

  const c2 = checkOwnersFiles(repo, refSha, owners);
  add(2, "owners' files byte-identical", c2.status, c2.reason, c2.details);
  // A Python SDK's own checks (lib/python-trial.mjs): 1, 2, 4 and 7 are shared, the others Python's.
  if (t.kind === 'python') {
    const doneByRuntime = doneBySdkgen(mig.stdout, sdkgenRun);
    // (Python's checkHunks: its report lists no TypeScript-only kinds; it does list Stainless's runtime tests that go,
    // as `path: what you changed`, and locals read under sdkgen's name.)
    const runtimeTests = runtimeTestsByReport(mig.stdout);
    const renamed = renamedLocalsByReport(mig.stdout);
    const hunksOf = (dir) =>
      checkHunks(
        dir,
        owners,
        refSha,
        doneByRuntime,
        alreadyDoneByReport(mig.stdout),
        [],
        [],
        runtimeTests,
        new Map(),
        renamed,
      );
    const byLine = hunksOf(repo);
    const inPlace = withMembersInPlace(byLine, repo, refSha, owners, mig.stdout);
    const c4 = withSameMeaning(inPlace, repo, refSha, owners, doneByRuntime);
    add(4, "owners' hunks present", c4.status, c4.reason, c4.details);
    log('hunks.txt', c4.report);
    // (The owners' hunks Python's check 4 finds not carried in a tree: a spec change through the pipeline must not add to them.)
    const unkept = (dir) => {
      const inDir = withMembersInPlace(hunksOf(dir), dir, refSha, owners, mig.stdout);
      const { lost, partial } = withSameMeaning(inDir, dir, refSha, owners, doneByRuntime).details;
      return [...lost, ...partial].map((h) => `${h.file} ${h.header}`);
    };
    const ctx = {
      repo,
      refSha,
      owners,
      runDir,
      inputs,
      // (The spec, for check 9's mock where the ref's script names Stainless's copy by a URL unreachable here.)
      spec,
      sdkgenBin,
      sdkgenRoot: sdkgen,
      log,
      args,
      report: mig.stdout,
      name: t.name,
      unkept,
    };
    checks.push(...pythonChecks(ctx));
    const c10 = checkPagedMethods(repo, refSha);
    add(10, PAGED_TITLE, c10.status, c10.reason, c10.details);
    checks.sort((a, b) => a.n - b.n);
    const result = { name: t.name, kind: 'python', mirror: t.mirror, ref: refSha, base: owners.base };
    Object.assign(result, { baseHow: owners.baseHow, hasGenerated, sdkgen, sdkgenCommit, runDir, checks });
    log('results.json', JSON.stringify(result, null, 2));
    log('summary.md', formatTable(result));
    console.log(formatTable(result));
    if (args.clean) fs.rmSync(repo, { recursive: true, force: true });
    return result;
  }
  const c3 = checkPackageJson(repo, refSha, owners);
  add(3, "package.json keeps owners' items", c3.status, c3.reason, c3.details);
  const hunksIn = (dir) =>
    checkHunks(
      dir,
      owners,
      refSha,
      doneBySdkgen(mig.stdout, sdkgenRun),
      alreadyDoneByReport(mig.stdout),
      commentOnlyByReport(mig.stdout),
      typesOnlyByReport(mig.stdout),
      runtimeTestsByReport(mig.stdout),
      carriedElsewhere(mig.stdout),
      renamedLocalsByReport(mig.stdout),
    );
  const c4 = hunksIn(repo);
  add(4, "owners' hunks present", c4.status, c4.reason, c4.details);
  // (The hunks check 4 credits listed apart from the missing ones.)
  log('hunks.txt', creditedApart(c4.report, [...c4.details.lost, ...c4.details.partial], []));

  // 5, 6, 10 need the registry.
  let inst;
  let fallback = '';
  if (args['skip-install']) {
    add(5, 'npm install + tsc --noEmit -p .', 'skipped', '--skip-install');
    add(6, "owners' and SDK tests type-check", 'skipped', '--skip-install');
  } else {
    inst = run('npm', ['install', '--no-audit', '--no-fund'], repo, 900);
    log('npm-install.log', `exit ${inst.status}\n${inst.stdout}\n${inst.stderr}`);
    const tscBin = path.join(repo, 'node_modules/.bin/tsc');
    if (inst.status !== 0) {
      // Measure the later checks anyway: install again without the lockfile (the checks below then say so).
      const pkgPath = path.join(repo, 'package.json');
      const pkgText = fs.existsSync(pkgPath) ? fs.readFileSync(pkgPath, 'utf8') : undefined;
      const again = fallbackInstall(inst.stderr, pkgText);
      // (Dependencies given as URLs left out for this install alone: the migrated file is put back after it.)
      if (again.pkgText !== undefined) fs.writeFileSync(pkgPath, again.pkgText);
      const fb = run('npm', again.args, repo, 900);
      if (again.pkgText !== undefined) fs.writeFileSync(pkgPath, pkgText);
      log('npm-install-fallback.log', `exit ${fb.status}\n${fb.stdout}\n${fb.stderr}`);
      fallback = ` [after npm install failed: fallback install ${again.said}, exit ${fb.status}]`;
      add(
        5,
        'npm install + tsc --noEmit -p .',
        'fail',
        `npm install exit ${inst.status}: ${firstMatch(inst.stderr, /npm (ERR|error).*/g, 3)}${fs.existsSync(tscBin) ? ` (fallback install ${again.said}: tsc ${tscSummary(repo, tscBin, log)})` : ''}`,
      );
    } else if (!fs.existsSync(tscBin)) {
      add(5, 'npm install + tsc --noEmit -p .', 'fail', 'no node_modules/.bin/tsc after npm install');
    } else {
      const tsc = run(tscBin, ['--noEmit', '-p', '.'], repo, 600);
      log('tsc.log', tsc.stdout + tsc.stderr);
      const errs = tscErrors(tsc.stdout);
      add(
        5,
        'npm install + tsc --noEmit -p .',
        tsc.status === 0 ? 'pass' : 'fail',
        tsc.status === 0 ? 'clean' : `${errs.length} errors: ${summariseTsc(errs)}`,
        errs,
      );
    }
    if (fs.existsSync(tscBin)) {
      const c6 = typecheckTests(repo, refSha, owners, tscBin);
      log('tsc-tests.log', c6.log);
      add(6, "owners' and SDK tests type-check", c6.status, c6.reason + fallback, c6.details);
    } else add(6, "owners' and SDK tests type-check", 'fail', 'no tsc installed');
  }

  const c7 = checkTestScript(repo);
  add(7, 'a test script', c7.status, c7.reason);
  // (Stainless's modules migrate's report lists as kept for the owners' code that imports them are a note.)
  const keptImported = reportSection(mig.stdout, "Stainless's modules your code imports, kept");
  const c8 = checkStainlessLeft(repo, owners, keptImported);
  add(8, 'no Stainless file left', c8.status, c8.reason, c8.details);

  // 9. sdkgen check on a fresh clone of the migrated repository, with the owners' config repo out of reach; then the
  // owners' next regeneration, run as their pipeline runs it (lib/pipeline-regen.mjs), changes nothing unexpected and
  // leaves `sdkgen check` green.
  const fresh = path.join(runDir, 'fresh-clone');
  sh('git', ['clone', '-q', repo, fresh]);
  fs.renameSync(inputs, inputs + '.hidden');
  const chk = run('node', [sdkgenBin, 'check'], fresh, 600);
  let regen;
  try {
    // (The owners' hunks check 4 finds not carried, in a tree: a spec change must not add to them.)
    const unkept = (dir) => {
      const { lost, partial } = hunksIn(dir).details;
      return [...lost, ...partial].map((h) => `${h.file} ${h.header}`);
    };
    regen = regenerateAsPipeline({ repo, runDir, name: t.name, sdkgenBin, run, unkept });
  } finally {
    fs.renameSync(inputs + '.hidden', inputs);
  }
  let chkHere = null;
  if (chk.status !== 0) chkHere = run('node', [sdkgenBin, 'check'], repo, 600);
  log(
    'sdkgen-check.log',
    `fresh clone, owners' config repo hidden: exit ${chk.status}\n${chk.stdout}\n${chk.stderr}\n` +
      (chkHere
        ? `\n--- in the migrated work tree, inputs reachable: exit ${chkHere.status}\n${chkHere.stdout}\n${chkHere.stderr}`
        : ''),
  );
  log('regenerate.log', regen.log);
  add(
    9,
    'sdkgen check green; regenerating is clean',
    chk.status === 0 && regen.ok ? 'pass' : 'fail',
    (chk.status === 0
      ? 'up to date (fresh clone)'
      : `fresh clone: exit ${chk.status}: ${lastLines(chk.stdout + chk.stderr, 300)}` +
        (chkHere ? ` | in work tree: exit ${chkHere.status}` : '')) + `; ${regen.reason}`,
  );
  fs.rmSync(fresh, { recursive: true, force: true });

  if (args['skip-install']) add(10, 'npm test passes', 'skipped', '--skip-install');
  else {
    // (lib/npm-test.mjs: the mock servers its scripts start, a second run for timing on a loaded machine.)
    const ownPrism = path.join(sdkgen, 'node_modules/.bin/prism');
    // (Which mock each side's tests ran: sdkgen's setup or the owners' scripts here, Stainless's at the ref.)
    const mocksRan = mocksSaid(treeReader(repo), commitReader(repo, refSha));
    const c10 = npmTestCheck({ repo, runDir, spec, log, said: fallback, ownPrism, mocksRan });
    add(10, 'npm test passes', c10.status, c10.reason, c10.details);
  }

  // 11. The methods Stainless's api.md lists paged are paged in sdkgen's (lib/paged-methods.mjs).
  const c11 = checkPagedMethods(repo, refSha);
  add(11, PAGED_TITLE, c11.status, c11.reason, c11.details);

  let baseline = null;
  if (args.baseline) baseline = runBaseline(repo, refSha, owners, runDir, log);
  // A check failing only as the ref itself fails is scored apart (`at-ref`): the release was broken before the move.
  scoreAgainstRef(checks, baseline);

  const result = {
    baseline,
    name: t.name,
    mirror: t.mirror,
    ref: refSha,
    base: owners.base,
    baseHow: owners.baseHow,
    hasGenerated,
    sdkgen,
    sdkgenCommit,
    sdkgenSnapshot: sdkgenRun,
    runDir,
    checks,
  };
  log('results.json', JSON.stringify(result, null, 2));
  const table =
    formatTable(result) +
    (baseline
      ? `\nbaseline (the ref before migrating, npm install ignoring its lockfile, its own test runner): ${baseline.map((b) => `${b.what}: ${b.status} — ${b.reason}`).join('; ')}\n`
      : '');
  log('summary.md', table);
  console.log(table);
  if (args.clean) fs.rmSync(repo, { recursive: true, force: true });
  return result;
}

// The same measurements on the ref as Stainless left it, to tell what the migration broke from what was broken.
function runBaseline(repo, refSha, owners, runDir, log) {
  const dir = path.join(runDir, 'baseline');
  sh('git', ['worktree', 'add', '-q', '--detach', dir, refSha], repo);
  const out = [];
  // npm, whatever lockfile the ref has: only the npm registry is reachable here (yarn.lock/pnpm-lock.yaml
  // resolve through registry.yarnpkg.com or tarball URLs that may not be).
  // Dependencies fetched from a URL (Stainless's tsc-multi from github.com) cannot be installed here: left out.
  const pkgPath = path.join(dir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  const dropped = [];
  for (const sec of ['dependencies', 'devDependencies', 'optionalDependencies'])
    for (const [n, v] of Object.entries(pkg[sec] ?? {}))
      if (/^(https?:|git|github:)/.test(v)) {
        delete pkg[sec][n];
        dropped.push(n);
      }
  fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2));
  const inst = run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--package-lock=false'], dir, 900);
  log('baseline-install.log', `exit ${inst.status}\n${inst.stdout}\n${inst.stderr}`);
  out.push({
    what: 'install',
    status: inst.status === 0 ? 'ok' : 'fail',
    reason: `npm install (lockfile ignored${dropped.length ? `, without ${dropped.join(', ')}` : ''}) exit ${inst.status}`,
  });
  const tscBin = path.join(dir, 'node_modules/.bin/tsc');
  if (fs.existsSync(tscBin)) {
    const tsc = run(tscBin, ['--noEmit', '-p', '.'], dir, 600);
    log('baseline-tsc.log', tsc.stdout + tsc.stderr);
    const errs = tscErrors(tsc.stdout);
    out.push({
      what: 'tsc --noEmit -p .',
      status: tsc.status === 0 ? 'ok' : 'fail',
      reason: tsc.status === 0 ? 'clean' : `${errs.length} errors: ${summariseTsc(errs)}`,
      errors: errs,
    });
    const c6 = typecheckTests(dir, refSha, owners, tscBin);
    log('baseline-tsc-tests.log', c6.log);
    out.push({
      what: 'tests type-check',
      status: c6.status === 'pass' ? 'ok' : 'fail',
      reason: c6.reason,
      errors: c6.details,
    });
  }
  // The owners' own test files, with the runner the ref has (in a network namespace of their own, as check 10).
  const isTest = (f) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(f);
  const ownersTests = refOwnersTests({ dir, ownersTests: owners.ownersFiles.filter(isTest), log });
  if (ownersTests) out.push(ownersTests);
  spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: repo });
  return out;
}

function tscSummary(repo, tscBin, log) {
  const tsc = run(tscBin, ['--noEmit', '-p', '.'], repo, 600);
  log('tsc.log', tsc.stdout + tsc.stderr);
  const errs = tscErrors(tsc.stdout);
  return tsc.status === 0 ? 'clean' : `${errs.length} errors: ${summariseTsc(errs)}`;
}

function typecheckTests(repo, refSha, owners, tscBin) {
  const files = sh('git', ['ls-files'], repo).split('\n').filter(Boolean);
  const isTest = (f) =>
    /\.(test|spec)\.[cm]?tsx?$/.test(f) || /^tests?\/.*\.[cm]?tsx?$/.test(f) || /(^|\/)__tests__\//.test(f);
  // A test of a package below the root with a package.json of its own (an MCP server kept as the owners') is that
  // package's: its dependencies are not the root's, so the root's tsconfig cannot check it.
  const subPackages = files.filter((f) => /.\/package\.json$/.test(f)).map((f) => f.slice(0, -'package.json'.length));
  const inSubPackage = (f) => subPackages.some((dir) => f.startsWith(dir));
  const candidates = files.filter((f) => isTest(f) && !/^(node_modules|\.sdkgen)\//.test(f) && !/\.d\.ts$/.test(f));
  const tests = candidates.filter((f) => !inSubPackage(f));
  const leftToPackages = candidates.length - tests.length;
  const ownersTests = new Set(owners.ownersFiles.filter(isTest));
  const lostOwnersTests = [...ownersTests].filter((f) => !fs.existsSync(path.join(repo, f)));
  const cfgPath = path.join(repo, 'tsconfig.trial-tests.json');
  fs.writeFileSync(
    cfgPath,
    JSON.stringify(
      {
        extends: './tsconfig.json',
        compilerOptions: { noEmit: true },
        // The project's own ambient declarations (`declare module '…'` in a .d.ts) as `tsc -p .` reads them.
        include: [
          ...tests.filter((f) => fs.existsSync(path.join(repo, f))),
          ...files.filter((f) => /\.d\.ts$/.test(f) && !/^(node_modules|\.sdkgen)\//.test(f) && !inSubPackage(f)),
        ],
      },
      null,
      2,
    ),
  );
  const r = run(tscBin, ['-p', 'tsconfig.trial-tests.json'], repo, 600);
  fs.rmSync(cfgPath);
  const errs = tscErrors(r.stdout);
  const inTests = errs.filter((e) => isTest(e.file));
  const ownersErrs = inTests.filter((e) => ownersTests.has(e.file));
  const pass = r.status === 0 && lostOwnersTests.length === 0;
  const reason = pass
    ? `${tests.length} test files clean (${ownersTests.size} owners')` +
      (leftToPackages
        ? `; ${leftToPackages} of packages below the root with their own package.json not checked here`
        : '')
    : [
        lostOwnersTests.length ? `owners' test files gone: ${lostOwnersTests.join(', ')}` : '',
        errs.length
          ? `${errs.length} errors (${inTests.length} in test files, ${ownersErrs.length} in owners' tests): ${summariseTsc(errs)}`
          : r.status !== 0
            ? `tsc exit ${r.status}: ${lastLines(r.stdout + r.stderr, 200)}`
            : '',
      ]
        .filter(Boolean)
        .join('; ');
  return {
    status: pass ? 'pass' : 'fail',
    reason,
    details: errs,
    log: `files: ${tests.length}\n${r.stdout}\n${r.stderr}`,
  };
}

// ---------- helpers ----------
function formatTable(r) {
  const lines = [
    `## ${r.name}`,
    '',
    `ref ${r.ref.slice(0, 10)}, base ${r.base.slice(0, 10)} (${r.baseHow}), sdkgen ${r.sdkgenCommit.slice(0, 10)}, logs ${r.runDir}`,
    '',
    '| # | check | result | reason |',
    '|---|---|---|---|',
  ];
  for (const c of r.checks)
    lines.push(
      `| ${c.n} | ${c.title} | ${c.status === 'at-ref' ? 'FAIL AT REF' : c.status.toUpperCase()} | ${String(c.reason).replace(/\|/g, '\\|').replace(/\n/g, ' ⏎ ')} |`,
    );
  lines.push('', scoreLine(r.checks));
  return lines.join('\n') + '\n';
}
function newestRelease(repo) {
  const out = sh('git', ['log', '--format=%H %s', 'origin/main'], repo).split('\n');
  const hit = out.find((l) => /^\S+ (release: |chore\(main\): release|chore: release)/.test(l));
  return (hit ?? out[0]).split(' ')[0];
}
function tscErrors(out) {
  const errs = [];
  for (const line of out.split('\n')) {
    const m = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (m) errs.push({ file: m[1], line: +m[2], code: m[4], message: m[5] });
  }
  return errs;
}
function summariseTsc(errs) {
  const byFile = new Map();
  for (const e of errs) byFile.set(e.file, (byFile.get(e.file) ?? 0) + 1);
  const first = errs.slice(0, 2).map((e) => `${e.file}:${e.line} ${e.code} ${e.message.slice(0, 140)}`);
  return `${[...byFile]
    .slice(0, 6)
    .map(([f, n]) => `${f}(${n})`)
    .join(', ')}${byFile.size > 6 ? ` +${byFile.size - 6} files` : ''} — e.g. ${first.join(' ; ')}`;
}
function firstMatch(text, re, n) {
  return (text.match(re) ?? []).slice(0, n).join(' / ') || lastLines(text, 200);
}
function sh(cmd, argv, cwd) {
  if (cmd === 'git') argv = [...GIT_PATHS_AS_THEY_ARE, ...argv];
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} (in ${cwd}) exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}
/** The work tree's files git would show: tracked (as they are now, deleted ones left out) and untracked, not ignored. */
function worktreeFiles(dir) {
  return sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], dir)
    .split('\0')
    .filter((file) => file && fs.existsSync(path.join(dir, file)) && fs.statSync(path.join(dir, file)).isFile());
}

/** A digest of those files' paths and bytes: the same work tree, the same build. */
function worktreeDigest(dir) {
  const hash = createHash('sha256');
  for (const file of worktreeFiles(dir)) {
    let bytes = null;
    if (!vanished(() => (bytes = fs.readFileSync(path.join(dir, file))))) hash.update(`${file}\0`).update(bytes);
  }
  return hash.digest('hex').slice(0, 12);
}

/** Runs `read` on a file of the work tree; true when the file was gone by then (another engineer's edit). */
function vanished(read) {
  try {
    read();
    return false;
  } catch (error) {
    if (error?.code === 'ENOENT') return true;
    throw error;
  }
}

function parseArgs(argv) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) out._.push(a);
    else if (['skip-install', 'keep', 'clean', 'baseline', 'sdkgen-worktree'].includes(a.slice(2)))
      out[a.slice(2)] = true;
    else out[a.slice(2)] = argv[++i];
  }
  return out;
}
