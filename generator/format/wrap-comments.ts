/**
 * JSDoc comments wrapped at the formatter's width, as Prettier wraps code (Prettier leaves comments alone). Runs on
 * formatted TypeScript, where a comment's indentation is final. Only paragraphs with a line over the width change:
 * the words past the width move to the next line of the same paragraph; blank lines, tags and list items still start
 * where the spec's author put them. Code (between ``` fences) and Markdown tables are never rewrapped, and a word
 * longer than the line is left whole.
 */

/** `text` with every JSDoc line that ends past `width` columns broken at spaces. */
export function wrapDocComments(text: string, width: number): string {
  // Only a JSDoc line longer than the width changes: most formatted files have none (their long lines are code or
  // `//` comments) and are returned without a pass.
  if (!text.includes('/**') || !hasLongDocLine(text, width)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let inDoc = false;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!inDoc) {
      // Most lines are code: only one with `/**` in it is looked at further.
      const opens = line.includes('/**');
      const single = opens && line.length > width ? /^(\s*)\/\*\*\s?(.*?)\s*\*\/\s*$/.exec(line) : null;
      if (single) {
        // A one-line comment too long for its line: written as a block.
        const indent = single[1];
        out.push(`${indent}/**`, ...wrapLine(single[2], `${indent} * `, width), `${indent} */`);
        continue;
      }
      out.push(line);
      if (opens && /^\s*\/\*\*/.test(line) && !line.includes('*/')) {
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
    const lines2 = [wrapped[0], ...wrapped.slice(1).map((l) => l.replace(/^(\s*\* )/, `$1${hang}`))];
    // The words carried over join the next line when it goes on with the same paragraph, so a wrapped sentence
    // reads on instead of leaving one short line behind (the next line is then wrapped in turn if it overflows).
    const next = i + 1 < lines.length ? /^(\s*\* ?)(.*)$/.exec(lines[i + 1]) : null;
    if (lines2.length > 1 && next && next[1] === prefix && continuesParagraph(next[2], hang)) {
      const carried = lines2.pop()!.replace(/^\s*\*\s*/, '');
      lines[i + 1] = `${prefix}${hang}${carried} ${next[2].trimStart()}`;
    }
    out.push(...lines2);
  }
  return out.join('\n');
}

/** Whether a line over `width` starts (after its indentation) with `*` or `/**`: the only lines wrapDocComments changes. */
function hasLongDocLine(text: string, width: number): boolean {
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const next = end === -1 ? text.length : end;
    if (next - start > width && /^\s*(\*|\/\*\*)/.test(text.slice(start, next))) return true;
    start = next + 1;
  }
  return false;
}

/** Whether a JSDoc line's text goes on with the paragraph above: same indentation, and not a tag, item, fence or table. */
function continuesParagraph(content: string, hang: string): boolean {
  if (content.trim() === '' || content.trimEnd().endsWith('*/')) return false;
  if (/^\s*(@|```|~~~|\||[-*+]\s|\d+[.)]\s)/.test(content)) return false;
  return (/^\s*/.exec(content)?.[0] ?? '') === hang;
}

/** `content` after `prefix`, broken at spaces into lines of at most `width` columns (a longer word stays whole). */
function wrapLine(content: string, prefix: string, width: number): string[] {
  const lead = /^\s*/.exec(content)![0];
  const words = content
    .slice(lead.length)
    .split(/ +/)
    .filter((w) => w !== '');
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
