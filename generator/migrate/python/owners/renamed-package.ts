/**
 * A package the owners renamed after Stainless's generation (`src/acme_sdk/` moved to `src/acme/`, its imports with
 * it): the base is read as Stainless would have written it under the repository's name, so that each of its files
 * meets the file the owners kept and sdkgen's file at the same path, and the rename itself is no edit to carry.
 */
import type { MigrationInputs } from '../../migration-plan';
import { packageDir } from '../../../emit/python/package-root';
import { diff, lines } from '../../../write/merge';
import { botCustomCodeOf } from '../../owners/bot-custom-code';

type Base = NonNullable<MigrationInputs['base']>;

/**
 * The import name of the package Stainless generated: the folder under src/ holding its `_client.py`, dotted when it
 * is nested in namespace packages (`cerebras.cloud.sdk`); the one nearest src/ when several are.
 */
export function baseImportName(base: Base): string | null {
  let found: string[] | null = null;
  for (const file of base.blobs.keys()) {
    const match = /^src\/((?:[A-Za-z_]\w*\/)+)_client\.py$/.exec(file);
    const parts = match ? match[1].split('/').slice(0, -1) : null;
    if (parts && (found === null || parts.length < found.length)) found = parts;
  }
  if (found !== null) return found.join('.');
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
  const rename = renamer(from, importName);
  const folder = from === 'src' ? 'src/' : `${packageDir(from)}/`;
  const moved = (file: string) =>
    file.startsWith(folder) ? `${packageDir(importName)}/${file.slice(folder.length)}` : file;
  const blobs = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const [file, blob] of base.blobs) {
    const text = base.texts.get(file);
    const renamed = text === undefined ? undefined : rename(text);
    // A text the rename changed is no longer the blob git has: its id says so, and the text is compared instead.
    blobs.set(moved(file), renamed !== undefined && renamed !== text ? `${blob}:renamed` : blob);
    if (renamed !== undefined) texts.set(moved(file), renamed);
  }
  // The bot's custom files (bot-custom-files.ts) moved with the package: the owners' files are at the new paths.
  const custom = botCustomCodeOf(base);
  const renamedBase: Base = { ...base, blobs, texts };
  if (custom.size > 0) Object.assign(renamedBase, { botCustomCode: new Set([...custom].map(moved)) });
  return { base: renamedBase, from };
}

/** Replaces the import name `from` by `to` where it names the module, as a whole word. */
function renamer(from: string, to: string): (text: string) => string {
  // (The name `src` is also the folder's: only where it names the module is it replaced.)
  const word =
    from === 'src'
      ? /\bsrc(?=\.[A-Za-z_]|\s+import\b)|(?<=\bimport\s+)src\b/g
      : new RegExp(`\\b${from.replace(/\./g, '\\.')}\\b`, 'g');
  return (text) => text.replace(word, to);
}

/**
 * The owners' text without the lines the rename passed over: where they moved the package and left Stainless's
 * docstrings and messages naming the old module (`A proxy for the \`src.resources\` module`), each such line is
 * Stainless's own under its old name, no edit of theirs, and reads as the renamed base has it. A line of theirs that
 * names the old module and is not the base's renamed stays as they wrote it.
 */
export function withoutRenameLeftovers(renamedBase: string, edited: string, from: string | null, to: string): string {
  if (from === null || from === to) return edited;
  const rename = renamer(from, to);
  const [b, e] = [lines(renamedBase), lines(edited)];
  const hunks = diff(b, e);
  if (hunks === null) return edited;
  const out = [...e];
  for (const hunk of hunks) {
    const [removed, added] = [b.slice(hunk.baseStart, hunk.baseEnd), e.slice(hunk.start, hunk.end)];
    if (removed.length !== added.length) continue;
    added.forEach((line, i) => {
      if (line !== removed[i] && rename(line) === removed[i]) out[hunk.start + i] = removed[i];
    });
  }
  return out.join('');
}
