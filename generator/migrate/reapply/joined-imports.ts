/**
 * A carried TypeScript module's named imports of one module joined into one statement, and the names a named list
 * repeats dropped, so that no name is bound (or re-exported) twice. Carrying puts an owners' import statement beside
 * sdkgen's own import of the same module (the owners' `import { ConversationCursorPage, PagePromise } from
 * '../core/pagination'` after sdkgen's `import { Page, PagePromise } from '../core/pagination'`): TypeScript reads
 * `PagePromise` as a duplicate identifier. Stainless's SDKs import a module once: where two statements of one module
 * bind one name both, the first takes the later one's names it lacks, in their order, and the later one goes (two
 * that share no name stay two, as TypeScript takes them). A name one statement imports as a type and the other
 * as a value stays a value. Where the two bind one local name to different things (`A as B` and `B`), or a statement
 * is not read (a comment of its own, a default or namespace import), they stay as they are.
 *
 * A named re-export list (`export { type A, B } from './x';`) that names one thing twice (two carried hunks adding the
 * same name) keeps the first.
 */
import type { ImportItem, ImportStatement } from '../../write/ts-import-statements';
import { statement } from '../../write/ts-import-statements';
import { printedImport, type ImportPrint } from '../../write/merge-ts-imports';

interface Found {
  start: number;
  end: number;
  s: ImportStatement;
}

/** The module's import statements that start a line, each with its first and last line. */
function importStatements(lines: string[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^import\s/.test(lines[i])) continue;
    for (let j = i; j < lines.length && j < i + 400; j++) {
      const s = statement(lines.slice(i, j + 1).map((line) => `${line}\n`));
      if (s === undefined) {
        if (/;\s*(\/\/.*)?$/.test(lines[j]) || /\bfrom\s*['"]/.test(lines[j])) break;
        continue;
      }
      if (s !== null) found.push({ start: i, end: j, s });
      i = j;
      break;
    }
  }
  return found;
}

const TYPE = /^type\s+/;
/** What an item imports and binds (`type A as B`: `A as B`). */
const bare = (item: ImportItem) => item.text.replace(TYPE, '');

/**
 * `first`'s items with `later`'s joined (each item as `type X` where its statement is `import type`), or null where
 * one local name is bound to two things.
 */
function joinedItems(first: ImportStatement, later: ImportStatement): ImportItem[] | null {
  const typed = (s: ImportStatement) =>
    (s.named ?? []).map((item) =>
      s.head.includes('type') && !TYPE.test(item.text) ? { ...item, text: `type ${item.text}` } : item,
    );
  const out = typed(first);
  for (const item of typed(later)) {
    const at = out.findIndex((had) => had.name === item.name);
    if (at < 0) {
      out.push(item);
      continue;
    }
    if (bare(out[at]) !== bare(item)) return null;
    // A value import of a name serves its type uses too.
    if (TYPE.test(out[at].text) && !TYPE.test(item.text)) out[at] = { ...out[at], text: item.text };
  }
  return out;
}

/** The items without a second item of one name (the first stays). */
function unrepeated(items: ImportItem[]): ImportItem[] | null {
  const seen = new Map<string, ImportItem>();
  for (const item of items) {
    const had = seen.get(item.name);
    if (had !== undefined && bare(had) !== bare(item)) return null;
    if (had === undefined) seen.set(item.name, item);
    else if (TYPE.test(had.text) && !TYPE.test(item.text)) seen.set(item.name, item);
  }
  return [...seen.values()];
}

/** `text` with each module's named imports in one statement (see the module's comment); the same text if none. */
export function importsJoined(text: string, print?: ImportPrint): string {
  const lines = text.split('\n');
  const found = importStatements(lines);
  const replace = new Map<number, { end: number; lines: string[] }>();
  const firsts = new Map<string, Found & { items: ImportItem[] }>();
  for (const f of found) {
    const { s } = f;
    if (s.named === null || s.comment !== undefined || s.named.some((item) => item.comment !== undefined)) continue;
    const first = firsts.get(s.module);
    if (first === undefined) {
      const items = unrepeated(s.named);
      if (items === null) continue;
      firsts.set(s.module, { ...f, items });
      if (items.length !== s.named.length) replace.set(f.start, { end: f.end, lines: printed(s, items, print) });
      continue;
    }
    // Two statements of one module are TypeScript's all the same: joined only where they bind one name twice.
    if (!s.named.some((item) => first.items.some((had) => had.name === item.name))) continue;
    const items = joinedItems({ ...first.s, named: first.items }, s);
    if (items === null) continue;
    // Stays `import type` only where both are.
    const head = first.s.head.includes('type') && s.head.includes('type') ? first.s.head : 'import ';
    const kept = head.includes('type') ? items.map((item) => ({ ...item, text: item.text.replace(TYPE, '') })) : items;
    first.items = kept;
    first.s = { ...first.s, head };
    replace.set(first.start, { end: first.end, lines: printed(first.s, kept, print) });
    replace.set(f.start, { end: f.end, lines: [] });
  }
  const exports = repeatedExportNames(lines);
  if (replace.size === 0 && exports.size === 0) return text;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const r = replace.get(i);
    if (r !== undefined) {
      out.push(...r.lines);
      i = r.end;
    } else if (!exports.has(i)) out.push(lines[i]);
  }
  return out.join('\n');
}

/** A named import printed as prettier prints it, as lines without their `\n`. */
function printed(like: ImportStatement, items: ImportItem[], print: ImportPrint | undefined): string[] {
  return printedImport({ ...like, lines: like.lines.map((line) => line.replace(/\n$/, '')) }, items, undefined, print)
    .join('')
    .split('\n');
}

/**
 * The lines of a named re-export list over several lines (`export {`, one name a line, `} from './x';`) that name
 * what a line above them in the list names already.
 */
function repeatedExportNames(lines: string[]): Set<number> {
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!/^export\s+(?:type\s+)?\{\s*$/.test(lines[i])) continue;
    const seen = new Map<string, string>();
    let j = i + 1;
    const at: number[] = [];
    for (; j < lines.length && /^\s+(?:type\s+)?[\w$]+(?:\s+as\s+[\w$]+)?,\s*$/.test(lines[j]); j++) {
      const item = lines[j].trim().replace(/,$/, '').replace(TYPE, '');
      const name = /([\w$]+)$/.exec(item)?.[1] ?? item;
      // The same thing named twice goes; one name for two things stays (TypeScript's to report).
      if (seen.get(name) === item) at.push(j);
      if (!seen.has(name)) seen.set(name, item);
    }
    if (/^\}\s*from\s*['"][^'"\n]+['"];?\s*$/.test(lines[j] ?? '')) for (const k of at) drop.add(k);
    i = j;
  }
  return drop;
}
