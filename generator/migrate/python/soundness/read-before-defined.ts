/**
 * A module-level name read, when the module loads, above the statement defining it: Python raises NameError on import.
 * A carried line can do it: an alias the owners added after a class (`Tracing: TypeAlias = Union[Literal["auto"],
 * TracingTracingConfiguration]`), placed at their anchor above the class sdkgen's module already had, so that the alias
 * stands twice, once before the class it reads. What loads with the module is read here: an assignment's value and a
 * class's bases (a function's body and, under `from __future__ import annotations`, an annotation wait until called).
 * Read from the text alone: only a read neither sdkgen's module nor the owners' has is said.
 */
import { readModule, statementsAt } from '../source/statements';
import { bindsIn } from './function-scopes';

/** Why `text` (sdkgen's `target` with the owners' `edited` carried) would raise NameError on import, or null. */
export function readBeforeDefinedProblem(text: string, target: string, edited: string): string | null {
  const reads = readsBeforeDefinition(text);
  if (reads.length === 0) return null;
  const known = new Set([...readsBeforeDefinition(target), ...readsBeforeDefinition(edited)].map((r) => r.name));
  const found = reads.find((r) => !known.has(r.name));
  return found === undefined
    ? null
    : `line ${found.line + 1} reads \`${found.name}\` when the module loads, above its definition (line ${found.definedAt + 1}): importing it would raise NameError`;
}

interface EarlyRead {
  name: string;
  /** The reading line, 0-based. */
  line: number;
  /** The line of the top-level statement defining it, 0-based. */
  definedAt: number;
}

/** The module-level names `text` reads at load time in a top-level statement above the only ones binding them. */
export function readsBeforeDefinition(text: string): EarlyRead[] {
  const module = readModule(text);
  const top = statementsAt(module, 0, module.lines.length, 0);
  const firstBound = new Map<string, number>();
  for (const statement of top)
    for (const name of statement.binds) if (!firstBound.has(name)) firstBound.set(name, statement.head);
  const found: EarlyRead[] = [];
  for (const statement of top) {
    const loaded = loadedCode(module.words, statement.kind, statement.head, statement.end);
    if (loaded === null) continue;
    const names = new Set([...loaded.matchAll(/(?<![\w.])[A-Za-z_]\w*/g)].map((m) => m[0]));
    // (Bound above anyhow, in an `if`/`try` block or an import: read generously.)
    const above = bindsIn(module.code.slice(0, statement.start).join('\n'));
    for (const name of names) {
      const definedAt = firstBound.get(name);
      if (definedAt === undefined || definedAt <= statement.head || above.has(name)) continue;
      found.push({ name, line: statement.head, definedAt });
    }
  }
  return found;
}

/** The code of a top-level statement that runs when the module loads: an assignment's value, a class's bases. */
function loadedCode(words: string[], kind: string, head: number, end: number): string | null {
  const code = words.slice(head, end).join('\n');
  if (kind === 'assign') {
    const at = /(?<![=!<>:])=(?!=)/.exec(code);
    return at === null ? null : code.slice(at.index + 1);
  }
  if (kind === 'class') return /^class\s+\w+\s*(\([^:]*\))?/.exec(code.trimStart())?.[1] ?? null;
  return null;
}
