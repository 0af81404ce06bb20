/**
 * JSDoc comments wrapped at the formatter's width, as Prettier wraps code (Prettier leaves comments alone). Runs on
 * formatted TypeScript, where a comment's indentation is final. Only paragraphs with a line over the width change:
 * the words past the width move to the next line of the same paragraph; blank lines, tags and list items still start
 * where the spec's author put them. Code (between ``` fences), Markdown tables and headings are never rewrapped, and a
 * word longer than the line is left whole.
 */

/**
 * `text` with every JSDoc line that ends past `width` columns broken at spaces; with a `textWidth`, every line whose
 * text (after its ` * `) runs past that many columns, as Stainless's SDKs wrap their comments (at 80, however deep).
 */
export function wrapDocComments(text: string, width: number, textWidth: number | null = null): string {
  /** The columns the line starting at `start` may take. */
  const limitAt = textWidth === null ? () => width : (start: number) => indentAt(text, start) + 2 + textWidth;
  // Only a JSDoc line longer than the width changes: most formatted files have none (their long lines are code or
  // `//` comments) and are returned without a pass.
  if (!text.includes('/**') || !hasLongDocLine(text, limitAt)) return text;
  // Unchanged text is copied in runs, from `copied` up to the next line that changes.
  const out: string[] = [];
  let copied = 0;
  const replace = (start: number, end: number, lines: string[]) => {
    out.push(text.slice(copied, start), lines.join('\n'));
    copied = end;
  };
  /** The columns a comment line with this prefix (its indentation and `*`) may take. */
  const lineWidth = (prefix: string) => (textWidth === null ? width : prefix.length + textWidth);
  let inDoc = false;
  let inFence = false;
  // The next line as rewritten by a carry-over (words moved down from the line above it), or null.
  let carried: string | null = null;
  // Where the next `*/` and the next fence are, at or after the line: a comment line within the width that has
  // neither is left as it is without being looked at (or copied out) at all.
  let closing = -1;
  let fence = -1;
  for (let start = 0; start <= text.length; ) {
    if (!inDoc) {
      // Code lines matter only when they open a comment: on to the next line with `/**` in it.
      const open = text.indexOf('/**', start);
      if (open === -1) break;
      start = text.lastIndexOf('\n', open) + 1;
    }
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const next = end + 1;
    const limit = limitAt(start);
    if (inDoc && carried === null && end - start <= limit) {
      if (closing < start) closing = nextIndex(text, '*/', start);
      if (fence < start) fence = Math.min(nextIndex(text, '```', start), nextIndex(text, '~~~', start));
      if (closing >= end && fence >= end) {
        start = next;
        continue;
      }
    }
    const line = carried ?? text.slice(start, end);
    let lines: string[] | null = carried === null ? null : [line];
    carried = null;
    if (!inDoc) {
      const single = line.length > limit ? /^(\s*)\/\*\*\s?(.*?)\s*\*\/\s*$/.exec(line) : null;
      if (single) {
        // A one-line comment too long for its line: written as a block.
        const indent = single[1];
        const prefix = `${indent} * `;
        lines = [`${indent}/**`, ...wrapLine(single[2], prefix, lineWidth(prefix), textWidth !== null), `${indent} */`];
      } else if (/^\s*\/\*\*/.test(line) && !line.includes('*/')) {
        // Stainless's SDKs leave a resource class's description as the spec wrote it.
        const close = textWidth === null ? -1 : text.indexOf('*/', end);
        if (close !== -1 && CLASS_AFTER_COMMENT.test(text.slice(close + 2, close + 40))) {
          start = text.indexOf('\n', close) + 1 || text.length;
          continue;
        }
        inDoc = true;
        inFence = false;
      }
    } else if (line.includes('*/') && /\*\/\s*$/.test(line)) {
      inDoc = false;
    } else if (line.length > limit || line.includes('```') || line.includes('~~~')) {
      // (A line within the width and without a fence stays as it is: most lines, looked at no further.)
      const m = /^(\s*\* ?)(.*)$/.exec(line);
      if (m) {
        const [, prefix, content] = m;
        if (/^\s*(```|~~~)/.test(content)) inFence = !inFence;
        // Table rows and Markdown headings stay on their line however long, as Stainless's SDKs keep them.
        // So do an indented code block's lines, in Stainless's comments (Markdown, as Prettier prints it).
        const code = textWidth !== null && inIndentedCode(text, start, content);
        if (!inFence && !code && line.length > limit && !/^\s*\|/.test(content) && !MARKDOWN_HEADING.test(content)) {
          // A list item's or tag's continuation lines line up under its text.
          const item = /^(\s*(?:[-*+]|\d+[.)])\s+)/.exec(content);
          const hang = item ? ' '.repeat(item[1].length) : (/^(\s*)/.exec(content)?.[1] ?? '');
          const spaced = prefix.endsWith(' ') ? prefix : `${prefix} `;
          // (Its continuation lines take the hang out of their width, as Prettier's Markdown printer indents a list
          // item's text: imagekit's `- \`cutout\`: …` lines end by column 80 of the comment's text.)
          const width = lineWidth(spaced);
          const wrapped = wrapLine(content, spaced, width, textWidth !== null, width - hang.length, {
            late: textWidth !== null && afterBackslashBreak(text, start),
          });
          lines =
            hang === '' ? wrapped : [wrapped[0], ...wrapped.slice(1).map((l) => l.replace(/^(\s*\* )/, `$1${hang}`))];
          // The words carried over join the next line when it goes on with the same paragraph, so a wrapped
          // sentence reads on instead of leaving one short line behind (that line is then wrapped in turn if it
          // overflows). Not in Stainless's comments (`textWidth`): their paragraphs come on one line each (Prettier's
          // Markdown printer joins a paragraph's lines), so a line under one is there for a hard break (`overlay.  `
          // then `See …`), which Stainless's SDKs keep.
          const following =
            textWidth === null && next <= text.length ? /^(\s*\* ?)(.*)$/.exec(lineAt(text, next)) : null;
          if (lines.length > 1 && following && following[1] === prefix && continuesParagraph(following[2], hang)) {
            const words = lines.pop()!.replace(/^\s*\*\s*/, '');
            carried = `${prefix}${hang}${words} ${following[2].trimStart()}`;
          }
        }
      }
    }
    if (lines) replace(start, end, lines);
    start = next;
  }
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * Whether the comment line of `text` at `start` (its text `content`) is in a Markdown indented code block: indented by
 * four spaces or more, under lines that are so indented or blank, up to a blank line under a line that is neither
 * (and no list item, whose indented lines go on with it). A comment's first line starts no code block.
 */
function inIndentedCode(text: string, start: number, content: string): boolean {
  if (indentOf(content) < 4) return false;
  let blankBelow = false;
  for (let end = start - 1; end > 0; ) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const above = /^\s*\*(?!\/) ?(.*)$/.exec(text.slice(from, end));
    if (above === null) return false;
    const line = above[1];
    if (line.trim() === '') blankBelow = true;
    else if (indentOf(line) >= 4) blankBelow = false;
    else return blankBelow && !/^\s*([-*+]|\d+[.)])\s/.test(line);
    end = from - 1;
  }
  return false;
}

