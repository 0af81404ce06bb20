/**
 * Docstring prose as Stainless's Python SDKs lay it out: Markdown paragraphs and list items re-flowed at 80 columns
 * (the text's own width, whatever the docstring's indent), and a summary on the line of the opening quotes.
 */

import { htmlBreaksAsParagraphs } from '../../doc-text';
import { TextMemo } from '../text-memo';
import { printTable, startsTable } from './doc-table';
import { wrapWithMath } from './doc-math';
import { emphasisMarkers, underscoreEmphasis } from './underscore-emphasis';

export const DOC_WIDTH = 80;

const proseMemo = new TextMemo<string>();

/** Spec description text as a docstring holds it: trimmed, HTML breaks as paragraph breaks, prose re-flowed. */
export function docProse(text: string): string {
  return proseMemo.get('', text, () => escapesDoubled(reflowMarkdown(specMarkdown(text))));
}

/** Spec description text as Markdown for a docstring: line ends, HTML breaks as paragraph breaks, emphasis, trimmed. */
function specMarkdown(text: string): string {
  return emphasisUnderscored(htmlBreaksAsParagraphs(text.replace(/\r\n?/g, '\n')).trim());
}

/**
 * A single `*` pair around words (`*after*`) as `_after_`, the emphasis Stainless's re-flowed docstrings write (as a
 * Markdown formatter does; a class's, kept as the spec wrote it, keeps its `*`), but for a `*` inside a word, a `**`
 * strong span, code spans and fenced code, which are left as they are.
 */
export function emphasisUnderscored(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  let fenced: string | null = null;
  return text
    .split('\n')
    .map((line) => {
      const fence = FENCE.exec(line);
      if (fenced !== null) {
        if (fence && fence[1] === fenced) fenced = null;
        return line;
      }
      if (fence) {
        fenced = fence[1]!;
        return line;
      }
      if (/^(?: {4}|\t)/.test(line) || TABLE_ROW.test(line) || THEMATIC_BREAK.test(line) || HTML_BLOCK_START.test(line))
        return line;
      // (A list item's marker is no text: its `*` stays.)
      const marker = LIST_ITEM.exec(line) ? /^ *(?:[-*+]|\d{1,9}[.)]) +/.exec(line)![0] : '';
      const emphasised = line
        .slice(marker.length)
        .split(CODE_SPAN_OR_REFERENCE)
        .map((part, i) => (i % 2 === 1 ? part : underscoreEmphasis(part).replace(EMPHASIS, '$1_$2_')))
        .join('');
      // (Escaped over the whole line: a strong span may hold a code span, imagekit's `**only when the `sizes` …**`.)
      return marker + emphasisMarkers(textEscaped(emphasised));
    })
    .join('\n');
}

/**
 * `text` (a line's part outside code spans) with the `*` and `_` that Markdown reads as plain text escaped as
 * Stainless's re-flowed docstrings write them: a Markdown formatter escapes every `*` of a text node, and each run of
 * `_` touching a space, punctuation or the text's start or end (not one inside a word: `snake_case`); Stainless's docstrings
 * then hold the character twice after the backslash (escapesDoubled): agentex's cron `'0 17 \\** \\** MON-FRI'`,
 * llama-stack's `'conv\\__'`, papr's `(\\__User.objectId)`. Emphasis and strong spans, links, URLs and HTML tags are
 * no text and keep theirs; a character the spec escaped already is escaped once.
 */
function textEscaped(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  return text
    .split(NOT_TEXT)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/(?<!\\)\*/g, '\\*')
            .replace(UNDERSCORES_AT_PUNCTUATION, (run: string) => run.replace(/_/g, '\\_')),
    )
    .join('');
}

