/**
 * Owners' edits to a module-level function of Stainless's runtime module that sdkgen's package defines in another of
 * its modules, imported into the one the owners edited: letta's `X-Letta-Source` header added to `platform_headers`
 * of Stainless's `_base_client.py`, a function sdkgen writes in `_platform.py` (its `_base_client.py` imports it from
 * there). The edit is carried into the module that defines the function: Stainless's module with the owners' function
 * in place, carried line by line onto that module, where every hunk of it finds its place. What the function reads of
 * the owners' module comes with it: the names they import (`cast`, added to their `from typing import`; a relative
 * import read from the folder of the module it goes to) and their module-level definitions; a module that would not
 * hold together so (sound-module.ts) is not written, and the edit is left for a person.
 */
import type { MigrationPlan } from '../../migration-plan';
import { reapplyEdits } from '../../reapply/hunks';
import { definitionSpan, methodOfHunk } from './owners-methods';
import { modulesImportedBy } from '../source/imports';
import { topLevelImports } from '../source/import-statements';
import { indentProblem, soundCarried } from '../soundness/sound-module';
import { withImportsNeeded } from './imports-needed';
import { dropAsyncTwinsCarried } from './async-twins';

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
      const whole =
        carried === null || carried.applied === 0 || carried.rejected.length > 0
          ? null
          : madeWhole(importsRebased(owners, entry.path, home!), carried.text, target!.contents);
      if (whole === null) {
        left.push(...hunks);
        continue;
      }
      plan.writes[writes.get(home!)!] = { ...target!, contents: whole };
      plan.reapplied.push({ path: home!, hunks: hunks.length });
    }
    return left.length === 0 ? [] : [{ ...entry, hunks: left }];
  });
  // An edit of Stainless's async twin of a function (sdkgen's runtime has none) that is the edit carried into the sync one.
  dropAsyncTwinsCarried(plan, stainlessText, ownersText);
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

/**
 * sdkgen's module `target` with the owners' function carried (`carried`), with what it reads of the owners' module
 * (`owners`): their imports, their module-level definitions; null where it would not hold together. A module this
 * reading cannot follow (sdkgen's own indentation misread) gets the imports alone, as the module carry does.
 */
function madeWhole(owners: string, carried: string, target: string): string | null {
  if (indentProblem(target) !== null) return withImportsNeeded(owners, carried);
  const sound = soundCarried(owners, carried, target);
  return sound.kind === 'sound' ? sound.text : null;
}

/**
 * The module's top-level relative imports (`from ._utils import x`, read from the folder of `from`) as they read from
 * the folder of `to`; an import reaching above the repository's `src/` stays as it is.
 */
function importsRebased(text: string, from: string, to: string): string {
  const [source, dest] = [from.split('/').slice(0, -1), to.split('/').slice(0, -1)];
  if (source.join('/') === dest.join('/')) return text;
  const lines = text.split('\n');
  for (const statement of topLevelImports(text)) {
    const module = statement.module;
    if (statement.kind !== 'from' || module === null || !module.startsWith('.')) continue;
    const dots = /^\.*/.exec(module)![0].length;
    if (dots - 1 > source.length - 2) continue;
    const path = [...source.slice(0, source.length - (dots - 1)), ...module.slice(dots).split('.').filter(Boolean)];
    let common = 0;
    while (common < dest.length && common < path.length && dest[common] === path[common]) common++;
    const rebased = '.'.repeat(dest.length - common + 1) + path.slice(common).join('.');
    lines[statement.start] = lines[statement.start].replace(/^(\s*from\s+)\.[\w.]*/, `$1${rebased}`);
  }
  return lines.join('\n');
}
