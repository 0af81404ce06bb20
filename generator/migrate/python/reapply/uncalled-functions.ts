/**
 * A private module-level function the owners added to one of Stainless's modules for their own edits of it, carried
 * when those edits (its calls) could not be: composio's `_maybe_convert_to_comma_string` in `_utils/_transform.py`,
 * called at the ref from Stainless's `_transform_recursive`, which sdkgen's runtime does not have. Nothing calls it in
 * sdkgen's module, and pyright's strict mode fails the module on it (`reportUnusedFunction`). It goes with its calls to
 * a person: left out, its hunk reported with theirs. Taken only where it is certain: a top-level `def _name(` (or
 * `async def`, or a set of `@overload`s and their implementation) whose `def` line neither Stainless's nor sdkgen's
 * module has, that the owners' module reads outside its own body and the written module does not (strings and
 * comments aside, a quoted name counts as read), that no other module of the migrated repository imports or reads
 * as the module's attribute (private-bindings.ts), and whose decorators only wrap it (`functools.lru_cache`,
 * `typing.overload`): any other decorator may register it, a call nothing in the module shows. The module is read by
 * the shared readers (source/statements.ts), so that a decorator, a signature over lines and a parenthesised import
 * are read as Python reads them.
 */
import { editsAsHunks } from '../../reapply/hunks';
import type { MigrationPlan } from '../../migration-plan';
import { privateNameImporter } from '../already-done/private-bindings';
import { pythonImports, type ImportedName } from '../source/import-statements';
import { namesRead, readModule, statementsAt, type ModuleLines, type Statement } from '../source/statements';
import { withElementsOut } from './unread-imports';

export interface UncalledFunctions {
  text: string;
  /** The owners' hunks (against Stainless's text) adding the functions left out. */
  hunks: string[];
  names: string[];
  /** For each line of `written` (0-based), its line in `text`; absent where it went. */
  lineMap: Map<number, number>;
}

/** Decorators of the standard library that wrap a function and register it nowhere. */
const WRAPPING = /^(?:functools\.)?(?:lru_cache|cache)\b|^(?:typing(?:_extensions)?\.)?overload$/;

/** A private name (`_x`), not one Python calls itself (`__getattr__`). */
const PRIVATE = /^_(?!_\w*__$)\w+$/;

/** The module's top-level private functions by name: each `def` of it (an `@overload` set has several). */
function privateFunctions(module: ModuleLines): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  for (const statement of statementsAt(module, 0, module.lines.length, 0)) {
    const [name] = statement.binds;
    if (statement.kind !== 'def' || name === undefined || !PRIVATE.test(name)) continue;
    out.set(name, [...(out.get(name) ?? []), statement]);
  }
  return out;
}

const inSpans = (at: number, spans: Statement[]) => spans.some((s) => s.start <= at && at < s.end);

/** Whether `name` is read in the module outside the statements `spans` (and `skip`): a quoted name counts. */
function readOutside(module: ModuleLines, spans: Statement[], name: string, skip = new Set<number>()): boolean {
  const quoted = new RegExp(`(["'])${name}\\1`);
  for (let at = 0; at < module.lines.length; at++) {
    if (inSpans(at, spans) || skip.has(at)) continue;
    if (namesRead(module, at, at + 1).has(name) || quoted.test(module.lines[at])) return true;
  }
  return false;
}

/**
 * `written` (sdkgen's module `sdkgens` with the owners' edits of Stainless's `stainless`, `edited`, carried) without the
 * owners' private functions that only their edits not carried call. `importedElsewhere(name)`: whether another module
 * of the migrated repository imports the name from this one (or reads it as the module's attribute).
 */
export function withoutUncalledOwnersFunctions(
  path: string,
  written: string,
  stainless: string,
  edited: string,
  sdkgens: string,
  importedElsewhere: (name: string) => boolean = () => false,
): UncalledFunctions {
  const lines = written.split('\n');
  const none = { text: written, hunks: [], names: [], lineMap: new Map(lines.map((_, at) => [at, at])) };
  if (!path.endsWith('.py')) return none;
  const theirs = new Set([...stainless.split('\n'), ...sdkgens.split('\n')].map((line) => line.trimEnd()));
  const ownersDefs = (module: ModuleLines, defs: Statement[]) =>
    defs.every((d) => !theirs.has(module.lines[d.head].trimEnd()));
  const editedModule = readModule(edited);
  const editedFunctions = privateFunctions(editedModule);
  const module = readModule(written);
  const functions = privateFunctions(module);
  // (What each candidate's going takes with it: a helper of theirs only the function going calls goes after it.)
  const goes = new Map<string, Statement[]>();
  for (let more = true; more; ) {
    more = false;
    const gone = [...goes.values()].flat();
    for (const [name, defs] of functions) {
      const atRef = editedFunctions.get(name);
      if (goes.has(name) || atRef === undefined || !ownersDefs(editedModule, atRef)) continue;
      if (!readOutside(editedModule, atRef, name)) continue;
      const wraps = defs.every((d) => d.decorators.every((decorator) => WRAPPING.test(decorator)));
      if (!ownersDefs(module, defs) || !wraps || readOutside(module, [...gone, ...defs], name)) continue;
      if (importedElsewhere(name)) continue;
      goes.set(name, defs);
      more = true;
    }
  }
  if (goes.size === 0) return none;
  const gone = [...goes.values()].flat();
  const removed = new Set<number>();
  for (const statement of gone) {
    // (With the blank lines before it, which the module's next statement keeps its own of.)
    let start = statement.start;
    while (start > 0 && lines[start - 1].trim() === '' && !removed.has(start - 1)) start--;
    for (let at = start; at < statement.end; at++) removed.add(at);
  }
  // (An import the carry added for their functions alone, which sdkgen's module has not, goes with them.)
  const replaced = importsOnlyFor(module, gone, removed, sdkgens);
  const out: string[] = [];
  const lineMap = new Map<number, number>();
  for (let at = 0; at < lines.length; at++) {
    const statement = replaced.get(at);
    if (statement !== undefined) {
      out.push(...statement.lines);
      at = statement.end - 1;
      continue;
    }
    if (removed.has(at)) continue;
    lineMap.set(at, out.length);
    out.push(lines[at]);
  }
  const names = [...goes.keys()];
  const heads = names.flatMap((name) => (editedFunctions.get(name) ?? []).map((d) => `+${editedModule.lines[d.head]}`));
  const hunks = editsAsHunks(stainless, edited).filter((hunk) => hunk.split('\n').some((line) => heads.includes(line)));
  return { text: out.join('\n'), hunks, names, lineMap };
}

