/**
 * Whether two interface members are one declaration for TypeScript, read from their text (declared-otherwise.ts: an
 * owners' interface merges into sdkgen's namesake only where each member both declare is declared alike, else TS2717).
 * TypeScript holds a union or an intersection to be the same type whatever order its members are written in, so
 * `kind: 'a' | 'b'` and `kind: 'b' | 'a'` are one member (issue 89: they went to a person as "written otherwise").
 * Unions are read so inside brackets (`Array<A | B>`, an object type's member) and in a function type's return type.
 * Everything else is compared as written, whitespace aside: a conditional type (`?`, `extends`, `infer`) keeps its
 * order, as do a tuple's elements, an object type's members and a signature's parameters.
 */

/** Whether members `a` and `b` (whitespace as one space, no `;`) declare one member alike (see above). */
export function sameMember(a: string, b: string): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** The member's text with every union and intersection whose order does not matter written in one order. */
function canonical(text: string): string {
  return listed(text.replace(/\s+/g, ' ').trim());
}

/**
 * `text` split at the separators of one level (`,` `;`: an object type's members, a signature's parameters, type
 * arguments), each entry's type (after its first `:` at that level, if any) made canonical; the entries keep their order.
 */
function listed(text: string): string {
  return splitTop(text, ',;')
    .map((entry) => {
      const colon = topLevelIndex(entry, ':');
      return colon < 0 ? typeOf(entry) : `${entry.slice(0, colon).trim()}: ${typeOf(entry.slice(colon + 1))}`;
    })
    .join('; ');
}

/** A type's text, its top-level union and intersection members sorted where the level allows it (see above). */
function typeOf(text: string): string {
  const type = text.trim();
  const top = topLevelOnly(type);
  // (A function type: its return type runs to the end, `(x: A) => B | C` returns `B | C`.)
  const arrow = topLevelIndex(type, '=>');
  if (arrow >= 0) {
    const head = type.slice(0, arrow);
    return /[|&?]/.test(topLevelOnly(head)) ? type : `${inner(head.trim())} => ${typeOf(type.slice(arrow + 2))}`;
  }
  if (/\?|\bextends\b|\binfer\b/.test(top)) return type;
  return splitTop(type, '|')
    .map((member) => member.trim())
    .filter((member) => member !== '')
    .map((member) =>
      splitTop(member, '&')
        .map((part) => inner(part.trim()))
        .sort()
        .join(' & '),
    )
    .sort()
    .join(' | ');
}

/** A part with the contents of each of its bracketed groups made canonical in turn. */
function inner(part: string): string {
  let out = '';
  for (let i = 0; i < part.length; i++) {
    const char = part[i];
    if (QUOTES.includes(char)) {
      const end = closingQuote(part, i);
      out += part.slice(i, end + 1);
      i = end;
    } else if (char in CLOSE) {
      const end = closing(part, i);
      if (end < 0) return part;
      out += char + listed(part.slice(i + 1, end)) + part[end];
      i = end;
    } else out += char;
  }
  return out;
}

const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
const QUOTES = `'"\``;

/** The index of the quote closing the string opening at `open` (the text's end where none does). */
function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === text[open]) return i;
  }
  return text.length - 1;
}

/** The index of the bracket closing the one at `open`, or -1 (`=>` is no closing `>`). */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (QUOTES.includes(char)) i = closingQuote(text, i);
    else if (char in CLOSE) depth++;
    else if (')]}>'.includes(char) && !(char === '>' && text[i - 1] === '=') && --depth === 0) return i;
  }
  return -1;
}

/** `text` with every bracketed group and string emptied: what its top level says. */
function topLevelOnly(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (QUOTES.includes(char)) i = closingQuote(text, i);
    else if (char in CLOSE) {
      const end = closing(text, i);
      if (end < 0) return text;
      i = end;
    } else out += char;
  }
  return out;
}

/** The index of the first `token` of `text` outside brackets and strings, or -1. */
function topLevelIndex(text: string, token: string): number {
  for (let i = 0; i < text.length; i++) {
    if (QUOTES.includes(text[i])) i = closingQuote(text, i);
    else if (text[i] in CLOSE) {
      const end = closing(text, i);
      if (end < 0) return -1;
      i = end;
    } else if (text.startsWith(token, i)) return i;
  }
  return -1;
}

/** `text` split at any of `separators` outside brackets and strings. */
function splitTop(text: string, separators: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (QUOTES.includes(text[i])) i = closingQuote(text, i);
    else if (text[i] in CLOSE) {
      const end = closing(text, i);
      if (end < 0) return [text];
      i = end;
    } else if (separators.includes(text[i])) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  return [...parts, text.slice(from)];
}
