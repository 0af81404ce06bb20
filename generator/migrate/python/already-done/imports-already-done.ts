/**
 * Owners' edits of a module's import statements whose result sdkgen's module has already: every name they brought in
 * is imported there (from the same module, or from `typing` for an abstract collection they take from
 * `collections.abc`, which `typing` re-exports), and no name they took out is imported from where they took it
 * (apollo's `_files.py`: `Mapping` from collections.abc, the helpers of `._utils` no longer imported; `PYDANTIC_V1`
 * dropped from an import of `._compat`), or a name of the package's own modules imported there from another of them.
 * Such a hunk has nothing left to carry: counted as there, not left for a person.
 */
import type { Reapplied } from '../../reapply/hunks';
import { importStatementOf, pythonImports } from '../source/import-statements';
import { readModule } from '../source/statements';

/** The abstract collections `typing` re-exports from `collections.abc` under the same names. */
const ABC_NAMES = new Set([
  'AbstractSet',
  'AsyncGenerator',
  'AsyncIterable',
  'AsyncIterator',
  'Awaitable',
  'Callable',
  'Collection',
  'Container',
  'Coroutine',
  'Generator',
  'Hashable',
  'ItemsView',
  'Iterable',
  'Iterator',
  'KeysView',
  'Mapping',
  'MappingView',
  'MutableMapping',
  'MutableSequence',
  'MutableSet',
  'Reversible',
  'Sequence',
  'Sized',
  'ValuesView',
]);

/**
 * `carried` with its rejected import hunks that sdkgen's module has the result of counted as there. With Stainless's
 * text (`base`) the hunks were made against, a name added to or taken out of a parenthesised list is read as imported
 * from the module of the statement around it there.
 */
export function withImportsAlreadyDone(carried: Reapplied, base?: string, definedAt?: DefinedAt): Reapplied {
  if (carried.rejected.length === 0) return carried;
  const imported = importsOf(carried.text);
  const baseLines = base?.split('\n') ?? [];
  const reads = namesReadOutsideImports(carried.text);
  const rejected = carried.rejected.filter(
    (hunk) => !doneAlready(withListsNamed(hunk, baseLines), imported, reads, definedAt),
  );
  const done = carried.rejected.length - rejected.length;
  return done === 0 ? carried : { ...carried, rejected, alreadyThere: (carried.alreadyThere ?? 0) + done };
}

/**
 * The repository path of the module that defines `name` as the module being carried imports it `from` (`..types.shared`):
 * re-exports followed (`from .code_bundle import CodeBundle as CodeBundle`); null where that is not known.
 */
export type DefinedAt = (from: string, name: string) => string | null;

function doneAlready(
  hunk: string,
  imported: Map<string, Set<string>>,
  reads: (name: string) => boolean,
  definedAt: DefinedAt | undefined,
): boolean {
  const body = hunk.replace(/\n$/, '').split('\n').slice(1);
  const changed = (sign: string) =>
    body
      .filter((line) => line.startsWith(sign))
      .map((line) => line.slice(1))
      .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  const [removed, added] = [changed('-'), changed('+')];
  if (removed.length + added.length === 0) return false;
  const before = statements(removed);
  const after = statements(added);
  if (before === null || after === null) return false;
  const brought = after.filter(([module, name]) => !before.some(([m, n]) => m === module && n === name));
  const dropped = before.filter(([module, name]) => !after.some(([m, n]) => m === module && n === name));
  if (brought.length + dropped.length === 0) return false;
  return (
    brought.every(
      ([module, name]) =>
        sources(module, name).some((from) => imported.get(from)?.has(name)) ||
        boundInPackage(module, name, imported, definedAt),
    ) &&
    // A name they took out that sdkgen's module still imports is one its code reads (their code had stopped reading
    // it: retell's `is_list`, after they rewrote the one method of Stainless's that read it): the import stays, and
    // what they wanted of it, no import nothing reads, holds.
    dropped.every(([module, name]) => !imported.get(module)?.has(name) || reads(name.split(' as ').pop()!))
  );
}

/**
 * Whether a name the owners import from one of the package's own modules is imported from another of them already,
 * the same definition (`from .shared import Metadata` where sdkgen's module has `from .shared.metadata import
 * Metadata`): their code reads the name, bound there; carried, the import would only rebind it. A class of that name
 * another module defines is another class (braintrust-api-py's `..types.shared`'s model `CodeBundle`, sdkgen's
 * `.shared_params.code_bundle`'s params `CodeBundle`): their import stays theirs. Where the definition is not known,
 * nor is it the same.
 */
function boundInPackage(
  module: string,
  name: string,
  imported: Map<string, Set<string>>,
  definedAt: DefinedAt | undefined,
): boolean {
  if (!module.startsWith('.') || name.includes(' as ') || definedAt === undefined) return false;
  const theirs = definedAt(module, name);
  return (
    theirs !== null &&
    [...imported].some(([from, bound]) => from.startsWith('.') && bound.has(name) && definedAt(from, name) === theirs)
  );
}

