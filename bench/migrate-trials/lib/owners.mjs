// What the owners have in a Stainless SDK repository at a commit, measured independently of sdkgen:
// - base: Stainless's pristine generation closest to the ref (a commit of origin/generated with the same .stats.yml,
//   fewest files differing; without a generated branch, the bot's generation commits on main);
// - Stainless's commits: reachable from origin/generated, authored by Stainless's bots (stainless…/stlc…) unless they
//   name a person in a Co-authored-by trailer, or carrying a `Stainless-Generated-From:` trailer (a generation
//   committed to main by the owners' automation), unless the trailer names a commit of the repository: then it is
//   stlc's integration of the owners' code onto that sealed output, which is the generation;
// - owners' files: at the ref, not in the base, no Stainless header, not added by one of Stainless's commits, not
//   written whole (every line at the ref) by Stainless's commits;
// - owners' hunks: hunks of `git diff -U0 base ref` in files the base has, where a line the hunk adds is blamed (at
//   the ref) on a commit that is not Stainless's; a hunk that only removes lines counts when a non-Stainless commit
//   touched the file.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adderOf, literal, touchersOf } from './file-logs.mjs';
import { namedBase } from './owners-base.mjs';
import {
  folderMoves,
  generatorTitles,
  listsGeneratorCommits,
  movesOf,
  peoplesChanges,
  squashedRelease,
  StainlessCommits,
} from './squashed-releases.mjs';

export const HEADER = 'File generated from our OpenAPI spec by Stainless';
export const LOCKFILES = /(^|\/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?)$/;
// Files whose edits are bookkeeping of Stainless/release-please, not hand edits to generated code.
// Seconds after the ref a generation may still be the one it carries: Stainless's bot syncs a release onto `generated`
// within seconds of it.
const RELEASE_SYNC_GRACE = 24 * 60 * 60;
// Of the generations before the one with the ref's .stats.yml, this many are compared with the ref's code.
const OLDER_COMPARED = 60;
const NOT_HUNK_FILES = /(^|\/)(CHANGELOG\.md|\.stats\.yml|\.release-please-manifest\.json)$|(^|\/)package\.json$/;

/**
 * Whether `Name <email>` is Stainless's generator: a name of its bots (stainless…, stlc…) with an address that is not a
 * Stainless person's (at a stainless… domain, only the `dev` mailbox, `dev+git@` and the like, is the bot's). A person
 * committing under the bot's name (`stainless-bot <dmeadows@stainless.com>`) writes the owners' code, as the same
 * person does under their own name. The same rule as sdkgen's `GENERATOR_BOT` (generator/migrate/repository/
 * bot-commits.ts), written out again here so that the harness measures without sdkgen's code;
 * test/migrate-python-bot-authors-r32p.test.ts holds the two to the same answers.
 */
export function isGeneratorBot(identity) {
  const match = /^(.*?)\s*(?:<([^>]*)>)?\s*$/.exec(identity);
  const [name, email] = [match?.[1] ?? '', match?.[2]];
  if (!/^(stainless|stlc)/i.test(name)) return false;
  if (email === undefined) return true;
  const [local, domain] = email.includes('@')
    ? [email.slice(0, email.indexOf('@')), email.slice(email.indexOf('@') + 1)]
    : [email, ''];
  return !/^stainless/i.test(domain) || /^dev(\+.*)?$/i.test(local) || /bot/i.test(local);
}

