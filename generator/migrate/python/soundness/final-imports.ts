/**
 * The last check of a Python move: every import of the package's own modules, in each module the migrated repository
 * has, finds what it names. The rules before it each judge one kind of carry; what they miss together (openai's
 * `lib/_parsing/_responses.py`, the owners' own file, importing `ToolParam` from a `types/responses/__init__.py` that
 * no longer re-exported it) made a package that failed on first use, with nothing in the report. Read statically, as
 * the rest of the move is (no Python needed).
 *
 * - A module sdkgen writes whose carried lines of the owners' import what is not there (their hunks read against
 *   Stainless's module): sdkgen's module is written as it renders it, where that one's imports resolve, and the
 *   owners' edits of it go to a person as hunks, with the reason.
 * - Otherwise (an owners' file, kept byte for byte, whose import found its name before the move; a module sdkgen
 *   writes whose own imports fail): a person is told, with the import.
 */
import type { MigrationPlan } from '../../migration-plan';
import type { RepoFile } from '../../repository/checkout-files';
import { editsAsHunks } from '../../reapply/hunks';
import { unresolvedImport } from '../owners/kept-modules';
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
    const unresolved = unresolvedImport(path, now, importName);
    if (unresolved === null) continue;
    const ours = written.has(path) ? inputs.rendered(path) : null;
    const stainless = inputs.stainless(path);
    const theirs = before.get(path);
    // The carried edits brought it: sdkgen's own module, where it imports, stands, and their edits go to a person.
    if (ours != null && ours !== written.get(path) && stainless != null && theirs !== undefined) {
      const withOurs = (p: string) => (p === path ? ours : now(p));
      if (unresolvedImport(path, withOurs, importName) === null) {
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
            `your edits carried onto sdkgen's module would import ${unresolved}, which the migrated package does not ` +
            "have: sdkgen's module is written as it renders it, and your edits are left to you (see the hunks)",
        });
        continue;
      }
    }
    // (A file kept as it was, whose import found nothing before the move either, is no break of the move's.)
    if (!written.has(path) && !(theirs !== undefined && resolvedIn(path, theirs, unresolved, before, importName)))
      continue;
    plan.needsHand.push({
      path,
      reason: `imports ${unresolved}, which the migrated package does not have: importing it would fail${
        written.has(path) ? '' : ' (the repository had it before the move)'
      }`,
    });
  }
}

/** Whether the import `described` (as unresolvedImport says it) of `text` found its name in the repository before. */
function resolvedIn(
  path: string,
  text: string,
  described: string,
  before: Map<string, string>,
  importName: string,
): boolean {
  const name = /^`(\w+)`/.exec(described)?.[1];
  const statement = importStatements(text).find(
    (s) => importBinds(s).includes(name ?? '') && described.includes(s.replace(/\s+/g, ' ').trim()),
  );
  if (statement === undefined || name === undefined) return false;
  return !('missing' in resolveImport(path, statement, name, importName, (p) => before.get(p) ?? null));
}
