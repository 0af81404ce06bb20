/**
 * The last check of a Python move: every import of the package's own modules, in each module the migrated repository
 * has, finds what it names. The rules before it each judge one kind of carry; what they miss together (openai's
 * `lib/_parsing/_responses.py`, the owners' own file, importing `ToolParam` from a `types/responses/__init__.py` that
 * no longer re-exported it) made a package that failed on first use, with nothing in the report. Read statically, as
 * the rest of the move is (no Python needed).
 *
 * Only an import the repository's module had, which found its name before the move, is judged (the move broke it):
 *
 * - one of the owners' lines carried onto a module sdkgen writes, which sdkgen's module does not have: sdkgen's module
 *   is written as it renders it, and the owners' edits of it go to a person as hunks, with the reason;
 * - otherwise (an owners' file, kept byte for byte; Stainless's import that sdkgen's module has too): a person is
 *   told, with the import.
 */
import type { MigrationPlan } from '../../migration-plan';
import type { RepoFile } from '../../repository/checkout-files';
import { editsAsHunks } from '../../reapply/hunks';
import { importStatements, resolveImport } from '../source/import-resolution';
import { importBinds } from '../source/import-statements';

export interface FinalImportsInputs {
  /** The repository's files as they were (at the ref). */
  current: RepoFile[];
  /** sdkgen's modules as it renders them, before any edit of the owners' is carried. */
  rendered: (path: string) => string | null;
  /** Stainless's text of a module the owners' edits were read against. */
  stainless: (path: string) => string | null | undefined;
  importName: string;
}

/** The plan with every module of the migrated repository whose package imports fail set right or told of. */
export function checkFinalImports(plan: MigrationPlan, inputs: FinalImportsInputs): void {
  const { importName } = inputs;
  const before = new Map(inputs.current.flatMap((f) => (f.text === null ? [] : [[f.path, f.text] as const])));
  const removed = new Set([...plan.removed, ...plan.ownersDeleted]);
  const written = new Map(plan.writes.map((f) => [f.path, f.contents]));
  const now = (path: string): string | null =>
    written.get(path) ?? (removed.has(path) ? null : (before.get(path) ?? null));
  const modules = new Set([...written.keys(), ...before.keys()].filter((p) => p.endsWith('.py') && now(p) !== null));
  for (const path of [...modules].sort()) {
    const theirs = before.get(path);
    if (theirs === undefined) continue;
    const broken = brokenByMove(path, now(path)!, theirs, now, (p) => before.get(p) ?? null, importName);
    if (broken === null) continue;
    const ours = written.has(path) ? inputs.rendered(path) : null;
    const stainless = inputs.stainless(path);
    // Carried lines of the owners' brought it: sdkgen's own module stands, and their edits go to a person.
    if (ours != null && ours !== written.get(path) && stainless != null && !hasStatement(ours, broken.statement)) {
      const index = plan.writes.findIndex((f) => f.path === path);
      plan.writes[index] = { ...plan.writes[index], contents: ours };
      written.set(path, ours);
      plan.reapplied = plan.reapplied.filter((entry) => entry.path !== path);
      plan.alreadyThere = plan.alreadyThere.filter((entry) => entry.path !== path);
      plan.rejected = [
        ...plan.rejected.filter((entry) => entry.path !== path),
        { path, hunks: editsAsHunks(stainless, theirs) },
      ];
      plan.needsHand.push({
        path,
        reason:
          `your edits carried onto sdkgen's module would import ${broken.said}, which the migrated package does not ` +
          "have: sdkgen's module is written as it renders it, and your edits are left to you (see the hunks)",
      });
      continue;
    }
    plan.needsHand.push({
      path,
      reason: `imports ${broken.said}, which the migrated package does not have (the repository had it before the move): importing it would fail`,
    });
  }
}

/**
 * The first package import of `text` (the module at `path` in the migrated repository) that finds nothing now, where
 * the repository's module (`theirs`) had the same statement and it found its name before the move. An import sdkgen's
 * own module makes is the generator's to keep sound; one that found nothing before either is none the move broke
 * (or one this static reading cannot follow).
 */
function brokenByMove(
  path: string,
  text: string,
  theirs: string,
  now: (path: string) => string | null,
  before: (path: string) => string | null,
  importName: string,
): { statement: string; said: string } | null {
  const theirStatements = new Set(importStatements(theirs).map(normalized));
  for (const statement of importStatements(text)) {
    if (!theirStatements.has(normalized(statement))) continue;
    for (const name of importBinds(statement)) {
      if (!('missing' in resolveImport(path, statement, name, importName, now))) continue;
      if ('missing' in resolveImport(path, statement, name, importName, before)) continue;
      return { statement, said: `\`${name}\` (\`${normalized(statement)}\`)` };
    }
  }
  return null;
}

const normalized = (statement: string) => statement.replace(/\s+/g, ' ').trim();

/** Whether `text` has the import statement `statement` (as normalized). */
function hasStatement(text: string, statement: string): boolean {
  return importStatements(text).some((s) => normalized(s) === normalized(statement));
}
