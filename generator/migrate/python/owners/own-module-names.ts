/**
 * The owners' own Python module at a path where sdkgen writes one, which Stainless never wrote there (a `_streaming.py`
 * of theirs where their Stainless config made none, a resource module of theirs where sdkgen's spec now has one), as
 * the TypeScript move tells of an owners' module at a runtime path (owners/runtime-path-files.ts). Theirs stays (an
 * owners' file is never rewritten) and is a step for a person, told which names the rest of the repository imports from
 * it, and whether sdkgen's module binds each of them (deleting theirs is then enough) or which it lacks.
 */
import { bindsOf, importParts, importStatements, resolveImport } from '../source/import-resolution';
import { readModule, statementsAt } from '../source/statements';
import type { RepoFile } from '../../repository/checkout-files';
import { inPackage, packageDir } from '../../../emit/python/package-root';

export interface OwnModule {
  /** The names the other modules import from the owners' module (or read of it, imported as a module). */
  used: string[];
  /** Of those, the names sdkgen's module does not bind. */
  missing: string[];
}

/** The names a module binds at its level (what `from it import name` finds). */
function bindings(text: string): Set<string> {
  const module = readModule(text);
  const names = new Set<string>();
  for (const statement of statementsAt(module, 0, module.lines.length, 0))
    for (const name of bindsOf(module, statement)) names.add(name);
  return names;
}

/**
 * For the owners' module at `path` (`ownersText`) where sdkgen writes `sdkgenText`: the names the repository's other
 * Python files (`current`) import from it, and those sdkgen's module lacks. A module imported whole (`import
 * acme._streaming as s`, `from acme import _streaming`) counts the attributes its importer reads of it (`s.Stream`); a
 * `from … import *` of it, the public names theirs binds. Null where `path` is no module of the package.
 */
export function ownModuleNames(
  path: string,
  ownersText: string,
  sdkgenText: string,
  current: RepoFile[],
  importName: string,
): OwnModule | null {
  if (!path.startsWith(`${packageDir(importName)}/`) || !path.endsWith('.py')) return null;
  const texts = new Map(current.map((f) => [f.path, f.text]));
  const moduleText = (p: string) => (p === path ? ownersText : (texts.get(p) ?? null));
  const used = new Set<string>();
  for (const file of current) {
    if (file.path === path || file.text === null || !file.path.endsWith('.py')) continue;
    for (const statement of importStatements(file.text)) {
      const { from, parts } = importParts(statement);
      if (from !== null && parts.some((part) => part.name === '*')) {
        if (starTargets(file.path, from, importName).includes(path))
          for (const name of bindings(ownersText)) if (!name.startsWith('_')) used.add(name);
        continue;
      }
      for (const part of parts) {
        const found = resolveImport(file.path, statement, part.bound, importName, moduleText);
        if (!('resolved' in found) || found.resolved !== path) continue;
        const whole = from === null || isModulePath(file.path, from, part.name, importName, path);
        if (!whole) used.add(part.name);
        else for (const name of attributesRead(file.text, from === null ? part.name : part.bound)) used.add(name);
      }
    }
  }
  const sdkgens = bindings(sdkgenText);
  const names = [...used].sort();
  return { used: names, missing: names.filter((n) => !sdkgens.has(n)) };
}

/** The repository path of the module a dotted import names from `file` (relative or of the package), or null. */
function dottedPath(file: string, dotted: string, importName: string): string[] | null {
  const dots = /^\.*/.exec(dotted)![0].length;
  const rest = dotted.slice(dots).split('.').filter(Boolean);
  if (dots === 0) return inPackage(rest, importName) ? ['src', ...rest] : null;
  const folder = file.split('/').slice(0, -1);
  return dots - 1 > folder.length ? null : [...folder.slice(0, folder.length - (dots - 1)), ...rest];
}

/** The paths the module `from X import *` names may be at. */
function starTargets(file: string, from: string, importName: string): string[] {
  const stem = dottedPath(file, from, importName);
  return stem === null ? [] : [`${stem.join('/')}.py`, `${stem.join('/')}/__init__.py`];
}

/** Whether `from <from> import <name>` names the module at `path` itself (not a name it binds). */
function isModulePath(file: string, from: string, name: string, importName: string, path: string): boolean {
  const stem = dottedPath(file, from, importName);
  return (
    stem !== null && [`${[...stem, name].join('/')}.py`, `${[...stem, name].join('/')}/__init__.py`].includes(path)
  );
}

/** The attributes a module's code reads of the name `bound` (`import a.b` read as `a.b.X`: the dotted name). */
function attributesRead(text: string, bound: string): Set<string> {
  const module = readModule(text);
  const escaped = bound.replace(/\./g, '\\.');
  const names = new Set<string>();
  for (const line of module.words)
    for (const m of line.matchAll(new RegExp(`(?<![\\w.])${escaped}\\.([A-Za-z_]\\w*)`, 'g'))) names.add(m[1]);
  return names;
}

/**
 * What the report says of an owners' file where sdkgen writes one: it stays, and for a module of the package, whether
 * sdkgen's binds every name the repository imports from it (deleting theirs is then all it takes) or which it lacks.
 */
export function ownPythonFileAtSdkgensPath(
  path: string,
  ownersText: string | null,
  sdkgenText: string,
  current: RepoFile[],
  importName: string,
): string {
  const own = ownersText === null ? null : ownModuleNames(path, ownersText, sdkgenText, current, importName);
  if (own === null)
    return 'yours, and sdkgen writes a file here too: kept yours; move it (or delete it) and regenerate';
  const kept = 'yours (Stainless never wrote one here), and sdkgen writes its module here: kept yours';
  if (own.missing.length > 0)
    return `${kept}; sdkgen's lacks ${own.missing.join(', ')}, which your code imports from it. Move yours (and those imports) elsewhere, then regenerate`;
  const names =
    own.used.length === 0
      ? 'nothing of yours is imported from it'
      : `sdkgen's binds ${own.used.join(', ')}, all your code imports from it`;
  return `${kept}; ${names}: delete yours (git keeps it) and regenerate to take sdkgen's`;
}
