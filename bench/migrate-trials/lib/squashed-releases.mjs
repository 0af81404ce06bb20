// Releases Stainless's bot squash-merged into main in a repository without a `generated` branch (cerebras-cloud-sdk-node,
// openai-node): release-please's pull request holds the generator's commits, and the squash (`release: 1.91.0 (#381)`,
// its body the squashed commits' `* subject` list) is the only record of Stainless's output there, so it is a candidate
// for the base. A person who pushed a commit onto that pull request is named in its `Co-authored-by:` trailers, and
// which of its lines are theirs is no longer in git: such a mixed squash is read file by file. Its change to a file
// people's own commits had already changed (one older than the squash) is theirs, as is a file it created without
// Stainless's header; its change to any other file (one a person first edited only after it, too) is Stainless's. In a
// file of people's, a hunk of it is theirs only where it touches lines their own commits wrote (followed through
// history as git blame does), Stainless's elsewhere. A person's commit the bot co-authored is mixed too. A file it moved (git's rename detection, -M) with its whole folder it did not
// create (cerebras-python's package, moved in release 0.3.0). The same reading as sdkgen's
// generator/migrate/repository/squashed-releases.ts and moves.ts, written out again so that the harness measures
// without sdkgen's code.
import { spawnSync } from 'node:child_process';
import { literal } from './file-logs.mjs';

const HEADER = 'File generated from our OpenAPI spec by Stainless';

// A commit not by Stainless's bot whose squash list (its body's `* ` items) names a commit of Stainless's generator,
// with no trailer naming the bot, is mixed too: someone squash-merged Stainless's pull request and dropped the
// `Co-authored-by:` lines, or merged release-please's (`release: 0.4.0 (#281)`, `* release: 0.4.0` among their own). A
// title is the generator's where only Stainless writes it, or where the bot's own commits of the history bear it or
// list it (a conventional title: `type(scope): …`). The same reading as sdkgen's
// generator/migrate/repository/generator-titles.ts.
const GENERATOR_ONLY =
  /^(feat\(api\): (api update|manual updates|update via SDK Studio|OpenAPI spec update via Stainless API)|codegen metadata|chore\(internal\): codegen related update|chore: update SDK settings|chore: configure new SDK language)$/i;

const titleKey = (title) =>
  title
    .replace(/\s*\(#\d+\)\s*$/, '')
    .replace(/\bv?\d+\.\d+\.\d+(?:[-+][\w.]+)?/g, '<version>')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const listed = (message) =>
  [
    ...(message ?? '')
      .trim()
      .split('\n')
      .slice(1)
      .join('\n')
      .matchAll(/^\* (.+)$/gm),
  ].map((m) => m[1]);

/** The titles of the generator's commits: the subjects of `messages` (the bot's own) and the items they list. */
export function generatorTitles(messages) {
  const titles = new Set();
  for (const message of messages) {
    titles.add(titleKey((message ?? '').trim().split('\n')[0]));
    for (const title of listed(message)) titles.add(titleKey(title));
  }
  return titles;
}

// release-please's changelog sections, by the conventional type of the commits each lists.
const SECTION_TYPES = {
  features: 'feat',
  'bug fixes': 'fix',
  chores: 'chore',
  documentation: 'docs',
  refactors: 'refactor',
  'build system': 'build',
  'performance improvements': 'perf',
  styles: 'style',
  tests: 'test',
  reverts: 'revert',
  'continuous integration': 'ci',
};

/**
 * The commit titles a release pull request's changelog lists, where a squash message is its body ("Automated Release
 * PR": `### Features`, `* **api:** api update`, wrapped, with its links): as migrate reads it (generator-titles.ts).
 */
export function changelogTitles(message) {
  if (!/^(?:Automated Release PR|:robot: I have created a release)/m.test(message ?? '')) return [];
  const titles = [];
  let type;
  let item = null;
  const done = () => {
    if (item === null || type === undefined) return;
    const text = item
      .replace(/\(\[[^\]]*\]\([^)]*\)\)/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const scoped = /^\*\*([^*]+?):\*\* (.+)$/.exec(text);
    titles.push(scoped ? `${type}(${scoped[1]}): ${scoped[2]}` : `${type}: ${text}`);
    item = null;
  };
  for (const line of message.split('\n')) {
    const section = /^#{2,3} (.+?)\s*$/.exec(line);
    if (section || line.trim() === '' || line.startsWith('---')) {
      done();
      if (section) type = SECTION_TYPES[section[1].toLowerCase()];
    } else if (line.startsWith('* ')) {
      done();
      item = line.slice(2);
    } else if (item !== null) item += ` ${line}`;
  }
  done();
  return titles;
}

/** Whether `message` lists a commit of the generator (`known`: generatorTitles). */
export function listsGeneratorCommits(message, known) {
  return [...listed(message), ...changelogTitles(message)]
    .map(titleKey)
    .some((t) => GENERATOR_ONLY.test(t) || (/^[a-z]+(\([^)]*\))?!?: \S/.test(t) && known.has(t)));
}

