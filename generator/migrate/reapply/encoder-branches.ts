/**
 * What the owners' copy of Stainless's multipart encoder (`addFormValue` in `src/internal/uploads.ts`) does with an
 * array and with an object, read from the function's structure (its `if (Array.isArray(value))` and `typeof value ===
 * 'object'` branches, brackets matched past strings and comments) rather than from the lines a patch changed: a patch
 * that rewrote or re-indented the whole function changes every line, the array branch's too, though it still sends
 * `key[]`. Where the function is not found, or a branch not read, null: the changed lines decide (multipart-covered.ts).
 *
 * Hook: multipart-covered.ts, `ownersEncoderPatch` (the owners' whole file is at hand there).
 */

/** How a branch sends its value: its items (properties) under `key[]` (`key[name]`), under `key`, or as one JSON part. */
export type BranchForm = 'brackets' | 'bare' | 'json';

export interface EncoderForm {
  arrays: BranchForm | null;
  objects: BranchForm | null;
}

const DEFINITION = /(?:\bfunction\s+addFormValue\s*\(|\b(?:const|let)\s+addFormValue\s*=\s*(?:async\s*)?\()/;
const JSON_APPEND = /\.append\(\s*key\s*,\s*JSON\.stringify\(/;
const RECURSION = /\baddFormValue\(\s*form\s*,\s*([^,]+?)\s*,/g;

/** Where the bracket opened at `open` closes (strings, template literals and comments skipped), or -1. */
function closing(text: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let k = open; k < text.length; k++) {
    const c = text[k];
    if (c === '/' && text[k + 1] === '/') k = text.indexOf('\n', k) === -1 ? text.length : text.indexOf('\n', k);
    else if (c === '/' && text[k + 1] === '*') k = text.indexOf('*/', k + 2) + 1 || text.length;
    else if (c === "'" || c === '"' || c === '`') {
      for (k++; k < text.length && text[k] !== c; k++) if (text[k] === '\\') k++;
    } else if (c in pairs) stack.push(pairs[c]);
    else if (c === ')' || c === '}' || c === ']') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return k;
    }
  }
  return -1;
}

/** The block of the `if (…)` whose condition `condition` matches, in `body`; null when there is none. */
function branch(body: string, condition: RegExp): string | null {
  for (const m of body.matchAll(/\bif\s*\(/g)) {
    const open = m.index + m[0].length - 1;
    const close = closing(body, open);
    if (close === -1 || !condition.test(body.slice(open, close + 1))) continue;
    const brace = body.slice(close + 1).search(/\S/) + close + 1;
    if (body[brace] !== '{') return null;
    const end = closing(body, brace);
    return end === -1 ? null : body.slice(brace, end + 1);
  }
  return null;
}

/** How a branch's block sends the value: the JSON part where it appends one, else the key its recursion passes. */
function formOf(block: string | null): BranchForm | null {
  if (block === null) return null;
  if (JSON_APPEND.test(block)) return 'json';
  const keys = [...block.matchAll(RECURSION)].map((m) => m[1].replace(/\s+/g, ''));
  if (keys.length === 0) return null;
  if (keys.every((k) => k === 'key')) return 'bare';
  if (keys.every((k) => /^(?:key\+(['"])\[\]\1|`\$\{key\}\[(?:\$\{\w+\})?\]`)$/.test(k))) return 'brackets';
  return null;
}

/** The owners' encoder's array and object branches, or null where the file has no `addFormValue` to read. */
export function encoderFormOf(text: string): EncoderForm | null {
  const definition = DEFINITION.exec(text);
  if (definition === null) return null;
  const params = closing(text, definition.index + definition[0].length - 1);
  const open = params === -1 ? -1 : text.indexOf('{', params);
  const end = open === -1 ? -1 : closing(text, open);
  if (end === -1) return null;
  const body = text.slice(open, end + 1);
  return {
    arrays: formOf(branch(body, /\bArray\.isArray\(\s*value\s*\)/)),
    objects: formOf(branch(body, /\btypeof\s+value\s*===?\s*['"]object['"]/)),
  };
}
