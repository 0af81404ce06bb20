/**
 * The line of a key path ("resources.chat.methods.create", "pagination[1].type") in a YAML text, for
 * diagnostics. It follows indentation only, which is enough for block-style config files; a path it cannot
 * follow (flow style, anchors) gives the line of the deepest key it found, or null.
 */
export function lineOfPath(text: string, keyPath: string): number | null {
  const tokens = keyPath.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  const lines = text.split(/\r?\n/);
  let from = 0;
  let parentIndent = -1;
  let found: number | null = null;
  for (const token of tokens) {
    const index = /^\[(\d+)\]$/.exec(token);
    let hit = -1;
    let seen = 0;
    for (let i = from; i < lines.length; i++) {
      const line = lines[i];
      if (/^\s*(#|$)/.test(line)) continue;
      const indent = line.length - line.trimStart().length;
      if (indent <= parentIndent && i > from) break;
      const body = line.trimStart();
      if (index) {
        if (body.startsWith('- ') || body === '-') {
          if (seen === Number(index[1])) {
            hit = i;
            break;
          }
          seen++;
        }
      } else {
        const key = body.replace(/^- /, '');
        if (key.startsWith(`${token}:`) || key.startsWith(`'${token}':`) || key.startsWith(`"${token}":`)) {
          hit = i;
          break;
        }
      }
    }
    if (hit < 0) break;
    found = hit + 1;
    from = hit + 1;
    parentIndent = lines[hit].length - lines[hit].trimStart().length;
    // A list item's own keys sit on the dash's line ("- name: x"): search from it again.
    if (index) {
      from = hit;
      parentIndent -= 1;
    }
  }
  return found;
}
