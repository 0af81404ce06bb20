/**
 * What the release's pyproject.toml promises its users at install time, kept by the move whoever wrote the line:
 * each extra it declares (`pip install openai[realtime]`: Stainless wrote openai's `realtime` extra, which sdkgen's
 * file has not, and the move dropped it), and each requirement's lower bound in `[project]`'s dependencies and in each
 * extra, never lowered (turbopuffer's owners listed `typing-extensions>=4.13` beside Stainless's `>=4.14`: pip holds
 * the package to both, so the release required 4.14, and the move kept the owners' line alone). A bound the migrated
 * file sets higher (sdkgen's runtime needs it) stays.
 */
import { headerLines, tomlLines } from './toml-lines';

interface List {
  /** `project.dependencies`, or `extra <name>`. */
  name: string;
  /** The lines of the assignment (its first line to the closing bracket). */
  start: number;
  end: number;
}

export interface ReleaseRequirements {
  text: string;
  /** What was kept, each `extra realtime` or `<list>: <release's requirement>`. */
  kept: string[];
}

export function withReleaseRequirements(release: string, migrated: string): ReleaseRequirements {
  const kept: string[] = [];
  let text = migrated;
  const releaseLines = release.split('\n');
  const releaseLists = lists(releaseLines);
  // Extras first: one the migrated file lacks, as the release wrote it, at the end of its table.
  for (const list of releaseLists.filter((l) => l.name.startsWith('extra '))) {
    const lines = text.split('\n');
    const mine = lists(lines);
    if (mine.some((l) => l.name === list.name)) continue;
    const table = tableRange(lines, 'project.optional-dependencies');
    if (table === null) continue;
    text = [
      ...lines.slice(0, table.end),
      ...releaseLines.slice(list.start, list.end + 1),
      ...lines.slice(table.end),
    ].join('\n');
    kept.push(list.name);
  }
  // Then each requirement's lower bound.
  for (const list of releaseLists) {
    const theirs = strictest(items(releaseLines, list));
    for (const [name, spec] of theirs) {
      const lines = text.split('\n');
      const mine = lists(lines).find((l) => l.name === list.name);
      if (mine === undefined) continue;
      const ours = items(lines, mine).filter((item) => item.name === name);
      if (ours.length === 0 || ours.some((item) => !lower(item.spec, spec.spec))) continue;
      // Every item of the package in the list is lower: the first takes the release's requirement, the rest go.
      const [first, ...rest] = ours;
      const edited = lines.map((line, i) => (i === first.line ? line.replace(first.literal, spec.literal) : line));
      const gone = new Set(rest.filter((item) => lineHoldsOnly(lines[item.line], item.literal)).map((i) => i.line));
      text = edited.filter((_, i) => !gone.has(i)).join('\n');
      kept.push(`${list.name === 'dependencies' ? 'dependencies' : list.name}: ${spec.spec}`);
    }
  }
  return { text, kept };
}

interface Item {
  name: string;
  spec: string;
  /** The string literal as written (its quotes). */
  literal: string;
  line: number;
}

/** `[project]`'s `dependencies` and each extra of `[project.optional-dependencies]`, where they are lists. */
function lists(lines: string[]): List[] {
  return tomlLines(lines).flatMap((line, i) => {
    if (line.kind !== 'key' || !/=\s*\[/.test(lines[i])) return [];
    const key = line.key!.replace(/^"|"$/g, '');
    const name =
      line.table === 'project' && key === 'dependencies'
        ? 'dependencies'
        : line.table === 'project.optional-dependencies'
          ? `extra ${key}`
          : null;
    return name === null ? [] : [{ name, start: i, end: line.end! }];
  });
}

function items(lines: string[], list: List): Item[] {
  const out: Item[] = [];
  for (let i = list.start; i <= list.end; i++) {
    const code = i === list.start ? lines[i].slice(lines[i].indexOf('=') + 1) : lines[i];
    for (const m of code.replace(/#.*$/, '').matchAll(/"([^"]*)"|'([^']*)'/g)) {
      const [literal, spec] = [m[0], m[1] ?? m[2]];
      const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1];
      if (name) out.push({ name: name.toLowerCase().replace(/[-_.]+/g, '-'), spec, literal, line: i });
    }
  }
  return out;
}

/** Each package's requirement with the highest lower bound (one listed twice is held to both). */
function strictest(list: Item[]): Map<string, Item> {
  const out = new Map<string, Item>();
  for (const item of list) {
    const had = out.get(item.name);
    if (had === undefined || lower(had.spec, item.spec)) out.set(item.name, item);
  }
  return out;
}

/** Whether requirement `a`'s lower bound is lower than `b`'s (`b` has one, `a` a lower one or none). */
function lower(a: string, b: string): boolean {
  const [x, y] = [bound(a), bound(b)];
  if (y === null) return false;
  if (x === null) return true;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}

function bound(spec: string): number[] | null {
  const m = /(>=|==|~=|>)\s*([0-9][0-9.]*)/.exec(spec);
  return m ? m[2].replace(/\.$/, '').split('.').map(Number) : null;
}

function lineHoldsOnly(line: string, literal: string): boolean {
  return line.replace(/#.*$/, '').trim().replace(/,$/, '') === literal;
}

/** A table's header line and the line after its last line that says something. */
function tableRange(lines: string[], name: string): { start: number; end: number } | null {
  const headers = headerLines(lines);
  const n = headers.findIndex((header) => header.name === name);
  if (n < 0) return null;
  const start = headers[n].at;
  let end = headers[n + 1]?.at ?? lines.length;
  while (end > start + 1 && (lines[end - 1].trim() === '' || /^\s*#/.test(lines[end - 1]))) end--;
  return { start, end };
}
