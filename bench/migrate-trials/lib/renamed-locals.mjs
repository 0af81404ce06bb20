// Owners' lines migrate carried reading sdkgen's name for a local of Stainless's that sdkgen's function holds the same
// value in ("Hand edits carried reading sdkgen's name for a local …": `path: function: theirs → sdkgen's`).

import { reportSection } from './report-sections.mjs';

/** The renames migrate's report (--verbose text) lists: `{ path, fn, from, to }`. */
export function renamedLocalsByReport(report) {
  return reportSection(report, "Hand edits carried reading sdkgen's name for a local")
    .map((line) => /^(\S+): (.+): (\w+) → (\w+)$/.exec(line))
    .filter((m) => m !== null)
    .map(([, path, fn, from, to]) => ({ path, fn, from, to }));
}
