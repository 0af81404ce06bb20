/**
 * A top-level declaration the owners added to a module of Stainless's whose name sdkgen's module declares otherwise
 * (issue 89, session 61's gap: other parameters, an interface member sdkgen's lacks, another kind). declared-already.ts
 * takes out what sdkgen declares in its form; anything else carried beside sdkgen's namesake declares the name twice
 * (TS2300, TS2393, TS2451) and no module of the package compiles. Such a declaration is taken out of the carried
 * text and its hunk goes to a person, saying how the two differ: only they know whether their callers can use
 * sdkgen's, or theirs should be renamed.
 *
 * Interfaces are the exception TypeScript makes: two interfaces of one name merge into one. Carried beside sdkgen's,
 * the owners' interface is kept as they wrote it, and sdkgen's code keeps typing what it did, where:
 * - every declaration of sdkgen's of the name is an interface, exported as theirs is (TS2395), with the same type
 *   parameters and bases (TS2428);
 * - a member both declare is written alike (a property declared twice must have one type and the same modifiers:
 *   TS2717, TS2687; a method written otherwise would become an overload sdkgen's code never meant), the members of a
 *   union or an intersection in any order (member-types.ts);
 * - a member only theirs declares is optional: sdkgen's values of the type (its literals, its type guards) still fit
 *   it. A required one would make sdkgen's own objects wrong, or a guard of sdkgen's promise what it never checked.
 * A type and a value of one name stand apart (`type X` beside `const X`): carried, as before.
 */
import { sameMember } from './member-types';
import { interfaceMembers, sameSpace, type TopDeclaration } from './top-declarations';

/** Why the owners' added `theirs` cannot be carried beside sdkgen's `namesakes`, or null where it can. */
export function declaredOtherwise(theirs: TopDeclaration, namesakes: TopDeclaration[]): string | null {
  const clashing = namesakes.filter((ours) => sameSpace(theirs.kind, ours.kind));
  if (clashing.length === 0) return null;
  const how = theirs.kind === 'interface' ? mergeRefused(theirs, clashing) : differences(theirs, clashing[0]);
  if (how === null) return null;
  return (
    `your \`${theirs.name}\`, added to Stainless's module, is declared by sdkgen's module too, ${how}: carried ` +
    "beside it, the module would declare the name twice and not compile, so sdkgen's is written and yours is in " +
    "the hunk (rename yours, or change its callers to sdkgen's)"
  );
}

/** Why an interface of theirs does not merge safely into sdkgen's of its name (see above), or null. */
function mergeRefused(theirs: TopDeclaration, clashing: TopDeclaration[]): string | null {
  const other = clashing.find((ours) => ours.kind !== 'interface');
  if (other !== undefined) return `as ${article(other.kind)} where yours is an interface`;
  if (clashing.some((ours) => ours.exported !== theirs.exported))
    return theirs.exported ? 'not exported where yours is' : 'exported where yours is not';
  if (clashing.some((ours) => heading(ours) !== heading(theirs)))
    return 'with other type parameters or bases than yours';
  const ourMembers = clashing.flatMap((ours) => interfaceMembers(ours.source));
  const otherwise: string[] = [];
  const required: string[] = [];
  for (const member of interfaceMembers(theirs.source)) {
    const namesakes = ourMembers.filter((ours) => ours.name === member.name);
    if (namesakes.length === 0 && !member.optional) required.push(member.name);
    else if (namesakes.some((ours) => !sameMember(ours.text, member.text))) otherwise.push(member.name);
  }
  if (required.length + otherwise.length === 0) return null;
  return [
    required.length > 0 ? `without your required ${listed(required, 'member')}` : '',
    otherwise.length > 0 ? `with ${listed(otherwise, 'member')} written otherwise than yours` : '',
  ]
    .filter((part) => part !== '')
    .join(' and ');
}

/** How sdkgen's `ours` differs from the owners' `theirs` (neither an interface). */
function differences(theirs: TopDeclaration, ours: TopDeclaration): string {
  if (ours.kind !== theirs.kind && !(isBinding(ours.kind) && isBinding(theirs.kind)))
    return `as ${article(ours.kind)} where yours is ${article(theirs.kind)}`;
  if (theirs.parameters !== null && ours.parameters !== null)
    return `taking (${ours.parameters.join(', ')}) where yours takes (${theirs.parameters.join(', ')})`;
  if (theirs.parameters !== null) return 'not as a function';
  return 'written otherwise';
}

/** `interface Name<T> extends Base`: what two merged interfaces must share. */
function heading(declaration: TopDeclaration): string {
  const head = declaration.text.slice(0, declaration.text.indexOf('{'));
  return head
    .replace(/^export\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const isBinding = (kind: string) => kind === 'const' || kind === 'let' || kind === 'var' || kind === 'function';

function article(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind === 'type' ? 'type alias' : kind}`;
}

function listed(names: string[], noun: string): string {
  return `${noun}${names.length > 1 ? 's' : ''} ${names.map((name) => `\`${name}\``).join(', ')}`;
}
