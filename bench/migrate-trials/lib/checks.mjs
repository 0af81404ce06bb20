// Checks 2, 3, 4, 7 and 8 of issue 76, on the migrated work tree against the owners' analysis (owners.mjs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GIT_PATHS_AS_THEY_ARE, HEADER, norm, sh } from './owners.mjs';
import { hasResult } from './already-done.mjs';
import { narrowingDone, narrowingOf } from './python-narrowing.mjs';
import { addsOnlyComments } from './comment-only.mjs';
import { onlyTypes } from './types-only.mjs';
import { movedLine } from './carried-elsewhere.mjs';
import { linesAtAnotherDepth } from './python-depth.mjs';
import { literal } from './file-logs.mjs';

// 2. Every owners' file byte-identical at its path.
export function checkOwnersFiles(repo, ref, owners) {
  const gone = [];
  const changed = [];
  // A file of theirs whose every line is Stainless's by a mixed commit's hunks (lib/owners.mjs) is Stainless's where
  // sdkgen writes a module at its path (its manifest lists it), as migrate takes it: a note.
  let written = new Set();
  try {
    written = new Set(Object.keys(JSON.parse(fs.readFileSync(path.join(repo, '.sdkgen/manifest.json'), 'utf8')).files));
  } catch {
    // no manifest: migrate did not finish
  }
  const bySdkgen = [];
  for (const f of owners.ownersFiles) {
    const p = path.join(repo, f);
    const orig = blob(repo, ref, f);
    // (A symbolic link, to a directory say, is compared by where it links: git keeps that as its blob.)
    const link = fs.existsSync(p) && fs.lstatSync(p).isSymbolicLink();
    const kept = fs.existsSync(p) && (link ? fs.readlinkSync(p) === orig.toString() : fs.readFileSync(p).equals(orig));
    if (!kept && written.has(f) && (owners.stainlessWhereSdkgenWrites ?? []).includes(f)) bySdkgen.push(f);
    else if (!fs.existsSync(p)) gone.push(f);
    else if (!link && !fs.readFileSync(p).equals(orig)) changed.push(`${f} (${diffStat(repo, ref, f)})`);
  }
  // Files the bots added outside the base (CHANGELOG.md…): reported, not counted.
  const botGone = owners.botAddedFiles.filter((f) => !fs.existsSync(path.join(repo, f)));
  const fail = gone.length + changed.length;
  const reason = fail
    ? `${fail}/${owners.ownersFiles.length} owners' files not byte-identical: ${[...changed.map((c) => `changed ${c}`), ...gone.map((g) => `removed ${g}`)].slice(0, 12).join('; ')}${fail > 12 ? ` …+${fail - 12}` : ''}`
    : `${owners.ownersFiles.length - bySdkgen.length} owners' files identical`;
  return {
    status: fail ? 'fail' : 'pass',
    reason:
      reason +
      (botGone.length ? ` (note: bot-added files removed: ${botGone.join(', ')})` : '') +
      (bySdkgen.length
        ? ` (note: Stainless's by its mixed release squashes' hunks, sdkgen's module written there: ${bySdkgen.join(', ')})`
        : ''),
    details: { gone, changed, botGone, bySdkgen },
  };
}

