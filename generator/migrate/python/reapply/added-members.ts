/**
 * Methods the owners added to a class of Stainless's module (agentex's `create_task`, `send_message`… appended to its
 * agents resource, sync and async), carried as whole members: each goes into sdkgen's class of the same name, after
 * the member it follows in the owners' class (else at the class's end).
 *
 * Line by line, a block of added methods is often not one insertion: the diff matches Stainless's blank lines and
 * closing brackets (`        )`) with the owners' lines of the same text inside their methods, so the block comes
 * out as several hunks whose pieces, placed each by its own context in sdkgen's text, leave a module Python refuses
 * (a body cut from its `def`). Taken as members, they need no context but their class.
 */
import { classesOf, type Chunk, type ClassBody } from './moved-members';

export interface AddedMembers {
  /** The owners' module without the members they added: the rest of their edits, to carry line by line. */
  edited: string;
  /** How many members there are to place. */
  count: number;
  /** Each of them as `Class.member`, in the owners' order. */
  names: string[];
  /** `text` (sdkgen's module with the rest carried) with the members in place, and how many found their class. */
  place: (text: string) => { text: string; placed: number };
}

/**
 * The `def`s the owners added to a class Stainless's module and sdkgen's both have, which neither of those has a member
 * of that name in (a member sdkgen has too is the owners' edit of sdkgen's method: repeated-members.ts decides it).
 * Null where there is none.
 */
export function addedMembers(base: string, edited: string, target: string): AddedMembers | null {
  const editedLines = edited.split('\n');
  const baseClasses = new Map(classesOf(base.split('\n')).map((c) => [c.name, c]));
  const targetClasses = new Map(classesOf(target.split('\n')).map((c) => [c.name, c]));
  const found: Array<{ cls: string; chunk: Chunk; after: string | null; index: number }> = [];
  for (const cls of classesOf(editedLines)) {
    const [stainless, sdkgen] = [baseClasses.get(cls.name), targetClasses.get(cls.name)];
    if (stainless === undefined || sdkgen === undefined) continue;
    const taken = new Set([...memberNames(stainless), ...memberNames(sdkgen)]);
    const names = memberNames(cls);
    cls.chunks.forEach((chunk, index) => {
      if (chunk.name === null || taken.has(chunk.name) || names.filter((n) => n === chunk.name).length !== 1) return;
      // (The member it follows among those Stainless's class has: a neighbour sdkgen's class can have too.)
      const before = cls.chunks
        .slice(0, index)
        .reverse()
        .find((c) => c.name !== null && memberNames(stainless).includes(c.name));
      found.push({ cls: cls.name, chunk, after: before?.name ?? null, index });
    });
  }
  if (found.length === 0) return null;
  // The owners' text without them: each member's lines and the blank lines after it; where they end the class, the
  // blank lines before them too (those set them apart from the member above, and the class then ends as Stainless's).
  const drop = new Set<number>();
  for (const cls of classesOf(editedLines)) {
    let at = cls.start;
    let trailing: number | null = null;
    for (const [index, chunk] of cls.chunks.entries()) {
      const start = editedLines.indexOf(chunk.lines[0], at);
      const end = start + chunk.lines.length + chunk.gap.length;
      at = end;
      if (!found.some((f) => f.cls === cls.name && f.index === index)) {
        trailing = null;
        continue;
      }
      trailing ??= start;
      for (let i = start; i < end; i++) drop.add(i);
    }
    if (trailing !== null) for (let i = trailing - 1; i > cls.start && editedLines[i].trim() === ''; i--) drop.add(i);
  }
  return {
    edited: editedLines.filter((_, i) => !drop.has(i)).join('\n'),
    count: found.length,
    names: found.map((f) => `${f.cls}.${f.chunk.name}`),
    place: (text) => {
      let lines = text.split('\n');
      let placed = 0;
      // Class by class, each member after its neighbour (or after the one placed before it): in the owners' order.
      for (const { cls, chunk, after } of found) {
        const body = classesOf(lines).find((c) => c.name === cls);
        if (body === undefined) continue;
        const previous = placedAfter(found, cls, chunk) ?? after;
        lines = insertMember(lines, body, chunk, previous);
        placed++;
      }
      return { text: lines.join('\n'), placed };
    },
  };
}

function memberNames(body: ClassBody): string[] {
  return body.chunks.flatMap((chunk) => (chunk.name === null ? [] : [chunk.name]));
}

/** The added member right before this one in the owners' class, when it is one of the added members too. */
function placedAfter(
  found: Array<{ cls: string; chunk: Chunk; index: number }>,
  cls: string,
  chunk: Chunk,
): string | null {
  const mine = found.find((f) => f.chunk === chunk)!;
  const previous = found.filter((f) => f.cls === cls && f.index === mine.index - 1)[0];
  return previous?.chunk.name ?? null;
}

/** The module's lines with `chunk` in `body` after the member `after` (at the end of the body where it has none). */
function insertMember(lines: string[], body: ClassBody, chunk: Chunk, after: string | null): string[] {
  const at = after === null ? -1 : body.chunks.findIndex((c) => c.name === after);
  if (at < 0 || at === body.chunks.length - 1) {
    // The body's end: a blank line sets the member apart from the last one.
    return [...lines.slice(0, body.end), '', ...chunk.lines, ...lines.slice(body.end)];
  }
  // Before the next member, after the blank lines that end the one it follows.
  let start = body.start;
  for (let i = 0; i <= at; i++) {
    const { lines: own, gap } = body.chunks[i];
    start = lines.indexOf(own[0], start) + own.length + gap.length;
  }
  return [...lines.slice(0, start), ...chunk.lines, '', ...lines.slice(start)];
}
