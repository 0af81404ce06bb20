/**
 * An owners' edit widening a parameter's annotation to a union (runway's `prompt_image` of a method's implementation,
 * which Stainless typed as its first overload's alone: the owners wrote the union of every overload's, one repeated),
 * where sdkgen's module annotates that parameter with a union of the same members (in its own order, each once): the
 * result the edit wanted is there, so the hunk is done, not a step for a person. Read from the hunk's lines alone.
 */

/** `name: <type>[ = default],` read from the lines of one parameter (a union laid out a member a line). */
function parameterOf(lines: string[]): { indent: string; name: string; members: Set<string>; default: string } | null {
  const joined = lines.map((line) => line.trim()).join(' ');
  const head = /^([A-Za-z_]\w*)\s*:\s*(.+?),?$/.exec(joined);
  const indent = /^\s*/.exec(lines[0] ?? '')![0];
  if (!head || lines.slice(1).some((line) => !/^\s*\|/.test(line))) return null;
  const [type, fallback] = splitDefault(head[2]);
  const members = topLevelMembers(type);
  return members === null ? null : { indent, name: head[1], members: new Set(members), default: fallback };
}

/** A type and its default (`A | Omit = omit` → `A | Omit`, `omit`); no default: ''. */
function splitDefault(text: string): [string, string] {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === '=' && depth === 0) return [text.slice(0, i).trim(), text.slice(i + 1).trim()];
  }
  return [text.trim(), ''];
}

/** The members of a union at the top level (`A | B[C | D]` → `A`, `B[C | D]`), spaces taken out; null when unbalanced. */
function topLevelMembers(type: string): string[] | null {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= type.length; i++) {
    const c = type[i];
    if (c !== undefined && '([{'.includes(c)) depth++;
    else if (c !== undefined && ')]}'.includes(c)) depth--;
    if (depth < 0) return null;
    if (c === undefined || (c === '|' && depth === 0)) {
      members.push(type.slice(start, i).replace(/\s+/g, ''));
      start = i + 1;
    }
  }
  return depth === 0 && members.every((m) => m !== '') ? members : null;
}

/** Every parameter annotation of the name `name` in a module, at `indent` (a statement and its `|` lines). */
function annotationsOf(text: string, name: string, indent: string): Array<ReturnType<typeof parameterOf>> {
  const lines = text.split('\n');
  const found: Array<ReturnType<typeof parameterOf>> = [];
  const opens = new RegExp(`^${indent}${name}\\s*:`);
  for (let i = 0; i < lines.length; i++) {
    if (!opens.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && /^\s*\|/.test(lines[end])) end++;
    found.push(parameterOf(lines.slice(i, end)));
  }
  return found;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((m) => b.has(m));

/**
 * Whether a rejected hunk (unified text) only rewrites one parameter's annotation as a wider union (the members it took
 * out among those it puts in), whose members and default sdkgen's module (`target`) gives that parameter at that
 * indentation.
 */
export function unionAlreadyThere(hunk: string, target: string): boolean {
  const body = hunk.split('\n').filter((line) => !line.startsWith('@@') && !line.startsWith('\\'));
  const removed = body.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const added = body.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  const [before, after] = [parameterOf(removed), parameterOf(added)];
  if (before === null || after === null || before.name !== after.name || before.default !== after.default) return false;
  if (![...before.members].every((m) => after.members.has(m)) || after.members.size <= before.members.size)
    return false;
  return annotationsOf(target, after.name, after.indent).some(
    (there) => there !== null && there.default === after.default && sameSet(there.members, after.members),
  );
}

/** The rejected hunks less those whose union sdkgen's module has (`done`: how many). */
export function withoutUnionsThere(rejected: string[], target: string): { rejected: string[]; done: number } {
  const left = rejected.filter((hunk) => !unionAlreadyThere(hunk, target));
  return { rejected: left, done: rejected.length - left.length };
}
