// The base an entry names (`migrateArgs: ["--base", <commit>]`, as the owners would pass it to migrate), measured as
// the harness measures a generation it finds: apollo-python's owners ran Stainless's CLI themselves and committed its
// output with their own notes and tooling (`5ef8561`, the package at `src/` itself), then moved the package to
// `src/apollo/` by hand. Measured against the bot's older generation instead, every file of that build was theirs.
//
// - The package is read where the ref has it, as Stainless would have written it under the ref's name: the base's
//   package folder (the one holding `_client.py`) moved to the ref's, and the old import name replaced by the new, as a
//   word, in every text (`import src`, `from src.types import …`): the rename is no edit of theirs to look for.
// - A file of that commit is the owners' when it has no Stainless header, lies outside the package (or in its `lib/`,
//   where Stainless writes only a placeholder), and no commit of Stainless's (`stainless`, the set owners.mjs finds)
//   ever touched that path: their notes, their scripts, their tooling configs committed beside the build. Those are
//   left out of the base, and counted with the owners' files check 2 wants byte-identical.
import { spawnSync } from 'node:child_process';
import { literal } from './file-logs.mjs';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const HEADER = 'File generated from our OpenAPI spec by Stainless';

/** The folder of a tree's Python package (`src/<name>/`, or `src/` itself), from its `_client.py`; null without one. */
export function packageFolder(files) {
  for (const f of files) {
    const m = /^src\/([A-Za-z_]\w*)\/_client\.py$/.exec(f);
    if (m) return `src/${m[1]}/`;
  }
  return files.includes('src/_client.py') ? 'src/' : null;
}

/**
 * The named base as a commit (a child of it, not on any branch, when the package moved) and the files of it that are
 * the owners'. `git` runs git in the clone; `stainless` holds Stainless's commits.
 */
export function namedBase(repo, named, ref, stainless) {
  const git = (...a) => run(repo, a);
  const commit = git('rev-parse', '--verify', `${named}^{commit}`).trim();
  const files = git('ls-tree', '-r', '--name-only', commit).split('\n').filter(Boolean);
  const from = packageFolder(files);
  const to = packageFolder(git('ls-tree', '-r', '--name-only', ref).split('\n').filter(Boolean));
  const inPackage = (f) =>
    from !== null && f.startsWith(from) && !(from === 'src/' && to !== null && to !== from && f.startsWith(to));
  const withHeader = new Set(
    spawnSync('git', ['grep', '-l', '-F', HEADER, commit], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 })
      .stdout.split('\n')
      .filter(Boolean)
      .map((l) => l.slice(commit.length + 1)),
  );
  const branches = ['origin/generated'].filter(
    (b) => spawnSync('git', ['rev-parse', '--verify', '-q', b], { cwd: repo }).status === 0,
  );
  const ownersFiles = [];
  for (const f of files) {
    if (withHeader.has(f)) continue;
    const inLib = inPackage(f) && /(^|\/)lib\//.test(f.slice(from.length)) && !/(^|\/)\.keep$/.test(f);
    if (inPackage(f) && !inLib) continue;
    const touchers = git('rev-list', commit, ...branches, '--', literal(f))
      .split('\n')
      .filter(Boolean);
    if (inLib || !touchers.some((c) => stainless.has(c))) ownersFiles.push(f);
  }
  const moved = from !== null && to !== null && from !== to;
  const how =
    `named by the entry's --base (${commit.slice(0, 10)})` +
    (moved ? `, its package ${from} read at ${to} under that name` : '') +
    (ownersFiles.length
      ? `, ${ownersFiles.length} file(s) of it the owners' (no commit of Stainless's touched them)`
      : '');
  if (!moved) return { commit, ownersFiles, how };
  return {
    commit: movedPackage(repo, commit, from, to),
    ownersFiles: ownersFiles.map((f) => (inPackage(f) ? to + f.slice(from.length) : f)),
    how,
  };
}

// A commit whose tree is `commit`'s with the package folder `from` at `to` (its parent `commit`, so that
// `<base>..<ref>` spans the commits after it alone).
function movedPackage(repo, commit, from, to) {
  const entries = [];
  const oldName = from === 'src/' ? 'src' : from.slice('src/'.length, -1);
  const newName = to.slice('src/'.length, -1);
  // (The name `src` is also the folder's: only where it names the module is it replaced.)
  const word =
    oldName === 'src' ? /\bsrc(?=\.[A-Za-z_]|\s+import\b)|(?<=\bimport\s+)src\b/g : new RegExp(`\\b${oldName}\\b`, 'g');
  for (const line of run(repo, ['ls-tree', '-r', '-z', commit]).split('\0')) {
    const m = /^(\d+) blob ([0-9a-f]+)\t(.+)$/s.exec(line);
    if (!m) continue;
    const [, mode, blob, file] = m;
    const at = file.startsWith(from) && !(from === 'src/' && file.startsWith(to)) ? to + file.slice(from.length) : file;
    entries.push(`${mode} blob ${renamedBlob(repo, blob, word, newName)}\t${at}\0`);
  }
  const index = path.join(os.tmpdir(), `trial-named-index-${process.pid}-${Date.now()}`);
  const env = { ...process.env, GIT_INDEX_FILE: index };
  try {
    run(repo, ['read-tree', '--empty'], env);
    run(repo, ['update-index', '-z', '--index-info'], env, entries.join(''));
    const tree = run(repo, ['write-tree'], env).trim();
    return run(
      repo,
      ['commit-tree', tree, '-p', commit, '-m', `trial: ${from} of the named base at ${to}`],
      env,
    ).trim();
  } finally {
    rmSync(index, { force: true });
  }
}

// The blob with `word` replaced by `name` in its text (written to the clone's objects), or as it is.
function renamedBlob(repo, blob, word, name) {
  const shown = spawnSync('git', ['cat-file', 'blob', blob], { cwd: repo, maxBuffer: 1 << 30 });
  const bytes = shown.stdout;
  if (shown.status !== 0 || bytes.includes(0) || bytes.length > 4 * 1024 * 1024) return blob;
  const text = bytes.toString('utf8');
  const renamed = text.replace(word, name);
  if (renamed === text) return blob;
  return run(repo, ['hash-object', '-w', '--stdin'], process.env, renamed).trim();
}

function run(repo, argv, env = process.env, input = undefined) {
  const r = spawnSync('git', argv, { cwd: repo, env, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${argv.join(' ')} (in ${repo}) exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}
