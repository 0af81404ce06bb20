/**
 * A JSON file's text as a one-byte string, for JSON.parse. Decoded as UTF-8, a file holding a single character
 * beyond Latin-1 (a curly quote, an emoji: most large specs have one somewhere) becomes a string of two bytes a
 * character; V8 parses a one-byte string faster, and it takes half the memory. So each character beyond ASCII is
 * written as the JSON escapes of its UTF-16 code units instead. JSON has such characters only inside strings, where
 * the escape means the same character, so JSON.parse returns the same value; elsewhere the text is malformed either
 * way, and the caller parses the UTF-8 text again for the error message, whose positions the escapes would shift.
 */
import * as buffers from 'node:buffer';

/** Room to leave after a JSON file's bytes for its escapes: a file needing more is decoded as UTF-8. */
export const ESCAPE_ROOM = 1 << 16;

/** Node 18.15+ checks a whole span at once; without it, the file is decoded as UTF-8. */
const isAscii: ((bytes: Uint8Array) => boolean) | undefined = (buffers as { isAscii?: (b: Uint8Array) => boolean })
  .isAscii;
const SPAN = 1 << 16;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * Whether the first byte after a BOM and JSON's whitespace opens a JSON object or array. (load/parse.ts skips any
 * Unicode whitespace; a file this leaves out goes to it as UTF-8 text, as before.)
 */
export function looksLikeJson(bytes: Uint8Array, length: number): boolean {
  let i = BOM.every((b, k) => bytes[k] === b) ? BOM.length : 0;
  while (i < length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b || bytes[i] === 0x5b;
}

/**
 * The text of the JSON file whose bytes are `bytes[0, length)`, escaped in place (so `bytes` no longer holds the
 * file), or null when it is not worth it or cannot be done: more escapes than `bytes` has room for after `length`,
 * or no `isAscii` in this Node.
 */
export function oneByteJsonText(bytes: Buffer, length: number): string | null {
  if (!isAscii) return null;
  const start = BOM.every((b, k) => bytes[k] === b) ? BOM.length : 0;
  // Each run of bytes beyond ASCII, with its escapes.
  const runs: Array<{ start: number; end: number; escaped: string }> = [];
  let grows = 0;
  let i = start;
  while (i < length) {
    const end = Math.min(i + SPAN, length);
    if (isAscii(bytes.subarray(i, end))) {
      i = end;
      continue;
    }
    i = firstBeyondAscii(bytes, i, end);
    let j = i;
    while (j < length && bytes[j] >= 0x80) j++;
    const escaped = escapeCodeUnits(bytes.toString('utf8', i, j));
    runs.push({ start: i, end: j, escaped });
    grows += escaped.length - (j - i);
    if (length + grows > bytes.length) return null;
    i = j;
  }
  const escapedLength = length + grows;
  // From the last run back: what follows a run moves by the growth of the runs up to it, then its escapes go in.
  let tail = length;
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r];
    bytes.copyWithin(run.end + grows, run.end, tail);
    grows -= run.escaped.length - (run.end - run.start);
    bytes.write(run.escaped, run.start + grows, 'latin1');
    tail = run.start;
  }
  return bytes.toString('latin1', start, escapedLength);
}

/**
 * The first byte beyond ASCII in `bytes[from, to)`, which has one: halved with isAscii down to a few bytes (a loop
 * over the bytes of a 64 KB span in JavaScript costs more than the rest of the file's escaping).
 */
function firstBeyondAscii(bytes: Buffer, from: number, to: number): number {
  let start = from;
  let end = to;
  while (end - start > 64) {
    const middle = start + ((end - start) >> 1);
    if (isAscii!(bytes.subarray(start, middle))) start = middle;
    else end = middle;
  }
  while (bytes[start] < 0x80) start++;
  return start;
}

function escapeCodeUnits(text: string): string {
  let out = '';
  for (let k = 0; k < text.length; k++) out += `\\u${text.charCodeAt(k).toString(16).padStart(4, '0')}`;
  return out;
}
