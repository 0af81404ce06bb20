// The owners' edit of a command of Stainless's `[tool.rye.scripts]` that migrate carried into the step of sdkgen's
// script running Stainless's command, as its report lists it ("Your commands of Stainless's Rye scripts": `[tool.rye.scripts]
// typecheck:pyright → scripts/lint: \`scripts/run-pyright\``): carried where that script runs the command.
import { reportSection } from './report-sections.mjs';

export const RYE_COMMANDS_HEADING = "Your commands of Stainless's Rye scripts";

/** Whether every line the pyproject.toml hunk adds is an entry the report lists as carried and its script runs. */
export function ryeCommandCarried(hunk, report, read) {
  if (hunk.file !== 'pyproject.toml' || hunk.added.length === 0) return false;
  const listed = new Map(
    reportSection(report, RYE_COMMANDS_HEADING).flatMap((item) => {
      const m = /^\[tool\.rye\.scripts\] (\S+) → (\S+): `(.*)`$/.exec(item);
      return m ? [[m[1], { script: m[2], command: m[3] }]] : [];
    }),
  );
  return hunk.added.every((a) => {
    const line = a.text.replace(/\n$/, '');
    if (line.trim() === '') return true;
    const m = /^\s*("[^"]+"|'[^']+'|[A-Za-z0-9_:.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*(#.*)?$/.exec(line);
    const entry = m ? listed.get(m[1].replace(/^(["'])(.*)\1$/, '$2')) : undefined;
    if (!entry || entry.command !== (m[2] ?? m[3]).trim()) return false;
    const script = read(entry.script);
    return script !== null && script.split('\n').some((l) => l.trim().endsWith(entry.command));
  });
}
