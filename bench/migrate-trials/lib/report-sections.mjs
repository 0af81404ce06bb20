// Reading the lists in migrate's report (--verbose text): a heading line, then one indented item a line.

/** The items listed under the report's heading that starts with `heading`, trimmed; [] when it has none. */
export function reportSection(report, heading) {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) return [];
  const items = [];
  for (const line of lines.slice(start + 1)) {
    if (!/^ {2}\S/.test(line)) break;
    items.push(line.trim());
  }
  return items;
}

/**
 * The files listed under `heading` with their hunk counts (`  path (N hunks)`, or `(N hunks, at lines 4 and 9)` where
 * migrate says where): `{ path, hunks }`.
 */
export function filesWithHunks(report, heading) {
  const items = [];
  for (const line of reportSection(report, heading)) {
    const m = /^(\S+) \((\d+) hunks?(?:, [^()]*)?\)$/.exec(line);
    if (!m) break;
    items.push({ path: m[1], hunks: Number(m[2]) });
  }
  return items;
}

/**
 * Stainless's tests of its runtime the report lists as changed by the owners, adding no test of theirs: their paths
 * (Python's items say what changed after the path: `tests/test_client.py: you changed …`).
 */
export function runtimeTestsByReport(report) {
  return reportSection(report, "Stainless's tests of its runtime (which goes) you changed").map((item) =>
    item.replace(/: .*$/, ''),
  );
}
