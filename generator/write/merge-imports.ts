/**
 * Python imports both sides changed, merged name by name instead of line by line. The owners may delete imports (a
 * whole `if TYPE_CHECKING:` block, with `TYPE_CHECKING` itself) where a new generation adds names to the same lines
 * (a new resource's classes): as lines, a deletion against a change, a conflict. Read as names, the owners' deletions
 * stay deleted and the new generation's additions go in: a name the generation deleted goes from the owners' lines,
 * a name only the generation needs goes into the owners' lines (into their `if TYPE_CHECKING:` block, or a block of
 * its own where they removed theirs, `TYPE_CHECKING` then imported again: `withTypeCheckingImported`).
 */

/** One imported name: `from module import name as alias` (module null: `import name as alias`). */
interface Imported {
  module: string | null;
  name: string;
  alias: string | null;
}

/** An import statement of a region, as its lines and the names it imports. */
interface Statement {
  kind: 'import';
  guarded: boolean;
  indent: string;
  module: string | null;
  names: Imported[];
  lines: string[];
}

/** A blank line or `if TYPE_CHECKING:`: kept where it is. */
interface Layout {
  kind: 'blank' | 'guard';
  lines: string[];
}

type Part = Statement | Layout;

const GUARD = /^if (?:typing\.)?TYPE_CHECKING:\s*$/;
const DOTTED = String.raw`\.*[A-Za-z_][\w.]*|\.+`;
const FROM = new RegExp(String.raw`^(\s*)from (${DOTTED}) import (.+?)\s*$`);
const PLAIN = /^(\s*)import ([A-Za-z_][\w.]*(?: as \w+)?(?:, *[A-Za-z_][\w.]*(?: as \w+)?)*)\s*$/;
const NAME = /^([A-Za-z_]\w*|\*)(?: as ([A-Za-z_]\w*))?$/;
const PLAIN_NAME = /^([A-Za-z_][\w.]*)(?: as ([A-Za-z_]\w*))?$/;

/**
 * A region's import statements, blank lines and guard headers, or null when it holds anything else (code, comments, a
 * statement cut by the region's ends). `guarded`: the region starts inside an `if TYPE_CHECKING:` block.
 */
function parse(lines: string[], guarded: boolean): Part[] | null {
  const parts: Part[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.trim() === '') {
      parts.push({ kind: 'blank', lines: [line] });
      continue;
    }
    if (GUARD.test(line)) {
      parts.push({ kind: 'guard', lines: [line] });
      guarded = true;
      continue;
    }
    const indent = /^\s*/.exec(line)?.[0] ?? '';
    if (indent === '') guarded = false;
    else if (!guarded) return null;
    const from = FROM.exec(line);
    if (from !== null) {
      let list = from[3];
      const statementLines = [line];
      if (list === '(') {
        const names: string[] = [];
        for (k++; k < lines.length && lines[k].trim() !== ')'; k++) {
          statementLines.push(lines[k]);
          names.push(lines[k].trim());
        }
        if (k === lines.length) return null;
        statementLines.push(lines[k]);
        list = names.join(' ');
      }
      const names = parseNames(list, from[2], NAME);
      if (names === null) return null;
      parts.push({ kind: 'import', guarded, indent, module: from[2], names, lines: statementLines });
      continue;
    }
    const plain = PLAIN.exec(line);
    if (plain === null) return null;
    const names = parseNames(plain[2], null, PLAIN_NAME);
    if (names === null) return null;
    parts.push({ kind: 'import', guarded, indent, module: null, names, lines: [line] });
  }
  return parts;
}

/** Whether a file's lines [from, to) are module-level import statements, blank lines and guard headers only. */
export const importsOnly = (file: string[], from: number, to: number) =>
  parse(file.slice(from, to), startsGuarded(file, from)) !== null;

function parseNames(list: string, module: string | null, pattern: RegExp): Imported[] | null {
  const names: Imported[] = [];
  for (const piece of list.split(',')) {
    const item = piece.trim();
    if (item === '') continue;
    const match = pattern.exec(item);
    if (match === null) return null;
    names.push({ module, name: match[1], alias: match[2] ?? null });
  }
  return names.length > 0 ? names : null;
}

const keyOf = (guarded: boolean, n: Imported) => `${guarded ? 'T' : ''}|${n.module ?? ''}|${n.name}|${n.alias ?? ''}`;
/** The name an import binds in the module: `import a.b` binds `a`. */
const boundName = (n: Imported) => n.alias ?? (n.module === null ? n.name.split('.')[0] : n.name);

function keys(parts: Part[]): Set<string> {
  const all = new Set<string>();
  for (const part of parts) if (part.kind === 'import') for (const n of part.names) all.add(keyOf(part.guarded, n));
  return all;
}

/** A statement with only `names`: its own lines when it keeps them all, else one line of them. */
function render(statement: Statement, names: Imported[]): string[] {
  if (names.length === statement.names.length) return statement.lines;
  const list = names.map((n) => (n.alias === null ? n.name : `${n.name} as ${n.alias}`)).join(', ');
  return [
    statement.module === null
      ? `${statement.indent}import ${list}\n`
      : `${statement.indent}from ${statement.module} import ${list}\n`,
  ];
}

/** Whether the line before index `at` of a file opens into an `if TYPE_CHECKING:` block (the region starts in one). */
export function startsGuarded(file: string[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    if (file[k].trim() === '' || /^\s/.test(file[k])) continue;
    return GUARD.test(file[k]);
  }
  return false;
}

export interface ImportsMerge {
  lines: string[];
  /** The merge wrote an `if TYPE_CHECKING:` block the owners' lines did not have. */
  guardAdded: boolean;
}

