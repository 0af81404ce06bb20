/**
 * Owners' edits to a module-level function of Stainless's runtime module that sdkgen's package defines in another of
 * its modules, imported into the one the owners edited: letta's `X-Letta-Source` header added to `platform_headers`
 * of Stainless's `_base_client.py`, a function sdkgen writes in `_platform.py` (its `_base_client.py` imports it from
 * there). The edit is carried into the module that defines the function: Stainless's module with the owners' function
 * in place, carried line by line onto that module, where every hunk of it finds its place.
 */
import type { MigrationPlan } from '../../migration-plan';
import { reapplyEdits } from '../../reapply/hunks';
import { definitionSpan, methodOfHunk } from './owners-methods';
import { modulesImportedBy } from '../source/imports';
import { topLevelImports } from '../source/import-statements';

/**
 * The plan with the rejected hunks of each such function carried into the module defining it (written, and listed as
 * carried there), taken out of the hunks left for a person.
 */
export function intoFunctionsElsewhere(
  plan: MigrationPlan,
  stainlessText: (path: string) => string | null | undefined,
  ownersText: (path: string) => string | null | undefined,
  importName: string,
): void {
  const writes = new Map(plan.writes.map((file, i) => [file.path, i]));
  plan.rejected = plan.rejected.flatMap((entry) => {
    const [stainless, owners] = [stainlessText(entry.path), ownersText(entry.path)];
    const at = writes.get(entry.path);
    if (!entry.path.endsWith('.py') || stainless == null || owners == null || at === undefined) return [entry];
    const ours = plan.writes[at].contents;
    const byFunction = new Map<string, string[]>();
    const left: string[] = [];
    for (const hunk of entry.hunks) {
      const scope = methodOfHunk(hunk, stainless.split('\n'));
      // A function of the module itself, which sdkgen's module does not define but imports.
      if (scope === null || scope.includes('.') || defines(ours, scope)) left.push(hunk);
      else byFunction.set(scope, [...(byFunction.get(scope) ?? []), hunk]);
    }
    for (const [name, hunks] of byFunction) {
      const home = modulesImportedBy(entry.path, importsOf(ours, name), importName).find(
        (path) => writes.has(path) && defines(plan.writes[writes.get(path)!].contents, name),
      );
      const edited = home === undefined ? null : withOwnersFunction(stainless, owners, name);
      const target = home === undefined ? null : plan.writes[writes.get(home)!];
      const carried = edited === null || target === null ? null : reapplyEdits(stainless, edited, target.contents);
      if (carried === null || carried.applied === 0 || carried.rejected.length > 0) {
        left.push(...hunks);
        continue;
      }
      plan.writes[writes.get(home!)!] = { ...target!, contents: carried.text };
      plan.reapplied.push({ path: home!, hunks: hunks.length });
    }
    return left.length === 0 ? [] : [{ ...entry, hunks: left }];
  });
}

/** Whether the module defines a function of that name at its top level. */
function defines(text: string, name: string): boolean {
  return new RegExp(`^(?:async\\s+)?def\\s+${name}\\s*\\(`, 'm').test(text);
}

/** The module's import statements that bind `name`. */
function importsOf(text: string, name: string): string {
  return topLevelImports(text)
    .filter((s) => s.kind === 'from' && s.names.some((n) => n.bound === name))
    .map((s) => s.text)
    .join('\n');
}

/** Stainless's module with the function `name` as the owners left it, the rest as Stainless wrote it; null without it. */
function withOwnersFunction(stainless: string, owners: string, name: string): string | null {
  const span = (lines: string[]) => {
    const at = lines.findIndex((line) => new RegExp(`^(?:async\\s+)?def\\s+${name}\\s*\\(`).test(line));
    return at < 0 ? null : definitionSpan(lines, at);
  };
  const [theirs, own] = [stainless.split('\n'), owners.split('\n')];
  const [a, b] = [span(theirs), span(own)];
  if (a === null || b === null) return null;
  return [...theirs.slice(0, a.start), ...own.slice(b.start, b.end), ...theirs.slice(a.end)].join('\n');
}
