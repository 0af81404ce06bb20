/**
 * A hunk's edited lines at the indentation its replaced lines have in sdkgen's text. Lines are matched without their
 * indentation (find-lines.ts), so a statement Stainless wrote inside a block can be found where sdkgen writes it at
 * another depth (llama-cloud's `FileContent = …` under `if TYPE_CHECKING:`, a module-level line in sdkgen's `_types.py`):
 * carried at the owners' depth, the line would leave a Python module that does not load.
 */

const INDENT = /^[ \t]*/;

/**
 * Which lines begin inside a multi-line string (Python's triple-quoted): their indentation is the string's text, not
 * layout. `removed` of the base's lines, `added` of the owners'.
 */
export interface StringLines {
  removed: boolean[];
  added: boolean[];
}

/**
 * `added` moved by the one indentation difference between `removed` (as the base has them) and `replaced` (the same
 * lines in sdkgen's text); as they are when the lines differ by no indentation, by differences that vary, or when a
 * line would have to lose indentation it does not have. A line that begins inside a multi-line string (`strings`)
 * neither tells the difference nor moves: it keeps its bytes.
 */
export function asReplacedIndent(
  removed: string[],
  replaced: string[],
  added: string[],
  strings: StringLines = { removed: [], added: [] },
): string[] {
  if (removed.length === 0 || removed.length !== replaced.length) return added;
  if (!sameStatements(removed, added, strings)) return added;
  const moves = (line: string, i: number) => line.trim() !== '' && strings.added[i] !== true;
  let delta: number | null = null;
  for (let i = 0; i < removed.length; i++) {
    if (removed[i].trim() === '' || strings.removed[i] === true) continue;
    const [ours, theirs] = [indentOf(replaced[i]), indentOf(removed[i])];
    // Tabs and spaces mixed: no one width to move by.
    if (ours.includes('\t') || theirs.includes('\t')) return added;
    const d = ours.length - theirs.length;
    if (delta !== null && d !== delta) return added;
    delta = d;
  }
  if (delta === null || delta === 0) return added;
  const by = delta;
  if (by < 0 && added.some((line, i) => moves(line, i) && indentOf(line).replace(/\t/g, '').length < -by)) return added;
  return added.map((line, i) => {
    if (!moves(line, i)) return line;
    return by > 0 ? ' '.repeat(by) + line : line.slice(-by);
  });
}

/**
 * Whether the edit rewrites the removed statements in place, each added line opening as the one it replaces does
 * (`FileContent = …` for `FileContent = …`), a string's lines aside. Other lines moved to another depth could land in a block they were never
 * in (llama-cloud's `from .pipeline import Pipeline` in place of an alias sdkgen writes under `else:`).
 */
function sameStatements(removed: string[], added: string[], strings: StringLines): boolean {
  const code = (lines: string[], inString: boolean[]) => lines.filter((line, i) => line.trim() !== '' && !inString[i]);
  const [before, after] = [code(removed, strings.removed), code(added, strings.added)];
  return before.length === after.length && before.every((line, i) => head(line) === head(after[i]));
}

/** A line's opening words: `FileContent`, `def create`, `return` (a string's prefix, `f` of `return f"…"`, is none). */
function head(line: string): string | undefined {
  return /^\s*([\w.]+(?:[ \t]+[\w.]+(?![\w.'"]))?)/.exec(line)?.[1];
}

function indentOf(line: string): string {
  return INDENT.exec(line)![0];
}
