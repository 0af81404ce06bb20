/**
 * An owners' hunk that only renames a name Stainless's file imports (runway's owners took `Uploads`, Stainless's
 * `import * as Uploads from './core/uploads'`, for their resource class, and renamed the namespace `UploadsCore`:
 * `static toFile = Uploads.toFile` → `static toFile = UploadsCore.toFile`). It changes nothing that runs; what it
 * does is take the name off that module. When sdkgen's file binds no such name to that module, its result is there
 * already, and there is nothing to carry (their renamed import, when they use it elsewhere, is carried as any other).
 */

/**
 * Whether a unified-diff hunk of `stainless` only renames, in the lines it changes, one name that an import of
 * `stainless` binds, and `written` (sdkgen's file) has no import binding that name to the same module.
 */
export function isMootImportRename(hunk: string, stainless: string, written: string): boolean {
  const lines = hunk.replace(/\n$/, '').split('\n').slice(1);
  const removed = lines.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const added = lines.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  if (removed.length === 0 || removed.length !== added.length) return false;
  // The renamed import itself is the owners' to keep: their code may use the new name.
  if (removed.some((line) => /^\s*(?:import|export)\b/.test(line))) return false;
  const rename = renameOf(removed, added);
  if (rename === null) return false;
  const from = importedFrom(stainless, rename.from);
  if (from === null || importedFrom(stainless, rename.to) !== null) return false;
  // The lines that use the old name are not sdkgen's (else the rename would be for its lines to carry too).
  const writtenLines = new Set(written.split('\n').map((line) => line.trim()));
  if (removed.some((line) => writtenLines.has(line.trim()))) return false;
  return importedFrom(written, rename.from) !== from;
}

/** The one name `removed` has where `added` has another, line by line, and nothing else changed; else null. */
function renameOf(removed: string[], added: string[]): { from: string; to: string } | null {
  let rename: { from: string; to: string } | null = null;
  for (let i = 0; i < removed.length; i++) {
    const before = tokens(removed[i]!);
    const after = tokens(added[i]!);
    if (before.length !== after.length) return null;
    for (let j = 0; j < before.length; j++) {
      if (before[j] === after[j]) continue;
      const [from, to] = [before[j]!, after[j]!];
      if (!IDENTIFIER.test(from) || !IDENTIFIER.test(to)) return null;
      if (rename && (rename.from !== from || rename.to !== to)) return null;
      rename = { from, to };
    }
  }
  return rename;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A line as identifiers, whitespace runs and single other characters. */
function tokens(line: string): string[] {
  return line.match(/[A-Za-z_$][\w$]*|\s+|./g) ?? [];
}

/**
 * The module (without a `.js`/`.ts` ending) an import statement of `text` binds `name` from (`import * as name`,
 * `import name`, `import { x as name }`, `import { name }`), or null when none does.
 */
function importedFrom(text: string, name: string): string | null {
  for (const match of text.matchAll(/^\s*import\s+(?:type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]/gm)) {
    const [, clause, source] = match as unknown as [string, string, string];
    const bound = [...clause.matchAll(/(?:\bas\s+|^|[{,]\s*)([A-Za-z_$][\w$]*)\s*(?=[,}]|$)/g)].map((m) => m[1]);
    const namespace = /^\*\s+as\s+([A-Za-z_$][\w$]*)$/.exec(clause.trim())?.[1];
    if (namespace === name || bound.includes(name)) return source.replace(/\.(?:js|ts|mjs|cjs)$/, '');
  }
  return null;
}
