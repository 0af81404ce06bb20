/**
 * Development dependencies the owners added to Stainless's `pyproject.toml` in a list sdkgen's does not have (uv's
 * `[dependency-groups]` `dev`, Rye's `dev-dependencies`), where sdkgen declares them elsewhere: added to sdkgen's
 * development list, so that their tools and tests keep what they need.
 */
import type { Reapplied } from '../../reapply/hunks';
import { placeRejected } from '../../reapply/insertions';
import { tomlLines } from './toml-lines';

/** The tables and keys of a development dependency list, in the order sdkgen's text is searched for one. */
const DEV_LISTS: Array<[table: string, key: string]> = [
  ['project.optional-dependencies', 'dev'],
  ['dependency-groups', 'dev'],
  ['tool.rye', 'dev-dependencies'],
  ['tool.uv', 'dev-dependencies'],
];
const ARRAY_OPENING = /^\s*("[^"]*"|[\w.-]+)\s*=\s*\[\s*(#.*)?$/;
const REQUIREMENT = /^\s*("[^"\\]+"|'[^'\\]+')\s*,?\s*(#.*)?$/;

export function intoDevDependencies(base: string, carried: Reapplied): Reapplied {
  const baseLines = base.split('\n');
  return placeRejected(carried, (text, hunk) => intoDevList(text, baseLines, hunk));
}

function intoDevList(text: string, baseLines: string[], hunk: string): string | null {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)/.exec(header);
  if (!start || body.some((line) => line.startsWith('-'))) return null;
  const added = body.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  const requirements = added.filter((line) => line.trim() !== '').map((line) => REQUIREMENT.exec(line)?.[1]);
  if (requirements.length === 0 || requirements.some((r) => r === undefined)) return null;
  const list = listAt(baseLines, Number(start[1]) - 1 + body.findIndex((line) => line.startsWith('+')));
  if (list === null || !DEV_LISTS.some(([table, key]) => table === list.table && key === list.key)) return null;
  const lines = text.split('\n');
  for (const [table, key] of DEV_LISTS) {
    const opening = arrayOpening(lines, table, key);
    if (opening === null) continue;
    const closing = lines.findIndex((line, i) => i > opening && /^\s*\]/.test(line));
    if (closing < 0) return null;
    const names = new Set(lines.slice(opening + 1, closing).map((line) => packageName(line)));
    const indent = /^\s*/.exec(lines[opening + 1] ?? '')?.[0] || '  ';
    const missing = (requirements as string[]).filter((r) => !names.has(packageName(r)));
    const previous = lines[closing - 1];
    const last = closing - 1 > opening && !/,\s*(#.*)?$/.test(previous) ? `${previous},` : previous;
    return [
      ...lines.slice(0, closing - 1),
      last,
      ...missing.map((r) => `${indent}${r.replace(/^'|'$/g, '"')},`),
      ...lines.slice(closing),
    ].join('\n');
  }
  return null;
}

/** The table and key of the multi-line array line `at` of a TOML text is in (its closing bracket's line too), or null. */
function listAt(lines: string[], at: number): { table: string; key: string } | null {
  const read = tomlLines(lines);
  const list = read.findIndex((line, i) => line.kind === 'key' && i < at && line.end! >= at);
  if (list < 0 || !ARRAY_OPENING.test(lines[list])) return null;
  return { table: read[list].table, key: read[list].key!.replace(/^"|"$/g, '') };
}

function arrayOpening(lines: string[], table: string, key: string): number | null {
  const at = tomlLines(lines).findIndex(
    (line, i) =>
      line.kind === 'key' &&
      line.table === table &&
      line.key!.replace(/^"|"$/g, '') === key &&
      ARRAY_OPENING.test(lines[i]),
  );
  return at < 0 ? null : at;
}

/** A requirement's package name, normalized as PyPI compares them. */
function packageName(requirement: string): string {
  const spec = requirement.trim().replace(/^["']|["'],?$/g, '');
  return (/^[A-Za-z0-9._-]+/.exec(spec)?.[0] ?? spec).toLowerCase().replace(/[-_.]+/g, '-');
}
