/**
 * An owners' insertion into a function of sdkgen's, placed by a neighbouring line (same-function-lines.ts), that sets
 * what sdkgen's function sets again right below that place: dedalus-python's `if is_dict(body): self.code = … else:
 * self.code = None …` after `self.body = body` in `APIError.__init__`, where sdkgen's `__init__` follows that line with
 * `self.code = _string_field(body, "code")` and the like. Above those statements, the owners' block is undone by them;
 * it goes after them, so that what it sets stands, as it did in Stainless's function (which had no such statements).
 *
 * Where the block sets each of their targets on every path it takes (at its own depth, or in every branch of an
 * `if … else` chain), sdkgen's statements would do nothing after it: they go, as a person merging by hand takes them
 * out, and so does a private function of sdkgen's module they alone called (`_string_field`), which nothing reads then.
 * Only statements whose values call nothing but such private functions of the module go so (a call elsewhere may do
 * something besides giving the value); the others stay, the block after them.
 */

/** `target = …` (a name, an attribute or an item, annotated or not), not `==`, not an augmented assignment. */
const ASSIGNMENT = /^\s*([A-Za-z_][\w.]*(?:\[[^\]]*\])?)\s*(?::[^=]+)?=(?!=)/;

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

/** A line's code: its strings emptied, its comment left out. */
const codeOf = (line: string) =>
  line.replace(/[rRbBfFuU]*"(?:[^"\\]|\\.)*"|[rRbBfFuU]*'(?:[^'\\]|\\.)*'/g, '""').replace(/#.*$/, '');

