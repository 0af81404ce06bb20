// Owners' hunks that add only comments (a licence header atop every module) to a Stainless file the migration
// removed, which migrate's report lists as edited only in its comments: the code they comment is gone with the file,
// and nothing of the owners' is lost with it. The harness judges the hunk itself: it removes no line, and each line it
// adds is blank or a comment (`//`, a `/* … */` block's lines, `#` in a shell script).

// The files migrate's report (`--verbose`) lists under "Stainless's removed or replaced files you edited only in
// their comments".
export function commentOnlyByReport(report) {
  const lines = report.split('\n');
  const start = lines.findIndex((l) =>
    /^Stainless's removed or replaced files you edited only in their comments/.test(l),
  );
  if (start < 0) return [];
  const files = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(\S+)$/.exec(line);
    if (!m) break;
    files.push(m[1]);
  }
  return files;
}

// Whether an owners' hunk (lib/owners.mjs) only adds comment lines.
export function addsOnlyComments(hunk, file) {
  if (hunk.removed.length > 0 || hunk.added.length === 0) return false;
  const shell = /\.sh$|^(bin|scripts)\/[^.]+$/.test(file);
  let open = false;
  for (const { text } of hunk.added) {
    const t = text.trim();
    if (open) open = !t.endsWith('*/');
    else if (t === '') continue;
    else if (shell) {
      if (!t.startsWith('#')) return false;
    } else if (t.startsWith('/*')) open = !t.slice(2).endsWith('*/');
    else if (!t.startsWith('//')) return false;
  }
  return !open;
}
