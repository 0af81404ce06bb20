/**
 * A module-level name defined twice: the later definition replaces the earlier one when the module loads, so one of
 * the two is lost without a word. A carry can do it: the owners' class inserted at their anchor beside sdkgen's class
 * of the same name (openai's `ClientSecret` of the realtime session params, theirs with `expires_after`, then
 * sdkgen's, which wins). Read from the text alone: only a name neither sdkgen's module nor the owners' defines twice
 * is said, and not an `@overload` set, nor two definitions with the same text (nothing is lost).
 */
import { readModule, statementsAt } from '../source/statements';

interface Redefinition {
  name: string;
  /** The first definition's line, 0-based. */
  first: number;
  /** The later one's line, 0-based. */
  line: number;
}

/** Why `text` (sdkgen's `target` with the owners' `edited` carried) loses a definition of one of its names, or null. */
export function boundTwiceProblem(text: string, target: string, edited: string): string | null {
  const found = redefinitions(text);
  if (found.length === 0) return null;
  const known = new Set([...redefinitions(target), ...redefinitions(edited)].map((r) => r.name));
  const lost = found.find((r) => !known.has(r.name));
  return lost === undefined
    ? null
    : `line ${lost.line + 1} defines \`${lost.name}\` again (first on line ${lost.first + 1}): the later definition replaces the earlier one when the module loads, so one of them would be lost`;
}

/** The module-level names `text` defines (a class, a function, an assignment) a second time, otherwise than before. */
export function redefinitions(text: string): Redefinition[] {
  const module = readModule(text);
  const first = new Map<string, { line: number; code: string }>();
  const found: Redefinition[] = [];
  for (const statement of statementsAt(module, 0, module.lines.length, 0)) {
    if (statement.kind !== 'class' && statement.kind !== 'def' && statement.kind !== 'assign') continue;
    if (statement.decorators.some((d) => /(?:^|\.)overload$/.test(d.trim()))) continue;
    const code = module.code.slice(statement.head, statement.end).join('\n').replace(/\s+/g, ' ').trim();
    for (const name of statement.binds) {
      const before = first.get(name);
      if (before === undefined) first.set(name, { line: statement.head, code });
      else if (before.code !== code) found.push({ name, first: before.line, line: statement.head });
    }
  }
  return found;
}
