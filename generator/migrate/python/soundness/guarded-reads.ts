/**
 * What the `if`/`elif` blocks around a line tell of a name there (a client, `self`): the classes it is narrowed to and
 * the attributes it is known to have. Read by the client-attributes check (a read of the client under such a guard)
 * and by the unset-attributes one (an owners' method reading `self.x` under `if hasattr(self, "x"):` reads nothing
 * missing: where `x` is not set, the block does not run).
 */
import type { ModuleLines } from '../source/statements';

const indentOf = (line: string) => line.length - line.trimStart().length;

export interface Narrowing {
  /** The classes the holder is narrowed to. */
  narrowed: string[];
  /** The attributes the holder is known to have. */
  present: string[];
}

/**
 * What the `if`/`elif` blocks around line `at` narrow `holder` to: the classes of `isinstance(holder, Azure)`, or of a
 * function of the package typed `-> TypeGuard[Azure]` (`TypeIs`) called on it, `is_azure_client(holder)`; the
 * attributes of `hasattr(holder, "name")`, `callable(holder.name)` or `callable(getattr(holder, "name", …))`, which it
 * has there.
 */
export function narrowedAt(module: ModuleLines, at: number, holder: string, guards: Map<string, string>): Narrowing {
  const name = holder.replace(/\./g, '\\.');
  const isinstance = new RegExp(`\\bisinstance\\(\\s*${name}\\s*,\\s*\\(?([\\w.,\\s]+?)\\)?\\s*\\)`);
  const guarded = new RegExp(`(?<![\\w.])(\\w+)\\(\\s*${name}\\s*\\)`, 'g');
  const has = new RegExp(
    `(?<![\\w.])(?:hasattr\\(\\s*${name}\\s*,\\s*["'](\\w+)["']\\s*\\)|callable\\(\\s*(?:${name}\\.(\\w+)\\s*\\)|getattr\\(\\s*${name}\\s*,\\s*["'](\\w+)["']))`,
    'g',
  );
  const narrowed: string[] = [];
  const present: string[] = [];
  let indent = indentOf(module.lines[at]);
  for (let i = at - 1; i >= 0 && indent > 0; i--) {
    if (module.continues[i] || module.code[i].trim() === '' || indentOf(module.lines[i]) >= indent) continue;
    indent = indentOf(module.lines[i]);
    // (The raw lines: the code lines blank the strings `hasattr` names.)
    let [header, raw] = [module.code[i], module.lines[i]];
    for (let j = i + 1; j < module.lines.length && module.continues[j]; j++) {
      header += ` ${module.code[j]}`;
      raw += ` ${module.lines[j]}`;
    }
    const condition = /^\s*(?:if|elif)\s+(.*):\s*$/.exec(header)?.[1];
    // (Only a condition that must hold for the block to run: no `not`, no `or`.)
    if (condition === undefined || /\b(?:not|or)\b/.test(condition)) continue;
    for (const type of isinstance.exec(condition)?.[1].split(',') ?? []) narrowed.push(type.trim().split('.').pop()!);
    for (const m of condition.matchAll(guarded)) if (guards.has(m[1])) narrowed.push(guards.get(m[1])!);
    for (const m of raw.matchAll(has)) present.push(m[1] ?? m[2] ?? m[3]);
  }
  return { narrowed, present };
}

/** The package's type-guard functions (`def is_azure(client: object) -> TypeGuard[AzureOpenAI]:`) → the class named. */
export function typeGuards(texts: string[]): Map<string, string> {
  const guards = new Map<string, string>();
  for (const text of texts)
    for (const m of text.matchAll(
      /^\s*def\s+(\w+)\s*\([^)]*\)\s*->\s*["']?(?:\w+\.)?(?:TypeGuard|TypeIs)\[["']?([\w.]+)["']?\]/gm,
    ))
      guards.set(m[1], m[2].split('.').pop()!);
  return guards;
}