/** How many spaces `line` starts with. */
function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

/** Where `search` next starts in `text` at or after `from`; the text's length when nowhere. */
function nextIndex(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? text.length : at;
}

/** How many spaces the line of `text` starting at `start` is indented by. */
function indentAt(text: string, start: number): number {
  let at = start;
  while (text.charCodeAt(at) === SPACE) at++;
  return at - start;
}

/** The line of `text` that starts at `start`, without its line break. */
function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end);
}

/** Whether a line over its width starts (after its indentation) with `*` or `/**`: the only lines wrapDocComments changes. */
function hasLongDocLine(text: string, limitAt: (start: number) => number): boolean {
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const next = end === -1 ? text.length : end;
    if (next - start > limitAt(start) && /^\s*(\*|\/\*\*)/.test(text.slice(start, next))) return true;
    start = next + 1;
  }
  return false;
}

/** Whether a JSDoc line's text goes on with the paragraph above: same indentation, and not a tag, item, fence or table. */
function continuesParagraph(content: string, hang: string): boolean {
  if (content.trim() === '' || content.trimEnd().endsWith('*/')) return false;
  if (/^\s*(@|```|~~~|\||[-*+]\s|\d+[.)]\s)/.test(content)) return false;
  if (MARKDOWN_HEADING.test(content)) return false;
  return (/^\s*/.exec(content)?.[0] ?? '') === hang;
}

/**
 * `content` after `prefix`, broken at spaces into lines of at most `width` columns (a longer word stays whole). With
 * `wholeLinks`, a Markdown link (`[text with spaces](url)`, and what follows it up to a space) is one word, as
 * Stainless's SDKs keep it.
 */
function wrapLine(
  content: string,
  prefix: string,
  width: number,
  wholeLinks = false,
  nextWidth = width,
  { late = false }: { late?: boolean } = {},
): string[] {
  const lead = /^\s*/.exec(content)![0];
  const lines: string[] = [];
  let current = `${prefix}${lead}`;
  let empty = true;
  // Words are what spaces separate (as `split(/ +/)` without the empty ones).
  for (let start = lead.length; start < content.length; ) {
    if (content.charCodeAt(start) === SPACE) {
      start++;
      continue;
    }
    const end = wholeLinks ? wordEndPastLinks(content, start) : nextSpace(content, start);
    const word = content.slice(start, end);
    start = end;
    // (A list item's marker keeps its first word on its line, however long: a line of `-` alone is no item.)
    const afterMarker = lines.length === 0 && LIST_MARKER.test(current.slice(prefix.length).trim());
    const limit = lines.length === 0 ? width : nextWidth;
    // (`late`: the line breaks only once it has reached the width, the word that crosses it staying on it.)
    const full = late ? current.length >= limit : current.length + 1 + word.length > limit;
    if (!empty && !afterMarker && full) {
      // A line may not start with a list marker (`2.`, `-`), which would make it a list: as Prettier's Markdown
      // printer, the word before it moves down with it (Stainless's comments, `wholeLinks`).
      const glued = wholeLinks && LIST_MARKER.test(word) ? current.lastIndexOf(' ') : -1;
      const moved = glued > prefix.length && current.slice(prefix.length, glued).trim() ? current.slice(glued + 1) : '';
      lines.push(moved ? current.slice(0, glued) : current);
      current = prefix.trimEnd() + ' ' + moved;
      empty = moved === '';
    }
    current += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(current);
  return lines.map((l) => l.trimEnd());
}

/**
 * Whether the comment line of `text` at `start` comes after an odd number of backslash hard breaks (a line ending in
 * `\`) in its paragraph. Stainless's SDKs print their comments' Markdown with Prettier 2's Markdown printer, whose
 * paragraph is one `fill` of its words and the lines between them: a backslash break adds two parts to it (the break's
 * line and its break-parent), so that from there on the fill takes the words for separators and the lines for its
 * content, and breaks a line only once it is already past the width (imagekit's `**File size limit** \` paragraphs:
 * lines of 83, 80, 84 and 82 columns of text at a width of 80). A second break puts the fill back in step. (A break of
 * two trailing spaces is one part, and changes nothing.) Every line above in the paragraph ended in a hard break:
 * markdownBlocks joins the rest.
 */
function afterBackslashBreak(text: string, start: number): boolean {
  let breaks = 0;
  for (let end = start - 1; end > 0; ) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const above = /^\s*\*(?![/*]) ?(.*)$/.exec(text.slice(from, end));
    if (above === null) break;
    const line = above[1];
    if (line.trim() === '' || /^\s*(```|~~~|\||@)/.test(line) || MARKDOWN_HEADING.test(line)) break;
    if (/(^|[^\\])(\\\\)*\\$/.test(line)) breaks++;
    // A list item's first line starts its paragraph.
    if (/^\s*([-*+]|\d+[.)])\s/.test(line)) break;
    end = from - 1;
  }
  return breaks % 2 === 1;
}

