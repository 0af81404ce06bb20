// Check 4 of a Python trial, scored again once some of the hunks the line-by-line check (checks.mjs `checkHunks`)
// found missing are known to be carried in another way (a class member in sdkgen's form at the owners' place, a
// pydantic-1 branch that never runs, comments on code that is gone, another form of the same meaning, …). The one
// place that writes check 4's counts and files again: each way adds its note, and the notes before it stay.
//
// A file of Stainless's the owners deleted that is back after the move fails the check in a Python trial (an edit of
// theirs lost); the TypeScript trial has it as a note.

/**
 * `c4` (checkHunks' result, or this function's) with the misses of each group counted as carried. `groups`:
 * `[{ key, misses, note }]`: `misses` are items of `c4.details.lost`/`partial`, `key` names the details field that
 * lists them (`detail(miss)` maps each, when given), `note(misses)` says why, in the words of the reason.
 */
export function rescoreHunks(c4, owners, given = []) {
  // (A miss whose lines are all there but one at another depth, python-depth.mjs, is no other form of the owners' edit.)
  const groups = given.map((g) => ({ ...g, misses: g.misses.filter((m) => !m.depth) }));
  const details = c4.details ?? {};
  const taken = new Set(groups.flatMap((g) => g.misses));
  const lost = (details.lost ?? []).filter((m) => !taken.has(m));
  const partial = (details.partial ?? []).filter((m) => !taken.has(m));
  const deletedBack = details.deletedBack ?? [];
  const notes = [
    ...(details.notes ?? [lineByLineNotes(c4, owners.hunks.length, deletedBack)]),
    ...groups.filter((g) => g.misses.length).map((g) => ` (${g.note(g.misses)})`),
  ].filter(Boolean);
  const bad = lost.length + partial.length;
  const back = deletedBack.length
    ? `; ${deletedBack.length} file(s) the owners deleted are back: ${deletedBack.join(', ')}`
    : '';
  const added = Object.fromEntries(groups.map((g) => [g.key, g.misses.map(g.detail ?? ((m) => m))]));
  return {
    ...c4,
    ...(typeof c4.report === 'string' ? { report: creditedApart(c4.report, [...lost, ...partial], groups) } : {}),
    status: bad || deletedBack.length ? 'fail' : 'pass',
    reason: head(lost, partial, owners.hunks.length) + notes.join('') + back,
    details: { ...details, ...added, lost, partial, notes },
  };
}

/** The head of checkHunks' reason: the count of hunks not carried and their files, or all present. */
function head(lost, partial, n) {
  const missing = [...lost, ...partial];
  if (missing.length === 0) return `${n} owners' hunks present`;
  const loose = missing.filter((m) => m.loose).length;
  return `${missing.length}/${n} owners' hunks not carried (${lost.length} lost, ${partial.length} partly; ${loose} of them present in another form): ${byFile(missing)}`;
}

/** As checkHunks lists files: each with its count, the first 15. */
function byFile(list) {
  const counts = new Map();
  for (const m of list) counts.set(m.file, (counts.get(m.file) ?? 0) + 1);
  const all = [...counts].map(([f, k]) => `${f}(${k})`);
  return all.slice(0, 15).join(', ') + (all.length > 15 ? ` …+${all.length - 15} files` : '');
}

/**
 * The notes checkHunks put after its head (done by sdkgen's runtime, already done, comments of removed files), its
 * note of deleted files back left out (this trial fails on those instead). Its head must be the one `head` writes.
 */
function lineByLineNotes(c4, n, deletedBack) {
  const own = head(c4.details?.lost ?? [], c4.details?.partial ?? [], n);
  if (!c4.reason.startsWith(own))
    throw new Error(`check 4's reason does not start as checkHunks writes it ("${own}"): ${c4.reason}`);
  const notes = c4.reason.slice(own.length);
  const backNote = ` (note: files the owners deleted are back: ${deletedBack.join(', ')})`;
  return deletedBack.length && notes.endsWith(backNote) ? notes.slice(0, -backNote.length) : notes;
}

const CREDITED = '## Credited by check 4';

/**
 * hunks.txt's text (`### <file> <header> — why` entries) with the hunks check 4 counts as carried listed apart from
 * the missing ones: those `groups` credit under a heading saying why, and those the line-by-line check credited (its
 * reason after each: already done, done by sdkgen's runtime, …) under one of their own. Sections already apart stay.
 */
export function creditedApart(report, missing, groups) {
  const [top, ...sections] = report.split(/^(?=## )/m);
  const entries = top.split(/^(?=### )/m).filter((e) => e.startsWith('### '));
  const keyOf = (m) => `### ${m.file} ${m.header} — `;
  const taken = new Set();
  const pick = (list) =>
    entries.filter((e) => {
      if (taken.has(e) || !list.some((m) => e.startsWith(keyOf(m)))) return false;
      taken.add(e);
      return true;
    });
  const stillMissing = pick(missing);
  const credited = groups
    .filter((g) => g.misses.length > 0)
    .map((g) => [`${CREDITED}: ${g.note(g.misses)}`, pick(g.misses)])
    .filter(([, list]) => list.length > 0);
  const byLine = entries.filter((e) => !taken.has(e));
  if (byLine.length > 0) credited.unshift([`${CREDITED} line by line (why after each)`, byLine]);
  const out = [
    stillMissing.join('') || 'no lost hunks\n\n',
    // (A later pass's headings after an earlier's.)
    ...sections,
    ...credited.map(([heading, list]) => `${heading}\n\n${list.join('')}`),
  ];
  return out.join('');
}
