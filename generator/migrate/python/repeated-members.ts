/**
 * An owners' class member that sdkgen's class has already, word for word: onebusaway's owners added an
 * `auth_headers` property returning `{}` to Stainless's client (their API key goes in the query), and sdkgen's client
 * writes that very property. Carried line by line, the member lands a second time beside sdkgen's (pyright reports the
 * redeclaration). Where the carried text defines a member of a class twice that sdkgen's text and the owners' text each
 * define once, and both definitions read the same (whitespace aside), the second goes: the edit's result is there
 * already. Definitions that differ stay as they are.
 */
import type { Reapplied } from '../reapply/hunks';
import { scopeOf } from './comment-only';
import { definitionSpan } from './owners-methods';

/** `carried` with a member repeated word for word (as said above) defined once, counted as already there. */
export function withoutRepeatedMembers(ours: string, edited: string, carried: Reapplied): Reapplied {
  const lines = carried.text.split('\n');
  const members = membersOf(lines);
  const inOurs = countByKey(membersOf(ours.split('\n')));
  const inTheirs = countByKey(membersOf(edited.split('\n')));
  const drop: Member[] = [];
  const byKey = new Map<string, Member[]>();
  for (const member of members) byKey.set(member.key, [...(byKey.get(member.key) ?? []), member]);
  for (const [key, found] of byKey) {
    if (found.length !== 2 || inOurs.get(key) !== 1 || inTheirs.get(key) !== 1) continue;
    const [first, second] = found;
    if (normalized(lines, first) === normalized(lines, second)) drop.push(second);
  }
  if (drop.length === 0) return carried;
  const removed = new Set<number>();
  for (const member of drop) {
    // The member and the blank lines that set it apart from the one before it.
    let start = member.start;
    while (start > 0 && lines[start - 1].trim() === '') start--;
    for (let i = start; i < member.end; i++) removed.add(i);
  }
  return {
    ...carried,
    text: lines.filter((_, i) => !removed.has(i)).join('\n'),
    applied: Math.max(0, carried.applied - drop.length),
    alreadyThere: (carried.alreadyThere ?? 0) + drop.length,
  };
}

interface Member {
  /** `Class.name` */
  key: string;
  /** First line (a decorator's, or the `def`'s) and the line after the block. */
  start: number;
  end: number;
}

/** Every function defined directly in a class (its decorators with it). */
function membersOf(lines: string[]): Member[] {
  const out: Member[] = [];
  lines.forEach((line, at) => {
    const def = /^(\s+)(?:async\s+)?def\s+(\w+)\s*\(/.exec(line);
    if (def === null) return;
    const parent = scopeOf(lines, at);
    // A function nested in a method is no member of the class.
    if (parent === '' || !isClass(lines, at, def[1].length)) return;
    const span = definitionSpan(lines, at);
    if (span === null) return;
    const { start, end } = span;
    out.push({ key: `${parent}.${def[2]}`, start, end });
  });
  return out;
}

/** Whether the block the line at `at` (indented `indent`) is in is opened by a `class` line. */
function isClass(lines: string[], at: number, indent: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i];
    if (line.trim() === '' || /^[#)\]}]/.test(line.trimStart())) continue;
    if (indentOf(line) < indent) return /^\s*class\s/.test(line);
  }
  return false;
}

function countByKey(members: Member[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { key } of members) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function normalized(lines: string[], member: Member): string {
  return lines
    .slice(member.start, member.end)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
