/**
 * Development dependencies the owners added to Stainless's `pyproject.toml` in a list sdkgen's does not have (uv's
 * `[dependency-groups]` `dev`, Rye's `dev-dependencies`), where sdkgen declares them elsewhere: added to sdkgen's
 * development list, so that their tools and tests keep what they need.
 */
import type { Reapplied } from '../reapply/hunks';
import { placeRejected } from '../reapply/insertions';

/** The tables and keys of a development dependency list, in the order sdkgen's text is searched for one. */
const DEV_LISTS: Array<[table: string, key: string]> = [
  ['project.optional-dependencies', 'dev'],
  ['dependency-groups', 'dev'],
  ['tool.rye', 'dev-dependencies'],
  ['tool.uv', 'dev-dependencies'],
];
const TABLE = /^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$/;
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

/** The table and key of the multi-line array line `at` of a TOML text is in, or null. */
function listAt(lines: string[], at: number): { table: string; key: string } | null {
  let key: string | null = null;
  for (let i = at - 1; i >= 0; i--) {
    const table = TABLE.exec(lines[i])?.[1];
    if (table !== undefined) return key === null ? null : { table, key };
    if (key === null && /\]\s*,?\s*(#.*)?$/.test(lines[i]) && !ARRAY_OPENING.test(lines[i])) return null;
    key ??= ARRAY_OPENING.exec(lines[i])?.[1]?.replace(/^"|"$/g, '') ?? null;
  }
  return null;
}

function arrayOpening(lines: string[], table: string, key: string): number | null {
  let current: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    current = TABLE.exec(lines[i])?.[1] ?? current;
    if (current === table && ARRAY_OPENING.exec(lines[i])?.[1]?.replace(/^"|"$/g, '') === key) return i;
  }
  return null;
}

/** A requirement's package name, normalized as PyPI compares them. */
function packageName(requirement: string): string {
  const spec = requirement.trim().replace(/^["']|["'],?$/g, '');
  return (/^[A-Za-z0-9._-]+/.exec(spec)?.[0] ?? spec).toLowerCase().replace(/[-_.]+/g, '-');
}
