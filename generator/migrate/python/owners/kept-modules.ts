/**
 * Stainless's modules that stay in the migrated package though sdkgen writes none of them (the owners' code imports
 * them, or they are custom code Stainless's bot committed): what the package's other modules need of them.
 *
 * - A deleted module that a module sdkgen writes imports is written after all: the package must import.
 * - A package `__init__.py` sdkgen writes re-exports sdkgen's own modules; the repository's re-exported the kept ones
 *   too (`from .websocket_connection_options import WebSocketConnectionOptions as WebSocketConnectionOptions`), and its
 *   users import those names from the package. Its statements importing from a module that stays are carried into
 *   sdkgen's `__init__.py` as the repository had them, the owners' edits of them included (which are then carried, not
 *   left to a person).
 */
import { putWrite, type MigrationInputs, type MigrationPlan } from '../../migration-plan';
import { modulesImportedBy } from '../source/imports';
import { importStatements, resolveImport } from '../source/import-resolution';
import { importBinds } from '../source/import-statements';
import { leadingImports, readModule, statementsAt } from '../source/statements';

/**
 * A deleted module of Stainless's that a module sdkgen writes imports (one a later generation deleted, where the spec
 * given still has it; or the owners', where their edit of the importing module did not carry) is written after all:
 * the package must import.
 */
export function writeDeletedModulesImported(
  plan: MigrationPlan,
  rendered: MigrationInputs['rendered'],
  importName: string,
): void {
  if (!plan.ownersDeleted.some((path) => path.endsWith('.py'))) return;
  const imported = new Set(
    plan.writes.flatMap((f) => (f.path.endsWith('.py') ? modulesImportedBy(f.path, f.contents, importName) : [])),
  );
  const needed = new Set(plan.ownersDeleted.filter((path) => imported.has(path)));
  if (needed.size === 0) return;
  plan.ownersDeleted = plan.ownersDeleted.filter((path) => !needed.has(path));
  for (const file of rendered)
    if (needed.has(file.path)) {
      putWrite(plan.writes, file);
      plan.generated.push(file);
    }
}

/**
 * Into each package `__init__.py` sdkgen writes, the repository's top-level import statements (`repository(path)`: its
 * text at the ref) that import from a module staying in the package that sdkgen does not write (`rendered`), where they
 * bind no name sdkgen's file binds and the module's own imports resolve in the migrated package (else importing the
 * package would fail where only the owners' importer failed before). A hunk of the owners' left for a person there
 * whose added lines the file then has is carried.
 */
export function exportKeptModules(
  plan: MigrationPlan,
  rendered: Set<string>,
  repository: (path: string) => string | null,
  importName: string,
): void {
  const writes = new Map(plan.writes.map((f) => [f.path, f.contents]));
  const staying = new Set(
    [...plan.kept, ...plan.keptImported, ...plan.writes.map((f) => f.path)].filter(
      (path) => path.endsWith('.py') && !rendered.has(path),
    ),
  );
  if (staying.size === 0) return;
  const finalText = (path: string) => writes.get(path) ?? (staying.has(path) ? repository(path) : null);
  // To a fixed point: a re-export carried into one `__init__.py` can make another kept module's imports resolve
  // (openai's `tool_param.py` imports `ChatCompletionFunctionToolParam` from `types/chat`, re-exported only now).
  let carriedAny = true;
  while (carriedAny) carriedAny = exportKeptOnce(plan, rendered, repository, importName, staying, writes, finalText);
}

