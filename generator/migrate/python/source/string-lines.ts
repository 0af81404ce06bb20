/**
 * Which lines of a Python module stand inside a triple-quoted string opened on an earlier line (a docstring's lines,
 * a multi-line text), and where that string opened: their indentation is the string's text, not the code's, so that
 * reading a line's block from indentation (comment-only.ts `scopeOf`) passes over them. Read from the text alone:
 * comments and one-line strings are set apart so that a quote in them opens nothing.
 */

/** Read once for each array of lines (as they were then: an array edited in place since is read again). */
const OPENED = new WeakMap<string[], { lines: string[]; opened: number[] }>();

/** For each line, the line its triple-quoted string opened on when it starts inside one, else -1. */
export function stringOpenings(lines: string[]): number[] {
  const known = OPENED.get(lines);
  if (known !== undefined && known.lines.length === lines.length && known.lines.every((line, i) => line === lines[i]))
    return known.opened;
  const opened: number[] = [];
  let open: { quote: string; at: number } | null = null;
  lines.forEach((raw, i) => {
    opened.push(open === null ? -1 : open.at);
    const line = raw.replace(/\r?\n$/, '');
    let j = 0;
    while (j < line.length) {
      if (open !== null) {
        const close = closingOf(line, j, open.quote);
        if (close < 0) return;
        j = close;
        open = null;
        continue;
      }
      const char = line[j];
      if (char === '#') return;
      if (char !== '"' && char !== "'") {
        j++;
        continue;
      }
      const quote = line.startsWith(char.repeat(3), j) ? char.repeat(3) : char;
      const close = closingOf(line, j + quote.length, quote);
      if (close >= 0) j = close;
      else if (quote.length === 3) {
        open = { quote, at: i };
        return;
      } else return;
    }
  });
  OPENED.set(lines, { lines: [...lines], opened });
  return opened;
}

/** Where the string closed by `quote` ends in `line` from `from` on (past the quote), -1 when it goes on. */
function closingOf(line: string, from: number, quote: string): number {
  for (let j = from; j < line.length; j++) {
    if (line[j] === '\\') j++;
    else if (line.startsWith(quote, j)) return j + quote.length;
  }
  return -1;
}