// `named`: the base the entry names (its `migrateArgs`' `--base`), measured as lib/owners-base.mjs says.
export function analyseOwners(repo, ref, named = null) {
  const git = (...a) => sh('git', a, repo);
  const hasGenerated =
    spawnSync('git', ['rev-parse', '--verify', '-q', 'origin/generated'], { cwd: repo }).status === 0;
  const generated = hasGenerated ? new Set(git('rev-list', 'origin/generated').split('\n').filter(Boolean)) : new Set();

  const stainless = new StainlessCommits(repo, generated);
  const botGenerations = [];
  const seals = [];
  // Without a generated branch, the bot's release squashes (lib/squashed-releases.mjs): base candidates, and those a
  // person co-authored Stainless's file by file.
  const squashes = [];
  const mixed = [];
  const records = git('log', '--format=%H%x00%an%x00%ae%x00%B%x1e', ref)
    .split('\x1e')
    .map((rec) => rec.replace(/^\n/, '').split('\x00'));
  // (The generator's titles: its own commits', none a person co-authored.)
  const titles = generatorTitles(
    records
      .filter(([sha, an, ae]) => sha && isGeneratorBot(`${an} <${ae}>`))
      .map(([, , , body]) => body ?? '')
      .filter(
        (body) =>
          !/^Stainless custom code patch\b/i.test(body) &&
          ![...body.matchAll(/^Co-authored-by:\s*(.*)$/gim)].some((m) => !isGeneratorBot(m[1].trim())),
      ),
  );
  for (const [sha, an, ae, body] of records) {
    if (!sha) continue;
    const coAuthors = [...(body ?? '').matchAll(/^Co-authored-by:\s*(.*)$/gim)]
      .map((m) => m[1].trim())
      .filter((p) => !isGeneratorBot(p));
    // (The bot's "Stainless custom code patch" commits the owners' own code, written in Stainless's studio.)
    const isBot = isGeneratorBot(`${an} <${ae}>`) && !/^Stainless custom code patch\b/i.test(body ?? '');
    const named = /^Stainless-Generated-From:\s*([0-9a-f]{40})\s*$/m.exec(body ?? '')?.[1];
    // stlc's integration of the owners' code onto its sealed output (kept under refs/stainless/), which the trailer
    // names: the sealed commit is the generation, the integration carries the owners' code.
    if (named && commitExists(repo, named)) {
      seals.push(named);
      continue;
    }
    const trailer = named !== undefined || /^Stainless-Generated-From:/m.test(body ?? '');
    const squash = !hasGenerated && isBot && squashedRelease(body);
    if (squash) squashes.push(sha);
    if (squash && coAuthors.length > 0) mixed.push(sha);
    // (A person's commit the bot co-authored brings Stainless's commit: mixed, as migrate's squashed-releases.ts.)
    const botCoAuthored = [...(body ?? '').matchAll(/^Co-authored-by:\s*(.*)$/gim)].some((m) =>
      isGeneratorBot(m[1].trim()),
    );
    // (Or whose squash list names the generator's commits, the trailer left out.)
    if (!hasGenerated && !isBot && !trailer && (botCoAuthored || listsGeneratorCommits(body, titles))) mixed.push(sha);
    if ((isBot && coAuthors.length === 0) || trailer) {
      stainless.add(sha);
      if (/^(?!release)/i.test((body ?? '').trim()) || trailer) botGenerations.push(sha);
    }
  }
  // (Not beside stlc's sealed outputs: those are the generations then.)
  if (seals.length === 0 && squashes.length > 0) botGenerations.push(...squashes);
  if (seals.length === 0 && mixed.length > 0) {
    stainless.mixed = new Set(mixed);
    stainless.peoplesChanges = peoplesChanges(repo, ref, isGeneratorBot, stainless.mixed);
  }

  if (named !== null) return analysed(repo, ref, stainless, hasGenerated, namedBase(repo, named, ref, stainless));
  // Base. A generation made after the ref (beyond the day Stainless takes to sync a release onto `generated`) is not
  // one the ref can carry: linq's `generated` branch began four days after its release, from a newer config.
  const latest = Number(git('log', '-1', '--format=%ct', ref).trim()) + RELEASE_SYNC_GRACE;
  const beforeRef = hasGenerated ? commitsUpTo(repo, [...generated], latest) : [];
  const fromGenerated = beforeRef.length > 0;
  const candidates = fromGenerated ? beforeRef : seals.length > 0 ? [...new Set(seals)] : botGenerations;
  const where = fromGenerated
    ? 'origin/generated'
    : seals.length > 0
      ? "stlc's sealed outputs"
      : hasGenerated
        ? "the bot's commits (origin/generated began after the ref)"
        : "the bot's commits";
  const stats = catBatchCheck(repo, [`${ref}:.stats.yml`, ...candidates.map((c) => `${c}:.stats.yml`)]);
  const refStats = stats[0];
  let pool = refStats ? candidates.filter((c, i) => stats[i + 1] === refStats) : [];
  let baseHow = `same .stats.yml as the ref, ${pool.length} candidate(s) on ${where}`;
  // Generations stlc committed to main after origin/generated stopped: their sealed outputs are the base's candidates.
  const sealed = hasGenerated && pool.length === 0 && refStats ? [...new Set(seals)] : [];
  const sealedStats = catBatchCheck(
    repo,
    sealed.map((c) => `${c}:.stats.yml`),
  );
  const sealedPool = sealed.filter((c, i) => sealedStats[i] === refStats);
  if (sealedPool.length > 0) {
    pool = sealedPool;
    baseHow = `same .stats.yml as the ref, ${pool.length} candidate(s) on stlc's sealed outputs (none on ${where})`;
  }
  if (pool.length === 0) {
    pool = candidates;
    baseHow = `no generation with the ref's .stats.yml; closest of ${pool.length} on ${where}`;
  }
  if (pool.length === 0) throw new Error('no Stainless generation found (no origin/generated, no bot commits)');
  let base = pool[0];
  let best = Infinity;
  for (const c of pool) {
    const n = git('diff', '--name-only', c, ref).split('\n').filter(Boolean).length;
    if (n < best) [best, base] = [n, c];
  }
  baseHow += `, ${best} files differ`;
  // A release can bring a later generation's .stats.yml alone (reducto's owners squash-merged a generation by hand;
  // the release merged after it carried the next one's .stats.yml, not its code): of the generations before the base
  // (OLDER_COMPARED), one with more source files (src/, tests/) exactly as the ref has them is the one it carries, as
  // migrate's repository/code-carried.ts decides.
  // (Only of a generation on origin/generated: not of stlc's sealed outputs, nor without a .stats.yml match.)
  const at = fromGenerated && refStats && pool !== candidates ? candidates.indexOf(base) : -1;
  if (at >= 0) {
    const source = (commit) =>
      new Map(
        git('ls-tree', '-r', commit)
          .split('\n')
          .map((line) => /^\d+ blob ([0-9a-f]+)\t((?:src|tests)\/.+)$/.exec(line))
          .filter(Boolean)
          .map((m) => [m[2], m[1]]),
      );
    const ours = source(ref);
    const same = (commit) => [...source(commit)].filter(([file, blob]) => ours.get(file) === blob).length;
    const matched = base;
    let most = same(base);
    for (const commit of candidates.slice(at + 1, at + 1 + OLDER_COMPARED)) {
      const n = same(commit);
      if (n > most) [most, base] = [n, commit];
    }
    if (base !== matched) {
      const n = git('diff', '--name-only', base, ref).split('\n').filter(Boolean).length;
      baseHow += `; its code is an older generation's: ${base.slice(0, 10)} (${most} source files as the ref's, ${n} files differ)`;
    }
  }
  // A bot's generation on main holds the owners' edits made before it: each file people edited is taken as it was
  // before their first edit (a file they created is left out), so that their edits show against it.
  if (!fromGenerated && seals.length === 0) {
    const composed = beforePeoplesEdits(repo, base, stainless);
    if (composed.edited > 0) {
      base = composed.commit;
      baseHow += `; ${composed.edited} file(s) people edited taken as before their first edit`;
    }
  }

  return analysed(repo, ref, stainless, hasGenerated, { commit: base, how: baseHow, ownersFiles: [] });
}

