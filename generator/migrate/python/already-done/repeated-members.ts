/**
 * An owners' class member that sdkgen's class defines too: onebusaway's owners added an `auth_headers` property
 * returning `{}` to Stainless's client (their API key goes in the query), and sdkgen's client writes a property of that
 * name. Carried line by line, the member lands a second time beside sdkgen's: pyright reports the redeclaration, and
 * whichever comes later is the one that runs. Where the carried text defines a member of a class twice that sdkgen's
 * text and the owners' text each define once:
 *
 * - both definitions read the same (whitespace aside): the second goes, the edit's result is there already;
 * - they differ: the owners' definition (the one their users ran) takes the place of sdkgen's, which goes, and the
 *   member is reported for a person: sdkgen wrote its own from the spec and config (the config may be where the
 *   owners' intent belongs), and where the two signatures differ sdkgen's code calling it may expect its own;
 * - two definitions neither of which is the owners' or sdkgen's as written: both stay, reported.
 *
 * The owners' edit is never dropped: it lands, and anything a person should look at is said. (A name imported twice at
 * the module's top, `overload` from `typing` and `typing_extensions`, is imported once: imported-twice.ts.)
 */
import type { Reapplied } from '../../reapply/hunks';
import { pythonCode, scopeOf } from './comment-only';
import { withoutNamesImportedTwice } from '../reapply/imported-twice';
import { definitionSpan } from '../reapply/owners-methods';

/** A member defined twice after the carry that the owners' and sdkgen's texts define differently. */
export interface DifferingMember {
  /** `Class.name` */
  member: string;
  /** The owners' definition put in place of sdkgen's (false: both left as carried). */
  replaced: boolean;
  /** Their decorators, parameters or return annotation differ. */
  signatureDiffers: boolean;
}

export type WithoutRepeatedMembers = Reapplied & { differing: DifferingMember[] };

/** `carried` with each member defined twice (as said above) defined once where it can be, and what differed. */
export function withoutRepeatedMembers(ours: string, edited: string, given: Reapplied): WithoutRepeatedMembers {
  const once = withoutNamesImportedTwice(ours, given.text);
  const carried: Reapplied =
    once.text === given.text
      ? given
      : {
          ...given,
          text: once.text,
          applied: Math.max(0, given.applied - once.statements),
          alreadyThere: (given.alreadyThere ?? 0) + once.statements,
        };
  const lines = carried.text.split('\n');
  const oursLines = ours.split('\n');
  const theirsLines = edited.split('\n');
  const inOurs = byKey(membersOf(oursLines));
  const inTheirs = byKey(membersOf(theirsLines));
  const drop: Member[] = [];
  const replace: Array<{ sdkgens: Member; owners: Member }> = [];
  const differing: DifferingMember[] = [];
  for (const [key, found] of byKey(membersOf(lines))) {
    const mine = inOurs.get(key);
    const theirs = inTheirs.get(key);
    if (found.length !== 2 || mine?.length !== 1 || theirs?.length !== 1) continue;
    const [first, second] = found;
    if (normalized(lines, first) === normalized(lines, second)) {
      drop.push(second);
      continue;
    }
    const sdkgens = found.find((m) => normalized(lines, m) === normalized(oursLines, mine[0]));
    const owners = found.find((m) => normalized(lines, m) === normalized(theirsLines, theirs[0]));
    const signatureDiffers = signature(oursLines, mine[0]) !== signature(theirsLines, theirs[0]);
    const placeable =
      sdkgens !== undefined &&
      owners !== undefined &&
      sdkgens !== owners &&
      indentOf(lines[sdkgens.start]) === indentOf(lines[owners.start]);
    if (placeable) replace.push({ sdkgens, owners });
    differing.push({ member: key, replaced: placeable, signatureDiffers });
  }
  if (drop.length === 0 && replace.length === 0) return { ...carried, differing };
  // Each line's text afterwards: sdkgen's definition's lines become the owners' (first line), the owners' copy goes.
  const out: Array<string | null> = [...lines];
  const removeWithGap = (member: Member) => {
    // The member and the blank lines that set it apart from the one before it.
    let start = member.start;
    while (start > 0 && lines[start - 1].trim() === '') start--;
    for (let i = start; i < member.end; i++) out[i] = null;
  };
  for (const member of drop) removeWithGap(member);
  for (const { sdkgens, owners } of replace) {
    const theirs = lines.slice(owners.start, owners.end).join('\n');
    removeWithGap(owners);
    for (let i = sdkgens.start; i < sdkgens.end; i++) out[i] = null;
    out[sdkgens.start] = theirs;
  }
  return {
    ...carried,
    text: out.filter((line): line is string => line !== null).join('\n'),
    applied: Math.max(0, carried.applied - drop.length),
    alreadyThere: (carried.alreadyThere ?? 0) + drop.length,
    differing,
  };
}

/** What a person is told of each member that differed (path-less: plan.ts names the file). */
export function differingMemberReason({ member, replaced, signatureDiffers }: DifferingMember): string {
  const name = `\`${member}\``;
  if (!replaced)
    return (
      `${name} is defined twice after your edits were carried (yours and sdkgen's differ, and neither is as written): ` +
      'keep the one that should run, delete the other'
    );
  return (
    `you defined ${name}, which sdkgen's class defines too, otherwise: yours is kept in place of sdkgen's (the one ` +
    "your users ran; sdkgen's is dropped, not both kept); sdkgen writes its own from the spec and config, so check " +
    'whether the config should say what yours does' +
    (signatureDiffers
      ? ", and, as the two signatures differ, that sdkgen's code calling it still works with yours"
      : '')
  );
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

function byKey(members: Member[]): Map<string, Member[]> {
  const out = new Map<string, Member[]>();
  for (const member of members) out.set(member.key, [...(out.get(member.key) ?? []), member]);
  return out;
}

/** The decorators and the signature (parameters, return annotation), whitespace and trailing commas out. */
function signature(lines: string[], member: Member): string {
  const defAt = lines.findIndex((line, i) => i >= member.start && /^\s*(?:async\s+)?def\s/.test(line));
  const span = definitionSpan(lines, defAt);
  const header = pythonCode(lines.slice(member.start, (span?.signatureEnd ?? defAt) + 1).join('\n')).join(' ');
  return header.replace(/\s+/g, '').replace(/,(?=[)\]])/g, '');
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