/**
 * The region's imports merged by name, or null when a side's region is not imports only. `oursFile`: the owners'
 * whole file, whose imports elsewhere count as already there. `guarded`: whether each side's region starts inside a
 * guard block ([base, ours, theirs]). `around`: the merged line before the region and the line after it.
 */
export function importsMergedByName(
  base: string[],
  ours: string[],
  theirs: string[],
  oursFile: string[],
  guarded: [boolean, boolean, boolean],
  around: { before: string | undefined; after: string | undefined },
): ImportsMerge | null {
  const [b, o, t] = [parse(base, guarded[0]), parse(ours, guarded[1]), parse(theirs, guarded[2])];
  if (b === null || o === null || t === null) return null;
  const [inBase, inTheirs] = [keys(b), keys(t)];
  const boundByOwners = moduleBindings(oursFile);
  const out: string[][] = [];
  let lastPlain = -1;
  let lastGuarded = -1;
  for (const part of o) {
    if (part.kind !== 'import') {
      out.push(part.lines);
      continue;
    }
    // What the new generation deleted goes.
    const kept = part.names.filter((n) => !inBase.has(keyOf(part.guarded, n)) || inTheirs.has(keyOf(part.guarded, n)));
    if (kept.length === 0) continue;
    out.push(render(part, kept));
    if (part.guarded) lastGuarded = out.length - 1;
    else lastPlain = out.length - 1;
  }
  // What only the new generation imports goes in, after the owners' imports of the same kind.
  const addedPlain: string[] = [];
  const addedGuarded: string[] = [];
  for (const part of t) {
    if (part.kind !== 'import') continue;
    const added = part.names.filter((n) => !inBase.has(keyOf(part.guarded, n)) && !boundByOwners.has(boundName(n)));
    // A name the owners bind from elsewhere (their own class of that name) against the generation's: a person decides.
    if (part.names.some((n) => boundByOwners.has(boundName(n)) && boundByOwners.get(boundName(n)) !== sourceOf(n)))
      return null;
    if (added.length > 0) (part.guarded ? addedGuarded : addedPlain).push(...render(part, added));
  }
  let guardAdded = false;
  if (addedGuarded.length > 0) {
    if (lastGuarded >= 0) out[lastGuarded] = [...out[lastGuarded], ...addedGuarded];
    else {
      // The owners removed the block: it goes back, at the end of the region, with only these names.
      // (Set apart by blank lines from the code around it.)
      let end = out.length;
      while (end > 0 && out[end - 1].every((line) => line.trim() === '')) end--;
      const lineBefore = end > 0 ? out[end - 1].at(-1) : around.before;
      const lineAfter = end < out.length ? out[end][0] : around.after;
      const before = lineBefore !== undefined && lineBefore.trim() !== '' ? ['\n'] : [];
      const after = lineAfter !== undefined && lineAfter.trim() !== '' ? ['\n'] : [];
      out.splice(end, 0, [...before, 'if TYPE_CHECKING:\n', ...addedGuarded, ...after]);
      guardAdded = true;
    }
  }
  if (addedPlain.length > 0) {
    if (lastPlain >= 0) out[lastPlain] = [...out[lastPlain], ...addedPlain];
    else out.unshift(addedPlain);
  }
  return { lines: out.flat(), guardAdded };
}

/**
 * A Python file's lines with `TYPE_CHECKING` imported from `typing`, where it is not: into its `from typing import`
 * (first, as isort orders constants), else on a line of its own before the first import after `__future__`'s.
 */
export function withTypeCheckingImported(file: string[]): string[] {
  const at = file.findIndex((line) => line.startsWith('from typing import '));
  if (at >= 0 && file[at].trimEnd().endsWith('import (')) {
    const close = file.findIndex((line, k) => k > at && line.trim().startsWith(')'));
    if (close < 0) return file;
    if (file.slice(at + 1, close).some((line) => line.trim().replace(/,$/, '') === 'TYPE_CHECKING')) return file;
    return [...file.slice(0, at + 1), '    TYPE_CHECKING,\n', ...file.slice(at + 1)];
  }
  if (at >= 0) {
    if (/\bTYPE_CHECKING\b/.test(file[at])) return file;
    return [
      ...file.slice(0, at),
      file[at].replace('from typing import ', 'from typing import TYPE_CHECKING, '),
      ...file.slice(at + 1),
    ];
  }
  let future = -1;
  file.forEach((line, k) => {
    if (line.startsWith('from __future__ import ')) future = k;
  });
  let first = file.findIndex((line, k) => k > future && /^(?:from|import) /.test(line));
  if (first < 0) first = future + 1;
  return [...file.slice(0, first), 'from typing import TYPE_CHECKING\n', ...file.slice(first)];
}

/** Where an imported name comes from: its module and its name there. */
function sourceOf(n: Imported): string {
  return `${n.module ?? ''} ${n.name}`;
}

/**
 * The names a file's module-level imports bind (those at the top level and in `if TYPE_CHECKING:` blocks), each with
 * where it comes from.
 */
function moduleBindings(file: string[]): Map<string, string> {
  const bound = new Map<string, string>();
  let guarded = false;
  for (let k = 0; k < file.length; k++) {
    const line = file[k];
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) guarded = GUARD.test(line);
    else if (!guarded) continue;
    let statement = [line];
    if (FROM.test(line) && line.trimEnd().endsWith('(')) {
      const close = file.findIndex((l, c) => c > k && l.trim().startsWith(')'));
      if (close < 0) break;
      statement = file.slice(k, close + 1);
      k = close;
    }
    const parts = parse(statement, guarded);
    if (parts !== null)
      for (const part of parts)
        if (part.kind === 'import') for (const n of part.names) bound.set(boundName(n), sourceOf(n));
  }
  return bound;
}