/** One pass of `exportKeptModules` over the package `__init__.py` files; whether it carried anything. */
function exportKeptOnce(
  plan: MigrationPlan,
  rendered: Set<string>,
  repository: (path: string) => string | null,
  importName: string,
  staying: Set<string>,
  writes: Map<string, string>,
  finalText: (path: string) => string | null,
): boolean {
  let carriedAny = false;
  for (const [index, file] of plan.writes.entries()) {
    if (!file.path.endsWith('/__init__.py') || !rendered.has(file.path)) continue;
    const theirs = repository(file.path);
    if (theirs === null) continue;
    const ours = readModule(file.contents);
    const oursTop = statementsAt(ours, 0, ours.lines.length, 0);
    const bound = new Set(oursTop.flatMap((s) => s.binds));
    const carried: string[] = [];
    const module = readModule(theirs);
    for (const statement of statementsAt(module, 0, module.lines.length, 0)) {
      if (statement.kind !== 'import' || statement.binds.some((name) => bound.has(name))) continue;
      const source = module.lines.slice(statement.head, statement.end).join('\n');
      const from = resolveImport(file.path, source, statement.binds[0], importName, finalText);
      if (!('resolved' in from) || from.resolved === null || !staying.has(from.resolved)) continue;
      if (!importsResolve(from.resolved, finalText, importName)) continue;
      carried.push(source);
      statement.binds.forEach((name) => bound.add(name));
    }
    if (carried.length === 0) continue;
    // After the imports sdkgen's module opens with, else at the end.
    const lastImport = leadingImports(ours);
    const at = lastImport?.end ?? ours.lines.length;
    const lines = [...ours.lines.slice(0, at), ...carried, ...ours.lines.slice(at)];
    const joined = lastImport ? lines.join('\n') : `${file.contents.replace(/\n*$/, '\n')}${carried.join('\n')}\n`;
    // The names the repository's `__all__` listed go in sdkgen's too: the package exports them (and pyright's strict
    // mode reads a bare `from … import X` of an `__init__.py` no `__all__` lists as an unused import).
    const listed = allNames(theirs);
    const contents = withAllNames(
      joined,
      carried.flatMap((source) => importBinds(source)).filter((name) => listed.has(name)),
    );
    // A new entry: the one written may be the very object the manifest records as sdkgen's output, which these lines
    // are not (they are the repository's, kept on regeneration as its edits).
    plan.writes[index] = { ...file, contents };
    writes.set(file.path, contents);
    carriedAny = true;
    carryRejectedNowThere(plan, file.path, contents);
  }
  return carriedAny;
}

const ALL = /^__all__\s*=\s*\[([^\]]*)\]/m;

/** The names a module's `__all__ = [...]` lists. */
export function allNames(text: string): Set<string> {
  return new Set([...(ALL.exec(text)?.[1] ?? '').matchAll(/["'](\w+)["']/g)].map((m) => m[1]));
}

/** `text` with `names` added to its `__all__` list (where it has one and lacks them), in its layout. */
export function withAllNames(text: string, names: string[]): string {
  const found = ALL.exec(text);
  const missing = names.filter((name) => !allNames(text).has(name));
  if (found === null || missing.length === 0) return text;
  const [list, items] = found;
  const head = list.slice(0, list.indexOf('[') + 1);
  const replaced = items.includes('\n')
    ? `${head}${items.trimEnd().replace(/,?$/, ',')}\n${missing.map((name) => `    "${name}",\n`).join('')}]`
    : `${head}${[items.trim().replace(/,$/, ''), ...missing.map((name) => `"${name}"`)].filter(Boolean).join(', ')}]`;
  return text.replace(list, replaced);
}

/** Whether every package import of the module at `path` (in the migrated package, `text`) finds what it names. */
export function importsResolve(path: string, text: (path: string) => string | null, importName: string): boolean {
  const source = text(path);
  if (source === null) return false;
  return importStatements(source).every((statement) =>
    importBinds(statement).every((name) => !('missing' in resolveImport(path, statement, name, importName, text))),
  );
}

/** The first package import of the module at `path` that finds nothing in the migrated package (`text`), or null. */
export function unresolvedImport(
  path: string,
  text: (path: string) => string | null,
  importName: string,
): string | null {
  for (const statement of importStatements(text(path) ?? ''))
    for (const name of importBinds(statement))
      if ('missing' in resolveImport(path, statement, name, importName, text))
        return `\`${name}\` (\`${statement.replace(/\s+/g, ' ').trim()}\`)`;
  return null;
}

/** The owners' hunks left for a person in `path` whose added lines `text` has: carried after all. */
function carryRejectedNowThere(plan: MigrationPlan, path: string, text: string): void {
  const has = new Set(text.split('\n').map((line) => line.trim()));
  let carried = 0;
  plan.rejected = plan.rejected.flatMap((entry) => {
    if (entry.path !== path) return [entry];
    const left = entry.hunks.filter((hunk) => {
      const added = hunk
        .split('\n')
        .slice(1)
        .filter((line) => line.startsWith('+') && line.slice(1).trim() !== '');
      const there = added.length > 0 && added.every((line) => has.has(line.slice(1).trim()));
      if (there) carried++;
      return !there;
    });
    return left.length > 0 ? [{ path, hunks: left }] : [];
  });
  if (carried === 0) return;
  const reapplied = plan.reapplied.find((entry) => entry.path === path);
  if (reapplied) reapplied.hunks += carried;
  else plan.reapplied.push({ path, hunks: carried });
}
