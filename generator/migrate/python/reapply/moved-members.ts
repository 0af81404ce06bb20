/**
 * A member the owners moved within a class of a Python module (parsecular put the `events` resource after `exchanges`
 * in the client and in each of its `…WithRawResponse` / `…WithStreamedResponse` wrappers), carried as a move: the
 * member of the same name in the class of the same name in sdkgen's module goes after the member it follows in the
 * owners' file. Line by line, a move is a removal and an insertion whose context is Stainless's text, which sdkgen's
 * members do not share (its wrappers annotate `-> EventsResourceWithRawResponse`, Stainless's
 * `-> events.EventsResourceWithRawResponse`), so neither half would find its place.
 *
 * The moves are made in Stainless's text too, so that what is left between it and the owners' file (members added,
 * lines changed) is carried line by line as any other edit. A move sdkgen's class has made already (the member follows
 * the same one there) is counted as such; one whose member or neighbour sdkgen's class lacks is left as it was, for
 * the line-by-line carry to report.
 */

export interface CarriedMoves {
  /** Stainless's text with the owners' moves made: the base the other edits are carried from. */
  base: string;
  /** sdkgen's text with the owners' moves made. */
  target: string;
  /** Moves made in sdkgen's text. */
  moved: number;
  /** Moves sdkgen's text had made already. */
  alreadyThere: number;
}

/** A member of a class: its name (null for a statement that is no `def`), its lines and the blank lines after it. */
export interface Chunk {
  name: string | null;
  lines: string[];
  gap: string[];
}

export interface ClassBody {
  name: string;
  /** The lines of the module before the body (the class line included) and after it. */
  start: number;
  end: number;
  chunks: Chunk[];
}