/** Whether a commit message is the squash of a release pull request: a release's subject, then a `* ` list. */
export function squashedRelease(body) {
  return /^release\b[^\n]*\n\s*\n\* /i.test((body ?? '').trim());
}

/**
 * Stainless's commits (a Set of shas) that also answers, given a file, for the mixed release squashes (`mixed`): one of
 * them is Stainless's for a file people's own commits had not changed before it (`peoplesChanges`, by squash) and that
 * it did not create without Stainless's header.
 */
export class StainlessCommits extends Set {
  constructor(repo, commits = [], mixed = new Set(), peoplesChanges = new Map()) {
    super(commits);
    this.repo = repo;
    this.mixed = mixed;
    this.peoplesChanges = peoplesChanges;
    this.created = new Map();
  }

  // Given `line` (its number in `commit`'s version of `file`, as git blame's porcelain gives it), a mixed commit's line
  // is read hunk by hunk: Stainless's unless it lies in a hunk that touches lines people's own commits wrote.
  has(commit, file, line) {
    if (super.has(commit)) return true;
    if (file === undefined || !this.mixed.has(commit)) return false;
    if (line !== undefined) return !this.peoplesLine(commit, file, line);
    if (this.peoplesChanges.get(commit)?.has(file)) return false;
    if (this.movedFrom(commit, file) !== undefined) return true;
    // (A path Stainless's own commits had written before is its scaffolding brought back: cerebras-ts's release doctor,
    // dropped by release 0.3.0 and created again by the mixed release 1.79.0. As migrate's peoplesFile.)
    if (this.stainlessFirst().first.get(file) < this.stainlessFirst().at.get(commit)) return true;
    return !this.createdWithoutHeader(commit, file);
  }

  // Whether line `line` of `file` as mixed commit `commit` left it lies in a hunk of its that is people's: the file one
  // people's own commits had changed before it, and the hunk touching (or, an insertion, beside) a line of theirs, or
  // replacing lines as such a hunk of the commit does (the same lines out and in, indentation aside: one edit of
  // theirs made throughout the file, cerebras-python 0.4.0's README model names).
  peoplesLine(commit, file, line) {
    if (!this.peoplesChanges.get(commit)?.has(file)) return false;
    const spans = this.spans(commit, file);
    const span = spans.find((s) => line >= s.newStart && line < s.newStart + s.newCount);
    if (span === undefined) return false;
    const theirs = this.peoplesLines(`${commit}^`, file);
    if (theirs === null) return true;
    const touches = (s) =>
      (s.oldCount > 0
        ? Array.from({ length: s.oldCount }, (_, i) => s.oldStart + i)
        : [s.oldStart, s.oldStart + 1]
      ).some((n) => theirs.has(n));
    if (touches(span)) return true;
    return span.change !== '' && spans.some((s) => s.change === span.change && touches(s));
  }