/** Whether `code` reads the name, attribute or item `target` (`x`, `self.x`, `x["k"]`): a name or attribute read whole. */
function readsName(code: string, target: string): boolean {
  const name = target.replace(/\[.*$/, '');
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.])${escaped}(?!\\w)`).test(code);
}

/** Whether a line's brackets close on it (a statement of one line), strings aside. */
function closesOnItsLine(line: string): boolean {
  const code = line.replace(/[rRbBfFuU]*"(?:[^"\\]|\\.)*"|[rRbBfFuU]*'(?:[^'\\]|\\.)*'/g, '""');
  let depth = 0;
  for (const char of code.replace(/#.*$/, '')) {
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
  }
  return depth === 0 && !/\\\s*$/.test(code) && !/("""|''')/.test(line);
}

/**
 * Where to insert `added` (lines at their final depth) in `ours` instead of `into` (`past`): past the run of one-line
 * assignments at the block's depth right below `into` (blank lines between them passed over) whose every target the
 * block assigns too. `into` where that run is empty, or where one of its statements sets something the block does not.
 * With the targets the block assigns on every path it takes (`everyPath`).
 */
function reassignedBelow(ours: string[], into: number, added: string[]): { past: number; everyPath: Set<string> } {
  const first = added.find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  if (first === undefined) return { past: into, everyPath: new Set() };
  const depth = indentOf(first);
  const assigned = new Set(
    added.flatMap((line) => {
      const target = ASSIGNMENT.exec(line)?.[1];
      return target === undefined || indentOf(line) < depth ? [] : [target];
    }),
  );
  if (assigned.size === 0) return { past: into, everyPath: new Set() };
  // What the block reads: its lines, each assignment's target aside.
  const blockReads = added.map((line) => codeOf(line).replace(ASSIGNMENT, '')).join('\n');
  let past = into;
  for (let i = into; i < ours.length; i++) {
    const line = ours[i];
    if (line.trim() === '') continue;
    const target = ASSIGNMENT.exec(line)?.[1];
    if (indentOf(line) !== depth || target === undefined || !assigned.has(target) || !closesOnItsLine(line)) break;
    // (Def-use: a statement reading what the block sets, or setting what the block reads, keeps its order with it.)
    const value = codeOf(line).replace(ASSIGNMENT, '');
    if ([...assigned].some((name) => readsName(value, name)) || readsName(blockReads, target)) break;
    past = i + 1;
  }
  return { past, everyPath: assignedOnEveryPath(added, depth) };
}

/**
 * `ours` and the place for the block `added` below `into` (past sdkgen's statements of reassignedBelow), sdkgen's statements of that run taken
 * out where the block sets each of their targets on every path and their values call only private functions of the
 * module; such a function nothing reads any more goes too (`dropped`: the statements taken out).
 */
export function overReassignments(
  ours: string[],
  into: number,
  added: string[],
): { ours: string[]; into: number; dropped: string[] } {
  const { past, everyPath } = reassignedBelow(ours, into, added);
  const run = ours.slice(into, past);
  const code = run.filter((line) => line.trim() !== '');
  const helpers = moduleFunctions(ours);
  const undone = (line: string) =>
    everyPath.has(ASSIGNMENT.exec(line)![1]) &&
    [...line.matchAll(/([A-Za-z_][\w.]*)\s*\(/g)].every(([, name]) => name.startsWith('_') && helpers.has(name));
  if (code.length === 0 || !code.every(undone)) return { ours, into: past, dropped: [] };
  return { ours: [...ours.slice(0, into), ...ours.slice(past)], into, dropped: code };
}

/**
 * `lines` without the module-level private functions the `dropped` statements called that no other line of `lines`
 * names any more (a blank line run around them left as the one before them).
 */
export function withoutUnreadHelpers(lines: string[], dropped: string[]): string[] {
  const called = new Set([...dropped.join('\n').matchAll(/\b(_\w+)\s*\(/g)].map(([, name]) => name));
  let out = lines;
  for (const name of called) {
    const start = out.findIndex((line) => new RegExp(`^(?:async\\s+)?def\\s+${name}\\s*\\(`).test(line));
    if (start < 0) continue;
    let end = start + 1;
    while (end < out.length && (out[end].trim() === '' || indentOf(out[end]) > 0)) end++;
    // (The blank lines after its body go with it: those before it part what is above from what is below.)
    const rest = [...out.slice(0, start), ...out.slice(end)];
    const named = new RegExp(`(?<![\\w.])${name}(?!\\w)`);
    if (rest.some((line) => named.test(line.replace(/#.*$/, '')))) continue;
    out = rest;
  }
  return out;
}

/** The names of the module's top-level functions. */
function moduleFunctions(lines: string[]): Set<string> {
  return new Set(lines.flatMap((line) => /^(?:async\s+)?def\s+(\w+)/.exec(line)?.[1] ?? []));
}

/**
 * The targets the block (its statements at `depth`) assigns whatever path it takes: by a statement at its own depth,
 * or in every branch of an `if`/`elif`/`else` chain that ends in `else` (by a statement at the branch body's depth).
 */
function assignedOnEveryPath(added: string[], depth: number): Set<string> {
  const code = added.filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  const always = new Set<string>();
  for (let i = 0; i < code.length; i++) {
    const line = code[i];
    if (indentOf(line) !== depth) continue;
    const target = ASSIGNMENT.exec(line)?.[1];
    if (target !== undefined) {
      always.add(target);
      continue;
    }
    if (!/^\s*if\b.*:\s*(#.*)?$/.test(line)) continue;
    // The chain's branches: each clause's body, the lines deeper than `depth` below it.
    const branches: Set<string>[] = [];
    let ended = false;
    let j = i;
    while (j < code.length && indentOf(code[j]) === depth && /^\s*(?:if|elif|else)\b/.test(code[j])) {
      if (j > i && /^\s*if\b/.test(code[j])) break;
      ended = /^\s*else\s*:/.test(code[j]);
      const body = new Set<string>();
      let k = j + 1;
      const bodyDepth = k < code.length ? indentOf(code[k]) : depth;
      for (; k < code.length && indentOf(code[k]) > depth; k++) {
        const assigned = indentOf(code[k]) === bodyDepth ? ASSIGNMENT.exec(code[k])?.[1] : undefined;
        if (assigned !== undefined) body.add(assigned);
      }
      branches.push(body);
      j = k;
    }
    if (ended) for (const target of branches[0]) if (branches.every((b) => b.has(target))) always.add(target);
    i = j - 1;
  }
  return always;
}
