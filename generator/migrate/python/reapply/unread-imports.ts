/**
 * An import of the package's own modules the owners added to one of Stainless's modules for code of Stainless's that
 * sdkgen's module does not have (turbopuffer-python's `from ..types.custom import Filter, RankBy, AggregateBy`, read by
 * the annotations of Stainless's later generation, for which sdkgen's output from the spec stands in), or for code of
 * theirs left for a person, is read by nothing once carried: pyright's strict mode (`reportUnusedImport`) and ruff's
 * F401 fail the module on it. Such an import is left out and reported with its hunk as not applying; where some of its
 * names are read and some not, it is carried with the names read only. Taken: a top-level `from … import …` (one line,
 * or a parenthesised list over several) of the package's own modules (relative, or by the package's name) or of
 * `typing`/`typing_extensions` (importing either has no effect of the owners' to keep), and only a name nothing else
 * in the module reads, strings included (a quoted annotation, `__all__`), code under `if TYPE_CHECKING:` too: a
 * docstring's and a comment's words are no reading. Never a re-export (`A as A`), a package's `__init__.py`, or a
 * name Stainless's or sdkgen's module imports so; and only from a hunk that adds or changes import lines alone (one
 * adding other lines too is carried whole, not half).
 */
import { editsAsHunks } from '../../reapply/hunks';
import { pythonImports, underTypeChecking, type ImportedName, type PythonImport } from '../source/import-statements';

export interface UnreadImports {
  text: string;
  /** The owners' hunks (against Stainless's text) adding the imports left out, whole or in part. */
  hunks: string[];
  /** What was left out: an import statement whole, or ``Name` of `from … import …``. */
  imports: string[];
}

type ImportElement = ImportedName;

/**
 * Modules whose names are taken as the package's own are: importing a name of theirs does nothing else (composio's
 * `List` added to `from typing import …` for an annotation of theirs left for a person).
 */
const TYPING_MODULES = new Set(['typing', 'typing_extensions']);

/**
 * The module's `from … import …` statements the owners' imports are read among: those at its top level and those
 * directly under `if TYPE_CHECKING:` (read by annotations only, as a top-level one), each name with its line.
 */
function importStatements(lines: string[]): PythonImport[] {
  return pythonImports(lines).filter(
    (s) => s.kind === 'from' && s.module !== null && (s.indent === '' || underTypeChecking(s)),
  );
}

/** Each `module element` a module imports at its top (or under `if TYPE_CHECKING:`). */
function importedElements(text: string): Set<string> {
  return new Set(importStatements(text.split('\n')).flatMap((s) => s.names.map((e) => `${s.module} ${e.text}`)));
}

/**
 * The module's text as code that may read a name: its import statements, docstrings and comments taken out. A type
 * comment (`# type: List[Thing]`) reads the names it holds, as a checker does: its text stays.
 */