// The owners' files and hunks against `found.commit`, less `found.ownersFiles` (files of it that are the owners').
function analysed(repo, ref, stainless, hasGenerated, found) {
  const git = (...a) => sh('git', a, repo);
  const { commit: base, how: baseHow } = found;
  const ownersInBase = new Set(found.ownersFiles);
  const baseFiles = new Set(
    git('ls-tree', '-r', '--name-only', base)
      .split('\n')
      .filter((f) => f && !ownersInBase.has(f)),
  );
  const refFiles = git('ls-tree', '-r', '--name-only', ref).split('\n').filter(Boolean);

  // Owners' files.
  const ownersFiles = [];
  const botAddedFiles = [];
  const headerAddedByOwners = [];
  const rewrittenByStainless = [];
  const stainlessWhereSdkgenWrites = [];
  const withHeader = new Set(gitGrepFiles(repo, ref, HEADER));
  for (const f of refFiles) {
    if (ownersInBase.has(f)) ownersFiles.push(f);
    if (baseFiles.has(f) || ownersInBase.has(f) || LOCKFILES.test(f)) continue;
    const adder = adderOf(repo, ref, f);
    if (withHeader.has(f)) {
      botAddedFiles.push(f);
      // One of the owners' commits added it, the banner copied from a generated file (together's
      // tests/lib/upload.test.ts), or Stainless's output they committed themselves: not told apart here.
      if (adder && !stainless.has(adder, f)) headerAddedByOwners.push(f);
      // Stainless's file its generations deleted that a person's commit then put back (Modern Treasury's
      // webhooks.ts, "add back removed code"): theirs by that choice, as migrate takes it (kept byte for byte).
      // (A person's squash listing the generator's own titles brought Stainless's commits: not put back by hand.)
      const squashOfGenerations = () => listsGeneratorCommits(git('log', '-1', '--format=%B', adder), new Set());
      if (adder && !stainless.has(adder, f) && deletedBefore(repo, adder, f) && !squashOfGenerations())
        ownersFiles.push(f);
      continue;
    }
    if (adder && stainless.has(adder, f)) botAddedFiles.push(f);
    // A file a person added whose every line at the ref is Stainless's (openai-node's src/pagination.ts: added by a
    // person's commit, later rewritten whole by a generation into a deprecated re-export, its banner left out) is
    // Stainless's output, as sdkgen's migrate takes it.
    else if (writtenByStainless(repo, ref, f, stainless)) {
      botAddedFiles.push(f);
      rewrittenByStainless.push(f);
    } else {
      ownersFiles.push(f);
      // Read with mixed commits' lines by their hunks, Stainless's: so where sdkgen writes a module (checks.mjs 2).
      if (writtenByStainless(repo, ref, f, stainless, true)) stainlessWhereSdkgenWrites.push(f);
    }
  }

  // Owners' hunks.
  const hunks = [];
  const ownersDeleted = [];
  const changed = git('diff', '--name-status', '--no-renames', base, ref)
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'));
  for (const [status, file] of changed) {
    if (!baseFiles.has(file) || LOCKFILES.test(file) || NOT_HUNK_FILES.test(file)) continue;
    const touchers = touchersOf(repo, `${base}..${ref}`, ref, file, (c) => !stainless.has(c, file));
    const ownersTouched = touchers.some((c) => !stainless.has(c, file));
    if (status === 'D') {
      if (ownersTouched) ownersDeleted.push(file);
      continue;
    }
    if (!ownersTouched) continue;
    const blame = blameLines(repo, ref, file);
    const diff = git('diff', '-U0', '--ignore-space-at-eol', base, ref, '--', literal(file));
    for (const h of parseHunks(diff)) {
      const owned = h.added.filter((a) => !stainless.has(blame[a.line - 1], file, blame.orig[a.line - 1]));
      const isOwners = h.added.length ? owned.length > 0 : removedByOwners(repo, base, ref, file, h.removed, stainless);
      if (!isOwners) continue;
      if (norm(h.added.map((a) => a.text).join('')) === norm(h.removed.join(''))) continue; // whitespace only
      hunks.push({ file, header: h.header, added: owned, removed: h.removed, allAdded: h.added.length, text: h.text });
    }
  }
  // package.json's lines with whether one of Stainless's commits wrote them (check 3 counts only the owners').
  // (Lines a person moved are blamed on who wrote them: a dependency of Stainless's that a person's commit re-sorted,
  // openai-node's iconv-lite, is not the owners'. Key order means nothing in package.json; -M5: its lines are short.)
  const pkgBlame = refFiles.includes('package.json') ? blameLines(repo, ref, 'package.json', ['-M5']) : [];
  const pkgText = refFiles.includes('package.json') ? git('show', `${ref}:package.json`).split('\n') : [];
  const packageJsonLines = pkgText.map((text, i) => ({
    text: text.trim(),
    commit: pkgBlame[i],
    stainless: stainless.has(pkgBlame[i], 'package.json'),
  }));
  // pyproject.toml's lines with whether one of Stainless's commits wrote them: a tool setting a later generation added
  // (cerebras-python's `[[tool.mypy.overrides]]` of release 1.56.1) is not the owners' however old the base (check 3).
  const pyBlame = refFiles.includes('pyproject.toml') ? blameLines(repo, ref, 'pyproject.toml') : [];
  const pyprojectStainlessLines = pyBlame.map((commit, i) => stainless.has(commit, 'pyproject.toml', pyBlame.orig[i]));
  return {
    base,
    baseHow,
    hasGenerated,
    stainlessCommits: stainless.size,
    packageJsonLines,
    pyprojectStainlessLines,
    ownersFiles,
    botAddedFiles,
    headerAddedByOwners,
    rewrittenByStainless,
    stainlessWhereSdkgenWrites,
    ref,
    ownersDeleted,
    hunks,
    baseFiles: [...baseFiles],
  };
}

