/**
 * Stainless's modules that sdkgen writes none of, which only the owners' tests carried out of Stainless's runtime
 * tests import (a `_utils` module of Stainless's, say): they stay as the owners' code, with the modules they import in
 * turn, where that is sound: every name each of them imports of the package (or of a module beside it) is bound in the
 * repository as migrated (sdkgen's modules with the owners' edits, the files that stay, and these). Where one is not,
 * nothing stays: the names are the conflict, reported with the tests.
 */
import { importStatements, resolveImport } from '../source/import-resolution';
import { importBinds } from '../source/import-statements';

export type ModulesForTests = { kind: 'kept'; modules: string[] } | { kind: 'unsound'; missing: string[] };

/**
 * `imported`: the modules the carried tests' imports resolved to; `finalText(path)`: a module's text in the migrated
 * repository without Stainless's modules that go; `stainlessText(path)`: such a module's text (null: none goes there).
 */
export function stainlessModulesForTests(
  imported: string[],
  importName: string,
  finalText: (path: string) => string | null,
  stainlessText: (path: string) => string | null,
): ModulesForTests {
  const goes = (path: string) => finalText(path) === null && stainlessText(path) !== null;
  const kept = new Set(imported.filter(goes));
  const moduleText = (path: string) => finalText(path) ?? stainlessText(path);
  const missing: string[] = [];
  const queue = [...kept];
  while (queue.length > 0) {
    const path = queue.shift()!;
    for (const source of importStatements(stainlessText(path)!))
      for (const name of importBinds(source)) {
        const found = resolveImport(path, source, name, importName, moduleText);
        if ('missing' in found) missing.push(`${found.missing} (imported by ${path})`);
        else if (found.resolved !== null && goes(found.resolved) && !kept.has(found.resolved)) {
          kept.add(found.resolved);
          queue.push(found.resolved);
        }
      }
  }
  return missing.length > 0 ? { kind: 'unsound', missing } : { kind: 'kept', modules: [...kept].sort() };
}