function readingText(lines: string[]): string {
  const inImport = new Set(pythonImports(lines).flatMap((s) => range(s.start, s.end)));
  return lines
    .filter((_, at) => !inImport.has(at))
    .join('\n')
    .replace(/("""|''')[\s\S]*?\1/g, '""')
    .replace(/#\s*type:(?!\s*ignore\b)/g, '')
    .replace(/^\s*#.*$/gm, '')
    .replace(/\s#[^"'\n]*$/gm, '');
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** The lines (0-based, of the edited text) a unified hunk adds, and the base lines it removes. */
function hunkLines(hunk: string): { added: Array<{ at: number; text: string }>; removed: string[] } {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  let at = Number(/\+(\d+)/.exec(header)?.[1] ?? '1') - 1;
  const added: Array<{ at: number; text: string }> = [];
  const removed: string[] = [];
  for (const line of body) {
    if (line.startsWith('-')) removed.push(line.slice(1));
    else if (line.startsWith('+')) added.push({ at: at++, text: line.slice(1) });
    else at++;
  }
  return { added, removed };
}

/** A statement as one line: `from .types import A, B`. */
function oneLine(statement: PythonImport): string {
  return `from ${statement.module} import ${statement.names.map((e) => e.text).join(', ')}`;
}

/** The statement's lines with `dropped` elements taken out of them (a line left with no element goes). */
export function withElementsOut(lines: string[], statement: PythonImport, dropped: Set<ImportElement>): string[] {
  const out: string[] = [];
  for (let at = statement.start; at < statement.end; at++) {
    const gone = statement.names.filter((e) => e.line === at && dropped.has(e));
    if (gone.length === 0) {
      out.push(lines[at]);
      continue;
    }
    const kept = statement.names.filter((e) => e.line === at && !dropped.has(e));
    const comment = /\s*#.*$/.exec(lines[at])?.[0] ?? '';
    const code = lines[at].slice(0, lines[at].length - comment.length);
    if (at === statement.start) {
      const [, prefix, open] = /^(\s*from\s+\S+\s+import\s*)(\(?)/.exec(code)!;
      const close = open && code.includes(')') ? ')' : '';
      const trailing = open && !close && /,\s*$/.test(code) && kept.length > 0 ? ',' : '';
      out.push(`${prefix}${open}${kept.map((e) => e.text).join(', ')}${trailing}${close}${comment}`);
      continue;
    }
    if (kept.length === 0 && comment.trim() === '' && !code.includes(')')) continue;
    const indent = /^\s*/.exec(code)![0];
    const comma = /,\s*\)?\s*$/.test(code) ? ',' : '';
    const close = code.includes(')') ? ')' : '';
    out.push(`${indent}${kept.map((e) => e.text).join(', ')}${kept.length > 0 ? comma : ''}${close}${comment}`);
  }
  return out;
}

/**
 * `written` (sdkgen's module `sdkgens` with the owners' edits of Stainless's `stainless`, `edited`, carried) without
 * the owners' added imports of the package's own modules whose names nothing in it reads. `importName`: the package's
 * name, whose modules an absolute import (`from acme.types import X`) names.
 */
export function withoutUnreadOwnersImports(
  path: string,
  written: string,
  stainless: string,
  edited: string,
  sdkgens: string,
  importName?: string,
): UnreadImports {
  const none = { text: written, hunks: [], imports: [] };
  if (!path.endsWith('.py') || path.endsWith('__init__.py')) return none;
  const own = (module: string) =>
    module.startsWith('.') ||
    TYPING_MODULES.has(module) ||
    (importName !== undefined && (module === importName || module.startsWith(`${importName}.`)));
  // The hunks that add or change import lines alone; the elements they add, and those any other hunk adds.
  const editedLines = edited.split('\n');
  const editedImports = importStatements(editedLines);
  const statementAt = (at: number) => editedImports.find((s) => s.start <= at && at < s.end);
  const stainlessImportLines = new Set(
    importStatements(stainless.split('\n')).flatMap((s) => stainless.split('\n').slice(s.start, s.end)),
  );
  const byHunk = editsAsHunks(stainless, edited).map((hunk) => {
    const { added, removed } = hunkLines(hunk);
    const code = added.filter((a) => a.text.trim() !== '');
    const importsOnly =
      code.length > 0 &&
      code.every((a) => statementAt(a.at) !== undefined) &&
      removed.every((line) => line.trim() === '' || stainlessImportLines.has(line));
    const elements = code.flatMap((a) => {
      const statement = statementAt(a.at);
      return statement === undefined || !own(statement.module!)
        ? []
        : statement.names.filter((e) => e.line === a.at).map((e) => `${statement.module} ${e.text}`);
    });
    return { hunk, importsOnly, elements };
  });
  const addedElsewhere = new Set(byHunk.filter((h) => !h.importsOnly).flatMap((h) => h.elements));
  const droppable = new Set(
    byHunk.filter((h) => h.importsOnly).flatMap((h) => h.elements.filter((e) => !addedElsewhere.has(e))),
  );
  if (droppable.size === 0) return none;
  const [theirs, ours] = [importedElements(stainless), importedElements(sdkgens)];
  const lines = written.split('\n');
  const read = readingText(lines);
  const isRead = (name: string) => new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(read);
  const drops = new Map<PythonImport, Set<ImportElement>>();
  for (const statement of importStatements(lines)) {
    if (!own(statement.module!)) continue;
    const dropped = new Set(
      statement.names.filter((e) => {
        const key = `${statement.module} ${e.text}`;
        // (`A as A` re-exports A: it is read by whoever imports this module.)
        const reExport = /^(\w+) as \1$/.test(e.text);
        return droppable.has(key) && !theirs.has(key) && !ours.has(key) && !reExport && !isRead(e.bound);
      }),
    );
    const whole = dropped.size === statement.names.length;
    // A backslash-continued statement is taken out whole or not at all (its lines' layout is not rewritten).
    const continued = statement.end - statement.start > 1 && !statement.parenthesised;
    if (dropped.size > 0 && (whole || !continued)) drops.set(statement, dropped);
  }
  const emptying = [...drops.keys()].filter((statement) => leavesBlockEmpty(lines, statement, drops));
  for (const statement of emptying) drops.delete(statement);
  const out = [...lines];
  const left: string[] = [];
  const leftKeys = new Set<string>();
  // (From the last statement up, so that the line numbers of those above stay.)
  for (const [statement, dropped] of [...drops].reverse()) {
    for (const e of dropped) leftKeys.add(`${statement.module} ${e.text}`);
    const whole = dropped.size === statement.names.length;
    out.splice(
      statement.start,
      statement.end - statement.start,
      ...(whole ? [] : withElementsOut(lines, statement, dropped)),
    );
    left.unshift(
      whole ? oneLine(statement) : `${[...dropped].map((e) => e.text).join(', ')}\` of \`${oneLine(statement)}`,
    );
  }
  if (left.length === 0) return none;
  const hunks = byHunk.filter((h) => h.importsOnly && h.elements.some((e) => leftKeys.has(e))).map((h) => h.hunk);
  return { text: out.join('\n'), hunks, imports: left };
}

/**
 * Whether taking out the statements of `drops` wholly would leave the `if TYPE_CHECKING:` block `statement` is in
 * with no code (a syntax error): all of that block's statements then stay, as a person would decide what goes.
 */
function leavesBlockEmpty(lines: string[], statement: PythonImport, drops: Map<PythonImport, Set<ImportElement>>) {
  if (statement.blockLine === null) return false;
  const headerIndent = /^[ \t]*/.exec(lines[statement.blockLine])![0].length;
  const goes = new Set(
    [...drops]
      .filter(([s, dropped]) => s.blockLine === statement.blockLine && dropped.size === s.names.length)
      .flatMap(([s]) => range(s.start, s.end)),
  );
  for (let at = statement.blockLine + 1; at < lines.length; at++) {
    const line = lines[at];
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!goes.has(at) && /^[ \t]*/.exec(line)![0].length <= headerIndent) return true;
    if (!goes.has(at)) return false;
  }
  return true;
}

/** The report's reason for the imports left out. */
export function unreadImportsReason(imports: string[]): string {
  // (An entry "B` of `from … import A, B": the import is carried with the name read, A.)
  const partly = imports.some((entry) => entry.includes('` of `'));
  return (
    `${imports.map((line) => `\`${line.trim()}\``).join(', ')}: nothing in sdkgen's module reads what it imports ` +
    "(the code that read it, Stainless's or yours left for a person, is not in sdkgen's module), so it is left out" +
    (partly ? ' (the names of the import that it reads are carried)' : '') +
    ": pyright's strict mode and ruff would fail the module on an unused import. Add it back with the code of yours " +
    'that reads it'
  );
}
