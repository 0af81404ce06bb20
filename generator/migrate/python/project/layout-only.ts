/**
 * An owners' edit of Stainless's pyproject.toml that changes only how its values are laid out: re-indented items, a
 * list joined onto one line or spread over several, a trailing comma dropped or added (dedalus's `[dependency-groups]`
 * after a TOML formatter ran). The lines it removes and those it adds read as the same TOML once the whitespace
 * outside strings and an array's trailing comma are set aside, so it sets nothing: its result is there in any file,
 * sdkgen's layout being its own.
 */

/** Whether the hunk's removed and added lines are one text but for whitespace outside strings and trailing commas. */
export function layoutOnly(hunk: string): boolean {
  const body = hunk.replace(/\n$/, '').split('\n').slice(1);
  const side = (sign: string) =>
    body
      .filter((line) => line.startsWith(sign))
      .map((line) => line.slice(1))
      .join('\n');
  const [removed, added] = [side('-'), side('+')];
  if (removed.trim() === '' || added.trim() === '') return false;
  const [before, after] = [compact(removed), compact(added)];
  return before !== null && before === after;
}

/** The text without whitespace outside strings and comments, and without a comma right before `]`; null if unread. */
function compact(text: string): string | null {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === "'") {
      // (A multi-line string's quotes, `"""`, are not read here.)
      if (text.startsWith(char.repeat(3), i)) return null;
      const end = closing(text, i);
      if (end < 0) return null;
      out += text.slice(i, end + 1);
      i = end;
    } else if (char === '#') {
      const end = text.indexOf('\n', i);
      out += `${text.slice(i, end < 0 ? text.length : end).trimEnd()}\n`;
      i = end < 0 ? text.length : end;
    } else if (!/\s/.test(char)) out += char;
  }
  return out.replace(/,(\n?)\]/g, '$1]');
}

/** Where the string opened at `start` closes on its line (a basic string's escapes read), or -1. */
function closing(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\n') return -1;
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}