  // The lines of `file` at `rev` people wrote: blamed on a commit neither Stainless's nor mixed, or on a mixed commit's
  // hunk that is people's. Null where git cannot blame it.
  peoplesLines(rev, file) {
    this.lines ??= new Map();
    const key = `${rev}\0${file}`;
    if (this.lines.has(key)) return this.lines.get(key);
    const r = spawnSync('git', ['blame', '--porcelain', rev, '--', file], {
      cwd: this.repo,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (r.status !== 0) {
      this.lines.set(key, null);
      return null;
    }
    const theirs = new Set();
    for (const l of r.stdout.split('\n')) {
      const m = /^([0-9a-f]{40}) (\d+) (\d+)/.exec(l);
      if (m && !this.has(m[1], file, +m[2])) theirs.add(+m[3]);
    }
    this.lines.set(key, theirs);
    return theirs;
  }

  // `commit`'s hunks of `file` (no context): where each was and is.
  spans(commit, file) {
    this.spansOf ??= new Map();
    const key = `${commit}\0${file}`;
    if (!this.spansOf.has(key)) {
      const diff = spawnSync(
        'git',
        ['show', '--format=', '-U0', '--no-color', '--no-renames', commit, '--', literal(file)],
        {
          cwd: this.repo,
          encoding: 'utf8',
          maxBuffer: 1 << 30,
        },
      ).stdout;
      const spans = [];
      for (const l of diff.split('\n')) {
        const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(l);
        if (m) {
          spans.push({
            oldStart: +m[1],
            oldCount: m[2] === undefined ? 1 : +m[2],
            newStart: +m[3],
            newCount: m[4] === undefined ? 1 : +m[4],
            out: [],
            in: [],
          });
        } else if (spans.length > 0 && /^[-+]/.test(l))
          spans.at(-1)[l[0] === '-' ? 'out' : 'in'].push(l.slice(1).trim());
      }
      // (What each replaced with what; '' for a hunk that only inserts or only removes.)
      for (const s of spans)
        s.change = s.out.length > 0 && s.in.length > 0 ? `${s.out.join('\n')}\0${s.in.join('\n')}` : '';
      this.spansOf.set(key, spans);
    }
    return this.spansOf.get(key);
  }

  // Where each commit of HEAD's history comes, oldest first (`at`), and for each file the first place where one of
  // Stainless's own commits (of this set, not mixed) changed it (`first`).
  stainlessFirst() {
    if (this.first === undefined) {
      const log = spawnSync(
        'git',
        ['log', '--no-merges', '--no-renames', '--reverse', '--format=%x01%H', '--name-only', 'HEAD'],
        { cwd: this.repo, encoding: 'utf8', maxBuffer: 1 << 30 },
      ).stdout;
      this.first = { first: new Map(), at: new Map() };
      for (const entry of log.split('\x01')) {
        const [sha, ...files] = entry.split('\n').filter(Boolean);
        if (!sha) continue;
        this.first.at.set(sha, this.first.at.size);
        if (super.has(sha))
          for (const f of files) if (!this.first.first.has(f)) this.first.first.set(f, this.first.at.get(sha));
      }
    }
    return this.first;
  }

  // The path `commit` moved `file` from, where the move is followed: a whole folder's.
  movedFrom(commit, file) {
    const moves = movesOf(this.repo).get(commit) ?? [];
    return folderMoves(this.repo, commit, moves).find((m) => m.to === file)?.from;
  }

  createdWithoutHeader(commit, file) {
    const key = `${commit}\0${file}`;
    if (!this.created.has(key)) {
      const git = (...a) => spawnSync('git', a, { cwd: this.repo, encoding: 'utf8', maxBuffer: 1 << 30 });
      const before = git('rev-parse', '--verify', '-q', `${commit}^:${file}`);
      const now = before.status === 0 ? null : git('show', `${commit}:${file}`);
      this.created.set(key, now !== null && now.status === 0 && !now.stdout.slice(0, 600).includes(HEADER));
    }
    return this.created.get(key);
  }
}

/**
 * For each of the `mixed` squashes, the files it changed that a commit of `ref`'s history not by Stainless's bot
 * (`isBot(identity)`) had changed before it, merges aside.
 */
export function peoplesChanges(repo, ref, isBot, mixed) {
  const out = spawnSync(
    'git',
    ['log', '--no-merges', '--no-renames', '--name-only', '--reverse', '--format=%x01%H %an <%ae>', ref],
    { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 },
  ).stdout;
  const files = new Set();
  const changes = new Map();
  for (const entry of out.split('\x01')) {
    const [head, ...lines] = entry.split('\n');
    if (!head) continue;
    const [sha, identity] = [head.slice(0, head.indexOf(' ')), head.slice(head.indexOf(' ') + 1).trim()];
    const names = lines.map((name) => name.trim()).filter((name) => name !== '');
    if (mixed.has(sha)) changes.set(sha, new Set(names.filter((name) => files.has(name))));
    else if (!isBot(identity)) for (const name of names) files.add(name);
  }
  return changes;
}

const MOVES = new Map();

/** The files each commit of `ref`'s history moved (git's rename detection), as `{ from, to }`, by commit. */
export function movesOf(repo, ref = 'HEAD') {
  const key = `${repo}\0${ref}`;
  if (MOVES.has(key)) return MOVES.get(key);
  const log = spawnSync(
    'git',
    ['log', '--no-merges', '-M', '--diff-filter=R', '--name-status', '--format=%x01%H', ref],
    { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 },
  ).stdout;
  const moves = new Map();
  for (const entry of log.split('\x01')) {
    const [sha, ...lines] = entry.split('\n');
    const found = lines
      .map((line) => line.split('\t'))
      .filter((f) => /^R\d*$/.test(f[0]) && f.length === 3)
      .map(([, from, to]) => ({ from, to }));
    if (sha.trim() && found.length > 0) moves.set(sha.trim(), found);
  }
  MOVES.set(key, moves);
  return moves;
}

/** Of `moves`, a whole folder's: two or more files moved with the rest of their paths kept, the old folder gone. */
export function folderMoves(repo, commit, moves) {
  const roots = new Map();
  for (const move of moves) {
    const [a, b] = [move.from.split('/'), move.to.split('/')];
    let kept = 0;
    while (kept < a.length - 1 && kept < b.length - 1 && a[a.length - 1 - kept] === b[b.length - 1 - kept]) kept++;
    if (kept === 0) continue;
    const root = `${a.slice(0, a.length - kept).join('/')}\0${b.slice(0, b.length - kept).join('/')}`;
    roots.set(root, [...(roots.get(root) ?? []), move]);
  }
  const whole = [];
  for (const [root, together] of roots) {
    const from = root.split('\0')[0];
    if (together.length < 2) continue;
    const left = spawnSync('git', ['ls-tree', '--name-only', commit, '--', `${from}/`], {
      cwd: repo,
      encoding: 'utf8',
    });
    if (left.stdout.trim() === '') whole.push(...together);
  }
  return whole;
}
