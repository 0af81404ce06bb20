/**
 * Emphasis by `_` as the Markdown formatter behind Stainless's docstrings reads it (Prettier 2's Markdown parser, the
 * older remark): a `_` opens a span wherever it stands, inside a word too, and the next single `_` not followed by a
 * letter or digit closes it, when the text between is not blank. So a description's `"user_{id}" or "org_{id}"` is
 * one span, written `"user*{id}" or "org*{id}"` (tractorbeam-python's `Graph.owner`): the formatter prints a span
 * touching a word on either side with `*`, any other with `_`. A `_` inside a word (`snake_case_name`, `user_id`) opens
 * a span that never closes, and stays text.
 */

/** Stand-ins for a span's markers until the text around them is escaped: `*` and `_`. */
export const EMPHASIS_STAR = '\uE000';
export const EMPHASIS_UNDERSCORE = '\uE001';

/** URLs, links' targets and HTML tags, which the parser reads before any emphasis. */
const NOT_PROSE = /(https?:\/\/[^\s<>()]+|\]\([^)\s]*\)|<\/?[A-Za-z][^<>\n]*>)/;

const WORD = /[\p{L}\p{N}]/u;
/** A character that is neither space nor punctuation: the formatter's word touching the span. */
const TOUCHING_WORD = /[^\s\p{P}\p{S}]/u;

/** `text` (a line's part outside code spans and references) with its `_` spans' markers as the stand-ins. */
export function underscoreEmphasis(text: string): string {
  if (text.split('_').length < 3) return text;
  return text
    .split(NOT_PROSE)
    .map((part, i) => (i % 2 === 1 ? part : spansIn(part)))
    .join('');
}

function spansIn(text: string): string {
  let out = '';
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (char === '\\') {
      out += text.slice(at, at + 2);
      at += 2;
      continue;
    }
    if (char !== '_') {
      out += char;
      at++;
      continue;
    }
    if (text[at + 1] === '_') {
      // (A strong span's or a run's markers: left as they are.)
      const run = /^_+/.exec(text.slice(at))![0];
      out += run;
      at += run.length;
      continue;
    }
    const close = closingAt(text, at);
    if (close === null) {
      out += char;
      at++;
      continue;
    }
    const touching = TOUCHING_WORD.test(text[at - 1] ?? ' ') || TOUCHING_WORD.test(text[close + 1] ?? ' ');
    const marker = touching ? EMPHASIS_STAR : EMPHASIS_UNDERSCORE;
    out += marker + text.slice(at + 1, close) + marker;
    at = close + 1;
  }
  return out;
}

/** Where the span opened by the `_` at `open` closes, or null where none does. */
function closingAt(text: string, open: number): number | null {
  let content = '';
  for (let at = open + 1; at < text.length; at++) {
    const char = text[at]!;
    if (char === '\\') {
      content += text.slice(at, at + 2);
      at++;
      continue;
    }
    if (char !== '_') {
      content += char;
      continue;
    }
    if (text[at + 1] === '_') return null;
    if (content.trim() === '') return null;
    if (WORD.test(text[at + 1] ?? '')) {
      content += char;
      continue;
    }
    return at;
  }
  return null;
}

/** The stand-ins written as the markers they stand for. */
export function emphasisMarkers(text: string): string {
  return text.replaceAll(EMPHASIS_STAR, '*').replaceAll(EMPHASIS_UNDERSCORE, '_');
}
