/**
 * Top-level definitions the owners deleted from Stainless's module (stagehand's `OptionsModel: TypeAlias = …`, whose
 * field they typed otherwise), and the names they took out of its `__all__`: where sdkgen's module writes the same
 * definition in other words, its lines of Stainless's are not there to take out, and the hunk would be left for a
 * person. sdkgen's definition of that name goes instead, with its name in `__all__`, when nothing else in sdkgen's
 * module (the owners' edits carried) uses it; else the hunk stays for a person.
 */
import type { Reapplied } from '../../reapply/hunks';
import { placeRejected } from '../../reapply/insertions';

/** `class Name`, `def Name`, `Name: TypeAlias = …`, `Name = …` at the top level: the name defined. */
const DEFINITION = /^(?:class\s+([A-Za-z_]\w*)|(?:async\s+)?def\s+([A-Za-z_]\w*)|([A-Za-z_]\w*)\s*(?::[^=]+)?=(?!=))/;
const ALL_OPENING = /^__all__\s*(?::[^=]+)?=\s*\[/;

export function withoutDeletedDefinitions(edited: string, carried: Reapplied): Reapplied {
  const defined = new Set(
    edited
      .split('\n')
      .map(definedName)
      .filter((name) => name !== null),
  );
  return placeRejected(carried, (text, hunk) => withoutDeleted(text, hunk, defined));
}

function definedName(line: string): string | null {
  const match = DEFINITION.exec(line);
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

function withoutDeleted(text: string, hunk: string, stillDefined: ReadonlySet<string>): string | null {
  const body = hunk.replace(/\n$/, '').split('\n').slice(1);
  const removed = body.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const added = body.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  if (removed.length === 0) return null;
  // A rewritten `__all__` that only lost names.
  if (ALL_OPENING.test(removed[0]) && added.length > 0 && ALL_OPENING.test(added[0])) {
    const [before, after] = [names(removed.join(' ')), names(added.join(' '))];
    if (before === null || after === null || after.some((name) => !before.includes(name))) return null;
    return withoutExported(
      text,
      before.filter((name) => !after.includes(name)),
    );
  }
  // Only removed lines, blank ones aside: top-level definitions and what belongs to them.
  if (added.some((line) => line.trim() !== '')) return null;
  const gone = removed.map(definedName).filter((name): name is string => name !== null && !stillDefined.has(name));
  if (
    gone.length === 0 ||
    removed.some((line) => /^\S/.test(line) && definedName(line) === null && !/^[)\]}#]/.test(line))
  )
    return null;
  let result = text;
  for (const name of gone) {
    const next = withoutDefinition(result, name);
    if (next === null) return null;
    result = next;
  }
  return withoutExported(result, gone);
}

/** The quoted names of a list (`__all__ = ["A", "B"]`), or null. */
function names(text: string): string[] | null {
  const list = /\[([\s\S]*)\]/.exec(text);
  return list ? [...list[1].matchAll(/"([^"\\]*)"|'([^'\\]*)'/g)].map((m) => m[1] ?? m[2]) : null;
}

/** sdkgen's module without its top-level definition of `name` (and the blank lines after it), or null. */
function withoutDefinition(text: string, name: string): string | null {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => definedName(line) === name);
  if (at < 0) return text;
  // Its decorators above it go with it.
  let start = at;
  while (start > 0 && lines[start - 1].startsWith('@')) start--;
  let end = at + 1;
  while (end < lines.length && (lines[end].trim() === '' || /^[\s)\]}]/.test(lines[end]))) end++;
  // Blank lines at its end stay with what follows (two between top-level definitions): only its own lines go.
  let last = end;
  while (last > at + 1 && lines[last - 1].trim() === '') last--;
  const rest = [...lines.slice(0, start), ...lines.slice(last)];
  // Nothing else may use it (its name in `__all__` aside, which goes too).
  const code = rest
    .join('\n')
    .replace(/^__all__\s*(?::[^=]+)?=\s*\[[\s\S]*?\]/m, '')
    .replace(/#.*$/gm, '');
  if (new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(code)) return null;
  // The blank lines left between what preceded and followed it: as many as there were before it.
  let blanks = 0;
  while (start - blanks - 1 >= 0 && lines[start - blanks - 1].trim() === '') blanks++;
  const after = lines.slice(last);
  let extra = 0;
  while (extra < after.length && after[extra].trim() === '') extra++;
  return [...lines.slice(0, start - blanks), ...Array(Math.max(blanks, extra)).fill(''), ...after.slice(extra)].join(
    '\n',
  );
}

/** sdkgen's `__all__` without `gone` (an item a line, or one line). */
function withoutExported(text: string, gone: readonly string[]): string {
  if (gone.length === 0) return text;
  const quoted = (line: string) => gone.some((name) => new RegExp(`^\\s*["']${name}["'],?\\s*$`).test(line));
  const lines = text.split('\n');
  const at = lines.findIndex((line) => ALL_OPENING.test(line));
  if (at < 0) return text;
  if (/\]\s*$/.test(lines[at])) {
    const kept = (names(lines[at]) ?? []).filter((name) => !gone.includes(name));
    const head = lines[at].slice(0, lines[at].indexOf('['));
    return [...lines.slice(0, at), `${head}[${kept.map((n) => `"${n}"`).join(', ')}]`, ...lines.slice(at + 1)].join(
      '\n',
    );
  }
  const close = lines.findIndex((line, i) => i > at && /^\]/.test(line));
  if (close < 0) return text;
  return [
    ...lines.slice(0, at + 1),
    ...lines.slice(at + 1, close).filter((line) => !quoted(line)),
    ...lines.slice(close),
  ].join('\n');
}
