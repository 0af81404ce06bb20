/**
 * JSDoc comments wrapped at the formatter's width, as Prettier wraps code (Prettier leaves comments alone). Runs on
 * formatted TypeScript, where a comment's indentation is final. Only lines over the width change: a line break the
 * spec's author put in a description stays where it is. Code (between ``` fences) and Markdown tables are never
 * rewrapped, and a word longer than the line is left whole.
 */

/** `text` with every JSDoc line that ends past `width` columns broken at spaces. */
export function wrapDocComments(text: string, width: number): string {
  if (!text.includes('/**')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let inDoc = false;
  let inFence = false;
  for (const line of lines) {
    if (!inDoc) {
      const single = /^(\s*)\/\*\*\s?(.*?)\s*\*\/\s*$/.exec(line);
      if (single && line.length > width) {
        // A one-line comment too long for its line: written as a block.
        const indent = single[1];
        out.push(`${indent}/**`, ...wrapLine(single[2], `${indent} * `, width), `${indent} */`);
        continue;
      }
      out.push(line);
      if (/^\s*\/\*\*/.test(line) && !line.includes('*/')) {
        inDoc = true;
        inFence = false;
      }
      continue;
    }
    if (/\*\/\s*$/.test(line)) {
      inDoc = false;
      out.push(line);
      continue;
    }
    const m = /^(\s*\* ?)(.*)$/.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    const [, prefix, content] = m;
    if (/^\s*(```|~~~)/.test(content)) inFence = !inFence;
    if (inFence || line.length <= width || /^\s*\|/.test(content)) {
      out.push(line);
      continue;
    }
    // A list item's or tag's continuation lines line up under its text.
    const item = /^(\s*(?:[-*+]|\d+[.)])\s+)/.exec(content);
    const hang = item ? ' '.repeat(item[1].length) : (/^(\s*)/.exec(content)?.[1] ?? '');
    const wrapped = wrapLine(content, prefix.endsWith(' ') ? prefix : `${prefix} `, width);
    out.push(wrapped[0], ...wrapped.slice(1).map((l) => l.replace(/^(\s*\* )/, `$1${hang}`)));
  }
  return out.join('\n');
}

/** `content` after `prefix`, broken at spaces into lines of at most `width` columns (a longer word stays whole). */
function wrapLine(content: string, prefix: string, width: number): string[] {
  const lead = /^\s*/.exec(content)![0];
  const words = content.slice(lead.length).split(/ +/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = `${prefix}${lead}`;
  let empty = true;
  for (const word of words) {
    if (!empty && current.length + 1 + word.length > width) {
      lines.push(current);
      current = prefix.trimEnd() + ' ';
      empty = true;
    }
    current += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(current);
  return lines.map((l) => l.trimEnd());
}