/**
 * The `DefinedAt` of the module at `path`, reading the migrated repository's modules (`moduleText`): a relative
 * import's module from the importing file's folder, each re-export (`from .x import Name`) followed to the module that
 * defines the name, a package's submodule where `name` is one.
 */
export function definedAtIn(path: string, moduleText: (path: string) => string | null): DefinedAt {
  const moduleAt = (importer: string, from: string): string | null => {
    const dots = /^\.*/.exec(from)![0].length;
    if (dots === 0) return null;
    const folder = importer.split('/').slice(0, -1);
    if (dots - 1 > folder.length) return null;
    const stem = [...folder.slice(0, folder.length - (dots - 1)), ...from.slice(dots).split('.').filter(Boolean)];
    return [`${stem.join('/')}.py`, `${stem.join('/')}/__init__.py`].find((p) => moduleText(p) !== null) ?? null;
  };
  const follow = (module: string | null, name: string, depth: number): string | null => {
    if (module === null || depth > 8) return null;
    const text = moduleText(module)!;
    const statement = pythonImports(text).find((s) => s.indent === '' && s.names.some((n) => n.bound === name));
    if (statement !== undefined) {
      const original = statement.names.find((n) => n.bound === name)!.name;
      return statement.module === null ? null : follow(moduleAt(module, statement.module), original, depth + 1);
    }
    if (new RegExp(`^(?:class|def|async\\s+def)\\s+${name}\\b|^${name}\\s*(?::[^=\\n]+)?=(?!=)`, 'm').test(text))
      return module;
    // (A package's submodule of that name: `from .types import shared`.)
    return module.endsWith('/__init__.py') ? moduleAt(module, `.${name}`) : null;
  };
  return (from, name) => follow(moduleAt(path, from), name, 0);
}

/** Whether the module's code reads a name, its import statements left out (strings and comments too). */
function namesReadOutsideImports(text: string): (name: string) => boolean {
  const lines = text.split('\n');
  const inImport = new Set(
    pythonImports(lines).flatMap((s) => Array.from({ length: s.end - s.start }, (_, k) => s.start + k)),
  );
  const code = readModule(lines.filter((_, at) => !inImport.has(at)).join('\n')).code.join('\n');
  return (name) => /^\w+$/.test(name) && new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(code);
}

/** Where a name comes from alike: the module itself, and `typing` for a collection of `collections.abc`. */
function sources(module: string, name: string): string[] {
  const bare = name.split(' as ')[0];
  if (ABC_NAMES.has(bare) && (module === 'collections.abc' || module === 'typing'))
    return ['typing', 'collections.abc', 'typing_extensions'];
  return [module];
}

/** The [module, name] pairs of one-line import statements; null when a line is anything else. */
function statements(code: string[]): Array<[string, string]> | null {
  const pairs: Array<[string, string]> = [];
  for (const line of code) {
    const statement = importStatementOf(line.trim());
    if (statement === null || statement.end - statement.start !== 1 || statement.star) return null;
    // (`import functools` binds the module: read as imported from `` under its own name.)
    for (const name of statement.names) pairs.push([statement.module ?? '', name.text]);
  }
  return pairs;
}

/** The names each module's import statements bind in a module's text (`` for `import x`), at any depth. */
function importsOf(text: string): Map<string, Set<string>> {
  const byModule = new Map<string, Set<string>>();
  for (const statement of pythonImports(text)) {
    const module = statement.module ?? '';
    const bound = byModule.get(module) ?? new Set<string>();
    for (const name of statement.names) bound.add(name.text);
    byModule.set(module, bound);
  }
  return byModule;
}

const LIST_ITEM = /^\s+([\w.]+(?:\s+as\s+\w+)?)\s*,?\s*(#.*)?$/;

/**
 * The hunk with each changed line that is an item of a parenthesised import list in `base` written as the one-line
 * statement it stands for (`+    bracket_array_query_param as bracket_array_query_param,` inside `from ._utils import
 * (` → `+from ._utils import bracket_array_query_param as bracket_array_query_param`).
 */
function withListsNamed(hunk: string, base: string[]): string {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)(?:,(\d+))?/.exec(header ?? '');
  if (start === null || base.length === 0) return hunk;
  let at = Number(start[1]) - (start[2] === '0' ? 0 : 1);
  const out = [header];
  for (const line of body) {
    const sign = line[0];
    const item = sign === '+' || sign === '-' ? LIST_ITEM.exec(line.slice(1)) : null;
    const module = item === null ? null : listModule(base, sign === '-' ? at : at - 1, sign === '-');
    out.push(module === null ? line : `${sign}from ${module} import ${item![1]}`);
    if (sign !== '+') at++;
  }
  return `${out.join('\n')}\n`;
}

/** The module of the parenthesised `from … import (` list that line `at` of `base` is in (or ends), else null. */
function listModule(base: string[], at: number, inside: boolean): string | null {
  const list = pythonImports(base).find(
    (s) => s.parenthesised && s.module !== null && (inside ? s.start < at : s.start <= at) && at < s.end,
  );
  // (Line `at` an item of it, or the list's first line: not the line that closes it.)
  return list === undefined || (at > list.start && base[at].includes(')')) ? null : list.module;
}
