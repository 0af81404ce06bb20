/**
 * A member the owners added by hand to one of Stainless's types that sdkgen's module declares already, in the same
 * place (issue 89, anchorbrowser: `force_popups_as_tabs?` added to the session create params' `Browser`, with its
 * `ForcePopupsAsTabs` interface, and `tags?` to their `Session`, which the later spec gives them). Placed beside
 * sdkgen's, the interface would declare the member twice (TS2300 "Duplicate identifier"), or the namespace a second
 * interface of the name. The same place is the same chain of enclosing namespaces, interfaces and classes, read from
 * the indentation of a formatted module: `SessionCreateParams > Browser > force_popups_as_tabs`.
 */

/** A line opening a namespace, interface or class body: its name. */
const OPENER =
  /^(\s*)(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:namespace|interface|class)\s+([A-Za-z_$][\w$]*)\b[^{;]*\{\s*$/;
/** A property of an interface or class (its type may go on below): its name. */
const PROPERTY = /^\s+(?:(?:readonly|declare|public|protected|private)\s+)*(['"]?)([A-Za-z_$][\w$-]*)\1\??\s*:/;
/** A line closing a body. */
const CLOSER = /^(\s*)\}\s*;?\s*$/;

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

/** The places of what `text` declares: `A > B` for a namespace or interface, `A > B > name` for a member. */
export function declaredPlaces(text: string): Set<string> {
  return new Set(placesIn(text).map((p) => p.place));
}

/**
 * Whether `text` declares a member twice in one place (a merge that placed the owners' member and sdkgen's of the
 * same name in one interface). An interface and a namespace of one name are one place, as TypeScript merges them.
 */
export function declaresMemberTwice(text: string): boolean {
  const members = placesIn(text)
    .filter((p) => p.member)
    .map((p) => p.place);
  return new Set(members).size !== members.length;
}

/** What `text` declares, each with its place and its line's index. */
export function placesIn(text: string): Array<{ place: string; member: boolean; line: number }> {
  const places: Array<{ place: string; member: boolean; line: number }> = [];
  const stack: Array<{ indent: number; name: string }> = [];
  for (const [line, raw] of text.split('\n').entries()) {
    if (raw.trim() === '' || /^\s*(?:\/\/|\/\*|\*)/.test(raw)) continue;
    const indent = indentOf(raw);
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) {
      if (stack[stack.length - 1].indent === indent && CLOSER.test(raw)) break;
      stack.pop();
    }
    if (CLOSER.test(raw)) {
      if (stack.length > 0 && stack[stack.length - 1].indent === indent) stack.pop();
      continue;
    }
    const chain = stack.map((s) => s.name);
    const opener = OPENER.exec(raw);
    if (opener) {
      places.push({ place: [...chain, opener[2]].join(' > '), member: false, line });
      stack.push({ indent, name: opener[2] });
      continue;
    }
    const property = stack.length > 0 ? PROPERTY.exec(raw) : null;
    // (One level in: a deeper line is a member of an object type written inline, not of the body.)
    if (property && indent === stack[stack.length - 1].indent + 2)
      places.push({ place: [...chain, property[2]].join(' > '), member: true, line });
  }
  return places;
}

/** The names of the bodies line `at` of `lines` is in, outermost first (a line ending in `\n` or not). */
function chainAt(lines: string[], at: number): string[] {
  const chain: string[] = [];
  let limit = indentOf(lines[at]);
  for (let i = at - 1; i >= 0 && limit > 0; i--) {
    const text = lines[i].replace(/\n$/, '');
    if (text.trim() === '' || indentOf(text) >= limit) continue;
    const opener = OPENER.exec(text);
    if (opener === null) {
      if (/^\s*(?:\/\/|\/\*|\*)/.test(text)) continue;
      return [];
    }
    chain.unshift(opener[2]);
    limit = indentOf(text);
  }
  return chain;
}

/**
 * Whether line `at` of the owners' module `edited` adds, where sdkgen's module (its `places`) has it already: a member
 * of a namespace, interface or class; a namespace or interface; or the brace closing one of those.
 */
export function inPlaceInSdkgen(line: string, at: number, edited: string[], places: ReadonlySet<string>): boolean {
  const closer = CLOSER.exec(line);
  if (closer) {
    // The brace closes the body opened above at its indentation.
    for (let i = at - 1; i >= 0; i--) {
      const text = edited[i].replace(/\n$/, '');
      if (text.trim() === '' || indentOf(text) !== closer[1].length) continue;
      const opener = OPENER.exec(text);
      return opener !== null && places.has([...chainAt(edited, i), opener[2]].join(' > '));
    }
    return false;
  }
  const opener = OPENER.exec(line);
  const property = opener === null ? PROPERTY.exec(line) : null;
  const name = opener?.[2] ?? property?.[2];
  if (name === undefined) return false;
  const chain = chainAt(edited, at);
  if (chain.length === 0 && property) return false;
  return places.has([...chain, name].join(' > '));
}
