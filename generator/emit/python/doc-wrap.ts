/**
 * Docstring prose as Stainless's Python SDKs lay it out: Markdown paragraphs re-flowed at 80 columns (the text's
 * own width, whatever the docstring's indent), and a first sentence that shares its line with more text set apart
 * as the summary line.
 */

import { htmlBreaksAsParagraphs } from '../doc-text';

export const DOC_WIDTH = 80;

/** Spec description text as a docstring holds it: trimmed, HTML breaks as paragraph breaks, prose re-flowed. */
export function docProse(text: string): string {
  return reflowMarkdown(htmlBreaksAsParagraphs(text.replace(/\r\n?/g, '\n')).trim());
}

/** A line that makes its paragraph something other than prose (list, heading, quote, table, code, HTML block). */
const STRUCTURED_LINE = /^(?: {4}|\t| {0,3}(?:[-*+] |\d+[.)] |#|>|\||<|```|~~~))/;
const FENCE = /^ {0,3}(```|~~~)/;

/** `text` with each prose paragraph joined and wrapped at `width`; other blocks and fenced code kept as written. */
export function reflowMarkdown(text: string, width = DOC_WIDTH): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (!paragraph.length) return;
    if (paragraph.some((line) => STRUCTURED_LINE.test(line))) out.push(...paragraph);
    else out.push(...wrapWords(paragraph.join(' '), width));
    paragraph = [];
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
    if (line.trim() === '') {
      flush();
      out.push('');
    } else paragraph.push(line);
  }
  flush();
  return out.join('\n');
}

/** A word, a Markdown link (`[text](url)`) or a code span: no line break falls inside one. */
const UNBREAKABLE = /(?:\[[^\]\n]*\]\([^)\s]*\)|`[^`\n]*`|[^\s[`]+|[[`])+/g;

/** Greedy word wrap: a word longer than `width` gets a line of its own. */
export function wrapWords(text: string, width = DOC_WIDTH): string[] {
  const words = text.match(UNBREAKABLE) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * Wrapped docstring text with its summary set apart: when the first line holds a sentence end followed by more
 * text, the sentence stays on the first line and the rest starts a paragraph after a blank line (`rewrap`: that
 * paragraph re-flowed, as model docstrings are; method docstrings keep the lines as wrapped; `moreFollows`: an Args
 * list comes after). `opensOnOwnLine`: the text starts on the line after the opening quotes, as a docstring of
 * several lines with no summary line does.
 */
export function withSummaryLine(
  wrapped: string,
  rewrap: boolean,
  moreFollows = false,
): { text: string; opensOnOwnLine: boolean } {
  const lines = wrapped.split('\n');
  const first = lines[0] ?? '';
  const sentenceEnd = /\.\s+(?=\S)/.exec(first);
  // (A docstring of one line stays one line, whatever sentences it holds.)
  const oneLine = lines.length === 1 && !moreFollows;
  if (sentenceEnd && !oneLine && !STRUCTURED_LINE.test(first)) {
    const summary = first.slice(0, sentenceEnd.index + 1);
    const restOfLine = first.slice(sentenceEnd.index + sentenceEnd[0].length);
    let rest = [restOfLine, ...lines.slice(1)];
    if (rewrap) {
      const paragraphEnd = rest.findIndex((line) => line.trim() === '');
      const paragraph = paragraphEnd < 0 ? rest : rest.slice(0, paragraphEnd);
      const after = paragraphEnd < 0 ? [] : rest.slice(paragraphEnd);
      rest = [...reflowMarkdown(paragraph.join('\n')).split('\n'), ...after];
    }
    return { text: [summary, '', ...rest].join('\n'), opensOnOwnLine: false };
  }
  return { text: wrapped, opensOnOwnLine: !oneLine };
}
