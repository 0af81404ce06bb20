/**
 * Top-level declarations the owners added to a module of Stainless's that sdkgen's module of that path declares
 * already (issue 89, metronome-ts: the webhook header helpers `getRequiredHeader`, `isHeadersProtocol`, `getHeader` and
 * the `HeadersProtocol` interface appended to src/internal/headers.ts, which sdkgen's headers module writes under
 * Stainless's names). Carried, each name is declared twice (TS2451, "Duplicate identifier") and no module of the
 * package compiles. An insertion (it removes nothing) whose every line of code belongs to whole top-level declarations
 * of that kind is done, its result there in sdkgen's form, where for each one:
 * - Stainless's module did not declare the name (an added name: a changed declaration is the owners' edit to carry);
 * - sdkgen's module declares it at its top level, in the same space (a type, a value) and exported where theirs is;
 * - a function (or a const bound to an arrow or function expression) has sdkgen's namesake taking the same parameter
 *   names, in order, so that their calls still fit; an interface has sdkgen's namesake declaring each of its members;
 *   anything else (a type alias, a class, an enum, another const) is declared by sdkgen as they wrote it, layout aside.
 * A name sdkgen's module declares otherwise (other parameters, another kind, an interface it lacks a member of) is not
 * carried beside sdkgen's either: it goes to a person with how the two differ, but an interface that merges safely
 * into sdkgen's (declared-otherwise.ts). Any other hunk stays the owners', carried or left for a person as before. (Python's judge of the same kind, stricter
 * about a function's statements: python/already-done/same-functions.ts and declared-already.ts.)
 *
 * Each hunk such a declaration goes from is counted already there; their other lines are carried as any others.
 *
 * Hook: generated-file-edits.ts, on a source module's edits before they are re-applied.
 */
import { diff, lines } from '../../write/merge';
import { declaredOtherwise } from './declared-otherwise';
import {
  declarationsByName,
  declarationsIn,
  interfaceMembers,
  sameSpace,
  type TopDeclaration,
} from './top-declarations';

/** Whether sdkgen's declaration `ours` is the owners' added declaration `theirs` in sdkgen's form (see above). */
function standsFor(theirs: TopDeclaration, ours: TopDeclaration): boolean {
  if (!sameSpace(theirs.kind, ours.kind)) return false;
  if (theirs.exported && !ours.exported) return false;
  if (theirs.parameters !== null)
    return ours.parameters !== null && ours.parameters.join(',') === theirs.parameters.join(',');
  if (theirs.kind === 'interface') {
    if (ours.kind !== 'interface' && ours.kind !== 'type') return false;
    const have = new Set(interfaceMembers(ours.source).map((member) => member.name));
    return interfaceMembers(theirs.source).every((member) => have.has(member.name));
  }
  return theirs.text.replace(/^export /, '') === ours.text.replace(/^export /, '');
}

/** The owners' edits of a module without what they added whole that sdkgen's module declares (see above). */
export interface DeclaredAlready {
  /** `edited` without those declarations. */
  text: string;
  /** How many of their hunks a declaration in sdkgen's form went from. */
  alreadyThere: number;
  /** Why each left out for a person, declared otherwise by sdkgen (declared-otherwise.ts), cannot be carried. */
  otherwise: string[];
  /** Stainless's module with only those added, where they added them: their hunks, for the report. */
  otherwiseEdited: string;
}

/**
 * `edited` without the top-level declarations the owners added whole (every line of each added by one hunk) of names
 * Stainless's module (`pristine`) does not declare and sdkgen's (`target`) does: in its form (see above: already
 * there), or otherwise, where carried beside sdkgen's they would declare the name twice (declared-otherwise.ts: for
 * a person). Each goes with the comments above it and a blank line they added beside it. Null where there is none.
 * The other declarations a hunk adds stay in it, to carry (an owners' helper appended beside Stainless's, say); each
 * hunk a declaration in sdkgen's form went from is counted.
 */
export function withoutDeclaredAlready(pristine: string, edited: string, target: string): DeclaredAlready | null {
  if (pristine === edited) return null;
  const [base, own] = [lines(pristine), lines(edited)];
  const hunks = diff(base, own);
  if (hunks === null) return null;
  const added = new Set(hunks.flatMap((hunk) => range(hunk.start, hunk.end)));
  const stainless = new Set(declarationsIn(base).map((d) => d.name));
  let sdkgens: Map<string, TopDeclaration[]> | null = null;
  const [done, forAPerson] = [new Set<number>(), new Set<number>()];
  const otherwise: string[] = [];
  for (const theirs of declarationsIn(own)) {
    if (!range(theirs.code, theirs.end).every((i) => added.has(i)) || stainless.has(theirs.name)) continue;
    sdkgens ??= declarationsByName(target);
    const namesakes = sdkgens.get(theirs.name) ?? [];
    let into = done;
    if (!namesakes.some((ours) => standsFor(theirs, ours))) {
      const reason = declaredOtherwise(theirs, namesakes);
      if (reason === null) continue;
      otherwise.push(reason);
      into = forAPerson;
    }
    // (With the comments above it they added; one of Stainless's stays.)
    for (const i of range(theirs.start, theirs.end)) if (added.has(i)) into.add(i);
    // (One blank line of theirs beside it: the layout that came with it.)
    const taken = (i: number) => done.has(i) || forAPerson.has(i);
    const blank = [theirs.start - 1, theirs.end].find((i) => added.has(i) && !taken(i) && own[i]?.trim() === '');
    if (blank !== undefined) done.add(blank);
  }
  if (done.size + forAPerson.size === 0) return null;
  const dropped = new Set([...done, ...forAPerson]);
  // (Each hunk a declaration in sdkgen's form went from counts; an insertion left with blank lines alone goes whole.)
  let alreadyThere = 0;
  const otherwiseLines = new Map<number, string[]>();
  for (const hunk of hunks) {
    const span = range(hunk.start, hunk.end);
    if (span.some((i) => done.has(i) && own[i].trim() !== '')) alreadyThere++;
    const theirs = span.filter((i) => forAPerson.has(i)).map((i) => own[i]);
    if (theirs.length > 0) otherwiseLines.set(hunk.baseEnd, [...(otherwiseLines.get(hunk.baseEnd) ?? []), ...theirs]);
    if (hunk.baseStart === hunk.baseEnd && span.some((i) => dropped.has(i)))
      if (span.every((i) => dropped.has(i) || own[i].trim() === '')) for (const i of span) dropped.add(i);
  }
  return {
    text: own.filter((_, i) => !dropped.has(i)).join(''),
    alreadyThere,
    otherwise,
    otherwiseEdited: range(0, base.length + 1)
      .flatMap((i) => [...(otherwiseLines.get(i) ?? []).map(ended), ...(i < base.length ? [base[i]] : [])])
      .join(''),
  };
}

/** A line with its newline (the module's last may have none). */
const ended = (line: string) => (line.endsWith('\n') ? line : `${line}\n`);

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
