/**
 * An import of the package's own modules the owners added to one of Stainless's modules for code of Stainless's that
 * sdkgen's module does not have (turbopuffer-python's `from ..types.custom import Filter, RankBy, AggregateBy`, read by
 * the annotations of Stainless's later generation, for which sdkgen's output from the spec stands in) is read by
 * nothing once carried: pyright's strict mode (`reportUnusedImport`) and ruff's F401 fail the module on it. Such an
 * import is left out and reported with its hunk as not applying. Only a whole top-level `from .… import …` line is
 * taken (the package's own module: importing it has no effect of the owners' to keep), never a re-export (`A as A`,
 * a package's `__init__.py`), and only where no name it binds is read anywhere else in the module, strings included
 * (a quoted annotation): a docstring's and a comment's words are no reading.
 */
import { editsAsHunks } from '../reapply/hunks';
import { importBinds } from './statements';

/** A whole one-line import from one of the package's own modules. */
const OWN_MODULE_IMPORT = /^from\s+\.[\w.]*\s+import\s+[^()\\]+$/;

export interface UnreadImports {
  text: string;
  /** The owners' hunks (against Stainless's text) adding the imports left out. */
  hunks: string[];
  /** The import lines left out. */
  imports: string[];
}

/** The module's text as code that may read a name: imports, docstrings and comments taken out. */
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

/**
 * `written` (sdkgen's module `sdkgens` with the owners' edits of Stainless's `stainless`, `edited`, carried) without
 * the owners' added imports of the package's own modules whose names nothing in it reads.
 */
export function withoutUnreadOwnersImports(
  path: string,
  written: string,
  stainless: string,
  edited: string,
  sdkgens: string,
): UnreadImports {
  const none = { text: written, hunks: [], imports: [] };
  if (!path.endsWith('.py') || path.endsWith('__init__.py')) return none;
  const theirs = new Set(stainless.split('\n'));
  const ours = new Set(sdkgens.split('\n'));
  const owners = new Set(edited.split('\n'));
  const lines = written.split('\n');
  const read = readingText(lines);
  const isRead = (name: string) => new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(read);
  const unread = (line: string) => {
    if (!OWN_MODULE_IMPORT.test(line) || theirs.has(line) || ours.has(line) || !owners.has(line)) return false;
    // (`import A as A` re-exports A: it is read by whoever imports this module.)
    if (/\b(\w+)\s+as\s+\1\b/.test(line)) return false;
    const names = importBinds(line);
    return names.length > 0 && !names.some(isRead);
  };
  const candidates = new Set(lines.filter(unread));
  if (candidates.size === 0) return none;
  // Only a hunk adding such imports alone is left out: one adding other lines too is carried whole, not half.
  const added = (hunk: string) =>
    hunk
      .split('\n')
      .filter((line) => line.startsWith('+') && line.slice(1).trim() !== '')
      .map((line) => line.slice(1));
  const hunks = editsAsHunks(stainless, edited).filter((hunk) => {
    const lines = added(hunk);
    return lines.length > 0 && lines.every((line) => candidates.has(line));
  });
  const left = new Set(hunks.flatMap(added));
  if (left.size === 0) return none;
  return { text: lines.filter((line) => !left.has(line)).join('\n'), hunks, imports: [...left] };
}

/** The report's reason for the imports left out. */
export function unreadImportsReason(imports: string[]): string {
  return (
    `${imports.map((line) => `\`${line.trim()}\``).join(', ')}: nothing in sdkgen's module reads what it imports ` +
    "(the code of Stainless's that read it is not in sdkgen's module), so it is left out: pyright's strict mode and " +
    'ruff would fail the module on an unused import. Add it back with the code of yours that reads it'
  );
}