// 3. package.json keeps every item the owners added or changed against the base, at their version.
export function checkPackageJson(repo, ref, owners) {
  const refPkg = JSON.parse(blob(repo, ref, 'package.json').toString());
  let basePkg = {};
  try {
    basePkg = JSON.parse(blob(repo, owners.base, 'package.json').toString());
  } catch {
    // the base had no package.json
  }
  let mig;
  try {
    mig = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  } catch (e) {
    return { status: 'fail', reason: `package.json unreadable: ${e.message}` };
  }
  const problems = [];
  const items = [];
  const byStainless = [];
  // An item is the owners' unless the package.json line that declares it was written by one of Stainless's commits.
  const stainlessWrote = (key, value) => {
    const l = (owners.packageJsonLines ?? []).find(
      (x) =>
        x.text.startsWith(`${JSON.stringify(key)}:`) &&
        (value === undefined || typeof value === 'object' || x.text.includes(JSON.stringify(value))),
    );
    return l ? l.stainless : false;
  };
  const depSecs = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
  const migDep = (name, own) => {
    if (mig[own]?.[name] !== undefined) return { sec: own, v: mig[own][name] };
    for (const s of depSecs) if (mig[s]?.[name] !== undefined) return { sec: s, v: mig[s][name] };
    return null;
  };
  for (const sec of depSecs) {
    for (const [name, v] of Object.entries(refPkg[sec] ?? {})) {
      if (basePkg[sec]?.[name] === v) continue;
      if (stainlessWrote(name, v)) {
        byStainless.push(`${sec}.${name}`);
        continue;
      }
      items.push(`${sec}.${name}`);
      const m = migDep(name, sec);
      if (!m) problems.push(`${sec}.${name}@${v} dropped`);
      else if (m.v !== v) {
        const cmp = compareRanges(m.v, v);
        if (cmp === null) problems.push(`${sec}.${name}: ${v} → ${m.v} (not comparable)`);
        else if (cmp < 0) problems.push(`${sec}.${name}: ${v} lowered to ${m.v}`);
        else if (m.sec !== sec && !(sec === 'peerDependencies')) problems.push(`${sec}.${name} moved to ${m.sec}`);
      }
    }
  }
  for (const [k, v] of Object.entries(refPkg)) {
    if (depSecs.includes(k)) continue;
    if (k === 'version') {
      items.push('version');
      if (mig.version !== v) problems.push(`version ${v} → ${mig.version}`);
      continue;
    }
    if (JSON.stringify(basePkg[k]) === JSON.stringify(v)) continue;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [sk, sv] of Object.entries(v)) {
        if (JSON.stringify(basePkg[k]?.[sk]) === JSON.stringify(sv)) continue;
        if (stainlessWrote(sk, typeof sv === 'object' ? undefined : sv)) {
          byStainless.push(`${k}.${sk}`);
          continue;
        }
        items.push(`${k}.${sk}`);
        const mv = mig[k]?.[sk];
        if (mv === undefined) problems.push(`${k}.${sk} dropped (was ${JSON.stringify(sv).slice(0, 80)})`);
        else if (typeof sv !== 'object' && mv !== sv)
          problems.push(`${k}.${sk}: ${JSON.stringify(sv).slice(0, 80)} → ${JSON.stringify(mv).slice(0, 80)}`);
      }
    } else {
      if (stainlessWrote(k, v)) {
        byStainless.push(k);
        continue;
      }
      items.push(k);
      if (JSON.stringify(mig[k]) !== JSON.stringify(v))
        problems.push(`${k}: ${JSON.stringify(v).slice(0, 80)} → ${JSON.stringify(mig[k])?.slice(0, 80)}`);
    }
  }
  return {
    status: problems.length ? 'fail' : 'pass',
    reason:
      (problems.length
        ? `${problems.length}/${items.length} owners' items not kept: ${problems.join('; ')}`
        : `${items.length} owners' items kept (${items.join(', ')})`) +
      (byStainless.length
        ? ` (changed since the base by Stainless's commits, not counted: ${byStainless.join(', ')})`
        : ''),
    details: { items, problems, byStainless },
  };
}

// 4. Every owners' hunk still present in the migrated file at the same path: each non-trivial line the owners
// added occurs in it (whitespace ignored), and a hunk that only removed lines has them not back as a block (back:
// the block occurs more often than in the file at `ref`, which may hold the same lines elsewhere, as a test whose
// parameter moved from the optional ones to the required ones does).
//
// A hunk wholly missing (in a TypeScript module of src/, partly too) that migrate's report lists as done by sdkgen
// (`doneBySdkgen`, see below) counts as carried when the test the report names is in sdkgen's tests (one listed item a hunk of its file). A hunk of a
// file the report lists as having edits already done (`alreadyDone`, already-done.mjs) counts as carried when the
// migrated file has its result as already-done.mjs judges it (at most the listed number of hunks of the file).
//
// A hunk of a file the migration removed that adds only comments (comment-only.mjs), where migrate's report lists the
// file as edited only in its comments (`commentOnly`), counts as carried: the code it comments is gone.
//
// An added line missing as it is, where migrate's report says the file's carried lines read sdkgen's name for a local of
// Stainless's (`renamedLocals`: `{ path, from, to }`, renamed-locals.mjs), counts as there when the line with that name
// read as sdkgen's is (the value is the same; the report shows the owner each such rename).
//
// In a Python module, a hunk whose lines are all there but one of them in another block than the owners put it in (the
// statements beside it enclosed otherwise than at the ref) is not carried, whatever else would credit it
// (python-depth.mjs).
//
// An added line migrate's report says went into another file (`carriedTo`: their file → those files, read by
// carried-elsewhere.mjs) counts as there when one of those files has it, read as moved (carried-elsewhere.mjs).
/** A TypeScript module of the SDK (not a test). */
const TS_MODULE = /^src\/.*\.[cm]?tsx?$/;
/**
 * A line that opens a test or a suite (`describe(`, `it.each(…)(`, `test.skip(`; Python's `def test_…`, `class Test…`):
 * a hunk adding one adds a test.
 */
