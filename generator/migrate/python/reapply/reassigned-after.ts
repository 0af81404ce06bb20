/**
 * An owners' insertion into a function of sdkgen's, placed by a neighbouring line (same-function-lines.ts), that sets
 * what sdkgen's function sets again right below that place: dedalus-python's `if is_dict(body): self.code = … else:
 * self.code = None …` after `self.body = body` in `APIError.__init__`, where sdkgen's `__init__` follows that line with
 * `self.code = _string_field(body, "code")` and the like. Above those statements, the owners' block is undone by them;
 * it goes after them, so that what it sets stands, as it did in Stainless's function (which had no such statements).
 */

/** `target = …` (a name, an attribute or an item, annotated or not), not `==`, not an augmented assignment. */
const ASSIGNMENT = /^\s*([A-Za-z_][\w.]*(?:\[[^\]]*\])?)\s*(?::[^=]+)?=(?!=)/;

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

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
 * Where to insert `added` (lines at their final depth) in `ours` instead of `into`: past the run of one-line
 * assignments at the block's depth right below `into` (blank lines between them passed over) whose every target the
 * block assigns too. `into` where that run is empty, or where one of its statements sets something the block does not.
 */
export function pastReassignments(ours: string[], into: number, added: string[]): number {
  const first = added.find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  if (first === undefined) return into;
  const depth = indentOf(first);
  const assigned = new Set(
    added.flatMap((line) => {
      const target = ASSIGNMENT.exec(line)?.[1];
      return target === undefined || indentOf(line) < depth ? [] : [target];
    }),
  );
  if (assigned.size === 0) return into;
  let past = into;
  for (let i = into; i < ours.length; i++) {
    const line = ours[i];
    if (line.trim() === '') continue;
    const target = ASSIGNMENT.exec(line)?.[1];
    if (indentOf(line) !== depth || target === undefined || !assigned.has(target) || !closesOnItsLine(line)) break;
    past = i + 1;
  }
  return past;
}
