/**
 * An owners' edit of a type module of Stainless's that moves the import of a class its alias names in quotes (Stainless
 * imports such a class last, to break an import cycle: `X: TypeAlias = List["Pipeline"]` … `from .pipeline import
 * Pipeline`) above the alias and names the class unquoted (llamacloud-python's `pipeline_list_response.py`,
 * `retriever_list_response.py`): a plain alias's quoted name is resolved in no module, so a response parsed as that
 * alias elsewhere could not name the class. sdkgen writes such an alias as a `TypeAliasType` whose quoted names its
 * runtime resolves in the alias's own module (`_utils/_typing.py`'s `type_alias_value`), the import last as
 * Stainless's: the edit's result is there, and carrying the moved import onto sdkgen's `if`/`else` would break it. It
 * is listed as done by sdkgen, with the test showing it.
 *
 * Hook: generator/migrate/python/plan.ts, on the rejected hunks (with dropDoneByPythonRuntime).
 */
import { inPackageMatching } from '../../../emit/python/package-root';

const DOES =
  'a type alias naming a class in quotes (imported last in its module) parses a response as that class wherever it is ' +
  "used: sdkgen writes it as a `TypeAliasType`, whose quoted names its runtime resolves in the alias's module";
const TEST = 'test/python/runtime/test_alias_forward_refs.py › test_quoted_class_of_an_alias_resolves_in_its_module';

/** A relative import of names (`from .pipeline import Pipeline`): the names it binds. */
function importedNames(line: string): string[] | null {
  const match = /^from\s+\.+[\w.]*\s+import\s+([\w\s,]+)$/.exec(line.trim());
  return match === null ? null : match[1].split(',').map((name) => name.trim());
}

/** The lines a hunk removes and adds (`-`/`+`), blank ones left out. */
function changed(hunks: string[]): { removed: string[]; added: string[] } {
  const lines = hunks.flatMap((hunk) => hunk.replace(/\n$/, '').split('\n').slice(1));
  const pick = (mark: string) =>
    lines.filter((line) => line.startsWith(mark) && line.slice(1).trim() !== '').map((line) => line.slice(1).trim());
  return { removed: pick('-'), added: pick('+') };
}

/**
 * The aliases (`X`) an edit's hunks make name a class unquoted whose import they move above them, and the classes; null
 * where the hunks do anything else (every line they remove comes back, the same but for quotes around those classes).
 */
function movedForwardRefs(hunks: string[]): { aliases: string[]; classes: string[] } | null {
  const { removed, added } = changed(hunks);
  const imports = added.filter((line) => importedNames(line) !== null);
  if (imports.length === 0 || !imports.every((line) => removed.includes(line))) return null;
  const classes = imports.flatMap((line) => importedNames(line)!);
  const unquoted = (line: string) =>
    classes.reduce((text, name) => text.replace(new RegExp(`(["'])${name}\\1`, 'g'), name), line);
  const sorted = (lines: string[]) => [...lines].sort();
  if (sorted(removed.map(unquoted)).join('\n') !== sorted(added).join('\n')) return null;
  const aliases = removed
    .filter((line) => unquoted(line) !== line)
    .map((line) => /^(\w+)\s*(?::\s*TypeAlias\s*)?=/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
  return aliases.length > 0 ? { aliases, classes } : null;
}

/** Whether sdkgen's module writes each alias as a `TypeAliasType` and imports each class. */
function sdkgenResolves(module: string, { aliases, classes }: { aliases: string[]; classes: string[] }): boolean {
  return (
    aliases.every((alias) => new RegExp(`^\\s*${alias}\\s*=\\s*TypeAliasType\\(`, 'm').test(module)) &&
    classes.every((name) => new RegExp(`^from\\s+\\.+[\\w.]*\\s+import\\s+.*\\b${name}\\b`, 'm').test(module))
  );
}

/**
 * The rejected hunks without the type modules' edits whose result sdkgen's module has (movedForwardRefs), each listed in
 * `doneBySdkgen`; `written` is sdkgen's module at a path (null where it writes none).
 */
export function dropForwardRefsResolved(
  rejected: Array<{ path: string; hunks: string[] }>,
  doneBySdkgen: Array<{ path: string; does: string; test: string }>,
  written: (path: string) => string | null,
  importName: string,
): Array<{ path: string; hunks: string[] }> {
  return rejected.filter(({ path, hunks }) => {
    if (!inPackageMatching(path, importName, /^types\/.*\.py$/)) return true;
    const moved = movedForwardRefs(hunks);
    const module = written(path);
    if (moved === null || module === null || !sdkgenResolves(module, moved)) return true;
    for (let i = 0; i < hunks.length; i++) doneBySdkgen.push({ path, does: DOES, test: TEST });
    return false;
  });
}
