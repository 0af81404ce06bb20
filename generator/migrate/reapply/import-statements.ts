/**
 * Import statements the owners added where sdkgen's module has no such place: runway's
 * `import { APIPromiseWithAwaitableTask, wrapAsWaitableResource } from '../lib/polling';` written over the blank line
 * after Stainless's header, which sdkgen's header is not. An import goes with the module's imports wherever it stood:
 * a hunk that only adds import statements (and takes out blank lines or imports) has them after sdkgen's imports.
 * The imports it took out stay: sdkgen's code may use what they import.
 */

/** The lines of `lines` that are import statements (an import over several lines, each of its lines). */
export function importStatements(lines: string[]): string[] {
  const out: string[] = [];
  let inside = false;
  for (const line of lines) {
    inside ||= /^\s*import\s/.test(line);
    if (inside) out.push(line);
    if (inside && /\bfrom\s*['"]|^\s*import\s*['"]/.test(line)) inside = false;
  }
  return out;
}

/**
 * Where the imports a hunk adds go in `target` (at `at`, after its imports), with those `target` has already left
 * out; null when the hunk does more than add imports.
 */
export function placeImportStatements(
  added: string[],
  removed: string[],
  target: string[],
  at: number,
): { start: number; end: number; lines: string[] } | null {
  const code = (lines: string[]) => lines.filter((line) => line.trim() !== '');
  const imports = importStatements(added);
  if (imports.length === 0 || imports.length !== code(added).length) return null;
  // An indented import is a block's (Python's `try: import x`): it has no place among the module's imports.
  if (imports.some((line) => /^\s+import\s/.test(line))) return null;
  if (code(removed).length !== code(importStatements(removed)).length) return null;
  const present = new Set(target.map((line) => line.trim()));
  const lines = imports.filter((line) => !present.has(line.trim()));
  const replaced = rebound(importStatements(removed), imports, target);
  if (replaced !== null) return { ...replaced, lines };
  return { start: at, end: at, lines };
}

/**
 * sdkgen's import lines (one range of `target`) that the owners' edit replaced: privy's owners turned Stainless's
 * test import `import PrivyAPI from '@privy-io/node'` into `import { PrivyAPI } from '@privy-io/node/client'`, and
 * sdkgen's test binds the same name from the same module by a relative path (`import PrivyAPI from
 * '../src/index.js'`), which the removal did not find: the name was bound twice. A line of sdkgen's goes where it
 * binds what a removed line bound (the same names, from the module the package's own path names) and the added
 * imports bind all of its names again, so nothing of sdkgen's loses a name. Null when no line or no one range.
 */
function rebound(removed: string[], added: string[], target: string[]): { start: number; end: number } | null {
  const boundAgain = new Set(added.flatMap((line) => boundNames(line)));
  const replaced = target.flatMap((line, i) => {
    const ours = oneLineImport(line);
    if (ours === null || !ours.names.every((name) => boundAgain.has(name))) return [];
    const same = removed.some((theirs) => {
      const before = oneLineImport(theirs);
      return before !== null && before.clause === ours.clause && sameModule(before.from, ours.from);
    });
    return same ? [i] : [];
  });
  if (replaced.length === 0 || replaced[replaced.length - 1] - replaced[0] !== replaced.length - 1) return null;
  return { start: replaced[0], end: replaced[replaced.length - 1] + 1 };
}

/** A one-line import's binding clause (whitespace read away), specifier and bound names. */
function oneLineImport(line: string): { clause: string; from: string; names: string[] } | null {
  const match = /^import\s+(.+?)\s+from\s+['"]([^'"]+)['"];?\s*$/.exec(line.trim());
  if (match === null) return null;
  const names = boundNames(line);
  return names.length === 0 ? null : { clause: match[1].replace(/\s+/g, ''), from: match[2], names };
}

/**
 * Whether a package's own path (Stainless's tests import `@acme/sdk`, `@acme/sdk/core/error`) and a relative path
 * into its `src/` (sdkgen's `../src/index.js`, `../src/core/error.js`) name the same module: the package's own paths
 * map onto `src/` in both generators' packages. The package name is npm's: a scope and a name, or a name.
 */
function sameModule(packagePath: string, relativePath: string): boolean {
  if (!relativePath.startsWith('.') || packagePath.startsWith('.')) return false;
  const segments = packagePath.split('/');
  const subpath = segments.slice(packagePath.startsWith('@') ? 2 : 1).join('/');
  const module = (path: string) => path.replace(/\.(?:[cm]?js|ts)$/, '').replace(/(?:^|\/)index$/, '');
  const inSource = /^(?:\.\.?\/)+src(?:\/(.*))?$/.exec(relativePath);
  return inSource !== null && module(inSource[1] ?? '') === module(subpath);
}

/** A one-line import and the names it binds. */
const ONE_LINE_IMPORT = /^import\s+(?:type\s+)?(.+?)\s+from\s+['"][^'"]+['"];?\s*$/;

/**
 * The one-line imports of sdkgen's module (`original`) that the carried edits took out (runway's owners replaced
 * `import { APIPromise } …` with their own import, for methods whose return type they changed) but whose names the
 * module (`final`) still uses: where those methods' edits did not go onto sdkgen's, the import stays.
 */
export function importsStillUsed(original: string[], final: string[]): string[] {
  const present = new Set(final.map((line) => line.trim()));
  const code = final.filter((line) => !/^\s*(import\s|\/\/|\*|\/\*)/.test(line)).join('');
  const used = (name: string) => new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(code);
  // (A name another import binds now is theirs: not bound twice.)
  const boundNow = new Set(final.flatMap(boundNames));
  return original.filter((line) => {
    if (present.has(line.trim())) return false;
    const names = boundNames(line);
    return names.length > 0 && names.some(used) && !names.some((name) => boundNow.has(name));
  });
}

/** The local names a one-line import binds (none for any other line). */
function boundNames(line: string): string[] {
  const bound = ONE_LINE_IMPORT.exec(line.trim())?.[1];
  if (bound === undefined) return [];
  return bound
    .replace(/[{}]/g, ' ')
    .split(',')
    .map((part) => /([A-Za-z_$][\w$]*)\s*$/.exec(part.trim())?.[1])
    .filter((name): name is string => name !== undefined);
}
