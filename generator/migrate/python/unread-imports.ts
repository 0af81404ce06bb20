/**
 * An import of the package's own modules the owners added to one of Stainless's modules for code of Stainless's that
 * sdkgen's module does not have (turbopuffer-python's `from ..types.custom import Filter, RankBy, AggregateBy`, read by
 * the annotations of Stainless's later generation, for which sdkgen's output from the spec stands in) is read by
 * nothing once carried: pyright's strict mode (`reportUnusedImport`) and ruff's F401 fail the module on it. Such an
 * import is left out and reported with its hunk as not applying; where some of its names are read and some not, it is
 * carried with the names read only. Taken: a top-level `from … import …` (one line, or a parenthesised list over
 * several) of the package's own modules (relative, or by the package's name: importing it has no effect of the owners'
 * to keep), and only a name nothing else in the module reads, strings included (a quoted annotation, `__all__`), code
 * under `if TYPE_CHECKING:` too: a docstring's and a comment's words are no reading. Never a re-export (`A as A`), a
 * package's `__init__.py`, or a name Stainless's or sdkgen's module imports so; and only from a hunk that adds or
 * changes import lines alone (one adding other lines too is carried whole, not half).
 */
import { editsAsHunks } from '../reapply/hunks';

export interface UnreadImports {
  text: string;
  /** The owners' hunks (against Stainless's text) adding the imports left out, whole or in part. */
  hunks: string[];
  /** What was left out: an import statement whole, or ``Name` of `from … import …``. */
  imports: string[];
}

interface ImportElement {
  /** As written, spacing made single: `A`, `A as B`. */
  text: string;
  /** The name it binds. */
  bound: string;
  /** The line it is on. */
  line: number;
}

interface ImportStatement {
  start: number;
  /** One past its last line. */
  end: number;
  module: string;
  elements: ImportElement[];
}

const FROM_IMPORT = /^from\s+([\w.]+)\s+import\s+(.*)$/;

/** The line without its comment (imports hold no strings). */
const withoutComment = (line: string) => line.replace(/#.*$/, '');

/** A module's top-level `from … import …` statements (a parenthesised list over several lines too). */
function importStatements(lines: string[]): ImportStatement[] {
  const statements: ImportStatement[] = [];
  for (let at = 0; at < lines.length; at++) {
    const head = FROM_IMPORT.exec(withoutComment(lines[at]).trimEnd());
    if (head === null) continue;
    const rest = head[2];
    // (A backslash continuation is left alone: its names are not read here.)
    if (rest.endsWith('\\')) continue;
    let end = at + 1;
    const parts: Array<{ text: string; line: number }> = [{ text: rest, line: at }];
    if (rest.includes('(') && !rest.includes(')')) {
      while (end < lines.length && !withoutComment(lines[end - 1]).includes(')') && end - at < 500) {
        parts.push({ text: withoutComment(lines[end]), line: end });
        end++;
      }
    }
    const elements = parts.flatMap(({ text, line }) =>
      text
        .replace(/[()]/g, '')
        .split(',')
        .map((part) => part.trim().replace(/\s+/g, ' '))
        .filter((part) => part !== '' && part !== '*')
        .map((part) => ({ text: part, bound: part.split(' as ').pop()!, line })),
    );
    statements.push({ start: at, end, module: head[1], elements });
    at = end - 1;
  }
  return statements;
}

/** Each `module element` a module imports at its top. */
function importedElements(text: string): Set<string> {
  return new Set(importStatements(text.split('\n')).flatMap((s) => s.elements.map((e) => `${s.module} ${e.text}`)));
}

/** The module's text as code that may read a name: its imports, docstrings and comments taken out. */
function readingText(lines: string[]): string {
  const code: string[] = [];
  let inImport = false;
  for (const line of lines) {
    if (inImport) {
      if (line.includes(')')) inImport = false;
      continue;
    }
    if (/^\s*(?:from\s+\S+\s+)?import\s/.test(line)) {
      inImport = line.includes('(') && !line.includes(')');
      continue;
    }
    code.push(line);
  }
  return code
    .join('\n')
    .replace(/("""|''')[\s\S]*?\1/g, '""')
    .replace(/^\s*#.*$/gm, '')
    .replace(/\s#[^"'\n]*$/gm, '');
}

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
function oneLine(statement: ImportStatement): string {
  return `from ${statement.module} import ${statement.elements.map((e) => e.text).join(', ')}`;
}

/** The statement's lines with `dropped` elements taken out of them (a line left with no element goes). */
function withElementsOut(lines: string[], statement: ImportStatement, dropped: Set<ImportElement>): string[] {
  const out: string[] = [];
  for (let at = statement.start; at < statement.end; at++) {
    const gone = statement.elements.filter((e) => e.line === at && dropped.has(e));
    if (gone.length === 0) {
      out.push(lines[at]);
      continue;
    }
    const kept = statement.elements.filter((e) => e.line === at && !dropped.has(e));
    const comment = /\s*#.*$/.exec(lines[at])?.[0] ?? '';
    const code = lines[at].slice(0, lines[at].length - comment.length);
    if (at === statement.start) {
      const [, prefix, open] = /^(from\s+\S+\s+import\s+)(\(?)/.exec(code)!;
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
      return statement === undefined || !own(statement.module)
        ? []
        : statement.elements.filter((e) => e.line === a.at).map((e) => `${statement.module} ${e.text}`);
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
  const out = [...lines];
  const left: string[] = [];
  const leftKeys = new Set<string>();
  // (From the last statement up, so that the line numbers of those above stay.)
  for (const statement of importStatements(lines).reverse()) {
    if (!own(statement.module)) continue;
    const dropped = new Set(
      statement.elements.filter((e) => {
        const key = `${statement.module} ${e.text}`;
        // (`A as A` re-exports A: it is read by whoever imports this module.)
        const reExport = /^(\w+) as \1$/.test(e.text);
        return droppable.has(key) && !theirs.has(key) && !ours.has(key) && !reExport && !isRead(e.bound);
      }),
    );
    if (dropped.size === 0) continue;
    for (const e of dropped) leftKeys.add(`${statement.module} ${e.text}`);
    const whole = dropped.size === statement.elements.length;
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

/** The report's reason for the imports left out. */
export function unreadImportsReason(imports: string[]): string {
  // (An entry "B` of `from … import A, B": the import is carried with the name read, A.)
  const partly = imports.some((entry) => entry.includes('` of `'));
  return (
    `${imports.map((line) => `\`${line.trim()}\``).join(', ')}: nothing in sdkgen's module reads what it imports ` +
    "(the code of Stainless's that read it is not in sdkgen's module), so it is left out" +
    (partly ? ' (the names of the import that it reads are carried)' : '') +
    ": pyright's strict mode and ruff would fail the module on an unused import. Add it back with the code of yours " +
    'that reads it'
  );
}
