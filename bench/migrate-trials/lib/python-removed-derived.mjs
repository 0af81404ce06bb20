// Check 4 of a Python trial: owners' hunks in a file of Stainless's that migrate removes and lists, with why, under
// "What Stainless's config options wrote that sdkgen does not write, removed", where the hunk carries nothing of the
// owners' that the move loses:
// - a Rye lockfile (`requirements.lock`, `requirements-dev.lock`) listed as Rye's lockfiles: written by `rye sync` from
//   pyproject.toml, which nothing that stays reads; the dependencies the owners added are check 3's; so too Poetry's,
//   uv's or PDM's lockfile (`poetry.lock`, `uv.lock`, `pdm.lock`, `uv export`'s `requirements-dev.lock`) listed as
//   that manager's lockfile, locked from Stainless's pyproject.toml;
// - an edit of spacing or quotes alone (`'0.44.0'` as `"0.44.0"`, a formatter's) in a workflow or script that goes.

/** The files that report section lists, each with its reason. */
export function removedByReport(report) {
  const lines = report.split('\n');
  const start = lines.findIndex((l) =>
    l.startsWith("What Stainless's config options wrote that sdkgen does not write"),
  );
  const removed = new Map();
  if (start < 0) return removed;
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(\S.*?): (.*)$/.exec(line);
    if (!m) break;
    for (const file of m[1].split(', ')) removed.set(file, m[2]);
  }
  return removed;
}

const LOCKFILE = /^(requirements(-[\w-]+)?|poetry|uv|pdm)\.lock$/;
/** migrate's reasons for a lockfile that goes: Rye's, or another manager's locked from Stainless's pyproject.toml. */
const LOCKFILE_REASON =
  /^(Rye's lockfiles\b|(Poetry|uv|uv export|PDM)'s lockfile, locked from Stainless's pyproject\.toml)/;

/** A line as a formatter may rewrite it: its spacing and the quotes of its plain strings left out. */
const plain = (line) =>
  line
    .replace(/\n$/, '')
    .trim()
    .replace(/(["'])([^"'\\\n]*)\1/g, '"$2"');

/**
 * The misses (items of check 4's `lost`/`partial`) in files migrate removed as listed, that lose nothing: `{ lockfiles,
 * formatting }`. `gone(file)`: whether the migrated work tree lacks the file.
 */
export function removedDerived(misses, owners, report, gone) {
  const removed = removedByReport(report);
  const lockfiles = [];
  const formatting = [];
  for (const miss of misses) {
    const why = removed.get(miss.file);
    if (why === undefined || !gone(miss.file)) continue;
    if (LOCKFILE.test(miss.file) && LOCKFILE_REASON.test(why)) {
      lockfiles.push(miss);
      continue;
    }
    const hunk = owners.hunks.find((h) => h.file === miss.file && h.header === miss.header);
    if (!hunk || hunk.added.length === 0) continue;
    const code = (lines) => lines.map(plain).filter((l) => l !== '');
    const [before, after] = [code(hunk.removed), code(hunk.added.map((a) => a.text))];
    if (before.length > 0 && before.join('\n') === after.join('\n')) formatting.push(miss);
  }
  return { lockfiles, formatting };
}
