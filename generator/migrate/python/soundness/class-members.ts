/**
 * What a Python class line and body declare: its bases by name and the names it defines. Read by the judges of what
 * carried code may read of a client (client-attributes.ts) and of sdkgen's runtime classes (runtime-members.ts).
 */
import type { ClassBody } from '../reapply/moved-members';
import { readModule } from '../source/statements';

const indentOf = (line: string) => line.length - line.trimStart().length;

/** Bases that define nothing a client's reader could read. */
export const EMPTY_BASES = new Set(['object', 'Generic', 'Protocol', 'ABC']);

/** The text between a class line's brackets. */
function baseList(classLine: string): string {
  return /^class\s+\w+\s*\((.*)\)\s*:/.exec(classLine)?.[1] ?? '';
}

/** A class line's base classes by name, their type arguments left out (`BaseClient[httpx.Client, Stream]`). */
export function baseNames_(classLine: string): string[] {
  let list = baseList(classLine);
  while (/\[[^[\]]*\]/.test(list)) list = list.replace(/\[[^[\]]*\]/g, '');
  return list
    .split(',')
    .map((b) => b.trim())
    .filter((b) => /^[\w.]+$/.test(b))
    .map((b) => b.split('.').pop()!);
}

/**
 * The names a class body defines: its members, its class-level names, and every `self.X` it assigns. A class-level
 * annotation without a value (`_key_provider: Callable[[], str] | None`) only declares the name: an instance has it
 * once something assigns it, but in a class whose annotations are its fields (a model, a dataclass).
 */
export function classMembers(body: ClassBody, lines: string[]): Set<string> {
  const names = new Set<string>();
  const code = readModule(lines.join('\n')).code;
  const indent = body.chunks.length > 0 ? indentOf(body.chunks[0].lines[0]) : 4;
  const fields = annotationsAreFields(lines, body.start - 1);
  for (let i = body.start; i < body.end; i++) {
    const line = code[i];
    if (indentOf(line) === indent) {
      const own = /^\s*(?:async\s+)?def\s+(\w+)|^\s*(\w+)\s*(?:=(?!=)|:[^=]*=(?!=))|^\s*(\w+)\s*:/.exec(line);
      if (own) {
        const name = own[1] ?? own[2] ?? (fields ? own[3] : undefined);
        if (name !== undefined) names.add(name);
      }
    }
    for (const m of line.matchAll(/\bself\.(\w+)\s*(?::[^=]+)?=(?!=)/g)) names.add(m[1]);
  }
  return names;
}

/** Whether the class at line `classLine` makes its annotations fields: a model, a typed dict or tuple, a dataclass. */
function annotationsAreFields(lines: string[], classLine: number): boolean {
  if (baseNames_(lines[classLine] ?? '').some((b) => FIELD_BASES.has(b))) return true;
  for (let i = classLine - 1; i >= 0 && /^\s*@/.test(lines[i]); i--)
    if (/^\s*@[\w.]*\b(?:dataclass|define|frozen|attrs|s)\b/.test(lines[i])) return true;
  return false;
}

/** Bases whose subclasses' annotations are fields an instance has. */
const FIELD_BASES = new Set(['BaseModel', 'GenericModel', 'TypedDict', 'NamedTuple', 'Protocol', 'Struct']);