/** A word that starts a list item at the start of a line. */
const LIST_MARKER = /^(\d+[.)]|[-+*])$/;

/** Where the word at `start` ends: the next space, or the end of `content`. */
function nextSpace(content: string, start: number): number {
  const space = content.indexOf(' ', start);
  return space === -1 ? content.length : space;
}

/**
 * Where the word at `start` ends when a Markdown link or code span in it is whole: a link or code span starting in the
 * word (after a non-breaking space too: knock's `valid\u00a0[tz database time zone string](…)`) takes its spaces with
 * it, as Prettier's Markdown printer never breaks inside either (`` `type: dynamic` ``).
 */
function wordEndPastLinks(content: string, start: number): number {
  let end = nextSpace(content, start);
  for (let at = start; at < end; at++) {
    const char = content[at];
    if (char === '[') {
      const link = MARKDOWN_LINK.exec(content.slice(at));
      if (link) end = nextSpace(content, (at += link[0].length - 1) + 1);
    } else if (char === '`') {
      const ticks = /^`+/.exec(content.slice(at))![0];
      const close = content.indexOf(ticks, at + ticks.length);
      if (close === -1) break;
      at = close + ticks.length - 1;
      end = Math.max(end, nextSpace(content, at + 1));
    }
  }
  return end;
}

const SPACE = 32;
/** What follows a resource class's doc comment: its declaration on the next line. */
const CLASS_AFTER_COMMENT = /^\n(export )?(abstract )?class /;
/** A Markdown heading line (`#### Notes`): up to three spaces, one to six `#`, then a space. */
const MARKDOWN_HEADING = /^ {0,3}#{1,6} /;
/** A Markdown link at the start of the text: `[text](url)`. */
const MARKDOWN_LINK = /^\[[^\]\n]*\]\([^)\s]*\)/;