const CLASS_LINE = /^class\s+([A-Za-z_]\w*)\s*[(:]/;
const DEF_LINE = /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/;
const indentOf = (line: string) => line.length - line.trimStart().length;
const blank = (line: string) => line.trim() === '';

export function carryMemberMoves(base: string, edited: string, target: string): CarriedMoves {
  const [baseLines, editedLines, targetLines] = [base, edited, target].map((text) => text.split('\n'));
  const baseClasses = classesOf(baseLines);
  const editedClasses = new Map(classesOf(editedLines).map((c) => [c.name, c]));
  const targetClasses = new Map(classesOf(targetLines).map((c) => [c.name, c]));
  const [baseEdits, targetEdits]: [BodyEdit[], BodyEdit[]] = [[], []];
  let moved = 0;
  let alreadyThere = 0;
  for (const baseClass of baseClasses) {
    const editedClass = editedClasses.get(baseClass.name);
    const targetClass = targetClasses.get(baseClass.name);
    if (editedClass === undefined || targetClass === undefined) continue;
    const moves = movesBetween(names(baseClass), names(editedClass));
    if (moves.length === 0) continue;
    const targetNames = names(targetClass);
    // The member and its new neighbour must each be one member of sdkgen's class, else the move is not told there.
    const told = moves.filter(
      ({ member, after }) => once(targetNames, member) && (after === null || once(targetNames, after)),
    );
    if (told.length === 0) continue;
    const baseChunks = applyMoves(baseClass.chunks, told);
    const targetChunks = applyMoves(targetClass.chunks, told);
    if (baseChunks === null || targetChunks === null) continue;
    for (const move of told)
      if (follows(targetClass.chunks, move)) alreadyThere++;
      else moved++;
    baseEdits.push({ body: baseClass, chunks: baseChunks });
    targetEdits.push({ body: targetClass, chunks: targetChunks });
  }
  if (moved + alreadyThere === 0) return { base, target, moved: 0, alreadyThere: 0 };
  return {
    base: replaceBodies(baseLines, baseEdits).join('\n'),
    target: replaceBodies(targetLines, targetEdits).join('\n'),
    moved,
    alreadyThere,
  };
}

/** The top-level classes of a module and their members, as a formatter lays them out. */
export function classesOf(lines: string[]): ClassBody[] {
  const classes: ClassBody[] = [];
  for (let c = 0; c < lines.length; c++) {
    const name = CLASS_LINE.exec(lines[c])?.[1];
    if (name === undefined) continue;
    // The body: up to the next line at the module's level (a decorator, a statement, a comment).
    let end = c + 1;
    while (end < lines.length && (blank(lines[end]) || indentOf(lines[end]) > 0)) end++;
    while (end > c + 1 && blank(lines[end - 1])) end--;
    const first = lines.slice(c + 1, end).find((line) => !blank(line));
    if (first === undefined) continue;
    const indent = indentOf(first);
    // A member starts at a line of the body's indentation that is no blank, after a blank line or the body's start,
    // or at a decorator or `def` that follows a statement of its own.
    const chunks: Chunk[] = [];
    let current: Chunk | null = null;
    for (let i = c + 1; i < end; i++) {
      const line = lines[i];
      const starts =
        !blank(line) && indentOf(line) === indent && (current === null || current.gap.length > 0 || i === c + 1);
      if (starts) {
        current = { name: null, lines: [line], gap: [] };
        chunks.push(current);
      } else if (current === null) continue;
      else if (blank(line)) current.gap.push(line);
      else {
        current.lines.push(...current.gap, line);
        current.gap = [];
      }
      const def = indentOf(line) === indent ? DEF_LINE.exec(line)?.[1] : undefined;
      if (def !== undefined && current.name === null) current.name = def;
    }
    classes.push({ name, start: c + 1, end, chunks });
    c = end - 1;
  }
  return classes;
}

function names(body: ClassBody): Array<string | null> {
  return body.chunks.map((chunk) => chunk.name);
}

function once(list: Array<string | null>, name: string): boolean {
  return list.filter((n) => n === name).length === 1;
}

interface Move {
  member: string;
  /** The member it follows in the owners' class (of those Stainless's has too); null: first. */
  after: string | null;
}

/**
 * The members the owners moved: of the members both classes have (once each), those outside a longest run kept in
 * order, each with the member it follows in the owners' class.
 */
function movesBetween(base: Array<string | null>, edited: Array<string | null>): Move[] {
  const shared = (list: Array<string | null>, other: Array<string | null>) =>
    list.filter((n): n is string => n !== null && once(list, n) && once(other, n));
  const [a, b] = [shared(base, edited), shared(edited, base)];
  if (a.join('\n') === b.join('\n')) return [];
  const kept = longestCommonRun(a, b);
  return b.flatMap((member, i) => (kept.has(member) ? [] : [{ member, after: i === 0 ? null : b[i - 1] }]));
}

/** The names of a longest common subsequence of two lists of distinct names. */
function longestCommonRun(a: string[], b: string[]): Set<string> {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      kept.add(a[i]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return kept;
}

/** Whether a class has the member right after its neighbour already (first, for none). */
function follows(chunks: Chunk[], { member, after }: Move): boolean {
  const named = chunks.filter((chunk) => chunk.name !== null);
  const at = named.findIndex((chunk) => chunk.name === member);
  return after === null ? at === 0 : at > 0 && named[at - 1].name === after;
}

/** The chunks with each move made in turn; null when a member or neighbour is not there once. */
function applyMoves(chunks: Chunk[], moves: Move[]): Chunk[] | null {
  let order = chunks.slice();
  for (const { member, after } of moves) {
    const at = order.findIndex((chunk) => chunk.name === member);
    if (at < 0) return null;
    const [chunk] = order.splice(at, 1);
    const place =
      after === null ? order.findIndex((c) => c.name !== null) : order.findIndex((c) => c.name === after) + 1;
    if (place < 0 || (after !== null && place === 0)) return null;
    order = [...order.slice(0, place), chunk, ...order.slice(place)];
  }
  // Each place keeps its blank lines: the last member is followed by the module's spacing, the others by the class's.
  return order.map((chunk, i) => ({ ...chunk, gap: chunks[i].gap }));
}

interface BodyEdit {
  body: ClassBody;
  chunks: Chunk[];
}

/** The lines with each class body laid out anew, bottom up so that the line numbers of those above stay right. */
function replaceBodies(lines: string[], edits: BodyEdit[]): string[] {
  let out = lines;
  for (const { body, chunks } of [...edits].sort((x, y) => y.body.start - x.body.start)) {
    const text = chunks.flatMap((chunk) => [...chunk.lines, ...chunk.gap]);
    // The body's own blank lines before its first member (none, as a formatter writes it) stay.
    const lead = out.slice(body.start, body.end).findIndex((line) => !blank(line));
    out = [...out.slice(0, body.start + lead), ...text, ...out.slice(body.end)];
  }
  return out;
}
