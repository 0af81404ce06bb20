/**
 * Where a Python import statement finds each name it binds, in the repository as migrated: the package's module (or
 * a module beside a test) that binds it, another package's (a dependency: nothing to check here), or nowhere (the
 * module would not import). Read from the text alone, as carried-tests.ts and modules-for-tests.ts need it.
 */
import { importStatementOf, pythonImports } from './import-statements';
import { readModule, statementsAt, type ModuleLines, type Statement } from './statements';
import { inPackage } from '../../../emit/python/package-root';

/** `resolved`: the repository path that binds the name (null: another package's); `missing`: the dotted name. */
export type ImportResolution = { resolved: string | null } | { missing: string };

/**
 * The parts of an import statement: the module `from` names (null: a plain `import`), and each name imported with the
 * name it binds (its alias; `import a.b` binds `a`).
 */
export function importParts(statement: string): { from: string | null; parts: Array<{ name: string; bound: string }> } {
  const read = importStatementOf(statement.trim());
  if (read === null) return { from: null, parts: [] };
  // (`from m import *` as one part, `*`, that binds what `m` binds.)
  const parts = [
    ...read.names.map(({ name, bound }) => ({ name, bound })),
    ...(read.star ? [{ name: '*', bound: '*' }] : []),
  ];
  return { from: read.module, parts };
}

/**
 * The name `name` (as bound: an alias where `as` names one) that the import statement `source` of the module at `path`
 * binds. `moduleText(path)` gives a module's text in the migrated repository (null: it has none).
 */
export function resolveImport(
  path: string,
  source: string,
  name: string,
  importName: string,
  moduleText: (path: string) => string | null,
): ImportResolution {
  const { from, parts } = importParts(source);
  // (`import a.b as c` binds `c`, `import a.b` binds `a`: the module is the one that part names.)
  const original = parts.find((part) => part.bound === name)?.name ?? name;
  const dotted = from ?? original;
  const dots = /^\.*/.exec(dotted)![0].length;
  const rest = dotted.slice(dots).split('.').filter(Boolean);
  let stem: string[];
  if (dots > 0) {
    const folder = path.split('/').slice(0, -1);
    if (dots - 1 > folder.length) return { missing: from ? `${dotted}.${original}` : dotted };
    stem = [...folder.slice(0, folder.length - (dots - 1)), ...rest];
  } else if (inPackage(rest, importName)) stem = ['src', ...rest];
  else return { resolved: null };
  // (What is missing, named as Python would: from the package, or from the tests' folder.)
  const named = (parts: string[]) => (parts[0] === 'src' ? parts.slice(1) : parts).join('.');
  const found = (parts: string[]) =>
    [`${parts.join('/')}.py`, `${parts.join('/')}/__init__.py`].find((p) => moduleText(p) !== null) ?? null;
  const module = found(stem);
  if (!from) return module === null ? { missing: named(stem) } : { resolved: module };
  if (module !== null && moduleBinds(moduleText(module)!).has(original)) return { resolved: module };
  const submodule = found([...stem, original]);
  return submodule === null ? { missing: named([...stem, original]) } : { resolved: submodule };
}

/** Every import statement of a module, at any depth (a `TYPE_CHECKING` block, a function), as one line of text each. */
export function importStatements(text: string): string[] {
  return pythonImports(text)
    .filter((statement) => statement.module !== '__future__')
    .map((statement) => statement.text);
}

/** What a statement binds at the module's level: a `try:`/`if` block's assignments, imports and definitions too. */
export function bindsOf(module: ModuleLines, statement: Statement): string[] {
  if (statement.kind !== 'other') return statement.binds;
  const names: string[] = [];
  const imports = new Map(pythonImports(module.lines).map((s) => [s.start, s]));
  for (let i = statement.head; i < statement.end; i++) {
    if (module.continues[i]) continue;
    const line = module.code[i].trim();
    const named = /^(?:async\s+)?(?:def|class)\s+(\w+)/.exec(line);
    const imported = imports.get(i);
    if (named) names.push(named[1]);
    else if (imported !== undefined) names.push(...imported.names.map((n) => n.bound));
    else {
      const assigned = /^(\w+)\s*(?::[^=]+)?=(?!=)/.exec(line);
      if (assigned) names.push(assigned[1]);
    }
  }
  return names;
}

/** (By text: a module is asked about once per name imported of it, by every module importing it.) */
const BOUND = new Map<string, Set<string>>();

function moduleBinds(text: string): Set<string> {
  const known = BOUND.get(text);
  if (known) return known;
  const names = readBinds(text);
  BOUND.set(text, names);
  return names;
}

function readBinds(text: string): Set<string> {
  const module = readModule(text);
  const names = new Set<string>();
  for (const statement of statementsAt(module, 0, module.lines.length, 0))
    for (const name of bindsOf(module, statement)) names.add(name);
  return names;
}