// Of `commits`, those committed no later than `latest` (seconds), in the order given.
function commitsUpTo(repo, commits, latest) {
  const times = new Map();
  for (let i = 0; i < commits.length; i += 500) {
    const out = sh('git', ['log', '--no-walk=unsorted', '--format=%H %ct', ...commits.slice(i, i + 500)], repo);
    for (const line of out.split('\n')) {
      const [sha, time] = line.split(' ');
      if (sha && time) times.set(sha, Number(time));
    }
  }
  return commits.filter((c) => (times.get(c) ?? Infinity) <= latest);
}

// A commit (not on any branch) whose tree is `generation`'s, but with each file a commit not Stainless's changed in its
// history as it was before the oldest such commit (dropped when it did not exist then).
function beforePeoplesEdits(repo, generation, stainless) {
  const git = (...a) => sh('git', a, repo);
  const firstEdit = new Map();
  const log = git('log', '--no-merges', '--no-renames', '--format=%x01%H', '--name-only', generation);
  // A file a person's commit moved with its whole folder (lib/squashed-releases.mjs) is followed to its old path: a
  // path as an older commit names it → the file's path in the generation's tree. (Not a generation's move, nor a mixed
  // squash's, as migrate's repository/people-edits.ts.)
  const [moves, renamed] = [movesOf(repo), new Map()];
  const now = (f) => renamed.get(f) ?? f;
  for (const entry of log.split('\x01')) {
    const [sha, ...files] = entry.split('\n').filter(Boolean);
    if (!sha) continue;
    const byPeople = !Set.prototype.has.call(stainless, sha) && !stainless.mixed.has(sha);
    const followed = new Map(byPeople ? folderMoves(repo, sha, moves.get(sha) ?? []).map((m) => [m.to, m.from]) : []);
    // Newest first: the last commit seen of a file is the oldest.
    for (const f of files) if (!stainless.has(sha, f)) firstEdit.set(now(f), { sha, before: followed.get(f) ?? f });
    const targets = [...followed].map(([to, from]) => [to, from, now(to)]);
    for (const [to, from, target] of targets) {
      renamed.set(from, target);
      renamed.set(to, `\0${to}`);
    }
  }
  const entries = [];
  for (const line of git('ls-tree', '-r', '-z', generation).split('\0')) {
    const m = /^(\d+) blob ([0-9a-f]+)\t(.+)$/s.exec(line);
    if (!m) continue;
    const [, mode, blob, file] = m;
    const edit = firstEdit.get(file);
    if (edit === undefined) {
      entries.push(`${mode} blob ${blob}\t${file}\0`);
      continue;
    }
    const before = spawnSync('git', ['rev-parse', '--verify', '-q', `${edit.sha}^:${edit.before}`], {
      cwd: repo,
      encoding: 'utf8',
    });
    if (before.status === 0) entries.push(`${mode} blob ${before.stdout.trim()}\t${file}\0`);
  }
  const edited = [...firstEdit.keys()].filter((f) => entries.some((e) => e.endsWith(`\t${f}\0`))).length;
  const index = path.join(os.tmpdir(), `trial-index-${process.pid}-${Date.now()}`);
  const env = { ...process.env, GIT_INDEX_FILE: index };
  try {
    const run = (argv, input) => {
      const r = spawnSync('git', argv, { cwd: repo, env, input, encoding: 'utf8', maxBuffer: 1 << 30 });
      if (r.status !== 0) throw new Error(`git ${argv.join(' ')}: ${r.stderr}`);
      return r.stdout.trim();
    };
    run(['read-tree', '--empty']);
    run(['update-index', '-z', '--index-info'], entries.join(''));
    const tree = run(['write-tree']);
    // No parent: `<base>..<ref>` then spans the owners' commits made before the generation too.
    const commit = run(['commit-tree', tree, '-m', 'trial: the generation before the owners edits']);
    return { commit, edited };
  } finally {
    rmSync(index, { force: true });
  }
}

