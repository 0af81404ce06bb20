/**
 * Python literals from values (spec examples included, which are untrusted): every string is escaped into one
 * literal, numbers are finite decimals, and code text enters only through `pyCode`, which callers build from
 * trusted pieces (`parse_date("2019-12-27")`, `b"raw file contents"`). Layout follows Ruff's formatter for the
 * values Stainless's tests hold: a dict of two entries or more carries a magic trailing comma (one entry a line),
 * anything else stays on one line when it fits.
 */

export type PyValue =
  | string
  | number
  | boolean
  | null
  | { kind: 'code'; text: string }
  | { kind: 'list'; items: PyValue[] }
  | { kind: 'dict'; entries: Array<[string, PyValue]> };

/** The code values `pyCode` made: only these pass as code where untrusted values may come too (given-values.ts). */
const madeCode = new WeakSet<object>();

export const pyCode = (text: string): PyValue => {
  const value = { kind: 'code' as const, text };
  madeCode.add(value);
  return value;
};

/** Whether `value` is code `pyCode` made (a config's or a spec's value never is, whatever its shape). */
export function isPyCode(value: unknown): value is PyValue {
  return typeof value === 'object' && value !== null && madeCode.has(value);
}
export const pyList = (items: PyValue[]): PyValue => ({ kind: 'list', items });
export const pyDict = (entries: Array<[string, PyValue]>): PyValue => ({ kind: 'dict', entries });

/** Ruff's line length in Stainless's pyproject.toml. */
export const LINE_WIDTH = 120;

/** Ruff's default line length, at which Stainless's READMEs lay out their Python programs. */
export const README_WIDTH = 88;

/** A Python string literal whose value is `text`: double quotes unless single ones save escapes (Ruff's rule). */
export function pyStr(text: string): string {
  const quote = text.includes('"') && !text.includes("'") ? "'" : '"';
  let out = quote;
  for (const char of text) out += escapeChar(char, quote);
  return out + quote;
}

function escapeChar(char: string, quote: string): string {
  const code = char.codePointAt(0)!;
  if (char === '\\') return '\\\\';
  if (char === quote) return `\\${quote}`;
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  // Lone surrogates have no UTF-8 form; line separators would read as line breaks to some tools.
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029 || code === 0x85)
    return `\\u${code.toString(16).padStart(4, '0')}`;
  return char;
}

/** A Python bytes literal of `text`'s UTF-8 bytes: `b"..."`, every byte outside printable ASCII escaped. */
export function pyBytes(text: string): string {
  let out = 'b"';
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    if (char === '\\' || char === '"') out += `\\${char}`;
    else if (byte >= 0x20 && byte < 0x7f) out += char;
    else out += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return `${out}"`;
}

/** A number as Python reads it back: integers as such, others in their shortest round-trip form. */
export function pyNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`generator bug: ${value} has no Python literal`);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value).replace('e+', 'e');
}

function isCollection(value: PyValue): value is Extract<PyValue, { kind: 'list' | 'dict' }> {
  return typeof value === 'object' && value !== null && (value.kind === 'list' || value.kind === 'dict');
}

/** Whether Ruff keeps the value broken whatever its length: it holds a dict with a magic trailing comma. */
function magic(value: PyValue): boolean {
  if (!isCollection(value)) return false;
  if (value.kind === 'dict') return value.entries.length >= 2 || value.entries.some(([, v]) => magic(v));
  return value.items.some(magic);
}

/** The value on one line. */
export function pyFlat(value: PyValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'string') return pyStr(value);
  switch (value.kind) {
    case 'code':
      return value.text;
    case 'list':
      return `[${value.items.map(pyFlat).join(', ')}]`;
    case 'dict':
      return `{${value.entries.map(([k, v]) => `${pyStr(k)}: ${pyFlat(v)}`).join(', ')}}`;
  }
}

/**
 * The value starting at `column` on a line indented by `indent`, followed by `suffixLength` characters: flat when
 * nothing in it forces a break and it fits in `width` columns, else broken as Ruff breaks it.
 */
export function pyValue(value: PyValue, indent: number, column: number, suffixLength = 1, width = LINE_WIDTH): string {
  const flat = pyFlat(value);
  if (!isCollection(value) || (!magic(value) && column + flat.length + suffixLength <= width)) return flat;
  const [open, close] = value.kind === 'dict' ? ['{', '}'] : ['[', ']'];
  const parts =
    value.kind === 'dict'
      ? value.entries.map(([k, v]) => ({ head: `${pyStr(k)}: `, value: v }))
      : value.items.map((v) => ({ head: '', value: v }));
  if (parts.length === 0) return flat;
  const inner = indent + 4;
  const pad = ' '.repeat(inner);
  // A lone element gets no trailing comma when its collection breaks (Ruff splits at the brackets, not at a comma),
  // whether the element breaks on its own brackets or is a scalar too long for the line.
  if (parts.length === 1 && !(value.kind === 'dict' && value.entries.length >= 2)) {
    const [p] = parts;
    const text = pyValue(p.value, inner, inner + p.head.length, 0, width);
    return `${open}\n${pad}${p.head}${text}\n${' '.repeat(indent)}${close}`;
  }
  const lines = parts.map((p) => `${pad}${p.head}${pyValue(p.value, inner, inner + p.head.length, 1, width)},`);
  return `${open}\n${lines.join('\n')}\n${' '.repeat(indent)}${close}`;
}
