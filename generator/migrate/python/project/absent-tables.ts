/**
 * The owners' edits to a table of Stainless's pyproject.toml that sdkgen's does not have at all: uv's settings
 * (`[tool.uv]`, which sdkgen leaves to uv's defaults, its dev tools being the `dev` extra), hatch's readme hook
 * (`[tool.hatch.metadata.hooks.fancy-pypi-readme]`, rewriting README links for PyPI, which sdkgen's build does not
 * run). Such an edit has nothing to change in the migrated file: it is reported as not applying, with its hunk, rather
 * than left for a person. A table declaring dependencies is never one of these (check 3's ground: those are carried).
 */
import type { Reapplied } from '../../reapply/hunks';
import { headerLines, tableAt, tableHeader } from './toml-lines';

/**
 * Tables whose keys declare the package or its dependencies: an edit there is carried or asked about, never dropped.
 * (Rye's and PDM's `scripts` are a task runner's commands, `lint` chaining `typecheck`: no dependency.)
 */
const DECLARES_DEPENDENCIES =
  /^(project(\..*)?|dependency-groups|build-system|tool\.(rye|poetry|pdm)(?!\.scripts$)(\..*)?)$/;
const DEPENDENCY_KEY = /^\s*"?(dependencies|dev-dependencies|optional-dependencies|requires)"?\s*=/;

export interface AbsentTableEdits {
  carried: Reapplied;
  /** Per table sdkgen's file lacks, the hunks the owners made in it. */
  notApplying: Array<{ table: string; hunks: string[] }>;
}

export function withoutAbsentTableEdits(base: string, sdkgen: string, carried: Reapplied): AbsentTableEdits {
  const baseLines = base.split('\n');
  const ours = new Set(headerLines(sdkgen.split('\n')).map((header) => header.name));
  const byTable = new Map<string, string[]>();
  const rejected: string[] = [];
  for (const hunk of carried.rejected) {
    const table = absentTable(hunk, baseLines, ours);
    if (table === null) rejected.push(hunk);
    else byTable.set(table, [...(byTable.get(table) ?? []), hunk]);
  }
  return {
    carried: { ...carried, rejected },
    notApplying: [...byTable].map(([table, hunks]) => ({ table, hunks })),
  };
}

/** The table of Stainless's the hunk edits, where sdkgen's file has none of that name (nor one within it). */
function absentTable(hunk: string, baseLines: string[], ours: Set<string>): string | null {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)/.exec(header);
  if (!start) return null;
  const changed = body.filter((line) => line.startsWith('-') || line.startsWith('+')).map((line) => line.slice(1));
  if (changed.some((line) => tableHeader(line) !== null || DEPENDENCY_KEY.test(line))) return null;
  const first = body.findIndex((line) => line.startsWith('-') || line.startsWith('+'));
  const table = tableAt(
    baseLines,
    Number(start[1]) - 1 + body.slice(0, first).filter((l) => !l.startsWith('+')).length,
  );
  if (table === '' || DECLARES_DEPENDENCIES.test(table)) return null;
  const root = table.split('.').slice(0, 2).join('.');
  // (`[tool.hatch.metadata.hooks.fancy-pypi-readme.substitutions]` under a `[tool.hatch…]` sdkgen does write: the hook's
  // own tables are what must be absent.)
  const absent = ![...ours].some((name) => name === table || name.startsWith(`${table}.`));
  if (!absent) return null;
  return root === 'tool.hatch' ? hookTable(table) : table;
}

/** A hatch hook's table (`tool.hatch.metadata.hooks.<hook>`) for any of its own, else the table itself. */
function hookTable(table: string): string {
  const hook = /^(tool\.hatch\.metadata\.hooks\.[^.]+)/.exec(table);
  return hook ? hook[1] : table;
}
