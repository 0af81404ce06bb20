/**
 * Which characters of a JavaScript or TypeScript source are code, for what migrate reads and adds (a Jest config's
 * settings, a module's code): what is in a comment, a string or a regular expression is never taken for code.
 */

/** The text with everything but code blanked out (comments, strings, template text and regular expressions). */
export function maskedText(text: string, code: Uint8Array): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += code[i] === 1 || text[i] === '\n' ? text[i] : ' ';
  return out;
}

/**
 * 1 for each character of code, 0 inside comments, string and template literals (a template's `${…}` is code) and
 * regular expression literals (a `/` where an expression starts).
 */
export function codeMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length).fill(1);
  const templates: number[] = [];
  let braces = 0;
  let i = 0;
  const blank = (from: number, to: number) => mask.fill(0, from, Math.min(to, text.length));
  const previousSignificant = (at: number) => {
    let j = at - 1;
    while (j >= 0 && /\s/.test(text[j])) j--;
    return j < 0 ? '' : text[j];
  };
  const skipString = (quote: string, from: number) => {
    let j = from + 1;
    while (j < text.length && text[j] !== quote && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
    return j + 1;
  };
  // Reads template text from `from` (just after a backtick or a closing `}`) to its end or its next `${`.
  const templateText = (from: number) => {
    let j = from;
    while (j < text.length && text[j] !== '`' && !(text[j] === '$' && text[j + 1] === '{'))
      j += text[j] === '\\' ? 2 : 1;
    blank(from, j);
    if (text[j] === '`') return j + 1;
    templates.push(braces);
    braces++;
    return j + 2;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      blank(i, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      blank(i, end < 0 ? text.length : end + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '"' || c === "'") {
      const end = skipString(c, i);
      blank(i, end);
      i = end;
    } else if (c === '`') {
      mask[i] = 0;
      i = templateText(i + 1);
    } else if (
      c === '/' &&
      (previousSignificant(i) === '' || '(,=:[!&|?{};+-*%<>~^'.includes(previousSignificant(i)))
    ) {
      let j = i + 1;
      let inClass = false;
      while (j < text.length && text[j] !== '\n' && (inClass || text[j] !== '/')) {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        j++;
      }
      blank(i, j + 1);
      i = j + 1;
    } else {
      if (c === '{') braces++;
      else if (c === '}') {
        braces--;
        if (templates.length > 0 && templates[templates.length - 1] === braces) {
          templates.pop();
          i = templateText(i + 1);
          continue;
        }
      }
      i++;
    }
  }
  return mask;
}

/**
 * Whether two sources differ only in comments and whitespace (a licence header added to every file is no change to
 * what a module does). Strings count; a regular expression holding a quote may be misread, which only makes two
 * texts differ.
 */
export function sameCode(a: string, b: string): boolean {
  return codeLines(a) === codeLines(b);
}

/** A TypeScript triple-slash directive at the start of a line: `/// <reference …/>`, `/// <amd-module …/>`. */
const TRIPLE_SLASH_DIRECTIVE = /^\/\/\/\s*<(reference|amd-module|amd-dependency)\b/;

/** The source without its comments (triple-slash directives kept), one trimmed line per non-empty line. */
function codeLines(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // A triple-slash directive (`/// <reference lib="dom" />`) looks like a comment but is read by the compiler.
    if (c === '/' && TRIPLE_SLASH_DIRECTIVE.test(text.slice(i, i + 40))) {
      while (i < text.length && text[i] !== '\n') out += text[i++];
      out += '\n';
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else out += c;
  }
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