// Whether a commit before `commit` (in its history) deleted `file`.
function deletedBefore(repo, commit, file) {
  const r = spawnSync('git', ['log', '--diff-filter=D', '--format=%H', '-1', `${commit}^`, '--', literal(file)], {
    cwd: repo,
    encoding: 'utf8',
  });
  return r.status === 0 && r.stdout.trim() !== '';
}

// Which commits removed a hunk's lines: those that lowered the count of its longest line (git's pickaxe).
function removedByOwners(repo, base, ref, file, removed, stainless) {
  const probe = [...removed].sort((a, b) => b.trim().length - a.trim().length)[0]?.trim();
  if (!probe) return false;
  const r = spawnSync('git', ['log', '--format=%H', '-S', probe, `${base}..${ref}`, '--', literal(file)], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  // (The pickaxe finds the commits that added the line too: only those that took it out count.)
  const count = (rev) => {
    const shown = spawnSync('git', ['show', `${rev}:${file}`], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
    return shown.status === 0 ? shown.stdout.split(probe).length - 1 : 0;
  };
  const commits = r.stdout.split('\n').filter((c) => c !== '' && count(c) < count(`${c}^`));
  return commits.length > 0 && commits.some((c) => !stainless.has(c, file));
}

export function norm(s) {
  return s.replace(/\s+/g, '');
}

function parseHunks(diff) {
  const out = [];
  let cur = null;
  for (const line of diff.split('\n')) {
    const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (m) {
      cur = { header: line, newStart: +m[3], added: [], removed: [], text: line + '\n' };
      cur.next = cur.newStart;
      out.push(cur);
      continue;
    }
    if (!cur || line.startsWith('\\')) continue;
    if (line.startsWith('+') && !line.startsWith('+++')) {
      cur.added.push({ line: cur.next++, text: line.slice(1) });
      cur.text += line + '\n';
    } else if (line.startsWith('-') && !line.startsWith('---')) {
      cur.removed.push(line.slice(1));
      cur.text += line + '\n';
    }
  }
  return out;
}

// Whether every line of `file` at `ref` was written by one of Stainless's commits (blamed only when one of them
// touched the file at all). A reformat is not writing: a text that, whitespace aside, is as a person's commit left
// it (openai-node's tests/api-resources/*.json, one line each, spread over lines by a generation's Prettier) is theirs.
function writtenByStainless(repo, ref, file, stainless, byHunks = false) {
  // (`byHunks`: a mixed commit's lines, lib/squashed-releases.mjs, read hunk by hunk. A module a mixed squash created
  // without the banner, in no hunk of people's, is then Stainless's, cerebras-python's `_utils/_resources_proxy.py`;
  // migrate's owners/rewritten-by-stainless.ts says so only where sdkgen writes a module at its path, so the harness
  // does too, checks.mjs 2: a person's own new file pushed onto a release pull request stays theirs elsewhere.)
  // (Asked once a file for an analysis, `stainless` being its own: each owners' file is read twice, file by file and by
  // mixed commits' hunks, and openai-node's 280 made the analysis slow.)
  const memo = (stainless.memo ??= new Map());
  const once = (key, read) => (memo.has(key) ? memo.get(key) : memo.set(key, read()).get(key));
  // (Either reading's question: a commit of Stainless's or a mixed one.)
  const sought = (c) => stainless.has(c, file) || stainless.mixed.has(c);
  const touchers = once(`log\0${ref}\0${file}`, () => touchersOf(repo, ref, ref, file, sought));
  const mixed = (c) => byHunks && stainless.mixed.has(c);
  if (!touchers.some((c) => stainless.has(c, file) || mixed(c))) return false;
  const blame = once(`blame\0${ref}\0${file}`, () => blameLines(repo, ref, file, ['-w']));
  if (blame.length === 0 || !blame.every((c, i) => stainless.has(c, file, byHunks ? blame.orig[i] : undefined)))
    return false;
  const text = (commit) =>
    once(`show\0${commit}\0${file}`, () =>
      spawnSync('git', ['show', `${commit}:${file}`], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 }),
    );
  const atRef = norm(text(ref).stdout);
  return !touchers.some((c) => {
    if (stainless.has(c, file) || mixed(c)) return false;
    const theirs = text(c);
    return theirs.status === 0 && norm(theirs.stdout) === atRef;
  });
}

function blameLines(repo, ref, file, options = []) {
  const r = spawnSync('git', ['blame', '--porcelain', ...options, ref, '--', file], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  // (`lines.orig`: each line's number in the commit blamed.)
  const [lines, orig] = [[], []];
  for (const l of r.stdout.split('\n')) {
    const m = /^([0-9a-f]{40}) (\d+) (\d+)/.exec(l);
    if (m) [lines[+m[3] - 1], orig[+m[3] - 1]] = [m[1], +m[2]];
  }
  lines.orig = orig;
  return lines;
}

function commitExists(repo, sha) {
  return spawnSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: repo }).status === 0;
}

function catBatchCheck(repo, objs) {
  const r = spawnSync('git', ['cat-file', '--batch-check=%(objectname)'], {
    cwd: repo,
    input: objs.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return r.stdout
    .split('\n')
    .slice(0, objs.length)
    .map((l) => (/^[0-9a-f]{40}$/.test(l) ? l : null));
}

function gitGrepFiles(repo, ref, text) {
  const r = spawnSync('git', [...GIT_PATHS_AS_THEY_ARE, 'grep', '-l', '-F', text, ref], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(ref.length + 1));
}

// Paths as they are: git writes one with a byte outside ASCII quoted and escaped ("types/completion.py\342\200\216",
// ctxos's file whose name ends in U+200E), which no file is named, unless told not to.
export const GIT_PATHS_AS_THEY_ARE = ['-c', 'core.quotePath=false'];

export function sh(cmd, argv, cwd) {
  if (cmd === 'git') argv = [...GIT_PATHS_AS_THEY_ARE, ...argv];
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} (in ${cwd}) exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}
