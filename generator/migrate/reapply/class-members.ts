/**
 * Members the owners added to a class of Stainless's (a method on the client, say), placed in sdkgen's class of the
 * same name where the lines around them are gone (hunks.ts tries it after placing line by line).
 */
import type { Hunk } from '../../write/merge';
import { balanced } from './brackets';
import { insideComment, wholeComments } from './comment-lines';
import { CLASS_LINE } from './members';
import { slidDown, slidUpTo } from './slide';

/**
 * Members added to a class (a method on the client, say) whose neighbours are gone (the generators declare a
 * class's members differently) go at the end of the class of the same name: where a method stands in its class makes
 * no difference. Only an addition at the class body's own level, whose brackets balance, is placed so.
 */
export function placeClassMembers(
  given: Hunk,
  base: string[],
  edited: string[],
  target: string[],
  renamed?: Record<string, string>,
): { start: number; end: number; lines: string[] } | null {
  if (given.baseEnd > given.baseStart) return null;
  // Read as the owners wrote it where the diff began it inside the doc comment of the member after it (slide.ts).
  const whole = (h: Hunk) => wholeComments(edited.slice(h.start, h.end));
  const hunk = balancedBelow(whole(given) ? given : slidUpTo(given, base, edited, whole), edited);
  const added = edited.slice(hunk.start, hunk.end);
  if (!added.some((line) => line.trim() !== '') || !balanced(added) || !wholeComments(added)) return null;
  if (insideComment(base, hunk.baseStart)) return null;
  // The nearest class above, still open where the lines were added (no `}` at the margin since), and the lines
  // around them at its members' indentation: the formatted code's indentation tells its nesting.
  let classLine = hunk.baseStart - 1;
  while (classLine >= 0 && !CLASS_LINE.test(base[classLine])) {
    if (/^}/.test(base[classLine])) return null;
    classLine--;
  }
  if (classLine < 0) return null;
  const indent = (line: string) => line.length - line.trimStart().length;
  const firstMember = base.slice(classLine + 1).find((line) => line.trim() !== '');
  const memberIndent = firstMember === undefined ? -1 : indent(firstMember);
  if (memberIndent <= 0) return null;
  const previous = base
    .slice(classLine + 1, hunk.baseStart)
    .reverse()
    .find((line) => line.trim() !== '');
  const next = base.slice(hunk.baseStart).find((line) => line.trim() !== '');
  const atMemberLevel = (line: string | undefined) => line === undefined || indent(line) === memberIndent;
  if (!atMemberLevel(previous) || !(atMemberLevel(next) || /^}/.test(next!))) return null;
  const addedIndent = indent(added.find((line) => line.trim() !== '')!);
  if (addedIndent !== memberIndent) return null;
  const name = CLASS_LINE.exec(base[classLine])![1];
  // The class of the same name, or the one sdkgen's module declares in its place (`renamed`: the client class).
  const start = target.findIndex(
    (line) => CLASS_LINE.exec(line)?.[1] === (renamed && Object.hasOwn(renamed, name) ? renamed[name] : name),
  );
  if (start < 0) return null;
  const close = target.findIndex((line, i) => i > start && /^}\s*$/.test(line));
  return close < 0 ? null : { start: close, end: close, lines: added };
}

/**
 * A pure insertion the diff began with the closing lines of the member above (`}`, ``, the method, and the `}` after
 * it closing it, where the owners added a method after the last one): read down past those lines to the first place
 * where its brackets balance; the hunk as it was where none does.
 */
function balancedBelow(hunk: Hunk, edited: string[]): Hunk {
  if (balanced(edited.slice(hunk.start, hunk.end))) return hunk;
  for (let steps = 1; ; steps++) {
    const moved = slidDown(hunk, edited, hunk.baseStart + steps);
    if (moved.baseStart < hunk.baseStart + steps) return hunk;
    if (balanced(edited.slice(moved.start, moved.end))) return moved;
  }
}
