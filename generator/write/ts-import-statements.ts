/**
 * Lines of TypeScript read as whole import statements that bind names, for the three-way merge of imports
 * (merge-ts-imports.ts): each statement's module, kind (`import type` or not), shape, the names it binds and, for a
 * named import (`import { A, type B as C } from './x';`), its names each with the `//` comment that trails it; the
 * statement's own trailing comment too. A statement may span lines, as prettier breaks it (one name a line).
 */

/** A name of a named import: `type B as C` (text), `C` (name), and the `// …` comment after it, if any. */
export interface ImportItem {
  text: string;
  name: string;
  comment?: string;
}

export interface ImportStatement {
  /** Blank lines before it (they go with it). */
  lead: string[];
  lines: string[];
  /** Its text with spacing normalised, comments in (two statements alike when equal). */
  text: string;
  /** `import ` or `import type `. */
  head: string;
  module: string;
  quote: string;
  /** Module, kind and shape: the statements of two sides that are one statement changed. */
  key: string;
  bound: string[];
  /** Its `{ … }` names, when it has only those. */
  named: ImportItem[] | null;
  /** A `// …` comment after the statement. */
  comment?: string;
}

const IDENT = String.raw`[A-Za-z_$][\w$]*`;
const IMPORT = new RegExp(
  String.raw`^\s*(import\s+(?:type\s+)?)(?:(${IDENT})\s*,\s*)?(?:\*\s*as\s+(${IDENT})|\{([^}]*)\}|(${IDENT}))\s*from\s*(['"])([^'"\n]+)\6\s*;?\s*$`,
);
const ITEM = new RegExp(String.raw`^(?:type\s+)?(${IDENT})(?:\s+as\s+(${IDENT}))?$`);
/** Import statements anywhere in a file (for the names it binds). */
const ANY_IMPORT = new RegExp(
  String.raw`^import\s+(?:type\s+)?(?:${IDENT}\s*,\s*)?(?:\*\s*as\s+${IDENT}|\{[^}]*\}|${IDENT})\s*from\s*['"][^'"\n]+['"]`,
  'gm',
);
const LINE_COMMENT = /\s*(\/\/.*?)\s*$/;

/**
 * `lines` read as one statement: undefined when they are not a whole one (yet), null when they are one this can't
 * merge (a side-effect import, a comment that is not a name's or the statement's, `/* … *\/`).
 */
export function statement(lines: string[], lead: string[] = []): ImportStatement | null | undefined {
  if (lines.join('').includes('/*')) return null;
  // Each line's `// …` comment: after the statement's `;` (the statement's), or after a name (that name's).
  let comment: string | undefined;
  const itemComments: Array<{ before: number; comment: string }> = [];
  let code = '';
  for (const [k, line] of lines.entries()) {
    const m = LINE_COMMENT.exec(line.replace(/\n$/, ''));
    const bare = m === null || !/^\s*\/\//.test(m[0]) ? line.replace(/\n$/, '') : line.slice(0, m.index);
    if (m !== null && /^\s*\/\//.test(m[0])) {
      if (/;\s*$/.test(bare) && k === lines.length - 1) comment = m[1];
      else if (/[\w$]\s*,?\s*$/.test(bare) && code.includes('{') && !/\}/.test(code + bare))
        itemComments.push({ before: (code + bare).length, comment: m[1] });
      else return null;
    }
    code += `${bare}\n`;
  }
  const m = IMPORT.exec(code);
  if (m === null) return undefined;
  const [, head, defaulted, namespace, list, single, quote, module] = m;
  const open = code.indexOf('{');
  // Each name's text and where it starts and ends in `code` (a comment between its end and the next one's start is its).
  const raw: Array<{ text: string; start: number; end: number }> = [];
  if (list !== undefined) {
    let at = open + 1;
    for (const part of list.split(',')) {
      const start = at + part.length - part.trimStart().length;
      raw.push({ text: part.trim(), start, end: at + part.trimEnd().length });
      at += part.length + 1;
    }
    if (raw.at(-1)?.text === '') raw.pop();
  }
  const items: ImportItem[] = [];
  for (const [k, { text, end }] of raw.entries()) {
    const name = ITEM.exec(text);
    if (name === null) return null;
    const next = k < raw.length - 1 ? raw[k + 1].start : Infinity;
    const mine = itemComments.filter((c) => c.before >= end && c.before <= next);
    if (mine.length > 1) return null;
    items.push({
      text: text.replace(/\s+/g, ' '),
      name: name[2] ?? name[1],
      ...(mine[0] ? { comment: mine[0].comment } : {}),
    });
  }
  if (items.reduce((n, i) => n + (i.comment === undefined ? 0 : 1), 0) !== itemComments.length) return null;
  const bound = items.map((i) => i.name);
  for (const name of [defaulted, namespace, single]) if (name !== undefined) bound.push(name);
  if (bound.length === 0) return null;
  const named = list !== undefined && defaulted === undefined ? items : null;
  const shape = named !== null ? 'named' : `${defaulted ? 'default' : ''}${namespace ? '*' : ''}${single ? '1' : ''}`;
  const kind = head.replace(/\s+/g, ' ');
  const names = items.map((i) => `${i.text}${i.comment === undefined ? '' : ` ${i.comment}`}`).join(', ');
  const text = [kind, defaulted, namespace, single, names, module, comment].map((x) => x ?? '').join('\u0000');
  return {
    lead,
    lines,
    text,
    head: kind,
    module,
    quote,
    key: `${kind}\u0000${module}\u0000${shape}`,
    bound,
    named,
    ...(comment === undefined ? {} : { comment }),
  };
}

/** A region's lines as whole import statements (blank lines between them go with the next one), or null. */
export function statements(lines: string[]): ImportStatement[] | null {
  const out: ImportStatement[] = [];
  let lead = 0;
  let start = 0;
  for (let k = 0; k < lines.length; k++) {
    if (start === k && lines[k].trim() === '') {
      lead++;
      start++;
      continue;
    }
    if (!/^\s*import\b/.test(lines[start])) return null;
    const s = statement(lines.slice(start, k + 1), lines.slice(start - lead, start));
    if (s === null) return null;
    if (s === undefined) {
      // A statement over lines ends with its module; past a `;` (or a `from '…'`) with no match, it is not one.
      if (/from\s*['"]|;\s*(\/\/.*)?$/.test(lines[k])) return null;
      continue;
    }
    out.push(s);
    start = k + 1;
    lead = 0;
  }
  return start === lines.length && lead === 0 && out.length > 0 ? out : null;
}

/** The names a file's import statements bind, each with how many times. */
export function bindings(text: string): Map<string, number> {
  const count = new Map<string, number>();
  const bare = text.replace(/\/\/.*$/gm, '');
  for (const [found] of bare.matchAll(ANY_IMPORT))
    for (const name of statement([found])?.bound ?? []) count.set(name, (count.get(name) ?? 0) + 1);
  return count;
}
