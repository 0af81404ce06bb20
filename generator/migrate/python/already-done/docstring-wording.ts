/**
 * A function's docstring sdkgen words otherwise than Stainless, which the owners rewrote: stagehand's `strip_not_given`
 * in `_utils/_utils.py` ("…instances of `NotGiven`" → "…`not_given` or `omit`."), where sdkgen's function says
 * "A mapping without its `NotGiven`/`Omit` values…". Their edit replaced Stainless's line, which sdkgen's module does
 * not have: it was left for a person. Where Stainless's function and sdkgen's of the same name in the same class each
 * have a docstring on one line, and the owners changed Stainless's, Stainless's line is read as sdkgen's: their edit
 * then replaces sdkgen's docstring with theirs (their words carried; a docstring runs nothing). A docstring they left
 * as it was is not touched (sdkgen's stays), nor one over several lines (sdkgen's may say more: an `Args:` section).
 *
 * Hook: reapply/balanced-hunks.ts, beside comment-wording.ts, before the module's edits are carried line by line.
 */
import { lines } from '../../../write/merge';
import { scopeOf } from './comment-only';

/** A docstring on one line (`"""Text."""`, any prefix, either quote). */
const ONE_LINE_DOCSTRING = /^\s*[rRuU]?("""|''')(?:(?!\1).)+\1\s*$/;

/** Each one-line docstring by the function or class it documents (`Client.send`); a scope with two is left out. */
function docstrings(text: string[]): Map<string, number> {
  const found = new Map<string, number>();
  const twice = new Set<string>();
  text.forEach((line, at) => {
    if (!ONE_LINE_DOCSTRING.test(line)) return;
    // (The first statement of a block: the line above, blanks aside, opens it with a colon.)
    let above = at - 1;
    while (above >= 0 && text[above]!.trim() === '') above--;
    if (above < 0 || !/:\s*(?:#.*)?$/.test(text[above]!.replace(/\n$/, ''))) return;
    const scope = scopeOf(text, at);
    if (scope === '') return;
    if (found.has(scope)) twice.add(scope);
    found.set(scope, at);
  });
  for (const scope of twice) found.delete(scope);
  return found;
}

/** `base` with Stainless's one-line docstrings the owners rewrote in sdkgen's words where sdkgen's differs. */
export function inSdkgenDocstrings(base: string, edited: string, target: string): string {
  const [theirs, owners, ours] = [lines(base), lines(edited), lines(target)];
  const [stainless, edits, sdkgens] = [docstrings(theirs), docstringsAnyForm(owners), docstrings(ours)];
  let changed = false;
  for (const [scope, at] of stainless) {
    const sdkgen = sdkgens.get(scope);
    const edit = edits.get(scope);
    // (Only where the owners' docstring of that function is other text than Stainless's: an edit of theirs.)
    if (sdkgen === undefined || edit === undefined || edit.trim() === theirs[at]!.trim()) continue;
    if (ours[sdkgen]!.trim() === theirs[at]!.trim()) continue;
    const indent = /^\s*/.exec(theirs[at]!)![0];
    theirs[at] = `${indent}${ours[sdkgen]!.trim()}\n`;
    changed = true;
  }
  return changed ? theirs.join('') : base;
}

/**
 * The owners' docstring of each function, as text, on one line or several (they may have written one out), where
 * the function has exactly one; '' where its first statement is no string (they took the docstring out).
 */
function docstringsAnyForm(text: string[]): Map<string, string> {
  const found = new Map<string, string>();
  const twice = new Set<string>();
  text.forEach((line, at) => {
    const def = /^(\s*)(?:async\s+)?(?:def|class)\s+\w+/.exec(line);
    if (def === null) return;
    // The signature ends where its brackets close; a body on that line (an overload's `: ...`) holds no docstring.
    let depth = 0;
    let end = at;
    for (; end < text.length; end++) {
      for (const c of text[end]!.replace(/#.*$/, '')) depth += '([{'.includes(c) ? 1 : ')]}'.includes(c) ? -1 : 0;
      if (depth === 0) break;
    }
    if (end >= text.length || !/:\s*(?:#.*)?$/.test(text[end]!.replace(/\n$/, ''))) return;
    let first = end + 1;
    while (first < text.length && text[first]!.trim() === '') first++;
    if (first >= text.length) return;
    const scope = scopeOf(text, first);
    const opening = /^\s*[rRuU]?("""|''')/.exec(text[first]!);
    let doc = '';
    if (opening !== null) {
      let close = first;
      const rest = text[first]!.slice(text[first]!.indexOf(opening[1]!) + 3);
      if (!rest.includes(opening[1]!)) {
        close++;
        while (close < text.length && !text[close]!.includes(opening[1]!)) close++;
      }
      doc = text.slice(first, close + 1).join('');
    }
    if (found.has(scope)) twice.add(scope);
    found.set(scope, doc);
  });
  for (const scope of twice) found.delete(scope);
  return found;
}
