/**
 * The only doors through which spec text reaches Python code: string literals and docstrings. Whatever the text
 * holds (quotes, backslashes, NULs, line breaks, braces), the result is one literal that evaluates to that text (but a
 * docstring keeps the spec's own `\n`, as Stainless's do: `pyDocstring`).
 */
import { htmlBreaksAsParagraphs } from '../../doc-text';
import { TextMemo } from '../text-memo';

/**
 * A character `escapeChar` changes in a string literal (a quote, a backslash, a control character, a separator, a
 * surrogate: a lone one is escaped, a pair is looked at code point by code point), and in a docstring (the same but
 * quotes, line breaks and tabs). Text without one is written as it is, without walking it character by character.
 */
const ESCAPED_IN_STRING = /["\\\x00-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]/;
const ESCAPED_IN_DOCSTRING = /[\\\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]/;
/** The characters after a backslash that make one of Python's escapes (`\n`, `\t`, `\f` …, `\"`, `\'`). */
const PY_ESCAPE_LETTER = /^[abfnrtv"']$/;

/** A Python string literal (double-quoted, ASCII-safe) whose value is `text`. */
export function pyString(text: string): string {
  if (!ESCAPED_IN_STRING.test(text)) return `"${text}"`;
  let out = '"';
  for (const char of text) out += escapeChar(char, true);
  return `${out}"`;
}

function escapeChar(char: string, inString: boolean): string {
  const code = char.codePointAt(0)!;
  if (char === '\\') return '\\\\';
  if (char === '"' && inString) return '\\"';
  if (char === '\n') return inString ? '\\n' : '\n';
  if (char === '\t') return inString ? '\\t' : '\t';
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  // Lone surrogates cannot be written as UTF-8; line and paragraph separators are escaped for readers' sake.
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029 || code === 0x85)
    return `\\u${code.toString(16).padStart(4, '0')}`;
  return char;
}

/**
 * A docstring (`"""…"""`) whose value is `text` with its lines indented by `indent`, or '' when `text` is blank.
 * Backslashes are escaped (so the docstring is no raw string), but one before a letter or quote of a Python escape
 * (`\n`, `\"`), which Stainless keeps, and no run of
 * quotes can end it early: every `"` is escaped where it would touch another or the closing quotes.
 * `opensOnOwnLine`: the text starts on the line after the opening quotes.
 */
export function pyDocstring(text: string, indent = '', opensOnOwnLine = false): string {
  // (The same text comes here once for each place that prints it: the sync and the async method, each params form.)
  return docstringMemo.get(`${opensOnOwnLine ? '+' : '-'}${indent}`, text, () =>
    printDocstring(text, indent, opensOnOwnLine),
  );
}

const docstringMemo = new TextMemo<string>();

function printDocstring(text: string, indent: string, opensOnOwnLine: boolean): string {
  const trimmed = htmlBreaksAsParagraphs(text.replace(/\r\n?/g, '\n')).trim();
  if (trimmed === '') return '';
  let body = trimmed;
  if (ESCAPED_IN_DOCSTRING.test(trimmed)) {
    body = '';
    const chars = [...trimmed];
    chars.forEach((char, i) => {
      // (A lone backslash before a letter or quote of one of Python's own escapes is kept as the spec writes it, as
      // Stainless's docstrings do: stagehand's `event: <status>\ndata: <JSON>\n\n`, casedev's `form-feed (\f)`,
      // papr's `project(id: \"proj_123\")`; any other is doubled: `\\**`, `\\w`.)
      const keep =
        char === '\\' && chars[i - 1] !== '\\' && chars[i + 1] !== undefined && PY_ESCAPE_LETTER.test(chars[i + 1]!);
      body += keep ? char : escapeChar(char, false);
    });
  }
  // (Only a quote that touches another could end the docstring: Stainless's keep the others as is. One the closing
  // quotes would follow is set apart from them by a space, as Ruff writes it.)
  const closesOnLastLine = !opensOnOwnLine && !body.includes('\n');
  body = body.replace(/"(?=")|(?<=")"/g, '\\"');
  // (So is one the opening quotes precede: parsecular's `\"self" (default) or "global"`.)
  if (!opensOnOwnLine && body.startsWith('"')) body = `\\${body}`;
  const lines = body.split('\n').map((line) => line.replace(/\s+$/, ''));
  if (closesOnLastLine && /(?<!\\)(?:\\\\)*"$/.test(lines[0]!)) lines[0] += ' ';
  const indented = lines.map((line, i) => (i === 0 || line === '' ? line : indent + line)).join('\n');
  if (opensOnOwnLine) return `"""\n${indent}${indented}\n${indent}"""`;
  return lines.length === 1 ? `"""${indented}"""` : `"""${indented}\n${indent}"""`;
}
