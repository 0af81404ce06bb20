/**
 * Owners' edits of Stainless's Python files that change only `#` comments (a licence header a pre-commit hook adds to
 * every file, a `# pyright: ignore[…]` on a line): where the code they comment is not in sdkgen's file (Stainless's
 * runtime module that goes, or a line sdkgen's runtime does not have), there is nothing of theirs left to carry, and
 * the report lists the file as edited only in its comments instead of asking a person to carry them.
 */
import { stringOpenings } from '../source/string-lines';

/** A Python source's code: its lines without `#` comments (strings kept, docstrings are documentation), blanks out. */
export function pythonCode(text: string): string[] {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '"' || c === "'") {
      const quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < text.length && !text.startsWith(quote, j) && (quote.length === 3 || text[j] !== '\n'))
        j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + quote.length);
      i = j + quote.length - 1;
    } else out += c;
  }
  return out
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
}

/** Whether `edited` differs from `stainless` in its comments alone. */
export function commentsOnlyChanged(stainless: string, edited: string): boolean {
  return stainless !== edited && pythonCode(stainless).join('\n') === pythonCode(edited).join('\n');
}

/**
 * Whether a unified-diff hunk of Stainless's Python file changes only comments, on code that sdkgen's file (`target`,
 * null when it writes none) does not have in the same class or function: the lines it removes and adds are the same
 * code without their comments, and no line of that code is sdkgen's in the same place (`super().__init__(**kwargs)`
 * of another class is another line).
 */
export function commentOnlyHunk(hunk: string, stainless: string, target: string | null): boolean {
  const [header, ...body] = hunk.replace(/\n$/, '').split('\n');
  const start = /^@@ -(\d+)/.exec(header ?? '');
  const changed = (sign: string) => body.filter((line) => line.startsWith(sign)).map((line) => line.slice(1));
  const [removed, added] = [changed('-'), changed('+')];
  if (start === null || removed.length + added.length === 0) return false;
  if (pythonCode(removed.join('\n')).join('\n') !== pythonCode(added.join('\n')).join('\n')) return false;
  if (target === null) return true;
  const theirs = stainless.split('\n');
  const ours = target.split('\n');
  // Whether sdkgen's file has the code of Stainless's line `i` in the same class or function: the comment has a place.
  const inOurs = (i: number) => {
    const code = pythonCode(theirs[i] ?? '')[0]?.trim();
    const scope = scopeOf(theirs, i);
    const same = (text: string, j: number) => pythonCode(text)[0]?.trim() === code && scopeOf(ours, j) === scope;
    return code !== undefined && ours.some(same);
  };
  let at = Number(start[1]) - 1;
  for (let k = 0; k < body.length; k++) {
    const line = body[k];
    if (line.startsWith('+')) {
      // (A comment line added alone comments the code beside it: the lines of Stainless's around the addition.)
      // (Only a run of them with no line of Stainless's taken out at either end, which would be a comment changed.)
      let end = k;
      while (body[end]?.startsWith('+')) end++;
      const alone = !body[k - 1]?.startsWith('-') && !body[end]?.startsWith('-') && !body[k - 1]?.startsWith('+');
      if (alone && (inOurs(at - 1) || inOurs(at))) return false;
      continue;
    }
    if (theirs[at] !== line.slice(1)) return false;
    if (line.startsWith('-') && inOurs(at)) return false;
    at++;
  }
  return true;
}

/** The classes and functions a line is in, outermost first (`_DefaultAioHttpClient.__init__`). */
export function scopeOf(lines: string[], at: number): string {
  // (A multi-line string's lines, a docstring's at column 0 too, are text: its scope is that of the line opening it.)
  const inString = stringOpenings(lines);
  const from = (inString[at] ?? -1) >= 0 ? inString[at] : at;
  const names: string[] = [];
  let indent = /^\s*/.exec(lines[from] ?? '')![0].length;
  for (let i = from - 1; i >= 0 && indent > 0; i--) {
    if (inString[i] >= 0) continue;
    const line = lines[i];
    // (A multi-line signature's closing `) -> T:` is no block of its own.)
    if (line.trim() === '' || /^[#)\]}]/.test(line.trimStart())) continue;
    const own = /^\s*/.exec(line)![0].length;
    if (own >= indent) continue;
    indent = own;
    const name = /^\s*(?:async\s+)?(?:def|class)\s+(\w+)/.exec(line)?.[1];
    if (name !== undefined) names.unshift(name);
  }
  return names.join('.');
}

/**
 * The rejected hunks without the files whose every rejected hunk is a comment-only one (commentOnlyHunk): each such
 * file listed in `commentOnly`. A file with any other hunk keeps them all, so that its edits are shown whole.
 */
export function dropPythonCommentOnly(
  rejected: Array<{ path: string; hunks: string[] }>,
  stainless: (path: string) => string | undefined,
  target: (path: string) => string | null,
  commentOnly: string[],
): Array<{ path: string; hunks: string[] }> {
  return rejected.filter(({ path, hunks }) => {
    const pristine = stainless(path);
    if (!path.endsWith('.py') || pristine === undefined) return true;
    if (!hunks.every((hunk) => commentOnlyHunk(hunk, pristine, target(path)))) return true;
    if (!commentOnly.includes(path)) commentOnly.push(path);
    return false;
  });
}

/**
 * Where sdkgen's file has the functions the rejected hunks of Stainless's file were in (`BaseClient._should_retry`):
 * the places a person carries them to, for the report ('' when none is, or the hunks were at the top level).
 */
export function placesInSdkgen(hunks: string[], stainless: string, target: string): string {
  const theirs = stainless.split('\n');
  const ours = target.split('\n');
  const defined = new Set(ours.map((_, i) => scopeOf(ours, i + 1)).filter((scope) => scope !== ''));
  const places = new Set<string>();
  for (const hunk of hunks) {
    const [header, ...body] = hunk.split('\n');
    const start = /^@@ -(\d+)/.exec(header);
    if (start === null) continue;
    // The first changed line of Stainless's file (context lines before it may be outside the function).
    const first = body.findIndex((line) => line.startsWith('-') || line.startsWith('+'));
    const at = Number(start[1]) - 1 + body.slice(0, first).filter((line) => !line.startsWith('+')).length;
    const scope = scopeOf(theirs, at);
    if (scope !== '' && defined.has(scope)) places.add(scope);
  }
  return [...places].map((scope) => `\`${scope}\``).join(', ');
}