/**
 * The top-level `from … import …` statements of `module` some of whose names only the statements `gone` read, by
 * their first line: what each is written as without those names (no lines: it goes whole). A name sdkgen's module
 * imports so, or a re-export (`A as A`), stays.
 */
function importsOnlyFor(
  module: ModuleLines,
  gone: Statement[],
  removed: Set<number>,
  sdkgens: string,
): Map<number, { end: number; lines: string[] }> {
  const statements = pythonImports(module.lines).filter((s) => s.indent === '' && s.kind === 'from');
  const ours = new Set(pythonImports(sdkgens).flatMap((s) => s.names.map((e) => `${s.module} ${e.text}`)));
  const importLines = new Set(statements.flatMap((s) => range(s.start, s.end)));
  const readByGone = new Set(gone.flatMap((s) => [...namesRead(module, s.start, s.end)]));
  const out = new Map<number, { end: number; lines: string[] }>();
  for (const statement of statements) {
    const dropped = new Set<ImportedName>(
      statement.names.filter(
        (e) =>
          readByGone.has(e.bound) &&
          !ours.has(`${statement.module} ${e.text}`) &&
          !/^(\w+) as \1$/.test(e.text) &&
          !readOutside(module, gone, e.bound, new Set([...importLines, ...removed])),
      ),
    );
    if (dropped.size === 0) continue;
    const whole = dropped.size === statement.names.length;
    // (A backslash-continued statement is taken out whole or not at all: its lines' layout is not rewritten.)
    if (!whole && statement.end - statement.start > 1 && !statement.parenthesised) continue;
    out.set(statement.start, {
      end: statement.end,
      lines: whole ? [] : withElementsOut(module.lines, statement, dropped),
    });
  }
  return out;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** An owners' edited module of Stainless's whose carried text may hold their functions only their edits not carried call. */
export interface UncalledCandidate {
  path: string;
  stainless: string;
  edited: string;
  sdkgens: string;
}

/**
 * Once every module of the migrated repository is written (`modules()`: sdkgen's with the edits carried, the owners'
 * files that stay), each candidate's uncalled functions of theirs go to a person: its write without them, their hunks
 * for a person (counted out of the file's carried hunks), the reason said. Asked then, not file by file, so that a
 * module written later that imports the function is seen.
 */
export function leaveOutUncalledFunctions(
  plan: Pick<MigrationPlan, 'writes' | 'needsHand' | 'rejected' | 'reapplied' | 'alreadyThere'>,
  candidates: UncalledCandidate[],
  modules: () => ReadonlyArray<{ path: string; text: string }>,
): void {
  for (const { path, stainless, edited, sdkgens } of candidates) {
    const write = plan.writes.findIndex((f) => f.path === path);
    if (write < 0) continue;
    const imported = (name: string) => privateNameImporter(path, name, modules()) !== null;
    const uncalled = withoutUncalledOwnersFunctions(
      path,
      plan.writes[write].contents,
      stainless,
      edited,
      sdkgens,
      imported,
    );
    if (uncalled.hunks.length === 0) continue;
    plan.writes[write] = { ...plan.writes[write], contents: uncalled.text };
    plan.needsHand.push({ path, reason: uncalledFunctionsReason(uncalled.names) });
    const rejected = plan.rejected.find((entry) => entry.path === path);
    if (rejected !== undefined) rejected.hunks.push(...uncalled.hunks);
    else plan.rejected.push({ path, hunks: uncalled.hunks });
    const reapplied = plan.reapplied.find((entry) => entry.path === path);
    if (reapplied !== undefined) reapplied.hunks -= uncalled.hunks.length;
    plan.reapplied = plan.reapplied.filter((entry) => entry.hunks > 0);
    // (The lines where their edits' results were found, read again where they are now.)
    for (const entry of plan.alreadyThere)
      if (entry.path === path && entry.lines !== undefined)
        entry.lines = entry.lines.flatMap((line) => {
          const now = uncalled.lineMap.get(line - 1);
          return now === undefined ? [] : [now + 1];
        });
  }
}

/** The report's reason for the functions left out. */
export function uncalledFunctionsReason(names: string[]): string {
  return (
    `${names.map((name) => `\`${name}\``).join(', ')}: your function, which only your edits that could not be carried ` +
    "call, is left out with them (nothing in sdkgen's module calls it, and pyright's strict mode fails a private " +
    'function nothing calls); add it back with them (its hunk is below)'
  );
}
