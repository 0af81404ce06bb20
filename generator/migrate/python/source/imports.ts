/**
 * The package's modules a Python file imports, as repository paths: what the owners' code needs of Stainless's
 * modules. Read from the import statements' text (absolute imports of the package, relative imports), without running
 * anything; a name imported `from` a package may be a module of it, so both are listed.
 */
import { pythonImports } from './import-statements';
import { inPackage } from '../../../emit/python/package-root';

export function modulesImportedBy(file: string, text: string, importName: string): string[] {
  const modules = new Set<string>();
  const add = (dotted: string[]) => {
    if (!inPackage(dotted, importName)) return;
    const stem = `src/${dotted.join('/')}`;
    modules.add(`${stem}.py`);
    modules.add(`${stem}/__init__.py`);
  };
  // The package a relative import starts from: the file's folder, as dotted names under src/.
  const folder = file.split('/').slice(0, -1);
  const inSrc = folder[0] === 'src' ? folder.slice(1) : null;
  const statements = pythonImports(text);
  for (const statement of statements) {
    if (statement.module === null) continue;
    const from = statement.module;
    const dots = /^\.*/.exec(from)![0].length;
    const rest = from.slice(dots).split('.').filter(Boolean);
    let dotted: string[];
    if (dots === 0) dotted = rest;
    else if (inSrc === null || dots - 1 > inSrc.length) continue;
    else dotted = [...inSrc.slice(0, inSrc.length - (dots - 1)), ...rest];
    add(dotted);
    for (const { name } of statement.names) add([...dotted, name]);
  }
  // (The modules `import a.b` names after those `from` names: the order callers have looked them up in.)
  for (const statement of statements)
    if (statement.module === null) for (const { name } of statement.names) add(name.split('.'));
  return [...modules];
}