/**
 * Re-flowed text with each backslash escape written with its character twice, as Stainless's docstrings hold them (the
 * docstring's text: `\*` as `\**`): lines are wrapped with the escape as the Markdown formatter writes it (two
 * characters), the character doubled after, so a line may run past the width by one column an escape. Not only the
 * formatter's own `*` and `_`: a backslash the spec wrote before any character is doubled so too (tractorbeam's
 * `^[\w\.-]{1,64}$` as `^[\ww\..-]{1,64}$`, apollo's `\parameters` as `\pparameters`, llama-cloud's `'\.git/'` as
 * `'\..git/'`). A backslash before a letter or quote of one of Python's escapes keeps its character once, as
 * pyDocstring keeps it (llama-stack's `"Result {index}\nContent: …"`, papr's `\"proj_123\"`); so do an escaped
 * backslash (`\\`: no SDK here shows one), a backslash before a space or ending a line (a hard break), code spans and
 * fenced code.
 */
const KEPT_AFTER_BACKSLASH = /^[\\abfnrtv"']$/;

function escapesDoubled(text: string): string {
  if (!/\\\S/.test(text)) return text;
  let fenced: string | null = null;
  return text
    .split('\n')
    .map((line) => {
      const fence = FENCE.exec(line);
      if (fenced !== null || fence) {
        if (fence) fenced = fenced === null ? fence[1]! : fence[1] === fenced ? null : fenced;
        return line;
      }
      return line
        .split(/(`[^`\n]*`)/)
        .map((part, i) =>
          i % 2 === 1
            ? part
            : part.replace(/\\(\S)/g, (escape, c: string) => (KEPT_AFTER_BACKSLASH.test(c) ? escape : `\\${c}${c}`)),
        )
        .join('');
    })
    .join('\n');
}

function escapesDoubledIn(layout: { text: string; opensOnOwnLine: boolean }) {
  return { ...layout, text: escapesDoubled(layout.text) };
}

/** A code span. */
const CODE_SPAN = /`[^`\n]*`/;
/**
 * A shortcut or collapsed reference (`[a-z0-9_-]`, `[foo][]`, a full reference's label; one level of brackets inside):
 * brackets not followed by a link's target or a label. The Markdown formatter prints it from its source, so nothing
 * in it is escaped or turned into emphasis (knock-mgmt's `^[a-z0-9_-]+$`); a link's text is text.
 */
const REFERENCE = /(?<!\\)!?\[(?:[^[\]\n\\]|\\.|\[[^[\]\n]*\])+\](?:\[\])?(?![([])/;
const CODE_SPAN_OR_REFERENCE = new RegExp(`(${CODE_SPAN.source}|${REFERENCE.source})`);

/**
 * The inline parts of a line that are no plain text: code spans, references, strong and emphasis spans (`a*b*c` inside
 * a word too; code spans inside them), URLs, links' targets, HTML tags.
 */
const NOT_TEXT = new RegExp(
  `(${CODE_SPAN.source}|${REFERENCE.source}|${
    /\*\*(?=\S)(?:`[^`\n]*`|[^*_\n]|_(?!_))*?\S\*\*|__(?=\S)(?:`[^`\n]*`|[^*_\n]|_(?!_))*?\S__|(?<![*\\])\*(?![\s*])(?:`[^`\n]*`|[^*_\n]|_(?!_))*?[^\s*\\]\*(?!\*)|(?<![\w\\])_(?![\s_])[^_\n]*?[^\s_\\]_(?!\w)|https?:\/\/[^\s<>()]+|\]\([^)\s]*\)|<\/?[A-Za-z][^<>\n]*>/
      .source
  })`,
);
/**
 * A run of `_` with a space, punctuation or the text's edge on one side (none escaped already): not inside a word.
 * (A space too: anthropic-sdk-python's `outc\\__ ID`, braintrust-api-py's `\\__parent_id` after one.)
 */
const UNDERSCORES_AT_PUNCTUATION = /(?<![\\_])(?:(?<=^|[\s\p{P}\p{S}])_+|_+(?=[\s\p{P}\p{S}]|$))(?!_)/gu;
/** A thematic break (`***`, `- - -`): no text. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?: *\1){2,} *$/;

/** `*words*`: no word, `*` or `\` before the opening `*`, no space after it nor before the closing one. */
const EMPHASIS = /(^|[^\w*\\])\*(?![\s*])([^*\n]*?[^\s*\\])\*(?![\w*])/g;

/** A line that makes its paragraph something other than prose (heading, quote, table, code; HTML: see below). */
const STRUCTURED_LINE = /^(?: {4}|\t| {0,3}(?:#|>|\||```|~~~))/;
/**
 * A line that starts an HTML block wherever it is, a paragraph's line too (CommonMark's kinds 1 to 6: `<pre`, a
 * comment, a block-level tag such as `<p>` or `</div>`).
 */
const HTML_BLOCK_START = new RegExp(
  '^ {0,3}(?:<(?:script|pre|style|textarea)(?:[\\s>]|$)|<!--|<\\?|<![A-Za-z]|<!\\[CDATA\\[|<\\/?(?:' +
    'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|' +
    'dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|' +
    'main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|' +
    'thead|title|tr|track|ul)(?:[\\s>]|\\/>|$))',
  'i',
);
/**
 * A line holding one inline tag alone (`<b>`, `</span>`): an HTML block where a block starts, but no interruption of
 * a paragraph (CommonMark's kind 7). A line starting with a tag and going on with text is prose: phoebe's
 * `<b>Selected Response Field Notes</b>` after a paragraph's line is re-flowed into it in Stainless's docstrings.
 */
const HTML_TAG_ALONE =
  /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
/** A list item's first line: its indent, its marker and the spaces after it, its text. */
const LIST_ITEM = /^( *)([-*+]|\d{1,9}[.)])( +)(\S.*)$/;
const FENCE = /^ {0,3}(```|~~~)/;
/** An ATX heading's line. */
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/**
 * A line ending in a Markdown hard break (two spaces, or a backslash not itself escaped: `C:\\` ends in a backslash
 * character): the line break is kept.
 */
const HARD_BREAK = /(?: {2,}|(?:^|[^\\])(?:\\\\)*\\)$/;

/**
 * `text` as Stainless's docstrings lay Markdown out: each prose paragraph joined and wrapped at `width` (a hard line
 * break kept), each list item so too under its marker (a list needs no blank line before it: one is added), runs of
 * blank lines as one; other blocks and fenced code kept as written.
 */
export function reflowMarkdown(text: string, width = DOC_WIDTH): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  let item: { indent: string; marker: string; lines: string[] } | null = null;
  /** The indent of the list's first item, while a list runs: an item indented further is nested. */
  let listIndent: number | null = null;
  const flush = () => {
    const math = item || paragraph.length === 0 || isStructured(paragraph[0]!) ? null : wrapWithMath(paragraph, width);
    if (item) out.push(...wrapItem(item.indent, item.marker, item.lines, width));
    else if (math) out.push(...math);
    else if (keptAsWritten(paragraph)) out.push(...paragraph);
    else if (paragraph.length) out.push(...wrapLines(paragraph, width));
    paragraph = [];
    item = null;
  };
  const blank = () => {
    if (out.length && out[out.length - 1] !== '') out.push('');
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      out.push(line);
      // (A fence runs to its closing marker: blank lines inside do not end it.)
      while (++i < lines.length) {
        out.push(lines[i]!);
        if (lines[i]!.trimStart().startsWith(fence[1]!)) break;
      }
      continue;
    }
    // (A heading, and a table starting a block, are blocks of their own, a blank line either side.)
    const table = !item && paragraph.length === 0 && startsTable(lines, i);
    if (table || (!item && HEADING.test(line))) {
      flush();
      blank();
      listIndent = null;
      if (table) {
        const { printed, next } = printTable(lines, i);
        out.push(...printed);
        i = next - 1;
      } else out.push(line.trim());
      out.push('');
      continue;
    }
    const listItem = LIST_ITEM.exec(line);
    if (line.trim() === '') {
      flush();
      blank();
    } else if (listItem && (listItem[1]!.length < 4 || listIndent !== null) && !keptAsWritten(paragraph)) {
      // (An item starts a block of its own: after a paragraph, with a blank line between them.)
      const afterParagraph = paragraph.length > 0;
      flush();
      if (afterParagraph) blank();
      listIndent ??= listItem[1]!.length;
      const nested = ' '.repeat(Math.max(0, listItem[1]!.length - listIndent));
      item = { indent: nested, marker: `${listItem[2]!} `, lines: [listItem[4]!] };
    } else if (item) item.lines.push(line.trimStart());
    else {
      listIndent = null;
      paragraph.push(line);
    }
  }
  flush();
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/**
 * Lines of prose (a paragraph, or a list item's text) joined and wrapped, a hard break ending a line. After an odd
 * number of backslash breaks the lines break late (wrapWords), as Prettier 2's Markdown printer fills them: Stainless's
 * docstrings are that printer's Markdown, as its TypeScript comments are (`afterBackslashBreak` in
 * generator/format/wrap-comments.ts tells why; imagekit's `**File size limit** \` paragraphs).
 */
function wrapLines(lines: string[], width: number): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let backslashBreaks = 0;
  const wrapRun = () => out.push(...wrapWords(run.join(' '), width, { late: backslashBreaks % 2 === 1 }));
  for (const line of lines) {
    run.push(line);
    if (HARD_BREAK.test(line)) {
      wrapRun();
      run = [];
      if (BACKSLASH_BREAK.test(line)) backslashBreaks++;
    }
  }
  if (run.length) wrapRun();
  return out;
}

/** A line ending in a backslash hard break: an odd number of backslashes (an even one is escaped backslashes). */
const BACKSLASH_BREAK = /(?:^|[^\\])(?:\\\\)*\\$/;

/** Whether `line` starts a block other than prose; `inParagraph`: after a paragraph's line, which few blocks interrupt. */
const isStructured = (line: string, inParagraph = false) =>
  STRUCTURED_LINE.test(line) || HTML_BLOCK_START.test(line) || (!inParagraph && HTML_TAG_ALONE.test(line));

/** A table row's line: a table that does not start its paragraph is prose to Stainless's (its rows re-flowed). */
const TABLE_ROW = /^ {0,3}\|/;

/** An indented code block's line: after a paragraph's line it continues the paragraph (it cannot interrupt one). */
const INDENTED_LINE = /^(?: {4}|\t)/;

/**
 * Whether a paragraph is some other block than prose: a structured line starts it, or one interrupts it. Neither a
 * table row nor an indented line interrupts one, Markdown reading them as the paragraph's own (honcho's
 * `Args:\n    app_id …`, llama-stack's `Examples:\n    # Weighted ranker…`, agentex's Google-style `Args:` at several
 * indents, re-flowed in Stainless's docstrings; agentex's JSON Schema keeps its lines for its `$` math spans:
 * doc-math.ts).
 */
function keptAsWritten(paragraph: string[]): boolean {
  const continues = (line: string) => TABLE_ROW.test(line) || INDENTED_LINE.test(line);
  return paragraph.some((line, i) => (i === 0 ? isStructured(line) : isStructured(line, true) && !continues(line)));
}

/** A list item wrapped under its marker (`indent`: a nested item's, past its list's). */
function wrapItem(indent: string, marker: string, lines: string[], width: number): string[] {
  const hang = ' '.repeat(marker.length);
  const wrapped = wrapLines(lines, width - indent.length - marker.length);
  return wrapped.map((line, i) => `${indent}${i === 0 ? marker : hang}${line}`);
}

/**
 * A word, a Markdown link (`[text](url)`) or a code span: no line break falls inside one. Nor in a run of spaces
 * holding a no-break space (U+00A0), kept as written: `valid\u00a0 [tz database…](…)` moves to the next line whole,
 * as Stainless's wrap does (knock's `timezone`). Nor in an HTML tag's attributes: `<a href="…" target="_blank">Bulk`
 * moves to the next line whole, as Stainless's wrap keeps it (apollo's people docstrings).
 */
const UNBREAKABLE =
  /(?:<[A-Za-z][\w-]*\s[^<>\n]*>|\[[^\]\n]*\]\([^)\s]*\)|`[^`\n]*`|[^\s[`<]+|[[`<]|[^\S\n\u00a0]*\u00a0[^\S\n]*)+/g;

/**
 * Greedy word wrap: a word longer than `width` gets a line of its own. A word that would start a line as a list's
 * marker (`2.` in "such as 'Section 2. Definitions'", `-` in llama-stack's "JSON object. - `ToolPromptFormat…`") or
 * another block's (LIST_MARKER_WORD) takes the word before it along, as Stainless's wrap does (isaacus's segment
 * `type`): at a line's start Markdown would read it as a list item. `late`: a line breaks only
 * once it has reached the width, the word that crosses it staying on it (see wrapLines).
 */
export function wrapWords(text: string, width = DOC_WIDTH, { late = false }: { late?: boolean } = {}): string[] {
  const words = text.match(UNBREAKABLE) ?? [];
  const lines: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const [at, word] of words.entries()) {
    if (current.length > 0 && (late ? length >= width : length + 1 + word.length > width)) {
      // (The word before a list marker moves down with it, where one is left behind.)
      const carried =
        LIST_MARKER_WORD.test(word) && at + 1 < words.length && current.length > 1 ? current.pop()! : null;
      lines.push(current.join(' '));
      current = carried === null ? [word] : [carried, word];
      length = current.join(' ').length;
    } else {
      length += (current.length > 0 ? 1 : 0) + word.length;
      current.push(word);
    }
  }
  if (current.length > 0) lines.push(current.join(' '));
  return lines;
}

/**
 * A word that, followed by more on its line, opens a block at the start of a line: a list item (`2.`, `-`, `*`, `+`),
 * a heading (`#`s) or a quote (`>…`). Prettier's Markdown printer, which lays out Stainless's docstrings, never breaks
 * a line before one (its `/^>|^(?:[*+-]|#{1,6}|\d+[).])$/`).
 */
const LIST_MARKER_WORD = /^>|^(?:[*+-]|#{1,6}|\d{1,9}[.)])$/;

/** The longest text a docstring holds on one line with its quotes (Stainless's: one column short of the wrap). */
const ONE_LINE_WIDTH = DOC_WIDTH - 1;

/**
 * Whether a one-line first paragraph `first` stays on the line of the opening quotes: up to ONE_LINE_WIDTH when it is
 * the whole docstring (the closing quotes follow it), up to the wrap itself when more paragraphs follow (conductor's
 * 80-column `"""Filter for currencies whose `name` starts with this substring, case-insensitive.` then its NOTE).
 */
function summaryFits(first: string, alone: boolean): boolean {
  return first.length <= (alone ? ONE_LINE_WIDTH : DOC_WIDTH);
}

/**
 * Spec description text laid out as Stainless's docstrings hold it: re-flowed (docProse), with a summary on the
 * line of the opening quotes when there is one. The first paragraph is the summary when it fits on that line; else
 * the text up to the first ". " (a period and a space as the spec wrote them: a period ending a spec's line ends no
 * summary, an "e.g. " does) when that fits on the first wrapped line; the rest then starts a paragraph after a blank
 * line (`rewrap`: that paragraph re-flowed, as model docstrings are; method docstrings keep the lines as wrapped).
 * `moreFollows`: an Args list comes after. `opensOnOwnLine`: the text starts on the line after the opening quotes.
 */
export function docstringLayout(
  description: string,
  rewrap: boolean,
  moreFollows = false,
): Readonly<{ text: string; opensOnOwnLine: boolean }> {
  // (A description comes here once for each place that prints it: laid out once.)
  return layoutMemo.get(rewrap ? (moreFollows ? 'rm' : 'r') : moreFollows ? 'm' : '', description, () =>
    Object.freeze(escapesDoubledIn(layoutDocstring(description, rewrap, moreFollows))),
  );
}

const layoutMemo = new TextMemo<Readonly<{ text: string; opensOnOwnLine: boolean }>>();

function layoutDocstring(
  description: string,
  rewrap: boolean,
  moreFollows: boolean,
): { text: string; opensOnOwnLine: boolean } {
  const source = specMarkdown(description);
  const wrapped = reflowMarkdown(source);
  const lines = wrapped.split('\n');
  const first = lines[0] ?? '';
  if (wrapped === '' || FENCE.test(first) || isStructured(first) || LIST_ITEM.test(first))
    return { text: wrapped, opensOnOwnLine: wrapped !== '' };
  if (!rewrap) return methodLayout(lines, moreFollows, HARD_BREAK.test(source.split('\n')[0]!));
  const paragraphEnd = lines.indexOf('');
  // (A first paragraph of one line is the summary.)
  if ((paragraphEnd < 0 ? lines.length : paragraphEnd) === 1 && summaryFits(first, paragraphEnd < 0))
    return { text: wrapped, opensOnOwnLine: false };
  const summary = summarySentence(source);
  // (Its period aside, the summary fits the width; it is wrapped all the same.)
  if (summary !== null && summary.text.length - 1 <= DOC_WIDTH) {
    const rest = [reflowMarkdown(summary.restOfBlock), reflowMarkdown(summary.otherBlocks)].filter(Boolean);
    return { text: [wrapWords(summary.text).join('\n'), ...rest].join('\n\n'), opensOnOwnLine: false };
  }
  return { text: wrapped, opensOnOwnLine: true };
}

/**
 * A class's description as Stainless's class docstrings hold it: its summary set apart as a field's is (docstringLayout),
 * but every line kept as the spec broke it, none re-flowed.
 */
export function classDocstringLayout(description: string): Readonly<{ text: string; opensOnOwnLine: boolean }> {
  return layoutMemo.get('class', description, () => Object.freeze(layoutClassDocstring(description)));
}

function layoutClassDocstring(description: string): { text: string; opensOnOwnLine: boolean } {
  // (Not re-flowed, so not formatted as Markdown either: its emphasis stays as the spec wrote it.)
  const source = htmlBreaksAsParagraphs(description.replace(/\r\n?/g, '\n'))
    .trim()
    .replace(/\n(?:[ \t]*\n)+/g, '\n\n');
  const lines = source.split('\n');
  const first = lines[0] ?? '';
  if (source === '' || FENCE.test(first) || isStructured(first) || LIST_ITEM.test(first))
    return { text: source, opensOnOwnLine: source !== '' };
  const paragraphEnd = lines.findIndex((line, i) => i > 0 && (line === '' || LIST_ITEM.test(line)));
  if ((paragraphEnd < 0 ? lines.length : paragraphEnd) === 1 && summaryFits(first, paragraphEnd < 0))
    return {
      text: paragraphEnd > 0 && lines[paragraphEnd] !== '' ? insertBlank(lines, 1) : source,
      opensOnOwnLine: false,
    };
  const summary = summarySentence(source);
  if (summary !== null && summary.text.length - 1 <= DOC_WIDTH) {
    const rest = [summary.restOfBlock, summary.otherBlocks.replace(/^\n+/, '')].filter(Boolean);
    return { text: [wrapWords(summary.text).join('\n'), ...rest].join('\n\n'), opensOnOwnLine: false };
  }
  return { text: source, opensOnOwnLine: true };
}

/** `lines` with a blank line before the one at `at`. */
function insertBlank(lines: string[], at: number): string {
  return [...lines.slice(0, at), '', ...lines.slice(at)].join('\n');
}

/**
 * A method's description: a sentence end on the first wrapped line followed by more text on it (or by the hard
 * break ending the spec's first line) sets that sentence apart, the rest kept as wrapped; a description of one line
 * alone stays on the line of the quotes.
 */
function methodLayout(
  lines: string[],
  moreFollows: boolean,
  hardBreak: boolean,
): { text: string; opensOnOwnLine: boolean } {
  const first = lines[0]!;
  const match = sentenceEnd(first, /(\.)\s+(?=\S)/);
  const atBreak = hardBreak && first.endsWith('.') && lines.length > 1;
  const end = match
    ? { at: match.index, rest: first.slice(match.index + match.length) }
    : atBreak
      ? { at: first.length - 1, rest: '' }
      : null;
  const oneLine = lines.length === 1 && !moreFollows;
  if (end && !oneLine)
    return { text: [first.slice(0, end.at + 1), '', end.rest, ...lines.slice(1)].join('\n'), opensOnOwnLine: false };
  return { text: lines.join('\n'), opensOnOwnLine: !oneLine };
}

/**
 * A method's whole docstring text (its description, then its Args list) with its first sentence set apart, as
 * Stainless's method docstrings have it where the description alone has none to set apart (docstringLayout left it
 * opening on a line of its own): the text up to the first ". " followed by more on its line, wherever it is (in the
 * Args list too: agentex's `Batch Create Messages` then `created_at: Optional base timestamp.`), when that text, its
 * lines joined, fits a line; then a blank line and the rest of that line at the docstring's own indent, the lines
 * after it as they were. Null where there is no such sentence, or it is longer, or the text starts with a block that
 * is not prose (a list, a fence, a heading).
 */
export function firstSentenceApart(text: string): string | null {
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  if (first === '' || FENCE.test(first) || isStructured(first) || LIST_ITEM.test(first)) return null;
  let joined = '';
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    const end = sentenceEnd(line, /(\.) +(?=\S)/);
    const upTo = end ? line.slice(0, end.index + 1) : line;
    joined = [joined, upTo.trim()].filter(Boolean).join(' ');
    if (joined.length > DOC_WIDTH) return null;
    if (end)
      return [...lines.slice(0, at), upTo, '', line.slice(end.index + end.length), ...lines.slice(at + 1)].join('\n');
  }
  return null;
}

/**
 * The first block's text up to its first ". " outside code spans and links (spaces as one), the rest of that block
 * and the blocks after it (as the spec wrote them); null when the block has no such sentence end. The first block
 * ends at a blank line or where a list starts.
 */
function summarySentence(source: string): { text: string; restOfBlock: string; otherBlocks: string } | null {
  const lines = source.split('\n');
  let blockEnd = lines.findIndex((line, i) => i > 0 && (line.trim() === '' || LIST_ITEM.test(line)));
  if (blockEnd < 0) blockEnd = lines.length;
  const block = lines.slice(0, blockEnd).join('\n');
  const end = sentenceEnd(block, /(\.)[ \t]/);
  if (!end) return null;
  return {
    text: block.slice(0, end.index + 1).replace(/\s+/g, ' '),
    restOfBlock: block.slice(end.index + end.length).replace(/^\s+/, ''),
    otherBlocks: lines.slice(blockEnd).join('\n'),
  };
}

const UNSPLIT = /`[^`\n]*`|\[[^\]\n]*\]\([^)\s]*\)/;

/** The first match of `end` (its group 1 the period) outside a code span or a link, which no summary splits. */
function sentenceEnd(text: string, end: RegExp): { index: number; length: number } | null {
  const scan = new RegExp(`${UNSPLIT.source}|${end.source}`, 'g');
  for (let match = scan.exec(text); match; match = scan.exec(text))
    if (match[1]) return { index: match.index, length: match[0].length };
  return null;
}
