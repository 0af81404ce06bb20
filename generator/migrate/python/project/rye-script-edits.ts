/**
 * The owners' edits of a command in Stainless's `[tool.rye.scripts]` (openai's `"typecheck:pyright" = "pyright"` made
 * `"scripts/run-pyright"`), carried into the step of sdkgen's script that runs the same command. sdkgen's
 * pyproject.toml has no `[tool.rye.scripts]` (its `scripts/lint` and `scripts/format` run each tool as
 * `.venv/bin/python -m <tool>`), so such an edit had nothing to land on and was lost; what the owners' pipeline ran is
 * what their lint and format now run. Their command runs as `rye run` ran it: from the repository's root (sdkgen's
 * scripts `cd` there) with the virtual environment's scripts first on PATH; one calling the same tool keeps sdkgen's
 * `.venv/bin/python -m` form. A chain, an inline table or a step no script of sdkgen's runs stays not applying.
 */
import type { MigrationPlan } from '../../migration-plan';
import { assignmentKey, tableHeader } from './toml-lines';

export interface RyeScriptEdit {
  /** The `[tool.rye.scripts]` key (`typecheck:pyright`). */
  key: string;
  /** sdkgen's script now running the owners' command. */
  script: string;
  command: string;
}

/** sdkgen's scripts (`scripts/lint`…, path → text) with the owners' Rye commands in the steps running Stainless's. */
export function withRyeScriptEdits(
  stainlessPyproject: string,
  ownersPyproject: string,
  scripts: Map<string, string>,
): { scripts: Map<string, string>; edits: RyeScriptEdit[] } {
  const [before, after] = [plainCommands(stainlessPyproject), plainCommands(ownersPyproject)];
  const out = new Map(scripts);
  const edits: RyeScriptEdit[] = [];
  for (const [key, stainless] of before) {
    const owners = after.get(key);
    if (owners === undefined || owners === stainless) continue;
    for (const [script, text] of out) {
      const lines = text.split('\n');
      const step = lines.findIndex((line) => line.trim() === `.venv/bin/python -m ${stainless}`);
      if (step < 0) continue;
      const indent = /^\s*/.exec(lines[step])![0];
      const tool = stainless.split(/\s+/)[0];
      lines[step] =
        indent +
        (owners.split(/\s+/)[0] === tool ? `.venv/bin/python -m ${owners}` : `PATH="$PWD/.venv/bin:$PATH" ${owners}`);
      out.set(script, lines.join('\n'));
      edits.push({ key, script, command: owners });
      break;
    }
  }
  return { scripts: out, edits };
}

/** Whether a hunk of pyproject.toml changes only the `[tool.rye.scripts]` entries `keys` (its `+`/`-` lines). */
export function onlyEditsRyeScripts(hunk: string, keys: string[]): boolean {
  const changed = hunk
    .split('\n')
    .slice(1)
    .filter((line) => /^[+-]/.test(line))
    .map((line) => line.slice(1));
  return (
    changed.length > 0 &&
    changed.every((line) => {
      const key = entryKey(line);
      return line.trim() === '' || (key !== null && keys.includes(key));
    })
  );
}

/** The `[tool.rye.scripts]` entries whose value is one plain command string (not a chain, not an inline table). */
function plainCommands(pyproject: string): Map<string, string> {
  const out = new Map<string, string>();
  let inTable = false;
  for (const line of pyproject.split('\n')) {
    const header = tableHeader(line);
    if (header !== null) {
      inTable = !header.array && header.name === 'tool.rye.scripts';
      continue;
    }
    if (!inTable) continue;
    const key = entryKey(line);
    const value = /=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*(#.*)?$/.exec(line);
    if (key !== null && value !== null) out.set(key, (value[1] ?? value[2]).trim());
  }
  return out;
}

/** The key a line assigns, its quotes aside (`"typecheck:pyright"` → `typecheck:pyright`). */
function entryKey(line: string): string | null {
  return assignmentKey(line)?.replace(/^(["'])(.*)\1$/, '$2') ?? null;
}

/**
 * sdkgen's scripts with the owners' edits of Stainless's `[tool.rye.scripts]` commands (rye-script-edits.ts); the
 * hunks of pyproject.toml doing only that are no longer listed as not applying.
 */
export function withOwnersRyeCommands(plan: MigrationPlan, stainless: string | null, owners: string | null): void {
  if (stainless == null || owners == null) return;
  const scripts = new Map(plan.writes.filter((f) => /^scripts\/[^/]+$/.test(f.path)).map((f) => [f.path, f.contents]));
  const done = withRyeScriptEdits(stainless, owners, scripts);
  if (done.edits.length === 0) return;
  // (A rendered file's text may be a getter: its write is replaced, not assigned to.)
  plan.writes = plan.writes.map((write) => {
    const text = done.scripts.get(write.path);
    return text === undefined || text === write.contents ? write : { path: write.path, contents: text };
  });
  const keys = done.edits.map((e) => e.key);
  for (const entry of plan.notApplicable.filter((n) => n.path === 'pyproject.toml'))
    entry.hunks = entry.hunks.filter((hunk) => !onlyEditsRyeScripts(hunk, keys));
  plan.notApplicable = plan.notApplicable.filter((n) => n.path !== 'pyproject.toml' || n.hunks.length > 0);
  plan.ryeScriptEdits.push(...done.edits.map((e) => `[tool.rye.scripts] ${e.key} → ${e.script}: \`${e.command}\``));
}