const OPENS_A_TEST = /^\s*(?:(?:describe|it|test)(?:\.\w+)*\s*\(|(?:async\s+)?def\s+test|class\s+Test)/;

/** Whether a hunk of a Python module adds import lines alone (a parenthesised list's lines too) and removes none else. */
function importsOnly(h) {
  if (!h.file.endsWith('.py')) return false;
  const code = (lines) => lines.map((l) => l.replace(/\n$/, '')).filter((l) => l.trim() !== '');
  const added = code(h.added.map((a) => a.text));
  let inList = false;
  const isImport = (line) => {
    if (inList) {
      inList = !line.includes(')');
      return true;
    }
    if (!/^\s*(?:from\s+\S+\s+)?import\s/.test(line)) return false;
    inList = line.includes('(') && !line.includes(')');
    return true;
  };
  return (
    added.length > 0 && added.every(isImport) && code(h.removed).every((l) => /^\s*(?:from\s+\S+\s+)?import\s/.test(l))
  );
}

/** The unified-diff hunk's new-side span (from 1) and all the lines it adds. */
function hunkSpan(h) {
  const [, start, count] = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(h.header) ?? [];
  if (start === undefined) return null;
  const n = count === undefined ? 1 : Number(count);
  const added = h.text
    .split('\n')
    .slice(1)
    .filter((l) => l.startsWith('+'))
    .map((l) => l.slice(1));
  // (`+c,0`: an insertion-free hunk after line c.)
  return { first: n === 0 ? Number(start) + 1 : Number(start), end: Number(start) + n + (n === 0 ? 1 : 0), added };
}

/** Whether `run` occurs, in order and contiguous, in `lines`. */
function holdsRun(lines, run) {
  for (let i = 0; i + run.length <= lines.length; i++) if (run.every((l, k) => lines[i + k] === l)) return true;
  return false;
}

/**
 * For each owners' hunk (by its index), the key of its group: consecutive hunks of a file whose in-between lines at the
 * ref (some) are a run one of them adds too, which another diff would take as one hunk (`atRef(file)`: the file's text
 * at the ref).
 */
export function editGroups(hunks, atRef) {
  const groupOf = hunks.map((h, index) => `${h.file}\0#${index}`);
  const byFile = new Map();
  hunks.forEach((h, index) => byFile.set(h.file, [...(byFile.get(h.file) ?? []), { h, index }]));
  for (const [file, list] of byFile) {
    const spans = list.map(({ h, index }) => ({ index, span: hunkSpan(h) })).filter((x) => x.span !== null);
    spans.sort((a, b) => a.span.first - b.span.first);
    const text = spans.length > 1 ? atRef(file) : null;
    const lines = text === null ? [] : text.split('\n');
    let group = 0;
    spans.forEach(({ index, span }, i) => {
      const prev = spans[i - 1]?.span;
      const between = prev ? lines.slice(prev.end - 1, span.first - 1) : [];
      const joined =
        prev &&
        between.length > 0 &&
        between.some((l) => l.trim() !== '') &&
        [prev.added, span.added].some((a) => holdsRun(a, between));
      if (!joined) group++;
      groupOf[index] = `${file}\0${group}`;
    });
  }
  return groupOf;
}

export function checkHunks(
  repo,
  owners,
  ref,
  doneBySdkgen = [],
  alreadyDone = [],
  commentOnly = [],
  typesOnly = [],
  runtimeTests = [],
  carriedTo = new Map(),
  renamedLocals = [],
) {
  const lost = [];
  const elsewhere = [];
  const withRuntimeTests = [];
  const partial = [];
  const done = [];
  const renamed = [];
  const already = [];
  const commentsOfGone = [];
  const unclaimed = [...doneBySdkgen];
  const alreadyLeft = new Map(alreadyDone.map((a) => [a.path, a.hunks]));
  const typesLeft = new Map(typesOnly.map((a) => [a.path, a.hunks]));
  const typed = [];
  let report = '';
  const trivial = (s) => (s.match(/[A-Za-z0-9]/g) ?? []).length < 3;
  const cache = new Map();
  // (For the already-done judge: a file as the ref has it, and another migrated file, each read once.)
  const refTexts = new Map();
  const atRef = (file) => {
    if (!refTexts.has(file)) {
      const shown = spawnSync('git', ['show', `${ref}:${file}`], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
      refTexts.set(file, shown.status === 0 ? shown.stdout : null);
    }
    return refTexts.get(file);
  };
  const migratedTexts = new Map();
  const migrated = (file) => {
    if (!migratedTexts.has(file))
      migratedTexts.set(
        file,
        fs.existsSync(path.join(repo, file)) ? fs.readFileSync(path.join(repo, file), 'utf8') : null,
      );
    return migratedTexts.get(file);
  };
  // (The owners' added lines of a Python module at another depth in the migrated one, read once a file.)
  const depths = new Map();
  const atAnotherDepth = (file) => {
    if (!depths.has(file)) {
      const lines = owners.hunks.filter((h) => h.file === file).flatMap((h) => h.added.map((a) => a.line));
      const [theirs, ours] = [atRef(file), migrated(file)];
      const known = lines.filter((line) => typeof line === 'number');
      depths.set(file, theirs === null || ours === null ? [] : [...linesAtAnotherDepth(theirs, ours, known)]);
    }
    return depths.get(file);
  };
  // Migrate's report counts its own hunks, and one of them may hold two of the harness's: where the lines between two
  // hunks of a file are lines one of them adds as well, another diff takes them as added and the two as one (hetzner-ts's
  // pagination: a page class's `nextPageInfo` and the next class added after it). Such hunks are charged once against
  // the listed number.
  const oneEditGroup = editGroups(owners.hunks, atRef);
  const chargedGroups = new Set();
  const deferred = [];
  const claim = (h) => {
    const claimed = unclaimed.findIndex((d) => d.path === h.file && d.testFound);
    if (claimed < 0) return false;
    const [item] = unclaimed.splice(claimed, 1);
    done.push({ file: h.file, header: h.header, does: item.does, test: item.test });
    report += `### ${h.file} ${h.header} — done by sdkgen's runtime, per migrate's report: ${item.does} (${item.test})\n${h.text}\n`;
    return true;
  };
  const notCarried = (h, missing, why, loose, text, significant, depth = false) => {
    if (loose) why += ' (present in another form: quotes, test→it, heading level or commas)';
    (missing.length >= significant || text === null ? lost : partial).push({
      file: h.file,
      header: h.header,
      why,
      loose,
      // (At another depth: no later judge of another form credits it, python-rescore.mjs.)
      ...(depth ? { depth } : {}),
    });
    report += `### ${h.file} ${h.header} — ${why}\n${h.text}${h.added.length ? `missing:\n${missing.map((m) => '  ' + m).join('\n')}\n` : ''}\n`;
  };
  for (const [index, h] of owners.hunks.entries()) {
    const p = path.join(repo, h.file);
    if (!cache.has(h.file)) cache.set(h.file, fs.existsSync(p) ? norm(fs.readFileSync(p, 'utf8')) : null);
    const text = cache.get(h.file);
    let missing;
    let why;
    if (text === null && commentOnly.includes(h.file) && addsOnlyComments(h, h.file)) {
      commentsOfGone.push({ file: h.file, header: h.header });
      report += `### ${h.file} ${h.header} — comments only, on a file the migration removed (listed so by migrate)\n${h.text}\n`;
      continue;
    } else if (runtimeTests.includes(h.file) && !h.added.some((a) => OPENS_A_TEST.test(a.text))) {
      // A change to Stainless's test of its runtime (which goes) adding no test: it goes with the runtime it tests;
      // also where sdkgen writes its own test of its runtime at that path (Jest's matchers renamed in Stainless's).
      withRuntimeTests.push({ file: h.file, header: h.header });
      report += `### ${h.file} ${h.header} — a change (no test added) to Stainless's test of its runtime, which goes with it (listed so by migrate)\n${h.text}\n`;
      continue;
    } else if (text === null) {
      missing = h.added.map((a) => a.text);
      why = 'file removed';
    } else if (h.added.length) {
      missing = h.added
        .map((a) => a.text)
        .filter(
          (t) =>
            !trivial(t) &&
            !text.includes(norm(t)) &&
            !text.includes(norm(t).replace(/[,;]$/, '')) &&
            !withoutOverride(text).includes(withoutOverride(norm(t))),
        );
      why = `${missing.length}/${h.added.filter((a) => !trivial(a.text)).length} added lines missing`;
    } else {
      const block = norm(h.removed.join(''));
      const refText = atRef(h.file);
      const before = refText !== null ? occurrences(norm(refText), block) : 0;
      missing = block.length > 8 && occurrences(text, block) > before ? h.removed : [];
      why = 'removed lines are back';
      // (Lines taken out of an annotation laid out over lines narrow it: not back says nothing of sdkgen's parameter.)
      const narrowing = missing.length === 0 && h.file.endsWith('.py') ? narrowingOf(h, refText ?? '') : null;
      if (narrowing !== null && !narrowingDone(narrowing, migrated(h.file) ?? '')) {
        missing = h.removed;
        why = `narrows \`${narrowing.params.map((p) => p.name).join('`, `')}\` of \`${narrowing.fn}\`, which the migrated function takes wider`;
      }
    }
    const significant = h.added.length ? h.added.filter((a) => !trivial(a.text)).length : 1;
    // (A Python module's lines all there, but one at another depth than the lines around it: not carried, whatever
    // else would credit it; python-depth.mjs.)
    if (missing.length === 0 && significant > 0 && text !== null && h.file.endsWith('.py') && h.added.length) {
      const deeper = atAnotherDepth(h.file).filter((line) => h.added.some((a) => a.line === line));
      if (deeper.length > 0) {
        const moved = h.added.filter((a) => deeper.includes(a.line)).map((a) => a.text);
        notCarried(
          h,
          moved,
          `${moved.length}/${significant} added lines at another depth than the lines around them`,
          false,
          text,
          significant,
          true,
        );
        continue;
      }
    }
    if (missing.length === 0 || significant === 0) continue;
    const renames = text === null || !h.added.length ? [] : renamedLocals.filter((r) => r.path === h.file);
    if (renames.length > 0) {
      const asSdkgens = (line) => renames.reduce((l, r) => renameWord(l, r.from, r.to), line);
      const still = missing.filter((t) => !text.includes(norm(asSdkgens(t)).replace(/[,;]$/, '')));
      if (still.length === 0) {
        renamed.push({ file: h.file, header: h.header });
        report += `### ${h.file} ${h.header} — carried reading sdkgen's name for a local of Stainless's, per migrate's report (its lines are there so)\n${h.text}\n`;
        continue;
      }
      missing = still;
    }
    const others = h.added.length ? (carriedTo.get(h.file) ?? []) : [];
    for (const other of others)
      if (!cache.has(other))
        cache.set(
          other,
          fs.existsSync(path.join(repo, other)) ? norm(fs.readFileSync(path.join(repo, other), 'utf8')) : null,
        );
    const there = (line, other) =>
      cache.get(other)?.includes(norm(movedLine(line, h.file, other)).replace(/[,;]$/, ''));
    if (others.length && missing.every((line) => trivial(line) || others.some((other) => there(line, other)))) {
      const into = others.filter((other) => missing.some((line) => there(line, other)));
      elsewhere.push({ file: h.file, header: h.header, into });
      report += `### ${h.file} ${h.header} — carried into ${into.join(', ')}, per migrate's report (its lines are there)\n${h.text}\n`;
      continue;
    }
    // Carried in another form: present once quotes, `test`/`it`, Markdown heading levels and trailing commas are
    // ignored (reported apart, still counted as not carried).
    const loose = text !== null && h.added.length > 0 && missing.every((m) => looseText(text).includes(looseText(m)));
    const raw = text === null ? null : fs.readFileSync(p, 'utf8');
    const group = oneEditGroup[index];
    const charged = chargedGroups.has(group);
    if (
      (charged || (alreadyLeft.get(h.file) ?? 0) > 0) &&
      hasResult(h.file, h, raw, { atRef: atRef(h.file), migrated })
    ) {
      if (!charged) alreadyLeft.set(h.file, alreadyLeft.get(h.file) - 1);
      chargedGroups.add(group);
      already.push({ file: h.file, header: h.header });
      report += `### ${h.file} ${h.header} — already done in sdkgen's file, per migrate's report (its result is there)\n${h.text}\n`;
      continue;
    }
    if ((typesLeft.get(h.file) ?? 0) > 0 && onlyTypes(h.file, h)) {
      typesLeft.set(h.file, typesLeft.get(h.file) - 1);
      typed.push({ file: h.file, header: h.header });
      report += `### ${h.file} ${h.header} — changes only types (a cast), per migrate's report and as read here; checks 5 and 6 say whether the migrated file type-checks\n${h.text}\n`;
      continue;
    }
    // (Partly missing too, in a TypeScript module: the owners' overloads of a method sdkgen streams itself share the
    // lines of its own, `create(`, `options?: RequestOptions,`: groq's `chat.completions.create`.)
    const claimable = !loose && (missing.length >= significant || TS_MODULE.test(h.file));
    // (A hunk of a Python module's imports alone is claimed after the file's others: a runtime patch is its code, the
    // import only serves it; claimed first, it would leave the code's hunk unclaimed — julep's tests/utils.py, whose
    // stream import migrate leaves out as unread where sdkgen's helper does the patch's work.)
    if (claimable && importsOnly(h)) {
      deferred.push({ h, missing, why, loose, text, significant });
      continue;
    }
    if (claimable && claim(h)) continue;
    notCarried(h, missing, why, loose, text, significant);
  }
  // (Not where a hunk of the file is partly missing: that is the patch's code, which Python's later pass gives the
  // item left, python-forms.mjs.)
  for (const { h, missing, why, loose, text, significant } of deferred)
    if (partial.some((m) => m.file === h.file) || !claim(h)) notCarried(h, missing, why, loose, text, significant);
  const byFile = (list) => {
    const m = new Map();
    for (const l of list) m.set(l.file, (m.get(l.file) ?? 0) + 1);
    const all = [...m].map(([f, n]) => `${f}(${n})`);
    return all.slice(0, 15).join(', ') + (all.length > 15 ? ` …+${all.length - 15} files` : '');
  };
  const n = owners.hunks.length;
  const bad = lost.length + partial.length;
  const deleted = owners.ownersDeleted.filter((f) => fs.existsSync(path.join(repo, f)));
  const reason = bad
    ? `${bad}/${n} owners' hunks not carried (${lost.length} lost, ${partial.length} partly; ${[...lost, ...partial].filter((l) => l.loose).length} of them present in another form): ${byFile([...lost, ...partial])}`
    : `${n} owners' hunks present`;
  const doneNote =
    (elsewhere.length
      ? ` (${elsewhere.length} carried into another file, per migrate's report, their lines there: ${elsewhere.map((e) => `${e.file} → ${e.into.join(', ')}`).join('; ')})`
      : '') +
    (done.length
      ? ` (${done.length} done by sdkgen's runtime, per migrate's report, with the test that shows it: ${byFile(done)})`
      : '') +
    (renamed.length
      ? ` (${renamed.length} carried reading sdkgen's name for a local of Stainless's, per migrate's report: ${byFile(renamed)})`
      : '') +
    (already.length ? ` (${already.length} already done, their result in sdkgen's file: ${byFile(already)})` : '') +
    (typed.length ? ` (${typed.length} changing only types, casts sdkgen's file does without: ${byFile(typed)})` : '') +
    (commentsOfGone.length
      ? ` (${commentsOfGone.length} adding only comments to files the migration removed, reported by migrate as such: ${byFile(commentsOfGone)})`
      : '') +
    (withRuntimeTests.length
      ? ` (${withRuntimeTests.length} changing, adding no test, Stainless's tests of its runtime, which go with it, reported by migrate as such: ${byFile(withRuntimeTests)})`
      : '');
  return {
    status: bad ? 'fail' : 'pass',
    reason:
      reason + doneNote + (deleted.length ? ` (note: files the owners deleted are back: ${deleted.join(', ')})` : ''),
    details: {
      lost,
      partial,
      done,
      renamed,
      already,
      typed,
      commentsOfGone,
      withRuntimeTests,
      elsewhere,
      deletedBack: deleted,
    },
    report: report || 'no lost hunks\n',
  };
}

/** `line` with the name `from` (a whole word, not an attribute) read as `to`. */
function renameWord(line, from, to) {
  return line.replace(new RegExp(`(?<![\\w.])${from}(?!\\w)`, 'g'), to);
}

function looseText(s) {
  return norm(s)
    .replace(/override/g, '')
    .replace(/(^|[^A-Za-z0-9_$.])test(\.(skip|only|each))?\(/g, '$1it$2(')
    .replace(/#+/g, '')
    .replace(/["'`]/g, "'")
    .replace(/,([)\]}])/g, '$1')
    .replace(/[,;]$/, '');
}

// 7. A test script.
export function checkTestScript(repo) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
    const t = pkg.scripts?.test;
    if (!t || /no test specified/.test(t)) return { status: 'fail', reason: `scripts.test is ${JSON.stringify(t)}` };
    return { status: 'pass', reason: `scripts.test = ${JSON.stringify(t)}` };
  } catch (e) {
    return { status: 'fail', reason: e.message };
  }
}

// 8. No Stainless file left: no file with Stainless's header; no file of the base left as Stainless wrote it that
// sdkgen does not write (its .sdkgen/manifest.json lists what it writes) under src/, scripts/, bin/, packages/,
// tests/ or a build config; other such files (LICENSE, .github/…) are listed as a note only. A module of Stainless's
// migrate's report lists as one the owners' code imports, kept (sdkgen writes none in its place: cartesia's WebSocket
// clients), is a note in the report's words, as in the Python check.
export function checkStainlessLeft(repo, owners, keptImported = []) {
  const files = sh('git', ['ls-files'], repo).split('\n').filter(Boolean);
  const withHeader = spawnSync('git', [...GIT_PATHS_AS_THEY_ARE, 'grep', '-l', '-F', HEADER], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
    .stdout.split('\n')
    .filter(Boolean);
  // A file one of the owners' commits added with Stainless's banner copied in (together's tests/lib/upload.test.ts),
  // kept as they have it, is theirs: a note.
  const unchanged = (f) =>
    spawnSync('git', ['diff', '--quiet', owners.ref, 'HEAD', '--', literal(f)], { cwd: repo }).status === 0;
  const ownersBanner = withHeader.filter((f) => (owners.headerAddedByOwners ?? []).includes(f) && unchanged(f));
  const header = withHeader.filter((f) => !ownersBanner.includes(f));
  let written = new Set();
  try {
    written = new Set(
      Object.keys(JSON.parse(fs.readFileSync(path.join(repo, '.sdkgen/manifest.json'), 'utf8')).files ?? {}),
    );
  } catch {
    // no manifest: migrate did not finish
  }
  const baseSet = new Set(owners.baseFiles);
  const ownersSet = new Set(owners.ownersFiles);
  const pristine = [];
  for (const f of files) {
    if (!baseSet.has(f) || written.has(f) || ownersSet.has(f)) continue;
    const same =
      spawnSync('git', ['diff', '--quiet', owners.base, 'HEAD', '--', literal(f)], { cwd: repo }).status === 0;
    if (same) pristine.push(f);
  }
  const runtimeOrBuild = (f) =>
    /^(src|scripts|bin|packages|tests)\//.test(f) ||
    /^(tsc-multi\.json|tsconfig\.[^/]*\.json|jest\.config\.[^/]+|\.eslintrc[^/]*|eslint\.config\.[^/]+|vitest\.config\.[^/]+|typedoc\.json)$/.test(
      f,
    );
  // A package of Stainless's below the root that sdkgen does not write (its MCP server's Cloudflare worker) and the
  // owners changed is theirs whole: its files as Stainless wrote them build it with their edits (a note, not left).
  const ownersTouched = [...(owners.hunks ?? []).map((h) => h.file), ...owners.ownersFiles];
  const ownedPackages = owners.baseFiles
    .filter((f) => /.\/package\.json$/.test(f))
    .filter((f) => !written.has(f))
    .map((f) => f.slice(0, -'package.json'.length))
    .filter((dir) => ownersTouched.some((f) => f.startsWith(dir)));
  const inOwnedPackage = (f) => ownedPackages.some((dir) => f.startsWith(dir));
  // A script of Stainless's that a workflow or script of the owners' (theirs, or one they edited) runs is kept for
  // them: removing it would break their pipeline (llama's owners fixed Stainless's release-doctor workflow, which runs
  // bin/check-release-environment). A note, with the file that runs it.
  const ownersCallers = [...new Set(ownersTouched)].filter(
    (f) => /^\.github\/workflows\/|^(bin|scripts)\//.test(f) && fs.existsSync(path.join(repo, f)),
  );
  const runBy = new Map();
  for (const f of pristine.filter((p) => /^(bin|scripts)\//.test(p))) {
    const caller = ownersCallers.find((c) => c !== f && fs.readFileSync(path.join(repo, c), 'utf8').includes(f));
    if (caller !== undefined) runBy.set(f, caller);
  }
  const imported = new Set(keptImported);
  const left = [
    ...new Set([...header, ...pristine.filter((f) => runtimeOrBuild(f) && !inOwnedPackage(f) && !runBy.has(f))]),
  ];
  const bad = left.filter((f) => !imported.has(f));
  const keptForOwners = left.filter((f) => imported.has(f));
  const badHeader = header.filter((f) => !imported.has(f));
  const note = pristine.filter((f) => !runtimeOrBuild(f) || inOwnedPackage(f));
  const reason = bad.length
    ? `${bad.length} left: ${badHeader.length ? `with header: ${badHeader.slice(0, 8).join(', ')}${badHeader.length > 8 ? ` …+${badHeader.length - 8}` : ''}; ` : ''}${bad.length > badHeader.length ? `Stainless's as it wrote them, not sdkgen's: ${bad.filter((f) => !badHeader.includes(f)).join(', ')}` : ''}`
    : 'none';
  return {
    status: bad.length ? 'fail' : 'pass',
    reason:
      reason +
      (note.length ? ` (note: other files of the base left unchanged, not sdkgen's: ${note.join(', ')})` : '') +
      (ownersBanner.length
        ? ` (note: the owners' files with Stainless's banner copied in, kept as theirs: ${ownersBanner.join(', ')})`
        : '') +
      (ownedPackages.length
        ? ` (packages of Stainless's the owners changed, theirs whole: ${ownedPackages.join(', ')})`
        : '') +
      (runBy.size
        ? ` (note: Stainless's scripts kept for the owners' workflows or scripts that run them: ${[...runBy].map(([f, c]) => `${f} (run by ${c})`).join(', ')})`
        : '') +
      (keptForOwners.length
        ? ` (note: Stainless's modules the owners' code imports, kept (sdkgen writes none in their place), as migrate's report lists them: ${keptForOwners.join(', ')})`
        : ''),
    details: { header, pristine, note, ownedPackages, runByOwners: Object.fromEntries(runBy), keptForOwners },
  };
}

// ---------- helpers ----------
function blob(repo, ref, f) {
  const r = spawnSync('git', ['show', `${ref}:${f}`], { cwd: repo, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git show ${ref}:${f}: ${r.stderr}`);
  return r.stdout;
}
function diffStat(repo, ref, f) {
  const tmp = path.join(os.tmpdir(), `trial-orig-${process.pid}`);
  fs.writeFileSync(tmp, blob(repo, ref, f));
  const r = spawnSync('git', ['diff', '--no-index', '--numstat', '--', tmp, f], { cwd: repo, encoding: 'utf8' });
  fs.rmSync(tmp);
  const m = /^(\d+)\s+(\d+)/.exec(r.stdout);
  return m ? `+${m[1]} -${m[2]}` : 'differs';
}
function minVersion(range) {
  const m = /(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(range.replace(/^npm:[^@]+@/, ''));
  if (!m || /^(workspace|file|link|git|http)/.test(range)) return null;
  return [m[1], m[2], m[3]].map((x) => (x === undefined || x === 'x' || x === '*' ? 0 : +x));
}
// >0 when a's lowest version is above b's, <0 below, 0 equal, null when not versions.
function compareRanges(a, b) {
  const va = minVersion(a);
  const vb = minVersion(b);
  if (!va || !vb) return a === b ? 0 : null;
  for (let i = 0; i < 3; i++) if (va[i] !== vb[i]) return va[i] - vb[i];
  return 0;
}

/** How many times `part` occurs in `text`, without overlaps. */
function occurrences(text, part) {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

/**
 * The hand edits migrate's report (text, --verbose) lists as making Stainless's runtime do what sdkgen's does, each
 * `{ path, does, test, testFound }`: `testFound`, whether the test it names (`test/<file> › <title>`) is in the sdkgen
 * checkout `sdkgenDir`.
 */
export function doneBySdkgen(report, sdkgenDir) {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l.startsWith("Hand edits to Stainless's runtime that make it do what sdkgen's"));
  if (start < 0) return [];
  const items = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(\S+): (.*) \((test\/\S+) › (.*)\)$/.exec(line);
    if (!m) break;
    const file = path.join(sdkgenDir, m[3]);
    const testFound = fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(m[4]);
    items.push({ path: m[1], does: m[2], test: `${m[3]} › ${m[4]}`, testFound });
  }
  return items;
}

/**
 * A class member's line without its `override` modifier: the owners' method of Stainless's client is a subclass's in
 * sdkgen's, where TypeScript's noImplicitOverride asks for the keyword, and carrying it adds the keyword only.
 */
function withoutOverride(normalised) {
  return normalised.replace(/(public|protected|private|static|readonly|async)override/g, '$1');
}
