/**
 * A top-level class the owners deleted whole from Stainless's module, every use of its name with it (anthropic's
 * `RequestParams` of `batch_create_params.py`, whose field they typed `MessageCreateParamsNonStreaming`): the deletion
 * is carried by the class's name. sdkgen's class of that name goes, whatever its lines say (its docstrings are the
 * spec's words, not Stainless's, so the deletion's lines would find no place); Stainless's goes from the text the
 * owners' edits are read against, so that what is left of their diff (the field retyped, the name out of `__all__`,
 * imports) is carried as usual. Where the carried module still names the class (sdkgen's module uses it where the
 * owners' edits did not reach), the module is carried without this (carry-edits.ts): the deletion is left for a
 * person, as before.
 */

/** The texts with the classes taken out, and their names; null where no class was deleted so. */
export interface DeletedClasses {
  base: string;
  target: string;
  names: string[];
}

const CLASS = /^class\s+([A-Za-z_]\w*)\s*[(:]/;

export function withoutDeletedClasses(base: string, edited: string, target: string): DeletedClasses | null {
  const [baseLines, editedLines, targetLines] = [base, edited, target].map((text) => text.split('\n'));
  const editedCode = withoutComments(edited);
  const names: string[] = [];
  let [b, t] = [baseLines, targetLines];
  for (const name of topLevelClasses(baseLines)) {
    if (topLevelClasses(editedLines).includes(name)) continue;
    // (Named nowhere in the owners' module any more, `__all__` included: they took the class out, not moved it.)
    if (new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(editedCode)) continue;
    if (!topLevelClasses(t).includes(name)) continue;
    [b, t] = [withoutClass(b, name), withoutClass(t, name)];
    names.push(name);
  }
  return names.length === 0 ? null : { base: b.join('\n'), target: t.join('\n'), names };
}

/**
 * Whether `carried` (a module with the owners' edits) still names one of `names` in code: a docstring naming it
 * (sdkgen's words from the spec, "see `RequestParams`") reads nothing.
 */
export function namesAny(carried: string, names: readonly string[]): boolean {
  const code = withoutDocstrings(withoutComments(carried));
  return names.some((name) => new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(code));
}

function topLevelClasses(lines: readonly string[]): string[] {
  return lines.flatMap((line) => CLASS.exec(line)?.[1] ?? []);
}

/** `lines` without the top-level class `name` (its decorators, its body) and the blank lines after it. */
function withoutClass(lines: string[], name: string): string[] {
  const at = lines.findIndex((line) => CLASS.exec(line)?.[1] === name);
  if (at < 0) return lines;
  let start = at;
  while (start > 0 && lines[start - 1].startsWith('@')) start--;
  let end = at + 1;
  while (end < lines.length && (lines[end].trim() === '' || /^[\s)\]}]/.test(lines[end]))) end++;
  return [...lines.slice(0, start), ...lines.slice(end)];
}

/** The module without its comments: enough to find a name's uses (one a docstring names counts, the cautious side). */
function withoutComments(text: string): string {
  return text.replace(/#.*$/gm, '');
}

/** The module without its docstrings: strings in triple quotes standing as statements of their own. */
function withoutDocstrings(text: string): string {
  return text.replace(/^([ \t]*)(?:[rRbBuU]{0,2})("""|''')[\s\S]*?\2[ \t]*$/gm, '$1');
}
