/**
 * Inline math in docstring prose, as Stainless's docstrings lay it out: their Markdown reads `$…$` as an inline math
 * span (mathEnd), which may run over several lines and is written back as it was, its line breaks and indents kept,
 * while the text around it is re-flowed with the span as one unbreakable word of its full length. So agentex's JSON Schema in a description (`Schema: { "$defs": { … "$ref": "#/$defs/X" … } }`)
 * keeps the lines between a `$` and the next as the spec wrote them, a line break falls before a word holding a long
 * span (`"$ref":` then `"#/$defs/MessageAuthor"` on a line of its own), and the text after the last span is
 * re-flowed at the width (Stainless's agentex messages.py, message_list_params.py).
 */

/**
 * The paragraph `lines` wrapped at `width` with its inline math spans kept as written; null when it has none (it is
 * wrapped as any other then).
 */
export function wrapWithMath(lines: string[], width: number): string[] | null {
  if (!lines.some((line) => line.includes('$'))) return null;
  const words = mathWords(lines.join('\n'));
  if (words === null) return null;
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    if (current !== '' && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') out.push(current);
  return out.flatMap((line) => line.split('\n'));
}

/**
 * The words of `text` (a paragraph's lines joined by line breaks): runs of characters between spaces and line breaks,
 * a code span or a math span inside one whole, whatever it holds. Null when no math span is closed.
 */
function mathWords(text: string): string[] | null {
  const words: string[] = [];
  let word = '';
  let spans = 0;
  for (let at = 0; at < text.length; ) {
    const char = text[at]!;
    const math = char === '$' ? mathEnd(text, at) : at;
    if (char === ' ' || char === '\t' || char === '\n') {
      if (word !== '') words.push(word);
      word = '';
      at++;
    } else if (char === '\\' && at + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[at + 1]!)) {
      word += text.slice(at, at + 2);
      at += 2;
    } else if (math > at) {
      spans++;
      word += text.slice(at, math);
      at = math;
    } else if (char === '`') {
      // (An unclosed run is text, all of it: no shorter run inside it opens a span.)
      const end = codeEnd(text, at);
      word += text.slice(at, end);
      at = end;
    } else {
      word += char;
      at++;
    }
  }
  if (word !== '') words.push(word);
  return spans > 0 ? words : null;
}

/**
 * The end of the math span a `$` at `at` opens (past its closing `$`), or `at` where it opens none. As Pandoc's
 * `tex_math_dollars` reads them: the opening `$` has no space after it, the closing one no space before it and no
 * digit after it (`$20, $30` is no math), and a `$` that cannot close is passed over (agentex's `negated with $nor`
 * inside a span closes nothing).
 */
function mathEnd(text: string, at: number): number {
  if (at + 1 >= text.length || /\s/.test(text[at + 1]!)) return at;
  for (let next = text.indexOf('$', at + 1); next >= 0; next = text.indexOf('$', next + 1)) {
    if (/\s/.test(text[next - 1]!) || /\d/.test(text[next + 1] ?? '')) continue;
    return next + 1;
  }
  return at;
}

/** The end of the code span a run of backticks at `at` opens (past its closing run), or of the run where none. */
function codeEnd(text: string, at: number): number {
  const length = runLength(text, at);
  for (let from = at + length; from < text.length; ) {
    const next = text.indexOf('`', from);
    if (next < 0) break;
    const run = runLength(text, next);
    if (run === length) return next + run;
    from = next + run;
  }
  return at + length;
}

function runLength(text: string, at: number): number {
  let end = at;
  while (text[end] === '`') end++;
  return end - at;
}
