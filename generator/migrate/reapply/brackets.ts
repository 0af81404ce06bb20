/**
 * Whether a module's brackets (`()`, `[]`, `{}`) pair up, outside its comments, strings and template text: the
 * least a re-applied edit must keep. An owners' hunk placed by its context into sdkgen's module can land where the
 * declarations around it are not those it was made among (a namespace sdkgen writes flat), and leave a block open
 * that nothing closes; such a module no longer parses, where sdkgen's did and the owners' did (reapply/hunks.ts).
 * Regular-expression literals are read as code: a module whose own brackets do not pair up by this reading is one
 * the check says nothing of (the caller checks sdkgen's and the owners' texts first).
 */
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

export function bracketsPair(text: string): boolean {
  // Open brackets, and `${` of a template (marked '`'), innermost last.
  const open: string[] = [];
  let i = 0;
  const n = text.length;
  const skipString = (quote: string) => {
    for (i++; i < n && text[i] !== quote && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
  };
  // Template text up to its end (returns) or to a `${` (pushed, returns).
  const skipTemplate = () => {
    for (i++; i < n; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '`') return;
      else if (text[i] === '$' && text[i + 1] === '{') {
        open.push('`');
        i++;
        return;
      }
    }
  };
  for (; i < n; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (c === '"' || c === "'") skipString(c);
    else if (c === '`') skipTemplate();
    else if (c === '(' || c === '[' || c === '{') open.push(c);
    else if (c in CLOSING) {
      const top = open.pop();
      if (c === '}' && top === '`') skipTemplate();
      else if (top !== CLOSING[c]) return false;
    }
  }
  return open.length === 0;
}

/** `{`, `(` and `[` less their closers in `lines`, leaving out strings and comments (roughly, as is enough here). */
function bracketDepth(lines: string[]): number {
  let depth = 0;
  for (const line of lines) {
    if (/^\s*(?:\/\*|\*)/.test(line)) continue;
    const code = line.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '').replace(/\/\/.*/, '');
    for (const char of code) {
      if (char === '{' || char === '(' || char === '[') depth++;
      else if (char === '}' || char === ')' || char === ']') depth--;
    }
  }
  return depth;
}

/** Whether `lines` close every bracket they open, and close none they did not. */
export function balanced(lines: string[]): boolean {
  let depth = 0;
  for (const line of lines) {
    depth += bracketDepth([line]);
    if (depth < 0) return false;
  }
  return depth === 0;
}
