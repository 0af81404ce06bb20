/**
 * A Python module's lines read without running it: each line with its strings' contents and comments blanked (the
 * brackets and keywords only), with an f-string's text kept apart (the names it reads), and whether a line continues
 * a statement begun above (an open bracket, an open string, a backslash). statements.ts reads statements from it, and
 * import-statements.ts the import statements.
 */

export interface ModuleLines {
  lines: string[];
  /** Each line with string contents and comments blanked: brackets and keywords only. */
  code: string[];
  /** Each line as `code`, but with an f-string's text kept: the names it reads. */
  words: string[];
  /** Whether the line continues a statement begun above (open bracket, open string, backslash). */
  continues: boolean[];
  /** Whether the line begins inside a triple-quoted string: its indentation is the string's text, not layout. */
  inString: boolean[];
}

export function readModule(text: string): ModuleLines {
  const lines = text.split('\n');
  const code: string[] = [];
  const words: string[] = [];
  const continues: boolean[] = [];
  const inString: boolean[] = [];
  let triple: { quote: string; f: boolean } | null = null;
  let depth = 0;
  let backslash = false;
  for (const line of lines) {
    continues.push(triple !== null || depth > 0 || backslash);
    inString.push(triple !== null);
    let plain = '';
    let read = '';
    let i = 0;
    while (i < line.length) {
      if (triple !== null) {
        const end = line.indexOf(triple.quote, i);
        const inside = end < 0 ? line.slice(i) : line.slice(i, end);
        if (triple.f) read += ` ${inside} `;
        if (end < 0) i = line.length;
        else {
          i = end + 3;
          triple = null;
        }
        continue;
      }
      const c = line[i];
      if (c === '#') break;
      if (c === '"' || c === "'") {
        const f = /[fF][rRbB]?$|[rRbB][fF]$/.test(/\w*$/.exec(plain)![0]);
        if (line.startsWith(c.repeat(3), i)) {
          // (Blanked where it opens: a line opening a string over lines, a body's docstring, is a statement's line.)
          triple = { quote: c.repeat(3), f };
          plain += '""';
          read += '""';
          i += 3;
          continue;
        }
        let j = i + 1;
        while (j < line.length && line[j] !== c) j += line[j] === '\\' ? 2 : 1;
        if (f) read += ` ${line.slice(i + 1, j)} `;
        plain += '""';
        read += '""';
        i = j + 1;
        continue;
      }
      plain += c;
      read += c;
      i++;
    }
    for (const ch of plain) {
      if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    }
    backslash = triple === null && /\\\s*$/.test(line) && !line.trimStart().startsWith('#');
    code.push(plain);
    words.push(read);
  }
  return { lines, code, words, continues, inString };
}
