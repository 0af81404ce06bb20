/**
 * Whether the owners' edit of one of Stainless's modules touches what a piece of code uses of it. A client hook that
 * calls into a module they edited is theirs when the edit changed what it calls (knock-node's `stringifyQuery`
 * module re-exporting their serialiser), not when the edit only added beside it (writer-node's new error classes in
 * `core/error.ts`, which Stainless's `stringifyQuery` reads as `Errors.WriterError`, unchanged).
 */
import { escapeRegExp } from '../../escape-regexp';

/** The texts of `name`'s declarations and exports in a module (its block up to the next top-level `export`). */
function declarationsOf(text: string, name: string): string[] {
  const n = escapeRegExp(name);
  const lines = text.split('\n');
  const found: string[] = [];
  const declares = new RegExp(
    `^export\\s+(?:declare\\s+)?(?:default\\s+)?(?:abstract\\s+)?(?:async\\s+)?` +
      `(?:class|function\\*?|const|let|var|interface|type|enum|namespace)\\s+${n}\\b`,
  );
  const reExports = new RegExp(`^export\\s+(?:type\\s+)?\\{[^}]*\\b${n}\\b[^}]*\\}`);
  for (let i = 0; i < lines.length; i++) {
    if (reExports.test(lines[i])) found.push(lines[i]);
    if (!declares.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && !/^export\s/.test(lines[end])) end++;
    found.push(lines.slice(i, end).join('\n'));
  }
  return found.map((block) => block.replace(/\s+/g, ' ').trim());
}

/**
 * Whether the owners' edit of a module (`base` → `current`) changed one of `names` (what the code uses of it). A
 * name declared in neither text, or a module that re-exports another whole (`export *`), counts as changed: the
 * edit may reach it.
 */
export function editTouches(base: string, current: string, names: readonly string[]): boolean {
  if (/^export\s+\*/m.test(base) || /^export\s+\*/m.test(current)) return true;
  return names.some((name) => {
    const [before, after] = [base, current].map((text) => declarationsOf(text, name));
    return before.length === 0 || before.join('\n') !== after.join('\n');
  });
}

/** What `body` uses of the import bound as `local`: its members read (`Errors.WriterError`) for a namespace, else it. */
export function namesUsed(body: string, local: string, imported: string): string[] {
  if (imported !== '*') return [imported];
  const members = [...body.matchAll(new RegExp(`\\b${escapeRegExp(local)}\\s*\\.\\s*([\\w$]+)`, 'g'))].map((m) => m[1]);
  // (The namespace used whole, passed on as a value: all of it.)
  return members.length > 0 ? [...new Set(members)] : ['*'];
}
