/**
 * A package the owners renamed after Stainless's generation (`src/acme_sdk/` moved to `src/acme/`, its imports with
 * it): the base is read as Stainless would have written it under the repository's name, so that each of its files
 * meets the file the owners kept and sdkgen's file at the same path, and the rename itself is no edit to carry.
 */
import type { MigrationInputs } from '../migration-plan';

type Base = NonNullable<MigrationInputs['base']>;

/** The import name of the package Stainless generated: the folder under src/ holding its `_client.py`. */
export function baseImportName(base: Base): string | null {
  for (const file of base.blobs.keys()) {
    const found = /^src\/([A-Za-z_]\w*)\/_client\.py$/.exec(file);
    if (found) return found[1];
  }
  // `package_name: src`: Stainless writes the package at src/ itself.
  return base.blobs.has('src/_client.py') ? 'src' : null;
}

/**
 * The base with its package at `src/<importName>/` and the old name replaced by the new, as a whole word, in its
 * texts; the base as it is when it already is there (or has no package). `from` is the base's own name.
 */
export function baseUnderName(base: Base, importName: string): { base: Base; from: string | null } {
  const from = baseImportName(base);
  if (from === null || from === importName) return { base, from: null };
  // (The name `src` is also the folder's: only where it names the module is it replaced.)
  const word =
    from === 'src' ? /\bsrc(?=\.[A-Za-z_]|\s+import\b)|(?<=\bimport\s+)src\b/g : new RegExp(`\\b${from}\\b`, 'g');
  const folder = from === 'src' ? 'src/' : `src/${from}/`;
  const moved = (file: string) => (file.startsWith(folder) ? `src/${importName}/${file.slice(folder.length)}` : file);
  const blobs = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const [file, blob] of base.blobs) {
    const text = base.texts.get(file);
    const renamed = text?.replace(word, importName);
    // A text the rename changed is no longer the blob git has: its id says so, and the text is compared instead.
    blobs.set(moved(file), renamed !== undefined && renamed !== text ? `${blob}:renamed` : blob);
    if (renamed !== undefined) texts.set(moved(file), renamed);
  }
  return { base: { ...base, blobs, texts }, from };
}
